"""The timeline's lines before they are marks: the picker's order, the days a range draws,
the seams between kinds of close, and each line's breaks."""

from __future__ import annotations

import datetime as dt
import functools
import math

import pytest

from explainer_core.data.market import load_market
from explainer_core.figure import date_value
from explainer_core.market.story import REFERENCE_DAY, ChartMode
from explainer_core.market.timeline_series import (
    drawn_line,
    kind_seams,
    mode_values,
    picker_order,
    reference_trading_day,
    trading_days_drawn,
)

FIRST, LAST = dt.date(2024, 12, 16), dt.date(2025, 3, 14)  # the opening view's range


@functools.cache
def data():
    return load_market()


def test_the_picker_order_is_group_by_group_then_the_datas_order():
    assert picker_order(data(), ["^IXIC", "VST", "MSFT", "AVGO", "NVDA"]) == (
        "NVDA",
        "AVGO",
        "MSFT",
        "VST",
        "^IXIC",
    )
    with pytest.raises(KeyError):
        picker_order(data(), ["NOPE"])


def test_a_range_on_trading_days_draws_exactly_its_days():
    days = trading_days_drawn(data(), dt.date(2025, 1, 13), dt.date(2025, 2, 12))
    assert days[0].date() == dt.date(2025, 1, 13) and days[-1].date() == dt.date(2025, 2, 12)


def test_a_range_with_edges_off_the_market_draws_the_trading_days_beyond_them():
    days = trading_days_drawn(data(), dt.date(2025, 1, 25), dt.date(2025, 2, 1))  # Sat to Sat
    assert days[0].date() == dt.date(2025, 1, 24) and days[-1].date() == dt.date(2025, 2, 3)


def test_a_sunday_reference_day_is_the_friday_before():
    assert reference_trading_day(data(), dt.date(2025, 1, 26)) == REFERENCE_DAY


def test_seams_are_the_first_close_of_another_kind():
    days = trading_days_drawn(data(), FIRST, LAST)
    assert kind_seams(data(), "NVDA", days) == [dt.date(2025, 3, 7), dt.date(2025, 3, 12)]
    assert kind_seams(data(), "AMD", days) == []


def test_a_line_breaks_half_way_between_the_two_closes_of_a_seam():
    values = mode_values(data(), ["NVDA"], ChartMode.REBASED, REFERENCE_DAY)["NVDA"]
    line = drawn_line(data(), "NVDA", values, FIRST, LAST)
    position = line.xs.index(date_value(dt.date(2025, 3, 7)))
    assert math.isnan(line.ys[position - 1])
    assert line.xs[position - 1] == date_value(dt.date(2025, 3, 6)) + 0.5
    assert line.seams == (dt.date(2025, 3, 7), dt.date(2025, 3, 12))
    finite = [y for y in line.ys if not math.isnan(y)]
    assert len(finite) == len(trading_days_drawn(data(), FIRST, LAST))  # no close lost
