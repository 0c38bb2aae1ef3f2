"""The way back to a claim: after "Show in chart", "← Back to claim 6" beside the tabs.

Non-modal: the reader explores the chart as long as they like, then goes back with a click,
the keyboard's Back keys (Alt+Left) or Tab and Space. The button goes away once used, or
as soon as the reader goes to another tab by their own choice.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from explainer_core.templates import fill
from ui.shell.language import LanguageService
from widgets.refresh import follow_changes


def back_keys() -> QKeySequence:
    """The platform's Back keys (a browser's: Alt+Left, or ⌘[ on macOS); Alt+Left where
    the platform names none."""
    bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.Back)
    return bindings[0] if bindings else QKeySequence("Alt+Left")


class BackToClaimButton(QPushButton):
    """Hidden until ``offer(number)``; then says which claim it leads back to."""

    backRequested = Signal(int)  # the claim's number

    def __init__(self, language: LanguageService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName("backToClaim")
        self.claim_number: int | None = None
        self.clicked.connect(self._go_back)
        self.hide()
        follow_changes(self, update_texts=self.update_texts)

    def offer(self, number: int) -> None:
        """Show the way back to claim ``number``."""
        self.claim_number = number
        self.update_texts()
        self.show()

    def withdraw(self) -> None:
        self.claim_number = None
        self.hide()

    def _go_back(self) -> None:
        number = self.claim_number
        self.withdraw()
        if number is not None:
            self.backRequested.emit(number)

    def update_texts(self) -> None:
        if self.claim_number is None:
            return
        number = self.language.formatter.number(self.claim_number)
        self.setText(fill(self.tr("← Back to claim %1"), number))
        self.setShortcut(back_keys())  # after setText, which sets the text's own (none)
        self.setAccessibleName(fill(self.tr("Back to claim %1"), number))
        keys = self.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = fill(self.tr("Return to claim %1 of the article (%2)"), number, keys)
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)
