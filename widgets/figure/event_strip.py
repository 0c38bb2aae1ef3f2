"""The strip above a plot where vertical rules (events) are named.

Labels are stacked in rows so they never overlap, each joined to its rule by the rule
itself, drawn up to the label (``explainer_core.layout.rows``). A figure names every event
it draws: when the names cannot all be shown so, numbers stand in for them and the names
go to the notes ("1 DeepSeek-V3 · 2 …"); when even numbers cannot be joined to rules that
close together, they go without leaders, each over its rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from explainer_core.figure import Plot, Rule
from explainer_core.layout.label_placement import Box
from explainer_core.layout.rows import PlacedRowLabel, RowLabel, stack_in_rows
from widgets.figure.area_layout import rule_stroke
from widgets.figure.scales import AxisMap
from widgets.figure.shapes import PlacedText, Polyline
from widgets.figure.style import TextRole
from widgets.figure.typesetting import TextSetter

LABEL_GAP = 12.0  # between two labels of a row
ROW_GAP = 3.0
STRIP_GAP = 4.0  # between the strip and what is below it


@dataclass(frozen=True)
class EventLabel:
    rule: Rule
    text: str
    spot: PlacedRowLabel


@dataclass(frozen=True)
class EventStrip:
    labels: tuple[EventLabel, ...]
    rows: int
    key: str  # "1 label · 2 label": the events' names, when numbers stand for them
    leaders: bool  # whether the labels are joined to their rules

    def height(self, setter: TextSetter) -> float:
        if not self.rows:
            return 0.0
        return self.rows * (setter.line_height(TextRole.RULE) + ROW_GAP) + STRIP_GAP


def _numbered_key(labels: Sequence[tuple[Rule, str]]) -> str:
    return " · ".join(f"{number}\u00a0{text}" for number, (_rule, text) in enumerate(labels, 1))


def plan_event_strip(
    plot: Plot, x_map: AxisMap, setter: TextSetter, bounds: tuple[float, float]
) -> EventStrip:
    """Where the labels of the plot's vertical rules go, inside ``bounds``."""
    rules = sorted(
        (mark for mark in plot.marks if isinstance(mark, Rule) and mark.axis == "x" and mark.label),
        key=lambda rule: x_map(rule.value),
    )
    if not rules:
        return EventStrip((), 0, "", False)
    named = [(rule, rule.label.replace("\n", " ")) for rule in rules]
    numbered = [(rule, str(number)) for number, (rule, _) in enumerate(named, 1)]
    key = _numbered_key(named)
    max_rows = setter.style.event_max_rows
    attempts = (
        (named, "", max_rows, True),
        (numbered, key, max_rows, True),
        (named, "", max_rows, False),
        (numbered, key, len(rules), False),  # one label per row at worst: always fits
    )
    for texts, attempt_key, rows, leaders in attempts:
        labels = [
            RowLabel(setter.width(TextRole.RULE, text, bold=rule.emphasised), x_map(rule.value))
            for rule, text in texts
        ]
        spots = stack_in_rows(labels, LABEL_GAP, rows, bounds, leaders)
        if spots is not None:
            events = tuple(
                EventLabel(rule, text, spot)
                for (rule, text), spot in zip(texts, spots, strict=True)
            )
            return EventStrip(events, max(spot.row for spot in spots) + 1, attempt_key, leaders)
    raise AssertionError("one label per row always fits")


def lay_out_event_strip(
    strip: EventStrip, area: Box, bottom: float, x_map: AxisMap, setter: TextSetter
) -> tuple[list[Polyline], list[PlacedText]]:
    """The labels in their rows above ``bottom``, and their rules across the data ``area``
    (up to each label when it has a leader)."""
    row_pitch = setter.line_height(TextRole.RULE) + ROW_GAP
    strip_bottom = bottom - STRIP_GAP
    rules, texts = [], []
    for event in strip.labels:
        rule = event.rule
        spec = setter.spec(TextRole.RULE, rule.emphasised)
        top = strip_bottom - (event.spot.row + 1) * row_pitch + ROW_GAP
        colour = rule.colour if rule.emphasised and rule.colour else None
        text = setter.place(TextRole.RULE, [event.text], event.spot.left, top, 0.0, colour, spec)
        texts.append(text)
        x = x_map(rule.value)
        end = text.box.bottom + 1.0 if strip.leaders else area.top
        rules.append(Polyline(((x, area.bottom), (x, end)), rule_stroke(rule, setter.style.rule)))
    return rules, texts
