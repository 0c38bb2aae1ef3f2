"""The rules timeline as a figure and a table, in any language (no Qt): every event of the
export-controls timeline, one lane per kind, from the first measures against Huawei to the
latest entry.

Thirty-six markers cannot all carry their titles at a legible size, and a key of all their
titles would leave a square figure no room for its plot. So the figure NAMES the events the
app's story turns on (the three rules whose thresholds the chip map draws, and the events
that concern the chip DeepSeek trained V3 on) and NUMBERS the others in date order, with a
key of their titles in the notes: every marker is labelled, and every label is explained
in the figure itself.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from explainer_core.charts import Writing
from explainer_core.chip_controls.chart_states import TimelineState
from explainer_core.chip_controls.chip_map import DEEPSEEK_CHIP_ID
from explainer_core.chip_controls.figure_sources import cited, publishers
from explainer_core.chip_controls.styles import EVENT_KIND_STYLES
from explainer_core.chip_controls.texts import in_turn, kind_name, labelled, rule_name
from explainer_core.chip_controls.timeline import (
    LANES,
    RULE_EVENT_IDS,
    rule_of_event,
    timeline_span,
    timeline_view_span,
)
from explainer_core.data.export_controls import (
    FIRST_DATE,
    EventKind,
    ExportControlsData,
    RuleEvent,
)
from explainer_core.figure import (
    Axis,
    Category,
    Dash,
    Figure,
    Grid,
    LabelPreference,
    Plot,
    Point,
    Points,
    Ring,
    date_value,
)
from explainer_core.figure import Rule as RuleLine  # a line across the plot, not an export rule
from explainer_core.figure.table import ChartTable, Column, ColumnKind
from explainer_core.figure.tick_levels import date_levels
from explainer_core.templates import fill

TIMELINE_CHART_ID = "export-rules-timeline"
MARKER_SIZE = 11.0
RING_RADIUS = 11.0
KEY_SEPARATOR = " · "  # between entries of the key: no French spacing rule applies to it


@dataclass(frozen=True)
class EventLabel:
    """How the figure labels one event: by name beside its marker, or by a number that the
    key in the notes resolves."""

    event: RuleEvent
    text: str  # the name, or the number as text
    number: int | None = None  # its number in the key; None for a named event
    # A rule of the chip map: named above the plot, on a line across every lane, since
    # the rule holds for every event after it (until the next).
    across: bool = False


def named_event_ids(data: ExportControlsData) -> tuple[str, ...]:
    """The events the figure names, in date order: the three rules whose thresholds the chip
    map draws, and the events that concern DeepSeek's chip (the H800)."""
    wanted = set(RULE_EVENT_IDS.values()) | {
        event.id for event in data.events_for_chip(DEEPSEEK_CHIP_ID)
    }
    return tuple(event.id for event in data.events if event.id in wanted)


def event_labels(data: ExportControlsData, writing: Writing) -> tuple[EventLabel, ...]:
    """Every event's label, in date order: a rule by its short name (as on the screen's
    timeline), another named event by its title, the others numbered from 1."""
    named = set(named_event_ids(data))
    labels = []
    number = 0
    for event in data.events:
        rule = rule_of_event(event.id)
        if rule is not None:
            labels.append(EventLabel(event, rule_name(writing.words, rule), across=True))
        elif event.id in named:
            labels.append(EventLabel(event, event.title(writing.language)))
        else:
            number += 1
            labels.append(EventLabel(event, writing.formatter.number(number), number))
    return tuple(labels)


def timeline_figure(data: ExportControlsData, state: TimelineState, writing: Writing) -> Figure:
    formatter, language = writing.formatter, writing.language
    labels = event_labels(data, writing)
    first, last = timeline_view_span(data.events, FIRST_DATE)  # as on screen
    points = []
    lines = []
    rings = []
    for label in labels:
        event = label.event
        shape, colour = EVENT_KIND_STYLES[event.kind]
        x = date_value(event.date)
        highlighted = event.id == state.highlighted
        if label.across:
            lines.append(RuleLine("x", x, label.text, dash=Dash.DASHED))
        points.append(
            Point(
                x,
                event.kind.value,
                "" if label.across else label.text,
                colour,
                shape,
                hollow=event.reported,
                # Named events stand out (a bold name, a larger marker): a number beside
                # them then never reads as part of their name.
                emphasised=highlighted or label.number is None,
                series=event.kind.value,
                name=event.title(language),
            )
        )
        if highlighted:
            rings.append(Ring(x, event.kind.value, heavy=True, radius=RING_RADIUS))
    levels = date_levels(first, last, formatter.month_abbreviation, formatter.day_and_month)
    plot = Plot(
        Axis.dates(first, last, levels, grid=Grid.AT_TICKS),
        Axis.category(
            [Category(kind.value, name) for kind, name in lane_names(writing)],
            grid=Grid.BETWEEN_CATEGORIES,
        ),
        (
            *lines,
            Points(tuple(points), MARKER_SIZE, LabelPreference.ABOVE, spread=True),
            *rings,
        ),
    )
    return Figure(
        (plot,),
        title=timeline_title(data, writing),
        subtitle=_subtitle(data, state, writing),
        notes=_notes(labels, writing),
        source=timeline_source(data, writing),
        description=_description(data, labels, writing),
        language=language,
        figure_id=TIMELINE_CHART_ID,
    )


# -- the texts the screen shows too (its chart panel's title, source, lanes) -------------------


def timeline_title(data: ExportControlsData, writing: Writing) -> str:
    first, last = timeline_span(data.events, FIRST_DATE)
    return fill(
        writing.words.translate("ChipControlsFigures", "US export controls on AI chips, %1 to %2"),
        str(first.year),
        str(last.year),
    )


def lanes_sentence(writing: Writing) -> str:
    """How to read the lanes and markers: the subtitle's first sentence."""
    return writing.words.translate(
        "ChipControlsFigures",
        "One lane per kind of event; hollow markers: reported in the media, with no official text.",
    )


def timeline_source(data: ExportControlsData, writing: Writing) -> str:
    return fill(
        writing.words.translate(
            "ChipControlsFigures",
            "Sources: the Federal Register, BIS, company filings and the press "
            "(%1 sources, listed event by event in the data table).",
        ),
        writing.formatter.number(len(cited(event.sources for event in data.events))),
    )


def lane_names(writing: Writing) -> list[tuple[EventKind, str]]:
    """The lanes, top to bottom, with their names."""
    return [(kind, kind_name(writing.words, kind)) for kind in LANES]


# -- the figure's own texts ------------------------------------------------------------------------


def _subtitle(data: ExportControlsData, state: TimelineState, writing: Writing) -> str:
    words = writing.words
    parts = [
        lanes_sentence(writing),
        fill(
            words.translate(
                "ChipControlsFigures",
                "Named: the three rules that set the chip thresholds (dashed lines) and the "
                "events that concern the %1, the chip DeepSeek trained V3 on; the others are "
                "numbered (key below).",
            ),
            data.chip(DEEPSEEK_CHIP_ID).name,
        ),
    ]
    # An id the data does not know (a claim's stale link) singles nothing out.
    if state.highlighted in {event.id for event in data.events}:
        event = data.event(state.highlighted)
        parts.append(
            fill(
                words.translate("ChipControlsFigures", "Ringed: “%1” (%2)."),
                event.title(writing.language),
                _event_date_text(event, writing),
            )
        )
    return " ".join(parts)


def _event_date_text(event: RuleEvent, writing: Writing) -> str:
    """The event's day, or its month alone where the sources give no day."""
    if event.date_approximate:
        return writing.formatter.month_name_and_year(event.date)
    return writing.formatter.date(event.date)


def _notes(labels: tuple[EventLabel, ...], writing: Writing) -> tuple[str, ...]:
    words, language = writing.words, writing.language
    notes = []
    numbered = [label for label in labels if label.number is not None]
    if numbered:
        key = KEY_SEPARATOR.join(
            f"{label.text}\u00a0{label.event.title(language)}" for label in numbered
        )
        notes.append(fill(words.translate("ChipControlsFigures", "Numbered events: %1"), key))
    approximate = [label for label in labels if label.event.date_approximate]
    if approximate:
        notes.append(
            fill(
                words.translate(
                    "ChipControlsFigures",
                    "Exact day not known, marker placed on an approximate day: %1.",
                ),
                KEY_SEPARATOR.join(
                    f"{_label_reference(label, writing)} ({_event_date_text(label.event, writing)})"
                    for label in approximate
                ),
            )
        )
    return tuple(notes)


def _label_reference(label: EventLabel, writing: Writing) -> str:
    """How a note names an event: its label, or its number and title."""
    if label.number is None:
        return label.text
    return f"{label.text}\u00a0{label.event.title(writing.language)}"


def _description(data: ExportControlsData, labels: tuple[EventLabel, ...], writing: Writing) -> str:
    words, formatter = writing.words, writing.formatter
    counts = Counter(event.kind for event in data.events)
    by_kind = ", ".join(
        labelled(words, kind_name(words, kind), formatter.number(counts[kind])) for kind in LANES
    )
    named = in_turn(
        words,
        [
            f"{label.text} ({_event_date_text(label.event, writing)})"
            for label in labels
            if label.number is None
        ],
    )
    dates = [event.date for event in data.events]
    return fill(
        words.translate(
            "ChipControlsFigures",
            "Timeline of %1 events of the US export controls on AI chips, from %2 to %3, one "
            "lane per kind (%4); %5 rest on media reports with no official text. Named: %6.",
        ),
        formatter.number(len(data.events)),
        formatter.date(min(dates)) if dates else "",
        formatter.date(max(dates)) if dates else "",
        by_kind,
        formatter.number(sum(event.reported for event in data.events)),
        named,
    )


def timeline_table(data: ExportControlsData, state: TimelineState, writing: Writing) -> ChartTable:
    """Every event the figure draws, in date order, with the label it has there."""
    words, language = writing.words, writing.language
    yes, no = (
        words.translate("ChipControlsFigures", "yes"),
        words.translate("ChipControlsFigures", "no"),
    )
    official = words.translate("ChipControlsFigures", "Official text")
    reported = words.translate("ChipControlsFigures", "Reported in the media, no official text")
    rows = []
    for label in event_labels(data, writing):
        event = label.event
        rows.append(
            (
                label.text,
                event.date,
                no if event.date_approximate else yes,
                kind_name(words, event.kind),
                event.title(language),
                reported if event.reported else official,
                event.authority_text(language),
                event.citation_text(language),
                yes if event.citation_verified else no,
                ", ".join(data.chip(chip_id).name for chip_id in event.chips),
                in_turn(words, publishers(event.sources, writing)),
            )
        )
    columns = (
        Column("label", words.translate("ChipControlsFigures", "Label in the figure")),
        Column("date", words.translate("ChipControlsFigures", "Date"), ColumnKind.DATE),
        Column("exact_day", words.translate("ChipControlsFigures", "Exact day known")),
        Column("kind", words.translate("ChipControlsFigures", "Kind")),
        Column("title", words.translate("ChipControlsFigures", "Event")),
        Column("official", words.translate("ChipControlsFigures", "Official or reported")),
        Column("authority", words.translate("ChipControlsFigures", "Authority")),
        Column("citation", words.translate("ChipControlsFigures", "Official reference")),
        Column("citation_verified", words.translate("ChipControlsFigures", "Reference verified")),
        Column("chips", words.translate("ChipControlsFigures", "Chips concerned")),
        Column("sources", words.translate("ChipControlsFigures", "Sources")),
    )
    return ChartTable(
        TIMELINE_CHART_ID,
        language,
        timeline_title(data, writing),
        columns,
        tuple(rows),
        sources=writing.source_lines(cited(event.sources for event in data.events)),
        notes=(
            words.translate(
                "ChipControlsFigures",
                "Reported: the event rests on media reports only; no official text has been "
                "published.",
            ),
            words.translate(
                "ChipControlsFigures",
                "Official references are as the sources give them; those marked as not "
                "verified could not be checked against the official text.",
            ),
        ),
    )
