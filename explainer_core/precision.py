"""How many decimals a figure needs: enough that it never reads as a threshold it is not
equal to, and no more than it has (pure Python)."""

from __future__ import annotations

import math
from collections.abc import Iterable


def decimals_to_tell_apart(
    value: float, thresholds: Iterable[float], base: int = 0, most: int = 6
) -> int:
    """At least ``base`` decimals, more when fewer would make ``value`` read as a threshold it
    is not equal to (4,799.999 must not show as "4,800"), at most ``most``."""
    thresholds = tuple(thresholds)
    for decimals in range(base, most + 1):
        shown = round(value, decimals)
        if all(shown != threshold or value == threshold for threshold in thresholds):
            return decimals
    return most


def decimals_of(value: float, most: int = 3) -> int:
    """How many decimals ``value`` has, up to ``most`` (588.35 → 2, 1979.0 → 0)."""
    for decimals in range(most + 1):
        if math.isclose(value, round(value, decimals), rel_tol=0, abs_tol=1e-9):
            return decimals
    return most


def significant_decimals(value: float, most: int = 2) -> int:
    """Decimals worth showing for a computed figure: none for whole numbers, else up to
    ``most`` (4,706.8 → 1; 19.4496 → 2)."""
    return decimals_of(round(value, most), most)
