"""The export-controls tab's words: figures, rules, statuses, zones, lanes and input errors
(why a rule decides as it does: ``reason_texts``).

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
from explainer_core.chip_controls.decimals import (
    bandwidth_decimals,
    density_decimals,
    threshold_decimals,
    tpp_decimals,
)
from explainer_core.chip_controls.rules import (
    InputError,
    InputField,
    Quantity,
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


def unknown_value(quantity: Quantity) -> str:
    """In place of a figure nobody knows (the word agrees with the figure in French)."""
    words = {
        Quantity.TPP: QCoreApplication.translate("ExportTexts", "unknown", "the TPP"),
        Quantity.PERFORMANCE_DENSITY: QCoreApplication.translate(
            "ExportTexts", "unknown", "the performance density"
        ),
        Quantity.INTERCONNECT_GBPS: QCoreApplication.translate(
            "ExportTexts", "unknown", "a bandwidth"
        ),
        Quantity.DRAM_BANDWIDTH_GBPS: QCoreApplication.translate(
            "ExportTexts", "unknown", "a bandwidth"
        ),
    }
    return words[quantity]


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
