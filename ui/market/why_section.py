"""The market tab's "Why did it fall?" page: a few short paragraphs on why the shock hit
chips and power, Nvidia's answer, the counter-arguments and the rebound, and what came
next, each with its sources; quotes in their original words, translated."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QTextBrowser, QVBoxLayout, QWidget

from explainer_core.data.errors import DataError
from explainer_core.data.market_why import MarketWhy
from explainer_core.data.sources import SourceRegistry
from ui.market.why_html import items_html
from ui.shell.data_error_panel import DataErrorPanel
from ui.shell.language import LanguageService
from widgets.deferred_work import DeferredWork

DOCUMENT_MARGIN_PX = 6


class WhySection(QWidget):
    """Shows the data's section items in their order; when the file could not be read,
    what is wrong instead (the rest of the tab keeps working). Texts follow
    ``update_texts``, called by the tab view."""

    def __init__(
        self,
        language: LanguageService,
        why: MarketWhy | DataError,
        sources: SourceRegistry,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self._why = why if isinstance(why, MarketWhy) else None
        self._sources = sources
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.error_panel: DataErrorPanel | None = None
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("whyText")
        self.browser.setOpenExternalLinks(True)  # the system browser; nothing is fetched
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.document().setDocumentMargin(DOCUMENT_MARGIN_PX)
        # Tab goes from link to link, then on to the next control; Enter opens a link.
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        if isinstance(why, DataError):
            self.error_panel = DataErrorPanel(why, self)
            layout.addWidget(self.error_panel)
            self.browser.hide()
        layout.addWidget(self.browser, 1)
        self._deferred = DeferredWork(self)

    @property
    def items(self):
        return self._why.section() if self._why is not None else ()

    def update_texts(self) -> None:
        heading = self.tr("Why did it fall?")
        self.browser.setAccessibleName(heading)
        self.browser.setAccessibleDescription(
            self.tr(
                "Why Nvidia and the AI trade fell on 27 January 2025, as the press reported "
                "it, with sources"
            )
        )
        if self._why is not None:
            # The page is a tab beside the movers: written when it is next shown.
            self._deferred.run(self._write_page)

    def _write_page(self) -> None:
        formatter = self.language.formatter
        note = self.tr(
            "What the press reported and what was said, in short. Quotes keep their "
            "original words, with our translation; sources under each paragraph."
        )
        position = self.browser.verticalScrollBar().value()
        self.browser.setHtml(
            f"<p><small>{html.escape(note)}</small></p>"
            + items_html(self.items, formatter, self._sources)
        )
        self.browser.verticalScrollBar().setValue(position)
