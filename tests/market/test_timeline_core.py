"""What the timeline shows, decided without Qt: units, lines, snapping, states, figures."""

from __future__ import annotations

import datetime as dt

import pytest

from explainer_core.data.market import MarketData, load_market
from explainer_core.market.date_input import parse_typed_date
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
    CloseKind,
    ReferenceProblem,
    ValueUnit,
    drawing_order,
    emphasised_movers,
    kind_seams,
    line_connections,
    log_scale_applies,
    nearest_trading_day,
    plan_lines,
    readout_rows,
    reference_day_problem,
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


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "24/01/2025"),
        ("fr", "24.01.2025"),
        ("fr", "24 janv. 2025"),
        ("fr", "24 janvier 2025"),
        ("de", "24.01.2025"),
        ("de", "24. Januar 2025"),
        ("en", "Jan 24, 2025"),
        ("en", "January 24, 2025"),
        ("en", "01/24/2025"),
        ("de", "2025-01-24"),
    ],
)
def test_a_typed_date_is_read_in_the_usual_forms_of_each_language(language, text):
    assert parse_typed_date(text, language) == dt.date(2025, 1, 24)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "01/24/2025"),
        ("en", "24/01/2025"),
        ("fr", "31/02/2025"),
        ("fr", "demain"),
        ("de", ""),
    ],
)
def test_a_typed_text_that_names_no_date_in_the_language_is_not_guessed(language, text):
    assert parse_typed_date(text, language) is None


def test_a_weekend_or_a_day_outside_the_data_cannot_be_the_reference(data):
    assert reference_day_problem(data, dt.date(2025, 1, 24)) is None
    saturday = dt.date(2025, 1, 25)
    assert reference_day_problem(data, saturday) is ReferenceProblem.NOT_A_TRADING_DAY
    outside = dt.date(2023, 8, 15)
    assert reference_day_problem(data, outside) is ReferenceProblem.OUT_OF_RANGE


def test_nvidia_s_line_breaks_where_its_closes_change_kind(data):
    seams = kind_seams(data, "NVDA", dt.date(2024, 12, 16), dt.date(2025, 3, 14))
    assert seams == [dt.date(2025, 3, 7), dt.date(2025, 3, 12)]  # adjusted for three days
    joins = line_connections(data, "NVDA")
    days = [t.date() for t in data.closes.index]
    assert not joins[days.index(dt.date(2025, 3, 6))]
    assert joins[days.index(dt.date(2025, 1, 24))]
    assert kind_seams(data, "TSM", dt.date(2024, 10, 1), dt.date(2025, 6, 30)) == []


def test_the_readout_gives_close_value_and_move_and_flags_a_seam(data):
    rows = readout_rows(
        data, ["NVDA", "^IXIC"], ChartMode.REBASED, dt.date(2025, 1, 24), dt.date(2025, 1, 27)
    )
    nvidia, nasdaq = rows
    assert nvidia.close == pytest.approx(118.42) and round(nvidia.value, 2) == 83.03
    assert nvidia.close_unit is ValueUnit.USD and nasdaq.close_unit is ValueUnit.POINTS
    assert round(nvidia.daily_move_pct, 2) == -16.97
    assert not nvidia.reference_kind_differs
    (later,) = readout_rows(
        data, ["NVDA"], ChartMode.REBASED, dt.date(2025, 1, 24), dt.date(2025, 3, 10)
    )
    assert later.reference_kind_differs and later.close_kind is CloseKind.ADJUSTED
    (priced,) = readout_rows(
        data, ["NVDA", "^IXIC"], ChartMode.PRICE, dt.date(2025, 1, 24), dt.date(2025, 1, 27)
    )
    assert priced.ticker == "NVDA" and priced.value is None
