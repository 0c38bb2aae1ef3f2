"""The arithmetic of the US export controls on AI chips (ECCN 3A090), in pure Python.

Three rules are modelled, each as a classifier returning a ``Classification``:

* October 2022 (87 FR 62186): controlled if TPP >= 4800 AND chip-to-chip I/O >= 600 GB/s.
* October 2023 (88 FR 73458, in force 2023-11-17): TPP and performance density decide;
  the interconnect test is gone and chips not designed or marketed for datacenters
  below TPP 4800 are outside 3A090 (Note 2).
* January 2026 (91 FR 1684): licence review for exports from the US to China/Macau
  becomes case-by-case below TPP 21,000 and DRAM bandwidth 6,500 GB/s.

The thresholds are as quoted in rule excerpts and in secondary sources (CSET, law
firms); the full Federal Register texts were not read end to end. The licensing
consequences are those for China/Macau and the other D:5 destinations.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType

# --- Thresholds --------------------------------------------------------------------------------
# October 2022 rule, 87 FR 62186, ECCN 3A090.a as first written: both prongs must be met.
TPP_THRESHOLD_2022 = 4800  # bit length x TOPS, all processing units summed
INTERCONNECT_THRESHOLD_2022_GBPS = 600  # GB/s, aggregate bidirectional I/O to other ICs

# October 2023 rule, 88 FR 73458, ECCN 3A090 (TPP has no unit; PD is TPP per mm²).
TPP_THRESHOLD_3A090A1 = 4800  # 3A090.a.1: TPP >= 4800
TPP_FLOOR_3A090A2 = 1600  # 3A090.a.2: TPP >= 1600 ...
PD_THRESHOLD_3A090A2 = 5.92  # ... and PD >= 5.92
TPP_FLOOR_3A090B1 = 2400  # 3A090.b.1: 2400 <= TPP < 4800 ...
TPP_CEILING_3A090B1 = 4800
PD_FLOOR_3A090B1 = 1.6  # ... and 1.6 <= PD < 5.92
PD_CEILING_3A090B1 = 5.92
TPP_FLOOR_3A090B2 = 1600  # 3A090.b.2: TPP >= 1600 ...
PD_FLOOR_3A090B2 = 3.2  # ... and 3.2 <= PD < 5.92
PD_CEILING_3A090B2 = 5.92
TPP_CEILING_NOTE_2 = 4800  # Note 2 to 3A090: non-datacenter ICs below this are outside 3A090

# January 2026 licence-review policy, 91 FR 1684 (exports from the US to China/Macau).
TPP_CEILING_CASE_BY_CASE_2026 = 21000  # case-by-case only if TPP < 21,000 ...
DRAM_CEILING_CASE_BY_CASE_2026_GBPS = 6500  # ... and total DRAM bandwidth < 6,500 GB/s

# --- Bit lengths -------------------------------------------------------------------------------
BIT_LENGTHS: tuple[int, ...] = (4, 8, 16, 32, 64)
NAMED_PRECISIONS: Mapping[str, int] = MappingProxyType(
    {"FP16": 16, "BF16": 16, "FP8": 8, "INT8": 8}
)


class Rule(str, Enum):
    OCTOBER_2022 = "october_2022"
    OCTOBER_2023 = "october_2023"
    JANUARY_2026 = "january_2026"


class Status(str, Enum):
    """What the rule means for exporting the chip to China; the UI translates each code."""

    LICENCE_REQUIRED = "licence_required"  # 2022 and 2023: licence, presumption of denial
    NOTIFICATION = "notification"  # 2023: License Exception NAC, advance notification only
    NOT_CONTROLLED = "not_controlled"  # outside 3A090
    CASE_BY_CASE = "case_by_case"  # 2026: licence still needed, reviewed case by case
    PRESUMPTION_OF_DENIAL = "presumption_of_denial"  # 2026: above a line, no change
    NOT_APPLICABLE = "not_applicable"  # 2026: the chip needs no 3A090 licence at all
    UNDETERMINED = "undetermined"  # a figure the decision needs is unknown


class Reason(str, Enum):
    """Why the status was reached; ``Classification.checks`` holds the numbers compared."""

    # October 2022
    BOTH_PRONGS_MET = "both_prongs_met"
    INTERCONNECT_BELOW_600 = "interconnect_below_600"
    TPP_BELOW_4800 = "tpp_below_4800"
    BOTH_PRONGS_MISSED = "both_prongs_missed"
    INTERCONNECT_UNKNOWN = "interconnect_unknown"
    # October 2023
    TPP_AT_LEAST_4800 = "tpp_at_least_4800"  # 3A090.a.1
    TPP_AND_DENSITY_AT_LEAST_A2 = "tpp_and_density_at_least_a2"  # 3A090.a.2
    IN_NOTIFICATION_BAND_B1 = "in_notification_band_b1"
    IN_NOTIFICATION_BAND_B2 = "in_notification_band_b2"
    NON_DATACENTER_BELOW_4800 = "non_datacenter_below_4800"  # Note 2
    BELOW_ALL_BANDS = "below_all_bands"
    DENSITY_UNKNOWN = "density_unknown"
    # January 2026
    UNDER_BOTH_2026_LINES = "under_both_2026_lines"
    TPP_AT_LEAST_21000 = "tpp_at_least_21000"
    DRAM_AT_LEAST_6500 = "dram_at_least_6500"
    ABOVE_BOTH_2026_LINES = "above_both_2026_lines"
    NO_3A090_LICENCE = "no_3a090_licence"
    DRAM_BANDWIDTH_UNKNOWN = "dram_bandwidth_unknown"
    OCTOBER_2023_UNDETERMINED = "october_2023_undetermined"
    # A TPP marked unknown (the classifier): only a slow interconnect decides anything.
    TPP_UNKNOWN = "tpp_unknown"
    INTERCONNECT_BELOW_600_TPP_UNKNOWN = "interconnect_below_600_tpp_unknown"


class Quantity(str, Enum):
    TPP = "tpp"
    PERFORMANCE_DENSITY = "performance_density"
    INTERCONNECT_GBPS = "interconnect_gbps"
    DRAM_BANDWIDTH_GBPS = "dram_bandwidth_gbps"


class Relation(str, Enum):
    AT_LEAST = ">="
    BELOW = "<"


# Clause codes stay untranslated, as in the rule (the UI shows them as they are).
CLAUSE_2022 = "3A090.a"
CLAUSE_A1 = "3A090.a.1"
CLAUSE_A2 = "3A090.a.2"
CLAUSE_B1 = "3A090.b.1"
CLAUSE_B2 = "3A090.b.2"
CLAUSE_NOTE_2 = "3A090 Note 2"
CLAUSE_CASE_BY_CASE_2026 = "91 FR 1684"


@dataclass(frozen=True)
class Check:
    """One comparison the rule makes: ``value relation threshold`` (e.g. TPP 2368 >= 2400)."""

    clause: str
    quantity: Quantity
    value: float | None
    relation: Relation
    threshold: float

    @property
    def met(self) -> bool | None:
        """``None`` when the value is unknown."""
        if self.value is None:
            return None
        if self.relation is Relation.AT_LEAST:
            return self.value >= self.threshold
        return self.value < self.threshold


@dataclass(frozen=True)
class Classification:
    """A chip's status under one rule, the clauses it meets and the comparisons behind it."""

    rule: Rule
    status: Status
    reason: Reason
    clauses: tuple[str, ...] = ()  # every clause met, the deciding one first
    checks: tuple[Check, ...] = ()
    # UNDETERMINED only: the unknown figures the rule's tests need to decide.
    missing: tuple[Quantity, ...] = ()

    @property
    def clause(self) -> str | None:
        """The clause that decides the status, or ``None`` when no clause is met."""
        return self.clauses[0] if self.clauses else None


@dataclass(frozen=True)
class ChipSpecs:
    """What the classifiers need to know about a chip; ``None`` where unknown."""

    tpp: float | None
    die_area_mm2: float | None = None
    datacenter: bool = True
    interconnect_gbps: float | None = None
    dram_bandwidth_gbps: float | None = None

    @property
    def performance_density(self) -> float | None:
        if self.die_area_mm2 is None or self.tpp is None:
            return None
        return performance_density(self.tpp, self.die_area_mm2)


# --- Arithmetic --------------------------------------------------------------------------------


def bit_length_of(precision: int | str) -> int:
    """16 for ``16``, ``"16"``, ``"FP16"`` or ``"bf16"``; raises ``ValueError`` otherwise."""
    if isinstance(precision, bool):
        raise ValueError(f"not a bit length: {precision!r}")
    if isinstance(precision, str):
        text = precision.strip().upper()
        if text in NAMED_PRECISIONS:
            return NAMED_PRECISIONS[text]
        if not text.isdigit():
            raise ValueError(f"not a bit length: {precision!r}")
        precision = int(text)
    if precision not in BIT_LENGTHS:
        raise ValueError(f"not a bit length: {precision!r}")
    return precision


def tpp(dense_tops_or_tflops: float, bit_length: int | str) -> float:
    """Total Processing Performance = 2 x MacTOPS x bit length (3A090 Technical Note).

    Datasheets count one multiply-accumulate as two operations, so their dense
    (non-sparse) TOPS or TFLOPS figure already equals 2 x MacTOPS: H100 FP8
    1,979 TFLOPS x 8 = 15,832.
    """
    return dense_tops_or_tflops * bit_length_of(bit_length)


def tpp_from_mac_tops(mac_tops: float, bit_length: int | str) -> float:
    """TPP from tera multiply-accumulates per second, as the rule words it."""
    return 2 * mac_tops * bit_length_of(bit_length)


def highest_tpp(throughputs: Iterable[tuple[float, int | str]]) -> float:
    """The rule evaluates each bit length the chip runs and keeps the highest TPP."""
    values = [tpp(throughput, bits) for throughput, bits in throughputs]
    if not values:
        raise ValueError("no throughput given")
    return max(values)


def performance_density(tpp_value: float, die_area_mm2: float) -> float:
    """TPP divided by the applicable die area in mm² (logic dies only, no HBM stacks)."""
    if die_area_mm2 <= 0:
        raise ValueError(f"die area must be positive, got {die_area_mm2!r}")
    return tpp_value / die_area_mm2


# --- Classifiers -------------------------------------------------------------------------------


def classify_october_2022(
    tpp_value: float | None, interconnect_gbps: float | None
) -> Classification:
    """87 FR 62186: a licence was needed only when BOTH prongs were met (>= on each).

    With one figure unknown, the other decides only if it misses its line."""
    tpp_check = Check(CLAUSE_2022, Quantity.TPP, tpp_value, Relation.AT_LEAST, TPP_THRESHOLD_2022)
    io_check = Check(
        CLAUSE_2022,
        Quantity.INTERCONNECT_GBPS,
        interconnect_gbps,
        Relation.AT_LEAST,
        INTERCONNECT_THRESHOLD_2022_GBPS,
    )
    checks = (tpp_check, io_check)

    def result(
        status: Status,
        reason: Reason,
        clauses: tuple[str, ...] = (),
        missing: tuple[Quantity, ...] = (),
    ) -> Classification:
        return Classification(Rule.OCTOBER_2022, status, reason, clauses, checks, missing)

    if tpp_check.met is None:
        if io_check.met is False:
            return result(Status.NOT_CONTROLLED, Reason.INTERCONNECT_BELOW_600_TPP_UNKNOWN)
        missing = (Quantity.TPP,) if io_check.met else (Quantity.TPP, Quantity.INTERCONNECT_GBPS)
        return result(Status.UNDETERMINED, Reason.TPP_UNKNOWN, missing=missing)
    if not tpp_check.met:
        if io_check.met is False:
            return result(Status.NOT_CONTROLLED, Reason.BOTH_PRONGS_MISSED)
        # Below 4800 the chip is out whatever its interconnect, even when that is unknown.
        return result(Status.NOT_CONTROLLED, Reason.TPP_BELOW_4800)
    if io_check.met is None:
        return result(
            Status.UNDETERMINED, Reason.INTERCONNECT_UNKNOWN, missing=(Quantity.INTERCONNECT_GBPS,)
        )
    if not io_check.met:
        return result(Status.NOT_CONTROLLED, Reason.INTERCONNECT_BELOW_600)
    return result(Status.LICENCE_REQUIRED, Reason.BOTH_PRONGS_MET, (CLAUSE_2022,))


def _october_2023_checks(
    tpp_value: float | None, density: float | None
) -> dict[str, tuple[Check, ...]]:
    """Every comparison of 3A090.a and .b, by clause."""

    def tpp_at_least(clause: str, threshold: float) -> Check:
        return Check(clause, Quantity.TPP, tpp_value, Relation.AT_LEAST, threshold)

    def pd_check(clause: str, relation: Relation, threshold: float) -> Check:
        return Check(clause, Quantity.PERFORMANCE_DENSITY, density, relation, threshold)

    return {
        CLAUSE_A1: (tpp_at_least(CLAUSE_A1, TPP_THRESHOLD_3A090A1),),
        CLAUSE_A2: (
            tpp_at_least(CLAUSE_A2, TPP_FLOOR_3A090A2),
            pd_check(CLAUSE_A2, Relation.AT_LEAST, PD_THRESHOLD_3A090A2),
        ),
        CLAUSE_B1: (
            tpp_at_least(CLAUSE_B1, TPP_FLOOR_3A090B1),
            Check(CLAUSE_B1, Quantity.TPP, tpp_value, Relation.BELOW, TPP_CEILING_3A090B1),
            pd_check(CLAUSE_B1, Relation.AT_LEAST, PD_FLOOR_3A090B1),
            pd_check(CLAUSE_B1, Relation.BELOW, PD_CEILING_3A090B1),
        ),
        CLAUSE_B2: (
            tpp_at_least(CLAUSE_B2, TPP_FLOOR_3A090B2),
            pd_check(CLAUSE_B2, Relation.AT_LEAST, PD_FLOOR_3A090B2),
            pd_check(CLAUSE_B2, Relation.BELOW, PD_CEILING_3A090B2),
        ),
    }


def _all_met(checks: tuple[Check, ...]) -> bool | None:
    """True if every check is met, False if one fails, None if unknown values leave it open."""
    results = [check.met for check in checks]
    if False in results:
        return False
    if None in results:
        return None
    return True


def classify_october_2023(
    tpp_value: float | None, density: float | None, datacenter: bool
) -> Classification:
    """88 FR 73458: 3A090.a needs a licence, 3A090.b a notification (datacenter chips).

    Non-datacenter chips below TPP 4800 are outside 3A090 (Note 2); non-datacenter
    chips at or above it are 3A090.a but eligible for License Exception NAC. Every
    clause tests the TPP: without it nothing can be decided.
    """
    by_clause = _october_2023_checks(tpp_value, density)
    checks = tuple(check for clause_checks in by_clause.values() for check in clause_checks)

    def result(
        status: Status,
        reason: Reason,
        clauses: tuple[str, ...] = (),
        missing: tuple[Quantity, ...] = (),
    ) -> Classification:
        return Classification(Rule.OCTOBER_2023, status, reason, clauses, checks, missing)

    if tpp_value is None:
        return result(Status.UNDETERMINED, Reason.TPP_UNKNOWN, missing=(Quantity.TPP,))
    if not datacenter and tpp_value < TPP_CEILING_NOTE_2:
        return result(Status.NOT_CONTROLLED, Reason.NON_DATACENTER_BELOW_4800, (CLAUSE_NOTE_2,))
    met = {clause: _all_met(clause_checks) for clause, clause_checks in by_clause.items()}
    a_clauses = tuple(clause for clause in (CLAUSE_A1, CLAUSE_A2) if met[clause])
    if met[CLAUSE_A1]:
        # A chip not designed or marketed for datacenters takes License Exception NAC here.
        status = Status.LICENCE_REQUIRED if datacenter else Status.NOTIFICATION
        return result(status, Reason.TPP_AT_LEAST_4800, a_clauses)
    if met[CLAUSE_A2]:
        return result(Status.LICENCE_REQUIRED, Reason.TPP_AND_DENSITY_AT_LEAST_A2, a_clauses)
    if None in met.values():
        return result(
            Status.UNDETERMINED, Reason.DENSITY_UNKNOWN, missing=(Quantity.PERFORMANCE_DENSITY,)
        )
    b_clauses = tuple(clause for clause in (CLAUSE_B1, CLAUSE_B2) if met[clause])
    if b_clauses:
        reason = (
            Reason.IN_NOTIFICATION_BAND_B1
            if b_clauses[0] == CLAUSE_B1
            else Reason.IN_NOTIFICATION_BAND_B2
        )
        return result(Status.NOTIFICATION, reason, b_clauses)
    return result(Status.NOT_CONTROLLED, Reason.BELOW_ALL_BANDS)


def classify_january_2026(
    tpp_value: float | None,
    density: float | None,
    datacenter: bool,
    dram_bandwidth_gbps: float | None,
) -> Classification:
    """91 FR 1684: case-by-case review below both lines (strictly), for chips that need a
    3A090 licence under the 2023 rule; other chips are not concerned by this policy.

    The policy's further conditions (US supply, 50 % volume cap, third-party testing,
    KYC) are not modelled: ``CASE_BY_CASE`` means "eligible by the numbers".
    """
    base = classify_october_2023(tpp_value, density, datacenter)
    checks = (
        Check(
            CLAUSE_CASE_BY_CASE_2026,
            Quantity.TPP,
            tpp_value,
            Relation.BELOW,
            TPP_CEILING_CASE_BY_CASE_2026,
        ),
        Check(
            CLAUSE_CASE_BY_CASE_2026,
            Quantity.DRAM_BANDWIDTH_GBPS,
            dram_bandwidth_gbps,
            Relation.BELOW,
            DRAM_CEILING_CASE_BY_CASE_2026_GBPS,
        ),
    )

    def result(
        status: Status, reason: Reason, missing: tuple[Quantity, ...] = ()
    ) -> Classification:
        return Classification(Rule.JANUARY_2026, status, reason, base.clauses, checks, missing)

    if base.status is Status.UNDETERMINED:
        return result(Status.UNDETERMINED, Reason.OCTOBER_2023_UNDETERMINED, base.missing)
    if base.status is not Status.LICENCE_REQUIRED:
        return result(Status.NOT_APPLICABLE, Reason.NO_3A090_LICENCE)
    tpp_under, dram_under = (check.met for check in checks)
    if not tpp_under:
        reason = Reason.ABOVE_BOTH_2026_LINES if dram_under is False else Reason.TPP_AT_LEAST_21000
        return result(Status.PRESUMPTION_OF_DENIAL, reason)
    if dram_under is None:
        return result(
            Status.UNDETERMINED, Reason.DRAM_BANDWIDTH_UNKNOWN, (Quantity.DRAM_BANDWIDTH_GBPS,)
        )
    if not dram_under:
        return result(Status.PRESUMPTION_OF_DENIAL, Reason.DRAM_AT_LEAST_6500)
    return result(Status.CASE_BY_CASE, Reason.UNDER_BOTH_2026_LINES)


def classify(rule: Rule, specs: ChipSpecs) -> Classification:
    """The chip's classification under one rule."""
    density = specs.performance_density
    if rule is Rule.OCTOBER_2022:
        return classify_october_2022(specs.tpp, specs.interconnect_gbps)
    if rule is Rule.OCTOBER_2023:
        return classify_october_2023(specs.tpp, density, specs.datacenter)
    return classify_january_2026(specs.tpp, density, specs.datacenter, specs.dram_bandwidth_gbps)


def classify_all(specs: ChipSpecs) -> dict[Rule, Classification]:
    return {rule: classify(rule, specs) for rule in Rule}


# --- Form input --------------------------------------------------------------------------------


class InputField(str, Enum):
    THROUGHPUT = "throughput"
    TPP = "tpp"  # entered directly (``chip_form``), instead of throughput x bit length
    BIT_LENGTH = "bit_length"
    DIE_AREA_MM2 = "die_area_mm2"
    INTERCONNECT_GBPS = "interconnect_gbps"
    DRAM_BANDWIDTH_GBPS = "dram_bandwidth_gbps"


class InputError(str, Enum):
    EMPTY = "empty"
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    ZERO = "zero"
    ABSURD = "absurd"
    UNKNOWN_BIT_LENGTH = "unknown_bit_length"


# "Absurd" = beyond any real chip, to catch extra zeros and unit slips, not to judge chips.
# The largest figures in the shipped chip data are 4,500 dense TFLOPS (B200 FP8),
# 1,800 GB/s of interconnect and 8,000 GB/s of DRAM bandwidth (B200); each ceiling
# leaves more than tenfold headroom.
MAX_THROUGHPUT_TOPS = 100_000
MAX_INTERCONNECT_GBPS = 100_000
MAX_DRAM_BANDWIDTH_GBPS = 100_000
MAX_TPP = MAX_THROUGHPUT_TOPS * max(BIT_LENGTHS)  # the throughput's ceiling at 64 bits
# No die can be larger than a whole 300 mm wafer (pi x 150² is about 70,686 mm²).
MAX_DIE_AREA_MM2 = 70_000

_CEILINGS: Mapping[InputField, float] = MappingProxyType(
    {
        InputField.THROUGHPUT: MAX_THROUGHPUT_TOPS,
        InputField.TPP: MAX_TPP,
        InputField.DIE_AREA_MM2: MAX_DIE_AREA_MM2,
        InputField.INTERCONNECT_GBPS: MAX_INTERCONNECT_GBPS,
        InputField.DRAM_BANDWIDTH_GBPS: MAX_DRAM_BANDWIDTH_GBPS,
    }
)

# Digits grouped by the language's thousands separator, then its decimal mark.
_NUMBER_PATTERNS: Mapping[str, re.Pattern[str]] = MappingProxyType(
    {
        "en": re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"),
        "de": re.compile(r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?"),
        "fr": re.compile(r"\d+(?:[.,]\d+)?"),  # French groups with spaces, removed beforehand
    }
)
_PLAIN_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_GROUP_MARK = {"en": ",", "de": ".", "fr": ""}


def parse_number(text: object, language: str = "en") -> float | InputError:
    """A form value as a float, or the reason it is not one (never raises).

    Accepts numbers and strings written the language's way: ``"1,979.5"`` (en),
    ``"1.979,5"`` (de), ``"1 979,5"`` (fr); a plain ``"989.5"`` is accepted in every
    language. The sign is kept so that ``validate_chip_inputs`` can say "negative".
    """
    if isinstance(text, bool):
        return InputError.NOT_A_NUMBER
    if isinstance(text, (int, float)):
        return float(text) if math.isfinite(text) else InputError.NOT_A_NUMBER
    if text is None:
        return InputError.EMPTY
    if not isinstance(text, str):
        return InputError.NOT_A_NUMBER
    compact = _SPACES.sub("", text).replace("\u2212", "-")
    if not compact:
        return InputError.EMPTY
    sign = -1.0 if compact[0] == "-" else 1.0
    digits = compact[1:] if compact[0] in "+-" else compact
    pattern = _NUMBER_PATTERNS.get(language, _NUMBER_PATTERNS["en"])
    group_mark = _GROUP_MARK.get(language, ",")
    if pattern.fullmatch(digits):
        if group_mark:
            digits = digits.replace(group_mark, "")
        return sign * float(digits.replace(",", "."))
    if _PLAIN_DECIMAL.fullmatch(digits):
        return sign * float(digits)
    return InputError.NOT_A_NUMBER


def _check_amount(text: object, input_field: InputField, language: str) -> float | InputError:
    value = parse_number(text, language)
    if isinstance(value, InputError):
        return value
    if value < 0:
        return InputError.NEGATIVE
    if value == 0:
        return InputError.ZERO
    if value > _CEILINGS[input_field]:
        return InputError.ABSURD
    return value


@dataclass(frozen=True)
class ChipInputCheck:
    """The outcome of checking a form: errors by field, or the chip specs when all is well."""

    errors: Mapping[InputField, InputError] = field(default_factory=dict)
    specs: ChipSpecs | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


def validate_chip_inputs(
    throughput: object,
    bit_length: object,
    die_area_mm2: object = "",
    interconnect_gbps: object = "",
    dram_bandwidth_gbps: object = "",
    *,
    datacenter: bool = True,
    language: str = "en",
) -> ChipInputCheck:
    """Check a chip form without raising: every faulty field gets an ``InputError`` code.

    Throughput (dense TOPS/TFLOPS) and bit length are required; die area,
    interconnect and DRAM bandwidth may stay empty, and the classifiers then say
    ``undetermined`` where they would need them.
    """
    errors: dict[InputField, InputError] = {}
    values: dict[InputField, float | None] = {}

    amount = _check_amount(throughput, InputField.THROUGHPUT, language)
    if isinstance(amount, InputError):
        errors[InputField.THROUGHPUT] = amount
    else:
        values[InputField.THROUGHPUT] = amount

    bits = _check_bit_length(bit_length)
    if isinstance(bits, InputError):
        errors[InputField.BIT_LENGTH] = bits

    optional = {
        InputField.DIE_AREA_MM2: die_area_mm2,
        InputField.INTERCONNECT_GBPS: interconnect_gbps,
        InputField.DRAM_BANDWIDTH_GBPS: dram_bandwidth_gbps,
    }
    for input_field, raw in optional.items():
        amount = _check_amount(raw, input_field, language)
        if amount is InputError.EMPTY:
            values[input_field] = None
        elif isinstance(amount, InputError):
            errors[input_field] = amount
        else:
            values[input_field] = amount

    throughput_value = values.get(InputField.THROUGHPUT)
    if errors or throughput_value is None or isinstance(bits, InputError):
        return ChipInputCheck(MappingProxyType(errors))
    specs = ChipSpecs(
        tpp=tpp(throughput_value, bits),
        die_area_mm2=values[InputField.DIE_AREA_MM2],
        datacenter=datacenter,
        interconnect_gbps=values[InputField.INTERCONNECT_GBPS],
        dram_bandwidth_gbps=values[InputField.DRAM_BANDWIDTH_GBPS],
    )
    return ChipInputCheck(MappingProxyType({}), specs)


def _check_bit_length(raw: object) -> int | InputError:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return InputError.EMPTY
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if not isinstance(raw, (int, str)):
        return InputError.UNKNOWN_BIT_LENGTH
    try:
        return bit_length_of(raw)
    except ValueError:
        return InputError.UNKNOWN_BIT_LENGTH


def check_amount(text: object, input_field: InputField, language: str = "en") -> float | InputError:
    """A form's figure as a positive amount within the field's ceiling, or why it is not one."""
    return _check_amount(text, input_field, language)


def check_bit_length(raw: object) -> int | InputError:
    """A form's bit length (``8``, ``"FP8"``), or why it is not one."""
    return _check_bit_length(raw)
