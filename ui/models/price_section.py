"""API prices on 27 January 2025: how much cheaper R1 was than o1, in words and numbers;
every model's input and output prices side by side; and price against a benchmark score."""

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
from explainer_core.models.comparison import (
    DEFAULT_PRICE_MEASURE_KEY,
    HIGHLIGHTED_MODEL,
    REFERENCE_MODEL,
    Measure,
    measures,
    score_group,
)
from explainer_core.models.prices import (
    PRICE_DAY,
    Missing,
    PriceGap,
    PricePoint,
    PriceRow,
    Ratio,
    price_gap,
    price_points,
    price_rows,
)
from explainer_core.templates import fill
from ui.models.section import ModelSection, SectionContext
from ui.models.texts import (
    OTHER_MODEL_COLOUR,
    enable_source_links,
    measure_text,
    number,
    small_font,
)
from ui.shell.source_links import sources_html
from widgets.chart_panel import ChartPanel
from widgets.chart_theme import chart_colours
from widgets.data_table import DataTable, table_item
from widgets.deferred_work import DeferredWork
from widgets.localized_axes import LocalizedValueAxis
from widgets.log_axis import LocalizedLogAxis
from widgets.scatter_labels import LabelledScatter, ScatterPoint

PRICE_CHART_ID = "model-price"
PERCENT_AXIS_MAX = 100.0
PRICE_ROOM_DECADES = 0.5
SCORE_ROOM_SHARE = 0.15  # right of the best score on an unbounded scale, for its label
PRICE_COLUMNS = ("model", "input", "output", "ratio")


class PriceSection(ModelSection):
    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.colours = context.colours
        self.all_measures: tuple[Measure, ...] = measures(self.data)
        self.price_measure_key = DEFAULT_PRICE_MEASURE_KEY
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
        self.missing_label = QLabel(box)
        self.missing_label.setWordWrap(True)
        self.missing_label.setFont(small_font(0.85))
        layout.addWidget(self.missing_label)
        return box

    # -- state ----------------------------------------------------------------------
    def set_price_measure(self, key: str | None) -> None:
        if key is None:
            return
        self.price_measure_key = key
        index = self.measure_box.findData(key)
        if self.measure_box.currentIndex() != index:
            with QSignalBlocker(self.measure_box):
                self.measure_box.setCurrentIndex(index)
        self._update_chart_texts()
        self.draw_chart()

    def apply_state(self, state: ChartState) -> None:
        self.focused_model = state.model
        self.set_price_measure(state.price_measure_key)
        self._fill_table()

    def focus_model(self, model_id: str | None) -> bool:
        """Set a model's point and row apart; False when it has no price that day."""
        self.focused_model = model_id
        self.draw_chart()
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
            self.focused_model = model_id
            self.draw_chart()
            self.modelPicked.emit(model_id)

    def _measure(self) -> Measure:
        return next(m for m in self.all_measures if m.key == self.price_measure_key)

    # -- words and numbers ----------------------------------------------------------
    def times_text(self, ratio: Ratio) -> str:
        """``about 27.4 times`` (or ``4 times`` when the quotient is exact)."""
        value = self.formatter().number(ratio.value, ratio.decimals)
        if ratio.exact:
            return fill(self.tr("%1 times"), value)
        return fill(self.tr("about %1 times"), value)

    def tier_text(self, price: ApiPrice) -> str:
        formatter = self.formatter()
        if price.tier is PriceTier.PROMOTIONAL:
            if price.effective_to is not None:
                return fill(self.tr("promotion until %1"), formatter.date(price.effective_to))
            return self.tr("promotion")
        texts = {
            PriceTier.STANDARD: self.tr("list price"),
            PriceTier.PROMPT_UP_TO_128K: self.tr("list price, prompts up to 128K tokens"),
            PriceTier.PROMPT_OVER_128K: self.tr("list price, prompts over 128K tokens"),
        }
        return texts[price.tier]

    def answer_html(self) -> str:
        """How much cheaper R1 was than o1 on the day, and which prices say so."""
        if self.gap is None:
            return html.escape(self.tr("The data has no price of R1 or o1 for that day."))
        gap = self.gap
        formatter = self.formatter()
        r1, o1 = self.data.model(HIGHLIGHTED_MODEL), self.data.model(REFERENCE_MODEL)
        headline = fill(
            self.tr(
                "On %1, %2 charged %3 as much as %4 for output tokens, and %5 as much "
                "for input tokens."
            ),
            formatter.long_date(gap.day),
            o1.name,
            self.times_text(gap.output),
            r1.name,
            self.times_text(gap.input),
        )
        detail = fill(
            self.tr(
                "Per million tokens: output %1 against %2, input (not from the cache) %3 "
                "against %4. Compared: %5 (%6) and %7 (%8), each API’s price in force that day."
            ),
            formatter.usd(gap.dearer.output_usd_per_m),
            formatter.usd(gap.cheaper.output_usd_per_m),
            formatter.usd(gap.dearer.input_cache_miss_usd_per_m),
            formatter.usd(gap.cheaper.input_cache_miss_usd_per_m),
            gap.dearer.api_id,
            self.tier_text(gap.dearer),
            gap.cheaper.api_id,
            self.tier_text(gap.cheaper),
        )
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
        self._update_chart_texts()
        self.chart.draw_when_shown(self.draw_chart)

    def _price_sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i for row in self.rows for i in row.price.sources))

    def _fill_measures(self) -> None:
        with QSignalBlocker(self.measure_box):
            self.measure_box.clear()
            for measure in self.all_measures:
                self.measure_box.addItem(measure_text(measure), measure.key)
            self.measure_box.setCurrentIndex(self.measure_box.findData(self.price_measure_key))

    # -- the table ------------------------------------------------------------------
    def _fill_table(self) -> None:
        formatter = self.formatter()
        code = self.language.language
        table = self.table
        with table.filling(), QSignalBlocker(table):
            table.clearSelection()
            table.setHorizontalHeaderLabels(
                [
                    self.tr("Model"),
                    self.tr("Input"),
                    self.tr("Output"),
                    self.tr("Output, times R1’s"),
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
                    name += "\n" + self.tier_text(price)
                cells = [
                    table_item(name, entry.model.name),
                    table_item(
                        formatter.usd(price.input_cache_miss_usd_per_m),
                        price.input_cache_miss_usd_per_m,
                    ),
                    table_item(formatter.usd(price.output_usd_per_m), price.output_usd_per_m),
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
        formatter = self.formatter()
        lines = [f"<b>{html.escape(model.name)}</b> — {html.escape(price.api_id)}"]
        if price.input_cache_hit_usd_per_m is not None:
            lines.append(
                html.escape(
                    fill(
                        self.tr("Input from the cache: %1 per million tokens"),
                        formatter.usd(price.input_cache_hit_usd_per_m),
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
    def _update_chart_texts(self) -> None:
        """The chart's title, subtitle, source line, axis titles and missing models."""
        measure = self._measure()
        points, missing = price_points(self.data, measure)
        formatter = self.formatter()
        ids = ("mdl-deepseek-r1-paper", *(i for point in points for i in point.price.sources))
        self.chart.set_texts(
            self.tr("API price against benchmark score"),
            fill(
                self.tr(
                    "Output price per million tokens in force on %1 (log scale), against the "
                    "score in the DeepSeek-R1 paper. Lower right is cheaper and better."
                ),
                formatter.long_date(PRICE_DAY),
            ),
            self.tr("Source: providers' price lists; scores: DeepSeek-R1 paper, Table 4.")
            + " "
            + sources_html(tuple(dict.fromkeys(ids)), self.sources, formatter),
        )
        self.chart.set_axis_labels(
            self.tr("Output price, US dollars per million tokens (log scale)"),
            fill(self.tr("Score: %1"), measure_text(measure)),
        )
        self.missing_label.setText(self._missing_text(missing))

    def draw_chart(self) -> None:
        """The chart's points and labels."""
        measure = self._measure()
        points, _missing = price_points(self.data, measure)
        self.scatter.set_points(
            [
                ScatterPoint(
                    point.model.id,
                    point.score.value,
                    point.price.output_usd_per_m,
                    self._point_label(point),
                    self.colours.get(point.model.id, OTHER_MODEL_COLOUR),
                    emphasised=point.model.id in (HIGHLIGHTED_MODEL, self.focused_model),
                    tooltip=self._point_tooltip(point, measure),
                )
                for point in points
            ]
        )
        self._set_ranges(measure, points)
        self.price_axis.refresh()
        self.score_axis.refresh()

    def _point_label(self, point: PricePoint) -> str:
        price = self.formatter().usd(point.price.output_usd_per_m)
        label = f"{point.score.model_label}\n{price}"
        if point.price.tier is PriceTier.PROMOTIONAL:
            label += " " + self.tr("(promotional)")
        return label

    def _point_tooltip(self, point: PricePoint, measure: Measure) -> str:
        code = self.language.language
        formatter = self.formatter()
        decimals = score_group(self.data, measure).decimals  # as the benchmark chart writes it
        lines = [
            f"<b>{html.escape(point.model.name)}</b> — {html.escape(point.price.api_id)}",
            html.escape(
                fill(
                    self.tr("%1: %2"),
                    measure_text(measure),
                    number(formatter, point.score.value, decimals),
                )
            ),
            html.escape(
                fill(
                    self.tr("Output: %1 per million tokens · input: %2 per million tokens"),
                    formatter.usd(point.price.output_usd_per_m),
                    formatter.usd(point.price.input_cache_miss_usd_per_m),
                )
            ),
            html.escape(point.price.note.text(code)),
            sources_html(point.price.sources, self.sources, formatter),
        ]
        return "<br>".join(lines)

    def _set_ranges(self, measure: Measure, points: list[PricePoint]) -> None:
        plot = self.chart.plot
        if measure.shares_percent_axis:
            plot.setXRange(0.0, PERCENT_AXIS_MAX, padding=0.03)
        elif points:
            top = max(p.score.value for p in points)
            plot.setXRange(0.0, top * (1 + SCORE_ROOM_SHARE), padding=0.03)
        prices = [p.price.output_usd_per_m for p in points] or [1.0]
        # Room above and below the extreme points keeps their labels inside the plot.
        low, high = math.log10(min(prices)), math.log10(max(prices))
        plot.setYRange(low - PRICE_ROOM_DECADES, high + PRICE_ROOM_DECADES, padding=0)

    def _missing_text(self, missing: list[tuple[Model, Missing]]) -> str:
        reasons = {
            Missing.NO_PRICE: self.tr("no price for this version in January 2025 in the data"),
            Missing.NO_SCORE: self.tr("no score on this benchmark in the R1 paper"),
        }
        items = [f"{model.name} ({reasons[why]})" for model, why in missing]
        if not items:
            return ""
        return fill(self.tr("Not plotted: %1."), "; ".join(items))
