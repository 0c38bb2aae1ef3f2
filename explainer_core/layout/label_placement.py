"""Greedy placement of labels in pixel space (y downwards), so that labels avoid the points
and each other (pure Python). Generic: it knows boxes and points, not what they stand for."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class LabelSpot:
    """Where a label may sit: the point (x, y) in data coordinates and which point of the
    label's box goes there (0 = left/top, 1 = right/bottom, as pyqtgraph's anchors)."""

    x: float
    y: float
    h_align: float
    v_align: float


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def overlap(self, other: Box) -> float:
        """The area both boxes cover (0 when they only touch)."""
        width = min(self.right, other.right) - max(self.left, other.left)
        height = min(self.bottom, other.bottom) - max(self.top, other.top)
        return width * height if width > 0 and height > 0 else 0.0

    def outside_area(self, bounds: Box) -> float:
        """The part of this box that lies outside ``bounds``."""
        return self.width * self.height - self.overlap(bounds)

    def moved(self, dx: float, dy: float) -> Box:
        return Box(self.left + dx, self.top + dy, self.right + dx, self.bottom + dy)


def box_at(x: float, y: float, width: float, height: float, h_align: float, v_align: float) -> Box:
    """The box of a ``width`` × ``height`` label whose (h_align, v_align) point is (x, y)."""
    left = x - width * h_align
    top = y - height * v_align
    return Box(left, top, left + width, top + height)


CANDIDATES_PER_RING = 12


def boxes_around(
    x: float, y: float, width: float, height: float, clearance: float, rings: int = 4
) -> list[Box]:
    """Candidate boxes for a point's label, nearest first: right, left, above, below, the
    four diagonals and shifted above and below (``CANDIDATES_PER_RING`` in all), then the
    same further out (the label then needs a leader line)."""
    candidates = []
    for ring in range(rings):
        gap = clearance + ring * (height + 2)
        candidates += [
            box_at(x + gap, y, width, height, 0.0, 0.5),
            box_at(x - gap, y, width, height, 1.0, 0.5),
            box_at(x, y - gap, width, height, 0.5, 1.0),
            box_at(x, y + gap, width, height, 0.5, 0.0),
            box_at(x + gap * 0.7, y - gap * 0.7, width, height, 0.0, 1.0),
            box_at(x + gap * 0.7, y + gap * 0.7, width, height, 0.0, 0.0),
            box_at(x - gap * 0.7, y - gap * 0.7, width, height, 1.0, 1.0),
            box_at(x - gap * 0.7, y + gap * 0.7, width, height, 1.0, 0.0),
            # Above and below again, the label starting or ending over the point.
            box_at(x, y - gap, width, height, 0.1, 1.0),
            box_at(x, y - gap, width, height, 0.9, 1.0),
            box_at(x, y + gap, width, height, 0.1, 0.0),
            box_at(x, y + gap, width, height, 0.9, 0.0),
        ]
    return candidates


LEADER_CROSSING_COST = 400.0  # a leader line through a marker reads as the wrong chip's
# A label nearer another label's point than its own reads as that point's name; so does one
# hardly further from another point than from its own (the eye does not measure).
NEARER_ANOTHER_POINT_COST = 400.0
CLEARLY_NEARER = 6.0  # how much nearer its own point a label must be than any other
# Labels keep this far apart: two that touch read as one. Touching another label costs
# more than any other fault (hidden or run-together words), however little they touch.
LABEL_GAP = 2.0
LABEL_CONTACT_COST = 1000.0


def nearest_on_box(x: float, y: float, box: Box) -> tuple[float, float]:
    """The point of ``box`` nearest (x, y): where a leader line from (x, y) ends."""
    return min(max(x, box.left), box.right), min(max(y, box.top), box.bottom)


def segment_span_in_box(
    start: tuple[float, float], end: tuple[float, float], box: Box
) -> tuple[float, float] | None:
    """The part of the segment inside ``box`` as fractions (low, high) of its length, or
    ``None`` (Liang–Barsky clipping)."""
    (x1, y1), (x2, y2) = start, end
    dx, dy = x2 - x1, y2 - y1
    low, high = 0.0, 1.0
    for p, q in (
        (-dx, x1 - box.left),
        (dx, box.right - x1),
        (-dy, y1 - box.top),
        (dy, box.bottom - y1),
    ):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return None
    return low, high


def segment_hits_box(start: tuple[float, float], end: tuple[float, float], box: Box) -> bool:
    """Whether the segment crosses the box's inside."""
    span = segment_span_in_box(start, end, box)
    return span is not None and span[1] - span[0] > 1e-9


def _add_overlaps(
    cost: float,
    box: Box,
    others: Sequence[Box],
    factors: Sequence[float] | None,
    limit: float,
) -> float:
    """``cost + sum(factor * box.overlap(other))``, or any value >= ``limit`` once the
    result is sure to reach it."""
    total = 0.0
    left, top, right, bottom = box.left, box.top, box.right, box.bottom
    for position, other in enumerate(others):
        width = min(right, other.right) - max(left, other.left)
        if width <= 0:
            continue
        height = min(bottom, other.bottom) - max(top, other.top)
        if height <= 0:
            continue
        total += (factors[position] if factors is not None else 1.0) * (width * height)
        if cost + total >= limit:
            return cost + total
    return cost + total


def _add_contacts(cost: float, box: Box, placed: Sequence[Box], limit: float) -> float:
    """``cost`` plus, for each placed label ``box`` comes within ``LABEL_GAP`` of,
    ``LABEL_CONTACT_COST`` and the area they share with the gap (or any value >= ``limit``
    once the result is sure to reach it)."""
    spaced = Box(
        box.left - LABEL_GAP, box.top - LABEL_GAP, box.right + LABEL_GAP, box.bottom + LABEL_GAP
    )
    for other in placed:
        shared = spaced.overlap(other)
        if shared > 0:
            cost += LABEL_CONTACT_COST + shared
            if cost >= limit:
                return cost
    return cost


def distance_to_box(x: float, y: float, box: Box) -> float:
    """How far (x, y) is from ``box`` (0 inside it)."""
    nearest_x, nearest_y = nearest_on_box(x, y, box)
    return math.hypot(nearest_x - x, nearest_y - y)


def ambiguity(
    box: Box, anchor: tuple[float, float], anchors: Sequence[tuple[float, float]]
) -> float:
    """How much ``box`` reads as another point's label, from 0 (every other point is at
    least ``CLEARLY_NEARER`` further from it than ``anchor``) to 1 for each point as near
    as ``anchor`` or nearer."""
    own = distance_to_box(*anchor, box)
    total = 0.0
    for other in anchors:
        if other == anchor:
            continue
        lead = own + CLEARLY_NEARER - distance_to_box(*other, box)
        if lead > 0:
            total += min(1.0, lead / CLEARLY_NEARER)
    return total


def choose_boxes(
    candidates: Sequence[Sequence[Box]],
    obstacles: Sequence[Box],
    bounds: Box,
    anchors: Sequence[tuple[float, float]] | None = None,
    ignored: Sequence[set[int]] | None = None,
    weights: Sequence[float] | None = None,
    leader_from: int | None = None,
) -> list[int]:
    """For each label, the index of its candidate box: labels are placed one after the
    other, each in the first candidate that overlaps no obstacle, comes no closer than
    ``LABEL_GAP`` to a label placed before it and stays inside ``bounds``; when none is
    free, in the candidate that costs least (leaving the bounds counts heavily, touching a
    label more than anything else).

    With ``anchors`` (the point each label names), a leader line from the anchor to the
    box must not cross an obstacle or a placed label either, and the box must not lie
    nearer another label's point than its own (it would read as that point's name),
    unless the caller ties it to its point by a leader line: it does so for the candidates
    from index ``leader_from`` on (``CANDIDATES_PER_RING``: beyond the first ring). Since
    who goes first decides who gets the good places in a crowd, the labels are then
    placed in two orders, as given (the caller's priority) and from left to right, and
    the placement that costs less is kept.

    ``ignored[i]`` lists the obstacles label ``i`` may touch (its own markers);
    ``weights`` make some obstacles costlier to cover than others (a marker more than the
    margin around it)."""
    given = list(range(len(candidates)))
    ties = (anchors, ignored, weights, leader_from)
    chosen, cost = _place_in_order(given, candidates, obstacles, bounds, *ties)
    if anchors is not None and cost > 0:
        across = sorted(given, key=lambda number: anchors[number])
        if across != given:
            other, other_cost = _place_in_order(across, candidates, obstacles, bounds, *ties)
            if other_cost < cost:
                chosen = other
    return [chosen[number] for number in given]


def _place_in_order(
    order: Sequence[int],
    candidates: Sequence[Sequence[Box]],
    obstacles: Sequence[Box],
    bounds: Box,
    anchors: Sequence[tuple[float, float]] | None,
    ignored: Sequence[set[int]] | None,
    weights: Sequence[float] | None,
    leader_from: int | None,
) -> tuple[dict[int, int], float]:
    """Each label's choice, placing them in ``order``, and what the placement costs."""
    placed: list[Box] = []
    chosen: dict[int, int] = {}
    total = 0.0
    for number in order:
        options = candidates[number]
        skip = ignored[number] if ignored is not None else set()
        kept = [index for index in range(len(obstacles)) if index not in skip]
        others = [obstacles[index] for index in kept]
        factors = [weights[index] if weights is not None else 1.0 for index in kept]
        anchor = anchors[number] if anchors is not None else None
        best_index, best_cost = 0, math.inf
        for index, box in enumerate(options):
            # Every term is >= 0: a candidate is dropped as soon as its cost reaches the
            # best one's (the sums run in the same order as a plain sum(), so the choice is
            # the same, only sooner: labels are placed again at every resize).
            cost = 20 * box.outside_area(bounds)
            if cost >= best_cost:
                continue
            cost = _add_overlaps(cost, box, others, factors, best_cost)
            if cost >= best_cost:
                continue
            cost = _add_contacts(cost, box, placed, best_cost)
            if cost >= best_cost:
                continue
            if anchor is not None:
                if leader_from is None or index < leader_from:
                    cost += NEARER_ANOTHER_POINT_COST * ambiguity(box, anchor, anchors)
                    if cost >= best_cost:
                        continue
                end = nearest_on_box(*anchor, box)
                crossed = [
                    other for other in (*others, *placed) if segment_hits_box(anchor, end, other)
                ]
                cost += LEADER_CROSSING_COST * len(crossed)
            if cost < best_cost:
                best_index, best_cost = index, cost
            if cost == 0:
                break
        chosen[number] = best_index
        if options:
            placed.append(options[best_index])
            total += best_cost
    return chosen, total
