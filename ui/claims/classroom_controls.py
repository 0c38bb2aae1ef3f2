"""Classroom mode's controls: the switch, and while it is on, the buttons that reveal or
hide every verdict at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget


class ClassroomControls(QWidget):
    """Says when the teacher turns classroom mode on or off, or reveals or hides it all."""

    classroomToggled = Signal(bool)
    revealAllRequested = Signal()
    hideAllRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.switch = QCheckBox(self)
        self.switch.setObjectName("classroomMode")
        self.switch.toggled.connect(self._toggled)
        self.reveal_all_button = QPushButton(self)
        self.reveal_all_button.setObjectName("revealAll")
        self.reveal_all_button.clicked.connect(self.revealAllRequested)
        self.hide_all_button = QPushButton(self)
        self.hide_all_button.setObjectName("hideAll")
        self.hide_all_button.clicked.connect(self.hideAllRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reveal_all_button)
        buttons.addWidget(self.hide_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(buttons)
        self._show_buttons(False)

    @property
    def active(self) -> bool:
        return self.switch.isChecked()

    def set_active(self, active: bool) -> None:
        self.switch.setChecked(active)  # announces the change, as the reader's click does

    def _toggled(self, active: bool) -> None:
        self._show_buttons(active)
        self.classroomToggled.emit(active)

    def _show_buttons(self, shown: bool) -> None:
        self.reveal_all_button.setVisible(shown)
        self.hide_all_button.setVisible(shown)

    def set_progress(self, revealed: int, total: int) -> None:
        """``revealed`` of the ``total`` verdicts can be seen: what is left to do."""
        self.reveal_all_button.setEnabled(revealed < total)
        self.hide_all_button.setEnabled(revealed > 0)

    def update_texts(self) -> None:
        self.switch.setText(self.tr("Classroo&m mode"))
        tip = self.tr(
            "Hide every verdict so that the class can judge each claim, then reveal the "
            "verdicts one by one"
        )
        self.switch.setToolTip(tip)
        self.switch.setAccessibleDescription(tip)
        self.reveal_all_button.setText(self.tr("Reveal all"))
        self.reveal_all_button.setAccessibleName(self.tr("Reveal every verdict"))
        self.hide_all_button.setText(self.tr("Hide all"))
        self.hide_all_button.setAccessibleName(self.tr("Hide every verdict"))
