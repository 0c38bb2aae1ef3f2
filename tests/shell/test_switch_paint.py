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
