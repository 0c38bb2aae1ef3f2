"""The scrolling list of claim cards: which cards it shows, whose verdict each card shows,
and the way back to one card (a reader returning from its chart).

It fills each card from the claim and the interface language; the view decides which
claims are shown and which verdicts may be seen (``explainer_core.claims.listing``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from explainer_core.claims.article import ARTICLE_LANGUAGE, keep_guillemets_attached
from explainer_core.data.claims import Claim
from explainer_core.data.sources import SourceRegistry
from explainer_core.templates import fill
from ui import registry
from ui.claims.verdict_look import VERDICT_STYLES, verdict_name
from ui.shell.language import LanguageService
from ui.shell.source_links import sources_html
from widgets.claim_card import ClaimCard

SCROLL_MARGIN_PX = 12  # room left above a card brought into view


class ClaimCardList(QScrollArea):
    """One card per claim, in the article's order; says which claim a button asks for."""

    showInChartRequested = Signal(int)  # the claim's number
    revealToggled = Signal(int)  # the claim's number: reveal its verdict, or hide it again

    def __init__(
        self,
        language: LanguageService,
        claims: Sequence[Claim],
        sources: SourceRegistry,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.claims = {claim.number: claim for claim in claims}
        self.sources = sources
        self.setObjectName("claimsScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._verdict_shown = dict.fromkeys(self.claims, True)
        self._classroom = False
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 6, 0)
        self.cards: dict[int, ClaimCard] = {}
        for number in self.claims:
            card = ClaimCard(holder)
            card.showInChartRequested.connect(lambda n=number: self.showInChartRequested.emit(n))
            card.revealToggled.connect(lambda n=number: self.revealToggled.emit(n))
            column.addWidget(card)
            self.cards[number] = card
        self.no_match_label = QLabel(holder)
        self.no_match_label.setObjectName("claimsNoMatch")
        self.no_match_label.hide()
        column.addWidget(self.no_match_label)
        column.addStretch(1)
        self.setWidget(holder)

    def showEvent(self, event: QShowEvent) -> None:
        # Lay the cards out at their real width before the first paint, or wrapped texts
        # are clipped until the next resize.
        super().showEvent(event)
        self.widget().layout().activate()

    # -- what is shown ------------------------------------------------------------
    def show_only(self, numbers: Iterable[int]) -> None:
        """Show the cards of ``numbers`` (the others are hidden), from the top."""
        shown = set(numbers)
        for number, card in self.cards.items():
            card.setHidden(number not in shown)
        self.no_match_label.setHidden(bool(shown))
        self.verticalScrollBar().setValue(0)

    def visible_claim_numbers(self) -> list[int]:
        return [number for number, card in self.cards.items() if not card.isHidden()]

    def show_verdicts(self, shown: dict[int, bool], classroom: bool) -> None:
        """Which cards show their verdict and facts; in classroom mode each card also has
        a button to reveal (or hide) its verdict."""
        mode_changed = classroom != self._classroom
        self._classroom = classroom
        for number in self.cards:
            now = shown.get(number, True)
            if now != self._verdict_shown[number] or mode_changed:
                self._verdict_shown[number] = now
                self._fill_verdict(self.claims[number])

    def verdict_shown(self, number: int) -> bool:
        return self._verdict_shown[number]

    def focus_claim(self, number: int) -> None:
        """Scroll card ``number`` into view, its top first, and focus its first button."""
        card = self.cards[number]
        self.widget().layout().activate()
        bar = self.verticalScrollBar()
        top, bottom = card.y(), card.y() + card.height()
        visible = self.viewport().height()
        if top < bar.value() or bottom > bar.value() + visible:
            bar.setValue(max(0, top - SCROLL_MARGIN_PX))
        card.take_focus()

    # -- texts ----------------------------------------------------------------------
    def update_texts(self) -> None:
        self.no_match_label.setText(self.tr("No claim has this verdict."))
        self.setAccessibleName(self.tr("The claims of the article"))
        for claim in self.claims.values():
            self._fill_claim(claim)
            self._fill_verdict(claim)

    def _number(self, claim: Claim) -> str:
        return self.language.formatter.number(claim.number)

    def _fill_claim(self, claim: Claim) -> None:
        code = self.language.language
        translation = None if code == ARTICLE_LANGUAGE else claim.quote.text(code)
        self.cards[claim.number].set_claim(
            fill(self.tr("Claim %1"), self._number(claim)),
            keep_guillemets_attached(claim.quote.text(ARTICLE_LANGUAGE)),
            translation,
        )

    def _fill_verdict(self, claim: Claim) -> None:
        """The verdict, facts, sources and chart link, or (withheld) none of them."""
        card = self.cards[claim.number]
        shown = self._verdict_shown[claim.number]
        number = self._number(claim)
        if not self._classroom:
            card.set_reveal_button(None)
        elif shown:
            card.set_reveal_button(
                self.tr("Hide the verdict"),
                fill(self.tr("Hide the verdict of claim %1"), number),
            )
        else:
            card.set_reveal_button(
                self.tr("Reveal the verdict"),
                fill(self.tr("Reveal the verdict of claim %1"), number),
            )
        if not shown:
            card.withhold_verdict(
                self.tr(
                    "The verdict is hidden. Accurate, imprecise, misleading, wrong or "
                    "unverifiable: what does the class think?"
                )
            )
            return
        formatter = self.language.formatter
        symbol, colour = VERDICT_STYLES[claim.verdict]
        card.set_verdict(symbol, colour, verdict_name(claim.verdict))
        card.set_facts(
            self.tr("What the facts say"),
            claim.facts.text(self.language.language),
            sources_html(claim.sources, self.sources, formatter),
        )
        if claim.chart is None:
            card.set_chart_button(None)
            return
        tooltip = fill(self.tr("Chart: %1"), registry.chart(claim.chart.value).name())
        if claim.chart_item:
            tooltip += "\n" + fill(self.tr("Highlights: %1"), claim.chart_item)
        # Every card has this button: its name says which claim it belongs to.
        card.set_chart_button(
            self.tr("Show in chart"),
            tooltip,
            fill(self.tr("Show claim %1 in the chart"), number),
        )
