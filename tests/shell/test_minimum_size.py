"""At its minimum size the window clips no text, in German (the longest of the three
languages) and in French: every label and button gets at least the room it asks for."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as QtBotTimeout

from ui.registry import TAB_IDS
from ui.shell.main_window import MINIMUM_WINDOW_SIZE

SETTLE_MS = 3000
SLACK_PX = 1  # rounding between a size hint and the geometry a layout hands out


def clipping_ancestor(widget: QWidget, top: QWidget) -> QWidget | None:
    """The first ancestor that cuts part of ``widget`` off (content of a scroll area is
    not cut off: it scrolls into view)."""
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return None
        if not QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()).contains(rect):
            return parent
        parent = parent.parentWidget()
    return None


def text_problems(top: QWidget) -> list[str]:
    """Every visible label, button, combo box and tab that has less room than it needs."""
    problems = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible():
            continue
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        name = f"{type(widget).__name__} {text[:40] or widget.objectName()!r}"
        if isinstance(widget, QLabel) and widget.wordWrap():
            # A wrapped text needs its longest word across and all its lines down.
            if widget.minimumSizeHint().width() > widget.width() + SLACK_PX:
                problems.append(f"{name}: a word is wider than {widget.width()} px")
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK_PX:
                problems.append(f"{name}: needs {needed} px down, has {widget.height()}")
        elif isinstance(widget, (QLabel, QAbstractButton, QComboBox)):
            hint = widget.sizeHint()
            if (
                hint.width() > widget.width() + SLACK_PX
                or hint.height() > widget.height() + SLACK_PX
            ):
                problems.append(
                    f"{name}: needs {hint.width()}×{hint.height()}, "
                    f"has {widget.width()}×{widget.height()}"
                )
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.tabRect(index).width() < widget.tabSizeHint(index).width():
                    problems.append(f"tab {widget.tabText(index)!r} is elided")
        if isinstance(widget, (QLabel, QAbstractButton, QComboBox)):
            ancestor = clipping_ancestor(widget, top)
            if ancestor is not None:
                problems.append(f"{name}: cut off by {type(ancestor).__name__}")
    return problems


def settled_problems(window, qtbot) -> list[str]:
    """The problems left once the layouts have settled (a tab built on first show, and
    wrapped texts in a scroll area, take a few rounds of the event loop)."""
    with contextlib.suppress(QtBotTimeout):
        qtbot.waitUntil(lambda: not text_problems(window), timeout=SETTLE_MS)
    return text_problems(window)


def every_page(window, qtbot):
    """Each tab, each section of a tab with sections, and the distilled-models table."""
    for tab_id in TAB_IDS:
        window.show_tab(tab_id)
        qtbot.wait(10)
        view = window.view(tab_id)
        sections = view.findChildren(QTabWidget)
        if not sections:
            yield tab_id
            continue
        for index in range(sections[0].count()):
            sections[0].setCurrentIndex(index)
            qtbot.wait(10)
            yield f"{tab_id}/{index}"
        if tab_id == "models":
            sections[0].setCurrentIndex(0)
            view.benchmarks.show_distilled(True)
            qtbot.wait(10)
            yield "models/distilled"
            view.benchmarks.show_distilled(False)


@pytest.mark.parametrize("language", ["de", "fr"])
def test_no_text_is_clipped_at_the_minimum_size(make_window, qtbot, language):
    window = make_window(language)
    window.show()
    window.resize(MINIMUM_WINDOW_SIZE)
    qtbot.waitExposed(window)
    assert window.size() == MINIMUM_WINDOW_SIZE
    problems = [
        f"{page}: {problem}"
        for page in every_page(window, qtbot)
        for problem in settled_problems(window, qtbot)
    ]
    assert problems == []


def test_the_window_cannot_be_made_smaller_than_its_minimum(make_window, qtbot):
    window = make_window("de")
    window.show()
    window.resize(800, 500)
    qtbot.wait(10)
    assert window.width() >= MINIMUM_WINDOW_SIZE.width()
    assert window.height() >= MINIMUM_WINDOW_SIZE.height()


def test_the_check_finds_a_clipped_label(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel("Exportbeschränkungen für Grafikprozessoren", holder)
    holder.show()
    label.resize(40, label.sizeHint().height())
    assert text_problems(holder) != []
    label.resize(label.sizeHint())
    holder.resize(label.sizeHint())
    assert text_problems(holder) == []
