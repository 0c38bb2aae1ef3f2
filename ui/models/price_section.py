"""API prices on 27 January 2025: how much cheaper R1 was than o1, in words and numbers;
every model's input and output prices side by side; and price against a benchmark score."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from explainer_core.data.models import Model, PriceTier
from explainer_core.models.chart_states import ChartState
from explainer_core.models.comparison import (
    DEFAULT_PRICE_MEASURE_KEY,
    HIGHLIGHTED_MODEL,
    Measure,
    measures,
    score_group,
)
from explainer_core.models.prices import (
    PRICE_DAY,
    Missing,
    PricePoint,
    price_points,
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
from widgets.localized_axes import LocalizedValueAxis
from widgets.log_axis import LocalizedLogAxis
from widgets.scatter_labels import LabelledScatter, ScatterPoint

PRICE_CHART_ID = "model-price"
PERCENT_AXIS_MAX = 100.0
PRICE_ROOM_DECADES = 0.5
SCORE_ROOM_SHARE = 0.15  # right of the best score on an unbounded scale, for its label
PRICE_COLUMNS = ("model", "input", "output", "ratio", "tier")


class PriceSection(ModelSection):
    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.colours = context.colours
        self.all_measures: tuple[Measure, ...] = measures(self.data)
        self.price_measure_key = DEFAULT_PRICE_MEASURE_KEY
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_chart(self), 1)

    # -- building -------------------------------------------------------------------
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

    def focus_model(self, model_id: str | None) -> bool:
        """Set a model's point apart; False when it is not plotted."""
        self.focused_model = model_id
        self.draw_chart()
        points, _missing = price_points(self.data, self._measure())
        return any(point.model.id == model_id for point in points)

    def _measure(self) -> Measure:
        return next(m for m in self.all_measures if m.key == self.price_measure_key)

    # -- texts ----------------------------------------------------------------------
    def update_texts(self) -> None:
        self.measure_label.setText(self.tr("Score on:"))
        self._fill_measures()
        self._update_chart_texts()
        self.chart.draw_when_shown(self.draw_chart)

    def _fill_measures(self) -> None:
        with QSignalBlocker(self.measure_box):
            self.measure_box.clear()
            for measure in self.all_measures:
                self.measure_box.addItem(measure_text(measure), measure.key)
            self.measure_box.setCurrentIndex(self.measure_box.findData(self.price_measure_key))

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
