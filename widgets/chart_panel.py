"""A chart as a presenter shows it: title, subtitle, the plot with a legend beside it, source line.

The owner fills the texts (already translated) and draws into ``plot``; the
legend sits in its own column so it never hides data. ``chart_id`` names the
chart for export (``market-timeline``, ``market-movers`` …).
"""

from __future__ import annotations

import html
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explainer_core.figure.table import ChartTable
from explainer_core.formatting import LocaleFormatter
from widgets.chart_table_view import ChartTableView
from widgets.chart_theme import chart_colours, chart_font
from widgets.deferred_work import DeferredWork, Work
from widgets.isolating_legend import IsolatingLegend
from widgets.refresh import follow_changes

VALUE_TITLE_PADDING_PX = 6  # under a value title, above its plot


def apply_axis_colours(plot: pg.PlotItem) -> None:
    """Axis lines, ticks and tick labels of ``plot`` in the current chart colours, the
    labels at the current chart text size."""
    foreground = chart_colours().foreground
    font = chart_font()
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(foreground)
        axis.setTextPen(foreground)
        if axis.style.get("tickFont") is None or axis.style["tickFont"] != font:
            axis.setStyle(tickFont=font)
        # Qt keeps the axis's drawing as a pixmap until the axis changes: pyqtgraph replays
        # it from a QPicture at every paint otherwise, shaping each tick label again (about
        # 2 ms an axis, twice per chart at a language switch, and at every hover repaint).
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


class ChartPanel(QFrame):
    """Asks for its own export or copy by signal (carrying itself): the window does the work."""

    exportRequested = Signal(object)
    copyRequested = Signal(object)
    # The scene position the context menu was asked at, before it shows: the owner's
    # actions (``add_context_action``) can then name what is under the pointer.
    contextMenuAboutToShow = Signal(QPointF)

    def __init__(
        self,
        chart_id: str,
        axis_items: dict[str, pg.AxisItem],
        with_legend: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.chart_id = chart_id
        self.setObjectName(f"chart-{chart_id}")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("chartTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("chartSubtitle")
        self.subtitle_label.setWordWrap(True)

        self.graphics = pg.GraphicsLayoutWidget(self)
        self.graphics.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Row 0 is left free for a strip above the plot (event labels); the plot is row 1.
        self.plot: pg.PlotItem = self.graphics.addPlot(row=1, col=0, axisItems=axis_items)
        self.plot.setMenuEnabled(False)  # pyqtgraph's own menu is English-only
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self._axis_labels: dict[str, str] = {}
        # A second plot under the first, on the same days (``add_lower_plot``), shown only
        # when the owner has lines of another unit to draw.
        self.lower_plot: pg.PlotItem | None = None
        self._value_titles: tuple[str, str] = ("", "")  # above the plot and the lower plot
        self.legend: IsolatingLegend | None = None
        self._context_actions: list[QAction] = []
        if with_legend:
            self.legend = IsolatingLegend()
            self.graphics.addItem(self.legend, row=1, col=1)
            self.graphics.ci.layout.setColumnStretchFactor(0, 5)
            self.graphics.ci.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignTop)

        self.source_label = QLabel(self)
        self.source_label.setObjectName("chartSource")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = self.source_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.source_label.setFont(small)
        self.source_label.setStyleSheet("color: palette(placeholder-text);")

        self.export_button = QToolButton(self)
        self.export_button.setObjectName("chartExportButton")
        self.export_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)
        )
        self.export_button.setAutoRaise(True)
        self.export_button.clicked.connect(lambda: self.exportRequested.emit(self))
        # The chart's numbers as a table, where its owner can give them (set_table_source).
        self.table_button = QToolButton(self)
        self.table_button.setObjectName("chartTableButton")
        self.table_button.setCheckable(True)
        self.table_button.setAutoRaise(True)
        self.table_button.toggled.connect(self.show_table)
        self.table_button.hide()
        self._table_source: Callable[[], ChartTable] | None = None
        self._table_formatter: Callable[[], LocaleFormatter] | None = None
        self.table_view: ChartTableView | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.graphics)
        # Tab reaches the title row's controls, then the chart, then its source line.
        QWidget.setTabOrder(self.table_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.graphics)
        QWidget.setTabOrder(self.graphics, self.source_label)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(lambda: self.exportRequested.emit(self))
        self.copy_action = QAction(self)
        self.copy_action.triggered.connect(lambda: self.copyRequested.emit(self))
        self.graphics.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.graphics.customContextMenuRequested.connect(self._show_context_menu)

        self._header = QHBoxLayout()
        header = self._header
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.source_label)

        self._update_actions_texts()
        self.apply_colours()
        self._deferred = DeferredWork(self)
        follow_changes(self, update_texts=self._update_actions_texts)

    # -- the chart's numbers as a table ---------------------------------------------------
    def set_table_source(
        self, table: Callable[[], ChartTable], formatter: Callable[[], LocaleFormatter]
    ) -> None:
        """Offer the Table button: ``table`` gives what the chart shows now."""
        self._table_source, self._table_formatter = table, formatter
        self.table_button.show()

    def show_table(self, on: bool) -> None:
        """Show the chart's numbers instead of the chart (and back)."""
        if on and self._table_source is not None:
            if self.table_view is None:
                self.table_view = ChartTableView(self._table_formatter, self.stack)
                self.stack.addWidget(self.table_view)
            self.refresh_table()
            self.stack.setCurrentWidget(self.table_view)
        else:
            self.stack.setCurrentWidget(self.graphics)
        if self.table_button.isChecked() != on:
            self.table_button.setChecked(on)

    @property
    def shows_table(self) -> bool:
        return self.table_view is not None and self.stack.currentWidget() is self.table_view

    def refresh_table(self) -> None:
        """Read the table again (the chart's state or the language changed)."""
        if self.table_view is not None and self._table_source is not None:
            self.table_view.set_table(self._table_source())

    def draw_when_shown(self, draw: Work) -> None:
        """Run the owner's ``draw`` now if the chart can be seen, else when it is shown (or
        brought up to date for an export): a hidden tab's chart costs a switch nothing."""
        self._deferred.run(draw)
        if self.shows_table:
            self._deferred.run(self.refresh_table)  # what the chart shows has changed

    def bring_up_to_date(self) -> None:
        """Finish any drawing kept for later; call before reading the chart (an export)."""
        self._deferred.flush()

    def apply_colours(self) -> None:
        """Background, axes, axis titles and legend texts in the current chart colours
        (the owner redraws its own items)."""
        colours = chart_colours()
        self.graphics.setBackground(colours.background)
        apply_axis_colours(self.plot)
        for name, text in self._axis_labels.items():
            if text:
                self.plot.setLabel(name, text, **self._axis_label_style())
        if self.lower_plot is not None:
            apply_axis_colours(self.lower_plot)
        if any(self._value_titles):
            self.set_value_titles(*self._value_titles)
        if self.legend is not None:
            size = f"{chart_font().pointSizeF():g}pt"
            self.legend.opts["labelTextSize"] = size
            self.legend.setLabelTextColor(colours.foreground)
            for _sample, label in self.legend.items:
                # The colour and size show only once the text is set again.
                label.setText(label.text, size=size, color=colours.foreground)

    @staticmethod
    def _axis_label_style() -> dict[str, str]:
        return {
            "color": chart_colours().foreground,
            "font-size": f"{chart_font().pointSizeF():g}pt",
        }

    # -- a second plot, stacked under the first ----------------------------------------------
    def add_lower_plot(self, axis_items: dict[str, pg.AxisItem]) -> pg.PlotItem:
        """A plot for values of another unit, under the first and following its x range;
        hidden until ``show_lower_plot(True)``."""
        plot = pg.PlotItem(axisItems=axis_items)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=False, y=True, alpha=0.15)
        plot.setXLink(self.plot)
        # In the scene from the start, so that Qt owns it; out of the layout while hidden.
        self.graphics.addItem(plot, row=2, col=0)
        self.lower_plot = plot
        self._lower_shown = True
        self.show_lower_plot(False)
        apply_axis_colours(plot)
        return plot

    @property
    def shows_lower_plot(self) -> bool:
        return self.lower_plot is not None and self._lower_shown

    def show_lower_plot(self, shown: bool) -> None:
        """Stack the lower plot under the first (the dates then show under it only), or
        take it away."""
        if self.lower_plot is None or shown == self._lower_shown:
            return
        self._lower_shown = shown
        layout = self.graphics.ci.layout
        if shown:
            layout.addItem(self.lower_plot, 2, 0)
            # Half the height each: the lower plot also holds the dates.
            layout.setRowStretchFactor(1, 1)
            layout.setRowStretchFactor(2, 1)
        else:
            layout.removeItem(self.lower_plot)
        self.lower_plot.setVisible(shown)
        self.plot.getAxis("bottom").setStyle(showValues=not shown)

    @property
    def value_titles(self) -> tuple[str, str]:
        """The titles over the plot and over the lower plot ("" where there is none)."""
        return self._value_titles

    def set_value_titles(self, top: str, lower: str = "") -> None:
        """What the values measure, written across above each plot rather than up its
        axis: it reads at any plot height, and stacked plots keep them apart."""
        self._value_titles = (top, lower)
        colour = chart_colours().secondary
        size = f"{chart_font().pointSizeF():g}pt"
        plots = (self.plot, self.lower_plot)
        for plot, text in zip(plots, self._value_titles, strict=True):
            if plot is None:
                continue
            if not text:
                plot.setTitle(None)
                continue
            plot.titleLabel.opts["justify"] = "left"
            plot.setTitle(html.escape(text), color=colour, size=size)
            height = QFontMetrics(chart_font()).height() + VALUE_TITLE_PADDING_PX
            plot.layout.setRowFixedHeight(0, height)
            plot.titleLabel.setMaximumHeight(height)

    def add_context_action(self, action: QAction) -> None:
        """Offer ``action`` in the chart's context menu, above export and copy."""
        self._context_actions.append(action)

    def add_header_widget(self, widget: QWidget) -> None:
        """Put a control (e.g. a range button) on the title row, before the export button."""
        self._header.insertWidget(self._header.count() - 1, widget, 0, Qt.AlignmentFlag.AlignTop)

    def _update_actions_texts(self) -> None:
        self.table_button.setText(QCoreApplication.translate("ChartPanel", "Table"))
        table_tip = QCoreApplication.translate(
            "ChartPanel", "Show the numbers behind the chart as a table (and back)"
        )
        self.table_button.setToolTip(table_tip)
        self.table_button.setAccessibleName(table_tip)
        if self.table_view is not None:
            self.table_view.update_texts()
            self.refresh_table()
        export_text = QCoreApplication.translate("ChartPanel", "Export chart…")
        self.export_action.setText(export_text)
        self.copy_action.setText(QCoreApplication.translate("ChartPanel", "Copy chart"))
        self.export_button.setToolTip(export_text)
        self.export_button.setAccessibleName(export_text)

    def _show_context_menu(self, position: QPoint) -> None:
        self.contextMenuAboutToShow.emit(self.graphics.mapToScene(position))
        menu = QMenu(self)
        for action in self._context_actions:
            if action.isVisible():
                menu.addAction(action)
        if self._context_actions:
            menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.copy_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.graphics.mapToGlobal(position))
        self.context_menu = menu  # kept for tests and until it closes

    def set_texts(self, title: str, subtitle: str, source_line: str) -> None:
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)
        self.subtitle_label.setVisible(bool(subtitle))
        self.source_label.setText(source_line)
        self.graphics.setAccessibleName(title)
        self._describe()

    def set_subtitle(self, subtitle: str) -> None:
        """A new subtitle for the figure (and for screen readers), shown or not as before."""
        self.subtitle_label.setText(subtitle)
        self._describe()

    def _describe(self) -> None:
        """What a screen reader says of the chart after its title: what it shows, and
        where the figures come from."""
        parts = (self.subtitle_label.text(), self.source_label.text())
        text = " ".join(part for part in parts if part)
        if "<" in text:  # a source line with links
            document = QTextDocument()
            document.setHtml(text)
            text = document.toPlainText()
        self.graphics.setAccessibleDescription(text)

    def fit_legend(self) -> None:
        """Keep the legend's entries together at the top, after entries were added or removed
        (the layout would otherwise stretch them over the plot's whole height)."""
        if self.legend is not None:
            self.legend.isolate(self.legend.isolated)  # all again if that series is gone
            self.legend.layout.invalidate()
            self.legend.setMaximumHeight(self.legend.layout.preferredHeight())

    def set_axis_labels(self, left: str, bottom: str = "") -> None:
        """Titles up the left axis ("" for none: ``set_value_titles`` writes a long one
        across, above the plot) and along the bottom one."""
        style = self._axis_label_style()
        self._axis_labels["left"] = left
        if left:
            self.plot.setLabel("left", left, **style)
        else:
            self.plot.getAxis("left").showLabel(False)
        if bottom:
            self._axis_labels["bottom"] = bottom
            self.plot.setLabel("bottom", bottom, **style)
