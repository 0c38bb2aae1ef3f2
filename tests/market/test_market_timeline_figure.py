"""The market timeline as a file shows it: the dataset's numbers, honestly drawn (seams
broken, no axis mixing points and dollars, lines to the range's edges), the same numbers in
its table, self-contained texts in three languages, and a layout that holds at every size."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math

import pytest
from market_figure_checks import (
    LANGUAGES,
    RecordingWords,
    event_rules,
    finished_messages,
    joined_pairs,
    layout_problems,
    lines,
    marks_of,
    plot_of,
    rings,
    seam_points,
    sources,
    value_at,
    writing,
)

from explainer_core.data.market import load_market
from explainer_core.figure import AxisScale, LegendSymbol, LineSeries, Rule, date_value
from explainer_core.figure.palette import HIGHLIGHT_COLOUR, series_colour_and_dash
from explainer_core.market.figures import BUILDERS
from explainer_core.market.figures_timeline import (
    TIMELINE_CHART_ID,
    TimelineState,
    opening_state,
    timeline_figure,
    timeline_table,
)
from explainer_core.market.story import (
    OPENING_RANGE,
    REFERENCE_DAY,
    SHOCK_DAY,
    ChartMode,
    RangePreset,
    range_span,
)

JAN_22, JAN_23 = dt.date(2025, 1, 22), dt.date(2025, 1, 23)


@functools.cache
def data():
    return load_market(sources=sources())


def state(**changes) -> TimelineState:
    return dataclasses.replace(opening_state(data()), **changes)


@functools.cache
def figure_of(language: str, **changes):
    return timeline_figure(data(), state(**changes), writing(language))


def name(ticker: str) -> str:
    return data().instrument(ticker).name


def close(ticker: str, day: dt.date) -> float:
    return float(data().closes.at[day.isoformat(), ticker])


def kind(ticker: str, day: dt.date) -> str:
    return data().close_kinds.at[day.isoformat(), ticker]


# -- state ----------------------------------------------------------------------------------


def test_the_default_state_is_the_tabs_opening_view():
    default = BUILDERS[TIMELINE_CHART_ID].default_state(data())
    assert default.tickers == ("NVDA", "AVGO", "MSFT", "VST", "^IXIC")  # the picker's order
    assert default.mode is ChartMode.REBASED
    assert default.reference_day == REFERENCE_DAY
    assert (default.first, default.last) == range_span(OPENING_RANGE, data())
    assert default.log_scale is False and default.highlighted is None


def test_the_builder_is_registered_with_its_figure_and_table():
    builder = BUILDERS[TIMELINE_CHART_ID]
    assert builder.figure is timeline_figure and builder.table is timeline_table


# -- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ticker", "day"),
    [
        ("NVDA", SHOCK_DAY),
        ("NVDA", JAN_22),
        ("AVGO", dt.date(2024, 12, 23)),  # the first as-traded close after a seam
        ("MSFT", dt.date(2025, 2, 20)),
        ("VST", dt.date(2025, 3, 14)),  # the last day shown
        ("^IXIC", dt.date(2024, 12, 16)),  # the first day shown
    ],
)
def test_rebased_values_are_the_close_over_the_reference_close_times_100(ticker, day):
    line = lines(figure_of("en"))[name(ticker)]
    expected = close(ticker, day) / close(ticker, REFERENCE_DAY) * 100
    assert value_at(line, date_value(day)) == expected


def test_another_reference_day_rebases_every_line_on_its_close():
    reference = dt.date(2025, 1, 13)
    figure = figure_of("en", reference_day=reference)
    for ticker in ("NVDA", "AVGO", "MSFT", "VST", "^IXIC"):
        line = lines(figure)[name(ticker)]
        assert value_at(line, date_value(reference)) == 100.0
        expected = close(ticker, SHOCK_DAY) / close(ticker, reference) * 100
        assert value_at(line, date_value(SHOCK_DAY)) == expected
    assert "Monday, January 13, 2025" in figure.subtitle


def test_a_reference_day_off_the_market_rebases_on_the_close_before():
    sunday = figure_of("en", reference_day=dt.date(2025, 1, 26))
    friday = figure_of("en", reference_day=REFERENCE_DAY)
    assert lines(sunday)["Nvidia"].ys == lines(friday)["Nvidia"].ys
    assert sunday.subtitle == friday.subtitle


def test_change_mode_draws_the_percent_change_from_the_reference_close():
    line = lines(figure_of("en", mode=ChartMode.CHANGE))["Nvidia"]
    expected = (close("NVDA", SHOCK_DAY) / close("NVDA", REFERENCE_DAY) - 1.0) * 100.0
    assert value_at(line, date_value(SHOCK_DAY)) == expected
    assert value_at(line, date_value(REFERENCE_DAY)) == 0.0


def test_price_mode_draws_the_closes_themselves():
    figure = figure_of("en", mode=ChartMode.PRICE)
    for ticker in ("NVDA", "^IXIC"):
        assert value_at(lines(figure)[name(ticker)], date_value(SHOCK_DAY)) == close(
            ticker, SHOCK_DAY
        )


def test_missing_closes_are_gaps_never_bridged():
    # The Nasdaq Composite's series ends on 29 April 2025; the others go on to 30 June.
    first, last = range_span(RangePreset.ALL, data())
    figure = figure_of("en", first=first, last=last)
    line = lines(figure)["Nasdaq Composite"]
    after = [
        y for x, y in zip(line.xs, line.ys, strict=True) if x > date_value(dt.date(2025, 4, 29))
    ]
    assert after and all(math.isnan(y) for y in after)


# -- honesty --------------------------------------------------------------------------------


def test_lines_never_join_two_closes_of_different_kinds():
    first, last = range_span(RangePreset.ALL, data())
    for changes in ({}, {"first": first, "last": last}, {"mode": ChartMode.PRICE}):
        for line in lines(figure_of("en", **changes)).values():
            ticker = next(i.ticker for i in data().instruments if i.name == line.name)
            for x0, x1 in joined_pairs(line):
                day0, day1 = (dt.date(1970, 1, 1) + dt.timedelta(days=x) for x in (x0, x1))
                assert kind(ticker, day0) == kind(ticker, day1), (line.name, day0, day1)


def test_a_seam_breaks_the_line_and_is_marked_and_noted():
    # Nvidia's closes are as traded to 6 March 2025, dividend-adjusted from 7 March.
    assert kind("NVDA", dt.date(2025, 3, 6)) != kind("NVDA", dt.date(2025, 3, 7))
    figure = figure_of("en")
    line = lines(figure)["Nvidia"]
    before, after = date_value(dt.date(2025, 3, 6)), date_value(dt.date(2025, 3, 7))
    between = [y for x, y in zip(line.xs, line.ys, strict=True) if before < x < after]
    assert between and all(math.isnan(y) for y in between)
    marked = [(p.series, p.x) for p in seam_points(figure)]
    assert ("Nvidia", after) in marked
    assert all(not p.label for p in seam_points(figure))
    seam_note = next(note for note in figure.notes if note.startswith("◇"))
    assert "Nvidia (Mar 7, 2025, Mar 12, 2025)" in seam_note.replace("\u00a0", " ")
    assert "Microsoft (Feb 20, 2025)" in seam_note.replace("\u00a0", " ")
    entries = [entry for entry in figure.legend.entries if entry.symbol is LegendSymbol.MARKER]
    assert len(entries) == 1


def test_no_seam_no_seam_note():
    figure = figure_of("en", tickers=("AMD", "^GSPC"))  # as traded throughout
    assert not seam_points(figure)
    assert not any(note.startswith("◇") for note in figure.notes)
    assert all(entry.symbol is LegendSymbol.LINE for entry in figure.legend.entries)


def test_a_one_month_range_keeps_22_and_23_january_and_runs_to_its_edges():
    first, last = range_span(RangePreset.ONE_MONTH, data())
    figure = figure_of("en", first=first, last=last)
    axis = figure.plots[0].x_axis
    for line in lines(figure).values():
        assert (date_value(JAN_22), date_value(JAN_23)) in joined_pairs(line), line.name
        finite = [x for x, y in zip(line.xs, line.ys, strict=True) if not math.isnan(y)]
        assert finite[0] <= axis.minimum and finite[-1] >= axis.maximum, line.name
    table = timeline_table(data(), state(first=first, last=last), writing("en"))
    days = {(row[0], row[2]) for row in table.rows}
    assert {(JAN_22, "NVDA"), (JAN_23, "NVDA"), (first, "NVDA"), (last, "NVDA")} <= days


def test_a_range_ending_on_weekends_runs_the_lines_past_its_edges():
    saturday, sunday = dt.date(2025, 1, 11), dt.date(2025, 2, 16)
    figure = figure_of("en", first=saturday, last=sunday)
    line = lines(figure)["Nvidia"]
    assert line.xs[0] == date_value(dt.date(2025, 1, 10))  # the Friday before
    assert line.xs[-1] == date_value(dt.date(2025, 2, 18))  # the Tuesday after (a holiday)
    table = timeline_table(data(), state(first=saturday, last=sunday), writing("en"))
    assert all(saturday <= row[0] <= sunday for row in table.rows)


@pytest.mark.parametrize("log", [False, True])
def test_price_mode_never_mixes_points_and_dollars_on_one_plot(log):
    figure = figure_of("en", mode=ChartMode.PRICE, log_scale=log)
    assert len(figure.plots) == 2
    titles = []
    for plot in figure.plots:
        kinds = {
            data()
            .instrument(next(i.ticker for i in data().instruments if i.name == m.name))
            .is_index
            for m in plot.marks
            if isinstance(m, LineSeries)
        }
        assert len(kinds) == 1
        unit = "index points" if kinds == {True} else "US dollars"
        assert unit in plot.y_axis.title
        assert plot.y_axis.scale is (AxisScale.LOG if log else AxisScale.LINEAR)
        titles.append(plot.y_axis.title)
    assert titles[0].startswith("Close (US dollars") and titles[1].startswith("Close (index")
    top, bottom = figure.plots
    assert not top.x_axis.tick_levels and bottom.x_axis.tick_levels  # the dates, once
    assert figure.subtitle == "Daily closes: shares and funds in US dollars, indices in points"


def test_price_mode_of_one_kind_draws_one_plot():
    shares = figure_of("en", mode=ChartMode.PRICE, tickers=("NVDA", "QQQ"))
    indices = figure_of("en", mode=ChartMode.PRICE, tickers=("^IXIC", "^GSPC"))
    assert [p.y_axis.title for p in shares.plots] == ["Close (US dollars)"]
    assert [p.y_axis.title for p in indices.plots] == ["Close (index points)"]
    assert shares.subtitle == "Daily closes in US dollars"
    assert indices.subtitle == "Daily closes of the indices, in points"


def test_log_scale_applies_to_prices_only():
    assert figure_of("en", log_scale=True).plots[0].y_axis.scale is AxisScale.LINEAR
    priced = figure_of("en", mode=ChartMode.PRICE, log_scale=True, tickers=("NVDA",))
    assert priced.plots[0].y_axis.scale is AxisScale.LOG
    assert priced.plots[0].y_axis.title == "Close (US dollars, log scale)"


def test_an_instrument_without_a_reference_close_is_left_out_and_said():
    figure = figure_of("en", reference_day=dt.date(2025, 5, 2), last=dt.date(2025, 6, 30))
    assert "Nasdaq Composite" not in lines(figure)
    assert any("reference day" in note and "Nasdaq Composite" in note for note in figure.notes)


# -- styles ---------------------------------------------------------------------------------


def test_nvidia_is_vermillion_and_thicker_and_the_others_keep_the_screens_colours():
    figure = figure_of("en")
    drawn = lines(figure)
    assert drawn["Nvidia"].colour == HIGHLIGHT_COLOUR
    others = [t for t in data().tickers() if t != "NVDA"]
    for ticker in ("AVGO", "MSFT", "VST", "^IXIC"):
        colour, dash = series_colour_and_dash(others.index(ticker))
        assert (drawn[name(ticker)].colour, drawn[name(ticker)].dash) == (colour, dash)
        assert drawn[name(ticker)].width < drawn["Nvidia"].width
    series = [m.name for m in figure.plots[0].marks if isinstance(m, LineSeries)]
    assert series[-1] == "Nvidia"  # drawn on top
    legend = [entry.label for entry in figure.legend.entries if entry.symbol is LegendSymbol.LINE]
    assert legend == ["Nvidia", "Broadcom", "Microsoft", "Vistra", "Nasdaq Composite"]


def test_the_reference_rule_is_at_100_rebased_and_0_in_percent():
    for mode, value in ((ChartMode.REBASED, 100.0), (ChartMode.CHANGE, 0.0)):
        rules = [m for m in marks_of(figure_of("en", mode=mode), Rule) if m.axis == "y"]
        assert [rule.value for rule in rules] == [value]
    assert not [m for m in marks_of(figure_of("en", mode=ChartMode.PRICE), Rule) if m.axis == "y"]


def test_a_highlighted_instrument_is_ringed_on_the_shock_day_only_when_asked():
    assert rings(figure_of("en")) == []
    figure = figure_of("en", highlighted="VST")
    (ring,) = rings(figure)
    expected = close("VST", SHOCK_DAY) / close("VST", REFERENCE_DAY) * 100
    assert (ring.x, ring.y) == (date_value(SHOCK_DAY), expected)
    assert plot_of(figure, "Vistra").marks.count(ring) == 1
    assert rings(figure_of("en", highlighted="AMD")) == []  # not shown: nothing to ring
    before = figure_of("en", highlighted="VST", last=dt.date(2025, 1, 24))
    assert rings(before) == []


# -- events ---------------------------------------------------------------------------------


def test_every_event_in_the_range_is_drawn_and_labelled_the_shock_emphasised():
    for changes in ({}, {"mode": ChartMode.PRICE}):
        figure = figure_of("fr", **changes)
        top, *below = figure.plots
        expected = [
            e for e in data().events if dt.date(2024, 12, 16) <= e.day <= dt.date(2025, 3, 14)
        ]
        rules = event_rules(top)
        assert [(r.value, r.label) for r in rules] == [
            (date_value(e.day), e.label("fr")) for e in expected
        ]
        assert [r.emphasised for r in rules] == [e.day == SHOCK_DAY for e in expected]
        for plot in below:  # the same days, named once above
            assert [r.value for r in event_rules(plot)] == [r.value for r in rules]


def test_events_outside_the_range_are_left_out():
    first, last = range_span(RangePreset.ONE_MONTH, data())
    figure = figure_of("en", first=first, last=last)
    days = [r.value for r in event_rules(figure.plots[0])]
    assert days and all(date_value(first) <= day <= date_value(last) for day in days)


# -- table ----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", list(ChartMode))
def test_the_table_holds_the_figures_numbers_in_full_precision(mode):
    current = state(mode=mode)
    figure = timeline_figure(data(), current, writing("en"))
    table = timeline_table(data(), current, writing("en"))
    value_key = {ChartMode.REBASED: "rebased", ChartMode.CHANGE: "change", ChartMode.PRICE: "close"}
    by_row = {(row[table.column("date")], row[table.column("ticker")]): row for row in table.rows}
    axis = figure.plots[0].x_axis
    for line in lines(figure).values():
        ticker = next(i.ticker for i in data().instruments if i.name == line.name)
        for x, y in zip(line.xs, line.ys, strict=True):
            if math.isnan(y) or not axis.contains(x):
                continue
            day = dt.date(1970, 1, 1) + dt.timedelta(days=x)
            row = by_row[(day, ticker)]
            assert row[table.column(value_key[mode])] == y
            assert row[table.column("close")] == close(ticker, day)
            assert row[table.column("close_kind")] == (
                "as traded" if kind(ticker, day) == "unadjusted" else "dividend-adjusted"
            )
            assert row[table.column("unit")] == ("points" if ticker == "^IXIC" else "USD")
    days = data().closes.loc["2024-12-16":"2025-03-14", list(current.tickers)]
    assert len(table.rows) == int(days.notna().sum().sum())


def test_the_table_has_sources_and_notes():
    table = timeline_table(data(), state(), writing("en"))
    assert any("ainagl/tio4317-time-series-project" in line for line in table.sources)
    assert any("Reuters" in line for line in table.sources)  # an event's source
    assert table.notes[0] == "Daily closes, rebased to 100 at the close of Friday, January 24, 2025"
    assert any("First close of the new kind" in note for note in table.notes)
    assert any(note.startswith("Nvidia: ") for note in table.notes)
    assert [c.key for c in table.columns] == [
        "date",
        "name",
        "ticker",
        "unit",
        "close",
        "rebased",
        "close_kind",
    ]
    assert isinstance(table.rows[0][0], dt.date)


# -- texts ----------------------------------------------------------------------------------


def test_the_figure_is_self_contained():
    figure = figure_of("en")
    assert figure.title == "Nvidia and the market around 27 January 2025"
    assert (
        figure.subtitle == "Daily closes, rebased to 100 at the close of Friday, January 24, 2025"
    )
    assert figure.plots[0].y_axis.title == "Index (reference day = 100)"
    assert figure.source.startswith("Source: daily closes from Yahoo Finance historical data")
    for publisher in ("Reuters (via Investing.com)", "Nasdaq", "Interconnects"):
        assert publisher in figure.source
    assert "Help" not in figure.source and "see " not in figure.source
    caveats = figure.notes[-1]  # the instruments' own notes, in one paragraph
    for ticker in opening_state(data()).tickers:
        assert f"{name(ticker)}: {data().instrument(ticker).note('en')}" in caveats
    texts = [figure.title, figure.subtitle, figure.source, *figure.notes]
    texts += [r.label for plot in figure.plots for r in event_rules(plot)]
    assert not any("[" in text for text in texts)  # no footnote mark left without its note
    assert figure.credit == ""  # the export layer sets it


def test_the_description_says_what_the_chart_shows_and_its_key_figures():
    figure = figure_of("fr")
    nvidia = close("NVDA", SHOCK_DAY) / close("NVDA", REFERENCE_DAY) * 100
    formatter = writing("fr").formatter
    assert "Nvidia " + formatter.number(nvidia, 2) in figure.description
    assert figure.description.startswith("Graphique linéaire de Nvidia, Broadcom")
    assert "Choc DeepSeek" in figure.description


def _texts(figure) -> list[str]:
    return [
        figure.title,
        figure.subtitle,
        figure.source,
        figure.description,
        *(plot.y_axis.title for plot in figure.plots),
        figure.notes[0],  # the seam note: the builder's own words
        figure.legend.entries[-1].label,  # the seam entry
    ]


@pytest.mark.parametrize("mode", list(ChartMode))
def test_texts_differ_per_language(mode):
    texts = {language: _texts(figure_of(language, mode=mode)) for language in LANGUAGES}
    for first, second in (("fr", "de"), ("fr", "en"), ("de", "en")):
        for one, other in zip(texts[first], texts[second], strict=True):
            assert one != other, (first, second, one)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_every_word_the_builder_writes_is_translated(language):
    words = RecordingWords(language)
    current = writing(language, words)
    first, last = range_span(RangePreset.ALL, data())
    for changes in (
        {},
        {"mode": ChartMode.CHANGE},
        {"mode": ChartMode.PRICE, "log_scale": True},
        {"mode": ChartMode.PRICE, "tickers": ("^IXIC",)},
        {"mode": ChartMode.PRICE, "tickers": ("NVDA",)},
        {"reference_day": dt.date(2025, 5, 2), "first": first, "last": last},
        {"tickers": ("^IXIC",), "first": dt.date(2025, 5, 1), "last": last},
        {"tickers": ("AMD",), "first": dt.date(2025, 2, 3), "last": dt.date(2025, 2, 7)},
    ):
        timeline_figure(data(), state(**changes), current)
        timeline_table(data(), state(**changes), current)
    untranslated = words.asked - finished_messages(language)
    assert not untranslated
    assert len(words.asked) >= 30


# -- layout ---------------------------------------------------------------------------------

# The plots' share of the height. A 600 × 600 square cannot give them half: the notes the
# timeline must carry (seams, five instruments' caveats, the events' sources) take more of
# a small square than the renderer's smallest text step can save.
SIZES = {(600, 600): 0.36, (1080, 1080): 0.5, (2000, 1125): 0.5, (4000, 1000): 0.5}


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("mode", [ChartMode.REBASED, ChartMode.PRICE])
def test_the_figure_lays_out_without_overlapping_text(qapp, mode, language, size):
    assert layout_problems(figure_of(language, mode=mode), size, SIZES[size]) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_instrument_over_the_whole_window_lays_out_without_overlapping_text(qapp, language):
    """Twenty lines and their seventeen caveats: the texts stay apart and every event is
    named, though the plot is left little room."""
    first, last = range_span(RangePreset.ALL, data())
    figure = figure_of(language, first=first, last=last, tickers=tuple(data().tickers()))
    for size in ((600, 600), (4000, 1000)):
        assert layout_problems(figure, size, plots_share=0.0) == []
