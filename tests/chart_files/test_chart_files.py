"""Chart files as a newsroom takes them away: the same picture in PNG, SVG and PDF, at any
size, with the texts the user wrote, the numbers behind it as CSV and XLSX, and nothing
half-written when something goes wrong."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest
from chart_files_support import CHART_IDS, LANGUAGES, image_of, ink, pdf_text_and_subject
from image_comparison import (
    MAX_TILE_DIFFERENCE,
    compare,
    grey_from_png,
    render_pdf_with_pdfium,
    render_svg_with_qt,
    render_svg_with_resvg,
)
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QLabel

from explainer_core.chart_files.plan import BASE_SIZE, FigureSize, Paper
from explainer_core.chart_files.tables import table_frame
from ui.chart_files.batch import BatchExport, BatchJob, run_batch
from ui.chart_files.chart_figures import ChartRequest, TextEdits, build_table
from ui.chart_files.chart_output import FileSpec, chart_file_bytes, companion_path
from ui.chart_files.saving import ExportFailure, ExportProblem, save_chart

SVG = "{http://www.w3.org/2000/svg}"


def files_of(chart_id: str, language: str, file_format: str, tmp_path: Path, **spec) -> dict:
    request = ChartRequest(chart_id, language, edits=spec.pop("edits", TextEdits()))
    target = tmp_path / f"{chart_id}_{language}.{file_format}"
    return dict(chart_file_bytes(request, FileSpec(file_format, **spec), target))


# -- the same picture in every format ---------------------------------------------------------
# Every chart once, the languages taking turns: the renderers' proof over the app's own charts.
CASES = [(chart, LANGUAGES[index % 3]) for index, chart in enumerate(CHART_IDS)]


@pytest.mark.parametrize(("chart_id", "language"), CASES)
def test_png_svg_and_pdf_show_the_same_picture(qapp, tmp_path, chart_id, language):
    width, height = BASE_SIZE.width, BASE_SIZE.height
    png = files_of(chart_id, language, "png", tmp_path, scale=1.0)
    svg = files_of(chart_id, language, "svg", tmp_path)
    pdf = files_of(chart_id, language, "pdf", tmp_path)
    reference = grey_from_png(next(iter(png.values())))
    svg_bytes, pdf_bytes = next(iter(svg.values())), next(iter(pdf.values()))
    for name, other in (
        ("SVG drawn by resvg", render_svg_with_resvg(svg_bytes, width)),
        ("SVG drawn by QSvgRenderer", render_svg_with_qt(svg_bytes, width, height)),
        ("PDF drawn by PDFium", render_pdf_with_pdfium(pdf_bytes, width, height)),
    ):
        difference = compare(reference, other)
        assert difference.score <= MAX_TILE_DIFFERENCE, (
            f"{chart_id} ({language}): the {name} differs from the PNG by {difference.describe()}"
        )


@pytest.mark.parametrize("chart_id", CHART_IDS)
@pytest.mark.parametrize(
    "size", [FigureSize(600, 600), FigureSize(1080, 1350), FigureSize(4000, 1000)]
)
def test_every_chart_draws_at_the_extremes_of_size(qapp, tmp_path, chart_id, size):
    png = next(iter(files_of(chart_id, "de", "png", tmp_path, size=size, scale=1.0).values()))
    image = image_of(png)
    assert (image.width(), image.height()) == (size.width, size.height)
    assert ink(image) > 0.01


def test_a_png_is_the_figure_size_times_its_sharpness(qapp, tmp_path):
    png = files_of("market-movers", "fr", "png", tmp_path, size=FigureSize(1080, 1350), scale=2)
    image = image_of(next(iter(png.values())))
    assert (image.width(), image.height()) == (2160, 2700)


def test_a_pdf_can_be_a_printed_page(qapp, tmp_path):
    import pypdfium2

    pdf = files_of("market-movers", "en", "pdf", tmp_path, paper=Paper.A4_LANDSCAPE)
    page = pypdfium2.PdfDocument(next(iter(pdf.values())))[0]
    assert (round(page.get_width()), round(page.get_height())) == (842, 595)  # points


def test_an_absurd_size_is_refused_before_any_memory_is_allocated(qapp, tmp_path):
    spec = FileSpec("png", FigureSize(8000, 8000), scale=8)
    with pytest.raises(ExportFailure) as caught:
        save_chart(ChartRequest("market-movers", "fr"), spec, tmp_path / "huge.png")
    assert caught.value.problem is ExportProblem.SIZE_REFUSED
    assert list(tmp_path.iterdir()) == []


# -- texts the user wrote, and the alternative text ------------------------------------------
def test_rewritten_texts_appear_in_png_svg_and_pdf(qapp, tmp_path):
    edits = TextEdits(
        title="Le jour où Nvidia a perdu 589 milliards",
        byline="Graphique : La Rédaction",
        description="Texte alternatif écrit par la rédaction.",
    )
    svg = next(iter(files_of("market-movers", "fr", "svg", tmp_path, edits=edits).values()))
    root = ET.fromstring(svg)
    words = " ".join(root.itertext())
    assert "Le jour où Nvidia a perdu 589 milliards" in words
    assert "Graphique : La Rédaction" in words
    assert root.find(f"{SVG}desc").text == "Texte alternatif écrit par la rédaction."
    pdf = next(iter(files_of("market-movers", "fr", "pdf", tmp_path, edits=edits).values()))
    text, subject, title = pdf_text_and_subject(pdf)
    assert "Le jour où Nvidia a perdu 589 milliards" in " ".join(text.split())
    assert title == "Le jour où Nvidia a perdu 589 milliards"
    assert subject == "Texte alternatif écrit par la rédaction."
    plain = grey_from_png(next(iter(files_of("market-movers", "fr", "png", tmp_path).values())))
    edited = grey_from_png(
        next(iter(files_of("market-movers", "fr", "png", tmp_path, edits=edits).values()))
    )
    assert compare(plain, edited).score > MAX_TILE_DIFFERENCE  # the title changed


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_every_file_carries_the_charts_alternative_text(qapp, tmp_path, chart_id):
    svg = next(iter(files_of(chart_id, "en", "svg", tmp_path).values()))
    description = ET.fromstring(svg).find(f"{SVG}desc").text
    assert description and len(description) > 40
    _text, subject, _title = pdf_text_and_subject(
        next(iter(files_of(chart_id, "en", "pdf", tmp_path).values()))
    )
    assert subject == description


def test_an_empty_title_leaves_a_figure_without_a_title(qapp, tmp_path):
    edits = TextEdits(title="")
    png = next(iter(files_of("market-movers", "de", "png", tmp_path, edits=edits).values()))
    assert ink(image_of(png)) > 0.01


# -- the numbers behind the chart ---------------------------------------------------------------
@pytest.mark.parametrize("chart_id", CHART_IDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_csv_and_xlsx_read_back_as_the_charts_table(qapp, tmp_path, chart_id, language):
    table = build_table(ChartRequest(chart_id, language))
    expected = table_frame(table)
    csv_path = tmp_path / f"{chart_id}_{language}.csv"
    written = save_chart(ChartRequest(chart_id, language), FileSpec("csv"), csv_path)
    assert sorted(written) == sorted([csv_path, companion_path(csv_path)])
    back = pd.read_csv(csv_path, encoding="utf-8")
    assert list(back.columns) == [column.header for column in table.columns]
    _assert_same_values(expected, back)
    about = companion_path(csv_path).read_text(encoding="utf-8")
    assert table.title in about
    assert all(source in about for source in table.sources)
    xlsx_path = tmp_path / f"{chart_id}_{language}.xlsx"
    save_chart(ChartRequest(chart_id, language), FileSpec("xlsx"), xlsx_path)
    sheets = pd.read_excel(xlsx_path, sheet_name=None)
    data, about_sheet = list(sheets.values())
    assert list(data.columns) == [column.header for column in table.columns]
    _assert_same_values(expected, data)
    assert table.title in about_sheet.to_string()


def _assert_same_values(expected: pd.DataFrame, back: pd.DataFrame) -> None:
    """Numbers to the last digit; dates and texts as written."""
    for column in expected.columns:
        mine, theirs = expected[column], back[column]
        if pd.api.types.is_numeric_dtype(mine):
            assert mine.tolist() == pytest.approx(theirs.tolist(), rel=0, abs=1e-12, nan_ok=True)
        else:
            assert [_plain(v) for v in mine] == [_plain(v) for v in theirs], column


def _plain(value) -> str:
    # An empty cell: None written, NaN read from a CSV, NaT from a workbook's date column.
    if value is None or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, dt.date | pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    return str(value)


def test_the_movers_table_gives_the_moves_of_the_market_data(qapp):
    table = build_table(ChartRequest("market-movers", "en"))
    moves = dict(zip(table.values("ticker"), table.values("change"), strict=True))
    assert round(moves["NVDA"], 2) == -16.97
    assert round(moves["VST"], 2) == -28.27


# -- nothing half-written -------------------------------------------------------------------------
def test_a_missing_folder_gives_a_clear_failure_and_no_file(qapp, tmp_path):
    target = tmp_path / "gone" / "chart.png"
    with pytest.raises(ExportFailure) as caught:
        save_chart(ChartRequest("market-movers", "fr"), FileSpec("png"), target)
    assert caught.value.problem is ExportProblem.FOLDER_MISSING
    assert not target.parent.exists()


def test_a_failed_write_keeps_the_previous_file_intact(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QSaveFile

    target = tmp_path / "chart.svg"
    target.write_bytes(b"previous export")
    monkeypatch.setattr(QSaveFile, "commit", lambda self: False)
    with pytest.raises(ExportFailure) as caught:
        save_chart(ChartRequest("market-movers", "fr"), FileSpec("svg"), target)
    assert caught.value.problem is ExportProblem.WRITE_FAILED
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.svg"]


# -- exports never touch the interface -------------------------------------------------------------
class LanguageChangeCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.count += 1
        return False


def test_exporting_other_languages_never_switches_the_interface(make_window, tmp_path):
    window = make_window("fr")
    label = window.view("market").findChild(QLabel, "introHeading")
    before = label.text()
    counter = LanguageChangeCounter()
    label.installEventFilter(counter)
    job = BatchJob(tmp_path, ("market-movers",), ("de", "en"), ("svg",), FileSpec("svg"))
    result = run_batch(job)
    QCoreApplication.processEvents()
    assert len(result.written) == 2
    assert window.language.language == "fr"
    assert counter.count == 0
    assert label.text() == before
    german = (tmp_path / "market-movers_de.svg").read_text(encoding="utf-8")
    assert "27.\u00a0Januar\u00a02025" in german


def test_export_all_runs_in_the_background_and_can_be_cancelled(qapp, qtbot, tmp_path):
    job = BatchJob(tmp_path, ("market-movers",) * 8, ("fr", "de", "en"), ("png",), FileSpec("png"))
    batch = BatchExport(job)
    progress = []
    batch.progressed.connect(lambda done, _total, _name: progress.append(done))
    with qtbot.waitSignal(batch.finished, timeout=60_000) as finished:
        batch.start()
        qtbot.waitUntil(lambda: len(progress) >= 2, timeout=30_000)  # the loop keeps running
        batch.cancel()
    result = finished.args[0]
    assert result.cancelled
    assert 0 < len(result.written) < job.total
