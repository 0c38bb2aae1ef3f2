"""Tab 4: the 17 claims of the French article that started it all, each checked against the facts.

The view knows no other view: "Show in chart" emits ``showInChartRequested(chart_id, item)``
and the main window takes the reader to the tab that owns that chart.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explainer_core.data.claims import CLAIM_COUNT, Chart, Claim, Verdict, load_claims
from explainer_core.templates import fill
from ui import registry
from ui.shell.language import LanguageService
from ui.shell.source_links import sources_html
from ui.shell.tab_view import TabView
from widgets.claim_card import ClaimCard
from widgets.intro_panel import IntroPanel
from widgets.palette import OKABE_ITO
from widgets.verdict_badge import BadgeSymbol, VerdictBadge, symbol_icon

# Each verdict has its own symbol as well as its colour (Okabe–Ito, colour-blind safe).
VERDICT_STYLES: dict[Verdict, tuple[BadgeSymbol, str]] = {
    Verdict.ACCURATE: (BadgeSymbol.CHECK, OKABE_ITO[3]),  # bluish green
    Verdict.IMPRECISE: (BadgeSymbol.APPROX, OKABE_ITO[2]),  # orange
    Verdict.MISLEADING: (BadgeSymbol.WARNING, OKABE_ITO[4]),  # reddish purple
    Verdict.WRONG: (BadgeSymbol.CROSS, OKABE_ITO[0]),  # vermillion
    Verdict.UNVERIFIABLE: (BadgeSymbol.QUESTION, OKABE_ITO[1]),  # blue
}
COUNT_SCALE = 1.6
ARTICLE_LANGUAGE = "fr"  # the article's own words are always shown, translated for others


def _keep_guillemets_attached(quote: str) -> str:
    """The article's words with no-break spaces inside « », so a line never starts with »."""
    return quote.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


class ClaimsView(TabView):
    tab_id = registry.CLAIMS

    showInChartRequested = Signal(str, str)  # chart id, item to highlight ("" for none)

    def __init__(self, language: LanguageService, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.intro = IntroPanel(self)
        layout = QVBoxLayout(self)
        self.header = QHBoxLayout()  # the filter sits beside the introduction, top right
        self.header.addWidget(self.intro, 1)
        layout.addLayout(self.header)
        self.claims: list[Claim] = []
        self.cards: dict[int, ClaimCard] = {}
        self.verdict_filter: Verdict | None = None
        self.claims = self.load_data(lambda sources: load_claims(sources=sources), layout) or []
        if self.error_panel is not None:
            self.update_texts()
            return

        self.header.addLayout(self._build_filter(), 0)
        layout.addLayout(self._build_summary_row())
        layout.addWidget(self._build_card_list(), 1)
        self.update_texts()

    # -- building -----------------------------------------------------------------
    def _build_summary_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("claimsSummary")
        row.addWidget(self.summary_label)
        counts = Counter(claim.verdict for claim in self.claims)
        self.verdict_counts: dict[Verdict, int] = {v: counts.get(v, 0) for v in Verdict}
        self.count_labels: dict[Verdict, QLabel] = {}
        self.summary_badges: dict[Verdict, VerdictBadge] = {}
        for verdict in Verdict:
            count = QLabel(self)
            count.setObjectName(f"count-{verdict.value}")
            font = count.font()
            font.setPointSizeF(font.pointSizeF() * COUNT_SCALE)
            font.setBold(True)
            count.setFont(font)
            badge = VerdictBadge(self)
            row.addSpacing(10)
            row.addWidget(count)
            row.addWidget(badge)
            self.count_labels[verdict] = count
            self.summary_badges[verdict] = badge
        row.addStretch(1)
        return row

    def _build_filter(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.filter_label = QLabel(self)
        self.filter_box = QComboBox(self)
        self.filter_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_box.currentIndexChanged.connect(
            lambda index: self.set_verdict_filter(self.filter_box.itemData(index))
        )
        self.filter_label.setBuddy(self.filter_box)
        row.addWidget(self.filter_label)
        row.addWidget(self.filter_box)
        row.setAlignment(Qt.AlignmentFlag.AlignTop)
        return row

    def _build_card_list(self) -> QScrollArea:
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("claimsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget(self.scroll)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 6, 0)
        for claim in self.claims:
            card = ClaimCard(holder)
            card.showInChartRequested.connect(lambda c=claim: self.show_in_chart(c.number))
            column.addWidget(card)
            self.cards[claim.number] = card
        self.no_match_label = QLabel(holder)
        self.no_match_label.setObjectName("claimsNoMatch")
        self.no_match_label.hide()
        column.addWidget(self.no_match_label)
        column.addStretch(1)
        self.scroll.setWidget(holder)
        return self.scroll

    def showEvent(self, event: QShowEvent) -> None:
        # Lay the cards out at their real width before the first paint, or wrapped texts
        # are clipped until the next resize.
        super().showEvent(event)
        if self.error_panel is None:
            self.scroll.widget().layout().activate()

    # -- behaviour ----------------------------------------------------------------
    def claim(self, number: int) -> Claim:
        return next(claim for claim in self.claims if claim.number == number)

    def set_verdict_filter(self, verdict: Verdict | None) -> None:
        """Show only the claims with ``verdict`` (None: all of them)."""
        self.verdict_filter = None if verdict is None else Verdict(verdict)
        index = self.filter_box.findData(self.verdict_filter)
        if index >= 0 and self.filter_box.currentIndex() != index:
            with QSignalBlocker(self.filter_box):
                self.filter_box.setCurrentIndex(index)
        for claim in self.claims:
            shown = self.verdict_filter in (None, claim.verdict)
            self.cards[claim.number].setHidden(not shown)
        self.no_match_label.setHidden(bool(self.visible_claim_numbers()))
        self.scroll.verticalScrollBar().setValue(0)

    def visible_claim_numbers(self) -> list[int]:
        return [n for n, card in self.cards.items() if not card.isHidden()]

    def show_in_chart(self, number: int) -> None:
        """Ask for the chart that illustrates claim ``number`` (if it has one)."""
        claim = self.claim(number)
        if claim.chart is not None:
            self.showInChartRequested.emit(claim.chart.value, claim.chart_item or "")

    # -- language -----------------------------------------------------------------
    def verdict_name(self, verdict: Verdict) -> str:
        names = {
            Verdict.ACCURATE: self.tr("Accurate"),
            Verdict.IMPRECISE: self.tr("Imprecise"),
            Verdict.MISLEADING: self.tr("Misleading"),
            Verdict.WRONG: self.tr("Wrong"),
            Verdict.UNVERIFIABLE: self.tr("Unverifiable"),
        }
        return names[verdict]

    def chart_name(self, chart: Chart) -> str:
        return registry.chart(chart.value).name()

    def update_texts(self) -> None:
        formatter = self.language.formatter
        self.intro.set_texts(
            self.tr("The article, claim by claim"),
            fill(
                self.tr(
                    "A French news article on the DeepSeek shock made %1 claims. Each card puts "
                    "one of them, in the article's own words, beside what the sources show, and "
                    "gives a verdict: accurate, imprecise, misleading, wrong or unverifiable. "
                    "Where a chart shows the facts, “Show in chart” takes you to it."
                ),
                formatter.number(len(self.claims) or CLAIM_COUNT),
            ),
        )
        if self.error_panel is None:
            self.when_shown(self._update_content_texts)

    def _update_content_texts(self) -> None:
        """The summary, the filter and every card."""
        formatter = self.language.formatter
        self.summary_label.setText(self.tr("Verdicts:"))
        self.scroll.setAccessibleName(self.intro.heading.text())
        for verdict in Verdict:
            symbol, colour = VERDICT_STYLES[verdict]
            self.count_labels[verdict].setText(formatter.number(self.verdict_counts[verdict]))
            self.summary_badges[verdict].set_verdict(symbol, colour, self.verdict_name(verdict))
        self._fill_filter_box()
        self.no_match_label.setText(self.tr("No claim has this verdict."))
        for claim in self.claims:
            self._fill_card(claim)

    def _fill_filter_box(self) -> None:
        self.filter_label.setText(self.tr("&Show:"))
        with QSignalBlocker(self.filter_box):
            # Re-adding the items (rather than renaming them) lets the box fit the new texts.
            self.filter_box.clear()
            self.filter_box.addItem(self.tr("All verdicts"), None)
            for verdict in Verdict:
                symbol, colour = VERDICT_STYLES[verdict]
                self.filter_box.addItem(
                    symbol_icon(symbol, colour), self.verdict_name(verdict), verdict
                )
            self.filter_box.setCurrentIndex(self.filter_box.findData(self.verdict_filter))
        self.filter_box.setAccessibleName(self.tr("Show the claims with this verdict"))

    def _fill_card(self, claim: Claim) -> None:
        code = self.language.language
        formatter = self.language.formatter
        card = self.cards[claim.number]
        translation = None if code == ARTICLE_LANGUAGE else claim.quote.text(code)
        card.set_texts(
            fill(self.tr("Claim %1"), formatter.number(claim.number)),
            _keep_guillemets_attached(claim.quote.text(ARTICLE_LANGUAGE)),
            translation,
            self.tr("What the facts say"),
            claim.facts.text(code),
            sources_html(claim.sources, self.sources, formatter),
        )
        symbol, colour = VERDICT_STYLES[claim.verdict]
        card.set_verdict(symbol, colour, self.verdict_name(claim.verdict))
        if claim.chart is None:
            card.set_chart_button(None)
            return
        tooltip = fill(self.tr("Chart: %1"), self.chart_name(claim.chart))
        if claim.chart_item:
            tooltip += "\n" + fill(self.tr("Highlights: %1"), claim.chart_item)
        card.set_chart_button(self.tr("Show in chart"), tooltip)
        # Every card has this button: its name says which claim it belongs to.
        card.chart_button.setAccessibleName(
            fill(self.tr("Show claim %1 in the chart"), formatter.number(claim.number))
        )
