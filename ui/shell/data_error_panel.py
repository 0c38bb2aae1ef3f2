"""Shown instead of a view whose data could not be loaded: what is wrong, in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from explainer_core.data.errors import DataError
from ui.shell.data_error_text import data_unavailable_text, describe_data_error
from widgets.refresh import follow_changes


class DataErrorPanel(QFrame):
    def __init__(self, error: DataError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.setObjectName("dataErrorPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary = QLabel(self)
        self.summary.setObjectName("dataErrorSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.detail = QLabel(self)
        self.detail.setObjectName("dataErrorDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.detail)
        self.update_texts()
        follow_changes(self, update_texts=self.update_texts)

    def update_texts(self) -> None:
        self.summary.setText(data_unavailable_text())
        self.detail.setText(describe_data_error(self.error))
