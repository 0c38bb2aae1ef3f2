"""The rules timeline of the chip export controls tab: its lanes, which event brought in each
rule, its span, and short citations (pure Python, no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from explainer_core.chip_controls.rules import Rule
from explainer_core.data.export_controls import EventKind, RuleEvent

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
