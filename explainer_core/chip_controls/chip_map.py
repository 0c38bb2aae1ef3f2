"""The chip map of the chip export controls tab, in pure Python (no Qt): for each rule, what
the y axis shows, the frame of the plot, the zones of the rule as polygons in (TPP, y)
coordinates and its threshold lines, all from the ``rules`` constants; where each chip
(and the reader's own, from the classifier) sits and with which kind of marker; and the
chips that slipped under the October 2022 rule (same TPP, slower interconnect)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from explainer_core.chip_controls import rules
from explainer_core.chip_controls.rules import ChipSpecs, Quantity, Rule, Status
from explainer_core.data.export_controls import Chip
from explainer_core.layout.label_placement import LabelSpot

# The chip DeepSeek trained V3 on: selected when the tab opens.
DEEPSEEK_CHIP_ID = "h800"


# Statuses drawn as hollow markers: the rule does not concern the chip, or cannot decide.
HOLLOW_STATUSES: frozenset[Status] = frozenset({Status.NOT_APPLICABLE, Status.UNDETERMINED})


class ChipKind(str, Enum):
    """What a chip's marker tells by its shape (its colour tells its status)."""

    DATACENTER = "datacenter"
    NOT_DATACENTER = "not_datacenter"  # the 2023 rule's Note 2 may apply
    CHINESE = "chinese"  # a Chinese chip, placed as if it were a US export


def chip_kind(chip: Chip) -> ChipKind:
    if chip.domestic_chinese:
        return ChipKind.CHINESE
    return ChipKind.DATACENTER if chip.datacenter else ChipKind.NOT_DATACENTER


def statuses_shown(rule: Rule, chips: Iterable[Chip]) -> tuple[Status, ...]:
    """The statuses the chips get under ``rule``, in the order of ``Status`` (the key)."""
    found = {chip.status(rule) for chip in chips}
    return tuple(status for status in Status if status in found)


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
    return specs_y(chip.specs, rule)


def specs_y(specs: ChipSpecs, rule: Rule) -> float | None:
    """The figure of ``specs`` for the rule's y axis, ``None`` when unknown."""
    quantity = Y_QUANTITY[rule]
    if quantity is Quantity.PERFORMANCE_DENSITY:
        return specs.performance_density
    if quantity is Quantity.INTERCONNECT_GBPS:
        return specs.interconnect_gbps
    return specs.dram_bandwidth_gbps


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


# Below this many decades across (a close zoom), a log axis takes evenly spaced round values.
_LOG_TICKS_MIN_DECADES = 1.0


def _round_values(low: float, high: float, log: bool) -> list[float]:
    if log and math.log10(high / low) >= _LOG_TICKS_MIN_DECADES:
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


def map_frame(rule: Rule, chips: Iterable[Chip], extra: Iterable[ChipSpecs] = ()) -> MapFrame:
    """Room for every chip (and the ``extra`` ones, such as the reader's) and threshold,
    with margins for labels."""
    specs = [chip.specs for chip in chips] + [each for each in extra if each.tpp is not None]
    # The same TPP extent under every rule, so that switching rules moves no chip sideways.
    xs = [each.tpp for each in specs] + [x for each in Rule for x in x_thresholds(each)]
    ys = [y for y in (specs_y(each, rule) for each in specs) if y is not None]
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


def specs_point(key: str, rule: Rule, specs: ChipSpecs, frame: MapFrame) -> MapPoint | None:
    """Where a chip known only by its figures sits under ``rule``; ``None`` without a TPP
    (the x axis), in the band of unknowns without the rule's y figure."""
    if specs.tpp is None:
        return None
    y = specs_y(specs, rule)
    return MapPoint(key, specs.tpp, frame.unknown_y if y is None else y, y is not None)


def chip_for_item(chips: Iterable[Chip], item: str) -> Chip | None:
    """The chip a claim's chart item names, by id or by name (case and spaces aside)."""
    wanted = item.strip().casefold()
    if not wanted:
        return None
    return next((c for c in chips if wanted in (c.id.casefold(), c.name.casefold())), None)


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
