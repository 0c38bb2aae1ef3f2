"""A chart as a presenter shows it: title, subtitle, the plot with a legend beside it, source line.

The owner fills the texts (already translated) and draws into ``plot``; the
legend sits in its own column so it never hides data. ``chart_id`` names the
chart for export (``market-timeline``, ``market-movers`` …).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

CHART_BACKGROUND = "#FFFFFF"
CHART_FOREGROUND = "#202020"


class ChartPanel(QFrame):
    """Asks for its own export or copy by signal (carrying itself): the window does the work."""

    exportRequested = Signal(object)
    copyRequested = Signal(object)

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
        self.graphics.setBackground(CHART_BACKGROUND)
        self.graphics.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Row 0 is left free for a strip above the plot (event labels); the plot is row 1.
        self.plot: pg.PlotItem = self.graphics.addPlot(row=1, col=0, axisItems=axis_items)
        self.plot.setMenuEnabled(False)  # pyqtgraph's own menu is English-only
        self.plot.hideButtons()
        for name in ("left", "bottom", "right", "top"):
            axis = self.plot.getAxis(name)
            axis.setPen(CHART_FOREGROUND)
            axis.setTextPen(CHART_FOREGROUND)
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.legend: pg.LegendItem | None = None
        if with_legend:
            self.legend = pg.LegendItem(labelTextColor=CHART_FOREGROUND)
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
        header.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.source_label)

        self._retranslate_actions()

    def add_header_widget(self, widget: QWidget) -> None:
        """Put a control (e.g. a range button) on the title row, before the export button."""
        self._header.insertWidget(self._header.count() - 1, widget, 0, Qt.AlignmentFlag.AlignTop)

    def _retranslate_actions(self) -> None:
        export_text = QCoreApplication.translate("ChartPanel", "Export chart…")
        self.export_action.setText(export_text)
        self.copy_action.setText(QCoreApplication.translate("ChartPanel", "Copy chart"))
        self.export_button.setToolTip(export_text)
        self.export_button.setAccessibleName(export_text)

    def _show_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.export_action)
        menu.addAction(self.copy_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.graphics.mapToGlobal(position))
        self.context_menu = menu  # kept for tests and until it closes

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_actions()
        super().changeEvent(event)

    def set_texts(self, title: str, subtitle: str, source_line: str) -> None:
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)
        self.subtitle_label.setVisible(bool(subtitle))
        self.source_label.setText(source_line)
        self.graphics.setAccessibleName(title)
        self.graphics.setAccessibleDescription(subtitle)

    def fit_legend(self) -> None:
        """Keep the legend's entries together at the top, after entries were added or removed
        (the layout would otherwise stretch them over the plot's whole height)."""
        if self.legend is not None:
            self.legend.layout.invalidate()
            self.legend.setMaximumHeight(self.legend.layout.preferredHeight())

    def set_axis_labels(self, left: str, bottom: str = "") -> None:
        self.plot.setLabel("left", left, color=CHART_FOREGROUND)
        if bottom:
            self.plot.setLabel("bottom", bottom, color=CHART_FOREGROUND)
