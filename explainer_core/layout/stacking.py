"""Markers that fall too close together in a row are stacked in sub-rows (pure Python).

Generic: it knows lanes and positions, not what the markers stand for.
"""

from __future__ import annotations

from collections.abc import Sequence

SUB_ROW_SPACING = 0.22  # in lanes: stacked markers stay well inside their lane
MAX_SUB_ROWS = 4


def stack_in_lanes(items: Sequence[tuple[int, float]], min_gap: float) -> list[int]:
    """A sub-row for each ``(lane, x)`` item, so that two markers of one lane that are less
    than ``min_gap`` apart never share a row. Rows are reused greedily from left to right;
    past ``MAX_SUB_ROWS`` the least recently used row is taken (markers then touch)."""
    rows = [0] * len(items)
    order = sorted(range(len(items)), key=lambda i: (items[i][0], items[i][1]))
    row_ends: dict[int, list[float]] = {}
    for index in order:
        lane, x = items[index]
        ends = row_ends.setdefault(lane, [])
        for row, end in enumerate(ends):
            if x - end >= min_gap:
                ends[row] = x
                rows[index] = row
                break
        else:
            if len(ends) < MAX_SUB_ROWS:
                ends.append(x)
                rows[index] = len(ends) - 1
            else:
                row = min(range(len(ends)), key=lambda r: ends[r])
                ends[row] = x
                rows[index] = row
    return rows


def sub_row_offset(row: int, spacing: float = SUB_ROW_SPACING) -> float:
    """0, +1, -1, +2 … spacings: row 0 sits on the lane, the others alternate around it."""
    if row == 0:
        return 0.0
    step = (row + 1) // 2
    return spacing * step * (1 if row % 2 else -1)
