"""The selected event of the rules timeline, told in full: date, title, who and what, the
chips it names (links to the chip map), its scope, official reference and sources, with
buttons to step to the previous and next event."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from explainer_core.chip_controls.texts import kind_name
from explainer_core.chip_controls.timeline import event_position
from explainer_core.data.export_controls import ExportControlsData, RuleEvent
from explainer_core.data.sources import SourceRegistry
from explainer_core.templates import fill
from ui.chip_controls.panels import (
    chip_link,
    follow_link,
    make_faint,
    make_heading,
    make_small,
    scrolling,
    wrapped_label,
)
from ui.shell.language import LanguageService
from ui.shell.source_links import sources_html


class EventDetailsPanel(QWidget):
    """Asks for its neighbours (``stepRequested``: -1 or +1) and for a chip it names
    (``chipRequested``: the chip's id); the owner decides what follows."""

    stepRequested = Signal(int)
    chipRequested = Signal(str)

    def __init__(
        self,
        data: ExportControlsData,
        sources: SourceRegistry,
        language: LanguageService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.sources = sources
        self.language = language
        self.event_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        navigation = QHBoxLayout()
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.clicked.connect(lambda: self.stepRequested.emit(-1))
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.clicked.connect(lambda: self.stepRequested.emit(1))
        self.position_label = QLabel(self)
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.position_label, 1, Qt.AlignmentFlag.AlignCenter)
        navigation.addWidget(self.next_button)
        layout.addLayout(navigation)

        card = QWidget(self)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(0, 0, 6, 0)
        self.date_label = wrapped_label(card, "eventDate", rich=False)
        self.title_label = wrapped_label(card, "eventTitle", rich=False)
        make_heading(self.title_label)
        self.meta_label = wrapped_label(card, "eventMeta", rich=False)
        make_faint(self.meta_label)
        self.text_label = wrapped_label(card, "eventText", rich=False)
        self.chips_label = wrapped_label(card, "eventChips")
        self.scope_label = wrapped_label(card, "eventScope", rich=False)
        self.citation_label = wrapped_label(card, "eventCitation", rich=False)
        self.sources_label = wrapped_label(card, "eventSources")
        for label in (self.citation_label, self.sources_label):
            make_small(label)
        for label in (
            self.date_label,
            self.title_label,
            self.meta_label,
            self.text_label,
            self.chips_label,
            self.scope_label,
            self.citation_label,
            self.sources_label,
        ):
            label.linkActivated.connect(self.open_link)
            card_layout.addWidget(label)
        card_layout.addStretch(1)
        self.scroll = scrolling(card, self)
        layout.addWidget(self.scroll, 1)

    def open_link(self, href: str) -> None:
        follow_link(href, self.chipRequested.emit, lambda _event_id: None)

    def show_event(self, event_id: str) -> None:
        self.event_id = event_id
        self._show()

    def date_text(self, event: RuleEvent) -> str:
        """The event's day, or only its month when the sources give no day."""
        formatter = self.language.formatter
        if event.date_approximate:
            return fill(self.tr("%1 (exact day not known)"), formatter.month_and_year(event.date))
        return formatter.long_date(event.date)

    def update_texts(self) -> None:
        tip = self.tr("Previous event (←)")
        self.previous_button.setToolTip(tip)
        self.previous_button.setAccessibleName(tip)
        tip = self.tr("Next event (→)")
        self.next_button.setToolTip(tip)
        self.next_button.setAccessibleName(tip)
        self.scroll.setAccessibleName(self.tr("Selected event"))
        self._show()

    def _show(self) -> None:
        if self.event_id is None:
            return
        event = self.data.event(self.event_id)
        code = self.language.language
        formatter = self.language.formatter
        self.date_label.setText(self.date_text(event))
        self.title_label.setText(event.title(code))
        meta = f"{kind_name(self.language.words, event.kind)} · {event.authority_text(code)}"
        if event.reported:
            meta += "\n" + self.tr("Reported in the media; no official text has been published.")
        self.meta_label.setText(meta)
        self.text_label.setText(event.text(code))
        if event.chips:
            names = ", ".join(
                chip_link(chip_id, self.data.chip(chip_id).name) for chip_id in event.chips
            )
            template = html.escape(self.tr("Chips concerned (ringed on the chip map): %1"))
            self.chips_label.setText(fill(template, names))
        self.chips_label.setVisible(bool(event.chips))
        scope = event.scope(code)
        self.scope_label.setText(fill(self.tr("Scope: %1"), scope or ""))
        self.scope_label.setVisible(bool(scope))
        citation = fill(self.tr("Official reference: %1"), event.citation_text(code))
        if not event.citation_verified:
            citation += " " + self.tr("(not verified)")
        self.citation_label.setText(citation)
        self.sources_label.setText(sources_html(event.sources, self.sources, formatter))
        position, count = event_position(self.data.events, event.id)
        self.position_label.setText(
            fill(self.tr("Event %1 of %2"), formatter.number(position), formatter.number(count))
        )
        self.previous_button.setEnabled(position > 1)
        self.next_button.setEnabled(position < count)
