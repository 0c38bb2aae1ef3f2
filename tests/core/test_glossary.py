"""One vocabulary: docs/glossary.csv names each concept once per language, and no French or
German text uses a variant it rules out (quotes and proper names excepted): neither the data
texts nor the interface's translations in the Qt Linguist catalogues."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from text_rules import (
    GLOSSARY_PATH,
    catalogue_path,
    catalogue_texts,
    english_words,
    glossary_violations,
    load_glossary,
    write_probe_catalogue,
)

from explainer_core.data.paths import DATA_DIR, SOURCES_DIR

GLOSSARY = load_glossary()
DATA_FILES = sorted(DATA_DIR.glob("*.csv")) + sorted(SOURCES_DIR.glob("*.csv"))
# Words quoted as they were written or said keep their own vocabulary: the article's quotes
# (claims.csv) and, in market_why.csv, the original quotes (column ``quote``, no language
# suffix, so never read here).
VERBATIM_COLUMNS = {("claims.csv", "quote_fr"), ("claims.csv", "quote_de")}
REQUIRED_CONCEPTS = {
    "benchmark",
    "h20-gender",
    "market-capitalisation",
    "export-licence-requirement",
    "metric",
    "tab",
    "export-policy",
    "research-paper",
    "news-article",
    "final-training-run",
    "output-token-price",
    "token",
    "close",
    "intraday-low",
    "bit-length",
    "dense-throughput",
    "rule-clause",
    "big-tech",
    "prompt",
}
# The allow-list: proper names the interface writes in English in every language, so that
# neither a glossary row nor the English-word check reads them as words. Names only, never a
# common word (a term's own proper names are in its ``allowed`` cell of the glossary).
INTERFACE_PROPER_NAMES = (
    "License Exception NAC",
    "Bureau of Industry and Security",
    "Federal Register",
    "Yahoo Finance",
    "US Letter",
)


def test_the_glossary_has_one_row_per_concept_with_the_three_languages():
    with GLOSSARY_PATH.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == [
            "concept",
            "fr",
            "de",
            "en",
            "avoid_fr",
            "avoid_de",
            "allowed",
            "note",
        ]
        rows = list(reader)
    concepts = [row["concept"] for row in rows]
    assert len(concepts) == len(set(concepts))
    assert set(concepts) >= REQUIRED_CONCEPTS
    for row in rows:
        assert row["fr"] and row["de"] and row["en"], row["concept"]


def test_no_preferred_term_is_also_a_variant_to_avoid():
    for term in GLOSSARY:
        for code in ("fr", "de"):
            assert not glossary_violations(term.preferred[code], code, [term]), term.concept


def texts(path: Path, language: str) -> list[tuple[str, str]]:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    return [
        (f"{path.name}:{line} {column}", text)
        for column in frame.columns
        if column.endswith(f"_{language}") and (path.name, column) not in VERBATIM_COLUMNS
        for line, text in enumerate(frame[column], start=2)
        if text
    ]


@pytest.mark.parametrize("language", ["fr", "de"])
@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_data_texts_use_the_glossarys_terms(path, language):
    problems = [
        f"{where}: {violation}"
        for where, text in texts(path, language)
        for violation in glossary_violations(text, language, GLOSSARY)
    ]
    assert not problems, "\n".join(problems)


def interface_violations(path: Path, language: str) -> list[str]:
    """The glossary's ruled-out variants and the English words of a catalogue's translations."""
    problems = []
    for where, text in catalogue_texts(path):
        for name in INTERFACE_PROPER_NAMES:
            text = text.replace(name, "\x00" * len(name))
        found = glossary_violations(text, language, GLOSSARY) + english_words(text)
        problems += [f"{where}: {violation}" for violation in found]
    return problems


@pytest.mark.parametrize("language", ["fr", "de"])
def test_interface_translations_use_the_glossarys_terms_and_no_english(language):
    path = catalogue_path(language)
    assert len(catalogue_texts(path)) > 700  # the whole catalogue was read
    problems = interface_violations(path, language)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("language", "translation", "concept"),
    [
        ("fr", "Restrictions à l&apos;export de GPU", "export-policy"),
        ("fr", "Résultats aux &amp;benchmarks", "benchmark"),  # a mnemonic inside the word
        ("fr", "&lt;b&gt;Prix de sortie&lt;/b&gt; : %1", "output-token-price"),  # rich text
        ("de", "Nach Registerkarte gruppiert", "tab"),
        ("de", "Dichte Spitzenleistung (ohne Sparsity)", "sparsity"),
        ("de", "Zeitleiste of the export rules", "English word"),  # half translated
        ("fr", "Sources&#xa0;: the Federal Register", "English word"),  # the name is not
    ],
)
def test_a_ruled_out_variant_in_a_catalogue_is_caught(tmp_path, language, translation, concept):
    catalogue = write_probe_catalogue(tmp_path / f"probe_{language}.ts", language, translation)
    found = interface_violations(catalogue, language)
    assert any(f": {concept}" in violation for violation in found), found


def test_proper_names_in_a_catalogue_pass(tmp_path):
    names = "Nur Meldung (License Exception NAC); Federal Register, Bureau of Industry and Security"
    catalogue = write_probe_catalogue(tmp_path / "probe_de.ts", "de", names)
    assert interface_violations(catalogue, "de") == []


# --------------------------------------------------------------------------- the checker


@pytest.mark.parametrize(
    ("text", "language", "concept"),
    [
        ("la dernière phase d’entraînement de V3", "fr", "final-training-run"),
        ("Dernière phase d'entraînement de V3", "fr", "final-training-run"),
        ("Prix de sortie : 2,19 $", "fr", "output-token-price"),
        ("le tableau 4 de l’article sur R1", "fr", "research-paper"),
        ("la H20, bridée", "fr", "h20-gender"),
        ("une perte de valeur boursière", "fr", "market-capitalisation"),
        ("les restrictions à l’export de GPU", "fr", "export-policy"),
        ("sur la plupart des benchmarks", "fr", "benchmark"),
        ("pour chaque token", "fr", "token"),
        ("Washington stellt den H20 unter Lizenzpflicht", "de", "export-licence-requirement"),
        ("eine Exportlizenz", "de", "export-licence-requirement"),
        ("Der abschließende Trainingslauf", "de", "final-training-run"),
        ("ein Zuwachs an Marktkapitalisierung", "de", "market-capitalisation"),
        ("im Tab Märkte", "de", "tab"),
        ("Maß in der Quelle: Pass@1", "de", "metric"),
        ("Score : 97,3 (mesure dans la source : pass@1)", "fr", "metric"),
        ("Nombre de bits de ce chiffre", "fr", "bit-length"),
        ("Wählen Sie eine Bitbreite", "de", "bit-length"),
        ("chaque clause du 3A090", "fr", "rule-clause"),
        ("Jede Klausel von 3A090", "de", "rule-clause"),
        ("Big Tech", "de", "big-tech"),
        ("prix catalogue, prompts jusqu’à 128 000 jetons", "fr", "prompt"),
        ("toutes deux telles que cotées", "fr", "as-traded"),
        ("nummeriert (Schlüssel unten)", "de", "chart-key"),
    ],
)
def test_a_ruled_out_variant_is_caught(text, language, concept):
    found = glossary_violations(text, language, GLOSSARY)
    assert any(violation.startswith(concept + ":") for violation in found), found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("l’entraînement final de DeepSeek-V3, selon la publication sur R1", "fr"),
        ("le H20 et la puce H20", "fr"),
        ("la DeepSeek Model License autorise l’usage commercial", "fr"),  # a proper name
        ("selon SWE-bench Verified", "fr"),  # not the word benchmark
        ("MIT-Lizenz; License Exception NAC", "de"),  # software licence, proper name
        ("in der Tabelle, mit Tabstopps", "de"),  # whole words only
        ("Der Artikel hätte den Index nennen müssen", "de"),
        ("Die Benchmarks des R1-Papers", "de"),
    ],
)
def test_preferred_terms_and_proper_names_pass(text, language):
    assert glossary_violations(text, language, GLOSSARY) == []
