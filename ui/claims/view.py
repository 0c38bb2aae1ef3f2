"""Tab 4: the 17 claims of a French-language news article, each checked against the facts.

The view wires its sections (the verdict counters, the filter box, the classroom controls
and the card list) to one state, ``ClaimsListing``: each section says what the reader
asked for, the view changes the state and tells every section what to show.

It knows no other view: "Show in chart" emits ``showInChartRequested(chart_id, item,
claim number)`` and the main window takes the reader to the tab that owns that chart, and
back to the claim with ``focus_claim``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from explainer_core.claims.article import ARTICLE_MONTH
from explainer_core.claims.listing import ClaimsListing
from explainer_core.data.claims import CLAIM_COUNT, Verdict, load_claims
from explainer_core.templates import fill
from ui import registry
from ui.claims.card_list import ClaimCardList
from ui.claims.classroom_controls import ClassroomControls
from ui.claims.verdict_counters import VerdictCounters
from ui.claims.verdict_filter import VerdictFilterBox
from ui.shell.language import LanguageService
from ui.shell.tab_view import TabView
from widgets.intro_panel import IntroPanel


class ClaimsView(TabView):
    tab_id = registry.CLAIMS

    # chart id, item to highlight ("" for none), the number of the claim it illustrates
    showInChartRequested = Signal(str, str, int)

    def __init__(self, language: LanguageService, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.intro = IntroPanel(self)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()  # the filter and classroom mode beside the introduction
        header.addWidget(self.intro, 1)
        layout.addLayout(header)
        claims = self.load_data(lambda sources: load_claims(sources=sources), layout) or []
        self.listing = ClaimsListing(claims)
        if self.error_panel is not None:
            self.update_texts()
            return

        self.filter = VerdictFilterBox(self)
        self.classroom = ClassroomControls(self)
        controls = QVBoxLayout()
        controls.addWidget(self.filter)
        controls.addWidget(self.classroom)
        controls.addStretch(1)
        header.addLayout(controls, 0)
        self.counters = VerdictCounters(language, self)
        layout.addWidget(self.counters)
        self.card_list = ClaimCardList(language, claims, self.sources, self)
        layout.addWidget(self.card_list, 1)

        self.filter.verdictChosen.connect(lambda value: self.set_verdict_filter(value or None))
        self.counters.verdictClicked.connect(lambda value: self.toggle_verdict(Verdict(value)))
        self.classroom.classroomToggled.connect(self._classroom_toggled)
        self.classroom.revealAllRequested.connect(self.reveal_all)
        self.classroom.hideAllRequested.connect(self.hide_all)
        self.card_list.revealToggled.connect(
            lambda number: self.reveal(number, not self.listing.verdict_visible(number))
        )
        self.card_list.showInChartRequested.connect(self.show_in_chart)
        self.update_texts()
        self._show_listing()

    # -- what the reader asks for -----------------------------------------------------
    def set_verdict_filter(self, verdict: Verdict | str | None) -> None:
        """Show only the claims with ``verdict`` (None: all of them)."""
        self.listing.choose_verdict(None if verdict is None else Verdict(verdict))
        self._show_listing(scroll_to_top=True)

    def toggle_verdict(self, verdict: Verdict) -> None:
        """A counter's press: only that verdict, or (pressed again) every claim."""
        self.listing.toggle_verdict(verdict)
        self._show_listing(scroll_to_top=True)

    def set_classroom(self, active: bool) -> None:
        """Classroom mode: every verdict hidden until the teacher reveals it."""
        self.classroom.set_active(active)  # the switch announces it: _classroom_toggled

    def _classroom_toggled(self, active: bool) -> None:
        self.listing.set_classroom(active)
        self._show_listing(scroll_to_top=True)

    def reveal(self, number: int, revealed: bool = True) -> None:
        self.listing.reveal(number, revealed)
        self._show_listing()

    def reveal_all(self) -> None:
        self.listing.reveal_all()
        self._show_listing()

    def hide_all(self) -> None:
        self.listing.hide_all()
        self._show_listing()

    def show_in_chart(self, number: int) -> None:
        """Ask for the chart that illustrates claim ``number`` (if it has one)."""
        claim = self.listing.claim(number)
        if claim.chart is not None and self.listing.verdict_visible(number):
            self.showInChartRequested.emit(claim.chart.value, claim.chart_item or "", number)

    def focus_claim(self, number: int) -> None:
        """Bring claim ``number`` into view and focus it (a reader back from its chart);
        a filter that hides it is lifted."""
        if number not in self.listing.shown_numbers():
            self.listing.choose_verdict(None)
            self._show_listing()
        self.card_list.focus_claim(number)

    # -- what the sections show -----------------------------------------------------
    @property
    def verdict_filter(self) -> Verdict | None:
        return self.listing.verdict_filter

    def visible_claim_numbers(self) -> list[int]:
        return self.card_list.visible_claim_numbers()

    def _show_listing(self, scroll_to_top: bool = False) -> None:
        listing = self.listing
        self.filter.set_verdict(listing.verdict_filter)
        self.filter.setEnabled(listing.can_filter)
        self.counters.set_active(listing.verdict_filter)
        revealed = len(listing.revealed_numbers())
        self.counters.show_counts(
            listing.verdict_counts(),
            (revealed, len(listing.claims)) if listing.classroom else None,
        )
        self.classroom.set_progress(revealed, len(listing.claims))
        self.card_list.show_verdicts(
            {number: listing.verdict_visible(number) for number in listing.numbers},
            listing.classroom,
        )
        shown = listing.shown_numbers()
        if scroll_to_top or shown != self.card_list.visible_claim_numbers():
            self.card_list.show_only(shown)

    # -- language -----------------------------------------------------------------
    def update_texts(self) -> None:
        formatter = self.language.formatter
        self.intro.set_texts(
            self.tr("The article, claim by claim"),
            fill(
                self.tr(
                    "A French-language news article of %1, whose copy does not name the "
                    "outlet that published it, made %2 claims about the DeepSeek shock. Each "
                    "card puts one of them, in the article's own words, beside what the "
                    "sources show, and gives a verdict: accurate, imprecise, misleading, "
                    "wrong or unverifiable. Where a chart shows the facts, “Show in chart” "
                    "takes you to it."
                ),
                formatter.month_name_and_year(ARTICLE_MONTH),
                formatter.number(len(self.listing.claims) or CLAIM_COUNT),
            ),
        )
        if self.error_panel is None:
            self.when_shown(self._update_content_texts)

    def _update_content_texts(self) -> None:
        self.filter.update_texts()
        self.classroom.update_texts()
        self.counters.update_texts()
        self.card_list.update_texts()
