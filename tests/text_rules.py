"""Typography and vocabulary rules for French and German texts, reusable on any text.

The data tests run them on every French and German text of ``resources/data``, and on every
French and German translation of the interface catalogues (``translations/*.ts``, read by
``catalogue_texts``). Each returns a list of human-readable violations, empty when the text is
fine.

French follows the app's own formatter (``explainer_core/formatting.py``): a narrow no-break
space (U+202F) before ``; ! ? %`` and currency signs and between groups of thousands, a
no-break space (U+00A0) before ``:`` and inside « », the apostrophe ’ (U+2019), and no-break
spaces inside dates (``27 janvier 2025``). German follows babel's German formatter: a no-break
space (U+00A0) before ``%``, „…“ quotation marks, ’ for the apostrophe, and no-break spaces
inside dates (``27. Januar 2025``).
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

NBSP = "\u00a0"
NNBSP = "\u202f"
GLOSSARY_PATH = Path(__file__).resolve().parents[1] / "docs" / "glossary.csv"
TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "translations"

FRENCH_MONTHS = (
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
GERMAN_MONTHS = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"


def _context(text: str, start: int, end: int) -> str:
    shown = text[max(0, start - 12) : end + 12]
    return shown.replace(NBSP, "⍽").replace(NNBSP, "·")  # make the invisible visible


def _rule(pattern: str, message: str) -> tuple[re.Pattern[str], str]:
    return re.compile(pattern), message


_FRENCH_RULES = [
    _rule(r"'", "straight apostrophe: use ’ (U+2019)"),
    _rule(r'"', "straight quotation mark: use « » (or “ ” inside them)"),
    _rule(
        r"[ \u00a0](?=[;!?]|%(?![\dnL])|[$€](?!\d))",
        "before ; ! ? % $ €: use a narrow no-break space (U+202F)",
    ),
    _rule(r"(?<=[\w)»])[;!?](?=\s|$)", "no space before ; ! ?: add a narrow no-break space"),
    _rule(r"(?<=\d)(?:%(?![\dnL])|[$€])", "no space before % $ €: add a narrow no-break space"),
    _rule(r"[ \u202f]:", "before a colon: use a no-break space (U+00A0)"),
    _rule(r"(?<=\w)[:](?=\s)", "no space before a colon: add a no-break space"),
    _rule(r"«(?!\u00a0)", "after «: use a no-break space (U+00A0)"),
    _rule(r"(?<!\u00a0)»", "before »: use a no-break space (U+00A0)"),
    _rule(
        r"\b(?:\d{1,2}|1er)[ \u202f](?:" + FRENCH_MONTHS + r")\b",
        "date: a no-break space (U+00A0) between day and month",
    ),
    _rule(
        r"\b(?:" + FRENCH_MONTHS + r")[ \u202f]\d{4}\b",
        "date: a no-break space (U+00A0) between month and year",
    ),
    _rule(
        r"(?<![.,\d])\d{1,3}[ \u00a0]\d{3}(?!\w)",
        "thousands: separate groups with a narrow no-break space (U+202F)",
    ),
]
_GERMAN_RULES = [
    _rule(r"'", "straight apostrophe: use ’ (U+2019)"),
    _rule(r'"', "straight quotation mark: use „ “"),
    _rule(r"”", "English closing quotation mark: German closes with “"),
    _rule(r"(?:^|(?<=[\s(–]))“(?=\w)", "English opening quotation mark: German opens with „"),
    _rule(r"[ \u202f]%(?![\dnL])", "before %: use a no-break space (U+00A0), as babel does"),
    _rule(r"(?<=\d)%(?![\dnL])", "no space before %: add a no-break space (U+00A0)"),
    _rule(
        r"\b\d{1,2}\.[ \u202f](?:" + GERMAN_MONTHS + r")\b",
        "date: a no-break space (U+00A0) between day and month",
    ),
    _rule(
        r"\b(?:" + GERMAN_MONTHS + r")[ \u202f]\d{4}\b",
        "date: a no-break space (U+00A0) between month and year",
    ),
]
_RULES = {"fr": _FRENCH_RULES, "de": _GERMAN_RULES}


def typography_violations(text: str, language: str) -> list[str]:
    """What in ``text`` breaks the typography of ``language`` (``fr`` or ``de``)."""
    found = []
    for pattern, message in _RULES.get(language, ()):
        for match in pattern.finditer(text):
            found.append(f"{message}: …{_context(text, match.start(), match.end())}…")
    return found


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class Term:
    """One concept of the glossary and the variants each language must not use for it."""

    concept: str
    preferred: dict[str, str]  # by language: fr, de, en
    avoid: dict[str, tuple[str, ...]]  # by language: fr, de
    allowed: tuple[str, ...]  # proper names and fixed phrases that contain a variant
    note: str


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def load_glossary(path: Path = GLOSSARY_PATH) -> list[Term]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        Term(
            concept=row["concept"],
            preferred={code: row[code] for code in ("fr", "de", "en")},
            avoid={code: _split(row[f"avoid_{code}"]) for code in ("fr", "de")},
            allowed=_split(row["allowed"]),
            note=row["note"],
        )
        for row in rows
    ]


def _variant_pattern(variant: str) -> re.Pattern[str]:
    """Whole words, case-aware: a lowercase variant also matches with a capital first letter
    (at the start of a sentence), a capitalised one matches only as written."""
    words = re.escape(variant).replace("\\ ", r"[\s\u00a0\u202f]+").replace("'", "['’]")
    first = variant[0]
    if first.islower():
        words = f"[{first}{first.upper()}]" + words[len(re.escape(first)) :]
    return re.compile(r"(?<![\w-])" + words + r"(?![\w-])")


def glossary_violations(text: str, language: str, glossary: list[Term]) -> list[str]:
    """The glossary's variants to avoid that ``text`` uses, outside its allowed phrases."""
    found = []
    for term in glossary:
        masked = text
        for phrase in term.allowed:
            masked = masked.replace(phrase, "\x00" * len(phrase))
        for variant in term.avoid.get(language, ()):
            for match in _variant_pattern(variant).finditer(masked):
                found.append(
                    f"{term.concept}: “{match.group(0)}”, use “{term.preferred[language]}”: "
                    f"…{_context(text, match.start(), match.end())}…"
                )
    return found


# --------------------------------------------------------------------------- English left in

# English words that are neither French nor German: one of them in a French or German text
# means a piece was left untranslated (proper names are masked by the caller first).
_ENGLISH_WORDS = re.compile(
    r"(?<![\w-])(?:the|and|of|with|is|are|not|to|for|from|this|that|these|your|which)(?![\w-])",
    re.IGNORECASE,
)


def english_words(text: str) -> list[str]:
    """English function words in a French or German ``text``: signs of an untranslated piece."""
    return [
        f"English word “{match.group(0)}”: …{_context(text, match.start(), match.end())}…"
        for match in _ENGLISH_WORDS.finditer(text)
    ]


# --------------------------------------------------------------------------- catalogues

_MARKUP = re.compile(r"<[^<>]*>")  # Qt rich text in a translation: <b>, </b>, <i>, <br>
_ACCELERATOR = re.compile(r"&(?=[^\W_])")  # "Aid&e", "&Fichier": the mnemonic's marker


def catalogue_path(language: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"deepseek_explainer_{language}.ts"


def interface_text(translation: str) -> str:
    """A translation as the reader sees it: without its rich-text tags and without the
    ``&`` that marks a keyboard mnemonic (``&&`` is a literal ampersand). Qt's numbered
    places (``%1``, ``%n``, ``%L1``) are left in: the rules above skip them."""
    text = _MARKUP.sub("", translation)
    return _ACCELERATOR.sub("", text.replace("&&", "\x00")).replace("\x00", "&")


def catalogue_texts(path: Path) -> list[tuple[str, str]]:
    """``(where, text)`` for every translation a Qt Linguist catalogue ships, each plural
    form apart; ``where`` names the context and the English source text."""
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue  # lrelease leaves these out; an unfinished one still ships
            forms = translation.findall("numerusform")
            texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
            source = (message.findtext("source") or "").replace("\n", " ")
            found += [
                (f"{path.name} [{name}] “{source[:60]}”", interface_text(text))
                for text in texts
                if text
            ]
    return found


def write_probe_catalogue(path: Path, language: str, translation: str) -> Path:
    """A one-message catalogue whose translation is ``translation`` (XML as in a .ts file):
    the tests break a catalogue on purpose with it, to see their checks fail."""
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}" sourcelanguage="en">\n'
        "<context>\n    <name>Probe</name>\n    <message>\n        <source>Probe</source>\n"
        f"        <translation>{translation}</translation>\n    </message>\n</context>\n</TS>\n",
        encoding="utf-8",
    )
    return path
