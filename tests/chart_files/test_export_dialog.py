"""Export from the window: the dialog proposes, previews, lets the texts be rewritten,
refuses what cannot be written without losing what was set, and remembers."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pytest
from chart_files_support import ink
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox, QWidget

from explainer_core.chart_files.plan import FigureSize
from ui.chart_files.actions import ChartFileActions
from ui.chart_files.chart_figures import ChartRequest, TextEdits
from ui.chart_files.chart_output import FileSpec
from ui.chart_files.export_dialog import ChartChoice, ExportChoice, ExportDialog
from ui.shell.settings import AppSettings
from widgets.chart_panel import ChartPanel

CHARTS = [
    ChartChoice("market-movers", "Moves on the day of the shock"),
    ChartChoice("market-timeline", "Market timeline"),
]


class FakeLanguage:
    language = "de"


@pytest.fixture
def dialog(qtbot, settings_dir):
    def make(current="market-movers", language="de", charts=CHARTS) -> ExportDialog:
        made = ExportDialog(charts, current, language, AppSettings())
        qtbot.addWidget(made)
        return made

    return make


@pytest.fixture
def actions(qtbot, settings_dir):
    host = QWidget()
    qtbot.addWidget(host)
    return ChartFileActions(
        host, FakeLanguage(), AppSettings(), lambda: "market-movers", lambda _chart: None
    )


def test_the_dialog_proposes_chart_id_language_and_extension(dialog, tmp_path):
    AppSettings().remember_export(str(tmp_path), "svg", 3.0)
    made = dialog()
    assert Path(made.path_edit.text()) == tmp_path / "market-movers_de.svg"
    made.format_box.setCurrentIndex(made.format_box.findData("pdf"))
    assert made.path_edit.text().endswith("market-movers_de.pdf")
    made.format_box.setCurrentIndex(made.format_box.findData("csv"))
    assert made.path_edit.text().endswith("market-movers_de.csv")
    assert not made.sizes.isEnabled()  # a table has no size


def test_size_presets_the_aspect_lock_and_the_sharpness(dialog):
    made = dialog()
    made.format_box.setCurrentIndex(made.format_box.findData("png"))
    sizes = made.sizes
    sizes.preset_box.setCurrentIndex(sizes.preset_box.findData("square"))
    assert sizes.figure_size() == FigureSize(1080, 1080)
    sizes.preset_box.setCurrentIndex(sizes.preset_box.findData("slide"))
    sizes.width_box.setValue(2000)  # the ratio is locked: 16:9 stays 16:9
    assert sizes.figure_size() == FigureSize(2000, 1125)
    assert sizes.preset_box.currentData() == "slide-large"  # a typed preset is found
    sizes.lock_box.setChecked(False)
    sizes.height_box.setValue(1000)
    assert sizes.figure_size() == FigureSize(2000, 1000)
    assert sizes.preset_box.currentData() == "custom"
    sizes.scale_box.setCurrentIndex(sizes.scale_box.findData(3.0))
    assert made.spec().pixel_size == (6000, 3000)
    assert "6000 × 3000" in sizes.note.text()


def test_the_preview_shows_the_figure_and_follows_the_texts(dialog, qtbot):
    made = dialog(language="fr")
    made.resize(1100, 700)
    made.show()
    made.preview.redraw_now()
    before = made.preview.pixmap().toImage()
    assert ink(before) > 0.01
    made.texts.title_edit.setText("Mon titre à moi, pour le journal de demain")
    made.preview.redraw_now()
    assert made.preview.pixmap().toImage() != before
    assert made.chart_request().edits.title == "Mon titre à moi, pour le journal de demain"


def test_rewritten_texts_are_remembered_per_chart_and_language_until_reset(dialog, tmp_path):
    first = dialog(language="fr")
    first.texts.title_edit.setText("Titre de la rédaction")
    first.texts.byline_edit.setText("Graphique : A. B.")
    first.path_edit.setText(str(tmp_path / "mine"))
    first._accept_if_valid()
    again = dialog(language="fr")
    assert again.texts.title_edit.text() == "Titre de la rédaction"
    assert again.chart_request().edits.byline == "Graphique : A. B."
    german = dialog(language="de")
    assert german.texts.title_edit.text() != "Titre de la rédaction"
    again.texts.reset()
    assert again.chart_request().edits == TextEdits()
    again.path_edit.setText(str(tmp_path / "mine"))
    again._accept_if_valid()
    assert AppSettings().export_texts("market-movers", "fr") == {}


def test_a_name_without_extension_gets_the_formats(dialog, tmp_path):
    made = dialog()
    made.format_box.setCurrentIndex(made.format_box.findData("xlsx"))
    made.path_edit.setText(str(tmp_path / "numbers"))
    made._accept_if_valid()
    assert made.choice().path == tmp_path / "numbers.xlsx"


def test_a_folder_that_does_not_exist_is_refused_in_the_dialog_keeping_every_choice(
    dialog, tmp_path
):
    made = dialog(language="fr")
    made.show()
    made.format_box.setCurrentIndex(made.format_box.findData("pdf"))
    made.texts.title_edit.setText("Titre gardé")
    made.path_edit.setText(str(tmp_path / "nowhere" / "chart.pdf"))
    made._accept_if_valid()
    assert made.isVisible() and made.result() == 0  # still open
    assert made.problem_label.isVisible()
    assert "nowhere" in made.problem_label.text()
    assert "n’existe pas" in made.problem_label.text() or "does not exist" in (
        made.problem_label.text()
    )
    assert made.texts.title_edit.text() == "Titre gardé"
    assert made.file_format() == "pdf"


def test_the_highlight_travels_only_when_asked(dialog):
    from explainer_core.market.figures import MoversState

    charts = [ChartChoice("market-movers", "Moves", MoversState(highlighted="VST"))]
    made = dialog(charts=charts)
    assert made.highlight_box.isVisibleTo(made)
    assert made.chart_request().state == MoversState(highlighted=None)
    made.highlight_box.setChecked(True)
    assert made.chart_request().state == MoversState(highlighted="VST")
    plain = dialog(charts=[ChartChoice("market-movers", "Moves", MoversState())])
    assert not plain.highlight_box.isVisibleTo(plain)


def test_an_export_is_written_in_the_background(actions, tmp_path):
    target = tmp_path / "chart.png"
    choice = ExportChoice(
        ChartRequest("market-movers", "fr"), FileSpec("png", FigureSize(800, 450), 1), target
    )
    assert actions.perform(choice)
    actions.wait_for_writes()
    image = QImage(str(target))
    assert (image.width(), image.height()) == (800, 450)


def test_a_refused_overwrite_keeps_the_old_file(actions, tmp_path, monkeypatch):
    target = tmp_path / "chart.svg"
    target.write_text("old")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    messages = []
    actions.statusMessage.connect(messages.append)
    choice = ExportChoice(ChartRequest("market-movers", "fr"), FileSpec("svg"), target)
    assert not actions.perform(choice)
    assert target.read_text() == "old"
    assert messages == ["Nothing was written."]


def test_an_absurd_size_is_refused_with_a_message(actions, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    target = tmp_path / "huge.png"
    choice = ExportChoice(
        ChartRequest("market-movers", "fr"), FileSpec("png", FigureSize(8000, 8000), 8), target
    )
    assert not actions.perform(choice)
    actions.wait_for_writes()
    assert shown and "huge.png" in shown[0]
    assert not target.exists()


def test_copy_puts_the_chart_worked_with_on_the_clipboard_and_says_so(actions):
    QGuiApplication.clipboard().clear()
    messages = []
    actions.statusMessage.connect(messages.append)
    assert actions.copy_to_clipboard()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (2400, 1350)
    assert messages == ["Copied “Moves on the day of the shock” to the clipboard."]


def test_chart_panel_offers_export_and_copy_in_its_context_menu(qtbot):
    panel = ChartPanel("market-movers", {}, with_legend=False)
    qtbot.addWidget(panel)
    panel.plot.plot([0, 1], [0, 1], pen=pg.mkPen("#0072B2", width=2))
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


@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_every_field_of_the_dialog_shows_whole_in_each_language(make_window, qtbot, language):
    """German writes the widest rows ("Seitenverhältnis beibehalten"): the fields' column
    widens for them rather than cutting them off or scrolling sideways."""
    window = make_window(language)
    made = ExportDialog(
        window.exporter.chart_choices(), "market-timeline", language, window.settings, window
    )
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    # Settled: the scroll area has sized the fields' column to its viewport.
    qtbot.waitUntil(lambda: made.choices.width() == made.scroller.viewport().width())
    assert made.scroller.viewport().width() >= made.choices.minimumSizeHint().width()
    assert not made.scroller.horizontalScrollBar().isVisible()
    for field in (made.sizes, made.texts_group, made.browse_button):
        right = field.mapTo(made.choices, field.rect().topRight()).x()
        assert right <= made.scroller.viewport().width(), field
    made.reject()
