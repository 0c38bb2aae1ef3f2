"""Work on a widget nobody can see waits until the widget is shown.

A language switch or a theme change redraws every chart; those of hidden tabs and sections
would cost the user's wait for nothing. ``DeferredWork.run`` does the work at once when
the widget can be seen, else keeps it until the widget's next ``Show`` event (or until
``flush``, for a reader such as an export that needs it now).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

Work = Callable[[], None]


def on_hidden_page(widget: QWidget) -> bool:
    """True when ``widget`` sits in a window on screen, but it or one of its parents is
    hidden: another tab, section or stacked page is shown in its place. In a window not on
    screen (the command line's export, tests) nothing waits: no Show event would come."""
    if not widget.window().isVisible():
        return False
    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        if current.isHidden():
            return True
        current = current.parentWidget()
    return False


class DeferredWork(QObject):
    """The pending work of one widget, in the order it was asked for; each piece once."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        # Keyed by the callable: asking twice for the same redraw runs it once.
        self._pending: dict[Work, None] = {}
        widget.installEventFilter(self)

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def run(self, work: Work) -> None:
        """Do ``work`` now if the widget can be seen, else when it is next shown."""
        if on_hidden_page(self._widget):
            self._pending.pop(work, None)  # re-queued last: it may rely on earlier work
            self._pending[work] = None
            return
        self._pending.pop(work, None)
        work()

    def flush(self) -> None:
        """Do the pending work now (the widget is about to be shown, or read)."""
        while self._pending:
            work = next(iter(self._pending))
            del self._pending[work]
            work()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Show arrives before the first paint and before the layout settles.
        if event.type() == QEvent.Type.Show and self._pending:
            self.flush()
        return False
