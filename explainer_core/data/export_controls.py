"""The US export controls on AI chips: the chips, the timeline of rules and events, and
what DeepSeek used (pandas, no Qt).

Three files in ``resources/data``:

* ``chips.csv``: one row per chip with its specs, the TPP and performance density the
  fact base gives, and its status under each rule; the loader recomputes TPP, density
  and status with ``explainer_core.chip_controls.rules`` and refuses the file if they disagree;
* ``export_timeline.csv``: dated rules, licence decisions, company responses, Chinese
  reactions and market events, with what changed in plain words;
* ``deepseek_hardware.csv``: the "What DeepSeek used" card.

Every row cites the source registry, every text is in French, German and English.
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

import pandas as pd

from explainer_core.chip_controls import rules as export_rules
from explainer_core.chip_controls.rules import Classification, Rule, Status
from explainer_core.data.errors import DataError, Problem
from explainer_core.data.paths import DATA_DIR
from explainer_core.data.sources import SourceRegistry, load_sources
from explainer_core.data.table import Column, check_source_ids, read_table, split_ids, text_columns
from explainer_core.data.texts import Translated
from explainer_core.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES

CHIPS_FILE = "chips.csv"
TIMELINE_FILE = "export_timeline.csv"
HARDWARE_FILE = "deepseek_hardware.csv"

FIRST_DATE = date(2019, 1, 1)
LAST_DATE = date(2026, 12, 31)

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_EVENT_ID = re.compile(r"E\d{2}")
# A plain space where French typography wants a no-break one: before : ; ? ! % and inside « ».
_PLAIN_SPACE_IN_FRENCH = re.compile(r" [:;?!%»]|« ")


class Confidence(str, Enum):
    """How sure the fact base is of a chip's specs."""

    HIGH = "high"
    MEDIUM_HIGH = "medium_high"
    MEDIUM = "medium"
    LOW = "low"


class EventKind(str, Enum):
    US_RULE = "us_rule"  # a US rule or licence decision
    COMPANY_RESPONSE = "company_response"
    CHINESE_REACTION = "chinese_reaction"
    MARKET_EVENT = "market_event"


class HardwareUnit(str, Enum):
    GPUS = "gpus"
    MILLION_GPU_HOURS = "million_gpu_hours"
    TPP = "tpp"


STATUS_COLUMNS: dict[Rule, str] = {
    Rule.OCTOBER_2022: "status_2022",
    Rule.OCTOBER_2023: "status_2023",
    Rule.JANUARY_2026: "status_2026",
}

# The spec columns a row may mark as approximate, estimated, assumed or unconfirmed.
UNCERTAIN_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "launch_year",
        "dense_bf16_fp16_tflops",
        "dense_fp8_tflops",
        "dense_int8_tops",
        "tpp_throughput",
        "die_area_mm2",
        "interconnect_gbps",
        "dram_bandwidth_gbps",
        "memory_gb",
    }
)

# Each listed dense throughput and the bit length it runs at.
_THROUGHPUT_BITS: dict[str, int] = {
    "dense_bf16_fp16_tflops": 16,
    "dense_fp8_tflops": 8,
    "dense_int8_tops": 8,
}

_STATUS_CHOICES = tuple(status.value for status in Status)

CHIP_COLUMNS = [
    Column("id"),
    Column("name"),
    Column("vendor"),
    Column("launch_year", "int", minimum=FIRST_DATE.year, maximum=LAST_DATE.year),
    Column("datacenter", "bool"),
    Column("domestic_chinese", "bool"),
    Column("dense_bf16_fp16_tflops", "float", required=False, minimum=0),
    Column("dense_fp8_tflops", "float", required=False, minimum=0),
    Column("dense_int8_tops", "float", required=False, minimum=0),
    Column("tpp_bits", "int"),
    Column("tpp_throughput", "float", minimum=0),
    Column("die_area_mm2", "float", required=False, minimum=1),
    Column("interconnect_kind"),
    Column("interconnect_gbps", "float", required=False, minimum=0),
    Column("dram_bandwidth_gbps", "float", required=False, minimum=0),
    Column("memory_gb", "float", required=False, minimum=0),
    Column("memory_type", required=False),
    Column("tpp_facts"),  # read as text: its decimals tell the fact base's rounding
    Column("pd_facts", required=False),
    *(
        Column(column, required=False, choices=_STATUS_CHOICES)
        for column in STATUS_COLUMNS.values()
    ),
    Column("spec_confidence", choices=tuple(level.value for level in Confidence)),
    Column("uncertain_fields", required=False),
    *text_columns("note", required=False),
    *text_columns("caveat", required=False),
    Column("sources"),
]

TIMELINE_COLUMNS = [
    Column("id"),
    Column("date", "date"),
    Column("kind", choices=tuple(kind.value for kind in EventKind)),
    Column("authority"),  # English, as the views first read it; translated below
    *text_columns("authority"),
    Column("citation"),  # English, parsed for the chart's short reference
    *text_columns("citation"),
    Column("citation_verified", "bool"),
    Column("reported", "bool"),
    Column("date_approximate", "bool"),
    Column("chips", required=False),
    *text_columns("title", required=False),
    *text_columns("text", required=False),
    *text_columns("scope", required=False),
    Column("sources"),
]

HARDWARE_COLUMNS = [
    Column("id"),
    Column("chip", required=False),
    Column("value", "float", required=False, minimum=0),
    Column("unit", required=False, choices=tuple(unit.value for unit in HardwareUnit)),
    Column("date", "date", required=False),
    *text_columns("title", required=False),
    *text_columns("text", required=False),
    Column("sources"),
]


# --- value types ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Chip:
    """A chip's specs as the fact base gives them, and what the rules make of them.

    Throughputs are dense (no sparsity): TFLOPS for floating point, TOPS for INT8.
    ``None`` means the fact base gives no figure.
    """

    id: str
    name: str
    vendor: str
    launch_year: int
    datacenter: bool  # designed or marketed for datacenters (the 2023 rule's Note 2)
    domestic_chinese: bool  # a Chinese chip: its statuses say what it would be as a US export
    dense_bf16_fp16_tflops: float | None
    dense_fp8_tflops: float | None
    dense_int8_tops: float | None
    tpp_bits: int  # the bit length the TPP is based on
    tpp_throughput: float  # the dense TOPS/TFLOPS at that bit length
    die_area_mm2: float | None
    interconnect_kind: str  # NVLink, PCIe, Infinity Fabric...: names, not translated
    interconnect_gbps: float | None  # chip-to-chip, GB/s
    dram_bandwidth_gbps: float | None
    memory_gb: float | None
    memory_type: str | None
    tpp: float  # computed: tpp_throughput x tpp_bits
    performance_density: float | None  # computed: tpp / die_area_mm2
    tpp_facts: float  # the fact base's rounded figures the computed ones were checked against
    pd_facts: float | None
    classifications: tuple[Classification, ...]  # one per Rule, in Rule order
    facts_statuses: tuple[tuple[Rule, Status], ...]  # the statuses the fact base gives
    confidence: Confidence
    uncertain_fields: frozenset[str]
    notes: Translated
    caveats: Translated | None
    sources: tuple[str, ...]

    def classification(self, rule: Rule) -> Classification:
        return next(item for item in self.classifications if item.rule is rule)

    def status(self, rule: Rule) -> Status:
        return self.classification(rule).status

    def facts_status(self, rule: Rule) -> Status | None:
        """The status the fact base states for ``rule``, ``None`` where it states none."""
        return dict(self.facts_statuses).get(rule)

    def note(self, language: str) -> str:
        return self.notes.text(language)

    def caveat(self, language: str) -> str | None:
        return None if self.caveats is None else self.caveats.text(language)

    def is_uncertain(self, field_name: str) -> bool:
        """True when the fact base marks the figure as approximate, estimated or assumed."""
        return field_name in self.uncertain_fields

    @property
    def tpp_is_estimate(self) -> bool:
        return self.is_uncertain("tpp_throughput")

    @property
    def pd_is_estimate(self) -> bool:
        return self.tpp_is_estimate or self.is_uncertain("die_area_mm2")

    @property
    def specs(self) -> export_rules.ChipSpecs:
        return export_rules.ChipSpecs(
            tpp=self.tpp,
            die_area_mm2=self.die_area_mm2,
            datacenter=self.datacenter,
            interconnect_gbps=self.interconnect_gbps,
            dram_bandwidth_gbps=self.dram_bandwidth_gbps,
        )


@dataclass(frozen=True)
class RuleEvent:
    """A dated rule, licence decision, company response, Chinese reaction or market event."""

    id: str
    date: date
    date_approximate: bool  # the sources give only the month
    kind: EventKind
    authority: str  # as in the fact base, in English (see ``authority_text``)
    citation: str  # as in the fact base, in English, with its "not verified" remarks
    citation_verified: bool  # False where the fact base flags the citation as unverified
    reported: bool  # rests on media reports only, with no public official text
    chips: tuple[str, ...]  # ids of chips in chips.csv
    titles: Translated
    texts: Translated
    scopes: Translated | None  # what else is affected, beyond the listed chips
    sources: tuple[str, ...]
    authorities: Translated | None = None  # the authority in each language
    citations: Translated | None = None  # the official reference in each language

    def title(self, language: str) -> str:
        return self.titles.text(language)

    def text(self, language: str) -> str:
        return self.texts.text(language)

    def scope(self, language: str) -> str | None:
        return None if self.scopes is None else self.scopes.text(language)

    def authority_text(self, language: str) -> str:
        """Who acted, in ``language`` (``authority`` is the English of the fact base)."""
        return self.authority if self.authorities is None else self.authorities.text(language)

    def citation_text(self, language: str) -> str:
        """The official reference, in ``language``; numbers and codes are the same in all."""
        return self.citation if self.citations is None else self.citations.text(language)


@dataclass(frozen=True)
class HardwareFact:
    """One item of the "What DeepSeek used" card."""

    id: str
    chip: str | None
    value: float | None
    unit: HardwareUnit | None
    date: date | None
    titles: Translated
    texts: Translated
    sources: tuple[str, ...]

    def title(self, language: str) -> str:
        return self.titles.text(language)

    def text(self, language: str) -> str:
        return self.texts.text(language)


@dataclass(frozen=True)
class ExportControlsData:
    chips: tuple[Chip, ...]
    events: tuple[RuleEvent, ...]  # by date
    hardware: tuple[HardwareFact, ...]  # in card order

    def chip(self, chip_id: str) -> Chip:
        for chip in self.chips:
            if chip.id == chip_id:
                return chip
        raise KeyError(chip_id)

    def event(self, event_id: str) -> RuleEvent:
        for event in self.events:
            if event.id == event_id:
                return event
        raise KeyError(event_id)

    def events_for_chip(self, chip_id: str) -> tuple[RuleEvent, ...]:
        return tuple(event for event in self.events if chip_id in event.chips)


# --- loading ----------------------------------------------------------------------------------


def load_export_controls(
    data_dir: Path = DATA_DIR, sources: SourceRegistry | None = None
) -> ExportControlsData:
    """Read and check the three files; raise ``DataError`` on the first problem."""
    registry = sources if sources is not None else load_sources(data_dir / "sources")
    known = registry.ids()
    chips = _read_chips(data_dir / CHIPS_FILE, known)
    chip_ids = {chip.id for chip in chips}
    events = _read_events(data_dir / TIMELINE_FILE, known, chip_ids)
    hardware = _read_hardware(data_dir / HARDWARE_FILE, known, chip_ids)
    return ExportControlsData(chips, events, hardware)


def _line(index: Hashable) -> int:
    # Frame rows are 0-based and the header is line 1 of the file.
    return int(index) + 2  # type: ignore[arg-type]


def _read_checked(
    path: Path,
    columns: list[Column],
    known: set[str],
    text_stems: Iterable[tuple[str, bool]],
    id_pattern: re.Pattern[str] = _SLUG,
) -> tuple[pd.DataFrame, dict[str, list[Translated | None]]]:
    """Read a file, check ids, sources and French typography, and collect its texts."""
    frame = read_table(path, columns, unique=["id"])
    name = path.name
    _check_ids(frame, id_pattern, name)
    check_source_ids(frame, "sources", known, name)
    texts = {stem: _read_texts(frame, stem, name, required) for stem, required in text_stems}
    for stem, _ in text_stems:
        _check_french_typography(frame, f"{stem}_fr", name)
    return frame, texts


def _check_ids(frame: pd.DataFrame, pattern: re.Pattern[str], file_name: str) -> None:
    for index, value in frame["id"].items():
        if not pattern.fullmatch(value):
            raise DataError(
                Problem.BAD_CHOICE,
                file_name,
                _line(index),
                "id",
                value,
                detail=f"expected an id matching {pattern.pattern}",
            )


def _read_texts(
    frame: pd.DataFrame, stem: str, file_name: str, required: bool
) -> list[Translated | None]:
    """The ``<stem>_fr/_de/_en`` texts of each row: all three, or (if optional) none."""
    texts: list[Translated | None] = []
    for index, row in frame.iterrows():
        by_language = {code: str(row[f"{stem}_{code}"]) for code in LANGUAGE_CODES}
        if not any(by_language.values()) and not required:
            texts.append(None)
            continue
        if not any(by_language.values()):
            column = f"{stem}_{DEFAULT_LANGUAGE}"
            raise DataError(Problem.EMPTY_VALUE, file_name, _line(index), column)
        for code, text in by_language.items():
            if not text:
                column = f"{stem}_{code}"
                raise DataError(Problem.MISSING_TRANSLATION, file_name, _line(index), column)
        texts.append(Translated(**by_language))
    return texts


def _required(texts: list[Translated | None]) -> list[Translated]:
    return [text for text in texts if text is not None]  # none is None once required


def _check_french_typography(frame: pd.DataFrame, column: str, file_name: str) -> None:
    for index, text in frame[column].items():
        match = _PLAIN_SPACE_IN_FRENCH.search(text)
        if match:
            raise DataError(
                Problem.INCONSISTENT,
                file_name,
                _line(index),
                column,
                match.group(),
                detail="French typography: no-break space before : ; ? ! % and inside « »",
            )


def _float_or_none(value: Any) -> float | None:
    return None if pd.isna(value) else float(value)


def _text_or_none(value: object) -> str | None:
    return str(value) or None


def _ids(cell: object) -> tuple[str, ...]:
    return tuple(split_ids(str(cell)))


# --- chips ------------------------------------------------------------------------------------


def _read_chips(path: Path, known: set[str]) -> tuple[Chip, ...]:
    frame, texts = _read_checked(path, CHIP_COLUMNS, known, [("note", True), ("caveat", False)])
    notes = _required(texts["note"])
    chips = []
    for position, (index, row) in enumerate(frame.iterrows()):
        chips.append(
            _chip(row, _line(index), path.name, notes[position], texts["caveat"][position])
        )
    return tuple(chips)


def _chip(
    row: pd.Series, line: int, name: str, notes: Translated, caveats: Translated | None
) -> Chip:
    bits = _bit_length(row["tpp_bits"], line, name)
    uncertain = _uncertain_fields(row["uncertain_fields"], line, name)
    tpp = export_rules.tpp(float(row["tpp_throughput"]), bits)
    tpp_facts, tpp_decimals = _facts_number(row["tpp_facts"], "tpp_facts", line, name)
    _check_close(tpp, tpp_facts, tpp_decimals, "tpp_facts", line, name)
    _check_basis_is_listed(row, bits, line, name)
    _check_basis_is_highest(row, tpp_facts, tpp_decimals, line, name)
    die_area = _float_or_none(row["die_area_mm2"])
    density = None if die_area is None else export_rules.performance_density(tpp, die_area)
    pd_facts = _check_density(row["pd_facts"], density, line, name)
    specs = export_rules.ChipSpecs(
        tpp=tpp,
        die_area_mm2=die_area,
        datacenter=bool(row["datacenter"]),
        interconnect_gbps=_float_or_none(row["interconnect_gbps"]),
        dram_bandwidth_gbps=_float_or_none(row["dram_bandwidth_gbps"]),
    )
    classifications = tuple(export_rules.classify(rule, specs) for rule in Rule)
    facts_statuses = _check_statuses(row, classifications, line, name)
    return Chip(
        id=row["id"],
        name=row["name"],
        vendor=row["vendor"],
        launch_year=int(row["launch_year"]),
        datacenter=specs.datacenter,
        domestic_chinese=bool(row["domestic_chinese"]),
        dense_bf16_fp16_tflops=_float_or_none(row["dense_bf16_fp16_tflops"]),
        dense_fp8_tflops=_float_or_none(row["dense_fp8_tflops"]),
        dense_int8_tops=_float_or_none(row["dense_int8_tops"]),
        tpp_bits=bits,
        tpp_throughput=float(row["tpp_throughput"]),
        die_area_mm2=die_area,
        interconnect_kind=row["interconnect_kind"],
        interconnect_gbps=specs.interconnect_gbps,
        dram_bandwidth_gbps=specs.dram_bandwidth_gbps,
        memory_gb=_float_or_none(row["memory_gb"]),
        memory_type=_text_or_none(row["memory_type"]),
        tpp=tpp,
        performance_density=density,
        tpp_facts=tpp_facts,
        pd_facts=pd_facts,
        classifications=classifications,
        facts_statuses=facts_statuses,
        confidence=Confidence(row["spec_confidence"]),
        uncertain_fields=uncertain,
        notes=notes,
        caveats=caveats,
        sources=_ids(row["sources"]),
    )


def _bit_length(value: Any, line: int, name: str) -> int:
    if int(value) not in export_rules.BIT_LENGTHS:
        allowed = ", ".join(str(bits) for bits in export_rules.BIT_LENGTHS)
        raise DataError(
            Problem.BAD_CHOICE, name, line, "tpp_bits", str(value), detail=f"expected {allowed}"
        )
    return int(value)


def _uncertain_fields(cell: str, line: int, name: str) -> frozenset[str]:
    fields = frozenset(split_ids(cell))
    unknown = sorted(fields - UNCERTAIN_FIELD_NAMES)
    if unknown:
        raise DataError(
            Problem.BAD_CHOICE,
            name,
            line,
            "uncertain_fields",
            unknown[0],
            detail="expected names of spec columns",
        )
    return fields


def _facts_number(cell: str, column: str, line: int, name: str) -> tuple[float, int]:
    """A figure of the fact base and its number of decimals (its rounding)."""
    try:
        value = float(cell)
    except ValueError:
        raise DataError(Problem.BAD_NUMBER, name, line, column, cell) from None
    if not math.isfinite(value):
        raise DataError(Problem.BAD_NUMBER, name, line, column, cell)
    decimals = len(cell.partition(".")[2])
    return value, decimals


def _check_close(
    computed: float, facts: float, decimals: int, column: str, line: int, name: str
) -> None:
    """The computed figure must round to the fact base's one: at most half a last digit off."""
    tolerance = 0.5 * 10**-decimals + 1e-9  # 1e-9 absorbs binary floating-point error
    if abs(computed - facts) > tolerance:
        raise DataError(
            Problem.INCONSISTENT,
            name,
            line,
            column,
            str(facts),
            detail=f"computed {computed:.{decimals + 2}f} does not round to it",
        )


def _check_basis_is_listed(row: pd.Series, bits: int, line: int, name: str) -> None:
    """The TPP's throughput is one of the chip's listed dense figures at that bit length."""
    listed = [
        _float_or_none(row[column]) for column, width in _THROUGHPUT_BITS.items() if width == bits
    ]
    if any(value is not None for value in listed) and float(row["tpp_throughput"]) not in listed:
        raise DataError(
            Problem.INCONSISTENT,
            name,
            line,
            "tpp_throughput",
            str(row["tpp_throughput"]),
            detail=f"not one of the chip's listed {bits}-bit throughputs",
        )


def _check_basis_is_highest(
    row: pd.Series, tpp_facts: float, decimals: int, line: int, name: str
) -> None:
    """The rule keeps the highest TPP over bit lengths: no listed throughput may beat it."""
    tolerance = 0.5 * 10**-decimals + 1e-9
    for column, bits in _THROUGHPUT_BITS.items():
        throughput = _float_or_none(row[column])
        if throughput is None:
            continue
        other = export_rules.tpp(throughput, bits)
        if other > tpp_facts + tolerance:
            raise DataError(
                Problem.INCONSISTENT,
                name,
                line,
                column,
                str(throughput),
                detail=f"gives TPP {other:g}, above the TPP of {tpp_facts:g} given for the chip",
            )


def _check_density(cell: str, density: float | None, line: int, name: str) -> float | None:
    """pd_facts is given exactly when the die area is, and matches the computed density."""
    if density is None and not cell:
        return None
    if density is None:
        raise DataError(
            Problem.INCONSISTENT, name, line, "pd_facts", cell, detail="no die area to check it"
        )
    if not cell:
        raise DataError(
            Problem.EMPTY_VALUE, name, line, "pd_facts", detail="needed when a die area is given"
        )
    pd_facts, decimals = _facts_number(cell, "pd_facts", line, name)
    _check_close(density, pd_facts, decimals, "pd_facts", line, name)
    return pd_facts


def _check_statuses(
    row: pd.Series, classifications: tuple[Classification, ...], line: int, name: str
) -> tuple[tuple[Rule, Status], ...]:
    """Every status the fact base gives must be the one the classifier computes."""
    given = []
    for classification in classifications:
        column = STATUS_COLUMNS[classification.rule]
        if not row[column]:
            continue
        status = Status(row[column])
        if status is not classification.status:
            raise DataError(
                Problem.INCONSISTENT,
                name,
                line,
                column,
                status.value,
                detail=f"the rule gives {classification.status.value} "
                f"({classification.reason.value})",
            )
        given.append((classification.rule, status))
    return tuple(given)


# --- timeline ---------------------------------------------------------------------------------


def _read_events(path: Path, known: set[str], chip_ids: set[str]) -> tuple[RuleEvent, ...]:
    stems = [
        ("title", True),
        ("text", True),
        ("scope", False),
        ("authority", True),
        ("citation", True),
    ]
    frame, texts = _read_checked(path, TIMELINE_COLUMNS, known, stems, _EVENT_ID)
    for stem in ("authority", "citation"):
        _check_english_beside(frame, stem, path.name)
    _check_dates(frame, "date", path.name)
    _check_chip_ids(frame, "chips", chip_ids, path.name)
    titles, bodies = _required(texts["title"]), _required(texts["text"])
    events = [
        RuleEvent(
            id=row["id"],
            date=row["date"].date(),
            date_approximate=bool(row["date_approximate"]),
            kind=EventKind(row["kind"]),
            authority=row["authority"],
            citation=row["citation"],
            citation_verified=bool(row["citation_verified"]),
            reported=bool(row["reported"]),
            chips=_ids(row["chips"]),
            titles=titles[position],
            texts=bodies[position],
            scopes=texts["scope"][position],
            sources=_ids(row["sources"]),
            authorities=texts["authority"][position],
            citations=texts["citation"][position],
        )
        for position, (_, row) in enumerate(frame.iterrows())
    ]
    return tuple(sorted(events, key=lambda event: (event.date, event.id)))


def _check_english_beside(frame: pd.DataFrame, stem: str, file_name: str) -> None:
    """The English column the views read (``authority``) and ``<stem>_en`` say the same."""
    for index, row in frame.iterrows():
        if row[stem] != row[f"{stem}_en"]:
            raise DataError(
                Problem.INCONSISTENT,
                file_name,
                _line(index),
                f"{stem}_en",
                row[f"{stem}_en"],
                detail=f"differs from the column '{stem}'",
            )


def _check_dates(frame: pd.DataFrame, column: str, file_name: str) -> None:
    for index, value in frame[column].items():
        if pd.isna(value):
            continue
        day = value.date()
        if not FIRST_DATE <= day <= LAST_DATE:
            raise DataError(
                Problem.OUT_OF_RANGE,
                file_name,
                _line(index),
                column,
                day.isoformat(),
                detail=f"expected {FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()}",
            )


def _check_chip_ids(frame: pd.DataFrame, column: str, chip_ids: set[str], file_name: str) -> None:
    """Every chip id in ``column`` (one, or a semicolon list) is a row of chips.csv."""
    for index, cell in frame[column].items():
        for chip_id in split_ids(cell):
            if chip_id not in chip_ids:
                raise DataError(
                    Problem.BAD_CHOICE,
                    file_name,
                    _line(index),
                    column,
                    chip_id,
                    detail=f"not a chip id of {CHIPS_FILE}",
                )


# --- the hardware card ------------------------------------------------------------------------


def _read_hardware(path: Path, known: set[str], chip_ids: set[str]) -> tuple[HardwareFact, ...]:
    frame, texts = _read_checked(path, HARDWARE_COLUMNS, known, [("title", True), ("text", True)])
    name = path.name
    _check_dates(frame, "date", name)
    _check_chip_ids(frame, "chip", chip_ids, name)
    for index, row in frame.iterrows():
        if pd.isna(row["value"]) != (not row["unit"]):
            column = "unit" if row["unit"] == "" else "value"
            raise DataError(
                Problem.EMPTY_VALUE, name, _line(index), column, detail="value and unit go together"
            )
    titles, bodies = _required(texts["title"]), _required(texts["text"])
    return tuple(
        HardwareFact(
            id=row["id"],
            chip=_text_or_none(row["chip"]),
            value=_float_or_none(row["value"]),
            unit=HardwareUnit(row["unit"]) if row["unit"] else None,
            date=None if pd.isna(row["date"]) else row["date"].date(),
            titles=titles[position],
            texts=bodies[position],
            sources=_ids(row["sources"]),
        )
        for position, (_, row) in enumerate(frame.iterrows())
    )
