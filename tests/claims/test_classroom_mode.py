"""Classroom mode: the class sees each quote alone and decides; the teacher then reveals
the verdict and its facts, claim by claim or all at once. Nothing of a hidden verdict
reaches the screen, a tooltip or a screen reader."""

from __future__ import annotations

import claims_fixtures
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from explainer_core.data.claims import Verdict, load_claims
from ui.claims.verdict_look import VERDICT_STYLES, verdict_name

# The fixtures this module uses (a module of their own: see claims_fixtures).
language, claims_view = claims_fixtures.language, claims_fixtures.claims_view
switch_language = claims_fixtures.switch_language

CLAIMS = load_claims()
ALL = list(range(1, 18))
ACCURATE_CLAIM, WRONG_CLAIM = 6, 7  # both on the market timeline


def what_a_reader_can_get(card: QWidget) -> list[str]:
    """Every text of the card and its children that the screen, a tooltip or a screen
    reader can give: shown texts, accessible names and descriptions, tooltips."""
    texts = []
    for widget in [card, *card.findChildren(QWidget)]:
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is not None:
            for kind in (QAccessible.Text.Name, QAccessible.Text.Description):
                texts.append(interface.text(kind))
    return texts


def without_its_claim(card: QWidget, number: int) -> list[str]:
    """What the card gives away, the claim's own number and words taken out."""
    own = [card.number_label.text(), card.quote_label.text(), card.translation_label.text()]
    own += [text for text in (card.accessibleName(),) if text]
    texts = []
    for text in what_a_reader_can_get(card):
        for part in own:
            if part:
                text = text.replace(part, "")
        texts.append(text.replace(str(number), "#"))
    return texts


def colours_in_style_sheets(card: QWidget) -> list[str]:
    sheets = [widget.styleSheet() for widget in [card, *card.findChildren(QWidget)]]
    return [colour for _, colour in VERDICT_STYLES.values() if any(colour in s for s in sheets)]


@pytest.fixture
def classroom(claims_view):
    view = claims_view()
    view.set_classroom(True)
    return view


def test_the_switch_hides_every_verdict_and_its_facts(claims_view):
    view = claims_view()
    view.classroom.switch.click()
    assert view.listing.classroom
    for claim in CLAIMS:
        card = view.card_list.cards[claim.number]
        assert card.badge.isHidden() and card.badge.text() == "" and card.badge.symbol is None
        assert card.facts_label.text() == card.sources_label.text() == ""
        assert card.chart_button.isHidden() and card.chart_button.toolTip() == ""
        assert not card.reveal_button.isHidden()
        assert card.quote_label.text()  # the class reads the quote
        assert colours_in_style_sheets(card) == []


def test_nothing_tells_two_hidden_cards_apart_but_their_claim(classroom, qtbot):
    for code in ("fr", "de"):  # also once the language has changed
        switch_language(classroom, code, qtbot)
        cards = classroom.card_list.cards
        accurate = without_its_claim(cards[ACCURATE_CLAIM], ACCURATE_CLAIM)
        wrong = without_its_claim(cards[WRONG_CLAIM], WRONG_CLAIM)
        assert accurate == wrong
        for claim in CLAIMS:
            facts = claim.facts.text(code)
            assert not any(facts in text for text in what_a_reader_can_get(cards[claim.number]))


def test_the_teacher_reveals_one_claim_with_its_facts(classroom):
    card = classroom.card_list.cards[WRONG_CLAIM]
    card.reveal_button.click()
    claim = CLAIMS[WRONG_CLAIM - 1]
    assert card.badge.text() == verdict_name(Verdict.WRONG)
    assert (card.badge.symbol, card.badge.colour) == VERDICT_STYLES[Verdict.WRONG]
    assert card.facts_label.text() == claim.facts.text("fr")
    assert not card.chart_button.isHidden()
    assert card.reveal_button.text() != ""  # now it hides the verdict again
    others = [classroom.card_list.cards[n] for n in ALL if n != WRONG_CLAIM]
    assert all(other.badge.text() == "" for other in others)
    card.reveal_button.click()
    assert card.badge.text() == "" and card.facts_label.text() == ""


def test_reveal_all_and_hide_all(classroom):
    cards = classroom.card_list.cards
    assert not classroom.classroom.hide_all_button.isEnabled()  # nothing to hide yet
    classroom.classroom.reveal_all_button.click()
    assert all(cards[c.number].badge.text() == verdict_name(c.verdict) for c in CLAIMS)
    assert not classroom.classroom.reveal_all_button.isEnabled()
    classroom.classroom.hide_all_button.click()
    assert all(card.badge.text() == "" for card in cards.values())
    assert classroom.listing.revealed_numbers() == []


def test_the_counters_tally_only_revealed_verdicts_and_do_not_filter(classroom):
    counters = classroom.counters.counters
    assert all(counter.count_label.text() == "0" for counter in counters.values())
    assert "0" in classroom.counters.heading.text() and "17" in classroom.counters.heading.text()
    for counter in counters.values():  # a tally: no button to press, nor Tab stop
        assert not counter.isCheckable()
        assert not counter.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert counter.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    assert not classroom.filter.isEnabled()
    classroom.reveal(WRONG_CLAIM)
    assert counters[Verdict.WRONG].count_label.text() == "1"
    assert sum(int(counter.count_label.text()) for counter in counters.values()) == 1
    classroom.toggle_verdict(Verdict.WRONG)  # a filter would give the others away
    assert classroom.visible_claim_numbers() == ALL


def test_entering_classroom_mode_lifts_a_filter_and_leaving_shows_every_verdict(claims_view):
    view = claims_view()
    view.set_verdict_filter(Verdict.WRONG)
    view.set_classroom(True)
    assert view.visible_claim_numbers() == ALL
    assert view.filter.box.currentData() is None
    view.set_classroom(False)
    assert all(
        view.card_list.cards[c.number].badge.text() == verdict_name(c.verdict) for c in CLAIMS
    )
    assert all(card.reveal_button.isHidden() for card in view.card_list.cards.values())
    assert all(counter.isCheckable() for counter in view.counters.counters.values())
    assert view.counters.counters[Verdict.ACCURATE].count_label.text() == "6"


def test_classroom_mode_works_from_the_keyboard(claims_view, qtbot):
    view = claims_view()
    switch = view.classroom.switch
    assert switch.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(switch, Qt.Key.Key_Space)
    assert view.listing.classroom
    reveal = view.card_list.cards[WRONG_CLAIM].reveal_button
    assert reveal.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "7" in reveal.accessibleName()  # the name says which claim it reveals
    qtbot.keyClick(reveal, Qt.Key.Key_Space)
    assert view.listing.revealed_numbers() == [WRONG_CLAIM]
    qtbot.keyClick(switch, Qt.Key.Key_Space)
    assert not view.listing.classroom


def test_a_new_tab_starts_with_every_verdict_shown(claims_view):
    """Not remembered: whoever opens the app next sees the verdicts, not a quiz."""
    first = claims_view()
    first.set_classroom(True)
    second = claims_view()
    assert not second.listing.classroom
    assert not second.classroom.switch.isChecked()
    assert second.card_list.cards[1].badge.text() == verdict_name(Verdict.ACCURATE)
