"""The 17 claims: shipped file validates, matches the reference facts, fails loudly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from csv_damage import Row, damage, set_cell

from explainer_core.data.claims import CLAIM_COUNT, Chart, Claim, Verdict, load_claims
from explainer_core.data.errors import DataError, Problem
from explainer_core.data.models import load_models
from explainer_core.data.paths import DATA_DIR
from explainer_core.formatting import formatter_for

MODEL_FILES = ["models.csv", "model_costs.csv", "benchmarks.csv", "benchmarks_alt.csv"]
MODEL_FILES += ["api_prices.csv"]
SOURCE_FILES = ["models.csv", "claims.csv"]
NO_BREAK_SPACE = "\u00a0"


# The verdict and the article's exact French words of each claim, as in the reference facts
# (claims/claims.csv, columns verdict and claim_fr).
FACTS: dict[int, tuple[Verdict, str]] = {
    1: (
        Verdict.ACCURATE,
        "« Les actions de Nvidia et d'autres sociétés de technologie ont perdu "
        "énormément de valeur. La raison en est DeepSeek. »",
    ),
    2: (
        Verdict.IMPRECISE,
        "« La start-up chinoise DeepSeek n'a qu'un an. »",
    ),
    3: (
        Verdict.ACCURATE,
        "« sa nouvelle application d'intelligence artificielle s'est hissée à la "
        "première place de l'App Store d'Apple durant le week-end »",
    ),
    4: (
        Verdict.IMPRECISE,
        "« surprend par ses performances, qui semblent même dépasser les modèles établis "
        "d'OpenAI, Meta et Google »",
    ),
    5: (
        Verdict.WRONG,
        "« L'indice Nasdaq a parfois perdu jusqu'à 5 pour cent »",
    ),
    6: (
        Verdict.ACCURATE,
        "« Nvidia a même perdu jusqu'à 18 pour cent. »",
    ),
    7: (
        Verdict.WRONG,
        "« Depuis le début de l'engouement pour l'IA début 2022, les investisseurs ont "
        "injecté un total de 15 000 milliards de dollars (15 000 milliards d'euros) dans "
        "les entreprises du Nasdaq. »",
    ),
    8: (
        Verdict.MISLEADING,
        "« le développement du nouveau modèle d'IA DeepSeek R1 a coûté l'équivalent de "
        "moins de six millions de dollars américains »",
    ),
    9: (
        Verdict.WRONG,
        "« OpenAI aurait dépensé environ 100 millions de dollars pour le développement "
        "de GPT-4o. »",
    ),
    10: (
        Verdict.ACCURATE,
        "« L'entraînement de DeepSeek n'a duré que 2,78 millions d'heures de GPU. Llama "
        "3.1, le modèle comparable de Meta, a nécessité 30,8 millions d'heures de GPU. »",
    ),
    11: (
        Verdict.IMPRECISE,
        "« Comme il ne peut pas les exporter en Chine, Nvidia n'y vend que des "
        "accélérateurs plus anciens. »",
    ),
    12: (
        Verdict.ACCURATE,
        "« grâce à des algorithmes plus efficaces, DeepSeek a manifestement réussi à "
        "entraîner et à exploiter un modèle performant, à un prix nettement plus bas »",
    ),
    13: (
        Verdict.IMPRECISE,
        "« les serveurs fonctionnent actuellement à la limite de leurs capacités en "
        "raison d'un trafic plus important que prévu »",
    ),
    14: (
        Verdict.IMPRECISE,
        "« DeepSeek R1 est open source. »",
    ),
    15: (
        Verdict.MISLEADING,
        "« Il est facile de copier quelque chose dont on sait qu'il fonctionne » (Sam "
        "Altman sur X, cité par l'article)",
    ),
    16: (
        Verdict.UNVERIFIABLE,
        "« DeepSeek semble plutôt s'être inspiré de l'architecture, avoir entraîné le "
        "modèle avec les sorties GPT et s'être basé dessus. »",
    ),
    17: (
        Verdict.ACCURATE,
        "« L'IA bloque par exemple les requêtes sur la place Tian'anmen, Taïwan ou le "
        "Tibet. Le bot refuse également de donner des réponses détaillées aux questions "
        "sur le président chinois Xi Jinping »",
    ),
}


@pytest.fixture(scope="module")
def claims() -> list[Claim]:
    return load_claims()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the claims, the model files they point to and their registries."""
    (tmp_path / "sources").mkdir()
    for name in [*MODEL_FILES, "claims.csv"]:
        shutil.copy(DATA_DIR / name, tmp_path / name)
    for name in SOURCE_FILES:
        shutil.copy(DATA_DIR / "sources" / name, tmp_path / "sources" / name)
    return tmp_path


def expect_problem(
    data_dir: Path, problem: Problem, line: int | None, column: str | None
) -> DataError:
    with pytest.raises(DataError) as caught:
        load_claims(data_dir)
    error = caught.value
    assert (error.problem, error.file, error.row, error.column) == (
        problem,
        "claims.csv",
        line,
        column,
    )
    return error


# --- the shipped file -------------------------------------------------------------------------


def test_all_17_claims_are_there_in_the_articles_order(claims):
    assert [claim.number for claim in claims] == list(range(1, CLAIM_COUNT + 1))


def test_each_claim_carries_the_verdict_of_the_facts(claims):
    assert {claim.number: claim.verdict for claim in claims} == {
        number: verdict for number, (verdict, _) in FACTS.items()
    }


def test_the_french_quote_is_the_articles_exact_wording(claims):
    for claim in claims:
        assert claim.quote.fr == FACTS[claim.number][1], f"claim {claim.number}"


def test_every_claim_reads_in_french_german_and_english(claims):
    for claim in claims:
        for code in ("fr", "de", "en"):
            assert claim.quote.text(code) and claim.facts.text(code), (claim.number, code)
        assert claim.quote.de != claim.quote.fr and claim.facts.en != claim.facts.fr


def test_french_facts_use_a_no_break_space_before_high_punctuation(claims):
    nvidia = claims[0].facts.fr
    assert formatter_for("fr").percent(16.97) in nvidia  # 16,97 % with the formatter's space
    assert f"capitalisation{NO_BREAK_SPACE}:" in nvidia


def test_the_cost_claim_keeps_the_2_dollar_assumption_and_what_it_leaves_out(claims):
    cost = claims[7]
    assert cost.verdict is Verdict.MISLEADING
    assert "5.576M" in cost.facts.en and "$2 per GPU-hour" in cost.facts.en
    assert "5,576 millions de dollars" in cost.facts.fr and "294" in cost.facts.fr


def test_nvidias_loss_is_shown_as_the_sourced_range_not_a_third_figure(claims):
    for claim in (claims[0], claims[5]):
        assert "$589bn" in claim.facts.en and "$593bn" in claim.facts.en
        assert "590" not in claim.facts.en


def test_charts_point_at_items_the_model_data_knows(claims):
    models = load_models()
    for claim in claims:
        if claim.chart in (Chart.MODEL_COMPUTE, Chart.MODEL_PRICE):
            assert models.model_named(claim.chart_item or "")
        if claim.chart is Chart.MODEL_BENCHMARKS:
            assert claim.chart_item in models.benchmark_names()
    assert (claims[0].chart, claims[0].chart_item) == (Chart.MARKET_MOVERS, "NVDA")


# --- a damaged file ---------------------------------------------------------------------------


def test_a_gap_in_the_numbering_is_reported_where_it_starts(data_copy):
    damage(data_copy / "claims.csv", lambda rows: rows[:4] + rows[5:])
    error = expect_problem(data_copy, Problem.INCONSISTENT, 6, "id")
    assert error.value == "6"


def test_a_missing_last_claim_is_reported(data_copy):
    damage(data_copy / "claims.csv", lambda rows: rows[:-1])
    expect_problem(data_copy, Problem.INCONSISTENT, None, None)


def test_a_claim_listed_twice_is_a_duplicate_row(data_copy):
    damage(data_copy / "claims.csv", lambda rows: [*rows[:3], rows[2], *rows[3:]])
    expect_problem(data_copy, Problem.DUPLICATE_ROW, 5, "id")


def test_a_claim_number_that_is_not_a_number_is_reported(data_copy):
    damage(data_copy / "claims.csv", set_cell(2, "id", "three"))
    expect_problem(data_copy, Problem.BAD_NUMBER, 4, "id")


def test_an_invalid_verdict_is_refused(data_copy):
    damage(data_copy / "claims.csv", set_cell(4, "verdict", "false"))
    error = expect_problem(data_copy, Problem.BAD_CHOICE, 6, "verdict")
    assert error.value == "false"


def test_a_missing_translation_names_the_language_column(data_copy):
    damage(data_copy / "claims.csv", set_cell(9, "facts_de", ""))
    expect_problem(data_copy, Problem.MISSING_TRANSLATION, 11, "facts_de")


def test_a_missing_column_is_reported(data_copy):
    damage(data_copy / "claims.csv", lambda rows: rows, drop="quote_en")
    expect_problem(data_copy, Problem.MISSING_COLUMN, None, "quote_en")


def test_an_unknown_source_id_is_reported(data_copy):
    damage(data_copy / "claims.csv", set_cell(0, "sources", "clm-nowhere"))
    error = expect_problem(data_copy, Problem.UNKNOWN_SOURCE, 2, "sources")
    assert error.value == "clm-nowhere"


def test_an_unknown_chart_is_refused(data_copy):
    damage(data_copy / "claims.csv", set_cell(0, "chart", "pie-chart"))
    expect_problem(data_copy, Problem.BAD_CHOICE, 2, "chart")


def test_a_chart_item_the_models_do_not_know_is_refused(data_copy):
    damage(data_copy / "claims.csv", set_cell(7, "chart_item", "DeepSeek-V9"))
    expect_problem(data_copy, Problem.BAD_CHOICE, 9, "chart_item")


def test_a_plain_space_before_a_colon_in_french_is_refused(data_copy):
    def plain_spaces(rows: list[Row]) -> list[Row]:
        rows[0]["facts_fr"] = rows[0]["facts_fr"].replace(NO_BREAK_SPACE + ":", " :")
        return rows

    damage(data_copy / "claims.csv", plain_spaces)
    expect_problem(data_copy, Problem.INCONSISTENT, 2, "facts_fr")
