"""Why the markets moved: the shipped explanations and quotes, where they show, their sources,
and each way a damaged file must be reported."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from csv_damage import Row, damage

from explainer_core.data.errors import DataError, Problem
from explainer_core.data.market import load_market
from explainer_core.data.market_why import (
    PRESETS,
    WHY_FILE,
    Confidence,
    MarketWhy,
    Topic,
    WhyKind,
    load_market_why,
)
from explainer_core.data.paths import DATA_DIR
from explainer_core.data.sources import load_sources
from explainer_core.languages import LANGUAGE_CODES
from explainer_core.market import calculations
from explainer_core.market.story import Preset

FRIDAY = "2025-01-24"
SHOCK = "2025-01-27"
REBOUND = "2025-01-28"
NARROW_NO_BREAK_SPACE = "\u202f"

# The quotes exactly as the reference notes give them (market/why.md), so that no copy
# edit ever touches their wording or typography. The notes stay outside the repository;
# these strings were checked against them by hand when the items were written.
VERBATIM_QUOTES = {
    "jacobsen": (
        "If it's true that DeepSeek is the proverbial 'better mousetrap,' that could disrupt "
        "the entire AI narrative that has helped drive the markets over the last two years… "
        "It could mean less demand for chips"
    ),
    "pajjuri": (
        "DeepSeek clearly doesn't have access to as much compute as US hyperscalers and "
        "somehow managed to develop a model that appears highly competitive."
    ),
    "luria": (
        "may be severely overinvesting in their data center buildout… If companies can run "
        "AI models with very little compute, they do not need data centers with hundreds of "
        "thousands of NVDA GPUs."
    ),
    "jefferies": (
        "refocus on efficiency and ROI, meaning lower demand for computing power as of 2026"
    ),
    "allen": (
        "Trying to show that the export controls are futile or counterproductive is a really "
        "important goal of Chinese foreign policy right now."
    ),
    "evercore": (
        "If proven true, the efficiencies used inside DeepSeek's open-source model may be "
        "applied by the hyperscalers to their models, which might lead to a more moderated "
        "demand."
    ),
    "bofa": (
        "raising doubts about the high expectations for cloud capex, chip growth and power "
        "requirements."
    ),
    "miller": (
        "data center growth will result in more electricity demand, but not as much as "
        "market valuations suggested."
    ),
    "aof": "celles du secteur énergétique qui ont parié sur l'IA, Vistra et Constellation",
    "nvidia": (
        "DeepSeek is an excellent AI advancement and a perfect example of Test Time Scaling. "
        "DeepSeek's work illustrates how new models can be created using that technique, "
        "leveraging widely-available models and compute that is fully export control "
        "compliant. Inference requires significant numbers of NVIDIA GPUs and "
        "high-performance networking. We now have three scaling laws: pre-training and "
        "post-training, which continue, and new test-time scaling."
    ),
    "nvidia-first-sentence": (
        "DeepSeek is an excellent AI advancement and a perfect example of Test Time Scaling."
    ),
    "jevons": (
        "Jevons paradox strikes again! As AI gets more efficient and accessible, we will see "
        "its use skyrocket, turning it into a commodity we just can't get enough of."
    ),
    "rasgon": "The models they built are fantastic, but they aren't miracles either.",
    "dunbar": (
        "'sell first, understand later'… The advent of a much cheaper lightbulb didn't "
        "signal bad news for lightbulb manufacturers or electricity companies."
    ),
    "brooks": "may have gone too far",
    "zuckerberg": (
        "I continue to think that investing very heavily in CapEx and infrastructure is going "
        "to be a strategic advantage over time."
    ),
    "nadella": (
        "When token prices fall, inference computing prices fall, that means people can "
        "consume more, and there'll be more apps written."
    ),
}
QUOTE_OF_ITEM = {
    "section-chips-jacobsen": "jacobsen",
    "section-power-evercore": "evercore",
    "section-nvidia-statement": "nvidia",
    "section-counter-nadella": "jevons",
    "shock-pajjuri": "pajjuri",
    "shock-luria": "luria",
    "shock-jefferies": "jefferies",
    "shock-allen": "allen",
    "shock-nvidia-reply": "nvidia-first-sentence",
    "shock-nadella": "jevons",
    "shock-rasgon": "rasgon",
    "rebound-dunbar": "dunbar",
    "rebound-brooks": "brooks",
    "capex-zuckerberg": "zuckerberg",
    "capex-nadella": "nadella",
    "power-evercore": "evercore",
    "power-bofa": "bofa",
    "power-morningstar": "miller",
    "power-aof": "aof",
    "bigtech-nadella": "nadella",
    "bigtech-zuckerberg": "zuckerberg",
}


@pytest.fixture(scope="module")
def why() -> MarketWhy:
    return load_market_why()


# --------------------------------------------------------------------------- shipped file


def test_the_shipped_file_loads_with_items_in_every_place_the_market_tab_shows(why) -> None:
    places = set(why.places())
    assert {
        "section",
        "event:nvidia-shock",
        "event:nvidia-rebound",
        "event:big-tech-keeps-spending",
        "preset:power_trade",
        "mover:NVDA",
        "mover:VST",
        "mover:CEG",
    } <= places
    assert len(why.items) == 38


def test_the_events_of_27_28_and_29_january_each_have_explanations(why) -> None:
    days = {event.id: event.day.isoformat() for event in load_market().events}
    for event_id, day in (
        ("nvidia-shock", SHOCK),
        ("nvidia-rebound", REBOUND),
        ("big-tech-keeps-spending", "2025-01-29"),
    ):
        assert days[event_id] == day
        items = why.for_event(event_id)
        assert any(item.kind is WhyKind.EXPLANATION for item in items), event_id


def test_the_section_explains_chips_power_nvidias_answer_and_the_rebound_in_order(why) -> None:
    explanations = [item for item in why.section() if item.kind is WhyKind.EXPLANATION]
    assert [item.topic for item in explanations] == [
        Topic.CHIPS,
        Topic.POWER,
        Topic.NVIDIA_ANSWER,
        Topic.COUNTER,
        Topic.REBOUND,
        Topic.LATER,
    ]
    orders = [item.order for item in why.section()]
    assert orders == sorted(orders)


def test_the_power_trade_preset_and_the_power_movers_have_their_items(why) -> None:
    assert why.for_preset(Preset.POWER_TRADE) == why.for_preset("power_trade")
    assert {item.topic for item in why.for_preset(Preset.POWER_TRADE)} == {Topic.POWER}
    assert why.for_mover("VST") and why.for_mover("CEG") and why.for_mover("NVDA")


def test_the_preset_names_are_the_market_storys_own() -> None:
    assert tuple(preset.value for preset in Preset) == PRESETS


def test_every_item_cites_sources_of_the_registry() -> None:
    registry = load_sources()
    for item in load_market_why(sources=registry).items:
        assert item.sources, item.id
        assert set(item.sources) <= registry.ids(), item.id


def test_every_source_of_the_items_names_its_publisher_date_or_copy() -> None:
    registry = load_sources()
    for source_id in {s for item in load_market_why().items for s in item.sources}:
        source = registry[source_id]
        assert source.publisher and source.url.startswith("http"), source_id


def test_every_title_and_text_is_given_in_the_three_languages(why) -> None:
    for item in why.items:
        for code in LANGUAGE_CODES:
            assert item.title(code).strip(), (item.id, code)
            assert item.text(code).strip(), (item.id, code)
        assert len({item.text(code) for code in LANGUAGE_CODES}) == 3, item.id


def test_a_quote_has_a_speaker_and_a_translation_in_each_other_language(why) -> None:
    quotes = [item for item in why.items if item.kind is WhyKind.QUOTE]
    assert len(quotes) == len(QUOTE_OF_ITEM)
    for item in quotes:
        quote = item.quote
        assert quote is not None and quote.speaker
        assert quote.translation(quote.language) is None  # the reader gets the original
        for code in LANGUAGE_CODES:
            if code != quote.language:
                assert quote.translation(code), (item.id, code)
                assert quote.translation(code) != quote.original, (item.id, code)


def test_explanations_carry_no_quote_fields(why) -> None:
    for item in why.items:
        if item.kind is WhyKind.EXPLANATION:
            assert item.quote is None


def test_quotes_are_kept_word_for_word(why) -> None:
    quotes = {item.id: item.quote for item in why.items if item.quote is not None}
    assert set(quotes) == set(QUOTE_OF_ITEM)
    for item_id, key in QUOTE_OF_ITEM.items():
        assert quotes[item_id].original == VERBATIM_QUOTES[key], item_id


def test_only_high_and_medium_items_are_shown(why) -> None:
    assert {item.confidence for item in why.items} <= {Confidence.HIGH, Confidence.MEDIUM}


def close_to_close(ticker: str, day: str, previous: str) -> float:
    closes = load_market().closes
    change = calculations.change_from(closes, previous).at[pd.Timestamp(day), ticker]
    return round(float(change), 2)


@pytest.mark.parametrize(
    ("item_id", "ticker", "day", "previous"),
    [
        ("mover-nvda", "NVDA", SHOCK, FRIDAY),
        ("mover-vst", "VST", SHOCK, FRIDAY),
        ("mover-ceg", "CEG", SHOCK, FRIDAY),
        ("rebound-bargains", "NVDA", REBOUND, SHOCK),
    ],
)
def test_the_moves_in_the_texts_are_the_price_datas_own(
    why, item_id: str, ticker: str, day: str, previous: str
) -> None:
    """The sources round (Vistra "nearly 30%"); the app's close-to-close figure stands."""
    move = abs(close_to_close(ticker, day, previous))
    item = next(item for item in why.items if item.id == item_id)
    french = f"{move:.2f}".replace(".", ",") + NARROW_NO_BREAK_SPACE + "%"
    assert french in item.text("fr")
    assert f"{move:.2f}%" in item.text("en")
    assert f"{move:.2f}".replace(".", ",") + "\u00a0%" in item.text("de")


# --------------------------------------------------------------------------- damaged copies


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    return copy


def edit(data_dir: Path, item_id: str, **cells: str) -> int:
    """Set cells of one item's row; returns its line in the file."""
    found: list[int] = []

    def change(rows: list[Row]) -> list[Row]:
        for index, row in enumerate(rows):
            if row["id"] == item_id:
                row.update(cells)
                found.append(index + 2)
        return rows

    damage(data_dir / WHY_FILE, change)
    assert found
    return found[0]


def fails(data_dir: Path, problem: Problem, line: int | None, column: str | None) -> DataError:
    with pytest.raises(DataError) as caught:
        load_market_why(data_dir)
    error = caught.value
    assert (error.problem, error.file, error.row, error.column) == (
        problem,
        WHY_FILE,
        line,
        column,
    ), str(error)
    return error


@pytest.mark.parametrize(
    "place",
    ["sidebar", "event:nvidia-crash", "preset:power", "mover:NVDX", "event:", "Section"],
)
def test_a_place_the_tab_does_not_have_is_a_bad_choice(data_dir: Path, place: str) -> None:
    line = edit(data_dir, "mover-vst", place=place)
    fails(data_dir, Problem.BAD_CHOICE, line, "place")


def test_a_low_confidence_item_is_refused(data_dir: Path) -> None:
    line = edit(data_dir, "section-chips", confidence="low")
    fails(data_dir, Problem.BAD_CHOICE, line, "confidence")


def test_an_unknown_source_is_reported(data_dir: Path) -> None:
    line = edit(data_dir, "section-power", sources="mkt-nowhere")
    assert fails(data_dir, Problem.UNKNOWN_SOURCE, line, "sources").value == "mkt-nowhere"


def test_an_item_without_sources_is_reported(data_dir: Path) -> None:
    line = edit(data_dir, "section-power", sources="")
    fails(data_dir, Problem.EMPTY_VALUE, line, "sources")


@pytest.mark.parametrize("column", ["title_de", "text_en", "text_fr"])
def test_a_missing_text_is_a_missing_translation(data_dir: Path, column: str) -> None:
    line = edit(data_dir, "section-counter", **{column: ""})
    fails(data_dir, Problem.MISSING_TRANSLATION, line, column)


def test_a_quote_without_its_german_translation_is_reported(data_dir: Path) -> None:
    line = edit(data_dir, "shock-rasgon", translation_de="")
    fails(data_dir, Problem.MISSING_TRANSLATION, line, "translation_de")


def test_a_translation_in_the_quotes_own_language_is_refused(data_dir: Path) -> None:
    line = edit(data_dir, "shock-rasgon", translation_en="The models they built…")
    fails(data_dir, Problem.INCONSISTENT, line, "translation_en")


@pytest.mark.parametrize("column", ["quote", "speaker", "quote_language"])
def test_a_quote_needs_its_words_speaker_and_language(data_dir: Path, column: str) -> None:
    line = edit(data_dir, "shock-rasgon", **{column: ""})
    fails(data_dir, Problem.EMPTY_VALUE, line, column)


def test_a_role_given_in_one_language_only_is_a_missing_translation(data_dir: Path) -> None:
    line = edit(data_dir, "shock-pajjuri", role_de="")
    fails(data_dir, Problem.MISSING_TRANSLATION, line, "role_de")


def test_an_explanation_with_a_quote_is_inconsistent(data_dir: Path) -> None:
    line = edit(data_dir, "section-power", quote="Something someone said.")
    fails(data_dir, Problem.INCONSISTENT, line, "quote")


def test_two_items_in_one_place_with_the_same_order_are_reported(data_dir: Path) -> None:
    line = edit(data_dir, "section-power", order="10")  # section-chips has 10
    fails(data_dir, Problem.DUPLICATE_ROW, line, "order")


def test_an_unknown_kind_is_a_bad_choice(data_dir: Path) -> None:
    line = edit(data_dir, "section-power", kind="opinion")
    fails(data_dir, Problem.BAD_CHOICE, line, "kind")


def test_a_missing_file_is_reported(data_dir: Path) -> None:
    (data_dir / WHY_FILE).unlink()
    fails(data_dir, Problem.MISSING_FILE, None, None)


def test_the_places_are_checked_against_the_market_data_given(data_dir: Path) -> None:
    market = load_market()
    assert load_market_why(market=market).items == load_market_why().items

    def without_the_29_january_event(rows: list[Row]) -> list[Row]:
        return [row for row in rows if row["id"] != "big-tech-keeps-spending"]

    damage(data_dir / "market_events.csv", without_the_29_january_event)
    with pytest.raises(DataError) as caught:
        load_market_why(data_dir)
    assert caught.value.column == "place"
