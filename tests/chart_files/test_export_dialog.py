"""Export from the window: the dialog proposes, remembers, and the controller reports clearly."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.chart_files.actions import ChartExportController
from ui.chart_files.export_dialog import CUSTOM_SIZE, ExportDialog, ExportRequest
from ui.shell.settings import AppSettings
from widgets.chart_panel import ChartPanel


class FakeLanguage:
    language = "de"


@pytest.fixture
def panels(qtbot):
    made = []
    for chart_id in ("market-timeline", "market-movers"):
        panel = ChartPanel(chart_id, {}, with_legend=False)
        qtbot.addWidget(panel)
        panel.set_texts(f"Titel {chart_id}", "", "Quelle: Test")
        panel.plot.plot([0, 1], [0, 1], pen=pg.mkPen("#0072B2", width=2))
        panel.resize(800, 450)
        panel.show()
        made.append(panel)
    return made


@pytest.fixture
def controller(qtbot, panels, settings_dir):
    host = QWidget()
    qtbot.addWidget(host)
    return ChartExportController(host, FakeLanguage(), AppSettings(), lambda: panels, None)


def test_dialog_proposes_chart_id_language_and_extension(qtbot, panels, settings_dir, tmp_path):
    settings = AppSettings()
    settings.remember_export(str(tmp_path), "svg", 3.0)
    dialog = ExportDialog(panels, panels[1], "de", settings)
    qtbot.addWidget(dialog)
    assert Path(dialog.path_edit.text()) == tmp_path / "market-movers_de.svg"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    assert dialog.path_edit.text().endswith("market-movers_de.pdf")
    dialog.chart_box.setCurrentIndex(0)
    assert dialog.path_edit.text().endswith("market-timeline_de.pdf")


def test_dialog_remembers_folder_format_and_scale(qtbot, panels, settings_dir, tmp_path):
    first = ExportDialog(panels, None, "fr", AppSettings())
    qtbot.addWidget(first)
    first.format_box.setCurrentIndex(first.format_box.findData("png"))
    first.scale_box.setCurrentIndex(first.scale_box.findData(4.0))
    first.path_edit.setText(str(tmp_path / "mine.png"))
    first._accept_if_valid()
    second = ExportDialog(panels, None, "fr", AppSettings())
    qtbot.addWidget(second)
    assert second.file_format() == "png"
    assert second.scale_box.currentData() == 4.0
    assert Path(second.path_edit.text()).parent == tmp_path


def test_scale_multiplies_the_on_screen_size_and_custom_sizes_are_exact(
    qtbot, panels, settings_dir
):
    dialog = ExportDialog(panels, panels[0], "en", AppSettings())
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
    dialog.scale_box.setCurrentIndex(dialog.scale_box.findData(2.0))
    assert dialog.pixel_size() == QSize(panels[0].width() * 2, panels[0].height() * 2)
    dialog.scale_box.setCurrentIndex(dialog.scale_box.findData(CUSTOM_SIZE))
    dialog.width_box.setValue(3840)
    dialog.height_box.setValue(2160)
    assert dialog.request().pixel_size == QSize(3840, 2160)


def test_png_export_writes_the_asked_size_without_blocking(controller, panels, tmp_path):
    target = tmp_path / "chart.png"
    request = ExportRequest(panels[0], target, "png", 1.0, QSize(1920, 1080))
    assert controller.perform(request)
    controller.wait_for_writes()
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1920, 1080)


def test_a_refused_overwrite_keeps_the_old_file(controller, panels, tmp_path, monkeypatch):
    target = tmp_path / "chart.svg"
    target.write_text("old")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    messages = []
    controller.statusMessage.connect(messages.append)
    assert not controller.perform(ExportRequest(panels[0], target, "svg", 1.0, None))
    assert target.read_text() == "old"
    assert messages == ["Nothing was written."]


def test_an_unwritable_folder_is_reported_and_leaves_nothing(
    controller, panels, tmp_path, monkeypatch
):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    target = tmp_path / "missing" / "chart.pdf"
    assert not controller.perform(ExportRequest(panels[0], target, "pdf", 1.0, None))
    assert shown and str(target) in shown[0]
    assert not target.parent.exists()


def test_an_absurd_size_is_refused_with_a_message(controller, panels, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    target = tmp_path / "huge.png"
    request = ExportRequest(panels[0], target, "png", 1.0, QSize(100_000, 100_000))
    assert not controller.perform(request)
    controller.wait_for_writes()
    assert shown
    assert not target.exists()


def test_copy_puts_an_image_on_the_clipboard(controller, panels):
    QGuiApplication.clipboard().clear()
    assert controller.copy_to_clipboard(panels[0])
    image = QGuiApplication.clipboard().image()
    assert not image.isNull()
    assert image.width() == panels[0].width() * 2


def test_chart_panel_offers_export_and_copy_in_its_context_menu(panels, qtbot):
    panel = panels[0]
    requested = []
    panel.exportRequested.connect(requested.append)
    panel.copyRequested.connect(requested.append)
    panel._show_context_menu(panel.graphics.rect().center())
    actions = panel.context_menu.actions()
    assert [a.text() for a in actions] == ["Export chart…", "Copy chart"]
    for action in actions:
        action.trigger()
    panel.export_button.click()
    assert requested == [panel, panel, panel]
    panel.context_menu.close()
