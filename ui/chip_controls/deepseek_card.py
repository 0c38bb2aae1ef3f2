"""The "What DeepSeek used" card beside the chip map: each item of the data with its sources,
a chip's item linked to the chip."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from explainer_core.data.export_controls import ExportControlsData
from explainer_core.data.sources import SourceRegistry
from ui.chip_controls.panels import chip_link, follow_link, make_heading, scrolling, wrapped_label
from ui.shell.language import LanguageService
from ui.shell.source_links import sources_html


class DeepSeekCard(QFrame):
    """Asks for a chip it links to (``chipRequested``: the chip's id)."""

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
        self.setObjectName("deepseekCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.heading = QLabel(self)
        self.heading.setObjectName("deepseekHeading")
        make_heading(self.heading)
        self.body = wrapped_label(self, "deepseekBody")
        self.body.linkActivated.connect(self.open_link)
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 4, 0)
        inner_layout.addWidget(self.body)
        inner_layout.addStretch(1)
        layout.addWidget(self.heading)
        self.scroll = scrolling(inner, self)
        layout.addWidget(self.scroll, 1)

    def open_link(self, href: str) -> None:
        follow_link(href, self.chipRequested.emit, lambda _event_id: None)

    def update_texts(self) -> None:
        code = self.language.language
        formatter = self.language.formatter
        self.heading.setText(self.tr("What DeepSeek used"))
        self.scroll.setAccessibleName(self.heading.text())
        blocks = []
        for fact in self.data.hardware:
            title = html.escape(fact.title(code))
            if fact.chip is not None:
                title = chip_link(fact.chip, fact.title(code))
            sources = sources_html(fact.sources, self.sources, formatter)
            blocks.append(
                f"<p><b>{title}</b><br>{html.escape(fact.text(code))}<br><small>{sources}</small></p>"
            )
        self.body.setText("".join(blocks))
