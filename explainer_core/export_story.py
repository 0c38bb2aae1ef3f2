"""Editorial and geometric choices of the export-controls tab, in pure Python (no Qt).

* the timeline's lanes (one per kind of event) and how close markers are stacked;
* the chip map: for each rule, what the y axis shows, the frame of the plot, the
  zones of the rule as polygons in (TPP, y) coordinates and its threshold lines,
  all from the ``export_rules`` constants;
* the chips that slipped under the October 2022 rule (same TPP, slower interconnect);
* greedy placement of labels in pixel space, so that labels avoid points and
  each other;
* how many decimals a figure needs so that it never reads as equal to a threshold
  it is not equal to.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from explainer_core import export_rules as rules
from explainer_core.data.export_controls import Chip, EventKind, RuleEvent
from explainer_core.export_rules import Quantity, Rule, Status

# --- timeline -----------------------------------------------------------------------------------

# Top to bottom: the rules first, then who answered them.
LANES: tuple[EventKind, ...] = (
    EventKind.US_RULE,
    EventKind.COMPANY_RESPONSE,
    EventKind.CHINESE_REACTION,
    EventKind.MARKET_EVENT,
)

# The event that brought in each rule: the chip map's rule switch and the timeline agree.
RULE_EVENT_IDS: dict[Rule, str] = {
    Rule.OCTOBER_2022: "E05",
    Rule.OCTOBER_2023: "E08",
    Rule.JANUARY_2026: "E30",
}

# The chip DeepSeek trained V3 on: selected when the tab opens.
DEEPSEEK_CHIP_ID = "h800"

SUB_ROW_SPACING = 0.22  # in lanes: stacked markers stay well inside their lane
MAX_SUB_ROWS = 4


def lane_y(kind: EventKind) -> float:
    """The y coordinate of a lane: the first lane on top."""
    return float(len(LANES) - 1 - LANES.index(kind))


def rule_of_event(event_id: str) -> Rule | None:
    """The rule an event brought in, if it is one of the three the chip map shows."""
    for rule, rule_event in RULE_EVENT_IDS.items():
        if rule_event == event_id:
            return rule
    return None


def timeline_span(events: Sequence[RuleEvent], first: date) -> tuple[date, date]:
    """From ``first`` (the data's first year) to the latest entry."""
    last = max((event.date for event in events), default=first)
    return first, max(first, last)


def short_citation(citation: str) -> str:
    """The reference itself, without the fact base's remarks: ``87 FR 62186 (published …)``
    → ``87 FR 62186``."""
    for separator in (" (", ";", " - "):
        citation = citation.split(separator, 1)[0]
    return citation.strip()


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


# --- chip map -----------------------------------------------------------------------------------

# What the y axis of the chip map shows under each rule (the x axis is always TPP).
Y_QUANTITY: dict[Rule, Quantity] = {
    Rule.OCTOBER_2023: Quantity.PERFORMANCE_DENSITY,
    Rule.OCTOBER_2022: Quantity.INTERCONNECT_GBPS,
    Rule.JANUARY_2026: Quantity.DRAM_BANDWIDTH_GBPS,
}

_X_MARGIN = 1.8  # factor of room left and right of the extreme TPPs (log axis)
_Y_HEADROOM = 0.18  # share of the y span added above the highest point
_UNKNOWN_BAND = 0.2  # share of the y span below zero, for chips whose y figure is unknown


class ZoneKind(str, Enum):
    """A region of the chip map; the UI names each one."""

    LICENCE_3A090A = "licence_3a090a"  # 2023: 3A090.a
    NOTIFICATION_3A090B = "notification_3a090b"  # 2023: 3A090.b
    OUTSIDE_3A090 = "outside_3a090"  # 2023: below every band
    NOTE_2 = "note_2"  # 2023: non-datacenter chips below TPP 4800
    CONTROLLED_2022 = "controlled_2022"  # 2022: both prongs met
    NOT_CONTROLLED_2022 = "not_controlled_2022"
    CASE_BY_CASE_2026 = "case_by_case_2026"
    PRESUMPTION_2026 = "presumption_2026"


# The status a chip inside the zone gets (for the zone's colour); None: no single status.
ZONE_STATUS: dict[ZoneKind, Status | None] = {
    ZoneKind.LICENCE_3A090A: Status.LICENCE_REQUIRED,
    ZoneKind.NOTIFICATION_3A090B: Status.NOTIFICATION,
    ZoneKind.OUTSIDE_3A090: Status.NOT_CONTROLLED,
    ZoneKind.NOTE_2: Status.NOT_CONTROLLED,
    ZoneKind.CONTROLLED_2022: Status.LICENCE_REQUIRED,
    ZoneKind.NOT_CONTROLLED_2022: Status.NOT_CONTROLLED,
    ZoneKind.CASE_BY_CASE_2026: Status.CASE_BY_CASE,
    ZoneKind.PRESUMPTION_2026: Status.PRESUMPTION_OF_DENIAL,
}


@dataclass(frozen=True)
class LabelSpot:
    """Where a label may sit: the point (x, y) in data coordinates and which point of the
    label's box goes there (0 = left/top, 1 = right/bottom, as pyqtgraph's anchors)."""

    x: float
    y: float
    h_align: float
    v_align: float


@dataclass(frozen=True)
class Zone:
    kind: ZoneKind
    polygon: tuple[tuple[float, float], ...]  # (TPP, y) corners, in order
    label_spots: tuple[LabelSpot, ...]  # in order of preference
    hatched: bool = False  # drawn over the other zones (it concerns some chips only)
    filled: bool = True

    @property
    def status(self) -> Status | None:
        return ZONE_STATUS[self.kind]


@dataclass(frozen=True)
class ThresholdLine:
    axis: str  # "x" (a TPP) or "y"
    value: float
    quantity: Quantity


@dataclass(frozen=True)
class MapFrame:
    """The plot's extent: TPP from x_min to x_max (log axis), y from y_min to y_max.

    Chips whose y figure is unknown are drawn in a band below zero, at ``unknown_y``.
    """

    x_min: float
    x_max: float
    y_min: float
    y_max: float
    unknown_y: float


@dataclass(frozen=True)
class MapPoint:
    chip_id: str
    x: float  # TPP
    y: float  # the rule's y quantity, or the unknown band
    y_known: bool


def chip_y(chip: Chip, rule: Rule) -> float | None:
    """The chip's figure for the rule's y axis, ``None`` when the facts give none."""
    quantity = Y_QUANTITY[rule]
    if quantity is Quantity.PERFORMANCE_DENSITY:
        return chip.performance_density
    if quantity is Quantity.INTERCONNECT_GBPS:
        return chip.interconnect_gbps
    return chip.dram_bandwidth_gbps


def x_thresholds(rule: Rule) -> tuple[float, ...]:
    if rule is Rule.OCTOBER_2022:
        return (rules.TPP_THRESHOLD_2022,)
    if rule is Rule.OCTOBER_2023:
        return (
            rules.TPP_FLOOR_3A090A2,
            rules.TPP_FLOOR_3A090B1,
            rules.TPP_THRESHOLD_3A090A1,
        )
    return (rules.TPP_CEILING_CASE_BY_CASE_2026,)


def y_thresholds(rule: Rule) -> tuple[float, ...]:
    if rule is Rule.OCTOBER_2022:
        return (rules.INTERCONNECT_THRESHOLD_2022_GBPS,)
    if rule is Rule.OCTOBER_2023:
        return (rules.PD_FLOOR_3A090B1, rules.PD_FLOOR_3A090B2, rules.PD_THRESHOLD_3A090A2)
    return (rules.DRAM_CEILING_CASE_BY_CASE_2026_GBPS,)


def threshold_lines(rule: Rule) -> tuple[ThresholdLine, ...]:
    y_quantity = Y_QUANTITY[rule]
    return tuple(ThresholdLine("x", value, Quantity.TPP) for value in x_thresholds(rule)) + tuple(
        ThresholdLine("y", value, y_quantity) for value in y_thresholds(rule)
    )


def guide_lines(rule: Rule) -> tuple[ThresholdLine, ...]:
    """Threshold lines drawn across the whole chart: in 2022 and 2026 each line is a test
    on its own; in 2023 only TPP 4800 is (Note 2), the other lines only bound zones."""
    if rule is Rule.OCTOBER_2023:
        return (ThresholdLine("x", rules.TPP_CEILING_NOTE_2, Quantity.TPP),)
    return threshold_lines(rule)


_TICK_STEPS = (1.0, 2.0, 5.0)


def axis_ticks(
    low: float, high: float, thresholds: Iterable[float], log: bool, room: float = 0.08
) -> list[tuple[float, bool]]:
    """``(value, is_threshold)`` ticks from ``low`` to ``high``: every threshold, plus round
    values (1, 2, 5 × 10^n) not too close to one (``room`` is a share of the axis span,
    taken on the log scale for a log axis)."""
    thresholds = sorted(value for value in thresholds if low <= value <= high)
    position = (lambda v: math.log10(v)) if log else (lambda v: v)
    span = position(high) - position(low)
    round_values = _round_values(low, high, log)
    ticks = [(value, True) for value in thresholds]
    for value in round_values:
        near = any(abs(position(value) - position(t)) < room * span for t in thresholds)
        # A label centred on an end of the axis would not fit: pyqtgraph drops it.
        edge = room * span / 2
        at_end = min(position(high) - position(value), position(value) - position(low)) < edge
        if value == 0 or not (near or at_end):  # zero stays: the known values start there
            ticks.append((value, False))
    return sorted(ticks)


def _round_values(low: float, high: float, log: bool) -> list[float]:
    if log:
        values = []
        for exponent in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1):
            values += [step * 10**exponent for step in _TICK_STEPS]
        return [value for value in values if low <= value <= high]
    # About five steps of 1, 2 or 5 × 10^n over the span, from zero up.
    raw = (high - max(low, 0.0)) / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(s * magnitude for s in (*_TICK_STEPS, 10.0) if s * magnitude >= raw)
    count = int(high // step)
    return [index * step for index in range(count + 1) if index * step >= max(low, 0.0)]


def map_frame(rule: Rule, chips: Iterable[Chip]) -> MapFrame:
    """Room for every chip and threshold, with margins for labels."""
    chips = tuple(chips)
    # The same TPP extent under every rule, so that switching rules moves no chip sideways.
    xs = [chip.tpp for chip in chips] + [x for each in Rule for x in x_thresholds(each)]
    ys = [y for y in (chip_y(chip, rule) for chip in chips) if y is not None]
    ys += list(y_thresholds(rule))
    x_min, x_max = min(xs) / _X_MARGIN, max(xs) * _X_MARGIN
    top = max(ys) * (1 + _Y_HEADROOM)
    band = top * _UNKNOWN_BAND
    return MapFrame(x_min, x_max, -band, top, -band / 2)


def map_points(rule: Rule, chips: Iterable[Chip], frame: MapFrame) -> tuple[MapPoint, ...]:
    points = []
    for chip in chips:
        y = chip_y(chip, rule)
        points.append(
            MapPoint(chip.id, chip.tpp, frame.unknown_y if y is None else y, y is not None)
        )
    return tuple(points)


def group_coincident(points: Sequence[MapPoint]) -> list[tuple[MapPoint, ...]]:
    """Points at exactly the same place (H100, H800 and H200 share TPP and density),
    in the order of their first member: they share one label block."""
    groups: dict[tuple[float, float], list[MapPoint]] = {}
    for point in points:
        groups.setdefault((point.x, point.y), []).append(point)
    return [tuple(members) for members in groups.values()]


def zones(rule: Rule, frame: MapFrame) -> tuple[Zone, ...]:
    if rule is Rule.OCTOBER_2022:
        return _zones_2022(frame)
    if rule is Rule.OCTOBER_2023:
        return _zones_2023(frame)
    return _zones_2026(frame)


def _zones_2023(f: MapFrame) -> tuple[Zone, ...]:
    a1, a2_tpp, a2_pd = (
        rules.TPP_THRESHOLD_3A090A1,
        rules.TPP_FLOOR_3A090A2,
        rules.PD_THRESHOLD_3A090A2,
    )
    b1_tpp, b1_pd = rules.TPP_FLOOR_3A090B1, rules.PD_FLOOR_3A090B1
    b2_tpp, b2_pd = rules.TPP_FLOOR_3A090B2, rules.PD_FLOOR_3A090B2
    # At TPP >= 4800, 3A090.a.1 applies whatever the density: the zone runs down into the
    # band of chips whose density is unknown.
    licence = Zone(
        ZoneKind.LICENCE_3A090A,
        (
            (a2_tpp, a2_pd),
            (a2_tpp, f.y_max),
            (f.x_max, f.y_max),
            (f.x_max, f.y_min),
            (a1, f.y_min),
            (a1, a2_pd),
        ),
        (
            LabelSpot(f.x_max, f.y_max, 1.0, 0.0),
            LabelSpot(a2_tpp, f.y_max, 0.0, 0.0),
            LabelSpot(f.x_max, 0.0, 1.0, 1.0),
        ),
    )
    notification = Zone(
        ZoneKind.NOTIFICATION_3A090B,
        (
            (b2_tpp, b2_pd),
            (b2_tpp, a2_pd),
            (a1, a2_pd),
            (a1, b1_pd),
            (b1_tpp, b1_pd),
            (b1_tpp, b2_pd),
        ),
        (
            LabelSpot(b2_tpp, a2_pd, 0.0, 0.0),
            LabelSpot(a1, a2_pd, 1.0, 0.0),
            LabelSpot(a1, b1_pd, 1.0, 1.0),
            LabelSpot(b1_tpp, b2_pd, 0.0, 0.0),
            LabelSpot(b2_tpp, b2_pd, 0.0, 1.0),
        ),
    )
    # Below TPP 1600 no clause can apply, so the zone takes in the unknown-density band.
    outside = Zone(
        ZoneKind.OUTSIDE_3A090,
        (
            (f.x_min, f.y_min),
            (f.x_min, f.y_max),
            (a2_tpp, f.y_max),
            (a2_tpp, b2_pd),
            (b1_tpp, b2_pd),
            (b1_tpp, b1_pd),
            (a1, b1_pd),
            (a1, 0.0),
            (a2_tpp, 0.0),
            (a2_tpp, f.y_min),
        ),
        (
            LabelSpot(f.x_min, 0.0, 0.0, 1.0),
            LabelSpot(f.x_min, f.y_max, 0.0, 0.0),
            LabelSpot(a1, 0.0, 1.0, 1.0),
        ),
        filled=False,
    )
    note_2 = Zone(
        ZoneKind.NOTE_2,
        ((f.x_min, 0.0), (f.x_min, f.y_max), (a1, f.y_max), (a1, 0.0)),
        (
            LabelSpot(f.x_min, f.y_max * 0.5, 0.0, 0.5),
            LabelSpot(f.x_min, f.y_max * 0.75, 0.0, 0.5),
            LabelSpot(f.x_min, f.y_max * 0.25, 0.0, 0.5),
        ),
        hatched=True,
    )
    return (outside, licence, notification, note_2)


def _zones_2022(f: MapFrame) -> tuple[Zone, ...]:
    tpp_line, io_line = rules.TPP_THRESHOLD_2022, rules.INTERCONNECT_THRESHOLD_2022_GBPS
    controlled = Zone(
        ZoneKind.CONTROLLED_2022,
        ((tpp_line, io_line), (tpp_line, f.y_max), (f.x_max, f.y_max), (f.x_max, io_line)),
        (
            LabelSpot(f.x_max, f.y_max, 1.0, 0.0),
            LabelSpot(tpp_line, f.y_max, 0.0, 0.0),
        ),
    )
    # Below TPP 4800 the chip is out whatever its interconnect, known or not.
    not_controlled = Zone(
        ZoneKind.NOT_CONTROLLED_2022,
        (
            (f.x_min, f.y_min),
            (f.x_min, f.y_max),
            (tpp_line, f.y_max),
            (tpp_line, io_line),
            (f.x_max, io_line),
            (f.x_max, 0.0),
            (tpp_line, 0.0),
            (tpp_line, f.y_min),
        ),
        (
            LabelSpot(f.x_min, f.y_max, 0.0, 0.0),
            LabelSpot(f.x_max, 0.0, 1.0, 1.0),
            LabelSpot(f.x_min, 0.0, 0.0, 1.0),
        ),
        filled=False,
    )
    return (not_controlled, controlled)


def _zones_2026(f: MapFrame) -> tuple[Zone, ...]:
    tpp_line = rules.TPP_CEILING_CASE_BY_CASE_2026
    dram_line = rules.DRAM_CEILING_CASE_BY_CASE_2026_GBPS
    case_by_case = Zone(
        ZoneKind.CASE_BY_CASE_2026,
        ((f.x_min, 0.0), (f.x_min, dram_line), (tpp_line, dram_line), (tpp_line, 0.0)),
        (
            LabelSpot(f.x_min, dram_line, 0.0, 0.0),
            LabelSpot(tpp_line, dram_line, 1.0, 0.0),
            LabelSpot(f.x_min, 0.0, 0.0, 1.0),
        ),
    )
    # Above either line, the review stays a presumption of denial, known DRAM or not.
    presumption = Zone(
        ZoneKind.PRESUMPTION_2026,
        (
            (f.x_min, dram_line),
            (f.x_min, f.y_max),
            (f.x_max, f.y_max),
            (f.x_max, f.y_min),
            (tpp_line, f.y_min),
            (tpp_line, dram_line),
        ),
        (
            LabelSpot(f.x_min, f.y_max, 0.0, 0.0),
            LabelSpot(f.x_max, f.y_max, 1.0, 0.0),
        ),
    )
    return (case_by_case, presumption)


def slipped_under_2022(chips: Sequence[Chip]) -> tuple[tuple[str, str], ...]:
    """``(original, cut-down)`` pairs: a chip the October 2022 rule controlled, and one with
    the same computing power (TPP and die area) that escaped it on its interconnect alone
    (A100 → A800, H100 → H800). The earliest original is named when several match."""
    pairs = []
    for chip in chips:
        if chip.classification(Rule.OCTOBER_2022).reason is not rules.Reason.INTERCONNECT_BELOW_600:
            continue
        originals = [
            other
            for other in chips
            if other.status(Rule.OCTOBER_2022) is Status.LICENCE_REQUIRED
            and other.tpp == chip.tpp
            and other.die_area_mm2 == chip.die_area_mm2
            and other.vendor == chip.vendor
        ]
        if originals:
            original = min(originals, key=lambda other: (other.launch_year, chips.index(other)))
            pairs.append((original.id, chip.id))
    return tuple(pairs)


# --- label placement (pixels, y downwards) -------------------------------------------------------


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


def nearest_on_box(x: float, y: float, box: Box) -> tuple[float, float]:
    """The point of ``box`` nearest (x, y): where a leader line from (x, y) ends."""
    return min(max(x, box.left), box.right), min(max(y, box.top), box.bottom)


def segment_hits_box(start: tuple[float, float], end: tuple[float, float], box: Box) -> bool:
    """Whether the segment crosses the box's inside (Liang–Barsky clipping)."""
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
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return high - low > 1e-9


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


def choose_boxes(
    candidates: Sequence[Sequence[Box]],
    obstacles: Sequence[Box],
    bounds: Box,
    anchors: Sequence[tuple[float, float]] | None = None,
    ignored: Sequence[set[int]] | None = None,
    weights: Sequence[float] | None = None,
) -> list[int]:
    """For each label (in order), the index of the first candidate box that overlaps no
    obstacle, no label placed before it and stays inside ``bounds``; when none is free,
    the candidate with the least overlap (leaving the bounds counts heavily).

    With ``anchors`` (the point each label names), a leader line from the anchor to the
    box must not cross an obstacle or a placed label either. ``ignored[i]`` lists the
    obstacles label ``i`` may touch (its own markers); ``weights`` make some obstacles
    costlier to cover than others (a marker more than the margin around it)."""
    placed: list[Box] = []
    chosen = []
    for number, options in enumerate(candidates):
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
            cost = _add_overlaps(cost, box, placed, None, best_cost)
            if cost >= best_cost:
                continue
            if anchor is not None:
                end = nearest_on_box(*anchor, box)
                crossed = [
                    other for other in (*others, *placed) if segment_hits_box(anchor, end, other)
                ]
                cost += LEADER_CROSSING_COST * len(crossed)
            if cost < best_cost:
                best_index, best_cost = index, cost
            if cost == 0:
                break
        chosen.append(best_index)
        if options:
            placed.append(options[best_index])
    return chosen


# --- figures ------------------------------------------------------------------------------------


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
