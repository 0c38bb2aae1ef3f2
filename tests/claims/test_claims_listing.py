"""What the list shows, decided without Qt: the verdict filter and classroom mode."""

from __future__ import annotations

import pytest

from explainer_core.claims.article import ARTICLE_LANGUAGE, keep_guillemets_attached
from explainer_core.claims.listing import ClaimsListing
from explainer_core.data.claims import Verdict, load_claims

CLAIMS = load_claims()
ALL = list(range(1, 18))


@pytest.fixture
def listing() -> ClaimsListing:
    return ClaimsListing(CLAIMS)


def test_every_claim_and_verdict_is_shown_at_first(listing):
    assert listing.shown_numbers() == ALL
    assert all(listing.verdict_visible(number) for number in ALL)
    assert listing.verdict_counts() == {
        Verdict.ACCURATE: 6,
        Verdict.IMPRECISE: 5,
        Verdict.MISLEADING: 2,
        Verdict.WRONG: 3,
        Verdict.UNVERIFIABLE: 1,
    }


def test_a_verdict_pressed_twice_shows_only_it_then_everything(listing):
    listing.toggle_verdict(Verdict.WRONG)
    assert listing.shown_numbers() == [5, 7, 9]
    listing.toggle_verdict(Verdict.MISLEADING)
    assert listing.shown_numbers() == [8, 15]
    listing.toggle_verdict(Verdict.MISLEADING)
    assert listing.shown_numbers() == ALL


def test_classroom_mode_hides_every_verdict_and_counts_only_those_revealed(listing):
    listing.choose_verdict(Verdict.WRONG)
    listing.set_classroom(True)
    assert listing.shown_numbers() == ALL  # a filter by verdict would give them away
    assert not any(listing.verdict_visible(number) for number in ALL)
    assert sum(listing.verdict_counts().values()) == 0
    listing.reveal(5)
    listing.reveal(6)
    assert listing.revealed_numbers() == [5, 6]
    assert listing.verdict_counts()[Verdict.WRONG] == 1
    assert listing.verdict_counts()[Verdict.ACCURATE] == 1
    listing.reveal(5, False)
    assert listing.revealed_numbers() == [6]


def test_classroom_mode_refuses_to_filter_by_verdict(listing):
    listing.set_classroom(True)
    assert not listing.choose_verdict(Verdict.WRONG)
    assert not listing.toggle_verdict(Verdict.WRONG)
    assert listing.shown_numbers() == ALL
    assert listing.choose_verdict(None)


def test_reveal_all_hide_all_and_a_new_lesson(listing):
    listing.set_classroom(True)
    listing.reveal_all()
    assert listing.revealed_numbers() == ALL
    listing.hide_all()
    assert listing.revealed_numbers() == []
    listing.reveal(3)
    listing.set_classroom(False)
    assert all(listing.verdict_visible(number) for number in ALL)
    listing.set_classroom(True)
    assert listing.revealed_numbers() == []  # each lesson starts with nothing revealed


def test_an_unknown_claim_cannot_be_revealed(listing):
    with pytest.raises(KeyError):
        listing.reveal(18)


def test_the_article_is_french_and_its_guillemets_hold_their_words():
    assert ARTICLE_LANGUAGE == "fr"
    assert keep_guillemets_attached("« Nvidia a perdu. »") == "«\u00a0Nvidia a perdu.\u00a0»"
