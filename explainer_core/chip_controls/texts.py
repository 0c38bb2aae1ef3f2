"""The export-controls tab's words, in any language (no Qt): figures, rules, statuses, kinds
of chip and of event, axes, zones and input errors (why a rule decides as it does:
``reason_texts``).

One vocabulary for the screen and the files, so that a status reads the same on the chip
map, in a chip's details, in the classifier and in an exported figure or table. The
screen passes the interface's ``Words`` (``LanguageService.words``), a builder the
figure's. Every text is looked up with the literal context "ChipControlsTexts" (lupdate
reads it); every number is a threshold from ``rules`` or a figure of the chip, formatted
by the language's ``LocaleFormatter``.
"""

from __future__ import annotations

from collections.abc import Iterable

from explainer_core.chip_controls import rules
from explainer_core.chip_controls.chip_form import FIELD_CEILINGS
from explainer_core.chip_controls.chip_map import ChipKind, ZoneKind
from explainer_core.chip_controls.decimals import (
    bandwidth_decimals,
    density_decimals,
    threshold_decimals,
    tpp_decimals,
)
from explainer_core.chip_controls.rules import InputError, InputField, Quantity, Rule, Status
from explainer_core.data.export_controls import EventKind
from explainer_core.formatting import LocaleFormatter
from explainer_core.templates import fill
from explainer_core.words import Words

NO_BREAK_SPACE = "\u00a0"

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


def gbps(words: Words, number_text: str) -> str:
    # A unit never starts a line: the space before it does not break.
    unit = words.translate("ChipControlsTexts", "%1 GB/s").replace(" ", NO_BREAK_SPACE)
    return fill(unit, number_text)


def bandwidth_text(words: Words, formatter: LocaleFormatter, value: float) -> str:
    return gbps(words, bandwidth_number(formatter, value))


def quantity_value_text(
    words: Words, formatter: LocaleFormatter, quantity: Quantity, value: float
) -> str:
    """A chip's figure for one of the rules' quantities, with its unit where it has one."""
    if quantity is Quantity.TPP:
        return tpp_text(formatter, value)
    if quantity is Quantity.PERFORMANCE_DENSITY:
        return density_text(formatter, value)
    return bandwidth_text(words, formatter, value)


def quantity_threshold_text(
    words: Words, formatter: LocaleFormatter, quantity: Quantity, value: float
) -> str:
    number = threshold_text(formatter, value)
    if quantity in (Quantity.INTERCONNECT_GBPS, Quantity.DRAM_BANDWIDTH_GBPS):
        return gbps(words, number)
    return number


def threshold_label(
    words: Words, formatter: LocaleFormatter, quantity: Quantity, value: float
) -> str:
    """The label of a threshold line: ``TPP 4 800``, ``5,92``, ``600 GB/s``."""
    if quantity is Quantity.TPP:
        return fill(
            words.translate("ChipControlsTexts", "TPP %1"), threshold_text(formatter, value)
        )
    return quantity_threshold_text(words, formatter, quantity, value)


def labelled(words: Words, label: str, value: str) -> str:
    """``label: value`` with the language's punctuation (a space before the colon in French)."""
    return fill(words.translate("ChipControlsTexts", "%1: %2"), label, value)


def in_turn(words: Words, items: Iterable[str]) -> str:
    """Items one after the other, parted the language's way (``a; b``, ``a ; b`` in French)."""
    parts = list(items)
    if not parts:
        return ""
    separator = words.translate("ChipControlsTexts", "%1; %2")
    text = parts[0]
    for part in parts[1:]:
        text = fill(separator, text, part)
    return text


def unknown_value(words: Words, quantity: Quantity) -> str:
    """In place of a figure nobody knows (the word agrees with the figure in French)."""
    texts = {
        Quantity.TPP: words.translate("ChipControlsTexts", "unknown", "the TPP"),
        Quantity.PERFORMANCE_DENSITY: words.translate(
            "ChipControlsTexts", "unknown", "the performance density"
        ),
        Quantity.INTERCONNECT_GBPS: words.translate("ChipControlsTexts", "unknown", "a bandwidth"),
        Quantity.DRAM_BANDWIDTH_GBPS: words.translate(
            "ChipControlsTexts", "unknown", "a bandwidth"
        ),
    }
    return texts[quantity]


def unknown_row(words: Words) -> str:
    """The chip map's row of chips whose second figure is not known (an axis label)."""
    return words.translate("ChipControlsTexts", "unknown", "the chip map's row")


# --- names --------------------------------------------------------------------------------------


def rule_name(words: Words, rule: Rule) -> str:
    names = {
        Rule.OCTOBER_2022: words.translate("ChipControlsTexts", "October 2022 rule"),
        Rule.OCTOBER_2023: words.translate("ChipControlsTexts", "October 2023 rule"),
        Rule.JANUARY_2026: words.translate("ChipControlsTexts", "January 2026 policy"),
    }
    return names[rule]


def status_name(words: Words, status: Status) -> str:
    names = {
        Status.LICENCE_REQUIRED: words.translate(
            "ChipControlsTexts", "Licence required, presumption of denial"
        ),
        Status.NOTIFICATION: words.translate(
            "ChipControlsTexts", "Notification only (License Exception NAC)"
        ),
        Status.NOT_CONTROLLED: words.translate("ChipControlsTexts", "Not controlled"),
        Status.CASE_BY_CASE: words.translate("ChipControlsTexts", "Licence reviewed case by case"),
        Status.PRESUMPTION_OF_DENIAL: words.translate(
            "ChipControlsTexts", "Licence, still a presumption of denial"
        ),
        Status.NOT_APPLICABLE: words.translate(
            "ChipControlsTexts", "Not concerned (no 3A090 licence needed)"
        ),
        Status.UNDETERMINED: words.translate(
            "ChipControlsTexts", "Undetermined (a figure is missing)"
        ),
    }
    return names[status]


def chip_kind_name(words: Words, kind: ChipKind) -> str:
    """What a marker's shape tells (the key of the chip map)."""
    names = {
        ChipKind.DATACENTER: words.translate("ChipControlsTexts", "Datacenter chip"),
        ChipKind.NOT_DATACENTER: words.translate("ChipControlsTexts", "Not for datacenters"),
        ChipKind.CHINESE: words.translate("ChipControlsTexts", "Chinese chip, as a US export"),
    }
    return names[kind]


def your_chip_label(words: Words, name: str | None) -> str:
    """The reader's chip on the map: ``Your chip``, or ``Your chip (H800)`` while its
    figures are still those of a chip of the list."""
    if name is None:
        return words.translate("ChipControlsTexts", "Your chip")
    return fill(words.translate("ChipControlsTexts", "Your chip (%1)"), name)


def kind_name(words: Words, kind: EventKind) -> str:
    names = {
        EventKind.US_RULE: words.translate("ChipControlsTexts", "US rule or licence decision"),
        EventKind.COMPANY_RESPONSE: words.translate("ChipControlsTexts", "Company response"),
        EventKind.CHINESE_REACTION: words.translate("ChipControlsTexts", "Chinese reaction"),
        EventKind.MARKET_EVENT: words.translate("ChipControlsTexts", "Market event"),
    }
    return names[kind]


def axis_title(words: Words, quantity: Quantity) -> str:
    titles = {
        Quantity.TPP: words.translate(
            "ChipControlsTexts", "Total Processing Performance (TPP, log scale)"
        ),
        Quantity.PERFORMANCE_DENSITY: words.translate(
            "ChipControlsTexts", "Performance density (TPP per mm² of die)"
        ),
        Quantity.INTERCONNECT_GBPS: words.translate(
            "ChipControlsTexts", "Chip-to-chip bandwidth (GB/s)"
        ),
        Quantity.DRAM_BANDWIDTH_GBPS: words.translate(
            "ChipControlsTexts", "Memory (DRAM) bandwidth (GB/s)"
        ),
    }
    return titles[quantity]


def zone_label(words: Words, formatter: LocaleFormatter, kind: ZoneKind) -> str:
    note_2_line = threshold_text(formatter, rules.TPP_CEILING_NOTE_2)
    labels = {
        ZoneKind.LICENCE_3A090A: words.translate(
            "ChipControlsTexts", "3A090.a: licence, presumption of denial"
        ),
        ZoneKind.NOTIFICATION_3A090B: words.translate("ChipControlsTexts", "3A090.b: notification"),
        ZoneKind.OUTSIDE_3A090: words.translate("ChipControlsTexts", "Outside 3A090"),
        ZoneKind.NOTE_2: fill(
            words.translate(
                "ChipControlsTexts",
                "Hatched: chips not made for\ndatacenters, below TPP %1,\n"
                "are outside 3A090 (Note 2)",
            ),
            note_2_line,
        ),
        ZoneKind.CONTROLLED_2022: words.translate("ChipControlsTexts", "3A090.a: licence required"),
        ZoneKind.NOT_CONTROLLED_2022: words.translate("ChipControlsTexts", "Not controlled"),
        ZoneKind.CASE_BY_CASE_2026: words.translate(
            "ChipControlsTexts", "Case-by-case review (exports from the US)"
        ),
        ZoneKind.PRESUMPTION_2026: words.translate(
            "ChipControlsTexts", "Presumption of denial remains"
        ),
    }
    return labels[kind]


# --- form input ---------------------------------------------------------------------------------


def input_error_text(
    words: Words, formatter: LocaleFormatter, error: InputError, field: InputField
) -> str:
    if error is InputError.EMPTY:
        if field is InputField.BIT_LENGTH:
            return words.translate("ChipControlsTexts", "Choose or type a bit length.")
        return words.translate("ChipControlsTexts", "Enter a value.")
    if error is InputError.NOT_A_NUMBER:
        mark = formatter.number(1.5, 1).strip("0123456789")  # the language's decimal mark
        return fill(
            words.translate(
                "ChipControlsTexts", "Not a number: write digits, with “%1” as the decimal mark."
            ),
            mark,
        )
    if error is InputError.NEGATIVE:
        return words.translate("ChipControlsTexts", "Must not be negative.")
    if error is InputError.ZERO:
        return words.translate("ChipControlsTexts", "Must be more than zero.")
    if error is InputError.ABSURD:
        ceiling = formatter.number(FIELD_CEILINGS[field])
        return fill(
            words.translate("ChipControlsTexts", "Beyond any real chip: at most %1."), ceiling
        )
    lengths = ", ".join(str(bits) for bits in rules.BIT_LENGTHS)
    return fill(
        words.translate(
            "ChipControlsTexts", "Unknown bit length: use FP16, BF16, FP8, INT8 or %1."
        ),
        lengths,
    )
