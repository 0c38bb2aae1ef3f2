"""Exported charts are sharp, complete, in the current language, and written all or nothing."""

from __future__ import annotations

import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pyqtgraph as pg
import pytest
from conftest import ROOT, isolated_environment
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QGraphicsRectItem

from explainer_core.chart_files.plan import PlanError, check_pixel_size
from ui.chart_files.writing import (
    ExportFailure,
    ExportProblem,
    export_chart,
    pdf_bytes,
    png_bytes,
    render_image,
    svg_bytes,
)
from widgets.chart_panel import ChartPanel

LINE_COLOUR = "#D55E00"


@pytest.fixture
def line_chart(qtbot):
    """A chart with one horizontal 2-pixel line across the middle."""
    panel = ChartPanel("test-line", {}, with_legend=False)
    qtbot.addWidget(panel)
    panel.resize(800, 500)
    panel.set_texts("Titre du graphique", "", "Source : essai")
    panel.plot.plot([0, 1, 2], [0, 0, 0], pen=pg.mkPen(LINE_COLOUR, width=2))
    panel.plot.setYRange(-1, 1)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def line_thickness(image: QImage) -> int:
    column = image.width() // 2
    return sum(
        1
        for y in range(image.height())
        if QColor(image.pixel(column, y)).red() > 150
        and QColor(image.pixel(column, y)).green() < 150
    )


def not_blank(image: QImage) -> bool:
    first = image.pixel(0, 0)
    return any(
        image.pixel(x, y) != first
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    )


def test_png_has_exactly_the_asked_size_and_is_not_blank(line_chart):
    image = render_image(line_chart, 2.0, pixel_size=QSize(1920, 1080))
    assert (image.width(), image.height()) == (1920, 1080)
    assert not_blank(image)


def test_a_png_file_is_the_figure_pixel_for_pixel(line_chart):
    """Painted and encoded in bands, the file still holds what one paint of the whole
    figure gives: dashes and hatching run on across the bands' edges."""
    line_chart.plot.plot(
        [0, 2], [-1, 1], pen=pg.mkPen("#0072B2", width=2, style=Qt.PenStyle.DashLine)
    )
    hatch = QGraphicsRectItem(0.2, -0.8, 1.5, 1.4)
    hatch.setBrush(QBrush(QColor("#999999"), Qt.BrushStyle.BDiagPattern))
    line_chart.plot.addItem(hatch)
    for scale, size in ((2.0, None), (1.0, QSize(3840, 2160))):
        expected = render_image(line_chart, scale, size)
        image = QImage.fromData(png_bytes(line_chart, scale, size), "PNG")
        assert image.size() == expected.size()
        assert image.dotsPerMeterX() == expected.dotsPerMeterX()
        rgb32 = QImage.Format.Format_RGB32
        assert image.convertToFormat(rgb32) == expected.convertToFormat(rgb32)


def test_a_2x_png_has_proportionally_thicker_lines(line_chart):
    one = line_thickness(render_image(line_chart, 1.0))
    two = line_thickness(render_image(line_chart, 2.0))
    three = line_thickness(render_image(line_chart, 3.0))
    assert one >= 2
    assert two == 2 * one
    assert three == 3 * one


def test_export_leaves_the_chart_as_it_was(line_chart):
    pen_before = line_chart.plot.listDataItems()[0].curve.opts["pen"].widthF()
    size_before = line_chart.graphics.ci.size()
    render_image(line_chart, 3.0)
    assert line_chart.plot.listDataItems()[0].curve.opts["pen"].widthF() == pen_before
    assert line_chart.graphics.ci.size() == size_before


def test_svg_is_well_formed_has_the_title_and_renders(line_chart):
    data = svg_bytes(line_chart)
    root = ET.fromstring(data)
    assert root.tag.endswith("svg")
    assert "Titre du graphique" in data.decode("utf-8")
    renderer = QSvgRenderer(data)
    assert renderer.isValid()
    image = QImage(400, 250, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert not_blank(image)


def test_pdf_has_one_page_and_renders(line_chart):
    pdfium = pytest.importorskip("pypdfium2")
    data = pdf_bytes(line_chart)
    assert data.startswith(b"%PDF")
    document = pdfium.PdfDocument(data)
    assert len(document) == 1
    pixels = document[0].render(scale=0.5).to_numpy()
    assert pixels.std() > 0  # not a blank page


def test_an_absurd_size_is_refused_before_any_memory_is_allocated(line_chart, monkeypatch):
    import ui.chart_files.writing as chart_files

    monkeypatch.setattr(chart_files, "QImage", lambda *a: pytest.fail("image allocated"))
    start = time.perf_counter()
    with pytest.raises(PlanError):
        render_image(line_chart, 1.0, pixel_size=QSize(100_000, 100_000))
    assert time.perf_counter() - start < 1.0
    with pytest.raises(PlanError):
        check_pixel_size(20_000, 20_000)


def test_a_missing_folder_gives_a_clear_failure_and_no_file(line_chart, tmp_path):
    target = tmp_path / "gone" / "chart.png"
    with pytest.raises(ExportFailure) as caught:
        export_chart(line_chart, target, "png")
    assert caught.value.problem is ExportProblem.FOLDER_MISSING
    assert not target.exists()


def test_an_unwritable_target_leaves_no_partial_file(line_chart, tmp_path):
    blocked = tmp_path / "chart.png"
    blocked.mkdir()  # a folder where the file should go: nobody can write it, even root
    with pytest.raises(ExportFailure) as caught:
        export_chart(line_chart, blocked, "png")
    assert caught.value.problem is ExportProblem.NOT_WRITABLE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]
    assert blocked.is_dir()


def test_a_failed_write_keeps_the_previous_file_intact(line_chart, tmp_path, monkeypatch):
    from PySide6.QtCore import QSaveFile

    target = tmp_path / "chart.png"
    target.write_bytes(b"previous export")
    monkeypatch.setattr(QSaveFile, "commit", lambda self: (self.cancelWriting(), False)[1])
    with pytest.raises(ExportFailure) as caught:
        export_chart(line_chart, target, "png")
    assert caught.value.problem is ExportProblem.WRITE_FAILED
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["chart.png"]


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=isolated_environment(home),
        cwd=ROOT,
    )


EXPECTED_CHARTS = {"market-timeline", "market-movers"}


def test_command_line_writes_every_chart_for_every_language_and_format(tmp_path):
    out = tmp_path / "charts"
    result = run_cli("--export", str(out), "--lang", "fr,de", "--format", "png,svg", home=tmp_path)
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in out.iterdir())
    printed = sorted(Path(line).name for line in result.stdout.split())
    assert written == printed
    charts = {name.rsplit("_", 1)[0] for name in written}
    assert charts >= EXPECTED_CHARTS
    assert len(written) == len(charts) * 2 * 2
    german = ET.parse(out / "market-timeline_de.svg").getroot()
    assert "Nvidia und der Markt" in ET.tostring(german, encoding="unicode")


def test_command_line_defaults_to_png_at_2x_in_the_saved_language(tmp_path):
    out = tmp_path / "charts"
    result = run_cli("--export", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert "market-timeline_fr.png" in names
    assert all(name.endswith("_fr.png") for name in names)
    image = QImage(str(out / "market-timeline_fr.png"))
    assert (image.width(), image.height()) == (2400, 1350)


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--format", "gif", "unknown format 'gif'"),
        ("--scale", "0", "invalid scale '0'"),
        ("--scale", "big", "invalid scale 'big'"),
        ("--lang", "fr,xx", "unknown language 'xx'"),
    ],
)
def test_command_line_refuses_a_malformed_option(tmp_path, option, value, message):
    out = tmp_path / "charts"
    result = run_cli("--export", str(out), option, value, home=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_command_line_fails_cleanly_when_the_folder_cannot_be_made(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run_cli("--export", str(blocker / "charts"), home=tmp_path)
    assert result.returncode == 1
    assert "cannot create" in result.stderr
    assert "Traceback" not in result.stderr


def test_scatter_points_keep_their_own_pens_and_sizes_after_a_sharp_export(line_chart):
    scatter = pg.ScatterPlotItem(
        x=[0.5, 1.5], y=[0.2, -0.2], size=[8, 14], pen=[pg.mkPen("k", width=1), None]
    )
    line_chart.plot.addItem(scatter)
    before = [(spot.size(), spot.pen().widthF()) for spot in scatter.points()]
    render_image(line_chart, 3.0)
    assert [(spot.size(), spot.pen().widthF()) for spot in scatter.points()] == before


def test_a_chart_never_shown_keeps_its_long_axis_labels_in_the_figure(qtbot):
    panel = ChartPanel("test-hidden", {}, with_legend=False)
    qtbot.addWidget(panel)  # never shown, like a hidden tab or the command line
    panel.set_texts("Titre", "", "Source")
    panel.plot.getAxis("left").setTicks([[(0, "Un nom de modèle très long"), (1, "Court")]])
    panel.plot.plot([0, 1], [0, 1])
    narrow = panel.plot.getAxis("left").width()
    render_image(panel, 1.0)
    assert panel.plot.getAxis("left").width() > narrow + 60


def test_the_figure_shows_the_words_of_linked_sources_not_their_markup(line_chart):
    from ui.chart_files.writing import figure_texts

    line_chart.set_texts("Titre", "", 'Sources : <a href="https://example.org/x">Reuters</a>')
    assert figure_texts(line_chart).source_line == "Sources : Reuters"
