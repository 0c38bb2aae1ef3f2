"""The card of one timeline event: title, date, explanation and sources, with ◀ ▶ to step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class EventCard(QFrame):
    """Shows what the owner gives it; asks for the previous or next event by signal."""

    previousRequested = Signal()
    nextRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.clicked.connect(self.previousRequested)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.clicked.connect(self.nextRequested)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("eventDate")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("eventTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("eventText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label = QLabel(self)
        self.source_label.setObjectName("eventSources")
        self.source_label.setWordWrap(True)
        self.source_label.setOpenExternalLinks(True)  # opens the system browser
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        small = self.source_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.source_label.setFont(small)

        heading = QHBoxLayout()
        heading.addWidget(self.previous_button)
        heading.addWidget(self.date_label)
        heading.addWidget(self.title_label, 1)
        heading.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(heading)
        layout.addWidget(self.text_label)
        layout.addWidget(self.source_label)

    def show_event(self, date_text: str, title: str, text: str, sources_html: str) -> None:
        self.date_label.setText(date_text)
        self.title_label.setText(title)
        self.text_label.setText(text)
        self.source_label.setText(sources_html)
        self.setAccessibleName(title)

    def set_button_tips(self, previous: str, following: str) -> None:
        self.previous_button.setToolTip(previous)
        self.previous_button.setAccessibleName(previous)
        self.next_button.setToolTip(following)
        self.next_button.setAccessibleName(following)
