"""Presenter mode on the market tab: chart texts grow with the interface, and the chart
keeps at least half the window on a 720p and on a 1080p projector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

import ui.shell.presenter_mode as presenter_mode


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1920, 1080)])
def test_in_presenter_mode_chart_texts_grow_and_the_chart_keeps_half_the_window(
    make_window, qtbot, monkeypatch, width, height
):
    scale_for = presenter_mode.font_scale_for
    monkeypatch.setattr(presenter_mode, "font_scale_for", lambda _h: scale_for(height))
    window = make_window("de")
    window.show()
    window.show_tab("market")
    qtbot.waitExposed(window)
    section = window.view("market").timeline
    tick_size = section.value_axis.style["tickFont"].pointSizeF()
    legend_size = float(section.chart.legend.opts["labelTextSize"].removesuffix("pt"))

    window.presenter.set_active(True)
    try:
        # The projector's screen: the test screen is larger.
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(width, height)
        qtbot.wait(100)
        scale = scale_for(height)
        app_size = QFont().pointSizeF()
        assert section.value_axis.style["tickFont"].pointSizeF() == pytest.approx(app_size)
        assert section.value_axis.style["tickFont"].pointSizeF() == pytest.approx(tick_size * scale)
        assert float(section.chart.legend.opts["labelTextSize"].removesuffix("pt")) == (
            pytest.approx(legend_size * scale)
        )
        assert section.markers._font.pointSizeF() == pytest.approx(app_size)
        # The chart's column (it scrolls in a window too low for it: see test_market_in_window).
        column = window.view("market").timeline_scroll
        assert column.width() >= window.width() / 2
    finally:
        window.presenter.set_active(False)
    assert section.value_axis.style["tickFont"].pointSizeF() == pytest.approx(tick_size)
