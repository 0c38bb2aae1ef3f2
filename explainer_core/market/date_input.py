"""Reading a date the user typed, in the usual forms of the interface language.

``24/01/2025``, ``24.01.2025``, ``24 janv. 2025`` and ``1er oct. 2024`` (as the app
writes it) in French; ``24.01.2025`` and ``24. Januar 2025`` in German; ``Jan 24, 2025``
and ``01/24/2025`` in English; ISO
``2025-01-24`` in every language. The order of day and month in numeric forms and the
month names come from babel's locale data (CLDR), so the reading is strict: ``01/24/2025``
is no date in French, rather than a guess.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache

from babel import Locale

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_NUMERIC = re.compile(r"^\s*(\d{1,2})\s*[./\-]\s*(\d{1,2})\s*[./\-]\s*(\d{4})\s*$")
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
# An ordinal day as the app writes it ("1er oct." in French) or a reader types it ("Oct 1st").
_ORDINAL_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*(?:er|ᵉʳ|st|nd|rd|th)\b", re.IGNORECASE)


def _plain(text: str) -> str:
    """Lower case, without accents or dots: ``Févr.`` and ``fevr`` read alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace(".", "")


@cache
def _month_names(language: str) -> dict[str, int]:
    """Every written form of each month in ``language`` (wide and abbreviated, as a date
    writes it and as it stands alone), and the English ones, which anyone may type."""
    names: dict[str, int] = {}
    for code in ("en", language):
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    names[_plain(name)] = number
    return names


@cache
def _day_comes_first(language: str) -> bool:
    """Whether the language's numeric dates put the day before the month (CLDR's short
    date pattern: ``dd/MM/y`` in French, ``M/d/yy`` in English)."""
    pattern = Locale.parse(language).date_formats["short"].pattern
    return pattern.find("d") < pattern.find("M")


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_typed_date(text: str, language: str) -> dt.date | None:
    """The date ``text`` names in ``language``, or None if it names none (or is ambiguous
    in a way the language's own forms do not allow)."""
    if match := _ISO.match(text):
        year, month, day = (int(group) for group in match.groups())
        return _date(year, month, day)
    if match := _NUMERIC.match(text):
        first, second, year = (int(group) for group in match.groups())
        day, month = (first, second) if _day_comes_first(language) else (second, first)
        return _date(year, month, day)
    tokens = _TOKEN.findall(_ORDINAL_DAY.sub(r"\1", text))
    if len(tokens) != 3:
        return None
    names = _month_names(language)
    words = [t for t in tokens if not t.isdigit()]
    numbers = [int(t) for t in tokens if t.isdigit()]
    if len(words) != 1 or _plain(words[0]) not in names or len(numbers) != 2:
        return None
    day, year = numbers
    if day >= 1000 and year < 1000:  # "2025 Jan 24"
        day, year = year, day
    if year < 1000:
        return None
    return _date(year, names[_plain(words[0])], day)
