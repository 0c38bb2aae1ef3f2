"""The export-controls figures' words, in the figure's language (no Qt): rules, statuses,
lanes, axes, zones, the figures of a chip and why a rule gives it its status.

The same English texts as the tab's screen words (``ui/chip_controls/texts.py``), so their
French and German translations carry over; written through ``Words`` with the literal
context "ChipControlsFigures" (lupdate reads it), for a figure whose language need not be
the interface's. Every number is a threshold from ``rules`` or a figure of the chip,
formatted by the figure's ``LocaleFormatter``.
"""

from __future__ import annotations

from collections.abc import Iterable

from explainer_core.chip_controls import rules
from explainer_core.chip_controls.chip_map import ZoneKind
from explainer_core.chip_controls.rules import Classification, Quantity, Reason, Rule, Status
from explainer_core.data.export_controls import EventKind
from explainer_core.formatting import LocaleFormatter
from explainer_core.precision import decimals_of, decimals_to_tell_apart, significant_decimals
from explainer_core.templates import fill
from explainer_core.words import Words

TPP_THRESHOLDS: tuple[float, ...] = (
    rules.TPP_THRESHOLD_2022,
    rules.TPP_THRESHOLD_3A090A1,
    rules.TPP_FLOOR_3A090A2,
    rules.TPP_FLOOR_3A090B1,
    rules.TPP_CEILING_CASE_BY_CASE_2026,
)
PD_THRESHOLDS: tuple[float, ...] = (
    rules.PD_THRESHOLD_3A090A2,
    rules.PD_FLOOR_3A090B1,
    rules.PD_FLOOR_3A090B2,
)
BANDWIDTH_THRESHOLDS: tuple[float, ...] = (
    rules.INTERCONNECT_THRESHOLD_2022_GBPS,
    rules.DRAM_CEILING_CASE_BY_CASE_2026_GBPS,
)
NO_BREAK_SPACE = "\u00a0"


# --- figures ------------------------------------------------------------------------------------


def tpp_text(formatter: LocaleFormatter, value: float) -> str:
    """A TPP: whole when it is whole, never rounded onto a threshold it does not reach."""
    decimals = decimals_to_tell_apart(value, TPP_THRESHOLDS, significant_decimals(value))
    return formatter.number(value, decimals)


def density_text(formatter: LocaleFormatter, value: float) -> str:
    return formatter.number(value, decimals_to_tell_apart(value, PD_THRESHOLDS, 2))


def threshold_text(formatter: LocaleFormatter, value: float) -> str:
    """A threshold as the rule writes it: 4 800, 5,92, 1,6."""
    return formatter.number(value, decimals_of(value))


def gbps(words: Words, number_text: str) -> str:
    # A unit never starts a line: the space before it does not break.
    unit = words.translate("ChipControlsFigures", "%1 GB/s").replace(" ", NO_BREAK_SPACE)
    return fill(unit, number_text)


def bandwidth_text(words: Words, formatter: LocaleFormatter, value: float) -> str:
    decimals = decimals_to_tell_apart(value, BANDWIDTH_THRESHOLDS, decimals_of(value, 1))
    return gbps(words, formatter.number(value, decimals))


def quantity_value_text(
    words: Words, formatter: LocaleFormatter, quantity: Quantity, value: float
) -> str:
    """A chip's figure for one of the rules' quantities, with its unit where it has one."""
    if quantity is Quantity.TPP:
        return tpp_text(formatter, value)
    if quantity is Quantity.PERFORMANCE_DENSITY:
        return density_text(formatter, value)
    return bandwidth_text(words, formatter, value)


def in_turn(words: Words, items: Iterable[str]) -> str:
    """Items one after the other, parted the language's way (``a; b``, ``a ; b`` in French)."""
    parts = list(items)
    if not parts:
        return ""
    separator = words.translate("ChipControlsFigures", "%1; %2")
    text = parts[0]
    for part in parts[1:]:
        text = fill(separator, text, part)
    return text


def labelled(words: Words, label: str, value: str) -> str:
    """``label: value`` with the language's punctuation (a space before the colon in French)."""
    return fill(words.translate("ChipControlsFigures", "%1: %2"), label, value)


# --- names --------------------------------------------------------------------------------------


def rule_name(words: Words, rule: Rule) -> str:
    names = {
        Rule.OCTOBER_2022: words.translate("ChipControlsFigures", "October 2022 rule"),
        Rule.OCTOBER_2023: words.translate("ChipControlsFigures", "October 2023 rule"),
        Rule.JANUARY_2026: words.translate("ChipControlsFigures", "January 2026 policy"),
    }
    return names[rule]


def status_name(words: Words, status: Status) -> str:
    names = {
        Status.LICENCE_REQUIRED: words.translate(
            "ChipControlsFigures", "Licence required, presumption of denial"
        ),
        Status.NOTIFICATION: words.translate(
            "ChipControlsFigures", "Notification only (License Exception NAC)"
        ),
        Status.NOT_CONTROLLED: words.translate("ChipControlsFigures", "Not controlled"),
        Status.CASE_BY_CASE: words.translate(
            "ChipControlsFigures", "Licence reviewed case by case"
        ),
        Status.PRESUMPTION_OF_DENIAL: words.translate(
            "ChipControlsFigures", "Licence, still a presumption of denial"
        ),
        Status.NOT_APPLICABLE: words.translate(
            "ChipControlsFigures", "Not concerned (no 3A090 licence needed)"
        ),
        Status.UNDETERMINED: words.translate(
            "ChipControlsFigures", "Undetermined (a figure is missing)"
        ),
    }
    return names[status]


def kind_name(words: Words, kind: EventKind) -> str:
    names = {
        EventKind.US_RULE: words.translate("ChipControlsFigures", "US rule or licence decision"),
        EventKind.COMPANY_RESPONSE: words.translate("ChipControlsFigures", "Company response"),
        EventKind.CHINESE_REACTION: words.translate("ChipControlsFigures", "Chinese reaction"),
        EventKind.MARKET_EVENT: words.translate("ChipControlsFigures", "Market event"),
    }
    return names[kind]


def axis_title(words: Words, quantity: Quantity) -> str:
    titles = {
        Quantity.TPP: words.translate(
            "ChipControlsFigures", "Total Processing Performance (TPP, log scale)"
        ),
        Quantity.PERFORMANCE_DENSITY: words.translate(
            "ChipControlsFigures", "Performance density (TPP per mm² of die)"
        ),
        Quantity.INTERCONNECT_GBPS: words.translate(
            "ChipControlsFigures", "Chip-to-chip bandwidth (GB/s)"
        ),
        Quantity.DRAM_BANDWIDTH_GBPS: words.translate(
            "ChipControlsFigures", "Memory (DRAM) bandwidth (GB/s)"
        ),
    }
    return titles[quantity]


def zone_label(words: Words, formatter: LocaleFormatter, kind: ZoneKind) -> str:
    note_2_line = threshold_text(formatter, rules.TPP_CEILING_NOTE_2)
    labels = {
        ZoneKind.LICENCE_3A090A: words.translate(
            "ChipControlsFigures", "3A090.a: licence, presumption of denial"
        ),
        ZoneKind.NOTIFICATION_3A090B: words.translate(
            "ChipControlsFigures", "3A090.b: notification"
        ),
        ZoneKind.OUTSIDE_3A090: words.translate("ChipControlsFigures", "Outside 3A090"),
        ZoneKind.NOTE_2: fill(
            words.translate(
                "ChipControlsFigures",
                "Hatched: chips not made for\ndatacenters, below TPP %1,\n"
                "are outside 3A090 (Note 2)",
            ),
            note_2_line,
        ),
        ZoneKind.CONTROLLED_2022: words.translate(
            "ChipControlsFigures", "3A090.a: licence required"
        ),
        ZoneKind.NOT_CONTROLLED_2022: words.translate("ChipControlsFigures", "Not controlled"),
        ZoneKind.CASE_BY_CASE_2026: words.translate(
            "ChipControlsFigures", "Case-by-case review (exports from the US)"
        ),
        ZoneKind.PRESUMPTION_2026: words.translate(
            "ChipControlsFigures", "Presumption of denial remains"
        ),
    }
    return labels[kind]


def clause_text(words: Words, classification: Classification) -> str:
    """The clause that decides, and any other met: ``Clause: 3A090.a.1 (also 3A090.a.2)``."""
    if not classification.clauses:
        return words.translate("ChipControlsFigures", "No clause of 3A090 applies")
    text = fill(words.translate("ChipControlsFigures", "Clause: %1"), classification.clauses[0])
    if len(classification.clauses) > 1:
        also = fill(
            words.translate("ChipControlsFigures", "(also %1)"),
            ", ".join(classification.clauses[1:]),
        )
        text += " " + also
    return text


# --- reasons ------------------------------------------------------------------------------------


def _value(classification: Classification, quantity: Quantity) -> float | None:
    return next(
        (check.value for check in classification.checks if check.quantity is quantity), None
    )


def reason_text(words: Words, formatter: LocaleFormatter, classification: Classification) -> str:
    """Why the rule gives this status, in a plain sentence with the figures compared."""
    tpp = _value(classification, Quantity.TPP)
    tpp_shown = tpp_text(formatter, tpp) if tpp is not None else ""
    if classification.rule is Rule.OCTOBER_2022:
        return _reason_2022(words, formatter, classification, tpp_shown)
    if classification.rule is Rule.OCTOBER_2023:
        return _reason_2023(words, formatter, classification, tpp_shown)
    return _reason_2026(words, formatter, classification, tpp_shown)


def _reason_2022(words: Words, formatter: LocaleFormatter, c: Classification, tpp: str) -> str:
    io = _value(c, Quantity.INTERCONNECT_GBPS)
    io_shown = bandwidth_text(words, formatter, io) if io is not None else ""
    tpp_line = threshold_text(formatter, rules.TPP_THRESHOLD_2022)
    io_line = bandwidth_text(words, formatter, rules.INTERCONNECT_THRESHOLD_2022_GBPS)
    templates = {
        Reason.BOTH_PRONGS_MET: words.translate(
            "ChipControlsFigures",
            "TPP %1 ≥ %2 and chip-to-chip bandwidth %3 ≥ %4: both tests of %5 are met",
        ),
        Reason.INTERCONNECT_BELOW_600: words.translate(
            "ChipControlsFigures",
            "TPP %1 ≥ %2, but its chip-to-chip bandwidth, %3, is below %4: the rule needed both",
        ),
        Reason.TPP_BELOW_4800: words.translate(
            "ChipControlsFigures",
            "TPP %1 is below %2: not controlled, whatever its interconnect",
        ),
        Reason.BOTH_PRONGS_MISSED: words.translate(
            "ChipControlsFigures", "TPP %1 is below %2 and chip-to-chip bandwidth %3 below %4"
        ),
        Reason.INTERCONNECT_UNKNOWN: words.translate(
            "ChipControlsFigures",
            "TPP %1 ≥ %2, but its chip-to-chip bandwidth is not known: the test cannot be decided",
        ),
    }
    return fill(templates[c.reason], tpp, tpp_line, io_shown, io_line, rules.CLAUSE_2022)


def _reason_2023(words: Words, formatter: LocaleFormatter, c: Classification, tpp: str) -> str:
    density = _value(c, Quantity.PERFORMANCE_DENSITY)
    pd = density_text(formatter, density) if density is not None else ""
    clause = c.clause or ""
    if c.reason is Reason.TPP_AT_LEAST_4800:
        if c.status is Status.NOTIFICATION:
            template = words.translate(
                "ChipControlsFigures",
                "TPP %1 ≥ %2: %3 applies, but a chip not designed or marketed for "
                "datacenters needs only a notification",
            )
        else:
            template = words.translate("ChipControlsFigures", "TPP %1 ≥ %2: %3 applies")
        line = threshold_text(formatter, rules.TPP_THRESHOLD_3A090A1)
        return fill(template, tpp, line, clause)
    if c.reason is Reason.TPP_AND_DENSITY_AT_LEAST_A2:
        template = words.translate(
            "ChipControlsFigures", "TPP %1 ≥ %2 and performance density %3 ≥ %4: %5 applies"
        )
        return fill(
            template,
            tpp,
            threshold_text(formatter, rules.TPP_FLOOR_3A090A2),
            pd,
            threshold_text(formatter, rules.PD_THRESHOLD_3A090A2),
            clause,
        )
    if c.reason is Reason.IN_NOTIFICATION_BAND_B1:
        template = words.translate(
            "ChipControlsFigures",
            "TPP %1 between %2 and %3, performance density %4 between %5 and %6: "
            "%7 applies (notification)",
        )
        return fill(
            template,
            tpp,
            threshold_text(formatter, rules.TPP_FLOOR_3A090B1),
            threshold_text(formatter, rules.TPP_CEILING_3A090B1),
            pd,
            threshold_text(formatter, rules.PD_FLOOR_3A090B1),
            threshold_text(formatter, rules.PD_CEILING_3A090B1),
            clause,
        )
    if c.reason is Reason.IN_NOTIFICATION_BAND_B2:
        template = words.translate(
            "ChipControlsFigures",
            "TPP %1 ≥ %2, performance density %3 between %4 and %5: %6 applies (notification)",
        )
        return fill(
            template,
            tpp,
            threshold_text(formatter, rules.TPP_FLOOR_3A090B2),
            pd,
            threshold_text(formatter, rules.PD_FLOOR_3A090B2),
            threshold_text(formatter, rules.PD_CEILING_3A090B2),
            clause,
        )
    if c.reason is Reason.NON_DATACENTER_BELOW_4800:
        template = words.translate(
            "ChipControlsFigures",
            "Not designed or marketed for datacenters and TPP %1 below %2: outside 3A090 (%3)",
        )
        return fill(template, tpp, threshold_text(formatter, rules.TPP_CEILING_NOTE_2), clause)
    if c.reason is Reason.DENSITY_UNKNOWN:
        template = words.translate(
            "ChipControlsFigures",
            "TPP %1 is below %2 and the die area is not known: the density tests cannot be decided",
        )
        return fill(template, tpp, threshold_text(formatter, rules.TPP_THRESHOLD_3A090A1))
    return _below_all_bands(words, formatter, tpp, pd)


def _below_all_bands(words: Words, formatter: LocaleFormatter, tpp: str, pd: str) -> str:
    if not pd:
        template = words.translate(
            "ChipControlsFigures", "TPP %1 is below %2, the lowest line of 3A090: outside 3A090"
        )
        return fill(template, tpp, threshold_text(formatter, rules.TPP_FLOOR_3A090A2))
    template = words.translate(
        "ChipControlsFigures",
        "TPP %1 and performance density %2 fall in no band: below %3 or, from TPP %4, "
        "density below %5 (from TPP %6, below %7)",
    )
    return fill(
        template,
        tpp,
        pd,
        threshold_text(formatter, rules.TPP_FLOOR_3A090A2),
        threshold_text(formatter, rules.TPP_FLOOR_3A090B2),
        threshold_text(formatter, rules.PD_FLOOR_3A090B2),
        threshold_text(formatter, rules.TPP_FLOOR_3A090B1),
        threshold_text(formatter, rules.PD_FLOOR_3A090B1),
    )


def _reason_2026(words: Words, formatter: LocaleFormatter, c: Classification, tpp: str) -> str:
    dram = _value(c, Quantity.DRAM_BANDWIDTH_GBPS)
    dram_shown = bandwidth_text(words, formatter, dram) if dram is not None else ""
    tpp_line = threshold_text(formatter, rules.TPP_CEILING_CASE_BY_CASE_2026)
    dram_line = bandwidth_text(words, formatter, rules.DRAM_CEILING_CASE_BY_CASE_2026_GBPS)
    templates = {
        Reason.UNDER_BOTH_2026_LINES: words.translate(
            "ChipControlsFigures",
            "TPP %1 below %2 and memory bandwidth %3 below %4: the licence is reviewed case "
            "by case, for exports from the US (if the policy's other conditions are met)",
        ),
        Reason.TPP_AT_LEAST_21000: words.translate(
            "ChipControlsFigures", "TPP %1 ≥ %2: the licence review stays a presumption of denial"
        ),
        Reason.DRAM_AT_LEAST_6500: words.translate(
            "ChipControlsFigures",
            "Memory bandwidth %1 ≥ %2: the licence review stays a presumption of denial",
        ),
        Reason.ABOVE_BOTH_2026_LINES: words.translate(
            "ChipControlsFigures",
            "TPP %1 ≥ %2 and memory bandwidth %3 ≥ %4: the licence review stays a "
            "presumption of denial",
        ),
        Reason.NO_3A090_LICENCE: words.translate(
            "ChipControlsFigures",
            "Under the %1 it needs no 3A090 licence, so this policy does not concern it",
        ),
        Reason.DRAM_BANDWIDTH_UNKNOWN: words.translate(
            "ChipControlsFigures",
            "TPP %1 below %2, but the memory bandwidth is not known: the policy cannot be applied",
        ),
        Reason.OCTOBER_2023_UNDETERMINED: words.translate(
            "ChipControlsFigures",
            "Its status under the %1 is undetermined, so this policy cannot be applied",
        ),
    }
    if c.reason is Reason.DRAM_AT_LEAST_6500:
        return fill(templates[c.reason], dram_shown, dram_line)
    if c.reason in (Reason.NO_3A090_LICENCE, Reason.OCTOBER_2023_UNDETERMINED):
        return fill(templates[c.reason], rule_name(words, Rule.OCTOBER_2023))
    return fill(templates[c.reason], tpp, tpp_line, dram_shown, dram_line)
