"""The Linguist catalogs are complete, consistent with the source, and compiled."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))

import update_translations as catalogs

from explainer_core.languages import LANGUAGE_CODES

PLACEHOLDER = re.compile(r"%(?:n|L?\d)")


def messages(ts_file: Path) -> list[ET.Element]:
    return list(ET.parse(ts_file).getroot().iter("message"))


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_message_is_finished_and_not_empty(code):
    for message in messages(catalogs.ts_path(code)):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        assert all(text.strip() for text in translations_of(message)), source


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_placeholders_match_their_source(code):
    for message in messages(catalogs.ts_path(code)):
        source = message.findtext("source")
        expected = sorted(PLACEHOLDER.findall(source))
        for text in translations_of(message):
            assert sorted(PLACEHOLDER.findall(text)) == expected, source


def test_french_and_german_catalogs_cover_every_source_string():
    french = {m.findtext("source") for m in messages(catalogs.ts_path("fr"))}
    german = {m.findtext("source") for m in messages(catalogs.ts_path("de"))}
    assert french == german
    assert "Market timeline" in french


def test_catalogs_are_current_with_the_source(tmp_path):
    """Running lupdate now would add or drop no message: nobody forgot to run it."""
    for code in LANGUAGE_CODES:
        copy = tmp_path / catalogs.ts_path(code).name
        shutil.copy(catalogs.ts_path(code), copy)
        catalogs.lupdate(code, copy)
        before = [
            (m.findtext("source"), translations_of(m)) for m in messages(catalogs.ts_path(code))
        ]
        after = [(m.findtext("source"), translations_of(m)) for m in messages(copy)]
        assert sorted(after) == sorted(before), f"run: python tools/update_translations.py ({code})"


def test_compiled_catalogs_are_current(tmp_path):
    """The committed .qm files are what lrelease makes of the committed .ts files."""
    for code in LANGUAGE_CODES:
        fresh = tmp_path / catalogs.qm_path(code).name
        catalogs.lrelease(catalogs.ts_path(code), fresh)
        committed = catalogs.qm_path(code)
        assert committed.is_file(), f"missing {committed.name}"
        assert fresh.read_bytes() == committed.read_bytes(), (
            f"{committed.name} is stale: run python tools/update_translations.py --release"
        )
