"""A language switch redraws hidden tabs and sections only when they are shown, and the tab
in view at once. (Exports do not read the screen: tests/chart_files.)"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from explainer_core.models.comparison import HIGHLIGHTED_MODEL
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
    assert market.movers.bars.bars[0].value_text == "−28,27\u00a0%"
    # QTextDocument gives the no-break space back as a plain one.
    assert market.movers.bars._value_texts[0].toPlainText() == "−28,27 %"
    assert market.timeline.chart.title_label.text().startswith("Nvidia")
    assert "Nvidia" in market.movers.headline.text() and "Mrd." in market.movers.headline.text()


def test_a_hidden_tab_shows_its_charts_in_the_new_language_as_soon_as_it_is_shown(
    make_window, qtbot
):
    window = open_window(make_window, qtbot, "models")
    models = window.view("models")
    switch_language(window, "en", qtbot)
    # Its introduction changes at once; its charts wait until it is shown.
    assert models.intro.heading.text() == "Model comparison"
    assert models.benchmarks.bar_label(AIME, HIGHLIGHTED_MODEL) == "79,8"
    window.show_tab("models")
    assert models.benchmarks.bar_label(AIME, HIGHLIGHTED_MODEL) == "79.8"
    assert models.benchmarks.chart.title_label.text().startswith("DeepSeek-R1 against")
    switch_language(window, "de", qtbot)  # in view now: at once
    assert models.benchmarks.chart.title_label.text() == (
        "DeepSeek-R1 im Vergleich mit den Modellen, an denen es gemessen wurde"
    )
    assert models.benchmarks.score_axis.tickStrings([0.5], 1.0, 0.5) == ["0,5"]


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


def test_the_why_page_hidden_at_a_switch_is_in_the_new_language_when_shown(make_window, qtbot):
    """The market tab's "Why did it fall?" page, beside the movers, is written when it is
    next shown, not at each switch."""
    from PySide6.QtGui import QTextDocument

    from explainer_core.data.market_why import load_market_why

    first = load_market_why().section()[0]

    def page_text() -> str:
        document = QTextDocument()
        document.setHtml(page.browser.toHtml())
        return document.toRawText()

    window = open_window(make_window, qtbot)
    view = window.view("market")
    page = view.why_section
    view.right_pages.setCurrentWidget(view.movers)
    switch_language(window, "en", qtbot)
    assert first.title("fr") in page_text()  # waiting: nobody can see it
    view.right_pages.setCurrentWidget(page)
    assert first.title("en") in page_text() and first.title("fr") not in page_text()
    assert page.browser.accessibleName() == "Why did it fall?"
