"""Numbers, percentages, amounts and dates in the interface language, through babel (CLDR).

One ``LocaleFormatter`` per language; the views ask the current one and never
format a figure themselves. Three typographic choices are made on top of CLDR,
each for the reader of an explainer rather than of a spreadsheet:

* a true minus sign (U+2212) instead of the hyphen-minus, in every language;
* in French, a narrow no-break space (U+202F) before ``%``, ``$`` and unit
  abbreviations, as French typography wants (CLDR has a wide one there);
* in French, ``$`` rather than CLDR's ``$US``: every amount in the app is in US
  dollars and the charts say so; and amounts of 10^12 and more stay in
  ``Md`` (milliards): CLDR's ``Bn`` (French *billion* = 10^12) is read as
  "billion" by most readers of French news, which write "3 200 Md $".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from functools import cache, wraps
from typing import TypeVar

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.numbers import (
    format_compact_currency,
    format_currency,
    format_decimal,
    format_percent,
)

from explainer_core.languages import supported_or_default

MINUS_SIGN = "\u2212"
NARROW_NBSP = "\u202f"
NBSP = "\u00a0"
_BILLION = 1_000_000_000
_TRILLION = 1_000_000_000_000
_MILLION = 1_000_000


# Texts a formatter remembers before it starts afresh: far more than the app shows at once.
MAX_REMEMBERED = 4096
Method = TypeVar("Method", bound=Callable[..., str])


def _remembered(method: Method) -> Method:
    """Give the same text for the same arguments without asking babel again.

    A babel call costs tens of microseconds, and the charts format the same figures on
    every redraw and language switch (axis ticks, bar labels, read-outs). The key holds
    each argument's type and repr, so ``-0.0`` and ``0.0`` (equal, but written
    differently) do not share a text.
    """

    @wraps(method)
    def remembered(self: LocaleFormatter, *args: object, **kwargs: object) -> str:
        key = (
            method.__name__,
            tuple((type(a), repr(a)) for a in args),
            tuple((k, type(v), repr(v)) for k, v in sorted(kwargs.items())),
        )
        text = self._remembered.get(key)
        if text is None:
            if len(self._remembered) >= MAX_REMEMBERED:
                self._remembered.clear()
            text = self._remembered[key] = method(self, *args, **kwargs)
        return text

    return remembered  # type: ignore[return-value]


def _decimal_pattern(decimals: int, grouping: bool = True) -> str:
    base = "#,##0" if grouping else "0"
    return base + ("." + "0" * decimals if decimals > 0 else "")


class LocaleFormatter:
    """Formats figures for one interface language (``fr``, ``de`` or ``en``)."""

    def __init__(self, language: str) -> None:
        self.language = supported_or_default(language)
        self.locale = Locale.parse(self.language)
        self._remembered: dict[tuple, str] = {}

    # -- typography -------------------------------------------------------
    def _finish(self, text: str) -> str:
        text = text.replace("-", MINUS_SIGN)
        if self.language == "fr":
            text = text.replace("$US", "$").replace(NBSP, NARROW_NBSP)
        return text

    # -- numbers ----------------------------------------------------------
    @_remembered
    def number(self, value: float, decimals: int = 0, grouping: bool = True) -> str:
        """``15 832`` / ``15.832`` / ``15,832``; exactly ``decimals`` digits after the point."""
        text = format_decimal(
            value, format=_decimal_pattern(decimals, grouping), locale=self.locale
        )
        return self._finish(text)

    def signed_number(self, value: float, decimals: int = 2) -> str:
        """``+612,47`` / ``−612,47``: for point changes of an index."""
        text = self.number(abs(value), decimals)
        return ("+" if value > 0 else MINUS_SIGN if value < 0 else "") + text

    @_remembered
    def percent(self, value_in_percent: float, decimals: int = 2, signed: bool = False) -> str:
        """A percentage given in percent (``-16.97`` → ``−16,97 %`` / ``-16,97 %`` / ``-16.97%``).

        With ``signed``, positive values get a ``+`` so a move reads as a move.
        """
        pattern = self.locale.percent_formats[None].pattern
        # Keep CLDR's placement of the sign and its spacing, with our own number of decimals.
        pattern = pattern.replace("#,##0", _decimal_pattern(decimals))
        text = format_percent(value_in_percent / 100, format=pattern, locale=self.locale)
        text = self._finish(text)
        if signed and value_in_percent > 0 and not text.startswith("+"):
            text = "+" + text
        return text

    @_remembered
    def usd(self, value: float, decimals: int = 2) -> str:
        """A price in US dollars: ``142,62 $`` / ``142,62 $`` / ``$142.62``."""
        text = format_currency(
            value,
            "USD",
            format=None,
            locale=self.locale,
            currency_digits=False,
            decimal_quantization=True,
            format_type="standard",
        )
        if decimals != 2:
            pattern = self.locale.currency_formats["standard"].pattern
            pattern = pattern.replace("#,##0.00", _decimal_pattern(decimals))
            text = format_currency(
                value, "USD", format=pattern, locale=self.locale, currency_digits=False
            )
        return self._finish(text)

    @_remembered
    def usd_large(self, value: float, max_decimals: int = 3) -> str:
        """A large amount in US dollars, abbreviated the way news in each language writes it.

        Up to ``max_decimals`` digits are shown after the point, only as many as the
        value needs (``3,2 Bio. $``, ``589 Mrd. $``), so no figure is silently rounded.

        ``589 Md $`` / ``589 Mrd. $`` / ``$589B``; ``5,576 M $`` / ``5,576 Mio. $`` /
        ``$5.576M``; in French ``3 200 Md $`` (never ``Bn``). Below a million the
        amount is written in full (``294 000 $``), as CLDR has no short form in German.
        """
        if abs(value) < _MILLION:
            return self.usd(value, decimals=0)
        if self.language == "fr" and abs(value) >= _TRILLION:
            return self._french_milliards(value, max_decimals)
        # babel drops trailing zeros of the fraction digits, which is what we want.
        text = format_compact_currency(
            value, "USD", locale=self.locale, fraction_digits=max_decimals
        )
        return self._finish(text)

    def _french_milliards(self, value: float, max_decimals: int) -> str:
        # CLDR has no pattern for "thousands of milliards": take its 10^9 pattern
        # ("0 Md ¤") and put the grouped number of milliards into it.
        pattern = self.locale.compact_currency_formats["short"]["other"][str(_BILLION)].pattern
        optional_digits = "." + "#" * max_decimals if max_decimals else ""
        number = format_decimal(
            value / _BILLION, format="#,##0" + optional_digits, locale=self.locale
        )
        text = pattern.replace("0", number, 1).replace("¤", "$")
        return self._finish(text)

    def semicolon_list(self, parts: Iterable[str]) -> str:
        """Items of a list that may hold commas (sources, titles): ``a ; b`` in French, with
        the narrow no-break space French puts before a semicolon; ``a; b`` otherwise."""
        separator = f"{NARROW_NBSP}; " if self.language == "fr" else "; "
        return separator.join(parts)

    # -- dates ------------------------------------------------------------
    @_remembered
    def date(self, day: dt.date) -> str:
        """``27 janv. 2025`` / ``27.01.2025`` / ``Jan 27, 2025``."""
        return self._first_of_month(day, format_date(day, "medium", locale=self.locale))

    @_remembered
    def long_date(self, day: dt.date) -> str:
        """The full date: ``lundi 27 janvier 2025`` / ``Montag, 27. Januar 2025``."""
        return self._first_of_month(day, format_date(day, "full", locale=self.locale))

    @_remembered
    def month_abbreviation(self, day: dt.date) -> str:
        """The abbreviated month for a date axis: ``janv.`` / ``Jan.`` / ``Jan``."""
        return format_date(day, "MMM", locale=self.locale)

    @_remembered
    def month_and_year(self, day: dt.date) -> str:
        """``janv. 2025`` / ``Jan. 2025`` / ``Jan 2025``."""
        return format_date(day, "MMM y", locale=self.locale)

    @_remembered
    def month_name_and_year(self, day: dt.date) -> str:
        """The month in full, for prose: ``janvier 2025`` / ``Januar 2025`` / ``January 2025``."""
        return format_skeleton("yMMMM", day, locale=self.locale)

    def date_input_pattern(self) -> str:
        """CLDR's medium date pattern with a four-digit year, for date input fields
        (``d MMM yyyy`` / ``dd.MM.yyyy`` / ``MMM d, yyyy``); Qt reads the same letters."""
        pattern = self.locale.date_formats["medium"].pattern
        return re.sub(r"y+", "yyyy", pattern)

    @_remembered
    def day_and_month(self, day: dt.date) -> str:
        """``27 janv.`` / ``27. Jan.`` / ``Jan 27``: CLDR's own order for each language."""
        return self._first_of_month(day, format_skeleton("dMMM", day, locale=self.locale))

    def _first_of_month(self, day: dt.date, text: str) -> str:
        # French writes the first day of a month as an ordinal ("1er octobre"), which CLDR's
        # patterns cannot express (they have no ordinal day field).
        if self.language != "fr" or day.day != 1:
            return text
        return re.sub(r"(?<!\d)1(?=\s)", "1er", text, count=1)


@cache
def formatter_for(language: str) -> LocaleFormatter:
    """The formatter of a language, built once (babel's locale data is slow to parse)."""
    return LocaleFormatter(supported_or_default(language))
