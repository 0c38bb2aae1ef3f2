"""The card of one checked claim: the quote, its verdict, the facts, the sources, a chart link.

The owner fills every text (already translated and formatted); the card only lays them
out and says when its "Show in chart" button is pressed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from widgets.verdict_badge import BadgeSymbol, VerdictBadge

QUOTE_SCALE = 1.12
SMALL_SCALE = 0.9
CLAIM_STRETCH, FACTS_STRETCH = 2, 3  # the facts are longer: they get the wider column


def _wrapping_label(parent: QWidget, name: str, selectable: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ClaimCard(QFrame):
    """Shows what the owner gives it; emits ``showInChartRequested`` when asked to."""

    showInChartRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Preferred (not Minimum) lets a scroll area size the card by height-for-width: as
        # tall as its wrapped texts need at the current width, with no gap below.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self.number_label = QLabel(self)
        self.number_label.setObjectName("claimNumber")
        self.badge = VerdictBadge(self)
        self.quote_label = _wrapping_label(self, "claimQuote")
        font = self.quote_label.font()
        font.setPointSizeF(font.pointSizeF() * QUOTE_SCALE)
        font.setBold(True)
        self.quote_label.setFont(font)
        self.translation_label = _wrapping_label(self, "claimTranslation")
        font = self.translation_label.font()
        font.setItalic(True)
        self.translation_label.setFont(font)
        self.facts_heading = QLabel(self)
        self.facts_heading.setObjectName("claimFactsHeading")
        font = self.facts_heading.font()
        font.setBold(True)
        self.facts_heading.setFont(font)
        self.facts_label = _wrapping_label(self, "claimFacts")
        self.sources_label = QLabel(self)
        self.sources_label.setObjectName("claimSources")
        self.sources_label.setWordWrap(True)
        self.sources_label.setTextFormat(Qt.TextFormat.RichText)
        self.sources_label.setOpenExternalLinks(True)  # the system browser, never the app
        self.sources_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        font = self.sources_label.font()
        font.setPointSizeF(font.pointSizeF() * SMALL_SCALE)
        self.sources_label.setFont(font)
        self.chart_button = QPushButton(self)
        self.chart_button.setObjectName("showInChart")
        self.chart_button.clicked.connect(self.showInChartRequested)
        self.chart_button.hide()

        # The claim on the left, the facts beside it on the right.
        heading = QHBoxLayout()
        heading.addWidget(self.number_label)
        heading.addStretch(1)
        heading.addWidget(self.badge)
        claim_column = QVBoxLayout()
        claim_column.addLayout(heading)
        claim_column.addWidget(self.quote_label)
        claim_column.addWidget(self.translation_label)
        claim_column.addStretch(1)
        footer = QHBoxLayout()
        footer.addWidget(self.sources_label, 1)
        footer.addWidget(self.chart_button, 0, Qt.AlignmentFlag.AlignBottom)
        facts_column = QVBoxLayout()
        facts_column.addWidget(self.facts_heading)
        facts_column.addWidget(self.facts_label)
        facts_column.addStretch(1)
        facts_column.addLayout(footer)
        divider = QFrame(self)
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(12)
        layout.addLayout(claim_column, CLAIM_STRETCH)
        layout.addWidget(divider)
        layout.addLayout(facts_column, FACTS_STRETCH)

    def set_texts(
        self,
        number: str,
        quote: str,
        translation: str | None,
        facts_heading: str,
        facts: str,
        sources_html: str,
    ) -> None:
        """``translation`` is None when the interface speaks the quote's language."""
        self.number_label.setText(number)
        self.quote_label.setText(quote)
        self.translation_label.setText(translation or "")
        self.translation_label.setVisible(bool(translation))
        self.facts_heading.setText(facts_heading)
        self.facts_label.setText(facts)
        self.sources_label.setText(sources_html)
        self.setAccessibleName(f"{number}: {quote}")

    def set_verdict(self, symbol: BadgeSymbol, colour: str, text: str) -> None:
        self.badge.set_verdict(symbol, colour, text)

    def set_chart_button(self, text: str | None, tooltip: str = "") -> None:
        """Show the button with ``text``, or hide it (None) when no chart shows the claim."""
        self.chart_button.setVisible(text is not None)
        self.chart_button.setText(text or "")
        self.chart_button.setToolTip(tooltip)
        self.chart_button.setAccessibleDescription(tooltip)
