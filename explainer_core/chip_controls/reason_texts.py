"""Why a rule decides as it does, in words, in any language (no Qt): the reason with the
figures compared, the clause, what an undetermined status waits for, each test with its
outcome, and the lines of each rule. Same translation context as ``texts``
("ChipControlsTexts"): one vocabulary for the tab's screen and its files."""

from __future__ import annotations

import html
import re

from explainer_core.chip_controls import rules
from explainer_core.chip_controls.rules import (
    Check,
    Classification,
    Quantity,
    Reason,
    Relation,
    Rule,
    Status,
)
from explainer_core.chip_controls.texts import (
    bandwidth_text,
    density_text,
    quantity_threshold_text,
    quantity_value_text,
    rule_name,
    threshold_text,
    tpp_text,
    unknown_value,
)
from explainer_core.formatting import LocaleFormatter
from explainer_core.templates import fill
from explainer_core.words import Words

# --- reasons ------------------------------------------------------------------------------------


# The comparisons as the rules write them.
RELATION_SIGNS: dict[Relation, str] = {Relation.AT_LEAST: "≥", Relation.BELOW: "<"}


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
            "ChipControlsTexts",
            "TPP %1 ≥ %2 and chip-to-chip bandwidth %3 ≥ %4: both tests of %5 are met",
        ),
        Reason.INTERCONNECT_BELOW_600: words.translate(
            "ChipControlsTexts",
            "TPP %1 ≥ %2, but its chip-to-chip bandwidth, %3, is below %4: the rule needed both",
        ),
        Reason.TPP_BELOW_4800: words.translate(
            "ChipControlsTexts", "TPP %1 is below %2: not controlled, whatever its interconnect"
        ),
        Reason.BOTH_PRONGS_MISSED: words.translate(
            "ChipControlsTexts", "TPP %1 is below %2 and chip-to-chip bandwidth %3 below %4"
        ),
        Reason.INTERCONNECT_UNKNOWN: words.translate(
            "ChipControlsTexts",
            "TPP %1 ≥ %2, but its chip-to-chip bandwidth is not known: the test cannot be decided",
        ),
        Reason.INTERCONNECT_BELOW_600_TPP_UNKNOWN: words.translate(
            "ChipControlsTexts",
            "Chip-to-chip bandwidth %3 is below %4: not controlled, whatever its TPP",
        ),
    }
    if c.reason is Reason.TPP_UNKNOWN:
        if io is None:
            template = words.translate(
                "ChipControlsTexts",
                "Neither the TPP nor the chip-to-chip bandwidth is known: the test cannot be "
                "decided",
            )
        else:
            template = words.translate(
                "ChipControlsTexts",
                "Chip-to-chip bandwidth %3 ≥ %4, but the TPP is not known: the test cannot be "
                "decided",
            )
        return fill(template, tpp, tpp_line, io_shown, io_line)
    return fill(templates[c.reason], tpp, tpp_line, io_shown, io_line, rules.CLAUSE_2022)


def _reason_2023(words: Words, formatter: LocaleFormatter, c: Classification, tpp: str) -> str:
    density = _value(c, Quantity.PERFORMANCE_DENSITY)
    pd = density_text(formatter, density) if density is not None else ""
    clause = c.clause or ""
    if c.reason is Reason.TPP_AT_LEAST_4800:
        if c.status is Status.NOTIFICATION:
            template = words.translate(
                "ChipControlsTexts",
                "TPP %1 ≥ %2: %3 applies, but a chip not designed or marketed for "
                "datacenters needs only a notification",
            )
        else:
            template = words.translate("ChipControlsTexts", "TPP %1 ≥ %2: %3 applies")
        line = threshold_text(formatter, rules.TPP_THRESHOLD_3A090A1)
        return fill(template, tpp, line, clause)
    if c.reason is Reason.TPP_AND_DENSITY_AT_LEAST_A2:
        template = words.translate(
            "ChipControlsTexts", "TPP %1 ≥ %2 and performance density %3 ≥ %4: %5 applies"
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
            "ChipControlsTexts",
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
            "ChipControlsTexts",
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
            "ChipControlsTexts",
            "Not designed or marketed for datacenters and TPP %1 below %2: outside 3A090 (%3)",
        )
        return fill(template, tpp, threshold_text(formatter, rules.TPP_CEILING_NOTE_2), clause)
    if c.reason is Reason.TPP_UNKNOWN:
        return words.translate(
            "ChipControlsTexts",
            "The TPP is not known: every clause of 3A090 tests it, so none can apply",
        )
    if c.reason is Reason.DENSITY_UNKNOWN:
        template = words.translate(
            "ChipControlsTexts",
            "TPP %1 is below %2 and the die area is not known: the density tests cannot be decided",
        )
        return fill(template, tpp, threshold_text(formatter, rules.TPP_THRESHOLD_3A090A1))
    return _below_all_bands(words, formatter, tpp, pd)


def _below_all_bands(words: Words, formatter: LocaleFormatter, tpp: str, pd: str) -> str:
    if not pd:
        template = words.translate(
            "ChipControlsTexts", "TPP %1 is below %2, the lowest line of 3A090: outside 3A090"
        )
        return fill(template, tpp, threshold_text(formatter, rules.TPP_FLOOR_3A090A2))
    template = words.translate(
        "ChipControlsTexts",
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
            "ChipControlsTexts",
            "TPP %1 below %2 and memory bandwidth %3 below %4: the licence is reviewed case "
            "by case, for exports from the US (if the policy's other conditions are met)",
        ),
        Reason.TPP_AT_LEAST_21000: words.translate(
            "ChipControlsTexts", "TPP %1 ≥ %2: the licence review stays a presumption of denial"
        ),
        Reason.DRAM_AT_LEAST_6500: words.translate(
            "ChipControlsTexts",
            "Memory bandwidth %1 ≥ %2: the licence review stays a presumption of denial",
        ),
        Reason.ABOVE_BOTH_2026_LINES: words.translate(
            "ChipControlsTexts",
            "TPP %1 ≥ %2 and memory bandwidth %3 ≥ %4: the licence review stays a "
            "presumption of denial",
        ),
        Reason.NO_3A090_LICENCE: words.translate(
            "ChipControlsTexts",
            "Under the %1 it needs no 3A090 licence, so this policy does not concern it",
        ),
        Reason.DRAM_BANDWIDTH_UNKNOWN: words.translate(
            "ChipControlsTexts",
            "TPP %1 below %2, but the memory bandwidth is not known: the policy cannot be applied",
        ),
        Reason.OCTOBER_2023_UNDETERMINED: words.translate(
            "ChipControlsTexts",
            "Its status under the %1 is undetermined, so this policy cannot be applied",
        ),
    }
    if c.reason is Reason.DRAM_AT_LEAST_6500:
        return fill(templates[c.reason], dram_shown, dram_line)
    if c.reason in (Reason.NO_3A090_LICENCE, Reason.OCTOBER_2023_UNDETERMINED):
        return fill(templates[c.reason], rule_name(words, Rule.OCTOBER_2023))
    return fill(templates[c.reason], tpp, tpp_line, dram_shown, dram_line)


def clause_text(words: Words, classification: Classification) -> str:
    """The clause that decides, and any other met: ``Clause: 3A090.a.1 (also 3A090.a.2)``;
    "" for an undetermined status no clause is known to fit (the missing figure decides)."""
    if not classification.clauses:
        if classification.status is Status.UNDETERMINED:
            return ""
        return words.translate("ChipControlsTexts", "No clause of 3A090 applies")
    text = fill(words.translate("ChipControlsTexts", "Clause: %1"), classification.clauses[0])
    if len(classification.clauses) > 1:
        also = fill(
            words.translate("ChipControlsTexts", "(also %1)"),
            ", ".join(classification.clauses[1:]),
        )
        text += " " + also
    return text


def by_the_thresholds(words: Words) -> str:
    """Said of a status the fact base does not state: the app computed it."""
    return words.translate("ChipControlsTexts", "by the thresholds")


def missing_text(words: Words, classification: Classification) -> str:
    """What an undetermined status waits for: ``Cannot be decided without the TPP.``"""
    names = [missing_figure_name(words, quantity) for quantity in classification.missing]
    if not names:
        return ""
    if len(names) == 1:
        figures = names[0]
    else:
        figures = fill(
            words.translate("ChipControlsTexts", "%1 and %2"), ", ".join(names[:-1]), names[-1]
        )
    return fill(words.translate("ChipControlsTexts", "Cannot be decided without %1."), figures)


def missing_figure_name(words: Words, quantity: Quantity) -> str:
    names = {
        Quantity.TPP: words.translate("ChipControlsTexts", "the TPP"),
        # The density is worked out from the die area: that is the figure to find.
        Quantity.PERFORMANCE_DENSITY: words.translate(
            "ChipControlsTexts", "the die area (for the performance density)"
        ),
        Quantity.INTERCONNECT_GBPS: words.translate(
            "ChipControlsTexts", "the chip-to-chip bandwidth"
        ),
        Quantity.DRAM_BANDWIDTH_GBPS: words.translate("ChipControlsTexts", "the memory bandwidth"),
    }
    return names[quantity]


def quantity_name(words: Words, quantity: Quantity) -> str:
    """A figure's name in a test: ``performance density 19,45 ≥ 5,92``."""
    names = {
        Quantity.TPP: words.translate("ChipControlsTexts", "TPP"),
        Quantity.PERFORMANCE_DENSITY: words.translate("ChipControlsTexts", "performance density"),
        Quantity.INTERCONNECT_GBPS: words.translate("ChipControlsTexts", "chip-to-chip bandwidth"),
        Quantity.DRAM_BANDWIDTH_GBPS: words.translate("ChipControlsTexts", "memory bandwidth"),
    }
    return names[quantity]


def check_text(words: Words, formatter: LocaleFormatter, check: Check) -> str:
    """One test of a rule with its outcome: ``TPP 15 832 ≥ 4 800 (met)``."""
    if check.value is None:
        value = unknown_value(words, check.quantity)
    else:
        value = quantity_value_text(words, formatter, check.quantity, check.value)
    threshold = quantity_threshold_text(words, formatter, check.quantity, check.threshold)
    outcomes = {
        True: words.translate("ChipControlsTexts", "met"),
        False: words.translate("ChipControlsTexts", "not met"),
        None: words.translate("ChipControlsTexts", "cannot be decided"),
    }
    return fill(
        words.translate("ChipControlsTexts", "%1 %2 %3 %4 (%5)"),
        quantity_name(words, check.quantity),
        value,
        RELATION_SIGNS[check.relation],
        threshold,
        outcomes[check.met],
    )


def rule_lines(
    words: Words, formatter: LocaleFormatter, rule: Rule, heading: str | None = None
) -> str:
    """The lines a rule draws, from the rules' constants (rich text: ``heading``, by default
    the rule's name, in bold)."""

    def n(value: float) -> str:
        return threshold_text(formatter, value)

    if rule is Rule.OCTOBER_2022:
        return fill(
            words.translate(
                "ChipControlsTexts",
                "<b>%1</b>: licence if TPP ≥ %2 <i>and</i> chip-to-chip bandwidth ≥ %3.",
            ),
            heading or rule_name(words, rule),
            n(rules.TPP_THRESHOLD_2022),
            bandwidth_text(words, formatter, rules.INTERCONNECT_THRESHOLD_2022_GBPS),
        )
    if rule is Rule.OCTOBER_2023:
        return fill(
            words.translate(
                "ChipControlsTexts",
                "<b>%1</b>: licence (3A090.a) if TPP ≥ %2, or TPP ≥ %3 with a density ≥ %4; "
                "notification (3A090.b) if TPP is %5 to %2 with a density of %6 to %4, or "
                "TPP ≥ %3 with a density of %7 to %4. Chips not designed or marketed for "
                "datacenters: outside 3A090 below TPP %2, notification above.",
            ),
            heading or rule_name(words, rule),
            n(rules.TPP_THRESHOLD_3A090A1),
            n(rules.TPP_FLOOR_3A090A2),
            n(rules.PD_THRESHOLD_3A090A2),
            n(rules.TPP_FLOOR_3A090B1),
            n(rules.PD_FLOOR_3A090B1),
            n(rules.PD_FLOOR_3A090B2),
        )
    return fill(
        words.translate(
            "ChipControlsTexts",
            "<b>%1</b>: for chips that need a licence, case-by-case review if TPP is "
            "below %2 and memory bandwidth below %3.",
        ),
        heading or rule_name(words, rule),
        n(rules.TPP_CEILING_CASE_BY_CASE_2026),
        bandwidth_text(words, formatter, rules.DRAM_CEILING_CASE_BY_CASE_2026_GBPS),
    )


def plain_text(rich: str) -> str:
    """A short rich text (bold, italics, entities) as plain text, for the clipboard."""
    return html.unescape(re.sub(r"<[^>]+>", "", rich))
