"""A language switch redraws hidden tabs and sections only when they are shown (or exported),
and the tab in view at once."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ui.chart_files.writing import svg_bytes
from ui.models.view import HIGHLIGHTED_MODEL
from widgets.deferred_work import DeferredWork

AIME = "AIME 2024|Pass@1"


def switch_language(window, code, qtbot):
    window.language_actions[code].trigger()
    qtbot.wait(10)  # QEvent.LanguageChange is posted: let the event loop deliver it


def open_window(make_window, qtbot, *visited: str):
    """The window on screen in French, the tabs ``visited`` built, the market tab in view."""
    window = make_window("fr")
    window.show()
    qtbot.waitExposed(window)
    for tab_id in visited:
        window.show_tab(tab_id)
        qtbot.wait(5)
    window.show_tab("market")
    qtbot.wait(5)
    return window


# --- the mechanism ---------------------------------------------------------------------------


def test_work_on_a_hidden_page_waits_until_it_is_shown(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    stack = QStackedWidget(host)
    QVBoxLayout(host).addWidget(stack)
    shown, hidden = QLabel("shown"), QLabel("hidden")
    stack.addWidget(shown)
    stack.addWidget(hidden)
    host.show()
    qtbot.waitExposed(host)
    deferred = DeferredWork(hidden)
    done = []
    deferred.run(lambda: done.append("a"))
    deferred.run(lambda: done.append("b"))
    assert done == [] and deferred.pending
    stack.setCurrentWidget(hidden)
    assert done == ["a", "b"] and not deferred.pending
    deferred.run(lambda: done.append("c"))  # visible now: at once
    assert done == ["a", "b", "c"]


def test_the_same_work_asked_twice_runs_once_and_flush_runs_it_now(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    stack = QStackedWidget(host)
    QVBoxLayout(host).addWidget(stack)
    stack.addWidget(QLabel("shown"))
    hidden = QLabel("hidden")
    stack.addWidget(hidden)
    host.show()
    qtbot.waitExposed(host)
    deferred = DeferredWork(hidden)
    done = []

    def work() -> None:
        done.append(1)

    deferred.run(work)
    deferred.run(work)
    deferred.flush()
    assert done == [1]


def test_nothing_waits_in_a_window_not_on_screen(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    stack = QStackedWidget(host)
    stack.addWidget(QLabel("shown"))
    hidden = QLabel("hidden")
    stack.addWidget(hidden)
    done = []
    DeferredWork(hidden).run(lambda: done.append(1))  # no Show event would ever come
    assert done == [1]


# --- in the app ------------------------------------------------------------------------------


def test_the_tab_in_view_is_redrawn_at_once(make_window, qtbot):
    window = open_window(make_window, qtbot)
    market = window.view("market")
    switch_language(window, "de", qtbot)
    assert market.movers_bars.bars[0].value_text == "−28,27\u00a0%"
    # QTextDocument gives the no-break space back as a plain one.
    assert market.movers_bars._value_texts[0].toPlainText() == "−28,27 %"
    assert market.timeline.title_label.text().startswith("Nvidia")
    assert "Nvidia" in market.headline.text() and "Mrd." in market.headline.text()


def test_a_hidden_tab_shows_its_charts_in_the_new_language_as_soon_as_it_is_shown(
    make_window, qtbot
):
    window = open_window(make_window, qtbot, "models")
    models = window.view("models")
    switch_language(window, "en", qtbot)
    # Its introduction changes at once; its charts wait until it is shown.
    assert models.intro.heading.text() == "Model comparison"
    assert models.bar_label(AIME, HIGHLIGHTED_MODEL) == "79,8"
    window.show_tab("models")
    assert models.bar_label(AIME, HIGHLIGHTED_MODEL) == "79.8"
    assert models.benchmark_chart.title_label.text().startswith("DeepSeek-R1 against")
    switch_language(window, "de", qtbot)  # in view now: at once
    assert models.benchmark_chart.title_label.text() == (
        "DeepSeek-R1 im Vergleich mit den Modellen, an denen es gemessen wurde"
    )
    assert models.score_axis.tickStrings([0.5], 1.0, 0.5) == ["0,5"]


def test_a_hidden_section_is_redrawn_when_it_is_shown(make_window, qtbot):
    window = open_window(make_window, qtbot, "export-controls")
    window.show_tab("export-controls")
    view = window.view("export-controls")
    assert view.current_section() == 1  # the chip map; the timeline is hidden
    switch_language(window, "de", qtbot)
    chip_map = view.chart_panel("chip-classification")
    assert chip_map.zone_scatter.zone_label_text("licence_3a090a").startswith(
        "3A090.a: Genehmigung"
    )
    timeline = view.chart_panel("export-rules-timeline")
    assert timeline.title_label.text() == "US-Exportkontrollen für KI-Chips, 2019 bis 2026"
    view.show_section(0)
    lane_axis = timeline.plot.getAxis("left")
    assert lane_axis._tickLevels[0][0][1] != "Règle ou décision de\nlicence américaine"


def test_exporting_a_chart_not_shown_since_the_switch_draws_it_in_the_new_language(
    make_window, qtbot
):
    window = open_window(make_window, qtbot, "models", "export-controls")
    models, export = window.view("models"), window.view("export-controls")
    switch_language(window, "de", qtbot)
    # The compute chart: hidden tab, hidden section, never shown since the switch.
    svg = svg_bytes(models.compute_chart).decode("utf-8")
    assert "Rechenaufwand des Trainings in GPU-Stunden" in svg
    labels = [label.toPlainText() for label in models.compute_bars.value_labels.values()]
    assert "30,84 Mio. GPU-Stunden\nNVIDIA H100-80GB" in labels
    chip_map = export.chart_panel("chip-classification")
    svg = svg_bytes(chip_map).decode("utf-8")
    assert "Chip-Karte: Regel vom Oktober 2023" in svg
    assert chip_map.zone_scatter.zone_label_text("licence_3a090a").startswith("3A090.a")
    assert "Genehmigung" in chip_map.zone_scatter.zone_label_text("licence_3a090a")


def test_export_all_writes_hidden_charts_in_each_language(make_window, qtbot, tmp_path):
    from ui.chart_files.batch import all_chart_panels, export_charts
    from ui.registry import TAB_IDS

    window = open_window(make_window, qtbot, *TAB_IDS)
    panels = lambda: [  # noqa: E731
        p for p in all_chart_panels(window.view, TAB_IDS) if p.chart_id == "model-compute"
    ]
    result = export_charts(panels, window.language, tmp_path, ("de", "en"), ("svg",), 1.0)
    assert not result.failures
    german = (tmp_path / "model-compute_de.svg").read_text(encoding="utf-8")
    english = (tmp_path / "model-compute_en.svg").read_text(encoding="utf-8")
    assert "Rechenaufwand des Trainings" in german
    assert "Training compute in GPU-hours" in english
