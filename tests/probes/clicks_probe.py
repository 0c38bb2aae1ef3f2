"""A GUI test with real mouse clicks, run in a child pytest by test_clean_exit.py.

PySide6 6.12.0 aborted the interpreter at exit after such a test (exit 134,
"Fatal Python error" while garbage-collecting): a green run turned red.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar


def test_clicking_through_the_tabs_and_menus(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    bar = window.tabs.findChild(QTabBar)
    for index in range(bar.count()):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert window.tabs.currentIndex() == index
    window.language_actions["de"].trigger()
    qtbot.wait(10)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert window.tabs.tabText(0) == "Marktverlauf"
