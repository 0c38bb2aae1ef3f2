"""A seeded monkey: random clicks, keys, wheel turns and drags over every tab, menu and dialog,
with language switches in between. Run by test_monkey.py in a child pytest, so that the
interpreter's exit status is checked too.

DEEPSEEK_EXPLAINER_MONKEY_EVENTS sets the number of events (5,000 by default; 100,000 for a
long run), DEEPSEEK_EXPLAINER_MONKEY_SEED the seed: a failure names both, and the same pair
replays the same run.
"""

from __future__ import annotations

import os
import random
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable

import pytest
import shiboken6
from gui_automation import DialogAnswerer, ProblemCollector
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QWidget

from explainer_core.languages import LANGUAGE_CODES
from ui.registry import TAB_IDS

EVENTS = int(os.environ.get("DEEPSEEK_EXPLAINER_MONKEY_EVENTS", "5000"))
SEED = int(os.environ.get("DEEPSEEK_EXPLAINER_MONKEY_SEED", "20250127"))
# Each event written there before it is sent: what a crash (no Python traceback) was doing.
EVENT_LOG = os.environ.get("DEEPSEEK_EXPLAINER_MONKEY_LOG")
LANGUAGE_SWITCH_EVERY = 300
WIDGET_LIST_REFRESH_EVERY = 20
DEFERRED_DELETE_EVERY = 25  # let deleteLater() happen, as the event loop would
WINDOW_TITLES = {
    "fr": "Le choc DeepSeek expliqué",
    "de": "Der DeepSeek-Schock erklärt",
    "en": "DeepSeek Shock Explainer",
}

LETTERS = [getattr(Qt.Key, f"Key_{c}") for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"]
SPECIAL_KEYS = [
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Space,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Minus,
    Qt.Key.Key_Comma,
    Qt.Key.Key_Period,
]
TAB_KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4]


class Monkey:
    def __init__(self, window, rng: random.Random, collector: ProblemCollector) -> None:
        self.window = window
        self.rng = rng
        self.collector = collector
        self.widgets: list[QWidget] = []
        self.alive: dict[int, QWidget] = {}  # the widgets listed and not destroyed since
        self.recent: deque[str] = deque(maxlen=25)  # the last events, to replay a failure
        self.counts: dict[str, int] = {}
        self.dispatching = False
        self.unblocked = 0
        self.log = open(EVENT_LOG, "a", buffering=1, encoding="utf-8") if EVENT_LOG else None  # noqa: SIM115
        # Some Qt widgets run a menu's own event loop on a press (the calendar's month
        # button): a person closes it, and so does this timer, which can only fire while an
        # event is being dispatched if such a loop is running.
        self._unblocker = QTimer()
        self._unblocker.setInterval(50)
        self._unblocker.timeout.connect(self._close_blocking_popup)
        self._unblocker.start()

    def note(self, text: str) -> None:
        if self.log is not None:
            self.log.write(text + "\n")

    def _close_blocking_popup(self) -> None:
        if not self.dispatching:
            return
        popup = QApplication.activePopupWidget()
        if popup is not None:
            self.unblocked += 1
            popup.close()

    # -- targets --------------------------------------------------------------------------
    def refresh_widgets(self) -> None:
        widgets: list[QWidget] = []
        for top in QApplication.topLevelWidgets():
            if top.isVisible():
                widgets.append(top)
                widgets.extend(w for w in top.findChildren(QWidget) if w.isVisible())
        for widget in widgets:
            key = id(widget)
            if key not in self.alive:
                self.alive[key] = widget
                widget.destroyed.connect(lambda _object=None, k=key: self.alive.pop(k, None))
        self.widgets = widgets

    def random_widget(self) -> QWidget | None:
        """A visible widget, or None. The list is refreshed only now and then: a widget Qt
        deleted since (a closed popup's insides) is known by its ``destroyed`` signal and
        skipped, never touched through its stale wrapper."""
        popup = QApplication.activePopupWidget()
        if popup is not None and self.rng.random() < 0.5:
            children = [w for w in popup.findChildren(QWidget) if w.isVisible()]
            return self.rng.choice([popup, *children])
        for _ in range(5):
            if not self.widgets:
                return None
            widget = self.rng.choice(self.widgets)
            if id(widget) in self.alive and shiboken6.isValid(widget) and widget.isVisible():
                return widget
        self.refresh_widgets()
        return None

    def random_point(self, widget: QWidget) -> QPoint:
        rect = widget.rect()
        return QPoint(
            self.rng.randrange(max(rect.width(), 1)), self.rng.randrange(max(rect.height(), 1))
        )

    def chart_viewports(self) -> list[QWidget]:
        from widgets.chart_panel import ChartPanel

        return [
            panel.graphics.viewport()
            for panel in self.window.findChildren(ChartPanel)
            if panel.isVisible()
        ]

    # -- events ---------------------------------------------------------------------------
    def click(self) -> str:
        widget = self.random_widget()
        if widget is None:
            return "click (no widget)"
        point = self.random_point(widget)
        roll = self.rng.random()
        button = Qt.MouseButton.RightButton if roll < 0.1 else Qt.MouseButton.LeftButton
        target, where = widget, point
        handle = widget.window().windowHandle()
        if handle is not None and self.rng.random() < 0.5:
            # Through the window, as a real click: hit-testing, popups closing, modality.
            target, where = handle, widget.mapTo(widget.window(), point)
        if roll > 0.9:
            QTest.mouseDClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), where)
            return f"double-click {describe(widget)} at {point.x()},{point.y()}"
        QTest.mouseClick(target, button, Qt.KeyboardModifier(0), where)
        return f"click {button.name} {describe(widget)} at {point.x()},{point.y()}"

    def key(self) -> str:
        roll = self.rng.random()
        modifiers = Qt.KeyboardModifier(0)
        if roll < 0.08:
            key, modifiers = self.rng.choice(TAB_KEYS), Qt.KeyboardModifier.ControlModifier
        elif roll < 0.5:
            key = self.rng.choice(LETTERS)
            if self.rng.random() < 0.1:
                modifiers = Qt.KeyboardModifier.ShiftModifier
        else:
            key = self.rng.choice(SPECIAL_KEYS)
            if self.rng.random() < 0.1:
                modifiers = Qt.KeyboardModifier.ShiftModifier
        # Through the active window, as typed: to the focus widget, shortcuts included.
        active = QApplication.activePopupWidget() or QApplication.activeWindow() or self.window
        handle = active.windowHandle()
        if handle is not None and self.rng.random() < 0.8:
            focus = QApplication.focusWidget()
            self.note(f"  sending {key.name} {modifiers.name} to {describe(focus or active)}")
            QTest.keyClick(handle, key, modifiers)
            return f"key {key.name} {modifiers.name} to {describe(focus or active)}"
        target = self.random_widget() or self.window
        self.note(f"  sending {key.name} {modifiers.name} on {describe(target)}")
        QTest.keyClick(target, key, modifiers)
        return f"key {key.name} {modifiers.name} on {describe(target)}"

    def wheel(self) -> str:
        widget = self.random_widget()
        if widget is None:
            return "wheel (no widget)"
        if isinstance(widget, QAbstractScrollArea):
            widget = widget.viewport()
        point = QPointF(self.random_point(widget))
        delta = self.rng.choice([-240, -120, -15, 15, 120, 240])
        event = QWheelEvent(
            point,
            QPointF(widget.mapToGlobal(point.toPoint())),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier(0),
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)
        return f"wheel {delta} on {describe(widget)}"

    def drag(self) -> str:
        viewports = self.chart_viewports()
        if not viewports:
            return self.click()
        viewport = self.rng.choice(viewports)
        button = self.rng.choice(
            [Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton]
        )
        start = self.random_point(viewport)
        points = [start] + [self.random_point(viewport) for _ in range(self.rng.randrange(1, 5))]
        send_mouse(viewport, QEvent.Type.MouseButtonPress, points[0], button, button)
        for point in points[1:]:
            send_mouse(viewport, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, button)
        send_mouse(
            viewport, QEvent.Type.MouseButtonRelease, points[-1], button, Qt.MouseButton.NoButton
        )
        return f"drag {button.name} on {describe(viewport)} through {len(points)} points"

    def hover(self) -> str:
        viewports = self.chart_viewports()
        if not viewports:
            return "hover (no chart)"
        viewport = self.rng.choice(viewports)
        point = self.random_point(viewport)
        send_mouse(viewport, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton)
        return f"hover {describe(viewport)} at {point.x()},{point.y()}"

    def action(self) -> str:
        window = self.window
        choices: list[tuple[str, Callable[[], object], int]] = [
            ("Export chart…", window.export_chart_action.trigger, 6),
            ("Export all charts…", window.export_all_action.trigger, 1),
            ("Copy chart", window.copy_chart_action.trigger, 3),
            ("Sources", window.sources_action.trigger, 4),
            ("About", window.about_action.trigger, 4),
            ("close dialogs", self.close_dialogs, 4),
            ("open a menu", self.open_menu, 6),
            ("tab", lambda: self.rng.choice(window.tab_actions).trigger(), 6),
            ("resize", self.resize_window, 2),
        ]
        name, act, _weight = self.rng.choices(choices, weights=[c[2] for c in choices])[0]
        act()
        return f"action {name}"

    def open_menu(self) -> None:
        menus = [self.window.file_menu, self.window.view_menu, self.window.language_menu]
        menus.append(self.window.help_menu)
        menu: QMenu = self.rng.choice(menus)
        menu.popup(self.window.mapToGlobal(QPoint(10, 10)))

    def close_dialogs(self) -> None:
        for top in QApplication.topLevelWidgets():
            if top is not self.window and top.isVisible():
                top.close()

    def resize_window(self) -> None:
        self.window.resize(self.rng.randrange(900, 1900), self.rng.randrange(600, 1150))

    def switch_language(self) -> str:
        code = self.rng.choice(LANGUAGE_CODES)
        self.window.language_actions[code].trigger()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return f"language {code}"

    # -- the run --------------------------------------------------------------------------
    def step(self, index: int) -> None:
        self.collector.context = f"event {index}, seed {SEED}"
        if index % LANGUAGE_SWITCH_EVERY == LANGUAGE_SWITCH_EVERY - 1:
            kind, description = "language", self.switch_language()
        else:
            kind = self.rng.choices(
                ["click", "key", "wheel", "drag", "hover", "action"],
                weights=[40, 28, 8, 8, 8, 8],
            )[0]
            self.dispatching = True
            try:
                description = getattr(self, kind)()
            finally:
                self.dispatching = False
        self.counts[kind] = self.counts.get(kind, 0) + 1
        self.recent.append(f"{index}: {description}")
        self.note(f"{index}: {description}")
        self.collector.context = f"event {index} ({description}), seed {SEED}"
        if not self.window.isVisible():  # File ▸ Quit was clicked: open it again
            self.window.show()
            self.window.activateWindow()
        QApplication.processEvents()
        if index % DEFERRED_DELETE_EVERY == 0:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if index % WIDGET_LIST_REFRESH_EVERY == 0:
            self.refresh_widgets()


def is_stale_target(error: RuntimeError) -> bool:
    """The monkey aimed at a widget Qt deleted since its list was made: not the app's fault
    (the app's own use of a deleted widget raises in the app's code, and is reported)."""
    frames = traceback.extract_tb(error.__traceback__)
    return "already deleted" in str(error) and frames[-1].filename == __file__


def describe(widget: QWidget) -> str:
    name = widget.objectName()
    return type(widget).__name__ + (f"#{name}" if name else "")


def send_mouse(
    widget: QWidget,
    kind: QEvent.Type,
    point: QPoint,
    button: Qt.MouseButton,
    buttons: Qt.MouseButton = Qt.MouseButton.NoButton,
) -> None:
    local = QPointF(point)
    event = QMouseEvent(
        kind,
        local,
        QPointF(widget.mapToGlobal(point)),
        button,
        buttons,
        Qt.KeyboardModifier(0),
    )
    QApplication.sendEvent(widget, event)


@pytest.mark.qt_no_exception_capture
def test_random_events_raise_nothing_and_the_window_still_answers(
    make_window, qtbot, tmp_path, monkeypatch
):
    rng = random.Random(SEED)
    answerer = DialogAnswerer(tmp_path / "exports", rng).install(monkeypatch)
    window = make_window()
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    collector = ProblemCollector().install()
    monkey = Monkey(window, rng, collector)
    monkey.refresh_widgets()
    started = time.perf_counter()
    try:
        for index in range(EVENTS):
            try:
                monkey.step(index)
            except RuntimeError as error:
                if is_stale_target(error):
                    monkey.refresh_widgets()
                else:
                    collector.record_exception(*sys.exc_info())
            except Exception:
                collector.record_exception(*sys.exc_info())
            if collector.problems:
                break
        window.exporter.wait_for_writes() if window._exporter is not None else None
        QApplication.processEvents()
    finally:
        collector.uninstall()
        answerer.uninstall()
    elapsed = time.perf_counter() - started
    print(f"\nmonkey: {index + 1} events in {elapsed:.1f} s, seed {SEED}, {monkey.counts}")
    print(f"dialogs answered: {len(answerer.shown)}, links caught: {len(answerer.opened_links)}")
    print(f"blocking popups closed: {monkey.unblocked}")
    recent = "\n".join(monkey.recent)
    assert not collector.problems, "\n".join(collector.problems[:3]) + "\nlast events:\n" + recent

    # The window still answers: it shows, switches tab and language, and runs its loop.
    monkey.close_dialogs()
    window.show()
    for tab_id in TAB_IDS:
        window.show_tab(tab_id)
        assert window.current_tab_id() == tab_id
    window.language_actions["fr"].trigger()
    qtbot.wait(10)
    assert window.windowTitle() == WINDOW_TITLES["fr"]
    window.activateWindow()
    qtbot.waitActive(window)
    with qtbot.waitSignal(window.tabChanged, timeout=2000):  # through the event loop
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab_id() == TAB_IDS[0]
