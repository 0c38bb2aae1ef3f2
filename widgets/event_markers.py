"""Event markers: a dashed line per event in the plot, and its label in a strip above it.

The labels live in their own strip (a ViewBox sharing the plot's x range), so
they never hide data; they are spread over as many rows as needed so that no
two overlap at the current zoom.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from widgets.chart_theme import chart_colours, chart_font, drawing_style
from widgets.label_texts import set_label_texts
from widgets.palette import HIGHLIGHT_COLOUR

LABEL_GAP_PX = 8.0
ROW_HEIGHT_PX = 20
MAX_ROWS = 6


@dataclass(frozen=True)
class EventMark:
    event_id: str
    x: float  # in plot coordinates
    label: str


def assign_rows(spans: list[tuple[float, float]], max_rows: int = MAX_ROWS) -> list[int]:
    """A row for each (left, right) pixel span, in input order, so that spans in one row
    never overlap. Spans must be sorted by their marker position. A span that fits in none
    of ``max_rows`` rows gets -1 (its label is hidden; its line and card remain): this
    happens only when zoomed far out on many events."""
    row_ends: list[float] = []
    rows = []
    for left, right in spans:
        for row, end in enumerate(row_ends):
            if left >= end + LABEL_GAP_PX:
                row_ends[row] = right
                rows.append(row)
                break
        else:
            if len(row_ends) < max_rows:
                row_ends.append(right)
                rows.append(len(row_ends) - 1)
            else:
                rows.append(-1)
    return rows


class _ClickableLabel(pg.TextItem):
    def __init__(self, markers: EventMarkers, event_id: str) -> None:
        super().__init__(anchor=(0.5, 0.0), color=chart_colours().secondary)
        self._markers = markers
        self.event_id = event_id
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self._markers.eventClicked.emit(self.event_id)

    def hoverEvent(self, event) -> None:
        if not event.isExit():
            self._markers.eventHovered.emit(self.event_id)


class EventMarkers(QObject):
    eventClicked = Signal(str)
    eventHovered = Signal(str)

    def __init__(self, plot: pg.PlotItem, graphics: pg.GraphicsLayoutWidget) -> None:
        super().__init__(plot)
        self._plot = plot
        self._graphics = graphics
        self.strip = pg.ViewBox(enableMouse=False, enableMenu=False)
        self.strip.setXLink(plot.getViewBox())
        self.strip.setYRange(0, 1, padding=0)
        graphics.addItem(self.strip, row=0, col=0)
        self._font = chart_font()
        self._marks: list[EventMark] = []
        self._lines: dict[str, pg.InfiniteLine] = {}
        self._more_plots: list[pg.PlotItem] = []  # stacked below: the lines, not the labels
        self._more_lines: dict[str, list[tuple[pg.PlotItem, pg.InfiniteLine]]] = {}
        self._labels: dict[str, _ClickableLabel] = {}
        self._selected: str | None = None
        self._style = drawing_style()
        self.rows_used = 0
        self._layout: dict[str, tuple[float, float, int]] = {}
        plot.getViewBox().sigXRangeChanged.connect(self.relayout)
        plot.getViewBox().sigResized.connect(self.relayout)

    def add_plot(self, plot: pg.PlotItem) -> None:
        """Draw the events' lines in ``plot`` too (a plot stacked under the first, sharing
        its x axis): the labels stay in the strip above the first."""
        self._more_plots.append(plot)
        for mark in self._marks:
            self._add_more_line(plot, mark)
        self._restyle()

    def _add_more_line(self, plot: pg.PlotItem, mark: EventMark) -> None:
        line = pg.InfiniteLine(pos=mark.x, angle=90, movable=False)
        line.setZValue(-10)
        plot.addItem(line, ignoreBounds=True)
        self._more_lines.setdefault(mark.event_id, []).append((plot, line))

    def set_events(self, marks: list[EventMark]) -> None:
        marks = sorted(marks, key=lambda mark: mark.x)
        if [(m.event_id, m.x) for m in marks] == [(m.event_id, m.x) for m in self._marks]:
            # The same events (a language switch): new texts on the items already there.
            if self._style != drawing_style():
                self.update_labels({mark.event_id: mark.label for mark in marks})
                return
            self._marks = marks
            set_label_texts(self._labels, {mark.event_id: mark.label for mark in marks})
            self.relayout()
            return
        for line in self._lines.values():
            self._plot.removeItem(line)
        for lines in self._more_lines.values():
            for plot, line in lines:
                plot.removeItem(line)
        for label in self._labels.values():
            self.strip.removeItem(label)
        self._marks = marks
        self._lines.clear()
        self._more_lines.clear()
        self._labels.clear()
        for mark in self._marks:
            line = pg.InfiniteLine(pos=mark.x, angle=90, movable=False)
            line.setZValue(-10)  # behind the data
            self._plot.addItem(line, ignoreBounds=True)
            self._lines[mark.event_id] = line
            for plot in self._more_plots:
                self._add_more_line(plot, mark)
            label = _ClickableLabel(self, mark.event_id)
            label.setFont(self._font)
            self.strip.addItem(label, ignoreBounds=True)
            self._labels[mark.event_id] = label
        self._restyle()
        self.relayout()

    def set_selected(self, event_id: str | None) -> None:
        if event_id == self._selected and self._style == drawing_style():
            return  # already drawn so (a language switch selects the same event again)
        self._selected = event_id
        self._restyle()

    def label_rects(self) -> dict[str, tuple[float, float, int]]:
        """Each visible label's (left px, right px, row): what the layout decided."""
        return dict(self._layout)

    def _restyle(self) -> None:
        self._style = drawing_style()
        self._font = chart_font()  # presenter mode enlarges the labels with the rest
        for mark in self._marks:
            selected = mark.event_id == self._selected
            colour = QColor(HIGHLIGHT_COLOUR if selected else chart_colours().secondary)
            width = 2 if selected else 1
            pen = pg.mkPen(colour, width=width, style=Qt.PenStyle.DashLine)
            self._lines[mark.event_id].setPen(pen)
            for _plot, line in self._more_lines.get(mark.event_id, []):
                line.setPen(pen)
            label = self._labels[mark.event_id]
            label.setColor(colour)
            font = QFont(self._font)
            font.setBold(selected)
            label.setFont(font)
            label.setText(mark.label)

    def relayout(self, *_args) -> None:
        """Spread the visible labels over rows so that none overlaps another."""
        view = self._plot.getViewBox()
        (x_min, x_max), _ = view.viewRange()
        width_px = view.width()
        if width_px <= 0 or x_max <= x_min:
            return
        scale = width_px / (x_max - x_min)
        metrics = QFontMetricsF(self._font)
        visible, spans = [], []
        for mark in self._marks:
            label = self._labels[mark.event_id]
            inside = x_min <= mark.x <= x_max
            label.setVisible(inside)
            if not inside:
                continue
            centre = (mark.x - x_min) * scale
            half = (metrics.horizontalAdvance(mark.label) + 10) / 2  # bold and padding
            visible.append(mark)
            spans.append((centre - half, centre + half))
        rows = assign_rows(spans)
        self.rows_used = max(rows, default=-1) + 1
        count = max(self.rows_used, 1)
        self._layout = {}
        for mark, (left, right), row in zip(visible, spans, rows, strict=True):
            label = self._labels[mark.event_id]
            label.setVisible(row >= 0)
            if row < 0:
                continue
            # Row 0 is nearest the plot; the strip's y runs upwards.
            label.setPos(mark.x, (row + 1) / count)
            self._layout[mark.event_id] = (left, right, row)
        self.strip.setYRange(0, 1, padding=0)
        row_height = max(ROW_HEIGHT_PX, QFontMetricsF(self._font).height() + 4)
        self._graphics.ci.layout.setRowFixedHeight(0, count * row_height + 4)

    def update_labels(self, labels: dict[str, str]) -> None:
        """New label texts (after a language switch); positions are recomputed."""
        self._marks = [
            EventMark(mark.event_id, mark.x, labels.get(mark.event_id, mark.label))
            for mark in self._marks
        ]
        self._restyle()
        self.relayout()
