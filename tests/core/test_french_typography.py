"""French and German texts follow their typography, with the spaces of the app's own
formatter, so a line never breaks between a word and its punctuation, inside a figure or
inside a date: the texts of the data and the translations of the interface catalogues
(``translations/*_fr.ts``, ``*_de.ts``) alike; the rules live in ``text_rules``."""

from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path

import pandas as pd
import pytest
from text_rules import (
    NBSP,
    NNBSP,
    catalogue_path,
    catalogue_texts,
    typography_violations,
    write_probe_catalogue,
)

from explainer_core.data.paths import DATA_DIR, SOURCES_DIR
from explainer_core.formatting import formatter_for

# A plain space before « : ; ! ? » % » or after «; Qt's numbered places (%1, %n, %L1) aside.
PLAIN_SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<=\S) (?:[:;!?»]|%(?![\dnL]))|« ")
# The article's quotes are kept exactly as published; the views add the spaces on display.
VERBATIM_COLUMNS = {"quote_fr"}
DATA_FILES = sorted(DATA_DIR.glob("*.csv")) + sorted(SOURCES_DIR.glob("*.csv"))


def texts(path: Path, language: str) -> list[tuple[str, str]]:
    """``(where, text)`` for every non-empty text of ``language`` in a data file."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    columns = [c for c in frame.columns if c.endswith(f"_{language}")]
    return [
        (f"{path.name}:{line} {column}", text)
        for column in columns
        if column not in VERBATIM_COLUMNS
        for line, text in enumerate(frame[column], start=2)
        if text
    ]


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_french_texts_use_no_break_spaces(path):
    for where, text in texts(path, "fr"):
        assert not PLAIN_SPACE_BEFORE_PUNCTUATION.search(text), where


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_french_texts_follow_french_typography(path):
    problems = [
        f"{where}: {violation}"
        for where, text in texts(path, "fr")
        for violation in typography_violations(text, "fr")
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_german_texts_follow_german_typography(path):
    problems = [
        f"{where}: {violation}"
        for where, text in texts(path, "de")
        for violation in typography_violations(text, "de")
    ]
    assert not problems, "\n".join(problems)


def catalogue_violations(path: Path, language: str) -> list[str]:
    problems = []
    for where, text in catalogue_texts(path):
        found = typography_violations(text, language)
        if language == "fr" and PLAIN_SPACE_BEFORE_PUNCTUATION.search(text):
            found.append("a plain space where French wants a no-break one")
        problems += [f"{where}: {violation}" for violation in found]
    return problems


@pytest.mark.parametrize("language", ["fr", "de"])
def test_interface_translations_follow_their_typography(language):
    path = catalogue_path(language)
    assert len(catalogue_texts(path)) > 700  # the whole catalogue was read
    problems = catalogue_violations(path, language)
    assert not problems, "\n".join(problems)


def test_the_interface_writes_the_formatters_spaces_too():
    french = " ".join(text for _, text in catalogue_texts(catalogue_path("fr")))
    german = " ".join(text for _, text in catalogue_texts(catalogue_path("de")))
    assert f"27{NBSP}janvier{NBSP}2025{NBSP}:" in french
    assert f"128{NNBSP}000 jetons" in french
    assert f"plein{NNBSP}?" in french  # le disque est-il plein ?
    assert f"27.{NBSP}Januar{NBSP}2025" in german
    assert f"in{NBSP}%" in german


@pytest.mark.parametrize(
    ("language", "translation", "rule"),
    [
        ("fr", "Restrictions à l&apos;exportation", "straight apostrophe"),
        ("fr", "Source : %1", "before a colon"),  # a plain space before the colon
        ("fr", "&lt;b&gt;Score&lt;/b&gt;: %1", "no space before a colon"),  # rich text
        ("fr", "Le lundi 27 janvier 2025", "between day and month"),
        ("fr", "Remplacer le fichier ?", "narrow no-break space"),
        ("fr", "%1&#xa0;; %2", "narrow no-break space"),  # Qt's place, then ;
        ("fr", "Variation en %", "narrow no-break space"),
        ("de", "Am 27. Januar 2025", "between day and month"),
        ("de", "auf Basis 100 oder in %.", "before %"),
        ("de", "Spalte &quot;%1&quot;", "straight quotation mark"),
    ],
)
def test_a_typography_slip_in_a_catalogue_is_caught(tmp_path, language, translation, rule):
    catalogue = write_probe_catalogue(tmp_path / f"probe_{language}.ts", language, translation)
    found = catalogue_violations(catalogue, language)
    assert found and any(rule in violation for violation in found), found


def test_qt_places_and_markup_in_a_catalogue_pass(tmp_path):
    french = "&lt;b&gt;TPP %1&lt;/b&gt; · %1 %2 %3 (%5) · Aid&amp;e · 16,97&#x202f;%"
    catalogue = write_probe_catalogue(tmp_path / "probe_fr.ts", "fr", french)
    assert catalogue_violations(catalogue, "fr") == []


def test_the_data_puts_the_formatters_own_space_before_percent_and_dollar():
    french = " ".join(text for path in DATA_FILES for _, text in texts(path, "fr"))
    german = " ".join(text for path in DATA_FILES for _, text in texts(path, "de"))
    assert formatter_for("fr").percent(16.97) in french  # 16,97 % (U+202F)
    assert formatter_for("fr").usd(118.42) in french  # 118,42 $ (U+202F)
    assert formatter_for("de").percent(16.97) in german  # 16,97 % (U+00A0)
    assert f"27{NBSP}janvier{NBSP}2025" in french
    assert f"27.{NBSP}Januar{NBSP}2025" in german
    assert f"2{NNBSP}048" in french


def test_the_articles_quotes_are_left_exactly_as_printed():
    """Their typography is the article's (straight apostrophes included), so no pass of this
    test suite may "fix" them: any change to a single character is caught here."""
    with (DATA_DIR / "claims.csv").open(encoding="utf-8", newline="") as handle:
        quotes = [row["quote_fr"] for row in csv.DictReader(handle)]
    digest = hashlib.sha256("\n".join(quotes).encode("utf-8")).hexdigest()
    assert digest == "dcd94ee68877853898b7521bfa8afd62d87f76cd7e37075c28ec90481143d30d"


# --------------------------------------------------------------------------- the rules


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("l'IA", "straight apostrophe"),
        ('il a dit "non"', "straight quotation mark"),
        ("en baisse de 16,97 %", "narrow no-break space"),
        (f"en baisse de 16,97{NBSP}%", "narrow no-break space"),
        ("en baisse de 16,97%", "no space before %"),
        ("à 118,42 $", "narrow no-break space"),
        ("Pourquoi ?", "narrow no-break space"),
        ("Pourquoi?", "no space before"),
        ("le groupe ; puis", "narrow no-break space"),
        ("Nvidia : la chute", "before a colon"),
        (f"Nvidia{NNBSP}: la chute", "before a colon"),
        ("« oui »", "after «"),
        ("le 27 janvier", "between day and month"),
        ("en janvier 2025", "between month and year"),
        ("le 1er décembre", "between day and month"),
        ("2 048 puces", "thousands"),
        (f"2{NBSP}048 puces", "thousands"),
    ],
)
def test_a_french_typography_slip_is_caught(text, rule):
    found = typography_violations(text, "fr")
    assert found and any(rule in v for v in found), found


@pytest.mark.parametrize(
    "text",
    [
        f"L’IA{NBSP}: Nvidia perd 16,97{NNBSP}%, à 118,42{NNBSP}${NNBSP}; pourquoi{NNBSP}?",
        f"le 27{NBSP}janvier{NBSP}2025, «{NBSP}oui{NBSP}», 2{NNBSP}048 H800",
        "la catégorie D:5, Llama 3.1 405B, 3A090.a, 4,0 To/s",
        "Version %1 du %L2, %n jours",  # Qt's numbered places, as in the catalogues
    ],
)
def test_correct_french_passes(text):
    assert typography_violations(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Tian'anmen", "straight apostrophe"),
        ('ein "Verbot"', "straight quotation mark"),
        ("ein “Verbot”", "English"),
        ("16,97 %", "before %"),
        (f"16,97{NNBSP}%", "before %"),
        ("16,97%", "no space before %"),
        ("am 27. Januar", "between day and month"),
        ("im Januar 2025", "between month and year"),
    ],
)
def test_a_german_typography_slip_is_caught(text, rule):
    found = typography_violations(text, "de")
    assert found and any(rule in v for v in found), found


def test_correct_german_passes():
    text = (
        f"Am 27.{NBSP}Januar{NBSP}2025 fiel Nvidia um 16,97{NBSP}% – „ein Schock“, 90-%-Intervall."
    )
    assert typography_violations(text, "de") == []
    assert typography_violations("Version %1, Stand %L2", "de") == []  # Qt's numbered places


def test_english_has_no_rules_here():
    assert typography_violations("Nvidia's 16.97% fall on Jan 27, 2025", "en") == []
