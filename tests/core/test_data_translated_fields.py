"""No English left in French or German: fields the app shows to every reader (the authority and
official reference of a rule, a model's licence, a benchmark's metric, a source's title and
publisher, the checked article) have a text in each language, beside the English column the
views read so far."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from csv_damage import Row, damage, set_cell

from explainer_core.data.claims import ARTICLE_FILE, load_checked_article
from explainer_core.data.errors import DataError, Problem
from explainer_core.data.export_controls import load_export_controls
from explainer_core.data.models import load_models
from explainer_core.data.paths import DATA_DIR
from explainer_core.data.sources import load_sources
from explainer_core.languages import LANGUAGE_CODES


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    return copy


def fails(load, problem: Problem, file: str, column: str) -> DataError:
    with pytest.raises(DataError) as caught:
        load()
    error = caught.value
    assert (error.problem, error.file, error.column) == (problem, file, column), str(error)
    return error


# --------------------------------------------------------------------------- the rules timeline


def test_every_rule_names_its_authority_and_reference_in_each_language():
    for event in load_export_controls().events:
        assert event.authority_text("en") == event.authority
        assert event.citation_text("en") == event.citation
        for code in ("fr", "de"):
            assert event.authority_text(code), (event.id, code)
            assert event.citation_text(code), (event.id, code)


def test_company_action_and_the_us_commerce_department_read_in_french_and_german():
    events = {event.id: event for event in load_export_controls().events}
    assert events["E06"].authority == "Nvidia (company action)"
    assert events["E06"].authority_text("fr") == "Nvidia (décision de l’entreprise)"
    assert events["E06"].authority_text("de") == "Nvidia (Unternehmensentscheidung)"
    assert events["E05"].authority_text("de") == "US-Handelsministerium / BIS"
    # the numbers and codes of a reference are the same in every language
    for code in LANGUAGE_CODES:
        assert "87 FR 62186" in events["E05"].citation_text(code)
        assert "FR Doc 2022-21658" in events["E05"].citation_text(code)


def test_a_rule_without_its_german_authority_is_a_missing_translation(data_copy):
    damage(data_copy / "export_timeline.csv", set_cell(0, "authority_de", ""))
    fails(
        lambda: load_export_controls(data_copy),
        Problem.MISSING_TRANSLATION,
        "export_timeline.csv",
        "authority_de",
    )


def test_an_english_reference_that_drifts_from_the_original_column_is_refused(data_copy):
    damage(data_copy / "export_timeline.csv", set_cell(4, "citation_en", "87 FR 1"))
    fails(
        lambda: load_export_controls(data_copy),
        Problem.INCONSISTENT,
        "export_timeline.csv",
        "citation_en",
    )


# --------------------------------------------------------------------------- models


def test_licences_read_in_each_language():
    models = {model.id: model for model in load_models().models}
    assert models["gpt-4"].license == "Proprietary"
    assert models["gpt-4"].licence("fr") == "Propriétaire"
    assert models["gpt-4"].licence("de") == "Proprietär"
    assert (
        models["deepseek-r1"].licence("fr") == "MIT (code et poids\u202f; distillation autorisée)"
    )
    assert models["deepseek-r1"].licence("en") == models["deepseek-r1"].license
    assert models["qwen2-5-72b-instruct"].licence("fr") is None  # not given by the sources


def test_a_metric_keeps_the_sources_label_and_translates_only_our_remarks():
    scores = load_models().benchmarks
    pass_at_1 = next(score for score in scores if score.metric == "Pass@1")
    assert {pass_at_1.metric_label(code) for code in LANGUAGE_CODES} == {"Pass@1"}
    unstated = next(score for score in scores if score.metric == "(card gives no metric)")
    assert unstated.metric_label("fr") == "(la fiche n’indique aucune métrique)"
    assert unstated.metric_label("de") == "(die Modellkarte nennt keine Metrik)"


def test_a_licence_given_in_english_only_is_a_missing_translation(data_copy):
    def english_only(rows: list[Row]) -> list[Row]:
        rows[0]["license_fr"] = ""
        return rows

    damage(data_copy / "models.csv", english_only)
    fails(lambda: load_models(data_copy), Problem.MISSING_TRANSLATION, "models.csv", "license_fr")


# --------------------------------------------------------------------------- the source registry


# Titles made only of names and codes read the same in French.
NAMES_ONLY = {"mdl-llm-prices-bc78710", "mdl-llm-prices-245796f"}


def test_every_source_has_a_title_and_publisher_in_each_language():
    for source in load_sources().all():
        assert source.title_in("en") == source.title
        assert source.publisher_in("en") == source.publisher
        for code in ("fr", "de"):
            assert source.title_in(code) and source.publisher_in(code), (source.id, code)
            if source.id not in NAMES_ONLY:
                assert source.title_in(code) != source.title, (source.id, code)


def test_the_price_series_name_yahoo_finance_as_publisher_and_the_repository_as_the_copy():
    registry = load_sources()
    series = registry["mkt-ainagl-nvda"]
    assert series.publisher == "Yahoo Finance (via GitHub: ainagl/tio4317-time-series-project)"
    assert series.publisher_in("fr").startswith("Yahoo Finance (copie sur GitHub")
    assert series.publisher_in("de").startswith("Yahoo Finance (Kopie auf GitHub")
    assert series.url == "https://github.com/ainagl/tio4317-time-series-project"
    repositories = [s for s in registry.all() if s.url.startswith("https://github.com/")]
    prices = [s for s in repositories if "daily prices" in s.title]
    assert prices and all(s.publisher.startswith("Yahoo Finance") for s in prices)


def test_a_source_title_missing_in_german_is_a_missing_translation(data_copy):
    damage(data_copy / "sources" / "market.csv", set_cell(0, "title_de", ""))
    fails(
        lambda: load_sources(data_copy / "sources"),
        Problem.MISSING_TRANSLATION,
        "market.csv",
        "title_de",
    )


# --------------------------------------------------------------------------- the checked article


def test_the_checked_article_says_in_every_language_that_its_outlet_is_not_named():
    article = load_checked_article()
    assert article.outlet is None
    assert (article.language, article.month) == ("fr", "2025-01")
    assert "ne nomme pas le média" in article.text("fr")
    assert "nennt das Medium nicht" in article.text("de")
    assert "does not name the outlet" in article.text("en")


def test_an_article_month_that_is_not_a_month_is_a_bad_date(data_copy):
    damage(data_copy / ARTICLE_FILE, set_cell(0, "month", "janvier 2025"))
    fails(lambda: load_checked_article(data_copy), Problem.BAD_DATE, ARTICLE_FILE, "month")
