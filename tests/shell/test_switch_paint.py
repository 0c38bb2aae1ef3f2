"""After a language switch, what is on screen is the window in the new language."""

from __future__ import annotations

import pytest
from conftest import settle_language_change
from PySide6.QtGui import QGuiApplication


def on_screen(window):
    """What the window shows: its backing store, not a fresh rendering."""
    screen = QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage()
    return screen.convertToFormat(window.grab().toImage().format())


@pytest.mark.parametrize("tab", ["market", "models"])
def test_after_a_switch_the_screen_shows_the_window_in_the_new_language(make_window, qtbot, tab):
    """Hidden parts wait and charts update in place: none of that may leave a stale pixel."""
    window = make_window("fr")
    window.show_tab(tab)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    for code in ("de", "en", "fr"):
        window.language.set_language(code, remember=False)
        settle_language_change()
        qtbot.wait(20)  # every paint Qt had queued
        assert on_screen(window) == window.grab().toImage(), code


def test_after_a_switch_the_charts_look_as_when_drawn_in_that_language(make_window, qtbot):
    """Axes keep their drawing as a pixmap between changes (a stale one would look right
    in the window's own grab): compare with a window started in the new language, once
    that one has settled (it builds its tab after its first paint)."""
    switched = make_window("fr")
    switched.show_tab("market")
    switched.show()
    qtbot.waitExposed(switched)
    switched.view("market")  # built in French, before the switch
    qtbot.wait(50)  # and painted: its axes keep that drawing
    switched.language.set_language("de", remember=False)
    settle_language_change()
    qtbot.wait(20)
    fresh = make_window("de")
    fresh.resize(switched.size())
    fresh.show_tab("market")
    fresh.show()
    qtbot.waitExposed(fresh)
    pairs = list(zip(switched.chart_panels("market"), fresh.chart_panels("market"), strict=True))
    assert [a.chart_id for a, _ in pairs] == [b.chart_id for _, b in pairs]
    assert len(pairs) == 2

    def same_pictures() -> bool:
        return all(a.graphics.grab().toImage() == b.graphics.grab().toImage() for a, b in pairs)

    qtbot.waitUntil(same_pictures, timeout=3000)
