"""Lines cut to a rectangle, and hatching cut to a polygon, computed rather than left to a
renderer's clip paths (pure Python).

A vector file then holds only the visible pieces: every viewer shows the same thing,
including those that ignore ``clip-path`` (Qt's own SVG renderer does).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise

from explainer_core.layout.label_placement import Box, segment_span_in_box

XY = tuple[float, float]


def _clip_segment(start: XY, end: XY, box: Box) -> tuple[XY, XY] | None:
    """The part of the segment inside ``box``, or ``None``."""
    span = segment_span_in_box(start, end, box)
    if span is None:
        return None
    (x1, y1), (x2, y2) = start, end
    dx, dy = x2 - x1, y2 - y1
    low, high = span
    return (x1 + low * dx, y1 + low * dy), (x1 + high * dx, y1 + high * dy)


def clip_polyline(points: Sequence[XY], box: Box) -> list[list[XY]]:
    """The pieces of a polyline that lie inside ``box``, in order."""
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    if (
        points
        and box.left <= min(xs)
        and max(xs) <= box.right
        and box.top <= min(ys)
        and max(ys) <= box.bottom
    ):
        return [list(points)]  # the usual case: nothing to cut
    pieces: list[list[XY]] = []
    current: list[XY] = []
    for start, end in pairwise(points):
        clipped = _clip_segment(start, end, box)
        if clipped is None:
            if current:
                pieces.append(current)
                current = []
            continue
        first, last = clipped
        if current and current[-1] == first:
            current.append(last)
        else:
            if current:
                pieces.append(current)
            current = [first, last]
        if last != end:  # the line leaves the box here
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    if (
        len(points) == 1
        and box.left <= points[0][0] <= box.right
        and box.top <= points[0][1] <= box.bottom
    ):
        pieces.append([points[0]])
    return pieces


def hatch_segments(polygon: Sequence[XY], spacing: float) -> list[tuple[XY, XY]]:
    """Parallel lines rising to the right (y downwards), ``spacing`` apart, cut to the
    inside of ``polygon`` (even–odd rule, so concave polygons work too)."""
    sums = [x + y for x, y in polygon]
    step = spacing * math.sqrt(2)  # lines x + y = c are this far apart in c
    segments: list[tuple[XY, XY]] = []
    level = math.floor(min(sums) / step) * step + step / 2
    edges = list(zip(polygon, [*polygon[1:], polygon[0]], strict=True))
    while level < max(sums):
        crossings = []
        for (px, py), (qx, qy) in edges:
            fp, fq = px + py - level, qx + qy - level
            if (fp < 0) != (fq < 0):  # half-open: a vertex on the line counts once
                t = fp / (fp - fq)
                crossings.append((px + t * (qx - px), py + t * (qy - py)))
        crossings.sort()
        segments += [
            (crossings[index], crossings[index + 1]) for index in range(0, len(crossings) - 1, 2)
        ]
        level += step
    return segments
