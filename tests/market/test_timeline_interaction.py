"""The timeline as a reader handles it: typing a day, double-clicking, undoing, presets,
zooming, the legend, the tooltip, and the seams between kinds of close."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from market_fixtures import *  # noqa: F403 (the fixtures: see that module)
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from explainer_core.market.story import ChartMode, Preset, RangePreset
from widgets.localized_axes import epoch_seconds

FRIDAY = dt.date(2025, 1, 24)
SHOCK = dt.date(2025, 1, 27)
REBOUND = dt.date(2025, 1, 28)


@pytest.fixture
def timeline(opened_market_view):
    """(the view, its timeline section) in its opening state, in the given language."""

    def make(language: str = "fr"):
        view = opened_market_view(language)
        return view, view.timeline

    return make


def type_in_reference_field(qtbot, section, text: str, enter: bool = True) -> None:
    edit = section.controls.reference_field.edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    if enter:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def double_click(qtbot, section, point: QPoint) -> None:
    """As a mouse sends it: press, release, a double-click press, release."""
    viewport = section.chart.graphics.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point)


def point_on_plot(section, day: dt.date) -> QPoint:
    box = section.chart.plot.getViewBox()
    y_low, y_high = box.viewRange()[1]
    scene = box.mapViewToScene(QPointF(epoch_seconds(day), (y_low + y_high) / 2))
    return section.chart.graphics.mapFromScene(scene)


# -- typing the reference day ------------------------------------------------------------


def test_a_typed_date_is_applied_on_enter_not_at_every_keystroke(timeline, qtbot):
    view, section = timeline("fr")
    section.set_reference_day(SHOCK)
    type_in_reference_field(qtbot, section, "24/01/2025", enter=False)
    assert view.reference_day == SHOCK  # nothing re-based while typing
    assert section.controls.reference_field.edit.text() == "24/01/2025"
    qtbot.keyClick(section.controls.reference_field.edit, Qt.Key.Key_Return)
    assert view.reference_day == FRIDAY


def test_a_typed_date_is_read_in_the_form_of_the_interface_language(timeline, qtbot):
    view, section = timeline("en")  # every form of every language: tests of the core
    section.set_reference_day(SHOCK)
    type_in_reference_field(qtbot, section, "Jan 24, 2025")
    assert view.reference_day == FRIDAY


def test_a_typed_date_is_applied_when_the_field_loses_focus(timeline, qtbot):
    view, section = timeline("fr")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    section.set_reference_day(SHOCK)
    type_in_reference_field(qtbot, section, "28/01/2025", enter=False)
    section.chart.graphics.setFocus()
    qtbot.waitUntil(lambda: view.reference_day == REBOUND)


def test_a_day_that_cannot_be_the_reference_is_refused_and_the_previous_day_stays(timeline, qtbot):
    view, section = timeline("fr")
    problem = section.controls.problem_label
    for text, words in (
        ("25/01/2025", "pas un jour de bourse"),  # a Saturday
        ("15/08/2023", "hors des données"),
        ("le 3 du mois", "n’est pas une date"),
    ):
        with qtbot.waitSignal(section.statusMessage) as said:
            type_in_reference_field(qtbot, section, text)
        assert view.reference_day == FRIDAY
        assert section.controls.reference_field.edit.text() == "24 janv. 2025"
        assert problem.isVisibleTo(view) and words in problem.text(), text
        assert said.args == [problem.text()]
    type_in_reference_field(qtbot, section, "28/01/2025")
    assert view.reference_day == REBOUND and not problem.isVisibleTo(view)


def test_arrow_keys_edit_the_field_without_stepping_between_events(timeline, qtbot):
    view, section = timeline("fr")
    edit = section.controls.reference_field.edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.setCursorPosition(5)
    qtbot.keyClick(edit, Qt.Key.Key_Left)
    assert edit.cursorPosition() == 4
    assert view.selected_event == "nvidia-shock"


# -- taking a day from the chart, and undoing it -------------------------------------------


def test_a_single_click_on_the_plot_leaves_the_reference_day(timeline, qtbot):
    view, section = timeline()
    qtbot.wait(50)  # let the layout settle before mapping a date to a pixel
    point = point_on_plot(section, REBOUND)
    qtbot.mouseClick(section.chart.graphics.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.reference_day == FRIDAY


def test_a_double_click_takes_the_day_says_so_and_ctrl_z_undoes_it(timeline, qtbot):
    view, section = timeline()
    qtbot.wait(50)
    point = point_on_plot(section, REBOUND)
    with qtbot.waitSignal(view.statusMessage) as said:
        double_click(qtbot, section, point)
    assert view.reference_day == REBOUND
    assert "mardi 28 janvier 2025" in said.args[0] and "Ctrl+Z" in said.args[0]
    section.chart.graphics.setFocus()
    with qtbot.waitSignal(view.statusMessage) as said:
        qtbot.keyClick(section.chart.graphics, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.reference_day == FRIDAY
    assert "vendredi 24 janvier 2025" in said.args[0]


def test_the_context_menu_offers_the_day_under_the_pointer_as_the_reference(timeline, qtbot):
    view, section = timeline()
    qtbot.wait(50)
    section.chart._show_context_menu(point_on_plot(section, REBOUND))
    menu = section.chart.context_menu
    texts = [a.text() for a in menu.actions()]
    assert "Prendre le 28 janv. 2025 comme jour de référence" in texts
    section.use_day_action.trigger()
    menu.close()
    assert view.reference_day == REBOUND
    section.undo_action.trigger()
    assert view.reference_day == FRIDAY


# -- presets, reset, zoom --------------------------------------------------------------------


def test_a_preset_after_price_mode_gives_its_whole_rebased_view(timeline, qtbot):
    view, section = timeline()
    section.set_mode(ChartMode.PRICE)
    section.set_reference_day(REBOUND)
    view.instruments.preset_buttons[Preset.THE_SHOCK].click()
    assert section.mode is ChartMode.REBASED
    assert view.reference_day == FRIDAY
    assert section.range is RangePreset.ONE_MONTH
    assert set(section.curves) == {"NVDA", "AVGO", "TSM", "^IXIC"}
    assert view.selected_event == "nvidia-shock"


def test_price_mode_puts_index_points_on_a_plot_of_their_own_under_the_dollars(timeline):
    _, section = timeline("en")
    section.set_mode(ChartMode.PRICE)
    top, lower = section.chart.plot, section.lower_plot
    assert section.chart.shows_lower_plot
    assert section.curves["NVDA"] in top.listDataItems()
    assert section.curves["^IXIC"] in lower.listDataItems()
    assert section.curves["^IXIC"] not in top.listDataItems()
    assert section.value_axis.unit == "usd" and section.lower_value_axis.unit == "number"
    assert section.chart.value_titles == ("Close (US dollars)", "Close (index points)")
    assert top.titleLabel.isVisible() and lower.titleLabel.isVisible()
    assert curve_value(section, "^IXIC", SHOCK) == view_close(section, "^IXIC", SHOCK)
    section.set_mode(ChartMode.REBASED)
    assert not section.chart.shows_lower_plot
    assert section.curves["^IXIC"] in top.listDataItems()


def test_price_mode_with_indices_alone_draws_them_on_the_one_plot(timeline, qtbot):
    view, section = timeline("en")
    view.apply_preset(Preset.INDICES)
    view.instruments.picker.set_checked("QQQ", False)
    view.instruments.picker.set_checked("SPY", False)
    qtbot.waitUntil(lambda: "SPY" not in section.curves)
    section.set_mode(ChartMode.PRICE)
    assert not section.chart.shows_lower_plot
    assert section.chart.value_titles == ("Close (index points)", "")
    assert section.chart.subtitle_label.text() == "Daily closes of the indices, in points"


def test_reset_returns_to_the_opening_view(timeline, qtbot):
    view, section = timeline()
    opening_range = section.chart.plot.getViewBox().viewRange()[0]
    view.apply_preset(Preset.POWER_TRADE)
    section.set_mode(ChartMode.CHANGE)
    section.set_reference_day(REBOUND)
    section.select_event("h20-licence-requirement")
    section.chart.plot.getViewBox().scaleBy(x=0.5)
    section.reset_button.click()
    assert view.visible_tickers() == ["NVDA", "AVGO", "MSFT", "VST", "^IXIC"]
    assert section.mode is ChartMode.REBASED and view.reference_day == FRIDAY
    assert view.selected_event == "nvidia-shock" and section.range is RangePreset.THREE_MONTHS
    assert section.chart.plot.getViewBox().viewRange()[0] == pytest.approx(opening_range)


def test_zooming_with_the_wheel_unhighlights_the_range_buttons(timeline, qtbot):
    _, section = timeline()
    section.range_buttons[RangePreset.ALL].click()
    assert section.range_buttons[RangePreset.ALL].isChecked()
    qtbot.wait(50)
    viewport = section.chart.graphics.viewport()
    point = QPointF(point_on_plot(section, SHOCK))
    wheel = QWheelEvent(
        point,
        QPointF(viewport.mapToGlobal(point.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert not any(button.isChecked() for button in section.range_buttons.values())
    assert section.range is None


def test_the_crosshair_goes_when_the_pointer_leaves_the_chart(timeline, qtbot):
    _, section = timeline()
    qtbot.wait(50)
    scene = section.chart.graphics.mapToScene(point_on_plot(section, SHOCK))
    section.crosshair.follow(scene)
    assert section.crosshair.line.isVisible()
    QApplication.sendEvent(section.chart.graphics, QEvent(QEvent.Type.Leave))
    assert not section.crosshair.line.isVisible()


def test_the_event_card_keeps_its_height_from_event_to_event(timeline, qtbot):
    view, section = timeline()
    heights = set()
    for event in view.data.events:
        section.select_event(event.id)
        qtbot.wait(1)
        heights.add(section.card.height())
    assert len(heights) == 1


# -- the legend, the tooltip, the lines ------------------------------------------------------


def test_clicking_a_legend_entry_shows_that_series_alone_and_again_shows_all(timeline):
    _, section = timeline("en")
    legend = section.chart.legend
    legend.sigSampleClicked.emit(section.curves["AVGO"])
    assert section.shown_tickers() == ["AVGO"]
    assert "Only Broadcom is shown" in section.notes.text()
    assert "Nvidia" not in section.readout_at(epoch_seconds(SHOCK))
    legend.sigSampleClicked.emit(section.curves["AVGO"])
    assert len(section.shown_tickers()) == 5


def test_the_tooltip_gives_the_close_and_the_rebased_value_of_each_series(timeline, qtbot):
    view, section = timeline("fr")
    text = section.readout_at(epoch_seconds(SHOCK))
    assert "lundi 27 janvier 2025" in text
    assert "Nvidia\u00a0: 83,03 · clôture 118,42\u202f$ (\u221216,97\u202f% sur la séance)" in text
    assert "points" in text  # the Nasdaq Composite's close
    section.set_mode(ChartMode.CHANGE)
    assert "\u221216,97\u202f% · clôture 118,42\u202f$" in section.readout_at(epoch_seconds(SHOCK))
    view.language.set_language("en", remember=False)
    qtbot.wait(10)
    text = section.readout_at(epoch_seconds(SHOCK))
    assert "Monday, January 27, 2025" in text and "close $118.42" in text


def test_lines_are_antialiased_and_never_bridge_a_missing_close(timeline):
    _, section = timeline()
    assert all(curve.opts["antialias"] for curve in section.curves.values())
    assert all(curve.opts["connect"] == "finite" for curve in section.curves.values())
    xs, ys = section.curves["^IXIC"].getOriginalDataset()
    after = [y for x, y in zip(xs, ys, strict=True) if x > epoch_seconds(dt.date(2025, 4, 29))]
    assert after and all(math.isnan(y) for y in after)  # its series ends on 29 April


def test_a_line_breaks_and_is_marked_where_adjusted_and_as_traded_closes_meet(timeline):
    _, section = timeline("en")
    xs, ys = section.curves["NVDA"].getOriginalDataset()
    before, after = epoch_seconds(dt.date(2025, 3, 6)), epoch_seconds(dt.date(2025, 3, 7))
    between = [y for x, y in zip(xs, ys, strict=True) if before < x < after]
    assert between and all(math.isnan(y) for y in between)  # Nvidia turns dividend-adjusted
    marks, _ = section.lines.seam_marks["NVDA"].getData()
    assert after in list(marks)
    assert "Nvidia (Mar 7, 2025, Mar 12, 2025)" in section.notes.text().replace("\u00a0", " ")
    assert "dividend-adjusted" in section.notes.text()


def test_the_tooltip_flags_a_close_compared_across_a_seam(timeline):
    _, section = timeline("en")
    text = section.readout_at(epoch_seconds(dt.date(2025, 3, 10)))  # adjusted vs as traded
    assert "†" in text and "Across a seam" in text
    assert "†" not in section.readout_at(epoch_seconds(SHOCK))


# -- "Show in chart" -------------------------------------------------------------------------


def curve_value(section, ticker: str, day: dt.date) -> float:
    xs, ys = section.curves[ticker].getOriginalDataset()
    return float(ys[list(xs).index(epoch_seconds(day))])


def view_close(section, ticker: str, day: dt.date) -> float:
    return float(section._data.closes.at[day.isoformat(), ticker])


def test_show_in_chart_sets_the_state_that_illustrates_the_claim(timeline):
    view, section = timeline()
    section.set_mode(ChartMode.PRICE)
    section.set_log_scale(True)
    section.set_reference_day(REBOUND)
    section.apply_range(RangePreset.ALL)
    assert view.show_chart_item("market-timeline", "NVDA")
    assert section.mode is ChartMode.REBASED and not section.log_scale
    assert view.reference_day == FRIDAY and section.range is RangePreset.THREE_MONTHS
    [y] = section.focus_marker.getData()[1]
    assert round(float(y), 2) == 83.03


def test_a_log_scale_keeps_the_days_shown(timeline, qtbot):
    _, section = timeline()
    days = section.chart.plot.getViewBox().viewRange()[0]
    section.set_mode(ChartMode.PRICE)
    section.set_log_scale(True)
    qtbot.wait(50)  # pyqtgraph ranges the view anew when it next updates
    assert section.chart.plot.getViewBox().viewRange()[0] == pytest.approx(days)
    assert section.range_buttons[RangePreset.THREE_MONTHS].isChecked()
