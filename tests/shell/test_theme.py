"""Light and dark themes: the View menu switches them, charts follow, exports stay light,
and the palette stays readable and colour-blind safe on both backgrounds."""

from __future__ import annotations

import itertools
import math

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from ui.shell.theme import Theme, palette_is_dark
from widgets.chart_theme import DARK_CHARTS, DARK_WINDOW, LIGHT_CHARTS, chart_colours, text_colour
from widgets.palette import OKABE_ITO, contrast_ratio


@pytest.fixture
def window(make_window):
    window = make_window("fr")
    yield window
    window.theme.set_theme(Theme.SYSTEM, remember=False)  # light again for the next tests


def colour_name(colour: QColor) -> str:
    return colour.name().upper()


def timeline(window):
    return next(p for p in window.chart_panels("market") if p.chart_id == "market-timeline")


def movers_value_colours(window) -> set[str]:
    bars = window.view("market").movers.bars
    return {colour_name(item.color) for item in bars._items if isinstance(item, pg.TextItem)}


def test_the_view_menu_offers_system_light_and_dark_with_system_first_checked(make_window):
    window = make_window("en")
    titles = [a.text() for a in window.theme_menu.actions()]
    assert titles == ["&System", "&Light", "&Dark"]
    assert window.theme_actions[Theme.SYSTEM].isChecked()
    assert window.theme_menu.menuAction() in window.view_menu.actions()


def test_switching_to_dark_recolours_chart_background_and_texts(window, qtbot):
    panel = timeline(window)
    axis = panel.plot.getAxis("left")
    assert colour_name(panel.graphics.backgroundBrush().color()) == LIGHT_CHARTS.background
    assert colour_name(axis.textPen().color()) == LIGHT_CHARTS.foreground
    assert movers_value_colours(window) == {LIGHT_CHARTS.foreground}

    window.theme_actions[Theme.DARK].trigger()
    assert window.theme.is_dark
    assert palette_is_dark(QApplication.palette())
    assert colour_name(panel.graphics.backgroundBrush().color()) == DARK_CHARTS.background
    assert colour_name(axis.pen().color()) == DARK_CHARTS.foreground
    assert colour_name(axis.textPen().color()) == DARK_CHARTS.foreground
    assert movers_value_colours(window) == {DARK_CHARTS.foreground}  # redrawn, not just restyled
    assert colour_name(panel.legend.opts["labelTextColor"]) == DARK_CHARTS.foreground

    window.theme_actions[Theme.LIGHT].trigger()
    assert not window.theme.is_dark
    assert not palette_is_dark(QApplication.palette())
    assert colour_name(panel.graphics.backgroundBrush().color()) == LIGHT_CHARTS.background
    assert movers_value_colours(window) == {LIGHT_CHARTS.foreground}


def test_tabs_built_after_the_switch_are_dark_from_the_start(window):
    window.theme.set_theme(Theme.DARK)
    panel = next(p for p in window.chart_panels("models") if p.chart_id == "model-price")
    assert colour_name(panel.graphics.backgroundBrush().color()) == DARK_CHARTS.background
    assert colour_name(panel.plot.getAxis("bottom").textPen().color()) == DARK_CHARTS.foreground


def test_the_theme_choice_survives_a_restart(window, make_window):
    window.theme_actions[Theme.DARK].trigger()
    window.close()
    reopened = make_window()
    assert reopened.theme.theme is Theme.DARK
    assert reopened.theme_actions[Theme.DARK].isChecked()
    assert chart_colours() is DARK_CHARTS
    reopened.theme.set_theme(Theme.SYSTEM, remember=False)


def test_a_damaged_stored_theme_follows_the_system(make_window, settings_dir):
    from ui.shell.settings import AppSettings

    settings = AppSettings()
    settings.set_theme("purple")
    settings.sync()
    window = make_window()
    assert window.theme.theme is Theme.SYSTEM
    assert window.theme_actions[Theme.SYSTEM].isChecked()


def test_system_theme_follows_the_platforms_scheme_and_a_choice_overrides_it(window):
    hints = QApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop turned dark
    assert window.theme.is_dark
    assert chart_colours() is DARK_CHARTS
    window.theme.set_theme(Theme.LIGHT, remember=False)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not window.theme.is_dark  # the reader's choice wins


def test_exports_stay_dark_on_white_in_the_dark_theme(window, qtbot):
    window.show()
    window.theme.set_theme(Theme.DARK, remember=False)
    panel = timeline(window)
    window.exporter.copy_to_clipboard("market-movers")
    image: QImage = QGuiApplication.clipboard().image()
    assert colour_name(image.pixelColor(2, 2)) == LIGHT_CHARTS.background
    # The chart on screen was never switched: it stays dark.
    assert colour_name(panel.graphics.backgroundBrush().color()) == DARK_CHARTS.background
    assert colour_name(panel.plot.getAxis("left").textPen().color()) == DARK_CHARTS.foreground
    assert chart_colours() is DARK_CHARTS


# -- the palette ------------------------------------------------------------------------------
# Machado, Oliveira & Fernandes (2009): the three dichromacies at full severity, applied to
# linear RGB; distances are CIE 1976 ΔE in L*a*b*.
DICHROMACIES = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}
DISTINCT_DELTA_E = 15.0  # well apart at a glance, even for thin lines


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def _lab(red: float, green: float, blue: float) -> tuple[float, float, float]:
    x = (0.4124 * red + 0.3576 * green + 0.1805 * blue) / 0.95047
    y = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    z = (0.0193 * red + 0.1192 * green + 0.9505 * blue) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def seen_with(colour: str, matrix) -> tuple[float, float, float]:
    rgb = [_linear(int(colour[i : i + 2], 16)) for i in (1, 3, 5)]
    simulated = [
        min(max(sum(m * c for m, c in zip(row, rgb, strict=True)), 0.0), 1.0) for row in matrix
    ]
    return _lab(*simulated)


@pytest.mark.parametrize("colours", [LIGHT_CHARTS, DARK_CHARTS], ids=lambda c: c.name)
@pytest.mark.parametrize("dichromacy", DICHROMACIES)
def test_series_colours_stay_apart_for_colour_blind_readers(colours, dichromacy):
    matrix = DICHROMACIES[dichromacy]
    series = [colour for colour in OKABE_ITO if colour != colours.background]
    for first, second in itertools.combinations(series, 2):
        distance = math.dist(seen_with(first, matrix), seen_with(second, matrix))
        assert distance >= DISTINCT_DELTA_E, (first, second, round(distance, 1))


def test_every_series_colour_stands_out_on_the_dark_chart():
    # WCAG 2.1 (1.4.11): graphical objects need 3:1 against what is around them.
    for colour in OKABE_ITO:
        assert contrast_ratio(colour, DARK_CHARTS.background) >= 3.0, colour


def test_chart_texts_and_lines_read_on_their_background():
    for colours in (LIGHT_CHARTS, DARK_CHARTS):
        assert contrast_ratio(colours.foreground, colours.background) >= 7.0
        assert contrast_ratio(colours.secondary, colours.background) >= 4.5
        assert contrast_ratio(colours.rule, colours.background) >= 2.0


def test_coloured_texts_are_lightened_on_the_dark_theme_only():
    from widgets.chart_theme import chart_colours_set_to

    with chart_colours_set_to(LIGHT_CHARTS):
        assert [text_colour(c) for c in OKABE_ITO] == list(OKABE_ITO)
    with chart_colours_set_to(DARK_CHARTS):
        for colour in OKABE_ITO:
            readable = text_colour(colour)
            assert contrast_ratio(readable, DARK_WINDOW) >= 4.5, colour
            assert QColor(readable).hue() == pytest.approx(QColor(colour).hue(), abs=4)
