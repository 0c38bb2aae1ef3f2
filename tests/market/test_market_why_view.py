"""Why the markets fell, where the reader looks: the cards of 27, 28 and 29 January, the
power-trade and big-tech presets, the movers that fell most, and the "Why did it fall?"
page, each item the data's (in its order, with its sources), quotes in their original
words, translated for a reader of another language, and attributed to who said them."""

from __future__ import annotations

import html

import pytest
from market_fixtures import *  # noqa: F403 (the fixtures: see that module)
from PySide6.QtGui import QTextDocument

from explainer_core.data.market_why import WhyItem, load_market_why
from explainer_core.market.story import Preset
from explainer_core.market.why import quoted

WHY_EVENTS = ("nvidia-shock", "nvidia-rebound", "big-tech-keeps-spending")


@pytest.fixture(scope="module")
def why(shipped_market_data):
    data, sources = shipped_market_data
    return load_market_why(sources=sources, market=data)


def plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    # The raw text keeps the no-break spaces of the data (the plain text makes them spaces).
    return document.toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


def assert_items_shown(rich: str, items: tuple[WhyItem, ...], sources, language: str) -> None:
    """Every item, in the data's order, with its text, its quote and all its sources."""
    text = plain(rich)
    positions = [text.index(item.text(language)) for item in items]
    assert positions == sorted(positions)
    for item in items:
        assert item.title(language) in text
        for source_id in item.sources:
            assert html.escape(sources[source_id].url, quote=True) in rich, (item.id, source_id)


@pytest.mark.parametrize("event_id", WHY_EVENTS)
def test_the_event_card_gives_its_text_then_why_in_the_datas_items(
    opened_market_view, why, event_id
):
    view = opened_market_view("fr")
    view.timeline.select_event(event_id)
    card = view.timeline.card
    event = next(e for e in view.data.events if e.id == event_id)
    items = why.for_event(event_id)
    assert items and card.text() == event.text("fr")
    assert card.details_html()
    assert_items_shown(card.details_html(), items, view.sources, "fr")


def test_an_event_without_explanations_shows_its_card_alone(opened_market_view, why):
    view = opened_market_view("fr")
    view.timeline.select_event("deepseek-v3-release")
    assert not why.for_event("deepseek-v3-release")
    assert not view.timeline.card.details_html()


def test_a_quote_keeps_its_original_words_and_is_translated_for_other_readers(
    opened_market_view, why
):
    (pajjuri,) = [item for item in why.for_event("nvidia-shock") if item.id == "shock-pajjuri"]
    quote = pajjuri.quote
    assert quote.language == "en"
    view = opened_market_view("de")
    card = view.timeline.card
    text = plain(card.details_html())
    assert quoted(quote.original, "de") in text
    assert "Übersetzung: " + quoted(quote.translation("de"), "de") in text
    view = opened_market_view("en")
    text = plain(card.details_html())
    assert quoted(quote.original, "en") in text and "Translation:" not in text


def test_a_french_quote_is_translated_for_an_english_reader_only(opened_market_view, why):
    (aof,) = [item for item in why.for_preset(Preset.POWER_TRADE) if item.id == "power-aof"]
    assert aof.quote.language == "fr"
    for language, translated in (("fr", False), ("en", True)):
        view = opened_market_view(language)
        view.instruments.preset_buttons[Preset.POWER_TRADE].click()
        text = plain(view.timeline.card.details_html())
        assert quoted(aof.quote.original, language) in text
        assert (aof.quote.translations.get("en", "") in text) is translated


def test_opinions_carry_who_said_them_and_in_what_role(opened_market_view, why):
    view = opened_market_view("fr")
    text = plain(view.timeline.card.details_html())  # the shock's card
    quotes = [item for item in why.for_event("nvidia-shock") if item.quote is not None]
    assert quotes
    for item in quotes:
        role = item.quote.role("fr")
        expected = f"— {item.quote.speaker}, {role}" if role else f"— {item.quote.speaker}"
        assert expected in text, item.id
    assert "— Srini Pajjuri, analyste chez Raymond James" in text


@pytest.mark.parametrize("preset", [Preset.POWER_TRADE, Preset.BIG_TECH])
def test_a_preset_with_explanations_puts_them_on_the_card(opened_market_view, why, preset):
    view = opened_market_view("en")
    view.instruments.preset_buttons[preset].click()
    card = view.timeline.card
    assert card.title_label.text() == view.instruments.preset_buttons[preset].text()
    assert_items_shown(card.details_html(), why.for_preset(preset), view.sources, "en")
    view.timeline.select_event("nvidia-rebound")  # an event chosen takes the card back
    assert card.title_label.text() == view.data.events[5].title("en")


def test_a_preset_without_explanations_leaves_the_shocks_card(opened_market_view, why):
    view = opened_market_view("en")
    view.instruments.preset_buttons[Preset.INDICES].click()
    assert not why.for_preset(Preset.INDICES)
    assert view.selected_event == "nvidia-shock"
    assert view.timeline.card.title_label.text() == view.data.events[4].title("en")


def test_the_movers_say_why_vistra_constellation_and_nvidia_fell(opened_market_view, why):
    view = opened_market_view("fr")
    movers = view.movers
    movers.chart.bring_up_to_date()
    explained = [bar.key for bar in movers.bars.bars if why.for_mover(bar.key)]
    assert explained == ["VST", "CEG", "NVDA"]  # the bars' order: biggest fall first
    rich = movers.why_label.text()
    text = plain(rich)
    assert text.startswith("Pourquoi ils ont chuté")
    items = tuple(item for ticker in explained for item in why.for_mover(ticker))
    assert_items_shown(rich, items, view.sources, "fr")
    tips = {bar.key: bar.tooltip for bar in movers.bars.bars if bar.tooltip}
    assert tips == {ticker: why.for_mover(ticker)[0].text("fr") for ticker in explained}


def test_the_why_page_gives_the_sections_paragraphs_and_follows_the_language(
    opened_market_view, why, qtbot
):
    view = opened_market_view("de")
    page = view.why_section
    view.right_pages.setCurrentWidget(page)
    qtbot.wait(1)
    items = why.section()
    assert [item.topic.value for item in items if item.quote is None] == [
        "chips",
        "power",
        "nvidia_answer",
        "counter",
        "rebound",
        "later",
    ]
    assert_items_shown(page.browser.toHtml(), items, view.sources, "de")
    assert view.right_pages.tabText(1) == "Warum der Einbruch?"
    assert page.browser.accessibleName() == "Warum der Einbruch?"
    view.language.set_language("fr", remember=False)
    qtbot.wait(10)
    text = plain(page.browser.toHtml())
    assert items[0].title("fr") in text and items[0].title("de") not in text
    assert view.right_pages.tabText(1) == "Pourquoi cette chute\u202f?"


def test_the_why_page_is_reached_with_the_keyboard_and_named(opened_market_view):
    from PySide6.QtCore import Qt

    view = opened_market_view("en")
    page = view.why_section
    view.right_pages.setCurrentWidget(page)
    assert page.browser.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert page.browser.accessibleName() == "Why did it fall?"
    assert page.browser.accessibleDescription()
    assert page.browser.openExternalLinks()
