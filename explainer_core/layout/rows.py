"""Labels over points of a line, stacked in rows, each tied to its point by a vertical leader
(pure Python). Generic: it knows widths and anchors, not what they stand for.

Row 0 is nearest the line. A label in row r is joined to its anchor by a leader that runs
down through rows 0 … r−1, so a label is put in a row only where it overlaps no label of
that row, its leader crosses no label below it, and it covers no leader coming up from a
label above it. A label is centred on its anchor when it can be, else shifted sideways
(its anchor still under it) before it goes up a row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Where the anchor may sit along the label, best first: centred, then off-centre, then at
# one end (the label starting or ending on its rule, for anchors very close together).
ANCHOR_SHARES = (0.5, 0.3, 0.7, 0.12, 0.88, 0.0, 1.0)
LEADER_CLEARANCE = 3.0  # how close a leader may pass a label it does not belong to


@dataclass(frozen=True)
class RowLabel:
    width: float
    anchor: float  # where its leader meets the line


@dataclass(frozen=True)
class PlacedRowLabel:
    left: float
    right: float
    anchor: float
    row: int


def _covers(left: float, right: float, x: float, gap: float) -> bool:
    return left - gap < x < right + gap


def _fits(
    left: float,
    right: float,
    anchor: float,
    row: int,
    placed: list[PlacedRowLabel],
    gap: float,
    leaders: bool,
) -> bool:
    for other in placed:
        if other.row == row and left < other.right + gap and other.left < right + gap:
            return False
        if not leaders:
            continue
        # Its leader would cross a label below it.
        if other.row < row and _covers(other.left, other.right, anchor, LEADER_CLEARANCE):
            return False
        # It would sit on the leader of a label above it.
        if other.row > row and _covers(left, right, other.anchor, LEADER_CLEARANCE):
            return False
    return True


def stack_in_rows(
    labels: Sequence[RowLabel],
    gap: float,
    max_rows: int,
    bounds: tuple[float, float],
    leaders: bool = True,
) -> list[PlacedRowLabel] | None:
    """Where each label goes (in input order), inside ``bounds``, or ``None`` when
    ``max_rows`` rows are not enough. Without ``leaders``, labels only keep apart in their
    row (each label in a row of its own always fits).

    Labels are placed from left to right, each in the lowest row that works. A place that
    covers the anchors of labels still to come is taken only if there is no other, and
    high enough to leave them a row each below it."""
    low, high = bounds
    order = sorted(range(len(labels)), key=lambda index: labels[index].anchor)
    result: list[PlacedRowLabel | None] = [None] * len(labels)
    placed: list[PlacedRowLabel] = []
    for position, index in enumerate(order):
        label = labels[index]
        later_anchors = [labels[other].anchor for other in order[position + 1 :]] if leaders else []
        clean, fallback = None, None
        for row in range(max_rows):
            for share in ANCHOR_SHARES:
                left = max(low, min(label.anchor - share * label.width, high - label.width))
                right = left + label.width
                if not _fits(left, right, label.anchor, row, placed, gap, leaders):
                    continue
                spot = PlacedRowLabel(left, right, label.anchor, row)
                covered = sum(
                    _covers(left, right, anchor, LEADER_CLEARANCE) for anchor in later_anchors
                )
                if not covered:
                    clean = spot
                    break
                if fallback is None and row >= covered:  # rows left below for those labels
                    fallback = spot
            if clean is not None:
                break
        spot = clean or fallback
        if spot is None:
            return None
        result[index] = spot
        placed.append(spot)
    return [spot for spot in result if spot is not None]
