"""Which sources the data cites, how recent it is, and the helpers behind Help (no Qt)."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from importlib import metadata
from pathlib import Path

import pytest

from explainer_core.data.citations import (
    claims_citations,
    collect_citations,
    export_controls_citations,
    market_citations,
    models_citations,
    uncited_source_ids,
)
from explainer_core.data.claims import load_claims
from explainer_core.data.data_dates import load_data_dates
from explainer_core.data.export_controls import load_export_controls
from explainer_core.data.market import load_market
from explainer_core.data.models import load_models
from explainer_core.data.paths import DATA_DIR
from explainer_core.data.sources import load_sources
from explainer_core.licences import COMPONENTS, Component, installed_version
from explainer_core.search_text import folded, matches


@pytest.fixture(scope="module")
def registry():
    return load_sources()


def column_values(file_name: str, column: str) -> list[str]:
    with (DATA_DIR / file_name).open(encoding="utf-8", newline="") as handle:
        return [row[column] for row in csv.DictReader(handle)]


def cited_in_file(file_name: str) -> set[str]:
    return {
        part.strip()
        for cell in column_values(file_name, "sources")
        for part in cell.split(";")
        if part.strip()
    }


def test_every_cited_id_resolves_in_the_registry(registry):
    citations = collect_citations(registry=registry)
    assert citations.errors == ()
    assert citations.ids
    assert citations.ids <= registry.ids()


@pytest.mark.parametrize(
    "file_name",
    [
        "market_prices.csv",
        "instruments.csv",
        "market_events.csv",
        "market_figures.csv",
        "market_why.csv",
        "chips.csv",
        "export_timeline.csv",
        "deepseek_hardware.csv",
        "models.csv",
        "model_costs.csv",
        "benchmarks.csv",
        "benchmarks_alt.csv",
        "api_prices.csv",
        "claims.csv",
    ],
)
def test_the_sources_of_every_data_file_count_as_cited(registry, file_name):
    assert cited_in_file(file_name) <= collect_citations(registry=registry).ids


def test_each_dataset_cites_its_own_rows(registry):
    models = load_models(sources=registry)
    assert cited_in_file("market_prices.csv") <= market_citations(load_market(sources=registry))
    assert cited_in_file("chips.csv") <= export_controls_citations(
        load_export_controls(sources=registry)
    )
    assert cited_in_file("api_prices.csv") <= models_citations(models)
    assert claims_citations(load_claims(sources=registry, models=models)) == cited_in_file(
        "claims.csv"
    )


def copy_of_data(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    return copy


def test_a_registry_entry_that_nothing_cites_is_reported_not_listed(tmp_path):
    copy = copy_of_data(tmp_path)
    with (copy / "sources" / "claims.csv").open("a", encoding="utf-8") as handle:
        handle.write(
            "clm-nobody-cites-this,An orphan,Un orphelin,Eine Waise,An orphan,"
            "Nobody,Personne,Niemand,Nobody,,https://example.org/orphan\n"
        )
    registry = load_sources(copy / "sources")
    citations = collect_citations(copy, registry)
    assert "clm-nobody-cites-this" not in citations.ids
    assert uncited_source_ids(registry, citations.ids) == {"clm-nobody-cites-this"}


def test_a_damaged_dataset_keeps_the_others_sources(tmp_path):
    copy = copy_of_data(tmp_path)
    (copy / "chips.csv").write_text("not,a,chip,table\n", encoding="utf-8")
    citations = collect_citations(copy)
    assert len(citations.errors) == 1
    assert "chips.csv" in str(citations.errors[0])
    assert cited_in_file("claims.csv") <= citations.ids
    assert cited_in_file("market_prices.csv") <= citations.ids


def test_the_as_of_date_is_the_latest_date_in_the_data():
    dates = load_data_dates()
    last_price = max(column_values("market_prices.csv", "date"))
    assert dates.last_price_day == dt.date.fromisoformat(last_price)
    dated = [
        ("market_prices.csv", "date"),
        ("market_events.csv", "date"),
        ("market_figures.csv", "date"),
        ("export_timeline.csv", "date"),
        ("deepseek_hardware.csv", "date"),
        ("models.csv", "release_date"),
        ("model_costs.csv", "as_of"),  # YYYY-MM or YYYY-MM-DD
        ("api_prices.csv", "effective_from"),
        ("api_prices.csv", "effective_to"),
    ]
    days = [day for name, column in dated for day in column_values(name, column) if day]
    latest = max(day if len(day) == 10 else f"{day}-01" for day in days)
    assert dates.as_of == dt.date.fromisoformat(latest)
    assert dates.as_of >= dates.last_price_day


def test_search_ignores_case_accents_and_spacing():
    assert folded("  Élysée\tPALACE ") == "elysee palace"
    assert matches("elysee reu", "Élysée", "Reuters")
    assert matches("HÄNDELSBLATT", "Handelsblatt")
    assert matches("strasse", "Straße")
    assert matches("", "anything")
    assert not matches("reuters bloomberg", "Reuters")


@pytest.mark.parametrize("component", COMPONENTS, ids=lambda c: c.name)
def test_installed_versions_come_from_the_package_metadata(component):
    version = installed_version(component)
    assert version is not None
    assert any(_version_of(name) == version for name in component.distributions)


def _version_of(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def test_a_component_that_is_not_installed_has_no_version():
    ghost = Component("Ghost", "MIT", "https://opensource.org/license/mit", ("no-such-dist-x",))
    assert installed_version(ghost) is None


def test_the_licences_are_the_ones_the_app_names():
    licences = {component.name: component.licence for component in COMPONENTS}
    assert licences == {
        "Qt for Python (PySide6)": "LGPL-3.0-only",
        "pyqtgraph": "MIT",
        "pandas": "BSD-3-Clause",
        "Babel": "BSD-3-Clause",
    }
