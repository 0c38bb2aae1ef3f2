"""The export-controls tab's words: rules, statuses, reasons, zones, lanes and input errors.

Shared by the chip map, its details and the classifier, so that a status reads the same
everywhere. Every text goes through ``QCoreApplication.translate("ExportTexts", …)``
with literal strings (lupdate cannot see through a wrapper); every number is a
threshold from ``export_rules`` or a figure of the chip, formatted for the language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explainer_core.chip_controls import rules
from explainer_core.chip_controls.chip_form import FIELD_CEILINGS
from explainer_core.chip_controls.chip_map import ZoneKind
from explainer_core.chip_controls.figures import (
    bandwidth_decimals,
    density_decimals,
    threshold_decimals,
    tpp_decimals,
)
from explainer_core.chip_controls.rules import (
    Classification,
    InputError,
    InputField,
    Quantity,
    Reason,
    Rule,
    Status,
)
from explainer_core.data.export_controls import EventKind
from explainer_core.formatting import LocaleFormatter
from explainer_core.templates import fill

# --- figures ------------------------------------------------------------------------------------


def tpp_text(formatter: LocaleFormatter, value: float) -> str:
    """A TPP: whole when it is whole, never rounded onto a threshold it does not reach."""
    return formatter.number(value, tpp_decimals(value))


def density_text(formatter: LocaleFormatter, value: float) -> str:
    return formatter.number(value, density_decimals(value))


def bandwidth_number(formatter: LocaleFormatter, value: float) -> str:
    return formatter.number(value, bandwidth_decimals(value))


def threshold_text(formatter: LocaleFormatter, value: float) -> str:
    """A threshold as the rule writes it: 4 800, 5,92, 1,6."""
    return formatter.number(value, threshold_decimals(value))


def gbps(number_text: str) -> str:
    # A unit never starts a line: the space before it does not break.
    unit = QCoreApplication.translate("ExportTexts", "%1 GB/s").replace(" ", "\u00a0")
    return fill(unit, number_text)


def bandwidth_text(formatter: LocaleFormatter, value: float) -> str:
    return gbps(bandwidth_number(formatter, value))


def quantity_value_text(formatter: LocaleFormatter, quantity: Quantity, value: float) -> str:
    if quantity is Quantity.TPP:
        return tpp_text(formatter, value)
    if quantity is Quantity.PERFORMANCE_DENSITY:
        return density_text(formatter, value)
    return bandwidth_text(formatter, value)


def quantity_threshold_text(formatter: LocaleFormatter, quantity: Quantity, value: float) -> str:
    number = threshold_text(formatter, value)
    if quantity in (Quantity.INTERCONNECT_GBPS, Quantity.DRAM_BANDWIDTH_GBPS):
        return gbps(number)
    return number


def labelled(label: str, value: str) -> str:
    """``label: value`` with the language's punctuation (a space before the colon in French)."""
    return fill(QCoreApplication.translate("ExportTexts", "%1: %2"), label, value)


# --- names --------------------------------------------------------------------------------------


def rule_name(rule: Rule) -> str:
    names = {
        Rule.OCTOBER_2022: QCoreApplication.translate("ExportTexts", "October 2022 rule"),
        Rule.OCTOBER_2023: QCoreApplication.translate("ExportTexts", "October 2023 rule"),
        Rule.JANUARY_2026: QCoreApplication.translate("ExportTexts", "January 2026 policy"),
    }
    return names[rule]


def status_name(status: Status) -> str:
    names = {
        Status.LICENCE_REQUIRED: QCoreApplication.translate(
            "ExportTexts", "Licence required, presumption of denial"
        ),
        Status.NOTIFICATION: QCoreApplication.translate(
            "ExportTexts", "Notification only (License Exception NAC)"
        ),
        Status.NOT_CONTROLLED: QCoreApplication.translate("ExportTexts", "Not controlled"),
        Status.CASE_BY_CASE: QCoreApplication.translate(
            "ExportTexts", "Licence reviewed case by case"
        ),
        Status.PRESUMPTION_OF_DENIAL: QCoreApplication.translate(
            "ExportTexts", "Licence, still a presumption of denial"
        ),
        Status.NOT_APPLICABLE: QCoreApplication.translate(
            "ExportTexts", "Not concerned (no 3A090 licence needed)"
        ),
        Status.UNDETERMINED: QCoreApplication.translate(
            "ExportTexts", "Undetermined (a figure is missing)"
        ),
    }
    return names[status]


def kind_name(kind: EventKind) -> str:
    names = {
        EventKind.US_RULE: QCoreApplication.translate("ExportTexts", "US rule or licence decision"),
        EventKind.COMPANY_RESPONSE: QCoreApplication.translate("ExportTexts", "Company response"),
        EventKind.CHINESE_REACTION: QCoreApplication.translate("ExportTexts", "Chinese reaction"),
        EventKind.MARKET_EVENT: QCoreApplication.translate("ExportTexts", "Market event"),
    }
    return names[kind]


def axis_title(quantity: Quantity) -> str:
    titles = {
        Quantity.TPP: QCoreApplication.translate(
            "ExportTexts", "Total Processing Performance (TPP, log scale)"
        ),
        Quantity.PERFORMANCE_DENSITY: QCoreApplication.translate(
            "ExportTexts", "Performance density (TPP per mm² of die)"
        ),
        Quantity.INTERCONNECT_GBPS: QCoreApplication.translate(
            "ExportTexts", "Chip-to-chip bandwidth (GB/s)"
        ),
        Quantity.DRAM_BANDWIDTH_GBPS: QCoreApplication.translate(
            "ExportTexts", "Memory (DRAM) bandwidth (GB/s)"
        ),
    }
    return titles[quantity]


def threshold_label(formatter: LocaleFormatter, quantity: Quantity, value: float) -> str:
    """The label of a threshold line on the chip map: ``TPP 4 800``, ``5,92``, ``600 GB/s``."""
    if quantity is Quantity.TPP:
        return fill(
            QCoreApplication.translate("ExportTexts", "TPP %1"), threshold_text(formatter, value)
        )
    return quantity_threshold_text(formatter, quantity, value)


def zone_label(kind: ZoneKind, formatter: LocaleFormatter) -> str:
    note_2_line = threshold_text(formatter, rules.TPP_CEILING_NOTE_2)
    labels = {
        ZoneKind.LICENCE_3A090A: QCoreApplication.translate(
            "ExportTexts", "3A090.a: licence, presumption of denial"
        ),
        ZoneKind.NOTIFICATION_3A090B: QCoreApplication.translate(
            "ExportTexts", "3A090.b: notification"
        ),
        ZoneKind.OUTSIDE_3A090: QCoreApplication.translate("ExportTexts", "Outside 3A090"),
        ZoneKind.NOTE_2: fill(
            QCoreApplication.translate(
                "ExportTexts",
                "Hatched: chips not made for\ndatacenters, below TPP %1,\n"
                "are outside 3A090 (Note 2)",
            ),
            note_2_line,
        ),
        ZoneKind.CONTROLLED_2022: QCoreApplication.translate(
            "ExportTexts", "3A090.a: licence required"
        ),
        ZoneKind.NOT_CONTROLLED_2022: QCoreApplication.translate("ExportTexts", "Not controlled"),
        ZoneKind.CASE_BY_CASE_2026: QCoreApplication.translate(
            "ExportTexts", "Case-by-case review (exports from the US)"
        ),
        ZoneKind.PRESUMPTION_2026: QCoreApplication.translate(
            "ExportTexts", "Presumption of denial remains"
        ),
    }
    return labels[kind]


# --- reasons ------------------------------------------------------------------------------------


def _value(classification: Classification, quantity: Quantity) -> float | None:
    return next(
        (check.value for check in classification.checks if check.quantity is quantity), None
    )


def reason_text(classification: Classification, formatter: LocaleFormatter) -> str:
    """Why the rule gives this status, in a plain sentence with the figures compared."""
    tpp = _value(classification, Quantity.TPP)
    tpp_shown = tpp_text(formatter, tpp) if tpp is not None else ""
    if classification.rule is Rule.OCTOBER_2022:
        return _reason_2022(classification, formatter, tpp_shown)
    if classification.rule is Rule.OCTOBER_2023:
        return _reason_2023(classification, formatter, tpp_shown)
    return _reason_2026(classification, formatter, tpp_shown)


def _reason_2022(c: Classification, formatter: LocaleFormatter, tpp: str) -> str:
    io = _value(c, Quantity.INTERCONNECT_GBPS)
    io_shown = bandwidth_text(formatter, io) if io is not None else ""
    tpp_line = threshold_text(formatter, rules.TPP_THRESHOLD_2022)
    io_line = bandwidth_text(formatter, rules.INTERCONNECT_THRESHOLD_2022_GBPS)
    templates = {
        Reason.BOTH_PRONGS_MET: QCoreApplication.translate(
            "ExportTexts",
            "TPP %1 ≥ %2 and chip-to-chip bandwidth %3 ≥ %4: both tests of %5 are met",
        ),
        Reason.INTERCONNECT_BELOW_600: QCoreApplication.translate(
            "ExportTexts",
            "TPP %1 ≥ %2, but its chip-to-chip bandwidth, %3, is below %4: the rule needed both",
        ),
        Reason.TPP_BELOW_4800: QCoreApplication.translate(
            "ExportTexts", "TPP %1 is below %2: not controlled, whatever its interconnect"
        ),
        Reason.BOTH_PRONGS_MISSED: QCoreApplication.translate(
            "ExportTexts", "TPP %1 is below %2 and chip-to-chip bandwidth %3 below %4"
        ),
        Reason.INTERCONNECT_UNKNOWN: QCoreApplication.translate(
            "ExportTexts",
            "TPP %1 ≥ %2, but its chip-to-chip bandwidth is not known: the test cannot be decided",
        ),
    }
    return fill(templates[c.reason], tpp, tpp_line, io_shown, io_line, rules.CLAUSE_2022)


def _reason_2023(c: Classification, formatter: LocaleFormatter, tpp: str) -> str:
    density = _value(c, Quantity.PERFORMANCE_DENSITY)
    pd = density_text(formatter, density) if density is not None else ""
    clause = c.clause or ""
    if c.reason is Reason.TPP_AT_LEAST_4800:
        if c.status is Status.NOTIFICATION:
            template = QCoreApplication.translate(
                "ExportTexts",
                "TPP %1 ≥ %2: %3 applies, but a chip not designed or marketed for "
                "datacenters needs only a notification",
            )
        else:
            template = QCoreApplication.translate("ExportTexts", "TPP %1 ≥ %2: %3 applies")
        line = threshold_text(formatter, rules.TPP_THRESHOLD_3A090A1)
        return fill(template, tpp, line, clause)
    if c.reason is Reason.TPP_AND_DENSITY_AT_LEAST_A2:
        template = QCoreApplication.translate(
            "ExportTexts", "TPP %1 ≥ %2 and performance density %3 ≥ %4: %5 applies"
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
        template = QCoreApplication.translate(
            "ExportTexts",
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
        template = QCoreApplication.translate(
            "ExportTexts",
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
        template = QCoreApplication.translate(
            "ExportTexts",
            "Not designed or marketed for datacenters and TPP %1 below %2: outside 3A090 (%3)",
        )
        return fill(template, tpp, threshold_text(formatter, rules.TPP_CEILING_NOTE_2), clause)
    if c.reason is Reason.DENSITY_UNKNOWN:
        template = QCoreApplication.translate(
            "ExportTexts",
            "TPP %1 is below %2 and the die area is not known: the density tests cannot be decided",
        )
        return fill(template, tpp, threshold_text(formatter, rules.TPP_THRESHOLD_3A090A1))
    return _below_all_bands(formatter, tpp, pd)


def _below_all_bands(formatter: LocaleFormatter, tpp: str, pd: str) -> str:
    if not pd:
        template = QCoreApplication.translate(
            "ExportTexts", "TPP %1 is below %2, the lowest line of 3A090: outside 3A090"
        )
        return fill(template, tpp, threshold_text(formatter, rules.TPP_FLOOR_3A090A2))
    template = QCoreApplication.translate(
        "ExportTexts",
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


def _reason_2026(c: Classification, formatter: LocaleFormatter, tpp: str) -> str:
    dram = _value(c, Quantity.DRAM_BANDWIDTH_GBPS)
    dram_shown = bandwidth_text(formatter, dram) if dram is not None else ""
    tpp_line = threshold_text(formatter, rules.TPP_CEILING_CASE_BY_CASE_2026)
    dram_line = bandwidth_text(formatter, rules.DRAM_CEILING_CASE_BY_CASE_2026_GBPS)
    templates = {
        Reason.UNDER_BOTH_2026_LINES: QCoreApplication.translate(
            "ExportTexts",
            "TPP %1 below %2 and memory bandwidth %3 below %4: the licence is reviewed case "
            "by case, for exports from the US (if the policy's other conditions are met)",
        ),
        Reason.TPP_AT_LEAST_21000: QCoreApplication.translate(
            "ExportTexts", "TPP %1 ≥ %2: the licence review stays a presumption of denial"
        ),
        Reason.DRAM_AT_LEAST_6500: QCoreApplication.translate(
            "ExportTexts",
            "Memory bandwidth %1 ≥ %2: the licence review stays a presumption of denial",
        ),
        Reason.ABOVE_BOTH_2026_LINES: QCoreApplication.translate(
            "ExportTexts",
            "TPP %1 ≥ %2 and memory bandwidth %3 ≥ %4: the licence review stays a "
            "presumption of denial",
        ),
        Reason.NO_3A090_LICENCE: QCoreApplication.translate(
            "ExportTexts",
            "Under the %1 it needs no 3A090 licence, so this policy does not concern it",
        ),
        Reason.DRAM_BANDWIDTH_UNKNOWN: QCoreApplication.translate(
            "ExportTexts",
            "TPP %1 below %2, but the memory bandwidth is not known: the policy cannot be applied",
        ),
        Reason.OCTOBER_2023_UNDETERMINED: QCoreApplication.translate(
            "ExportTexts",
            "Its status under the %1 is undetermined, so this policy cannot be applied",
        ),
    }
    if c.reason is Reason.DRAM_AT_LEAST_6500:
        return fill(templates[c.reason], dram_shown, dram_line)
    if c.reason in (Reason.NO_3A090_LICENCE, Reason.OCTOBER_2023_UNDETERMINED):
        return fill(templates[c.reason], rule_name(Rule.OCTOBER_2023))
    return fill(templates[c.reason], tpp, tpp_line, dram_shown, dram_line)


def clause_text(classification: Classification) -> str:
    """The clause that decides, and any other met: ``Clause: 3A090.a.1 (also 3A090.a.2)``."""
    if not classification.clauses:
        return QCoreApplication.translate("ExportTexts", "No clause of 3A090 applies")
    text = fill(QCoreApplication.translate("ExportTexts", "Clause: %1"), classification.clauses[0])
    if len(classification.clauses) > 1:
        also = fill(
            QCoreApplication.translate("ExportTexts", "(also %1)"),
            ", ".join(classification.clauses[1:]),
        )
        text += " " + also
    return text


def by_the_thresholds() -> str:
    """Said of a status the fact base does not state: the app computed it."""
    return QCoreApplication.translate("ExportTexts", "by the thresholds")


# --- form input ---------------------------------------------------------------------------------


def input_error_text(error: InputError, field: InputField, formatter: LocaleFormatter) -> str:
    if error is InputError.EMPTY:
        if field is InputField.BIT_LENGTH:
            return QCoreApplication.translate("ExportTexts", "Choose or type a bit length.")
        return QCoreApplication.translate("ExportTexts", "Enter a value.")
    if error is InputError.NOT_A_NUMBER:
        mark = formatter.number(1.5, 1).strip("0123456789")  # the language's decimal mark
        return fill(
            QCoreApplication.translate(
                "ExportTexts", "Not a number: write digits, with “%1” as the decimal mark."
            ),
            mark,
        )
    if error is InputError.NEGATIVE:
        return QCoreApplication.translate("ExportTexts", "Must not be negative.")
    if error is InputError.ZERO:
        return QCoreApplication.translate("ExportTexts", "Must be more than zero.")
    if error is InputError.ABSURD:
        ceiling = formatter.number(FIELD_CEILINGS[field])
        return fill(
            QCoreApplication.translate("ExportTexts", "Beyond any real chip: at most %1."), ceiling
        )
    lengths = ", ".join(str(bits) for bits in rules.BIT_LENGTHS)
    return fill(
        QCoreApplication.translate(
            "ExportTexts", "Unknown bit length: use FP16, BF16, FP8, INT8 or %1."
        ),
        lengths,
    )
