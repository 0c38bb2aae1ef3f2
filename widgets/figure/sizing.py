"""How large a figure's logical units are in a file of a given size (pure Python).

A figure is laid out in logical units, where its texts have their 1× sizes; a file of W × H
pixels (or CSS pixels for SVG, and a page's size in CSS pixels for PDF) paints that layout
scaled by ``s``. The scale follows the file's area, so text keeps its share of the picture
as files grow, but never more than its height allows (a very flat figure would leave its
plot no room), and small files keep readable text unless they are very short.
"""

from __future__ import annotations

import math

from widgets.figure.style import BASE_HEIGHT, BASE_WIDTH

MIN_TEXT_SCALE = 0.85  # text at least this share of its 1× size…
MIN_LOGICAL_HEIGHT = 500.0  # …unless the file is too short to lay out that tall


def default_scale(width: float, height: float) -> float:
    """The scale at which a ``width`` × ``height`` file shows its figure."""
    by_area = math.sqrt(width * height / (BASE_WIDTH * BASE_HEIGHT))
    by_height = height / BASE_HEIGHT
    floor = min(MIN_TEXT_SCALE, height / MIN_LOGICAL_HEIGHT)
    return max(min(by_area, by_height), floor)


def logical_size(width: float, height: float, scale: float | None = None) -> tuple[float, float]:
    """The size in logical units of a ``width`` × ``height`` file painted at ``scale``."""
    scale = scale or default_scale(width, height)
    return width / scale, height / scale
