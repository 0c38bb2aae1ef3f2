"""The card of one timeline event: title, date, explanation and sources, with ◀ ▶ to step,
and, where the owner has more to say of it, details below (rich text with links)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from widgets.refresh import follow_changes

HEADING_LINES = 2  # a long title wraps once
BODY_LINES = 6  # the explanation and its sources; more scrolls


class EventCard(QFrame):
    """Shows what the owner gives it; asks for the previous or next event by signal.

    Its height stays the same from one event to the next (a longer text scrolls), so the
    chart above it does not jump when the reader steps through the events.
    """

    previousRequested = Signal()
    nextRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
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
        self.details_label = QLabel(self)
        self.details_label.setObjectName("eventDetails")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setOpenExternalLinks(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details_label.hide()
        self._body_lines = BODY_LINES

        heading = QHBoxLayout()
        heading.addWidget(self.previous_button)
        heading.addWidget(self.date_label)
        heading.addWidget(self.title_label, 1)
        heading.addWidget(self.next_button)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.text_label)
        body_layout.addWidget(self.source_label)
        body_layout.addWidget(self.details_label)
        body_layout.addStretch(1)
        self.body = QScrollArea(self)
        self.body.setObjectName("eventBody")
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(heading)
        layout.addWidget(self.body, 1)
        self._fit_height()
        follow_changes(self, redraw=self._fit_height)

    def set_body_lines(self, lines: int) -> None:
        """Room for ``lines`` of text under the title (fewer in a low window: the rest
        scrolls, and the chart above keeps its room)."""
        if lines != self._body_lines:
            self._body_lines = lines
            self._fit_height()

    def _fit_height(self) -> None:
        """Room for a two-line title and the body's lines of text at the current text size."""
        bold = QFontMetrics(self.title_label.font()).lineSpacing()
        line = QFontMetrics(self.text_label.font()).lineSpacing()
        margins = self.layout().contentsMargins()
        spacing = self.layout().spacing()
        buttons = self.previous_button.sizeHint().height()
        heading = max(HEADING_LINES * bold, buttons)
        height = margins.top() + heading + spacing + self._body_lines * line + margins.bottom()
        self.setFixedHeight(height + 2 * self.frameWidth())

    def show_event(
        self, date_text: str, title: str, text: str, sources_html: str, details_html: str = ""
    ) -> None:
        """``details_html``: more on the event, under its sources (none: nothing shown)."""
        self.date_label.setText(date_text)
        self.title_label.setText(title)
        self.text_label.setText(text)
        self.text_label.setVisible(bool(text))
        self.source_label.setText(sources_html)
        self.source_label.setVisible(bool(sources_html))
        self.details_label.setText(details_html)
        self.details_label.setVisible(bool(details_html))
        self.setAccessibleName(title)
        self.body.verticalScrollBar().setValue(0)

    def set_button_tips(self, previous: str, following: str) -> None:
        self.previous_button.setToolTip(previous)
        self.previous_button.setAccessibleName(previous)
        self.next_button.setToolTip(following)
        self.next_button.setAccessibleName(following)
