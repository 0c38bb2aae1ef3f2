"""The chip map as a figure, in any language (no Qt): every chip of the data
under one rule, by its TPP (log scale) and the rule's second figure, over the rule's zones.

What the figure marks, it marks as the screen does: colour = the chip's status under the
rule (hollow where the rule does not concern the chip or cannot decide), shape = the kind of
chip, arrows = the cut-down chips that slipped under the October 2022 rule. Two things the
screen says only in a chip's details are said here in notes: statuses the app computed
from the thresholds because the sources state none, and positions that rest on an
approximate or estimated figure (a star, as in the details).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from explainer_core.charts import Writing
from explainer_core.chip_controls import rules
from explainer_core.chip_controls.chip_map import (
    Y_QUANTITY,
    ZoneKind,
    axis_ticks,
    chip_y,
    guide_lines,
    map_frame,
    map_points,
    slipped_under_2022,
    x_thresholds,
    y_thresholds,
    zones,
)
from explainer_core.chip_controls.chip_map import Zone as MapZone
from explainer_core.chip_controls.chip_map_marking import (
    HOLLOW_STATUSES,
    NEUTRAL,
    STATUS_COLOURS,
    UNCERTAIN_MARK,
    ChipKind,
    chip_shape,
    position_is_uncertain,
    rule_citation,
    rule_in_force_on,
    status_by_the_thresholds,
    statuses_shown,
)
from explainer_core.chip_controls.figure_sources import cited
from explainer_core.chip_controls.figure_words import (
    axis_title,
    gbps,
    in_turn,
    labelled,
    rule_name,
    status_name,
    threshold_text,
    zone_label,
)
from explainer_core.chip_controls.rules import Quantity, Rule
from explainer_core.data.export_controls import ExportControlsData
from explainer_core.figure import (
    Arrow,
    Axis,
    Band,
    Dash,
    Figure,
    Grid,
    LabelPreference,
    Legend,
    LegendEntry,
    LegendSymbol,
    Mark,
    Plot,
    Point,
    Points,
    Ring,
    TickLevel,
    Zone,
    tick_level,
)
from explainer_core.figure import Rule as RuleLine  # a line across the plot, not an export rule
from explainer_core.figure.palette import OKABE_ITO
from explainer_core.market.story import SHOCK_DAY
from explainer_core.precision import decimals_of
from explainer_core.templates import fill
from explainer_core.words import Words

CHIP_MAP_CHART_ID = "chip-classification"
MARKER_SIZE = 11.0
RING_RADIUS = 12.0
UNKNOWN_BAND_COLOUR = "#9a9a9a"
UNKNOWN_BAND_OPACITY = 0.12
GUIDE_COLOUR = "#555555"  # dashed threshold lines (the screen's light "guide")
ZERO_COLOUR = "#999999"
ZONE_BORDER = "#aaaaaa"  # the screen's black at a third of full opacity, on white

# The zones' fills as on screen (colour, opacity), their names in a darker shade.
ZONE_FILLS: dict[ZoneKind, tuple[str, float] | None] = {
    ZoneKind.LICENCE_3A090A: (OKABE_ITO[0], 0x33 / 255),
    ZoneKind.NOTIFICATION_3A090B: (OKABE_ITO[2], 0x55 / 255),
    ZoneKind.OUTSIDE_3A090: None,
    ZoneKind.NOTE_2: None,  # hatched only
    ZoneKind.CONTROLLED_2022: (OKABE_ITO[0], 0x33 / 255),
    ZoneKind.NOT_CONTROLLED_2022: None,
    ZoneKind.CASE_BY_CASE_2026: (OKABE_ITO[1], 0x33 / 255),
    ZoneKind.PRESUMPTION_2026: (OKABE_ITO[0], 0x26 / 255),
}
ZONE_LABEL_COLOURS: dict[ZoneKind, str] = {
    ZoneKind.LICENCE_3A090A: "#9a3f00",
    ZoneKind.NOTIFICATION_3A090B: "#8a5a00",
    ZoneKind.CONTROLLED_2022: "#9a3f00",
    ZoneKind.CASE_BY_CASE_2026: "#004c7a",
    ZoneKind.PRESUMPTION_2026: "#9a3f00",
}
ZONE_LABEL_NEUTRAL = "#575757"


@dataclass(frozen=True)
class ChipMapState:
    rule: Rule = Rule.OCTOBER_2023
    highlighted: str | None = None  # a chip id singled out (a claim's "Show in chart")


def default_chip_map_state(data: ExportControlsData) -> ChipMapState:
    """The map as the tab opens: under the rule in force on the day of the shock."""
    return ChipMapState(rule_in_force_on(SHOCK_DAY, data.events))


def chip_map_figure(data: ExportControlsData, state: ChipMapState, writing: Writing) -> Figure:
    words, formatter, language = writing.words, writing.formatter, writing.language
    rule = state.rule
    frame = map_frame(rule, data.chips)
    chips = {chip.id: chip for chip in data.chips}
    positions = {}
    points = []
    # Left to right (then bottom to top): the label placer breaks ties in this order, which
    # keeps each name of the crowded cluster near TPP 5,000 beside its own marker.
    for place in sorted(map_points(rule, data.chips, frame), key=lambda p: (p.x, p.y)):
        chip = chips[place.chip_id]
        status = chip.status(rule)
        positions[chip.id] = (place.x, place.y)
        mark = f"\u00a0{UNCERTAIN_MARK}" if position_is_uncertain(chip, rule) else ""
        points.append(
            Point(
                place.x,
                place.y,
                chip.name + mark,
                STATUS_COLOURS[status],
                chip_shape(chip),
                hollow=status in HOLLOW_STATUSES,
                emphasised=chip.id == state.highlighted,
                series=status.value,
                name=chip.name,
            )
        )
    marks: list[Mark] = [
        Band("y", frame.y_min, 0.0, UNKNOWN_BAND_COLOUR, UNKNOWN_BAND_OPACITY),
        *(_zone(zone, writing) for zone in zones(rule, frame)),
        *(
            RuleLine(line.axis, line.value, colour=GUIDE_COLOUR, width=1.2, dash=Dash.DASHED)
            for line in guide_lines(rule)
        ),
        _zero_rule(),
        Points(tuple(points), MARKER_SIZE, LabelPreference.ABOVE),
    ]
    if rule is Rule.OCTOBER_2022:
        marks += [
            Arrow(positions[original], positions[cut_down])
            for original, cut_down in slipped_under_2022(data.chips)
        ]
    if state.highlighted in positions:
        x, y = positions[state.highlighted]
        marks.append(Ring(x, y, heavy=True, radius=RING_RADIUS))
    y_quantity = Y_QUANTITY[rule]
    plot = Plot(
        Axis.log(
            frame.x_min,
            frame.x_max,
            _x_levels(rule, frame.x_min, frame.x_max, writing),
            axis_title(words, Quantity.TPP),
            grid=Grid.NONE,
        ),
        Axis.linear(
            frame.y_min,
            frame.y_max,
            _y_levels(rule, frame.y_max, frame.unknown_y, writing),
            axis_title(words, y_quantity),
            grid=Grid.NONE,
        ),
        tuple(marks),
    )
    return Figure(
        (plot,),
        title=fill(words.translate("ChipControlsFigures", "Chip map: %1"), rule_name(words, rule)),
        subtitle=_subtitle(data, state, writing),
        notes=chip_map_notes(data, rule, writing),
        source=fill(
            words.translate(
                "ChipControlsFigures",
                "Sources: %1 (thresholds); chip figures from datasheets and the press "
                "(%2 sources, listed chip by chip in the data table).",
            ),
            rule_citation(data, rule),
            formatter.number(len(cited(chip.sources for chip in data.chips))),
        ),
        description=_description(data, rule, writing),
        legend=_legend(data, rule, writing),
        language=language,
        figure_id=CHIP_MAP_CHART_ID,
    )


def _zero_rule() -> RuleLine:
    """The line between the chips with a known second figure and the "unknown" row."""
    return RuleLine("y", 0.0, colour=ZERO_COLOUR)


def _zone(zone: MapZone, writing: Writing) -> Zone:
    fill_style = ZONE_FILLS[zone.kind]
    colour, opacity = fill_style if fill_style is not None else (None, 0.2)
    return Zone(
        zone.polygon,
        colour,
        opacity,
        hatched=zone.hatched,
        border=ZONE_BORDER if zone.filled and not zone.hatched else None,
        label=zone_label(writing.words, writing.formatter, zone.kind),
        label_colour=ZONE_LABEL_COLOURS.get(zone.kind, ZONE_LABEL_NEUTRAL),
        label_spots=zone.label_spots,
        name=zone.kind.value,
    )


def _x_levels(rule: Rule, x_min: float, x_max: float, writing: Writing) -> list[TickLevel]:
    """The rule's TPP thresholds alone, then with round values between them."""
    formatter = writing.formatter

    def level(values: Iterable[float]) -> TickLevel:
        return tick_level(
            [(value, formatter.number(value, decimals_of(value))) for value in values]
        )

    thresholds = [value for value in x_thresholds(rule) if x_min <= value <= x_max]
    finer = [value for value, _ in axis_ticks(x_min, x_max, x_thresholds(rule), log=True)]
    return [level(sorted(thresholds)), level(finer)]


def _y_levels(rule: Rule, y_max: float, unknown_y: float, writing: Writing) -> list[TickLevel]:
    """Zero and the rule's thresholds, then with round values; and the "unknown" row."""
    formatter = writing.formatter
    unknown = (unknown_y, writing.words.translate("ChipControlsFigures", "unknown"))

    def level(values: Iterable[float]) -> TickLevel:
        return tick_level(
            [unknown, *((value, formatter.number(value, decimals_of(value))) for value in values)]
        )

    thresholds = sorted({0.0, *(value for value in y_thresholds(rule) if value <= y_max)})
    finer = [value for value, _ in axis_ticks(0.0, y_max, y_thresholds(rule), log=False)]
    return [level(thresholds), level(finer)]


def _subtitle(data: ExportControlsData, state: ChipMapState, writing: Writing) -> str:
    words = writing.words
    rule = state.rule
    if rule is Rule.OCTOBER_2022:
        names = ", ".join(
            f"{data.chip(original).name} → {data.chip(cut_down).name}"
            for original, cut_down in slipped_under_2022(data.chips)
        )
        io_line = gbps(
            words, threshold_text(writing.formatter, rules.INTERCONNECT_THRESHOLD_2022_GBPS)
        )
        text = fill(
            words.translate(
                "ChipControlsFigures",
                "A chip needed a licence only if it crossed both lines. Arrows: the same "
                "computing power with a slower chip-to-chip link slipped under the %1 "
                "line (%2).",
            ),
            io_line,
            names,
        )
    elif rule is Rule.OCTOBER_2023:
        text = words.translate(
            "ChipControlsFigures",
            "The interconnect test is gone: TPP and performance density decide. "
            "Colour: each chip's status under the rule.",
        )
    else:
        text = words.translate(
            "ChipControlsFigures",
            "Exports from the US to China: licences for chips under both lines are reviewed "
            "case by case. Hollow: chips needing no 3A090 licence, which it does not concern.",
        )
    # An id the data does not know (a claim's stale link) singles nothing out.
    if state.highlighted in {chip.id for chip in data.chips}:
        ringed = fill(
            words.translate("ChipControlsFigures", "Ringed: the %1."),
            data.chip(state.highlighted).name,
        )
        text = f"{text} {ringed}"
    return text


def chip_map_notes(data: ExportControlsData, rule: Rule, writing: Writing) -> tuple[str, ...]:
    words = writing.words
    y_quantity = Y_QUANTITY[rule]
    tpp = words.translate(
        "ChipControlsFigures",
        "TPP (Total Processing Performance): the dense peak throughput (TOPS or TFLOPS) "
        "times its bit length, at the bit length that gives the highest value.",
    )
    second = {
        Quantity.PERFORMANCE_DENSITY: words.translate(
            "ChipControlsFigures",
            "Performance density: TPP divided by the die area in mm² (logic dies only, "
            "without memory stacks).",
        ),
        Quantity.INTERCONNECT_GBPS: words.translate(
            "ChipControlsFigures",
            "Chip-to-chip bandwidth: the aggregate bidirectional input and output to other "
            "chips, in GB/s.",
        ),
        Quantity.DRAM_BANDWIDTH_GBPS: words.translate(
            "ChipControlsFigures", "Memory bandwidth: the chip's total DRAM bandwidth, in GB/s."
        ),
    }[y_quantity]
    status = words.translate(
        "ChipControlsFigures", "Status: what the rule means for selling the chip to China."
    )
    notes = [f"{tpp} {second} {status}"]
    if any(chip_y(chip, rule) is None for chip in data.chips):
        notes.append(_unknown_note(words, y_quantity))
    uncertain = [chip.name for chip in data.chips if position_is_uncertain(chip, rule)]
    if uncertain:
        notes.append(
            fill(
                words.translate(
                    "ChipControlsFigures",
                    "%1 Placed by an approximate, estimated or unconfirmed figure.",
                ),
                UNCERTAIN_MARK,
            )
        )
    computed = [chip.name for chip in data.chips if status_by_the_thresholds(chip, rule)]
    if computed:
        notes.append(
            fill(
                words.translate(
                    "ChipControlsFigures",
                    "Status computed from the thresholds, the sources stating none: %1.",
                ),
                ", ".join(computed),
            )
        )
    if rule is Rule.JANUARY_2026:
        notes.append(
            words.translate(
                "ChipControlsFigures",
                "Case by case: eligible by the figures alone; the policy's other conditions "
                "(supply in the US, a cap on volumes, third-party testing, customer checks) "
                "are not shown.",
            )
        )
    return tuple(notes)


def _unknown_note(words: Words, quantity: Quantity) -> str:
    notes = {
        Quantity.PERFORMANCE_DENSITY: words.translate(
            "ChipControlsFigures",
            "On the “unknown” row: chips whose die area is not published, so that their "
            "performance density is not known.",
        ),
        Quantity.INTERCONNECT_GBPS: words.translate(
            "ChipControlsFigures",
            "On the “unknown” row: chips whose chip-to-chip bandwidth is not published.",
        ),
        Quantity.DRAM_BANDWIDTH_GBPS: words.translate(
            "ChipControlsFigures",
            "On the “unknown” row: chips whose memory bandwidth is not published.",
        ),
    }
    return notes[quantity]


def _legend(data: ExportControlsData, rule: Rule, writing: Writing) -> Legend:
    """The statuses found under the rule (colours), then the kinds of chip (shapes)."""
    words = writing.words
    entries = [
        LegendEntry(
            status_name(words, status),
            STATUS_COLOURS[status],
            LegendSymbol.MARKER,
            hollow=status in HOLLOW_STATUSES,
        )
        for status in statuses_shown(rule, data.chips)
    ]
    kinds = {
        ChipKind.DATACENTER: words.translate("ChipControlsFigures", "Datacenter chip"),
        ChipKind.NOT_DATACENTER: words.translate("ChipControlsFigures", "Not for datacenters"),
        ChipKind.CHINESE: words.translate("ChipControlsFigures", "Chinese chip, as a US export"),
    }
    present = {chip_shape(chip) for chip in data.chips}
    entries += [
        LegendEntry(label, NEUTRAL, LegendSymbol.MARKER, shape=shape)
        for shape, label in kinds.items()
        if shape in present
    ]
    return Legend(tuple(entries))


def _description(data: ExportControlsData, rule: Rule, writing: Writing) -> str:
    words, formatter = writing.words, writing.formatter
    by_status = in_turn(
        words,
        [
            labelled(
                words,
                status_name(words, status),
                ", ".join(chip.name for chip in data.chips if chip.status(rule) is status),
            )
            for status in statuses_shown(rule, data.chips)
        ],
    )
    return fill(
        words.translate(
            "ChipControlsFigures", "Scatter plot of %1 chips under the %2 (across: %3; up: %4). %5."
        ),
        formatter.number(len(data.chips)),
        rule_name(words, rule),
        axis_title(words, Quantity.TPP),
        axis_title(words, Y_QUANTITY[rule]),
        by_status,
    )
