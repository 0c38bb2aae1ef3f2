"""The card of one checked claim: the quote, its verdict, the facts, the sources, a chart link.

The owner fills every text (already translated and formatted); the card only lays them
out and says when one of its buttons is pressed. A verdict can be withheld (a class is
still deciding): the owner then gives the card no verdict and no facts at all, so nothing
of them is left in the card for a screen reader, a tooltip or a copy to give away.
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


def _scaled_font(label: QLabel, scale: float = 1.0, bold: bool = False, italic: bool = False):
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    font.setItalic(italic)
    label.setFont(font)


class ClaimCard(QFrame):
    """Shows what the owner gives it; says when its chart or reveal button is pressed."""

    showInChartRequested = Signal()
    revealToggled = Signal()  # the reveal (or hide) button of a withheld verdict

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Preferred (not Minimum) lets a scroll area size the card by height-for-width: as
        # tall as its wrapped texts need at the current width, with no gap below.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        # Focus can be given to the card (a screen reader then reads its claim), but Tab
        # visits only its buttons and links.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.number_label = QLabel(self)
        self.number_label.setObjectName("claimNumber")
        self.badge = VerdictBadge(self)
        self.badge.hide()
        self.quote_label = _wrapping_label(self, "claimQuote")
        _scaled_font(self.quote_label, QUOTE_SCALE, bold=True)
        self.translation_label = _wrapping_label(self, "claimTranslation")
        _scaled_font(self.translation_label, italic=True)
        self.reveal_button = QPushButton(self)
        self.reveal_button.setObjectName("revealVerdict")
        self.reveal_button.clicked.connect(self.revealToggled)
        self.reveal_button.hide()
        self.facts_heading = QLabel(self)
        self.facts_heading.setObjectName("claimFactsHeading")
        _scaled_font(self.facts_heading, bold=True)
        self.facts_label = _wrapping_label(self, "claimFacts")
        self.sources_label = QLabel(self)
        self.sources_label.setObjectName("claimSources")
        self.sources_label.setWordWrap(True)
        self.sources_label.setTextFormat(Qt.TextFormat.RichText)
        self.sources_label.setOpenExternalLinks(True)  # the system browser, never the app
        self.sources_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        _scaled_font(self.sources_label, SMALL_SCALE)
        self.withheld_label = _wrapping_label(self, "claimVerdictWithheld", selectable=False)
        _scaled_font(self.withheld_label, italic=True)
        self.withheld_label.hide()
        self.chart_button = QPushButton(self)
        self.chart_button.setObjectName("showInChart")
        self.chart_button.clicked.connect(self.showInChartRequested)
        self.chart_button.hide()

        # The claim on the left, the facts beside it on the right, always in the same
        # proportions (a withheld verdict leaves a short note there, not a narrow column).
        claim_box, facts_box = QWidget(self), QWidget(self)
        for box, stretch in ((claim_box, CLAIM_STRETCH), (facts_box, FACTS_STRETCH)):
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            policy.setHorizontalStretch(stretch)
            policy.setHeightForWidth(True)
            box.setSizePolicy(policy)
        heading = QHBoxLayout()
        heading.addWidget(self.number_label)
        heading.addStretch(1)
        heading.addWidget(self.badge)
        claim_column = QVBoxLayout(claim_box)
        claim_column.setContentsMargins(0, 0, 0, 0)
        claim_column.addLayout(heading)
        claim_column.addWidget(self.quote_label)
        claim_column.addWidget(self.translation_label)
        claim_column.addStretch(1)
        claim_column.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)
        footer = QHBoxLayout()
        footer.addWidget(self.sources_label, 1)
        footer.addWidget(self.chart_button, 0, Qt.AlignmentFlag.AlignBottom)
        facts_column = QVBoxLayout(facts_box)
        facts_column.setContentsMargins(0, 0, 0, 0)
        facts_column.addWidget(self.facts_heading)
        facts_column.addWidget(self.facts_label)
        facts_column.addWidget(self.withheld_label)
        facts_column.addStretch(1)
        facts_column.addLayout(footer)
        divider = QFrame(self)
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(12)
        layout.addWidget(claim_box, CLAIM_STRETCH)
        layout.addWidget(divider)
        layout.addWidget(facts_box, FACTS_STRETCH)

    def set_claim(self, number: str, quote: str, translation: str | None) -> None:
        """``translation`` is None when the interface speaks the quote's language."""
        self.number_label.setText(number)
        self.quote_label.setText(quote)
        self.translation_label.setText(translation or "")
        self.translation_label.setVisible(bool(translation))
        self.setAccessibleName(f"{number}: {quote}")

    def set_verdict(self, symbol: BadgeSymbol, colour: str, text: str) -> None:
        self.badge.set_verdict(symbol, colour, text)
        self.badge.show()

    def set_facts(self, heading: str, facts: str, sources_html: str) -> None:
        self.facts_heading.setText(heading)
        self.facts_label.setText(facts)
        self.sources_label.setText(sources_html)
        for label in (self.facts_heading, self.facts_label, self.sources_label):
            label.show()
        self.withheld_label.clear()
        self.withheld_label.hide()

    def withhold_verdict(self, note: str) -> None:
        """Show ``note`` where the facts were, and keep no trace of the verdict or facts."""
        self.badge.clear()
        self.badge.hide()
        for label in (self.facts_heading, self.facts_label, self.sources_label):
            label.clear()
            label.hide()
        self.set_chart_button(None)
        self.withheld_label.setText(note)
        self.withheld_label.show()

    def set_chart_button(
        self, text: str | None, tooltip: str = "", accessible_name: str = ""
    ) -> None:
        """Show the button with ``text``, or hide it (None) when no chart shows the claim."""
        self.chart_button.setVisible(text is not None)
        self.chart_button.setText(text or "")
        self.chart_button.setToolTip(tooltip)
        self.chart_button.setAccessibleDescription(tooltip)
        self.chart_button.setAccessibleName(accessible_name)

    def set_reveal_button(self, text: str | None, accessible_name: str = "") -> None:
        """The button that reveals or hides a withheld verdict; None hides the button."""
        self.reveal_button.setVisible(text is not None)
        self.reveal_button.setText(text or "")
        self.reveal_button.setAccessibleName(accessible_name)

    def take_focus(self) -> None:
        """Focus the card's first button (the chart link, else the reveal button)."""
        for button in (self.chart_button, self.reveal_button):
            if not button.isHidden():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.setFocus(Qt.FocusReason.OtherFocusReason)
