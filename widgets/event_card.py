"""The card of one timeline event: title, date, explanation and sources, with ◀ ▶ to step,
and, where the owner has more to say of it, details below (rich text with links)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from widgets.refresh import follow_changes

HEADING_LINES = 2  # a long title wraps once
BODY_LINES = 6  # the explanation and its sources; more scrolls
PARAGRAPH = '<p style="margin-top:0; margin-bottom:6px">'


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
        # One document for the explanation, its sources and the details: a text browser
        # lays out a long text once for its width, where a rich-text label in a scroll
        # area laid it out again at each size its layout asked about (five times slower
        # at each event shown and each language switch).
        self.body = QTextBrowser(self)
        self.body.setObjectName("eventBody")
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setOpenExternalLinks(True)  # opens the system browser
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The card's own background shows through (in either theme).
        palette = self.body.palette()
        palette.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.transparent)
        self.body.setPalette(palette)
        self.body.viewport().setAutoFillBackground(False)
        self.body.document().setDocumentMargin(0)
        self._text = ""
        self._sources_html = ""
        self._details_html = ""
        self._body_lines = BODY_LINES

        heading = QHBoxLayout()
        heading.addWidget(self.previous_button)
        heading.addWidget(self.date_label)
        heading.addWidget(self.title_label, 1)
        heading.addWidget(self.next_button)
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
        line = QFontMetrics(self.body.font()).lineSpacing()
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
        self._text, self._sources_html, self._details_html = text, sources_html, details_html
        parts = []
        if text:
            parts.append(PARAGRAPH + html.escape(text).replace("\n", "<br>") + "</p>")
        if sources_html:
            parts.append(f"{PARAGRAPH}<small>{sources_html}</small></p>")
        parts.append(details_html)
        self.body.setHtml("".join(parts))
        self.setAccessibleName(title)
        self.body.setAccessibleName(title)
        self.body.verticalScrollBar().setValue(0)

    def text(self) -> str:
        """The explanation shown (plain text)."""
        return self._text

    def sources_html(self) -> str:
        return self._sources_html

    def details_html(self) -> str:
        """The details under the sources (rich text; empty when the event has none)."""
        return self._details_html

    def set_button_tips(self, previous: str, following: str) -> None:
        self.previous_button.setToolTip(previous)
        self.previous_button.setAccessibleName(previous)
        self.next_button.setToolTip(following)
        self.next_button.setAccessibleName(following)
