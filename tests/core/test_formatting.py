"""Figures and dates read the way each language writes them (babel/CLDR plus our typography)."""

from __future__ import annotations

import datetime as dt

import pytest

from explainer_core.formatting import LocaleFormatter, formatter_for

NNBSP = "\u202f"  # narrow no-break space
NBSP = "\u00a0"
MINUS = "\u2212"
SHOCK_DAY = dt.date(2025, 1, 27)


def test_french_percentage_has_a_true_minus_a_comma_and_a_narrow_space():
    assert formatter_for("fr").percent(-16.97) == f"{MINUS}16,97{NNBSP}%"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", f"{MINUS}16,97{NNBSP}%"), ("de", f"{MINUS}16,97{NBSP}%"), ("en", f"{MINUS}16.97%")],
)
def test_nvidia_daily_move_in_each_language(language, expected):
    assert formatter_for(language).percent(-16.97) == expected


def test_signed_percentage_shows_a_plus_for_a_rise():
    assert formatter_for("en").percent(8.93, signed=True) == "+8.93%"
    assert formatter_for("fr").percent(8.93, signed=True) == f"+8,93{NNBSP}%"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", f"589{NNBSP}Md{NNBSP}$"), ("de", f"589{NBSP}Mrd.{NBSP}$"), ("en", "$589B")],
)
def test_nvidia_market_value_loss_reads_naturally(language, expected):
    assert formatter_for(language).usd_large(589e9) == expected


def test_french_trillions_stay_in_milliards_never_bn():
    text = formatter_for("fr").usd_large(3.2e12)
    assert text == f"3{NNBSP}200{NNBSP}Md{NNBSP}$"
    assert "Bn" not in text


def test_german_and_english_trillions_use_their_own_words():
    assert formatter_for("de").usd_large(3.2e12) == f"3,2{NBSP}Bio.{NBSP}$"
    assert formatter_for("en").usd_large(3.2e12) == "$3.2T"


def test_large_amounts_keep_their_decimals_instead_of_rounding():
    assert formatter_for("en").usd_large(5.576e6) == "$5.576M"
    assert formatter_for("de").usd_large(592.7e9) == f"592,7{NBSP}Mrd.{NBSP}$"


def test_amounts_below_a_million_are_written_in_full():
    assert formatter_for("de").usd_large(294_000) == f"294.000{NBSP}$"
    assert formatter_for("en").usd_large(294_000) == "$294,000"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", f"142,62{NNBSP}$"), ("de", f"142,62{NBSP}$"), ("en", "$142.62")],
)
def test_share_prices_in_dollars(language, expected):
    assert formatter_for(language).usd(142.62) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "27 janv. 2025"), ("de", "27.01.2025"), ("en", "Jan 27, 2025")],
)
def test_the_day_of_the_shock_in_each_language(language, expected):
    assert formatter_for(language).date(SHOCK_DAY) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", ("1er oct. 2024", "mardi 1er octobre 2024", "1er oct.")),
        ("de", ("01.10.2024", "Dienstag, 1. Oktober 2024", "1. Okt.")),
        ("en", ("Oct 1, 2024", "Tuesday, October 1, 2024", "Oct 1")),
    ],
)
def test_the_first_day_of_a_month_is_an_ordinal_in_french(language, expected):
    formatter = formatter_for(language)
    first = dt.date(2024, 10, 1)
    assert (formatter.date(first), formatter.long_date(first), formatter.day_and_month(first)) == (
        expected
    )
    # Other days, and years with a 1 in them, keep CLDR's form.
    assert formatter.date(dt.date(2001, 1, 11)) in ("11 janv. 2001", "11.01.2001", "Jan 11, 2001")


@pytest.mark.parametrize(("language", "expected"), [("fr", "janv."), ("de", "Jan."), ("en", "Jan")])
def test_month_names_for_a_date_axis(language, expected):
    assert formatter_for(language).month_abbreviation(SHOCK_DAY) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", f"19{NNBSP}341,83"), ("de", "19.341,83"), ("en", "19,341.83")],
)
def test_index_levels_use_the_local_separators(language, expected):
    assert formatter_for(language).number(19341.83, decimals=2) == expected


def test_index_point_change_is_signed():
    assert formatter_for("en").signed_number(-612.47) == f"{MINUS}612.47"


def test_an_unknown_language_falls_back_to_french():
    assert LocaleFormatter("xx").language == "fr"


def test_remembered_texts_are_the_texts_babel_gives():
    """The formatter remembers its texts; asking twice gives the same, and values that are
    equal but written differently (0.0 and -0.0, 1 and 1.0 with decimals) are not mixed."""
    from explainer_core.formatting import MAX_REMEMBERED, LocaleFormatter

    formatter = LocaleFormatter("fr")
    assert formatter.percent(-16.97) == formatter.percent(-16.97) == "\u221216,97\u202f%"
    assert formatter.number(-0.0, 1) != "" and formatter.number(0.0, 1) == "0,0"
    assert formatter.percent(5.0, signed=True) == "+5,00\u202f%"
    assert formatter.percent(5.0) == "5,00\u202f%"  # the keyword is part of the key
    for value in range(MAX_REMEMBERED + 10):  # never grows past its bound
        formatter.number(value)
    assert len(formatter._remembered) <= MAX_REMEMBERED
