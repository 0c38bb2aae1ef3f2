"""A chip's figures as a reader enters them in the classifier, checked (pure Python).

The TPP is given either as the rule defines it, a dense throughput times its bit length,
or directly (a figure read in a filing or a datasheet). Any figure may be marked unknown:
the classifiers (``rules``) then say, rule by rule, whether the others still decide.
An optional figure left empty counts as unknown too; a required one left empty is an
error, so that a forgotten field is never taken for an unknown one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType

from explainer_core.chip_controls import rules
from explainer_core.chip_controls.rules import (
    ChipSpecs,
    InputError,
    InputField,
    check_amount,
    check_bit_length,
    tpp,
)


class TppEntry(str, Enum):
    FROM_THROUGHPUT = "from_throughput"  # dense throughput x bit length, as 3A090 defines it
    DIRECT = "direct"


# The figures a reader may mark unknown: the TPP (however it is entered) and the optional ones.
UNKNOWABLE_FIELDS: tuple[InputField, ...] = (
    InputField.TPP,
    InputField.DIE_AREA_MM2,
    InputField.INTERCONNECT_GBPS,
    InputField.DRAM_BANDWIDTH_GBPS,
)
OPTIONAL_FIELDS: tuple[InputField, ...] = UNKNOWABLE_FIELDS[1:]
# The largest figure each field takes ("beyond any real chip" above it; see ``rules``).
FIELD_CEILINGS: Mapping[InputField, float] = MappingProxyType(
    {
        InputField.THROUGHPUT: rules.MAX_THROUGHPUT_TOPS,
        InputField.TPP: rules.MAX_TPP,
        InputField.DIE_AREA_MM2: rules.MAX_DIE_AREA_MM2,
        InputField.INTERCONNECT_GBPS: rules.MAX_INTERCONNECT_GBPS,
        InputField.DRAM_BANDWIDTH_GBPS: rules.MAX_DRAM_BANDWIDTH_GBPS,
    }
)


@dataclass(frozen=True)
class ChipForm:
    """The classifier's fields as typed (texts, or numbers), and what is marked unknown."""

    throughput: object = ""
    bit_length: object = ""
    tpp: object = ""
    die_area_mm2: object = ""
    interconnect_gbps: object = ""
    dram_bandwidth_gbps: object = ""
    datacenter: bool = True
    tpp_entry: TppEntry = TppEntry.FROM_THROUGHPUT
    unknown: frozenset[InputField] = frozenset()

    def raw(self, input_field: InputField) -> object:
        return getattr(self, input_field.value)

    def tpp_fields(self) -> tuple[InputField, ...]:
        """The fields the TPP is read from in this form's entry mode."""
        if self.tpp_entry is TppEntry.DIRECT:
            return (InputField.TPP,)
        return (InputField.THROUGHPUT, InputField.BIT_LENGTH)


@dataclass(frozen=True)
class FormCheck:
    """The outcome of checking a form: errors by field, or the chip's specs (with ``None``
    for each unknown figure) and, for a TPP computed here, the figures it came from."""

    errors: Mapping[InputField, InputError] = field(default_factory=dict)
    specs: ChipSpecs | None = None
    throughput: float | None = None
    bit_length: int | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


def check_chip_form(form: ChipForm, language: str = "en") -> FormCheck:
    """Check every field in use without raising; each faulty one gets an ``InputError``."""
    errors: dict[InputField, InputError] = {}
    tpp_value, throughput, bits = _read_tpp(form, language, errors)
    optional: dict[InputField, float | None] = {}
    for input_field in OPTIONAL_FIELDS:
        if input_field in form.unknown:
            optional[input_field] = None
            continue
        amount = check_amount(form.raw(input_field), input_field, language)
        if amount is InputError.EMPTY:
            optional[input_field] = None
        elif isinstance(amount, InputError):
            errors[input_field] = amount
        else:
            optional[input_field] = amount
    if errors:
        return FormCheck(MappingProxyType(errors))
    specs = ChipSpecs(
        tpp=tpp_value,
        die_area_mm2=optional[InputField.DIE_AREA_MM2],
        datacenter=form.datacenter,
        interconnect_gbps=optional[InputField.INTERCONNECT_GBPS],
        dram_bandwidth_gbps=optional[InputField.DRAM_BANDWIDTH_GBPS],
    )
    return FormCheck(MappingProxyType({}), specs, throughput, bits)


def _read_tpp(
    form: ChipForm, language: str, errors: dict[InputField, InputError]
) -> tuple[float | None, float | None, int | None]:
    """The TPP (``None`` when marked unknown), and the throughput and bit length behind it."""
    if InputField.TPP in form.unknown:
        return None, None, None
    if form.tpp_entry is TppEntry.DIRECT:
        amount = check_amount(form.tpp, InputField.TPP, language)
        if isinstance(amount, InputError):
            errors[InputField.TPP] = amount
            return None, None, None
        return amount, None, None
    throughput = check_amount(form.throughput, InputField.THROUGHPUT, language)
    bits = check_bit_length(form.bit_length)
    if isinstance(throughput, InputError):
        errors[InputField.THROUGHPUT] = throughput
    if isinstance(bits, InputError):
        errors[InputField.BIT_LENGTH] = bits
    if isinstance(throughput, InputError) or isinstance(bits, InputError):
        return None, None, None
    return tpp(throughput, bits), throughput, bits
