"""What the timeline shows, decided without Qt: units, lines, snapping, states, figures."""

from __future__ import annotations

import datetime as dt

import pytest

from explainer_core.data.market import MarketData, load_market
from explainer_core.market.shock import shock_figures
from explainer_core.market.story import (
    OPENING_STATE,
    PRESET_STATES,
    ChartMode,
    Preset,
    RangePreset,
    state_showing_day,
    state_showing_ticker,
)
from explainer_core.market.timeline import (
    ValueUnit,
    drawing_order,
    emphasised_movers,
    log_scale_applies,
    nearest_trading_day,
    plan_lines,
    style_order,
)


@pytest.fixture(scope="module")
def data() -> MarketData:
    return load_market()


def test_nvidia_closed_16_97_percent_down_and_touched_116_70_on_the_shock_day(data):
    figures = shock_figures(data)
    assert round(figures.close_move_pct, 2) == -16.97
    assert figures.close == pytest.approx(118.42)
    assert round(figures.intraday_low_move_pct, 2) == -18.17
    assert figures.intraday_low == pytest.approx(116.70)


def test_rebased_and_percent_lines_share_one_axis_whatever_they_measure(data):
    tickers = ["NVDA", "^IXIC"]
    assert plan_lines(data, tickers, ChartMode.REBASED).unit is ValueUnit.INDEX
    assert plan_lines(data, tickers, ChartMode.CHANGE).drawn == ("NVDA", "^IXIC")
    assert plan_lines(data, tickers, ChartMode.CHANGE).unit is ValueUnit.PERCENT


def test_prices_never_put_index_points_on_an_axis_of_dollars(data):
    plan = plan_lines(data, ["NVDA", "AVGO", "^IXIC"], ChartMode.PRICE)
    assert plan.drawn == ("NVDA", "AVGO")
    assert plan.unit is ValueUnit.USD
    assert plan.left_out == ("^IXIC",)
    alone = plan_lines(data, ["^IXIC", "^GSPC"], ChartMode.PRICE)
    assert alone.drawn == ("^IXIC", "^GSPC") and alone.unit is ValueUnit.POINTS


def test_a_log_scale_applies_to_prices_only():
    assert log_scale_applies(ChartMode.PRICE)
    assert not log_scale_applies(ChartMode.REBASED)
    assert not log_scale_applies(ChartMode.CHANGE)


def test_the_pointer_snaps_to_the_nearest_trading_day_and_not_beyond_the_data(data):
    saturday_noon = dt.datetime(2025, 1, 25, 12, tzinfo=dt.timezone.utc)
    assert nearest_trading_day(data, saturday_noon) == dt.date(2025, 1, 24)
    sunday_evening = dt.datetime(2025, 1, 26, 20, tzinfo=dt.timezone.utc)
    assert nearest_trading_day(data, sunday_evening) == dt.date(2025, 1, 27)
    assert nearest_trading_day(data, dt.datetime(2025, 8, 1)) is None


def test_nvidia_keeps_the_highlight_colour_and_is_drawn_on_top(data):
    assert style_order(data)[0] == "NVDA"
    assert drawing_order(["NVDA", "AVGO", "MSFT"])[-1] == "NVDA"
    assert emphasised_movers(None) == {"NVDA"}
    assert emphasised_movers("AVGO") == {"NVDA", "AVGO"}


def test_every_preset_sets_a_whole_state_that_reads_honestly(data):
    for preset in Preset:
        state = PRESET_STATES[preset]
        assert state.tickers and state.mode is ChartMode.REBASED
        assert any(e.id == state.event_id for e in data.events)
    assert PRESET_STATES[Preset.THE_SHOCK].range is RangePreset.ONE_MONTH


def test_a_claim_about_a_ticker_opens_the_rebased_view_with_it_ringed():
    state = state_showing_ticker("^NDX")
    assert "^NDX" in state.tickers and state.focused_ticker == "^NDX"
    assert state.mode is OPENING_STATE.mode and state.reference_day == OPENING_STATE.reference_day


def test_a_claim_about_a_late_date_widens_the_range_to_show_its_event(data):
    state = state_showing_day(data, dt.date(2025, 4, 10))
    assert state.event_id == "h20-licence-requirement"
    assert state.range is RangePreset.ALL
    assert state_showing_day(data, dt.date(2025, 1, 20)).range is OPENING_STATE.range
