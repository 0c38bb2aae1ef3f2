"""The window's own shortcuts (Export chart, Copy chart) work whichever control has focus.

A text or date field claims the keys it could use, Ctrl+E among them ("end of line" on some
systems), before the window's shortcuts see them; for these few shortcuts the window wins.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class ShortcutGuard(QObject):
    def __init__(self, window: QWidget, sequences: list[QKeySequence]) -> None:
        super().__init__(window)
        self._window = window
        self._sequences = sequences
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QWidget)
            and watched.window() is self._window
            and isinstance(event, QKeyEvent)
        ):
            pressed = QKeySequence(event.keyCombination())
            if any(
                pressed.matches(s) == QKeySequence.SequenceMatch.ExactMatch for s in self._sequences
            ):
                event.ignore()
                return True  # not offered to the field: the window's shortcut fires
        return False
