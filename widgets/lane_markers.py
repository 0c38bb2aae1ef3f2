"""Markers of dated events in horizontal lanes (one lane per kind), with selection and rings.

Markers of one lane that fall too close together at the current zoom are stacked in
sub-rows around the lane, so each stays visible and clickable. Captions (short names
above some markers) are spread over rows so that none overlaps another.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, Signal
from PySide6.QtGui import QFont, QFontMetricsF

from explainer_core.layout.stacking import (
    stack_in_lanes,
    sub_row_offset,
)
from widgets.chart_theme import chart_colours
from widgets.event_markers import assign_rows
from widgets.scatter_groups import ScatterGroups, Spot
from widgets.steady_text import SteadyTextItem

MARKER_PX = 13
SELECTED_PX = 24
RING_PX = 21
CAPTION_ROW_HEIGHT = 0.3  # in lanes
CAPTION_BASE = 0.62  # caption rows start this far above the top lane


@dataclass(frozen=True)
class LaneMark:
    key: str
    x: float  # plot coordinates
    lane: int  # 0 is the bottom lane
    symbol: str
    colour: str
    hollow: bool = False
    tooltip: str = ""


class _Caption(SteadyTextItem):
    def __init__(self, owner: LaneMarkers, key: str) -> None:
        super().__init__(anchor=(0.5, 1.0), color=chart_colours().foreground)
        self._owner = owner
        self.key = key

    def mouseClickEvent(self, event) -> None:
        event.accept()
        self._owner.markClicked.emit(self.key)


class LaneMarkers(QObject):
    """Draws ``LaneMark``s into a PlotItem; tells which one was clicked."""

    markClicked = Signal(str)

    def __init__(self, plot: pg.PlotItem) -> None:
        super().__init__(plot)
        self._plot = plot
        self._marks: list[LaneMark] = []
        self._positions: dict[str, tuple[float, float]] = {}
        self._selected: str | None = None
        self._highlighted: set[str] = set()
        self._captions: dict[str, _Caption] = {}
        self._caption_rows: dict[str, int] = {}
        self._top_lane = 0
        self.y_floor = -0.6  # the lowest y shown: half a lane below the bottom lane
        self.rings = ScatterGroups(plot, 5)
        self.markers = ScatterGroups(plot, 10, self._on_clicked, self._on_hovered)
        self.selected_ring = ScatterGroups(plot, 15)
        view = plot.getViewBox()
        view.sigXRangeChanged.connect(self.relayout)
        view.sigResized.connect(self.relayout)

    # -- content ------------------------------------------------------------------------------
    def set_marks(self, marks: list[LaneMark]) -> None:
        self._marks = list(marks)
        self._top_lane = max((mark.lane for mark in marks), default=0)
        self.relayout()

    def set_captions(self, captions: dict[str, str]) -> None:
        """Short names shown above the top lane, over the markers with these keys."""
        for caption in self._captions.values():
            self._plot.removeItem(caption)
        self._captions = {}
        for key, text in captions.items():
            caption = _Caption(self, key)
            caption.setText(text)
            self._plot.addItem(caption, ignoreBounds=True)
            self._captions[key] = caption
        self.relayout()

    def set_selected(self, key: str | None) -> None:
        self._selected = key
        self._draw_rings()
        for caption_key, caption in self._captions.items():
            font = QFont()
            font.setBold(caption_key == key)
            caption.setFont(font)

    def set_highlighted(self, keys: set[str] | list[str] | tuple[str, ...]) -> None:
        """Ring these markers (e.g. the events that concern the selected chip)."""
        self._highlighted = set(keys)
        self._draw_rings()

    # -- reading (tests, keyboard) ----------------------------------------------------------------
    def positions(self) -> dict[str, tuple[float, float]]:
        """Each marker's drawn (x, y), after stacking."""
        return dict(self._positions)

    def highlighted(self) -> set[str]:
        return set(self._highlighted)

    def caption_rows(self) -> dict[str, int]:
        return dict(self._caption_rows)

    def caption_text(self, key: str) -> str:
        return self._captions[key].toPlainText() if key in self._captions else ""

    def top(self) -> float:
        """The highest y the captions need."""
        rows = max(self._caption_rows.values(), default=-1) + 1
        return self._top_lane + CAPTION_BASE + rows * CAPTION_ROW_HEIGHT + 0.05

    # -- layout -----------------------------------------------------------------------------------
    def relayout(self, *_args) -> None:
        view = self._plot.getViewBox()
        (x_min, x_max), _ = view.viewRange()
        width = view.width()
        # Markers closer than this (in x units) would touch at the current zoom.
        visible = width > 0 and x_max > x_min
        min_gap = (MARKER_PX + 2) * (x_max - x_min) / width if visible else 0.0
        rows = stack_in_lanes([(mark.lane, mark.x) for mark in self._marks], min_gap)
        self._positions = {
            mark.key: (mark.x, mark.lane + sub_row_offset(row))
            for mark, row in zip(self._marks, rows, strict=True)
        }
        self.markers.set_spots(
            [
                Spot(
                    *self._positions[mark.key],
                    mark.key,
                    mark.symbol,
                    chart_colours().hollow_fill if mark.hollow else mark.colour,
                    mark.colour,
                    2.0 if mark.hollow else 1.0,
                    MARKER_PX,
                )
                for mark in self._marks
            ]
        )
        self._layout_captions(x_min, x_max, width)
        self._draw_rings()
        # The lanes and the caption rows fill the height, whatever the rows now need.
        view.setYRange(self.y_floor, self.top(), padding=0)

    def _layout_captions(self, x_min: float, x_max: float, width: float) -> None:
        keys = sorted(
            (key for key in self._captions if key in self._positions),
            key=lambda key: self._positions[key][0],
        )
        if not keys or width <= 0 or x_max <= x_min:
            return
        scale = width / (x_max - x_min)
        metrics = QFontMetricsF(QFont())
        spans = []
        for key in keys:
            centre = (self._positions[key][0] - x_min) * scale
            half = (metrics.horizontalAdvance(self._captions[key].toPlainText()) + 12) / 2
            spans.append((centre - half, centre + half))
        # A caption that would run off an edge slides in just enough to fit, its marker
        # still under it (at most, it ends or starts at its marker).
        anchors = []
        for index, (left, right) in enumerate(spans):
            size = right - left
            shift = min(max(0.0, right - width), size / 2) - min(max(0.0, -left), size / 2)
            anchors.append(0.5 + shift / size)
            spans[index] = (left - shift, right - shift)
        rows = assign_rows(spans)
        self._caption_rows = {}
        for key, row, anchor in zip(keys, rows, anchors, strict=True):
            caption = self._captions[key]
            caption.setVisible(row >= 0)
            if row < 0:
                continue
            self._caption_rows[key] = row
            y = self._top_lane + CAPTION_BASE + row * CAPTION_ROW_HEIGHT
            caption.setAnchor((anchor, 1.0))
            caption.setPos(self._positions[key][0], y)

    def _draw_rings(self) -> None:
        self.rings.set_spots(
            [
                Spot(
                    *self._positions[key], key, "o", None, chart_colours().foreground, 1.5, RING_PX
                )
                for key in sorted(self._highlighted)
                if key in self._positions
            ]
        )
        selected = self._selected if self._selected in self._positions else None
        self.selected_ring.set_spots(
            []
            if selected is None
            else [
                Spot(
                    *self._positions[selected],
                    selected,
                    "o",
                    None,
                    chart_colours().foreground,
                    3,
                    SELECTED_PX,
                )
            ]
        )

    # -- mouse ------------------------------------------------------------------------------------
    def _on_clicked(self, keys: list[str], event) -> None:
        if not keys:
            return
        event.accept()
        self.markClicked.emit(keys[-1])

    def _on_hovered(self, keys: list[str]) -> None:
        tips = {mark.key: mark.tooltip for mark in self._marks}
        self._plot.getViewBox().setToolTip("\n\n".join(tips.get(key, "") for key in keys[:3]))

    def scene_position(self, key: str) -> QPointF:
        """Where a marker is drawn, in scene coordinates (for tests clicking it)."""
        x, y = self._positions[key]
        return self._plot.getViewBox().mapViewToScene(QPointF(x, y))
