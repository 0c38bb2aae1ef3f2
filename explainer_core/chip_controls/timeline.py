"""The rules timeline of the chip export controls tab: its lanes, which event brought in each
rule and which rule was in force on a day, its span and zoom, moving from event to event,
and short citations (pure Python, no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

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


# The rules in the order they came (the map's rule switch, each chip's details).
RULE_ORDER: tuple[Rule, ...] = (Rule.OCTOBER_2022, Rule.OCTOBER_2023, Rule.JANUARY_2026)

TIMELINE_PADDING_DAYS = 75  # room right of the latest marker, for its caption
MIN_TIMELINE_DAYS = 120  # the closest zoom: about four months across
LANE_TITLE_LONGEST = 18  # characters: a longer lane name goes on two lines


def lane_y(kind: EventKind) -> float:
    """The y coordinate of a lane: the first lane on top."""
    return float(len(LANES) - 1 - LANES.index(kind))


def rule_of_event(event_id: str) -> Rule | None:
    """The rule an event brought in, if it is one of the three the chip map shows."""
    for rule, rule_event in RULE_EVENT_IDS.items():
        if rule_event == event_id:
            return rule
    return None


def rule_in_force_on(day: date, events: Sequence[RuleEvent]) -> Rule:
    """The latest of the map's rules whose event came on or before ``day`` (the first rule
    before any of them)."""
    dates = {event.id: event.date for event in events}
    in_force = RULE_ORDER[0]
    for rule in RULE_ORDER:
        event_date = dates.get(RULE_EVENT_IDS[rule])
        if event_date is not None and event_date <= day:
            in_force = rule
    return in_force


def timeline_span(events: Sequence[RuleEvent], first: date) -> tuple[date, date]:
    """From ``first`` (the data's first year) to the latest entry."""
    last = max((event.date for event in events), default=first)
    return first, max(first, last)


def timeline_view_span(events: Sequence[RuleEvent], first: date) -> tuple[date, date]:
    """The dates the whole timeline shows: its span, with room after the latest event."""
    start, end = timeline_span(events, first)
    return start, end + timedelta(days=TIMELINE_PADDING_DAYS)


def lane_title_lines(text: str, longest: int = LANE_TITLE_LONGEST) -> str:
    """A long lane name on two lines, broken at the space nearest its middle, so that the
    axis stays narrow."""
    if len(text) <= longest or " " not in text:
        return text
    middle = len(text) / 2
    spaces = [index for index, char in enumerate(text) if char == " "]
    cut = min(spaces, key=lambda index: abs(index - middle))
    return text[:cut] + "\n" + text[cut + 1 :]


def stepped_event_id(events: Sequence[RuleEvent], current: str | None, step: int) -> str | None:
    """The event ``step`` places after ``current`` (before, if negative), stopping at either
    end; from no event, a step forward goes to the first one."""
    ids = [event.id for event in events]
    if not ids:
        return None
    position = ids.index(current) if current in ids else -1
    return ids[min(max(position + step, 0), len(ids) - 1)]


def event_position(events: Sequence[RuleEvent], event_id: str) -> tuple[int, int]:
    """``(n, count)``: the event is the n-th (from 1) of ``count``, in date order."""
    ids = [event.id for event in events]
    return ids.index(event_id) + 1, len(ids)


def event_for_item(events: Sequence[RuleEvent], item: str) -> RuleEvent | None:
    """The event a claim's chart item names: by id, or the event nearest an ISO date."""
    wanted = item.strip()
    if not wanted or not events:
        return None
    by_id = next((event for event in events if event.id.casefold() == wanted.casefold()), None)
    if by_id is not None:
        return by_id
    try:
        day = date.fromisoformat(wanted)
    except ValueError:
        return None
    return min(events, key=lambda event: abs((event.date - day).days))


def short_citation(citation: str) -> str:
    """The reference itself, without the fact base's remarks: ``87 FR 62186 (published …)``
    → ``87 FR 62186``."""
    for separator in (" (", ";", " - "):
        citation = citation.split(separator, 1)[0]
    return citation.strip()
