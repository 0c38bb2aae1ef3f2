"""The chip map's table (no Qt): every chip the map places, the figures that place it, its
status under the rule, who states that status and why, its caveats and sources."""

from __future__ import annotations

from explainer_core.charts import Writing
from explainer_core.chip_controls.chart_states import ChipMapState
from explainer_core.chip_controls.chip_map import Y_QUANTITY, chip_y, specs_y
from explainer_core.chip_controls.chip_map_marking import (
    position_is_uncertain,
    rule_citation,
    rule_event,
    status_by_the_thresholds,
)
from explainer_core.chip_controls.figure_sources import cited, publishers
from explainer_core.chip_controls.figures_chip_map import (
    CHIP_MAP_CHART_ID,
    chip_map_notes,
    chip_map_title,
    placed_chip,
)
from explainer_core.chip_controls.reason_texts import clause_text, reason_text
from explainer_core.chip_controls.rules import Quantity, classify
from explainer_core.chip_controls.texts import (
    axis_title,
    in_turn,
    rule_name,
    status_name,
    your_chip_label,
)
from explainer_core.data.export_controls import ExportControlsData
from explainer_core.figure.table import ChartTable, Column, ColumnKind
from explainer_core.templates import fill


def chip_map_table(data: ExportControlsData, state: ChipMapState, writing: Writing) -> ChartTable:
    """Every chip the map places, with the figures that place it and its status under the
    rule, and why."""
    words, formatter, language = writing.words, writing.formatter, writing.language
    rule = state.rule
    y_quantity = Y_QUANTITY[rule]
    with_area = y_quantity is Quantity.PERFORMANCE_DENSITY
    yes, no = (
        words.translate("ChipControlsFigures", "yes"),
        words.translate("ChipControlsFigures", "no"),
    )
    by_sources = words.translate("ChipControlsFigures", "the sources")
    by_thresholds = words.translate("ChipControlsFigures", "the thresholds (computed)")
    event = rule_event(data, rule)
    event_sources = event.sources if event is not None else ()
    rows = []
    for chip in data.chips:
        classification = chip.classification(rule)
        row: list = [
            chip.name,
            chip.vendor,
            chip.launch_year,
            yes if chip.datacenter else no,
            yes if chip.domestic_chinese else no,
            chip.tpp_throughput,
            chip.tpp_bits,
            chip.tpp,
        ]
        if with_area:
            row.append(chip.die_area_mm2)
        row += [
            chip_y(chip, rule),
            status_name(words, classification.status),
            by_thresholds if status_by_the_thresholds(chip, rule) else by_sources,
            reason_text(words, formatter, classification),
            clause_text(words, classification),
            yes if position_is_uncertain(chip, rule) else no,
            chip.caveat(language) or "",
            in_turn(words, publishers(chip.sources, writing)),
        ]
        rows.append(tuple(row))
    your_chip = placed_chip(state)
    if your_chip is not None:
        specs = your_chip.specs
        classification = classify(rule, specs)
        row = [
            your_chip_label(words, your_chip.name),
            "",
            None,
            yes if specs.datacenter else no,
            no,
            None,  # the classifier may take a TPP as it is, without its two factors
            None,
            specs.tpp,
        ]
        if with_area:
            row.append(specs.die_area_mm2)
        row += [
            specs_y(specs, rule),
            status_name(words, classification.status),
            by_thresholds,
            reason_text(words, formatter, classification),
            clause_text(words, classification),
            no,
            words.translate("ChipControlsFigures", "Figures entered in the classifier"),
            "",
        ]
        rows.append(tuple(row))
    columns = [
        Column("chip", words.translate("ChipControlsFigures", "Chip")),
        Column("maker", words.translate("ChipControlsFigures", "Maker")),
        Column(
            "launch_year",
            words.translate("ChipControlsFigures", "Launch year"),
            ColumnKind.NUMBER,
            0,
        ),
        Column("datacenter", words.translate("ChipControlsFigures", "Designed for datacenters")),
        Column("chinese", words.translate("ChipControlsFigures", "Chinese chip")),
        Column(
            "throughput",
            words.translate("ChipControlsFigures", "Dense throughput (TOPS or TFLOPS)"),
            ColumnKind.NUMBER,
        ),
        Column(
            "bit_length", words.translate("ChipControlsFigures", "Bit length"), ColumnKind.NUMBER, 0
        ),
        Column("tpp", words.translate("ChipControlsFigures", "TPP"), ColumnKind.NUMBER),
    ]
    if with_area:
        columns.append(
            Column(
                "die_area",
                words.translate("ChipControlsFigures", "Die area (mm²)"),
                ColumnKind.NUMBER,
            )
        )
    columns += [
        Column(
            y_quantity.value,
            axis_title(words, y_quantity),
            ColumnKind.NUMBER,
            2 if with_area else None,
        ),
        Column(
            "status",
            fill(
                words.translate("ChipControlsFigures", "Status under the %1"),
                rule_name(words, rule),
            ),
        ),
        Column("status_basis", words.translate("ChipControlsFigures", "Status given by")),
        Column("reason", words.translate("ChipControlsFigures", "Why")),
        Column("clause", words.translate("ChipControlsFigures", "Clause")),
        Column(
            "approximate",
            words.translate("ChipControlsFigures", "Placed by an approximate figure"),
        ),
        Column("caveat", words.translate("ChipControlsFigures", "Caveat")),
        Column("sources", words.translate("ChipControlsFigures", "Sources")),
    ]
    notes = (
        *chip_map_notes(data, state, writing),
        fill(
            words.translate("ChipControlsFigures", "Thresholds: %1, %2."),
            rule_name(words, rule),
            rule_citation(data, rule),
        ),
        words.translate(
            "ChipControlsFigures",
            "The thresholds are as quoted in excerpts of the rules and in secondary sources "
            "(CSET, law firms); the full Federal Register texts were not read end to end.",
        ),
    )
    return ChartTable(
        CHIP_MAP_CHART_ID,
        language,
        chip_map_title(rule, writing),
        tuple(columns),
        tuple(rows),
        sources=writing.source_lines(
            cited([*(chip.sources for chip in data.chips), event_sources])
        ),
        notes=notes,
    )
