"""API prices on 27 January 2025: how much cheaper R1 was than o1, in words and numbers;
every model's input and output prices side by side; and output price against a benchmark
score, the section's chart.

The section keeps its choices in the chart's state (``PriceState``), the one its file is
drawn from; the points, labels, ranges, notes and texts come from the same core functions
as the file's.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from explainer_core.data.models import ApiPrice, Model, PriceTier
from explainer_core.models.chart_states import ChartState
from explainer_core.models.colours import model_colour
from explainer_core.models.comparison import (
    HIGHLIGHTED_MODEL,
    REFERENCE_MODEL,
    Measure,
    measures,
)
from explainer_core.models.figures_common import emphasised_models
from explainer_core.models.figures_price import (
    PRICE_CHART_ID,
    PriceScatter,
    point_label,
    price_axis_title,
    price_notes,
    price_scatter,
    price_texts,
    score_axis_title,
)
from explainer_core.models.prices import (
    PRICE_DAY,
    PriceGap,
    PricePoint,
    PriceRow,
    price_gap,
    price_rows,
)
from explainer_core.models.states import PriceState
from explainer_core.models.texts import (
    exact_number,
    exact_usd,
    measure_text,
    price_answer,
    tier_text,
)
from explainer_core.templates import fill
from ui.models.section import ModelSection, SectionContext
from ui.models.texts import enable_source_links, set_chart_texts, small_font
from ui.shell.source_links import sources_html
from widgets.chart_panel import ChartPanel
from widgets.chart_theme import chart_colours
from widgets.data_table import DataTable, table_item
from widgets.deferred_work import DeferredWork
from widgets.localized_axes import LocalizedValueAxis
from widgets.log_axis import LocalizedLogAxis
from widgets.scatter_labels import LabelledScatter, ScatterPoint

PRICE_COLUMNS = ("model", "input", "output", "ratio")


class PriceSection(ModelSection):
    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.all_measures: tuple[Measure, ...] = measures(self.data)
        self.state = PriceState()
        self.notes: tuple[str, ...] = ()  # the chart's notes, shown above its source line
        self.gap: PriceGap | None = price_gap(self.data)
        self.rows: list[PriceRow] = price_rows(self.data)
        layout = QVBoxLayout(self)
        # The answer and the table on the left, read first; the chart on the right, with
        # the section's full height for its labels.
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_table(splitter))
        splitter.addWidget(self._build_chart(splitter))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 720])
        layout.addWidget(splitter, 1)
        self._deferred_table = DeferredWork(self.table)

    # -- building -------------------------------------------------------------------
    def _build_table(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.answer = QLabel(box)
        self.answer.setObjectName("priceAnswer")
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.answer)
        layout.addSpacing(8)
        self.table_title = QLabel(box)
        font = self.table_title.font()
        font.setBold(True)
        self.table_title.setFont(font)
        self.table_title.setWordWrap(True)
        layout.addWidget(self.table_title)
        self.table = DataTable(len(self.rows), len(PRICE_COLUMNS), box)
        self.table.setObjectName("priceTable")
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._row_selected)
        layout.addWidget(self.table, 1)
        self.table_note = QLabel(box)
        self.table_note.setWordWrap(True)
        self.table_note.setTextFormat(Qt.TextFormat.RichText)
        self.table_note.setOpenExternalLinks(True)
        self.table_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.table_note.setFont(small_font(0.85))
        layout.addWidget(self.table_note)
        return box

    def _build_chart(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        controls = QHBoxLayout()
        self.measure_label = QLabel(box)
        self.measure_box = QComboBox(box)
        self.measure_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.measure_box.currentIndexChanged.connect(
            lambda i: self.set_price_measure(self.measure_box.itemData(i))
        )
        self.measure_label.setBuddy(self.measure_box)
        controls.addWidget(self.measure_label)
        controls.addWidget(self.measure_box)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.score_axis = LocalizedValueAxis(self.formatter, "bottom")
        self.price_axis = LocalizedLogAxis(self.formatter, "left", unit="usd")
        self.chart = ChartPanel(
            PRICE_CHART_ID,
            {"bottom": self.score_axis, "left": self.price_axis},
            with_legend=False,
            parent=box,
        )
        enable_source_links(self.chart)
        self.chart.plot.showGrid(x=True, y=True, alpha=0.15)
        self.chart.plot.setLogMode(x=False, y=True)
        self.scatter = LabelledScatter(self.chart.plot, log_y=True)
        layout.addWidget(self.chart, 1)
        return box

    # -- state ----------------------------------------------------------------------
    @property
    def price_measure_key(self) -> str:
        return self.state.against_score

    @property
    def focused_model(self) -> str | None:
        return self.state.highlighted

    def figure_state(self) -> PriceState:
        return self.state

    def set_price_measure(self, key: str | None) -> None:
        if key is None:
            return
        self.state = PriceState(key, self.state.highlighted)
        index = self.measure_box.findData(key)
        if self.measure_box.currentIndex() != index:
            with QSignalBlocker(self.measure_box):
                self.measure_box.setCurrentIndex(index)
        self.chart.draw_when_shown(self.draw_chart)

    def apply_state(self, state: ChartState) -> None:
        chart = state.chart if isinstance(state.chart, PriceState) else PriceState()
        self.state = PriceState(chart.against_score, None)
        self.set_price_measure(chart.against_score)
        self.focus_model(chart.highlighted)

    def focus_model(self, model_id: str | None) -> bool:
        """Set a model's point and row apart; False when it has no price that day."""
        self.state = PriceState(self.state.against_score, model_id)
        self.chart.draw_when_shown(self.draw_chart)
        self._fill_table()
        return any(row.model.id == model_id for row in self.rows)

    def _row_selected(self) -> None:
        """Picking one model's row (not a block of cells to copy) points at that model."""
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1:
            return
        item = self.table.item(rows.pop(), 0)
        model_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if model_id is not None and model_id != self.focused_model:
            self.state = PriceState(self.state.against_score, model_id)
            self.chart.draw_when_shown(self.draw_chart)
            self.modelPicked.emit(model_id)

    # -- words and numbers ----------------------------------------------------------
    def answer_html(self) -> str:
        """How much cheaper R1 was than o1 on the day, and which prices say so."""
        if self.gap is None:
            return html.escape(self.tr("The data has no price of R1 or o1 for that day."))
        headline, detail = price_answer(self.writing, self.data, self.gap)
        size = self.font().pointSizeF() * 1.15
        return (
            f'<p style="margin:0 0 4px 0; font-size:{size:.1f}pt; font-weight:bold">'
            f'{html.escape(headline)}</p><p style="margin:0">{html.escape(detail)}</p>'
        )

    def update_texts(self) -> None:
        self.answer.setText(self.answer_html())
        self.table_title.setText(
            fill(
                self.tr("API prices in force on %1, US dollars per million tokens"),
                self.formatter().date(PRICE_DAY),
            )
        )
        self.table.setAccessibleName(self.table_title.text())
        self.table_note.setText(
            html.escape(
                self.tr(
                    "Input: tokens sent, not from the cache. Output: tokens generated; for "
                    "reasoning models they include the chain of thought. List prices unless "
                    "marked under the model. Hover over a row for its note. Select cells and "
                    "press Ctrl+C to copy them."
                )
            )
            + " "
            + sources_html(self._price_sources(), self.sources, self.formatter())
        )
        self._deferred_table.run(self._fill_table)
        self.measure_label.setText(self.tr("Score on:"))
        self._fill_measures()
        self.chart.draw_when_shown(self.draw_chart)

    def _price_sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i for row in self.rows for i in row.price.sources))

    def _fill_measures(self) -> None:
        words = self.language.words
        with QSignalBlocker(self.measure_box):
            self.measure_box.clear()
            for measure in self.all_measures:
                self.measure_box.addItem(measure_text(words, measure), measure.key)
            self.measure_box.setCurrentIndex(self.measure_box.findData(self.price_measure_key))

    # -- the table ------------------------------------------------------------------
    def _fill_table(self) -> None:
        formatter = self.formatter()
        writing = self.writing
        code = self.language.language
        table = self.table
        with table.filling(), QSignalBlocker(table):
            table.clearSelection()
            table.setHorizontalHeaderLabels(
                [
                    self.tr("Model"),
                    self.tr("Input"),
                    self.tr("Output"),
                    # On two lines: a narrow column for a figure like "27,4 ×".
                    self.tr("Output, times R1’s").replace(", ", ",\n", 1),
                ]
            )
            for row, entry in enumerate(self.rows):
                price = entry.price
                ratio = entry.output_vs_highlighted
                ratio_text = (
                    "—"
                    if ratio is None
                    else fill(self.tr("%1 ×"), formatter.number(ratio.value, ratio.decimals))
                )
                # A price that is not the ordinary list price says so under the model.
                name = entry.model.name
                if price.tier is not PriceTier.STANDARD:
                    name += "\n" + tier_text(writing, price)
                cells = [
                    table_item(name, entry.model.name),
                    table_item(
                        exact_usd(writing, price.input_cache_miss_usd_per_m),
                        price.input_cache_miss_usd_per_m,
                    ),
                    table_item(exact_usd(writing, price.output_usd_per_m), price.output_usd_per_m),
                    table_item(ratio_text, ratio.value if ratio is not None else None),
                ]
                cells[0].setData(Qt.ItemDataRole.UserRole, entry.model.id)
                tooltip = self._row_tooltip(entry.model, price, code)
                for column, item in enumerate(cells):
                    item.setToolTip(tooltip)
                    if column > 0:
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    self._style_cell(item, entry, column)
                    table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names wrap
        for column in range(1, table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()

    def _style_cell(self, item, entry: PriceRow, column: int) -> None:
        """R1 and o1, the pair compared above, in bold; R1 (or the model pointed at) tinted;
        a promotion in italics."""
        model_id = entry.model.id
        font = QFont()
        font.setBold(model_id in (HIGHLIGHTED_MODEL, REFERENCE_MODEL))
        font.setItalic(entry.promotional and column < 3)
        item.setFont(font)
        if model_id == (self.focused_model or HIGHLIGHTED_MODEL):
            item.setBackground(QBrush(QColor(chart_colours().highlight_tint)))

    def _row_tooltip(self, model: Model, price: ApiPrice, code: str) -> str:
        lines = [f"<b>{html.escape(model.name)}</b> — {html.escape(price.api_id)}"]
        if price.input_cache_hit_usd_per_m is not None:
            lines.append(
                html.escape(
                    fill(
                        self.tr("Input from the cache: %1 per million tokens"),
                        exact_usd(self.writing, price.input_cache_hit_usd_per_m),
                    )
                )
            )
        lines.append(html.escape(price.note.text(code)))
        return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"

    def price_table_rows(self) -> list[list[str]]:
        """The table's texts as shown, row by row (for tests and the report)."""
        return [
            [
                self.table.item(r, c).text() if self.table.item(r, c) else ""
                for c in range(self.table.columnCount())
            ]
            for r in range(self.table.rowCount())
        ]

    # -- the chart ------------------------------------------------------------------
    def draw_chart(self) -> None:
        """The chart's points, labels, ranges, texts and notes, as its file has them."""
        writing = self.writing
        scatter = price_scatter(self.data, self.state)
        emphasised = emphasised_models(self.state.highlighted)
        self.scatter.set_points(
            [
                ScatterPoint(
                    point.model.id,
                    point.score.value,
                    point.price.output_usd_per_m,
                    point_label(writing, point),
                    model_colour(point.model.id),
                    emphasised=point.model.id in emphasised,
                    tooltip=self._point_tooltip(point, scatter),
                )
                for point in scatter.points
            ]
        )
        plot = self.chart.plot
        plot.setXRange(*scatter.score_range, padding=0.03)
        low, high = (math.log10(price) for price in scatter.price_range)
        plot.setYRange(low, high, padding=0)
        # The file's notes, above the source line as in the file.
        self.notes = tuple(price_notes(writing, scatter, self.state))
        set_chart_texts(self.chart, price_texts(writing, scatter), writing, self.notes)
        # The price's title is long: across, above the plot, it reads at any plot height.
        self.chart.set_value_titles(price_axis_title(writing.words))
        self.chart.set_axis_labels("", score_axis_title(writing.words, scatter.measure))
        self.price_axis.refresh()
        self.score_axis.refresh()

    def _point_tooltip(self, point: PricePoint, scatter: PriceScatter) -> str:
        code = self.language.language
        writing = self.writing
        lines = [
            f"<b>{html.escape(point.model.name)}</b> — {html.escape(point.price.api_id)}",
            html.escape(
                fill(
                    self.tr("%1: %2"),
                    measure_text(writing.words, scatter.measure),
                    exact_number(writing, point.score.value, scatter.score_decimals),
                )
            ),
            html.escape(
                fill(
                    self.tr("Output: %1 per million tokens · input: %2 per million tokens"),
                    exact_usd(writing, point.price.output_usd_per_m),
                    exact_usd(writing, point.price.input_cache_miss_usd_per_m),
                )
            ),
            html.escape(point.price.note.text(code)),
            sources_html(point.price.sources, self.sources, writing.formatter),
        ]
        return "<br>".join(lines)
