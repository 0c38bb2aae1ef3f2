"""What every part of the figure model checks when it is built: a builder's mistake is
reported where it is made, not as a strange picture."""

from __future__ import annotations

import math
import re

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class FigureError(ValueError):
    """A figure that cannot be drawn as described."""


def check_colour(colour: str | None, what: str = "colour") -> None:
    """``None`` (the renderer's neutral colour for that role) or ``#rrggbb``."""
    if colour is not None and not _COLOUR.match(colour):
        raise FigureError(f"{what} must be '#rrggbb', not {colour!r}")


def check_share(value: float, what: str) -> None:
    """A share from 0 to 1 (an opacity)."""
    if not 0.0 <= value <= 1.0:
        raise FigureError(f"{what} must be between 0 and 1, not {value!r}")


def check_positive(value: float, what: str) -> None:
    if not (math.isfinite(value) and value > 0):
        raise FigureError(f"{what} must be a positive number, not {value!r}")


def frozen_tuple(instance: object, name: str) -> None:
    """Store a sequence field as a tuple, so a builder may pass lists and the figure stays
    immutable and hashable."""
    value = getattr(instance, name)
    if not isinstance(value, tuple):
        object.__setattr__(instance, name, tuple(value))
