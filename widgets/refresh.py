"""One way for anything on screen to follow the interface's language and appearance.

``follow_changes(widget, update_texts=…, redraw=…)`` is the only hook: ``update_texts`` runs
when the language changes (Qt posts ``QEvent.LanguageChange`` to every widget when a
translator is installed: tests must let the event loop run after a switch), ``redraw``
when the appearance does (the theme, or presenter mode's text size), which whoever changes
it announces with ``announce_appearance_change()``. Updating texts and redrawing are
different jobs: a view names each for what it does. Both stop when the widget is deleted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal

Hook = Callable[[], None]


class _Appearance(QObject):
    changed = Signal()


_appearance: _Appearance | None = None


def _appearance_signals() -> _Appearance:
    global _appearance
    if _appearance is None:
        _appearance = _Appearance()
    return _appearance


def announce_appearance_change() -> None:
    """Tell every follower to redraw: the chart colours or the text size have changed."""
    _appearance_signals().changed.emit()


class _Follower(QObject):
    """A child of the followed widget: it dies with it, and so do its connections."""

    def __init__(self, target: QObject, update_texts: Hook | None, redraw: Hook | None) -> None:
        super().__init__(target)
        self._update_texts = update_texts
        self._redraw = redraw
        if update_texts is not None:
            target.installEventFilter(self)
        if redraw is not None:
            _appearance_signals().changed.connect(self._on_appearance_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is self.parent():
            self._update_texts()
        return False

    def _on_appearance_changed(self) -> None:
        self._redraw()


def follow_changes(
    target: QObject, *, update_texts: Hook | None = None, redraw: Hook | None = None
) -> None:
    """Call ``update_texts`` on every language switch and ``redraw`` on every change of
    appearance, for as long as ``target`` lives."""
    _Follower(target, update_texts, redraw)
