"""Sharp on 2× screens: the app's own pictures exist at 2×, and a screenshot at a 2× scale
has twice the pixels, drawn rather than enlarged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import isolated_environment, run_main
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage


def test_series_swatches_and_markers_are_drawn_at_2x(qapp):
    from ui.chip_controls.styles import ICON_SIZE, symbol_icon
    from widgets.instrument_picker import SWATCH_SIZE, swatch
    from widgets.verdict_badge import ICON_SIZE as BADGE_SIZE
    from widgets.verdict_badge import BadgeSymbol
    from widgets.verdict_badge import symbol_icon as verdict_icon

    line = swatch("#D55E00", Qt.PenStyle.DashLine).availableSizes()
    assert QSize(SWATCH_SIZE * 4, SWATCH_SIZE * 2) in line
    marker = symbol_icon("o", "#0072B2").availableSizes()
    assert QSize(ICON_SIZE * 2, ICON_SIZE * 2) in marker
    badge = verdict_icon(BadgeSymbol.CHECK, "#009E73").availableSizes()
    assert QSize(BADGE_SIZE * 2, BADGE_SIZE * 2) in badge


@pytest.mark.process
def test_a_screenshot_at_2x_has_twice_the_pixels(tmp_path: Path):
    # A 3840 × 2400 screen at scale 2: 1920 × 1200 logical pixels, as on the usual test screen.
    screen = {"name": "hidpi", "x": 0, "y": 0, "width": 3840, "height": 2400}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = isolated_environment(tmp_path)
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR="2")
    target = tmp_path / "window@2x.png"
    result = run_main("--screenshot", str(target), home=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (2560, 1600)
