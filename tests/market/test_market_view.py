"""The market timeline tab as a presenter uses it."""

from __future__ import annotations

import datetime as dt

import pytest
from market_fixtures import *  # noqa: F403 (the fixtures: see that module)
from PySide6.QtCore import Qt

from explainer_core.market.story import ChartMode, Preset, RangePreset
from widgets.localized_axes import epoch_seconds

FRIDAY = dt.date(2025, 1, 24)
SHOCK = dt.date(2025, 1, 27)


@pytest.fixture
def market(opened_market_view):
    """(the view, as the language switch's target; the view): the tab built alone, in its
    opening state."""

    def open_view(language: str = "fr"):
        view = opened_market_view(language)
        return view, view

    return open_view


def curve_value(view, ticker: str, day: dt.date) -> float:
    xs, ys = view.timeline.curves[ticker].getData()
    index = list(xs).index(epoch_seconds(day))
    return float(ys[index])


def switch_language(view, code, qtbot):
    view.language.set_language(code, remember=False)
    qtbot.wait(10)  # LanguageChange is posted, not sent


def test_the_default_selection_tells_the_story_and_highlights_nvidia(market):
    _, view = market()
    assert view.visible_tickers() == ["NVDA", "AVGO", "MSFT", "VST", "^IXIC"]
    widths = {t: c.opts["pen"].widthF() for t, c in view.timeline.curves.items()}
    assert widths["NVDA"] > max(w for t, w in widths.items() if t != "NVDA")


def test_nvidia_is_83_03_on_the_shock_day_when_friday_is_100(market):
    _, view = market()
    assert round(curve_value(view, "NVDA", SHOCK), 2) == 83.03
    assert round(curve_value(view, "NVDA", FRIDAY), 2) == 100.00


def test_percent_mode_shows_the_minus_16_97_percent_fall(market):
    _, view = market()
    view.timeline.set_mode(ChartMode.CHANGE)
    assert round(curve_value(view, "NVDA", SHOCK), 2) == -16.97
    assert view.timeline.value_axis.unit == "percent"


def test_price_mode_shows_the_close_and_offers_a_log_scale_there_only(market):
    _, view = market()
    controls = view.timeline.controls
    assert not controls.log_box.isVisibleTo(view)  # rebased: a log scale would do nothing
    view.timeline.set_mode(ChartMode.PRICE)
    assert curve_value(view, "NVDA", SHOCK) == pytest.approx(118.42)
    assert controls.log_box.isVisibleTo(view)
    controls.log_box.setChecked(True)
    assert view.timeline.chart.plot.getAxis("left").logMode
    view.timeline.set_mode(ChartMode.REBASED)
    assert not controls.log_box.isVisibleTo(view)
    assert not view.timeline.chart.plot.getAxis("left").logMode
    view.timeline.set_mode(ChartMode.PRICE)
    assert not controls.log_box.isChecked()  # never ticked while it does nothing


def test_presets_select_their_instruments(market):
    _, view = market()
    view.instruments.preset_buttons[Preset.THE_SHOCK].click()
    assert view.visible_tickers() == ["NVDA", "AVGO", "TSM", "^IXIC"]
    assert set(view.timeline.curves) == {"NVDA", "AVGO", "TSM", "^IXIC"}
    view.instruments.preset_buttons[Preset.POWER_TRADE].click()
    assert set(view.timeline.curves) == {"NVDA", "VST", "CEG"}


def test_unchecking_an_instrument_removes_its_line_and_legend_entry(market, qtbot):
    _, view = market()
    view.instruments.picker.set_checked("AVGO", False)
    qtbot.waitUntil(lambda: "AVGO" not in view.timeline.curves)
    names = [label.text for _sample, label in view.timeline.chart.legend.items]
    assert "Broadcom" not in names
    view.instruments.picker.set_checked("CEG", True)
    qtbot.waitUntil(lambda: "CEG" in view.timeline.curves)


def test_arrow_keys_step_from_event_to_event_and_move_the_card(market, qtbot):
    window, view = market()
    assert view.selected_event == "nvidia-shock"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.timeline.chart.graphics.setFocus()
    qtbot.keyClick(view.timeline.chart.graphics, Qt.Key.Key_Right)
    assert view.selected_event == "nvidia-rebound"
    assert view.timeline.card.title_label.text() == view.data.events[5].title("fr")
    qtbot.keyClick(view.timeline.chart.graphics, Qt.Key.Key_Left)
    qtbot.keyClick(view.timeline.chart.graphics, Qt.Key.Key_Left)
    assert view.selected_event == "app-store-number-one"


def test_event_labels_never_overlap_at_any_range(market, qtbot):
    _, view = market()
    for preset in RangePreset:
        view.timeline.apply_range(preset)
        qtbot.wait(5)
        rects = view.timeline.markers.label_rects()
        assert rects, preset
        for a, (left_a, right_a, row_a) in rects.items():
            for b, (left_b, right_b, row_b) in rects.items():
                if a < b and row_a == row_b and row_a >= 0:
                    assert right_a <= left_b or right_b <= left_a, (preset, a, b)


@pytest.mark.parametrize(("language", "month"), [("fr", "janv."), ("de", "Jan."), ("en", "Jan")])
def test_date_axis_names_months_in_the_language(market, language, month):
    _, view = market(language)
    january, february = epoch_seconds(dt.date(2025, 1, 1)), epoch_seconds(dt.date(2025, 2, 1))
    labels = view.timeline.date_axis.tickStrings([january, february], 1.0, 31 * 86400)
    assert labels[0] == month


@pytest.mark.parametrize(("language", "text"), [("fr", "97,5"), ("de", "97,5"), ("en", "97.5")])
def test_value_axis_uses_the_decimal_separator_of_the_language(market, language, text):
    _, view = market(language)
    assert view.timeline.value_axis.tickStrings([97.5], 1.0, 0.5) == [text]


def test_movers_are_sorted_with_vistra_first(market):
    _, view = market()
    bars = view.movers.bars.bars
    assert [b.key for b in bars[:4]] == ["VST", "CEG", "AVGO", "NVDA"]
    assert bars[0].value_text == "\u221228,27\u202f%"
    assert [b.value for b in bars] == sorted(b.value for b in bars)
    nvidia = next(b for b in bars if b.key == "NVDA")
    assert nvidia.emphasised


def test_headline_gives_the_published_range_and_the_intraday_low(market):
    _, view = market()
    text = view.movers.headline.text()
    assert "589\u202fMd\u202f$" in text and "593\u202fMd\u202f$" in text
    assert "\u221218,17\u202f%" in text and "116,70\u202f$" in text


def test_switching_language_with_a_card_open_translates_card_axes_and_movers(market, qtbot):
    window, view = market()
    view.timeline.select_event("nvidia-rebound")
    switch_language(window, "de", qtbot)
    event = next(e for e in view.data.events if e.id == "nvidia-rebound")
    assert view.timeline.card.title_label.text() == event.title("de")
    assert view.timeline.card.date_label.text() == "Dienstag, 28. Januar 2025"
    assert view.movers.bars.bars[0].value_text == "\u221228,27\u00a0%"
    assert (
        view.timeline.chart.title_label.text()
        == "Nvidia und der Markt rund um den 27.\u00a0Januar\u00a02025"  # no break in a date
    )
    assert view.timeline.chart.source_label.text().startswith("Quelle:")
    assert view.timeline.controls.mode_box.currentText() == "Index (Basis 100)"
    labels = {mark.event_id: mark.label for mark in view.timeline.markers._marks}
    assert labels["nvidia-shock"] == next(
        e for e in view.data.events if e.id == "nvidia-shock"
    ).label("de")


def test_the_charts_keep_their_width_when_the_language_changes(market, qtbot):
    """The columns do not follow the length of the names in each language, nor the bars
    the length of the texts above them: a switch changes the words, not the charts."""
    window, view = market("fr")
    qtbot.wait(50)
    widths = {}
    for code in ("fr", "de", "en"):
        switch_language(window, code, qtbot)
        qtbot.wait(50)
        widths[code] = (
            view.timeline.chart.graphics.width(),
            view.movers.chart.graphics.width(),
            view.movers.chart.graphics.height(),
        )
    assert widths["fr"] == widths["de"] == widths["en"]
