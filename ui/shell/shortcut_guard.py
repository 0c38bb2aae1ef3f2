"""The window's own shortcuts (Export chart, Copy chart) work whichever control has focus.

A text or date field claims the keys it could use, Ctrl+E among them ("end of line" on some
systems), before the window's shortcuts see them; for these few shortcuts the window wins.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class ShortcutGuard(QObject):
    """Watches the widget with the keyboard focus only (the one a key goes to), moving with
    the focus: the rest of the application's events never pass through here."""

    def __init__(self, window: QWidget, sequences: list[QKeySequence]) -> None:
        super().__init__(window)
        self._window = window
        self._sequences = sequences
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and shiboken6.isValid(old):
            old.removeEventFilter(self)
        if new is not None and new.window() is self._window:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(
                pressed.matches(s) == QKeySequence.SequenceMatch.ExactMatch for s in self._sequences
            ):
                event.ignore()
                return True  # not offered to the field: the window's shortcut fires
        return False
