"""The market tab inside the main window: what depends on the window (its size, its
theme, its status bar) or on the whole application (a damaged data file)."""

from __future__ import annotations

import datetime as dt
import functools
import shutil

import pytest
from PySide6.QtWidgets import QLabel

from explainer_core.market.story import RangePreset

PLOT_MIN_HEIGHT_PX = 120  # the lines themselves, under the events' labels


@pytest.fixture
def market_in_window(make_window, qtbot):
    """The tab in the main window, for what depends on the window's size."""

    def open_view(language: str = "fr"):
        window = make_window(language)
        window.show()
        qtbot.waitExposed(window)
        return window, window.view("market")

    return open_view


def test_a_damaged_price_file_shows_a_message_in_this_view_only(
    make_window, qtbot, monkeypatch, tmp_path
):
    import ui.market.view as market_view
    from explainer_core.data.market import load_market
    from explainer_core.data.paths import DATA_DIR

    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    prices = copy / "market_prices.csv"
    lines = prices.read_text(encoding="utf-8").splitlines()
    lines[5] = lines[5].replace(lines[5].split(",")[5], "not-a-price", 1)
    prices.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(market_view, "load_market", functools.partial(load_market, copy))

    window = make_window("fr")
    view = window.view("market")
    assert view.error_panel is not None
    detail = view.error_panel.findChild(QLabel, "dataErrorDetail").text()
    assert "market_prices.csv" in detail and "ligne 6" in detail
    assert window.view("models").intro.heading.text() == "Comparaison des modèles"


def test_in_a_low_window_the_timeline_scrolls_and_keeps_room_for_its_plot(market_in_window, qtbot):
    from ui.market.timeline_section import CHART_MIN_HEIGHT_PX
    from ui.shell.main_window import MINIMUM_WINDOW_SIZE

    window, view = market_in_window("de")
    window.resize(MINIMUM_WINDOW_SIZE)
    qtbot.wait(100)
    assert view.timeline.chart.graphics.height() >= CHART_MIN_HEIGHT_PX
    assert view.timeline.chart.plot.getViewBox().height() >= PLOT_MIN_HEIGHT_PX
    assert view.timeline_scroll.verticalScrollBar().maximum() > 0  # the card is below
    window.resize(1280, 800)
    qtbot.wait(100)
    assert view.timeline_scroll.verticalScrollBar().maximum() == 0


def test_in_a_low_window_the_movers_scroll_instead_of_overlapping(market_in_window, qtbot):
    """At the minimum window size every mover keeps a line of text: the column scrolls."""
    from PySide6.QtGui import QFontMetrics

    from ui.shell.main_window import MINIMUM_WINDOW_SIZE

    window, view = market_in_window("de")
    window.resize(MINIMUM_WINDOW_SIZE)
    qtbot.wait(100)
    axis = view.movers.chart.plot.getAxis("left")
    line = QFontMetrics(axis.style["tickFont"] or axis.font()).height()
    rows = len(view.data.instruments)
    assert axis.geometry().height() >= rows * line
    assert view.movers.verticalScrollBar().maximum() > 0
    # At the default size the bars need no scrolling (why they fell follows under them).
    window.resize(1280, 800)
    qtbot.wait(100)
    assert view.movers.verticalScrollBar().value() == 0
    bottom = view.movers.chart.mapTo(view.movers.viewport(), view.movers.chart.rect().bottomLeft())
    assert bottom.y() <= view.movers.viewport().height()


def test_every_instrument_name_is_whole_in_the_picker_at_the_minimum_size(market_in_window, qtbot):
    from ui.shell.main_window import MINIMUM_WINDOW_SIZE

    window, view = market_in_window("de")
    window.resize(MINIMUM_WINDOW_SIZE)
    qtbot.wait(100)
    picker = view.instruments.picker
    for ticker in view.data.tickers():
        item = picker._items[ticker]
        index = picker.indexFromItem(item)
        needed = picker.sizeHintForIndex(index).width()  # box, swatch and the whole name
        room = picker.viewport().width() - picker.visualItemRect(item).left()
        assert room >= needed, item.text(0)


def test_the_checked_range_button_stands_out_in_the_dark_theme(market_in_window, qtbot):
    from ui.shell.theme import Theme
    from widgets.palette import contrast_ratio

    window, view = market_in_window("en")
    window.theme.set_theme(Theme.DARK, remember=False)
    try:
        qtbot.wait(10)
        buttons = view.timeline.range_buttons

        def background(button) -> str:
            image = button.grab().toImage()
            return image.pixelColor(4, image.height() // 2).name().upper()

        checked = background(buttons[RangePreset.THREE_MONTHS])
        unchecked = background(buttons[RangePreset.ALL])
        assert contrast_ratio(checked, unchecked) >= 2.0, (checked, unchecked)
    finally:
        window.theme.set_theme(Theme.SYSTEM, remember=False)


def test_the_window_shows_what_the_tab_says_in_its_status_bar(market_in_window, qtbot):
    window, view = market_in_window("fr")
    view.timeline.choose_reference_day(dt.date(2025, 1, 28))
    message = window.statusBar().currentMessage()
    assert "mardi 28 janvier 2025" in message and "Ctrl+Z" in message
