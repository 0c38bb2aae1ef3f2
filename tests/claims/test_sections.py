"""The claims tab's sections, each built alone: what each says when used, what it shows."""

from __future__ import annotations

import claims_fixtures
from PySide6.QtWidgets import QWidget

from explainer_core.data.claims import Verdict, load_claims
from explainer_core.data.sources import load_sources
from ui.claims.card_list import ClaimCardList
from ui.claims.verdict_counters import VerdictCounters
from ui.claims.verdict_filter import VerdictFilterBox
from widgets.claim_card import ClaimCard
from widgets.verdict_badge import BadgeSymbol

language = claims_fixtures.language  # the fixture (a module of its own: see claims_fixtures)

CLAIMS = load_claims()


def test_a_counter_asks_for_its_verdict_and_is_checked_only_when_told(qtbot, language):
    counters = VerdictCounters(language("en"))
    qtbot.addWidget(counters)
    counters.show_counts(dict.fromkeys(Verdict, 2))
    with qtbot.waitSignal(counters.verdictClicked) as signal:
        counters.counters[Verdict.WRONG].click()
    assert signal.args == ["wrong"]
    assert not counters.counters[Verdict.WRONG].isChecked()  # nobody said yes
    counters.set_active(Verdict.WRONG)
    assert [v for v, c in counters.counters.items() if c.isChecked()] == [Verdict.WRONG]
    assert counters.counters[Verdict.WRONG].accessibleName() == "Wrong: 2"


def test_the_filter_box_says_what_the_reader_chose_but_not_what_it_was_told(qtbot, language):
    language("en")
    box = VerdictFilterBox()
    qtbot.addWidget(box)
    box.update_texts()
    with qtbot.assertNotEmitted(box.verdictChosen):
        box.set_verdict(Verdict.ACCURATE)
    assert box.box.currentData() == Verdict.ACCURATE
    with qtbot.waitSignal(box.verdictChosen) as signal:
        box.box.setCurrentIndex(0)
    assert signal.args == [""]


def test_a_card_with_a_withheld_verdict_keeps_no_trace_of_it(qtbot):
    card = ClaimCard()
    qtbot.addWidget(card)
    card.set_claim("Claim 1", "« Quote »", None)
    card.set_verdict(BadgeSymbol.CROSS, "#D55E00", "Wrong")
    card.set_facts("What the facts say", "The facts.", '<a href="https://example.org">A</a>')
    card.set_chart_button("Show in chart", "Chart: Market", "Show claim 1 in the chart")
    card.withhold_verdict("The verdict is hidden.")
    texts = [w.text() for w in card.findChildren(QWidget) if hasattr(w, "text")]
    names = [
        w.accessibleName() + w.accessibleDescription() + w.toolTip()
        for w in [card, *card.findChildren(QWidget)]
    ]
    everything = " ".join(texts + names)
    for secret in ("Wrong", "The facts.", "example.org", "Chart: Market", "#D55E00"):
        assert secret not in everything + card.badge.styleSheet()


def test_the_card_list_lifts_a_card_into_view_and_hides_the_others(qtbot, language):
    cards = ClaimCardList(language("fr"), CLAIMS, load_sources())
    qtbot.addWidget(cards)
    cards.update_texts()
    cards.resize(1000, 500)
    cards.show()
    qtbot.waitExposed(cards)
    cards.show_only([5, 7, 9])
    assert cards.visible_claim_numbers() == [5, 7, 9]
    cards.show_only([])
    assert not cards.no_match_label.isHidden()
    cards.show_only(range(1, 18))
    cards.focus_claim(17)
    assert cards.verticalScrollBar().value() > 0
