"""The chip map as a figure, in any language (no Qt): every chip of the data under one rule,
by its TPP (log scale) and the rule's second figure, over the rule's zones; and the
reader's own chip when it is plotted from the classifier (a star).

What the figure marks, it marks as the screen does: colour = the chip's status under the
rule (hollow where the rule does not concern the chip or cannot decide), shape = the kind of
chip, arrows = the cut-down chips that slipped under the October 2022 rule, a star beside
a name placed by an approximate figure. Its title, source line, axis titles, key and
notes are the screen's too (``chip_map_title`` … ``reading_notes``).
"""

from __future__ import annotations

from collections.abc import Iterable

from explainer_core.charts import Writing
from explainer_core.chip_controls import rules
from explainer_core.chip_controls.chart_states import ChipMapState, YourChip
from explainer_core.chip_controls.chip_map import (
    HOLLOW_STATUSES,
    Y_QUANTITY,
    ChipKind,
    MapFrame,
    axis_ticks,
    chip_kind,
    chip_y,
    guide_lines,
    map_frame,
    map_points,
    slipped_under_2022,
    specs_point,
    statuses_shown,
    x_thresholds,
    y_thresholds,
    zones,
)
from explainer_core.chip_controls.chip_map import Zone as MapZone
from explainer_core.chip_controls.chip_map_marking import (
    UNCERTAIN_MARK,
    marked_name,
    position_is_uncertain,
    rule_citation,
    status_by_the_thresholds,
)
from explainer_core.chip_controls.figure_sources import cited
from explainer_core.chip_controls.rules import Quantity, Rule, Status, classify
from explainer_core.chip_controls.styles import (
    CHIP_SHAPES,
    NEUTRAL_GREY,
    STATUS_COLOURS,
    YOUR_CHIP_GROWTH,
    YOUR_CHIP_SHAPE,
    ZONE_FILLS,
    ZONE_LABEL_COLOURS,
)
from explainer_core.chip_controls.texts import (
    axis_title,
    chip_kind_name,
    gbps,
    in_turn,
    labelled,
    rule_name,
    status_name,
    threshold_text,
    unknown_row,
    your_chip_label,
    zone_label,
)
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
ZONE_LABEL_NEUTRAL = "#575757"


def chip_map_figure(data: ExportControlsData, state: ChipMapState, writing: Writing) -> Figure:
    words, language = writing.words, writing.language
    rule = state.rule
    your_chip = placed_chip(state)
    frame = map_frame(rule, data.chips, [your_chip.specs] if your_chip is not None else [])
    chips = {chip.id: chip for chip in data.chips}
    positions = {}
    points = []
    for place in map_points(rule, data.chips, frame):
        chip = chips[place.chip_id]
        status = chip.status(rule)
        positions[chip.id] = (place.x, place.y)
        points.append(
            Point(
                place.x,
                place.y,
                marked_name(chip, rule),
                STATUS_COLOURS[status],
                CHIP_SHAPES[chip_kind(chip)],
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
    if your_chip is not None:
        marks.append(_your_chip_mark(your_chip, rule, frame, words))
    if rule is Rule.OCTOBER_2022:
        marks += [
            Arrow(positions[original], positions[cut_down])
            for original, cut_down in slipped_under_2022(data.chips)
        ]
    if state.highlighted in positions:
        x, y = positions[state.highlighted]
        marks.append(Ring(x, y, heavy=True, radius=RING_RADIUS))
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
            axis_title(words, Y_QUANTITY[rule]),
            grid=Grid.NONE,
        ),
        tuple(marks),
    )
    return Figure(
        (plot,),
        title=chip_map_title(rule, writing),
        subtitle=_subtitle(data, state, writing),
        notes=chip_map_notes(data, state, writing),
        source=chip_map_source(data, rule, writing),
        description=_description(data, state, writing),
        legend=chip_map_legend(data, state, writing),
        language=language,
        figure_id=CHIP_MAP_CHART_ID,
    )


def placed_chip(state: ChipMapState) -> YourChip | None:
    """The reader's chip, if it has a place on the map (a chip without a TPP has none)."""
    your_chip = state.your_chip
    return your_chip if your_chip is not None and your_chip.specs.tpp is not None else None


def _your_chip_mark(your_chip: YourChip, rule: Rule, frame: MapFrame, words: Words) -> Points:
    place = specs_point("your-chip", rule, your_chip.specs, frame)
    status = classify(rule, your_chip.specs).status
    label = your_chip_label(words, your_chip.name)
    star = Point(
        place.x,
        place.y,
        label,
        STATUS_COLOURS[status],
        YOUR_CHIP_SHAPE,
        hollow=status in HOLLOW_STATUSES,
        series=status.value,
        name=label,
    )
    return Points((star,), MARKER_SIZE * YOUR_CHIP_GROWTH, LabelPreference.ABOVE)


# -- the texts the screen shows too ----------------------------------------------------------------


def chip_map_title(rule: Rule, writing: Writing) -> str:
    words = writing.words
    return fill(words.translate("ChipControlsFigures", "Chip map: %1"), rule_name(words, rule))


def chip_map_source(data: ExportControlsData, rule: Rule, writing: Writing) -> str:
    return fill(
        writing.words.translate(
            "ChipControlsFigures",
            "Sources: %1 (thresholds); chip figures from datasheets and the press "
            "(%2 sources, listed chip by chip in the data table).",
        ),
        rule_citation(data, rule),
        writing.formatter.number(len(cited(chip.sources for chip in data.chips))),
    )


def rule_sentence(data: ExportControlsData, rule: Rule, writing: Writing) -> str:
    """What the rule's map shows: the subtitle's first sentences."""
    words = writing.words
    if rule is Rule.OCTOBER_2022:
        names = ", ".join(
            f"{data.chip(original).name} → {data.chip(cut_down).name}"
            for original, cut_down in slipped_under_2022(data.chips)
        )
        io_line = gbps(
            words, threshold_text(writing.formatter, rules.INTERCONNECT_THRESHOLD_2022_GBPS)
        )
        return fill(
            words.translate(
                "ChipControlsFigures",
                "A chip needed a licence only if it crossed both lines. Arrows: the same "
                "computing power with a slower chip-to-chip link slipped under the %1 "
                "line (%2).",
            ),
            io_line,
            names,
        )
    if rule is Rule.OCTOBER_2023:
        return words.translate(
            "ChipControlsFigures",
            "The interconnect test is gone: TPP and performance density decide. "
            "Colour: each chip's status under the rule.",
        )
    return words.translate(
        "ChipControlsFigures",
        "Exports from the US to China: licences for chips under both lines are reviewed "
        "case by case. Hollow: chips needing no 3A090 licence, which it does not concern.",
    )


def key_statuses(data: ExportControlsData, state: ChipMapState) -> tuple[Status, ...]:
    """The statuses the key lists: those of the chips under the rule, and the reader's."""
    found = set(statuses_shown(state.rule, data.chips))
    your_chip = placed_chip(state)
    if your_chip is not None:
        found.add(classify(state.rule, your_chip.specs).status)
    return tuple(status for status in Status if status in found)


def key_kinds(data: ExportControlsData) -> tuple[ChipKind, ...]:
    """The kinds of chip the key lists (their shapes): those the data has."""
    present = {chip_kind(chip) for chip in data.chips}
    return tuple(kind for kind in ChipKind if kind in present)


def your_chip_key(words: Words) -> str:
    return words.translate("ChipControlsFigures", "Your chip, from the classifier")


def chip_map_legend(data: ExportControlsData, state: ChipMapState, writing: Writing) -> Legend:
    """The statuses (colours), then the kinds of chip (shapes), the reader's star last."""
    words = writing.words
    entries = [
        LegendEntry(
            status_name(words, status),
            STATUS_COLOURS[status],
            LegendSymbol.MARKER,
            hollow=status in HOLLOW_STATUSES,
        )
        for status in key_statuses(data, state)
    ]
    entries += [
        LegendEntry(
            chip_kind_name(words, kind), NEUTRAL_GREY, LegendSymbol.MARKER, shape=CHIP_SHAPES[kind]
        )
        for kind in key_kinds(data)
    ]
    if placed_chip(state) is not None:
        entries.append(
            LegendEntry(
                your_chip_key(words), NEUTRAL_GREY, LegendSymbol.MARKER, shape=YOUR_CHIP_SHAPE
            )
        )
    return Legend(tuple(entries))


def reading_notes(data: ExportControlsData, rule: Rule, writing: Writing) -> tuple[str, ...]:
    """How to read what the map marks: the "unknown" row, the starred names, the statuses
    the app computed, and what the January 2026 policy's case by case leaves out."""
    words = writing.words
    notes = []
    if any(chip_y(chip, rule) is None for chip in data.chips):
        notes.append(_unknown_note(words, Y_QUANTITY[rule]))
    if any(position_is_uncertain(chip, rule) for chip in data.chips):
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


# -- the figure's own texts ------------------------------------------------------------------------


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
        return tick_level([(value, threshold_text(formatter, value)) for value in values])

    thresholds = [value for value in x_thresholds(rule) if x_min <= value <= x_max]
    finer = [value for value, _ in axis_ticks(x_min, x_max, x_thresholds(rule), log=True)]
    return [level(sorted(thresholds)), level(finer)]


def _y_levels(rule: Rule, y_max: float, unknown_y: float, writing: Writing) -> list[TickLevel]:
    """Zero and the rule's thresholds, then with round values; and the "unknown" row."""
    formatter = writing.formatter
    unknown = (unknown_y, unknown_row(writing.words))

    def level(values: Iterable[float]) -> TickLevel:
        return tick_level(
            [unknown, *((value, threshold_text(formatter, value)) for value in values)]
        )

    thresholds = sorted({0.0, *(value for value in y_thresholds(rule) if value <= y_max)})
    finer = [value for value, _ in axis_ticks(0.0, y_max, y_thresholds(rule), log=False)]
    return [level(thresholds), level(finer)]


def _subtitle(data: ExportControlsData, state: ChipMapState, writing: Writing) -> str:
    text = rule_sentence(data, state.rule, writing)
    # An id the data does not know (a claim's stale link) singles nothing out.
    if state.highlighted in {chip.id for chip in data.chips}:
        ringed = fill(
            writing.words.translate("ChipControlsFigures", "Ringed: the %1."),
            data.chip(state.highlighted).name,
        )
        text = f"{text} {ringed}"
    return text


def chip_map_notes(
    data: ExportControlsData, state: ChipMapState, writing: Writing
) -> tuple[str, ...]:
    """What the figures mean, then how to read the marks."""
    words = writing.words
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
    }[Y_QUANTITY[state.rule]]
    status = words.translate(
        "ChipControlsFigures", "Status: what the rule means for selling the chip to China."
    )
    return (f"{tpp} {second} {status}", *reading_notes(data, state.rule, writing))


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


def _description(data: ExportControlsData, state: ChipMapState, writing: Writing) -> str:
    words, formatter, rule = writing.words, writing.formatter, state.rule
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
    text = fill(
        words.translate(
            "ChipControlsFigures", "Scatter plot of %1 chips under the %2 (across: %3; up: %4). %5."
        ),
        formatter.number(len(data.chips)),
        rule_name(words, rule),
        axis_title(words, Quantity.TPP),
        axis_title(words, Y_QUANTITY[rule]),
        by_status,
    )
    your_chip = placed_chip(state)
    if your_chip is not None:
        status = classify(rule, your_chip.specs).status
        star = fill(
            words.translate("ChipControlsFigures", "Star: %1 (from the classifier), %2."),
            your_chip_label(words, your_chip.name),
            status_name(words, status),
        )
        text = f"{text} {star}"
    return text
