"""What the timeline shows, decided without Qt: plots and units, snapping, states, figures.
The screen and the files draw from these same functions."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from explainer_core.data.market import MarketData, load_market
from explainer_core.market.date_input import parse_typed_date
from explainer_core.market.movers import MoversState, emphasised_movers
from explainer_core.market.shock import shock_figures
from explainer_core.market.story import (
    PRESET_TICKERS,
    REFERENCE_DAY,
    ChartMode,
    Preset,
    RangePreset,
    range_span,
)
from explainer_core.market.timeline_plan import ValueUnit, plan_timeline
from explainer_core.market.timeline_readout import readout_rows
from explainer_core.market.timeline_series import (
    CloseKind,
    ReferenceProblem,
    drawing_order,
    nearest_trading_day,
    reference_day_problem,
    series_styles,
)
from explainer_core.market.timeline_state import (
    TimelineState,
    days_between,
    log_scale_applies,
    nearest_event,
    opening_state,
    preset_state,
    range_preset_of,
    state_showing_day,
    state_showing_ticker,
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


def plan(data, tickers, mode):
    return plan_timeline(data, replace(opening_state(data), tickers=tuple(tickers), mode=mode))


def test_rebased_and_percent_lines_share_one_axis_whatever_they_measure(data):
    tickers = ["NVDA", "^IXIC"]
    rebased = plan(data, tickers, ChartMode.REBASED)
    assert [panel.unit for panel in rebased.panels] == [ValueUnit.INDEX]
    change = plan(data, tickers, ChartMode.CHANGE)
    assert [panel.unit for panel in change.panels] == [ValueUnit.PERCENT]
    assert [line.ticker for line in change.lines] == ["NVDA", "^IXIC"]


def test_prices_stack_dollars_over_points_and_never_share_an_axis(data):
    both = plan(data, ["NVDA", "AVGO", "^IXIC"], ChartMode.PRICE)
    assert [panel.unit for panel in both.panels] == [ValueUnit.USD, ValueUnit.POINTS]
    assert [[line.ticker for line in panel.lines] for panel in both.panels] == [
        ["NVDA", "AVGO"],
        ["^IXIC"],
    ]
    assert both.stacked
    alone = plan(data, ["^IXIC", "^GSPC"], ChartMode.PRICE)
    assert [panel.unit for panel in alone.panels] == [ValueUnit.POINTS]
    assert not alone.stacked


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
    styles = series_styles(data)
    assert styles["NVDA"].width > max(s.width for t, s in styles.items() if t != "NVDA")
    assert drawing_order(["NVDA", "AVGO", "MSFT"])[-1] == "NVDA"
    assert emphasised_movers(MoversState()) == {"NVDA"}
    assert emphasised_movers(MoversState("AVGO")) == {"NVDA", "AVGO"}


def test_the_opening_view_is_five_instruments_rebased_over_three_months(data):
    state = opening_state(data)
    assert state.tickers == ("NVDA", "AVGO", "MSFT", "VST", "^IXIC")  # the picker's order
    assert state.mode is ChartMode.REBASED and state.reference_day == REFERENCE_DAY
    assert (state.first, state.last) == range_span(RangePreset.THREE_MONTHS, data)
    assert range_preset_of(data, state) is RangePreset.THREE_MONTHS
    assert not state.log_scale and state.highlighted is None


def test_every_preset_sets_a_whole_state_that_reads_honestly(data):
    for preset in Preset:
        state = preset_state(data, preset)
        assert set(state.tickers) == set(PRESET_TICKERS[preset])
        assert state.mode is ChartMode.REBASED and state.reference_day == REFERENCE_DAY
        assert state.highlighted is None
    assert range_preset_of(data, preset_state(data, Preset.THE_SHOCK)) is RangePreset.ONE_MONTH
    assert range_preset_of(data, preset_state(data, Preset.INDICES)) is RangePreset.ALL


def test_a_claim_about_a_ticker_opens_the_rebased_view_with_it_ringed(data):
    state = state_showing_ticker(data, "^NDX")
    assert "^NDX" in state.tickers and state.highlighted == "^NDX"
    opening = opening_state(data)
    assert state.mode is opening.mode and state.reference_day == opening.reference_day


def test_a_claim_about_a_late_date_widens_the_range_to_show_its_event(data):
    late = dt.date(2025, 4, 10)
    assert nearest_event(data, late).id == "h20-licence-requirement"
    assert range_preset_of(data, state_showing_day(data, late)) is RangePreset.ALL
    early = state_showing_day(data, dt.date(2025, 1, 20))
    assert range_preset_of(data, early) is RangePreset.THREE_MONTHS


def test_a_state_shows_at_least_two_days():
    with pytest.raises(ValueError, match="empty range"):
        TimelineState(("NVDA",), dt.date(2025, 1, 27), dt.date(2025, 1, 27))


def test_the_days_in_view_are_the_whole_days_between_the_chart_edges():
    day = 86_400
    friday = (dt.date(2025, 1, 24) - dt.date(1970, 1, 1)).days * day
    assert days_between(friday - 0.3 * day, friday + 3.2 * day) == (
        dt.date(2025, 1, 24),
        dt.date(2025, 1, 27),
    )
    assert days_between(friday + 0.1 * day, friday + 0.9 * day) is None
    assert days_between(float("nan"), 1e30) is None


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
    [("fr", "1er oct. 2024"), ("fr", "1 er octobre 2024"), ("en", "Oct 1st, 2024")],
)
def test_a_date_with_an_ordinal_day_is_read_as_the_app_writes_it(language, text):
    """The reference field shows "1er oct. 2024" in French: editing it must still read."""
    assert parse_typed_date(text, language) == dt.date(2024, 10, 1)


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
    priced, points = readout_rows(
        data, ["NVDA", "^IXIC"], ChartMode.PRICE, dt.date(2025, 1, 24), dt.date(2025, 1, 27)
    )
    assert priced.ticker == "NVDA" and priced.value is None
    assert points.value_unit is ValueUnit.POINTS and points.value is None
