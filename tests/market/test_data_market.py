"""The market dataset: shipped files, spot checks against the reference facts,
the calculations, and each way a damaged file must be reported."""

from __future__ import annotations

import csv
import shutil
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from explainer_core.data.errors import DataError, Problem
from explainer_core.data.market import (
    EVENTS_FILE,
    FIGURES_FILE,
    INSTRUMENTS_FILE,
    LABEL_MAX_CHARS,
    PRICES_FILE,
    MarketData,
    load_market,
)
from explainer_core.data.paths import DATA_DIR, SOURCES_DIR
from explainer_core.formatting import formatter_for
from explainer_core.languages import LANGUAGE_CODES
from explainer_core.market import calculations as market
from explainer_core.market.movers import daily_moves_on

FRIDAY = "2025-01-24"
SHOCK = "2025-01-27"
REBOUND = "2025-01-28"
NO_BREAK_SPACE = "\u00a0"


@pytest.fixture(scope="module")
def data() -> MarketData:
    return load_market()


def rounded(value: float) -> float:
    return round(float(value), 2)


def change_on_shock_day(data: MarketData, ticker: str) -> float:
    """Percent change from Friday's close to the close of Monday 27 January."""
    return rounded(market.change_from(data.closes, FRIDAY).at[pd.Timestamp(SHOCK), ticker])


# --------------------------------------------------------------------------- shipped files


def test_shipped_market_files_load_and_validate(data: MarketData) -> None:
    assert len(data.prices) == 3678
    assert len(data.instruments) == 20
    assert data.events and data.figures


def test_loading_the_market_data_is_fast() -> None:
    # The aim is < 100 ms; the bound is loose so a slow machine does not fail,
    # but a per-row Python loop over the prices would.
    start = time.perf_counter()
    load_market()
    assert time.perf_counter() - start < 0.5


def test_every_ticker_in_the_prices_is_an_instrument_and_has_a_close_column(
    data: MarketData,
) -> None:
    assert set(data.prices["ticker"]) == set(data.tickers())
    assert list(data.closes.columns) == data.tickers()
    assert isinstance(data.closes.index, pd.DatetimeIndex)


def test_every_instrument_is_in_one_of_the_four_groups(data: MarketData) -> None:
    assert data.tickers("ai_chips")[:1] == ["NVDA"]
    assert set(data.tickers("power_energy")) == {"VST", "CEG"}
    assert {"^IXIC", "^NDX", "^GSPC", "QQQ", "SPY"} == set(data.tickers("indices_funds"))


def test_only_nvidia_has_a_share_count_and_its_note_says_how_sure_it_is(data: MarketData) -> None:
    nvidia = data.instrument("NVDA")
    assert nvidia.shares_outstanding == 24_500_000_000
    assert "medium confidence" in (nvidia.note("en") or "")
    others = [i for i in data.instruments if i.ticker != "NVDA"]
    assert all(i.shares_outstanding is None for i in others)


def test_tsmc_note_warns_that_its_price_level_is_not_verified(data: MarketData) -> None:
    assert "not verified" in (data.instrument("TSM").note("en") or "")


# --------------------------------------------------------------------------- spot checks


def test_nvidia_closed_at_142_62_on_the_friday_before_the_shock(data: MarketData) -> None:
    assert data.closes.at[pd.Timestamp(FRIDAY), "NVDA"] == 142.62


def test_nvidia_closed_at_118_42_on_the_day_of_the_shock(data: MarketData) -> None:
    assert data.closes.at[pd.Timestamp(SHOCK), "NVDA"] == 118.42


def test_nvidia_fell_16_97_percent_on_the_day_of_the_shock(data: MarketData) -> None:
    assert rounded(market.daily_pct_change(data.closes).at[pd.Timestamp(SHOCK), "NVDA"]) == -16.97


def test_nvidia_fell_as_much_as_18_17_percent_to_an_intraday_low_of_116_70(
    data: MarketData,
) -> None:
    row = data.prices[(data.prices["ticker"] == "NVDA") & (data.prices["date"] == SHOCK)]
    assert row["low"].item() == 116.70
    assert rounded(market.intraday_low_vs_previous_close(data.prices, "NVDA", SHOCK)) == -18.17


def test_nvidia_rebounded_8_93_percent_to_128_99_the_next_day(data: MarketData) -> None:
    assert data.closes.at[pd.Timestamp(REBOUND), "NVDA"] == 128.99
    assert rounded(market.daily_pct_change(data.closes).at[pd.Timestamp(REBOUND), "NVDA"]) == 8.93


def test_nasdaq_composite_closed_at_19_341_83_down_3_07_percent(data: MarketData) -> None:
    assert data.closes.at[pd.Timestamp(SHOCK), "^IXIC"] == 19341.83
    assert change_on_shock_day(data, "^IXIC") == -3.07


def test_sp500_closed_at_6_012_28_down_1_46_percent(data: MarketData) -> None:
    assert data.closes.at[pd.Timestamp(SHOCK), "^GSPC"] == 6012.28
    assert change_on_shock_day(data, "^GSPC") == -1.46


@pytest.mark.parametrize(
    ("ticker", "percent"),
    [("AVGO", -17.40), ("VST", -28.27), ("CEG", -20.85), ("TSM", -13.33), ("ARM", -10.19)],
)
def test_ai_chip_and_power_stocks_fell_as_the_facts_say(
    data: MarketData, ticker: str, percent: float
) -> None:
    assert change_on_shock_day(data, ticker) == percent


def test_nvidia_rebased_to_100_on_friday_stands_at_83_03_after_the_shock(data: MarketData) -> None:
    rebased = market.rebase_to(data.closes, FRIDAY)
    assert rebased.at[pd.Timestamp(FRIDAY), "NVDA"] == 100
    assert rounded(rebased.at[pd.Timestamp(SHOCK), "NVDA"]) == 83.03


def test_the_nasdaq_composite_series_ends_on_29_april_2025_and_is_not_filled_in(
    data: MarketData,
) -> None:
    composite = data.closes["^IXIC"]
    assert composite.last_valid_index() == pd.Timestamp("2025-04-29")
    assert composite.loc["2025-04-30":].isna().all()
    assert market.daily_pct_change(data.closes)["^IXIC"].loc["2025-04-30":].isna().all()


def test_the_nasdaq_100_has_no_volume_rather_than_a_borrowed_one(data: MarketData) -> None:
    volumes = data.prices.loc[data.prices["ticker"] == "^NDX", "volume"]
    assert volumes.isna().all()
    assert data.prices.loc[data.prices["ticker"] != "^NDX", "volume"].notna().all()


def test_every_price_row_says_whether_it_is_adjusted(data: MarketData) -> None:
    assert set(data.prices["close_kind"]) == {"unadjusted", "adjusted"}
    nvidia_shock = (data.prices["ticker"] == "NVDA") & (data.prices["date"] == SHOCK)
    assert data.prices.loc[nvidia_shock, "close_kind"].item() == "unadjusted"


# --------------------------------------------------------------------------- events and figures


def test_the_timeline_marks_the_shock_and_the_rebound(data: MarketData) -> None:
    days = {event.id: event.day for event in data.events}
    assert days["nvidia-shock"] == date(2025, 1, 27)
    assert days["nvidia-rebound"] == date(2025, 1, 28)
    assert days["deepseek-r1-release"] == date(2025, 1, 20)
    assert [event.day for event in data.events] == sorted(days.values())


def test_every_event_label_fits_on_a_chart_marker_in_every_language(data: MarketData) -> None:
    for event in data.events:
        for code in LANGUAGE_CODES:
            assert 0 < len(event.label(code)) <= LABEL_MAX_CHARS, (event.id, code)


def test_an_unknown_language_falls_back_to_french(data: MarketData) -> None:
    shock = next(event for event in data.events if event.id == "nvidia-shock")
    assert shock.title("xx") == shock.title("fr") == "Lundi noir pour Nvidia"


def test_french_texts_put_a_no_break_space_before_colons_semicolons_and_percent(
    data: MarketData,
) -> None:
    french = [event.text("fr") for event in data.events]
    french += [figure.caveat("fr") for figure in data.figures]
    for text in french:
        for mark in (":", ";", "%", "?", "!", "»"):
            assert f" {mark}" not in text, (mark, text)
    # the same narrow no-break space as the app's formatter puts before %
    assert formatter_for("fr").percent(16.97) in next(t for t in french if "16,97" in t)


def test_nvidias_lost_market_value_is_shown_as_the_published_range_589_to_593_billion(
    data: MarketData,
) -> None:
    loss = data.figure("nvda-market-value-loss-range")
    assert loss.is_range and loss.value is None
    assert (loss.low, loss.high) == (-593e9, -589e9)
    assert "118.42" in loss.caveat("en") and "118.58" in loss.caveat("en")
    assert data.figure("nvda-market-value-loss-lseg").sources == ("mkt-reuters-2025-01-27",)
    assert data.figure("nvda-market-value-loss-bloomberg").value == -589e9


def test_the_loss_at_the_official_close_with_about_24_5_billion_shares_is_inside_that_range(
    data: MarketData,
) -> None:
    shares = data.instrument("NVDA").shares_outstanding
    assert shares is not None
    loss = market.market_value_change(142.62, 118.42, shares)
    published = data.figure("nvda-market-value-loss-range")
    assert published.low is not None and published.high is not None
    assert published.low <= loss <= published.high


def test_headline_figures_without_a_series_match_the_facts(data: MarketData) -> None:
    assert data.figure("sox-change").value == -9.2
    assert data.figure("dow-change").value == 0.65
    assert data.figure("dow-change-points").value == 289.33
    assert data.figure("dow-close").unit == "points"
    record = data.figure("nvda-previous-record-loss")
    assert (record.value, record.qualifier, record.day) == (-279e9, "about", None)


# --------------------------------------------------------------------------- calculations


def small_closes() -> pd.DataFrame:
    days = pd.to_datetime(["2025-01-23", "2025-01-24", "2025-01-27", "2025-01-28"])
    return pd.DataFrame(
        {"A": [100.0, 110.0, 88.0, 99.0], "B": [50.0, None, 40.0, 60.0]},
        index=pd.DatetimeIndex(days, name="date"),
    )


def test_daily_change_is_in_percent_and_never_bridges_a_missing_close() -> None:
    change = market.daily_pct_change(small_closes())
    assert change["A"].tolist()[1:] == pytest.approx([10.0, -20.0, 12.5])
    assert change["B"].isna().tolist() == [True, True, True, False]
    assert change.at[pd.Timestamp("2025-01-28"), "B"] == pytest.approx(50.0)


def test_change_from_a_reference_day_is_zero_on_that_day() -> None:
    change = market.change_from(small_closes(), "2025-01-24")
    assert change.at[pd.Timestamp("2025-01-24"), "A"] == 0
    assert change.at[pd.Timestamp("2025-01-27"), "A"] == pytest.approx(-20.0)
    assert change["B"].isna().all()  # B has no close on the reference day


def test_rebase_uses_the_requested_base() -> None:
    rebased = market.rebase_to(small_closes(), date(2025, 1, 23), base=1000)
    assert rebased["A"].tolist() == [1000.0, 1100.0, 880.0, 990.0]


def test_a_reference_day_that_is_not_a_trading_day_is_refused() -> None:
    with pytest.raises(ValueError, match="2025-01-26"):
        market.change_from(small_closes(), "2025-01-26")
    with pytest.raises(ValueError):
        market.rebase_to(small_closes(), "2025-01-26")


def test_the_nearest_trading_day_before_a_sunday_is_the_friday() -> None:
    closes = small_closes()
    friday = pd.Timestamp("2025-01-24")
    assert market.nearest_trading_day_on_or_before(closes, "2025-01-26") == friday
    assert market.nearest_trading_day_on_or_before(closes, friday) == friday
    with pytest.raises(ValueError):
        market.nearest_trading_day_on_or_before(closes, "2025-01-01")


def test_drawdown_is_the_percent_below_the_highest_close_so_far() -> None:
    drawdown = market.drawdown(small_closes())
    assert drawdown["A"].tolist() == pytest.approx([0.0, 0.0, -20.0, -10.0])
    assert pd.isna(drawdown.at[pd.Timestamp("2025-01-24"), "B"])
    assert drawdown.at[pd.Timestamp("2025-01-27"), "B"] == pytest.approx(-20.0)


def test_intraday_low_needs_the_day_and_a_previous_day() -> None:
    prices = pd.DataFrame(
        {
            "date": pd.to_datetime(["2025-01-24", "2025-01-27"]),
            "ticker": ["A", "A"],
            "low": [90.0, 75.0],
            "close": [100.0, 80.0],
        }
    )
    assert market.intraday_low_vs_previous_close(prices, "A", "2025-01-27") == pytest.approx(-25.0)
    with pytest.raises(ValueError):
        market.intraday_low_vs_previous_close(prices, "A", "2025-01-24")
    with pytest.raises(ValueError):
        market.intraday_low_vs_previous_close(prices, "A", "2025-01-28")


def test_market_value_change_is_negative_for_a_fall() -> None:
    assert market.market_value_change(10.0, 8.0, 1_000) == -2_000.0


# --------------------------------------------------------------------------- damaged files

MARKET_FILES = (PRICES_FILE, INSTRUMENTS_FILE, EVENTS_FILE, FIGURES_FILE)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A copy of the shipped market files, with only the market source registry."""
    for name in MARKET_FILES:
        shutil.copy(DATA_DIR / name, tmp_path / name)
    (tmp_path / "sources").mkdir()
    shutil.copy(SOURCES_DIR / "market.csv", tmp_path / "sources" / "market.csv")
    return tmp_path


def test_the_copied_files_load(data_dir: Path) -> None:
    assert len(load_market(data_dir).prices) == 3678


Row = dict[str, str]


def edit_row(path: Path, matches: Callable[[Row], bool], change: Callable[[Row], None]) -> int:
    """Change the first row that ``matches``; return its line number (header = 1)."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    index = next(i for i, row in enumerate(rows) if matches(row))
    change(rows[index])
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return index + 2


def nvidia_on_shock_day(row: Row) -> bool:
    return row["ticker"] == "NVDA" and row["date"] == SHOCK


def row_with_id(row_id: str) -> Callable[[Row], bool]:
    return lambda row: row.get("id", row.get("ticker")) == row_id


def setter(column: str, value: str) -> Callable[[Row], None]:
    def change(row: Row) -> None:
        row[column] = value

    return change


def assert_fails(
    data_dir: Path, problem: Problem, file: str, line: int | None, column: str | None
) -> DataError:
    with pytest.raises(DataError) as caught:
        load_market(data_dir)
    error = caught.value
    assert (error.problem, error.file, error.row, error.column) == (problem, file, line, column)
    return error


def test_a_missing_column_is_reported_with_its_name(data_dir: Path) -> None:
    path = data_dir / PRICES_FILE
    frame = pd.read_csv(path, dtype=str, keep_default_na=False).drop(columns="close")
    frame.to_csv(path, index=False)
    assert_fails(data_dir, Problem.MISSING_COLUMN, PRICES_FILE, None, "close")


def test_a_bad_number_is_reported_at_its_line_and_column(data_dir: Path) -> None:
    line = edit_row(data_dir / PRICES_FILE, nvidia_on_shock_day, setter("close", "118.42x"))
    error = assert_fails(data_dir, Problem.BAD_NUMBER, PRICES_FILE, line, "close")
    assert error.value == "118.42x"


def test_an_unknown_source_id_is_reported(data_dir: Path) -> None:
    line = edit_row(data_dir / PRICES_FILE, nvidia_on_shock_day, setter("sources", "mkt-nowhere"))
    error = assert_fails(data_dir, Problem.UNKNOWN_SOURCE, PRICES_FILE, line, "sources")
    assert error.value == "mkt-nowhere"


def test_a_row_without_any_source_is_reported(data_dir: Path) -> None:
    line = edit_row(data_dir / FIGURES_FILE, row_with_id("sox-change"), setter("sources", ""))
    assert_fails(data_dir, Problem.EMPTY_VALUE, FIGURES_FILE, line, "sources")


def test_a_missing_translation_is_reported_with_its_language_column(data_dir: Path) -> None:
    line = edit_row(data_dir / EVENTS_FILE, row_with_id("nvidia-shock"), setter("title_de", ""))
    assert_fails(data_dir, Problem.MISSING_TRANSLATION, EVENTS_FILE, line, "title_de")


def test_a_note_given_in_french_only_is_a_missing_translation(data_dir: Path) -> None:
    line = edit_row(data_dir / INSTRUMENTS_FILE, row_with_id("TSM"), setter("note_en", ""))
    assert_fails(data_dir, Problem.MISSING_TRANSLATION, INSTRUMENTS_FILE, line, "note_en")


@pytest.mark.parametrize("content", ["", "\n", "date,ticker,open,high,low,close,volume\n"])
def test_an_empty_file_is_reported(data_dir: Path, content: str) -> None:
    (data_dir / PRICES_FILE).write_text(content, encoding="utf-8")
    assert_fails(data_dir, Problem.EMPTY_FILE, PRICES_FILE, None, None)


def test_a_file_saved_in_latin_1_is_reported_as_a_bad_encoding(data_dir: Path) -> None:
    path = data_dir / EVENTS_FILE
    text = path.read_text(encoding="utf-8").replace(NO_BREAK_SPACE, " ")
    path.write_bytes(text.encode("latin-1", errors="replace"))
    assert_fails(data_dir, Problem.BAD_ENCODING, EVENTS_FILE, None, None)


def test_a_duplicate_price_row_is_reported_at_the_second_copy(data_dir: Path) -> None:
    path = data_dir / PRICES_FILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.append(lines[1])
    path.write_text("".join(lines), encoding="utf-8")
    error = assert_fails(data_dir, Problem.DUPLICATE_ROW, PRICES_FILE, len(lines), "date, ticker")
    assert error.value == lines[1].split(",")[0] + " / " + lines[1].split(",")[1]


@pytest.mark.parametrize(("column", "value"), [("open", "-124.8"), ("close", "0")])
def test_a_negative_or_zero_price_is_reported(data_dir: Path, column: str, value: str) -> None:
    line = edit_row(data_dir / PRICES_FILE, nvidia_on_shock_day, setter(column, value))
    assert_fails(data_dir, Problem.OUT_OF_RANGE, PRICES_FILE, line, column)


def test_a_low_above_the_close_is_inconsistent(data_dir: Path) -> None:
    line = edit_row(data_dir / PRICES_FILE, nvidia_on_shock_day, setter("low", "120"))
    assert_fails(data_dir, Problem.INCONSISTENT, PRICES_FILE, line, "low")


def test_a_high_below_the_open_is_inconsistent(data_dir: Path) -> None:
    line = edit_row(data_dir / PRICES_FILE, nvidia_on_shock_day, setter("high", "124"))
    assert_fails(data_dir, Problem.INCONSISTENT, PRICES_FILE, line, "high")


def test_a_price_dated_outside_the_window_is_reported(data_dir: Path) -> None:
    line = edit_row(data_dir / PRICES_FILE, nvidia_on_shock_day, setter("date", "2025-07-01"))
    assert_fails(data_dir, Problem.OUT_OF_RANGE, PRICES_FILE, line, "date")


def test_an_event_dated_outside_the_window_is_reported(data_dir: Path) -> None:
    line = edit_row(
        data_dir / EVENTS_FILE, row_with_id("nvidia-shock"), setter("date", "2024-09-30")
    )
    assert_fails(data_dir, Problem.OUT_OF_RANGE, EVENTS_FILE, line, "date")


def test_an_unreal_date_is_a_bad_date(data_dir: Path) -> None:
    line = edit_row(data_dir / PRICES_FILE, nvidia_on_shock_day, setter("date", "2025-02-30"))
    assert_fails(data_dir, Problem.BAD_DATE, PRICES_FILE, line, "date")


def test_a_price_for_a_ticker_that_is_not_an_instrument_is_reported(data_dir: Path) -> None:
    line = edit_row(data_dir / PRICES_FILE, nvidia_on_shock_day, setter("ticker", "NVDX"))
    assert_fails(data_dir, Problem.INCONSISTENT, PRICES_FILE, line, "ticker")


def test_an_unknown_close_kind_is_a_bad_choice(data_dir: Path) -> None:
    line = edit_row(data_dir / PRICES_FILE, nvidia_on_shock_day, setter("close_kind", "split"))
    assert_fails(data_dir, Problem.BAD_CHOICE, PRICES_FILE, line, "close_kind")


def test_a_marker_label_longer_than_18_characters_is_reported(data_dir: Path) -> None:
    line = edit_row(
        data_dir / EVENTS_FILE,
        row_with_id("nvidia-shock"),
        setter("label_en", "The DeepSeek shock day"),
    )
    assert_fails(data_dir, Problem.OUT_OF_RANGE, EVENTS_FILE, line, "label_en")


def test_a_figure_with_neither_a_value_nor_a_range_is_reported(data_dir: Path) -> None:
    line = edit_row(data_dir / FIGURES_FILE, row_with_id("sox-change"), setter("value", ""))
    assert_fails(data_dir, Problem.EMPTY_VALUE, FIGURES_FILE, line, "value")


@pytest.mark.parametrize("name", MARKET_FILES)
def test_a_missing_file_is_reported_by_name(data_dir: Path, name: str) -> None:
    (data_dir / name).unlink()
    assert_fails(data_dir, Problem.MISSING_FILE, name, None, None)


@pytest.mark.parametrize(
    ("ticker", "day"),
    [
        ("MSFT", "2025-02-20"),
        ("NVDA", "2025-03-07"),
        ("NVDA", "2025-03-12"),
        ("NVDA", "2025-04-30"),
    ],
)
def test_no_daily_move_where_a_series_switches_between_adjusted_and_as_traded_closes(
    data: MarketData, ticker: str, day: str
) -> None:
    """The two closes differ by a dividend factor the data does not give: no figure, rather
    than a wrong one."""
    stamp = pd.Timestamp(day)
    position = data.close_kinds.index.get_loc(stamp)
    assert data.close_kinds[ticker].iloc[position] != data.close_kinds[ticker].iloc[position - 1]
    assert pd.isna(market.daily_pct_change(data.closes, data.close_kinds).at[stamp, ticker])
    assert ticker not in daily_moves_on(data, [ticker, "^GSPC"], stamp.date())
    assert "^GSPC" in daily_moves_on(data, [ticker, "^GSPC"], stamp.date())


def test_daily_moves_within_one_kind_of_close_are_kept(data: MarketData) -> None:
    moves = market.daily_pct_change(data.closes, data.close_kinds)
    assert rounded(moves.at[pd.Timestamp(SHOCK), "NVDA"]) == -16.97
    assert rounded(moves.at[pd.Timestamp(REBOUND), "NVDA"]) == 8.93


def test_a_file_saved_with_a_byte_order_mark_loads_the_same(data_dir: Path) -> None:
    """Spreadsheet programs save UTF-8 CSV files with a byte-order mark."""
    for name in (PRICES_FILE, INSTRUMENTS_FILE):
        path = data_dir / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    reloaded = load_market(data_dir)
    assert reloaded.closes.equals(load_market().closes)
    assert [i.ticker for i in reloaded.instruments][:2] == ["NVDA", "AVGO"]
