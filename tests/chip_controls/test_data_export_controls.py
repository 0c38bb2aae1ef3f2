"""The export-controls data: chips, rule timeline and the DeepSeek hardware card.

The shipped files are copied with only their own source registry, so these tests do not
depend on the other subjects' files; the corruption cases damage the copies.
"""

from __future__ import annotations

import csv
import shutil
from datetime import date
from pathlib import Path

import pytest

from explainer_core.chip_controls.rules import Rule, Status
from explainer_core.data.errors import DataError, Problem
from explainer_core.data.export_controls import (
    CHIPS_FILE,
    HARDWARE_FILE,
    TIMELINE_FILE,
    Confidence,
    EventKind,
    ExportControlsData,
    HardwareUnit,
    load_export_controls,
)
from explainer_core.data.paths import DATA_DIR, SOURCES_DIR

REGISTRY_FILE = "export_controls.csv"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A copy of the three files and their source registry, safe to damage."""
    folder = tmp_path / "data"
    (folder / "sources").mkdir(parents=True)
    for name in (CHIPS_FILE, TIMELINE_FILE, HARDWARE_FILE):
        shutil.copy(DATA_DIR / name, folder / name)
    shutil.copy(SOURCES_DIR / REGISTRY_FILE, folder / "sources" / REGISTRY_FILE)
    return folder


@pytest.fixture
def data(data_dir: Path) -> ExportControlsData:
    return load_export_controls(data_dir)


def damage(path: Path, row_id: str, column: str, value: str) -> int:
    """Set one cell of the row whose id is ``row_id``; return that row's line in the file."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    position = next(i for i, row in enumerate(rows) if row["id"] == row_id)
    rows[position][column] = value
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return position + 2  # the header is line 1


def cell(path: Path, row_id: str, column: str) -> str:
    with path.open(encoding="utf-8", newline="") as handle:
        return next(row[column] for row in csv.DictReader(handle) if row["id"] == row_id)


def expect_error(data_dir: Path) -> DataError:
    with pytest.raises(DataError) as caught:
        load_export_controls(data_dir)
    return caught.value


# --- the shipped data -------------------------------------------------------------------------


def test_the_shipped_files_load_against_the_whole_registry():
    data = load_export_controls()
    assert len(data.chips) == 15


FACTS_CHIP_NAMES = [
    "A100 SXM (80GB)",
    "A800 (SXM/PCIe)",
    "H100 SXM5",
    "H800 SXM",
    "H20 (HGX)",
    "H200 SXM",
    "B200 (HGX, 1000 W)",
    "L20 (PCIe)",
    "L40S (PCIe)",
    "GeForce RTX 4090",
    "GeForce RTX 4090 D",
    "Instinct MI250X",
    "Instinct MI300X",
    "Ascend 910B",
    "Ascend 910C",
]


def test_every_chip_of_the_fact_base_is_in_the_data(data):
    assert [chip.name for chip in data.chips] == FACTS_CHIP_NAMES


# chip id: TPP and performance density as the facts round them (None: not computed)
FACTS_FIGURES = {
    "a100": (4992, 6.04),
    "a800": (4992, 6.04),
    "h100": (15832, 19.45),
    "h800": (15832, 19.45),
    "h20": (2368, 2.91),
    "h200": (15832, 19.45),
    "b200": (36000, None),
    "l20": (1912, 3.14),
    "l40s": (5864, 9.64),
    "rtx-4090": (5285, 8.68),
    "rtx-4090d": (4707, 7.74),
    "mi250x": (6128, None),
    "mi300x": (20919, None),
    "ascend-910b": (5120, 7.7),
    "ascend-910c": (12800, 9.6),
}


@pytest.mark.parametrize(("chip_id", "figures"), FACTS_FIGURES.items())
def test_each_chip_computed_tpp_and_density_round_to_the_facts(data, chip_id, figures):
    chip = data.chip(chip_id)
    expected_tpp, expected_pd = figures
    assert round(chip.tpp) == expected_tpp
    if expected_pd is None:
        assert chip.performance_density is None
    else:
        decimals = len(str(expected_pd).partition(".")[2])
        assert chip.performance_density is not None
        assert round(chip.performance_density, decimals) == expected_pd


def test_h100_tpp_is_15832_and_h20_tpp_is_2368(data):
    assert data.chip("h100").tpp == 15832
    assert data.chip("h20").tpp == 2368


LR = Status.LICENCE_REQUIRED
NC = Status.NOT_CONTROLLED

# the statuses the facts give, by rule (2022, 2023, 2026); None where they give none: the app
# then classifies the chip by the rule's thresholds and says so ("by the thresholds")
FACTS_STATUSES = {
    "a100": (LR, LR, Status.CASE_BY_CASE),
    "a800": (NC, LR, None),
    "h100": (LR, LR, Status.CASE_BY_CASE),
    "h800": (NC, LR, None),
    "h20": (None, NC, None),
    "h200": (None, LR, Status.CASE_BY_CASE),
    "b200": (None, LR, Status.PRESUMPTION_OF_DENIAL),
    "l20": (None, NC, None),
    "l40s": (NC, LR, None),
    "rtx-4090": (NC, Status.NOTIFICATION, None),
    "rtx-4090d": (None, NC, None),
    "mi250x": (None, LR, None),
    "mi300x": (None, LR, Status.CASE_BY_CASE),
    "ascend-910b": (None, LR, None),
    "ascend-910c": (None, LR, None),
}


@pytest.mark.parametrize(("chip_id", "statuses"), FACTS_STATUSES.items())
def test_each_chip_status_is_the_facts_one_under_every_rule(data, chip_id, statuses):
    chip = data.chip(chip_id)
    for rule, expected in zip(Rule, statuses, strict=True):
        assert chip.facts_status(rule) is expected, (chip_id, rule)
        if expected is not None:
            assert chip.status(rule) is expected, (chip_id, rule)


# Launched after the October 2022 rule had given way to the October 2023 one (H200 shipping
# from 2024, MI300X on 6 December 2023, RTX 4090 D on 28 December 2023, H20 and L20 in 2024,
# B200), or classified in 2022 only by inference (MI250X: a notice to AMD is not verified):
# their 2022 status is the rule's thresholds applied to them, not a decision of the time.
BY_THE_2022_THRESHOLDS = ("h20", "h200", "b200", "l20", "rtx-4090d", "mi250x", "mi300x")


@pytest.mark.parametrize("chip_id", BY_THE_2022_THRESHOLDS)
def test_chips_launched_after_the_october_2022_rule_are_classified_by_its_thresholds(data, chip_id):
    chip = data.chip(chip_id)
    assert chip.facts_status(Rule.OCTOBER_2022) is None
    assert chip.status(Rule.OCTOBER_2022) in (LR, NC)  # still computed, and shown as such


def test_every_chip_launched_in_2024_or_later_is_classified_by_the_2022_thresholds(data):
    for chip in data.chips:
        if chip.launch_year >= 2024:
            assert chip.facts_status(Rule.OCTOBER_2022) is None, chip.id


def test_h20_needs_no_licence_under_the_october_2023_rule(data):
    assert data.chip("h20").status(Rule.OCTOBER_2023) is Status.NOT_CONTROLLED


def test_h800_was_legal_under_the_2022_rule_and_needs_a_licence_since_2023(data):
    h800 = data.chip("h800")
    assert h800.status(Rule.OCTOBER_2022) is Status.NOT_CONTROLLED
    assert h800.status(Rule.OCTOBER_2023) is Status.LICENCE_REQUIRED


def test_estimated_figures_are_flagged(data):
    ascend = data.chip("ascend-910b")
    assert ascend.domestic_chinese
    assert ascend.confidence is Confidence.LOW
    assert ascend.tpp_is_estimate and ascend.pd_is_estimate
    assert data.chip("h800").is_uncertain("interconnect_gbps")
    assert not data.chip("h100").tpp_is_estimate


def test_every_event_of_the_facts_timeline_is_there_in_date_order(data):
    assert sorted(event.id for event in data.events) == [f"E{n:02d}" for n in range(1, 37)]
    dates = [event.date for event in data.events]
    assert dates == sorted(dates)
    assert dates[0] == date(2019, 5, 16)
    assert dates[-1] == date(2026, 5, 31)


@pytest.mark.parametrize(
    ("event_id", "day", "kind"),
    [
        ("E05", date(2022, 10, 7), EventKind.US_RULE),
        ("E07", date(2023, 3, 21), EventKind.COMPANY_RESPONSE),
        ("E08", date(2023, 10, 17), EventKind.US_RULE),
        ("E18", date(2025, 1, 27), EventKind.MARKET_EVENT),
        ("E19", date(2025, 4, 9), EventKind.US_RULE),
        ("E23", date(2025, 7, 31), EventKind.CHINESE_REACTION),
        ("E30", date(2026, 1, 13), EventKind.US_RULE),
    ],
)
def test_key_events_have_the_facts_date_and_a_kind(data, event_id, day, kind):
    event = data.event(event_id)
    assert (event.date, event.kind) == (day, kind)


def test_unverified_citations_and_reported_events_are_flagged(data):
    assert not data.event("E01").citation_verified
    assert "not verified" in data.event("E01").citation
    assert data.event("E32").reported
    assert not data.event("E08").reported
    assert data.event("E07").date_approximate


def test_the_h20_timeline_includes_the_april_2025_licence_requirement(data):
    assert "E19" in [event.id for event in data.events_for_chip("h20")]


def test_every_text_is_in_french_german_and_english(data):
    for event in data.events:
        for language in ("fr", "de", "en"):
            assert event.title(language) and event.text(language)
    for chip in data.chips:
        assert chip.note("de")


def test_an_unknown_language_falls_back_to_french(data):
    event = data.event("E18")
    assert event.title("xx") == event.title("fr")


def test_the_hardware_card_says_2048_h800s_for_deepseek_v3(data):
    cluster = data.hardware[0]
    assert (cluster.chip, cluster.value, cluster.unit) == ("h800", 2048, HardwareUnit.GPUS)
    assert "2\u202f048" in cluster.title("fr")


def test_every_row_cites_a_known_source(data):
    rows = [*data.chips, *data.events, *data.hardware]
    assert all(row.sources for row in rows)


# --- damaged copies ---------------------------------------------------------------------------


def test_an_inconsistent_tpp_is_refused(data_dir):
    line = damage(data_dir / CHIPS_FILE, "h20", "tpp_facts", "2400")
    error = expect_error(data_dir)
    assert (error.problem, error.file, error.row, error.column) == (
        Problem.INCONSISTENT,
        CHIPS_FILE,
        line,
        "tpp_facts",
    )


def test_a_tpp_off_by_more_than_the_facts_rounding_is_refused(data_dir):
    # 660.6 x 8 = 5,284.8 rounds to 5,285 but not to 5,284.
    line = damage(data_dir / CHIPS_FILE, "rtx-4090", "tpp_facts", "5284")
    error = expect_error(data_dir)
    assert (error.problem, error.row, error.column) == (Problem.INCONSISTENT, line, "tpp_facts")


def test_an_inconsistent_performance_density_is_refused(data_dir):
    line = damage(data_dir / CHIPS_FILE, "h20", "die_area_mm2", "700")
    error = expect_error(data_dir)
    assert (error.problem, error.row, error.column) == (Problem.INCONSISTENT, line, "pd_facts")


def test_a_throughput_beating_the_tpp_basis_is_refused(data_dir):
    line = damage(data_dir / CHIPS_FILE, "h20", "dense_bf16_fp16_tflops", "200")
    error = expect_error(data_dir)
    assert (error.problem, error.row, error.column) == (
        Problem.INCONSISTENT,
        line,
        "dense_bf16_fp16_tflops",
    )


def test_a_status_the_classifier_disagrees_with_is_refused(data_dir):
    line = damage(data_dir / CHIPS_FILE, "h20", "status_2023", "licence_required")
    error = expect_error(data_dir)
    assert (error.problem, error.file, error.row, error.column) == (
        Problem.INCONSISTENT,
        CHIPS_FILE,
        line,
        "status_2023",
    )


def test_an_unknown_status_code_is_refused(data_dir):
    line = damage(data_dir / CHIPS_FILE, "h100", "status_2022", "banned")
    error = expect_error(data_dir)
    assert (error.problem, error.row, error.column) == (Problem.BAD_CHOICE, line, "status_2022")


def test_a_bad_event_kind_is_refused(data_dir):
    line = damage(data_dir / TIMELINE_FILE, "E05", "kind", "law")
    error = expect_error(data_dir)
    assert (error.problem, error.file, error.row, error.column) == (
        Problem.BAD_CHOICE,
        TIMELINE_FILE,
        line,
        "kind",
    )


def test_a_missing_translation_is_refused(data_dir):
    line = damage(data_dir / TIMELINE_FILE, "E18", "text_de", "")
    error = expect_error(data_dir)
    assert (error.problem, error.file, error.row, error.column) == (
        Problem.MISSING_TRANSLATION,
        TIMELINE_FILE,
        line,
        "text_de",
    )


def test_a_half_translated_optional_caveat_is_refused(data_dir):
    line = damage(data_dir / CHIPS_FILE, "h800", "caveat_en", "")
    error = expect_error(data_dir)
    assert (error.problem, error.row, error.column) == (
        Problem.MISSING_TRANSLATION,
        line,
        "caveat_en",
    )


def test_an_unknown_source_id_is_refused(data_dir):
    sources = cell(data_dir / CHIPS_FILE, "h100", "sources")
    line = damage(data_dir / CHIPS_FILE, "h100", "sources", sources + "; exp-nowhere")
    error = expect_error(data_dir)
    assert (error.problem, error.file, error.row, error.column, error.value) == (
        Problem.UNKNOWN_SOURCE,
        CHIPS_FILE,
        line,
        "sources",
        "exp-nowhere",
    )


def test_an_unknown_source_id_in_the_hardware_card_is_refused(data_dir):
    line = damage(data_dir / HARDWARE_FILE, "v3-cluster", "sources", "exp-nowhere")
    error = expect_error(data_dir)
    assert (error.problem, error.file, error.row) == (Problem.UNKNOWN_SOURCE, HARDWARE_FILE, line)


def test_a_date_outside_2019_to_2026_is_refused(data_dir):
    line = damage(data_dir / TIMELINE_FILE, "E01", "date", "2018-12-31")
    error = expect_error(data_dir)
    assert (error.problem, error.row, error.column) == (Problem.OUT_OF_RANGE, line, "date")


def test_a_malformed_date_is_refused(data_dir):
    line = damage(data_dir / TIMELINE_FILE, "E01", "date", "16/05/2019")
    error = expect_error(data_dir)
    assert (error.problem, error.row, error.column) == (Problem.BAD_DATE, line, "date")


def test_an_event_naming_an_unknown_chip_is_refused(data_dir):
    line = damage(data_dir / TIMELINE_FILE, "E19", "chips", "h20; mi308")
    error = expect_error(data_dir)
    assert (error.problem, error.row, error.column, error.value) == (
        Problem.BAD_CHOICE,
        line,
        "chips",
        "mi308",
    )


def test_a_plain_space_before_a_french_colon_is_refused(data_dir):
    note = cell(data_dir / CHIPS_FILE, "a100", "note_fr").replace("\u00a0:", " :")
    line = damage(data_dir / CHIPS_FILE, "a100", "note_fr", note)
    error = expect_error(data_dir)
    assert (error.problem, error.row, error.column) == (Problem.INCONSISTENT, line, "note_fr")


def test_a_hardware_value_without_a_unit_is_refused(data_dir):
    line = damage(data_dir / HARDWARE_FILE, "v3-cluster", "unit", "")
    error = expect_error(data_dir)
    assert (error.problem, error.row, error.column) == (Problem.EMPTY_VALUE, line, "unit")


def test_an_unlisted_uncertain_field_is_refused(data_dir):
    line = damage(data_dir / CHIPS_FILE, "h800", "uncertain_fields", "nvlink_speed")
    error = expect_error(data_dir)
    assert (error.problem, error.row, error.column) == (
        Problem.BAD_CHOICE,
        line,
        "uncertain_fields",
    )


def test_a_duplicate_chip_id_is_refused(data_dir):
    line = damage(data_dir / CHIPS_FILE, "a800", "id", "a100")
    error = expect_error(data_dir)
    assert (error.problem, error.row) == (Problem.DUPLICATE_ROW, line)


def test_a_missing_file_is_refused(data_dir):
    (data_dir / HARDWARE_FILE).unlink()
    error = expect_error(data_dir)
    assert (error.problem, error.file) == (Problem.MISSING_FILE, HARDWARE_FILE)
