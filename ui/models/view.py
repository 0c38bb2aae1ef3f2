"""Tab 3: DeepSeek-R1 against the models it was compared with, every figure with its basis.

Four sections: benchmark scores (the R1 paper's Table 4, or Table 5 for the distilled
models), training compute with every reported cost figure as a footnote, API price against
a benchmark score, and what each developer opened up.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import math

import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from explainer_core.data.models import (
    BenchmarkScore,
    BenchmarkTable,
    CostFigure,
    CostQualifier,
    MetricKind,
    Model,
    ModelsData,
    PriceTier,
    load_models,
)
from explainer_core.formatting import LocaleFormatter
from explainer_core.models.comparison import (
    COMPARISON_MODELS,
    DEFAULT_MEASURE_KEYS,
    DEFAULT_PRICE_MEASURE_KEY,
    HIGHLIGHTED_MODEL,
    PRICE_DAY,
    Footnote,
    Measure,
    Missing,
    PricePoint,
    caveats_for,
    compute_models,
    cost_footnotes,
    decimals_needed,
    distilled_table,
    footnote_numbers,
    measures,
    model_label,
    openness_models,
    price_on,
    price_points,
    score_group,
    split_by_scale,
)
from explainer_core.templates import fill
from ui import registry
from ui.shell.language import LanguageService
from ui.shell.source_links import sources_html
from ui.shell.tab_view import TabView
from widgets.chart_panel import ChartPanel, apply_axis_colours
from widgets.chart_theme import chart_colours
from widgets.deferred_work import DeferredWork
from widgets.grouped_bars import BarGroup, GroupedBar, GroupedHorizontalBars, LegendSwatch
from widgets.legend_entries import clear_legend
from widgets.localized_axes import LocalizedValueAxis
from widgets.log_axis import LocalizedLogAxis
from widgets.log_bars import LogBar, LogHorizontalBars
from widgets.palette import HIGHLIGHT_COLOUR, OKABE_ITO, series_style
from widgets.scatter_labels import LabelledScatter, ScatterPoint

BENCHMARKS_CHART_ID = "model-benchmarks"
COMPUTE_CHART_ID = "model-compute"
PRICE_CHART_ID = "model-price"
SECTIONS: tuple[str, ...] = ("benchmarks", "compute", "price", "openness")
V3_FINAL_RUN_COST = "deepseek-v3-final-run"  # the figure behind the famous "$6M"
HEADLINE_MEASURE_KEY = "AIME 2024|Pass@1"
PERCENT_AXIS_MAX = 100.0
PX_PER_BAR_SLOT = 11  # enough for a value label in the small chart font
CHART_CHROME_PX = 110  # title, subtitle, axis and source line around the bars
OTHER_MODEL_COLOUR = "#8C8C8C"  # models outside the six of the R1 paper's main table
DEEPSEEK_COLOUR = OKABE_ITO[5]
PRICE_ROOM_DECADES = 0.5
CONTROLS_COLUMN_PX = 270  # the benchmarks' list and switches, left of the chart


def model_colours() -> dict[str, str]:
    """R1 in the highlight colour, the others in the palette's order: stable across charts."""
    others = [m for m in COMPARISON_MODELS if m != HIGHLIGHTED_MODEL]
    colours = {HIGHLIGHTED_MODEL: HIGHLIGHT_COLOUR}
    colours.update({model: series_style(i)[0] for i, model in enumerate(others)})
    return colours


def _small_font(scale: float = 0.9) -> QFont:
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * scale)
    return font


class ModelComparisonView(TabView):
    tab_id = registry.MODELS

    def __init__(self, language: LanguageService, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.data: ModelsData | None
        layout, self.data = self.start_with_intro(lambda sources: load_models(sources=sources))
        if self.data is None:
            self.update_texts()
            return

        self.colours = model_colours()
        self.all_measures: tuple[Measure, ...] = measures(self.data)
        self.sort_by_score = False
        self.price_measure_key = DEFAULT_PRICE_MEASURE_KEY
        self.footnotes: list[Footnote] = cost_footnotes(self.data)
        self.focused_model: str | None = None  # outlined bar and shaded footnotes
        self._model_labels: dict[str, str] = {}

        self.sections = QTabWidget(self)
        self.sections.setObjectName("modelSections")
        self.sections.setDocumentMode(True)
        self.sections.addTab(self._build_benchmarks_page(), "")
        self.sections.addTab(self._build_compute_page(), "")
        self.sections.addTab(self._build_price_page(), "")
        self.sections.addTab(self._build_openness_page(), "")
        layout.addWidget(self.sections, 1)
        self._deferred_distilled = DeferredWork(self.distilled_view)
        self._deferred_footnotes = DeferredWork(self.footnote_browser)
        self._deferred_openness = DeferredWork(self.openness_table)

        self.set_selected_measures(DEFAULT_MEASURE_KEYS)
        self.update_texts()

    # -- building -------------------------------------------------------------------
    def _formatter(self) -> LocaleFormatter:
        """The current language's formatter, read by the axes each time they paint."""
        return self.language.formatter

    def _build_benchmarks_page(self) -> QWidget:
        page = QWidget(self)
        layout = QHBoxLayout(page)
        layout.addWidget(self._build_benchmark_controls(page))
        self.benchmark_stack = QStackedWidget(page)
        self.benchmark_stack.addWidget(self._build_benchmark_chart(page))
        self.benchmark_stack.addWidget(self._build_distilled_table(page))
        layout.addWidget(self.benchmark_stack, 1)
        return page

    def _build_benchmark_controls(self, page: QWidget) -> QWidget:
        column = QWidget(page)
        column.setMaximumWidth(CONTROLS_COLUMN_PX)
        self.benchmark_controls = column
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        switch = QHBoxLayout()
        self._table_switch_row = switch
        self.comparison_button = QPushButton(column)
        self.distilled_button = QPushButton(column)
        self.table_switch = QButtonGroup(column)
        for index, button in enumerate((self.comparison_button, self.distilled_button)):
            button.setCheckable(True)
            self.table_switch.addButton(button, index)
            switch.addWidget(button)
        self.comparison_button.setChecked(True)
        self.table_switch.idClicked.connect(lambda index: self.show_distilled(index == 1))
        layout.addLayout(switch)

        self.measures_label = QLabel(column)
        self.measures_label.setWordWrap(True)
        layout.addWidget(self.measures_label)
        self.measure_list = QListWidget(column)
        # Long names (German ones above all) wrap instead of scrolling sideways.
        self.measure_list.setWordWrap(True)
        self.measure_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.measure_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        for measure in self.all_measures:
            item = QListWidgetItem(self.measure_list)
            item.setData(Qt.ItemDataRole.UserRole, measure.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.measure_list.itemChanged.connect(lambda _item: self._redraw_benchmarks())
        self.measures_label.setBuddy(self.measure_list)
        layout.addWidget(self.measure_list, 1)

        presets = QHBoxLayout()
        self.main_benchmarks_button = QPushButton(column)
        self.main_benchmarks_button.clicked.connect(
            lambda: self.set_selected_measures(DEFAULT_MEASURE_KEYS)
        )
        self.all_benchmarks_button = QPushButton(column)
        self.all_benchmarks_button.clicked.connect(
            lambda: self.set_selected_measures([m.key for m in self.all_measures])
        )
        presets.addWidget(self.main_benchmarks_button)
        presets.addWidget(self.all_benchmarks_button)
        layout.addLayout(presets)
        self.sort_box = QCheckBox(column)
        self.sort_box.toggled.connect(self.set_sort_by_score)
        layout.addWidget(self.sort_box)
        self.scale_note = QLabel(column)
        self.scale_note.setWordWrap(True)
        self.scale_note.setFont(_small_font(0.85))
        layout.addWidget(self.scale_note)
        return column

    def _build_benchmark_chart(self, page: QWidget) -> QWidget:
        self.score_axis = LocalizedValueAxis(self._formatter, "bottom")
        self.benchmark_chart = ChartPanel(
            BENCHMARKS_CHART_ID, {"bottom": self.score_axis}, parent=page
        )
        self._enable_source_links(self.benchmark_chart)
        self.benchmark_chart.plot.getAxis("left").setStyle(tickLength=0)
        self.bench_bars = GroupedHorizontalBars(self.benchmark_chart.plot, _small_font())
        # Measures that are no percentage (a Codeforces rating) each get a plot of their own,
        # under the first, with their own axis: never one axis for two scales.
        self.other_plots: dict[str, pg.PlotItem] = {}
        self.other_axes: dict[str, LocalizedValueAxis] = {}
        self.other_bars: dict[str, GroupedHorizontalBars] = {}
        self._fill_legend()
        self.benchmark_scroll = QScrollArea(page)
        self.benchmark_scroll.setWidgetResizable(True)
        self.benchmark_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # A frame for the chart's own Tab stops (chart, sources, export), not one itself.
        self.benchmark_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.benchmark_scroll.setWidget(self.benchmark_chart)
        return self.benchmark_scroll

    def _fill_legend(self) -> None:
        legend = self.benchmark_chart.legend
        clear_legend(legend)
        for model in COMPARISON_MODELS:
            swatch = LegendSwatch(self.colours[model], model == HIGHLIGHTED_MODEL)
            legend.addItem(swatch, html.escape(model_label(self.data, model)))
        self.benchmark_chart.fit_legend()

    def _build_distilled_table(self, page: QWidget) -> QWidget:
        box = QWidget(page)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.distilled_title = QLabel(box)
        font = self.distilled_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.distilled_title.setFont(font)
        self.distilled_title.setWordWrap(True)
        layout.addWidget(self.distilled_title)
        self.distilled = distilled_table(self.data)
        self.distilled_view = QTableWidget(len(self.distilled.rows), 0, box)
        self.distilled_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.distilled_view.verticalHeader().setVisible(False)
        layout.addWidget(self.distilled_view, 1)
        self.distilled_note = QLabel(box)
        self.distilled_note.setWordWrap(True)
        self.distilled_note.setTextFormat(Qt.TextFormat.RichText)
        self.distilled_note.setOpenExternalLinks(True)
        self.distilled_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.distilled_note.setFont(_small_font(0.85))
        layout.addWidget(self.distilled_note)
        return box

    def _build_compute_page(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.gpu_hours_axis = LocalizedLogAxis(self._formatter, "bottom")
        self.compute_chart = ChartPanel(
            COMPUTE_CHART_ID, {"bottom": self.gpu_hours_axis}, with_legend=False, parent=splitter
        )
        self._enable_source_links(self.compute_chart)
        self.compute_chart.plot.getAxis("left").setStyle(tickLength=0)
        self.compute_bars = LogHorizontalBars(self.compute_chart.plot)
        splitter.addWidget(self.compute_chart)
        notes = QWidget(splitter)
        layout = QVBoxLayout(notes)
        layout.setContentsMargins(0, 0, 0, 0)
        self.footnotes_title = QLabel(notes)
        self.footnotes_title.setWordWrap(True)
        font = self.footnotes_title.font()
        font.setBold(True)
        self.footnotes_title.setFont(font)
        layout.addWidget(self.footnotes_title)
        self.footnote_browser = QTextBrowser(notes)
        self.footnote_browser.setObjectName("costFootnotes")
        self.footnote_browser.setOpenExternalLinks(True)  # the system browser
        layout.addWidget(self.footnote_browser, 1)
        splitter.addWidget(notes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 520])
        return splitter

    def _build_price_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        controls = QHBoxLayout()
        self.price_measure_label = QLabel(page)
        self.price_measure_box = QComboBox(page)
        self.price_measure_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.price_measure_box.currentIndexChanged.connect(
            lambda i: self.set_price_measure(self.price_measure_box.itemData(i))
        )
        self.price_measure_label.setBuddy(self.price_measure_box)
        controls.addWidget(self.price_measure_label)
        controls.addWidget(self.price_measure_box)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.price_score_axis = LocalizedValueAxis(self._formatter, "bottom")
        self.price_axis = LocalizedLogAxis(self._formatter, "left", unit="usd")
        self.price_chart = ChartPanel(
            PRICE_CHART_ID,
            {"bottom": self.price_score_axis, "left": self.price_axis},
            with_legend=False,
            parent=page,
        )
        self._enable_source_links(self.price_chart)
        self.price_chart.plot.showGrid(x=True, y=True, alpha=0.15)
        self.price_chart.plot.setLogMode(x=False, y=True)
        self.price_scatter = LabelledScatter(self.price_chart.plot, log_y=True)
        layout.addWidget(self.price_chart, 1)
        self.price_missing_label = QLabel(page)
        self.price_missing_label.setWordWrap(True)
        self.price_missing_label.setFont(_small_font(0.85))
        layout.addWidget(self.price_missing_label)
        return page

    def _build_openness_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.openness_title = QLabel(page)
        font = self.openness_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.openness_title.setFont(font)
        layout.addWidget(self.openness_title)
        self.later_models_box = QCheckBox(page)
        self.later_models_box.toggled.connect(lambda _on: self._fill_openness_table())
        layout.addWidget(self.later_models_box)
        self.openness_table = QTableWidget(0, 6, page)
        self.openness_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.openness_table.verticalHeader().setVisible(False)
        self.openness_table.setWordWrap(True)
        layout.addWidget(self.openness_table, 1)
        self.openness_note = QLabel(page)
        self.openness_note.setWordWrap(True)
        self.openness_note.setFont(_small_font(0.85))
        layout.addWidget(self.openness_note)
        return page

    @staticmethod
    def _enable_source_links(chart: ChartPanel) -> None:
        chart.source_label.setTextFormat(Qt.TextFormat.RichText)
        chart.source_label.setOpenExternalLinks(True)  # opens the system browser
        chart.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

    # -- behaviour ------------------------------------------------------------------
    def show_section(self, section: str) -> None:
        self.sections.setCurrentIndex(SECTIONS.index(section))

    def current_section(self) -> str:
        return SECTIONS[self.sections.currentIndex()]

    def selected_measures(self) -> list[str]:
        """The keys (``benchmark|metric``) of the checked benchmarks, in list order."""
        keys = []
        for row in range(self.measure_list.count()):
            item = self.measure_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(item.data(Qt.ItemDataRole.UserRole))
        return keys

    def set_selected_measures(self, keys) -> None:
        wanted = set(keys)
        with QSignalBlocker(self.measure_list):
            for row in range(self.measure_list.count()):
                item = self.measure_list.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._redraw_benchmarks()

    def set_measure_checked(self, key: str, checked: bool) -> None:
        """Check or uncheck one benchmark as the user would."""
        for row in range(self.measure_list.count()):
            item = self.measure_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_sort_by_score(self, on: bool) -> None:
        self.sort_by_score = bool(on)
        if self.sort_box.isChecked() != self.sort_by_score:
            self.sort_box.setChecked(self.sort_by_score)
        self._redraw_benchmarks()

    def show_distilled(self, on: bool) -> None:
        """Switch between the main comparison chart and the distilled-models table."""
        self.benchmark_stack.setCurrentIndex(1 if on else 0)
        (self.distilled_button if on else self.comparison_button).setChecked(True)
        for widget in (
            self.measure_list,
            self.main_benchmarks_button,
            self.all_benchmarks_button,
            self.sort_box,
        ):
            widget.setEnabled(not on)

    def set_price_measure(self, key: str | None) -> None:
        if key is None:
            return
        self.price_measure_key = key
        index = self.price_measure_box.findData(key)
        if self.price_measure_box.currentIndex() != index:
            with QSignalBlocker(self.price_measure_box):
                self.price_measure_box.setCurrentIndex(index)
        self._redraw_price()

    def show_chart_item(self, chart_id: str, item: str) -> bool:
        """Bring a chart's item into view: a benchmark (its scores shown and listed first),
        or a model (its compute bar outlined and its cost footnotes shaded)."""
        if self.data is None or chart_id not in self.chart_ids:
            return False
        self.show_section(SECTIONS[self.chart_ids.index(chart_id)])
        if not item:
            return True
        if chart_id == BENCHMARKS_CHART_ID:
            return self._show_benchmark(item)
        if chart_id == PRICE_CHART_ID:
            keys = [m.key for m in self.all_measures if m.benchmark == item]
            if keys:
                self.set_price_measure(keys[0])
            return bool(keys) or self._model_id_named(item) is not None
        return self.focus_model(self._model_id_named(item))

    def _show_benchmark(self, benchmark: str) -> bool:
        keys = [m.key for m in self.all_measures if m.benchmark == benchmark]
        if not keys:
            return False
        self.show_distilled(False)
        self.set_selected_measures([*self.selected_measures(), *keys])
        for row in range(self.measure_list.count()):
            if self.measure_list.item(row).data(Qt.ItemDataRole.UserRole) in keys:
                self.measure_list.setCurrentRow(row)
                break
        return True

    def _model_id_named(self, name: str) -> str | None:
        for model in self.data.models:
            if name in (model.id, model.name):
                return model.id
        return None

    def focus_model(self, model_id: str | None) -> bool:
        """Outline a model's compute bar and shade its cost footnotes, scrolled into view.
        False when the model has neither."""
        self.focused_model = model_id
        self._draw_compute()
        self._fill_footnotes()
        numbers = [f.number for f in self.footnotes if f.cost.model == model_id]
        if numbers:
            self.footnote_browser.scrollToAnchor(f"fn{numbers[0]}")
        has_bar = any(bar.key == model_id for bar in self.compute_bars.bars)
        return model_id is not None and (has_bar or bool(numbers))

    def bar_value(self, measure_key: str, model_id: str) -> float | None:
        """The value a benchmark bar is drawn with (its width), None if no bar is drawn."""
        bars = self._bars_of(measure_key)
        item = bars.bar_items.get((measure_key, model_id)) if bars else None
        return None if item is None else float(item.opts["width"][0])

    def bar_label(self, measure_key: str, model_id: str) -> str:
        bars = self._bars_of(measure_key)
        return bars.value_labels[(measure_key, model_id)].toPlainText()

    def bar_order(self, measure_key: str) -> list[str]:
        bars = self._bars_of(measure_key)
        group = next(g for g in bars.groups if g.key == measure_key)
        return [bar.key for bar in group.bars]

    def _bars_of(self, measure_key: str) -> GroupedHorizontalBars | None:
        if measure_key in self.other_bars:
            return self.other_bars[measure_key]
        if any(group.key == measure_key for group in self.bench_bars.groups):
            return self.bench_bars
        return None

    # -- texts ----------------------------------------------------------------------
    def metric_name(self, kind: MetricKind) -> str:
        names = {
            MetricKind.PASS_AT_1: self.tr("pass@1"),
            MetricKind.CONS_AT_64: self.tr("cons@64"),
            MetricKind.EXACT_MATCH: self.tr("exact match"),
            MetricKind.F1: self.tr("F1 score"),
            MetricKind.ACCURACY: self.tr("accuracy"),
            MetricKind.WIN_RATE: self.tr("win rate"),
            MetricKind.CORRECT: self.tr("correct answers"),
            MetricKind.RESOLVED: self.tr("issues resolved"),
            MetricKind.PERCENTILE: self.tr("percentile"),
            MetricKind.RATING: self.tr("rating"),
            MetricKind.UNSTATED: self.tr("metric not stated"),
        }
        return names[kind]

    def measure_text(self, measure: Measure, separator: str = " · ") -> str:
        return f"{measure.benchmark}{separator}{self.metric_name(measure.kind)}"

    def _source_titles(self, ids: tuple[str, ...]) -> str:
        titles = [self.sources[i].title for i in ids if i in self.sources]
        return "; ".join(titles)

    def _number(self, value: float, decimals: int | None = None) -> str:
        if decimals is None:
            decimals = decimals_needed([value])
        return self.language.formatter.number(value, decimals)

    def _score_tooltip(
        self, score: BenchmarkScore | None, model_id: str, measure: Measure, decimals: int
    ) -> str:
        code = self.language.language
        name = html.escape(self._model_label(model_id))
        heading = f"<b>{name}</b> — {html.escape(self.measure_text(measure))}"
        if score is None:
            return f"{heading}<br>" + html.escape(
                self.tr("The source table gives no value for this model.")
            )
        value = self._number(score.value, decimals)
        lines = [
            heading,
            html.escape(fill(self.tr("Score: %1 (metric in the source: %2)"), value, score.metric)),
            html.escape(fill(self.tr("Source: %1"), self._source_titles(score.sources))),
        ]
        for alt in caveats_for(self.data, score):
            other = self.tr("no value") if alt.value is None else self._number(alt.value)
            lines.append(
                html.escape(
                    fill(self.tr("Caveat (%1 in another source): %2"), other, alt.note.text(code))
                )
            )
        return "<br>".join(lines)

    def _model_label(self, model_id: str) -> str:
        """``model_label`` (a search through every score), once per model."""
        if model_id not in self._model_labels:
            self._model_labels[model_id] = model_label(self.data, model_id)
        return self._model_labels[model_id]

    # -- benchmarks -----------------------------------------------------------------
    def _group_for(self, measure: Measure) -> BarGroup:
        group = score_group(self.data, measure, sort_by_score=self.sort_by_score)
        bars = []
        for entry in group.entries:
            value = entry.score.value if entry.score else None
            text = (
                self._number(value, group.decimals)
                if value is not None
                else self.tr("not reported")
            )
            bars.append(
                GroupedBar(
                    entry.model,
                    value,
                    text,
                    self.colours[entry.model],
                    emphasised=entry.model == HIGHLIGHTED_MODEL,
                    tooltip=self._score_tooltip(entry.score, entry.model, measure, group.decimals),
                )
            )
        return BarGroup(measure.key, self.measure_text(measure, "\n"), tuple(bars))

    def _redraw_benchmarks(self) -> None:
        """Scores from 0 to 100 share the chart's plot; a measure on another scale (a
        Codeforces rating) gets a plot and an axis of its own: the first plot when no
        percentage is chosen, else one below it. No scale is ever stretched to fit another."""
        if self.data is None:
            return
        chosen = [m for m in self.all_measures if m.key in set(self.selected_measures())]
        percent, others = split_by_scale(chosen)
        panels = ([percent] if percent else []) + [[measure] for measure in others]
        first, rest = (panels[0], panels[1:]) if panels else ([], [])
        self._draw_panel(self.bench_bars, self.score_axis, self.benchmark_chart.plot, first)
        self._sync_other_plots([panel[0] for panel in rest])
        for (measure,) in rest:
            key = measure.key
            self._draw_panel(
                self.other_bars[key], self.other_axes[key], self.other_plots[key], [measure]
            )
        self._fit_benchmark_layout(rest)

    def _draw_panel(
        self,
        bars: GroupedHorizontalBars,
        axis: LocalizedValueAxis,
        plot: pg.PlotItem,
        chosen: list[Measure],
    ) -> None:
        groups = [self._group_for(measure) for measure in chosen]
        if not chosen or chosen[0].shares_percent_axis:
            bars.set_groups(groups, PERCENT_AXIS_MAX)
            self._set_percent_ticks(axis)
            label = self.tr("Score (0 to 100)")
        else:
            (measure,) = chosen
            values = [e.score.value for e in score_group(self.data, measure).entries if e.score]
            bars.set_groups(groups, max(values, default=1.0))
            axis.setTicks(None)  # automatic ticks, in the formatter's style
            label = fill(self.tr("%1 (its own scale, no upper bound)"), self.measure_text(measure))
        plot.setLabel("bottom", label, color=chart_colours().foreground)
        axis.refresh()

    def _set_percent_ticks(self, axis: LocalizedValueAxis) -> None:
        """Ticks from 0 to 100 only: the room right of 100 is for the value labels, and a
        tick there would suggest scores above 100."""
        formatter = self.language.formatter
        major = [(value, formatter.number(value)) for value in range(0, 101, 20)]
        minor = [(value, "") for value in range(10, 100, 20)]
        axis.setTicks([major, minor])

    def _sync_other_plots(self, others: list[Measure]) -> None:
        """Add a plot below the first for each measure listed, remove the others."""
        layout = self.benchmark_chart.graphics
        wanted = [m.key for m in others]
        for key in list(self.other_plots):
            if key not in wanted:
                plot = self.other_plots.pop(key)
                layout.removeItem(plot)
                # Kept as a hidden child of the chart, so it is deleted with the chart:
                # an orphan plot would be destroyed only at interpreter exit (a crash there).
                plot.setParentItem(layout.ci)
                plot.hide()
                self.other_axes.pop(key)
                self.other_bars.pop(key)
        for row, measure in enumerate(others, start=2):
            if measure.key not in self.other_plots:
                axis = LocalizedValueAxis(self._formatter, "bottom")
                plot = layout.addPlot(row=row, col=0, axisItems={"bottom": axis})
                plot.setMenuEnabled(False)
                plot.hideButtons()
                apply_axis_colours(plot)
                plot.getAxis("left").setStyle(tickLength=0)
                self.other_plots[measure.key] = plot
                self.other_axes[measure.key] = axis
                self.other_bars[measure.key] = GroupedHorizontalBars(plot, _small_font())

    def _fit_benchmark_layout(self, rest: list[list[Measure]]) -> None:
        """Rows sized by their bars; the chart grows past the page (and scrolls) rather than
        squeezing bars below a readable height."""
        layout = self.benchmark_chart.graphics.ci.layout
        first_slots = self.bench_bars.slot_count() + 3
        layout.setRowStretchFactor(1, int(first_slots))
        slots = first_slots
        for row, (measure,) in enumerate(rest, start=2):
            row_slots = self.other_bars[measure.key].slot_count() + 4
            layout.setRowStretchFactor(row, int(row_slots))
            slots += row_slots
        self.benchmark_chart.setMinimumHeight(int(slots * PX_PER_BAR_SLOT) + CHART_CHROME_PX)
        self._align_left_axes()

    def _align_left_axes(self) -> None:
        """One width for the category axes of every plot, so their bars start together."""
        metrics = QFontMetrics(QFont())
        labels = [g.label for g in self.bench_bars.groups]
        for bars in self.other_bars.values():
            labels += [g.label for g in bars.groups]
        widest = max(
            (metrics.horizontalAdvance(line) for label in labels for line in label.split("\n")),
            default=40,
        )
        plots = [self.benchmark_chart.plot, *self.other_plots.values()]
        for plot in plots:
            plot.getAxis("left").setWidth(widest + 16)

    # -- distilled models -----------------------------------------------------------
    def _fill_distilled_table(self) -> None:
        table = self.distilled
        view = self.distilled_view
        view.setColumnCount(len(table.measures) + 1)
        headers = [self.tr("Model")] + [self.measure_text(m, "\n") for m in table.measures]
        view.setHorizontalHeaderLabels(headers)
        italic = QFont()
        italic.setItalic(True)
        for row, entry in enumerate(table.rows):
            name = QTableWidgetItem(entry.label)
            name.setToolTip(self._model_tooltip(self.data.model(entry.model)))
            if self.data.model(entry.model).distilled_from:
                bold = QFont()
                bold.setBold(True)
                name.setFont(bold)
            view.setItem(row, 0, name)
            for column, cell in enumerate(entry.cells, start=1):
                view.setItem(row, column, self._distilled_cell(cell, table.decimals[column - 1]))
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, view.columnCount()):
            view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        view.resizeRowsToContents()

    def _distilled_cell(self, cell, decimals: int) -> QTableWidgetItem:
        if cell is None:
            item = QTableWidgetItem("—")
            item.setToolTip(self.tr("Not reported in the paper."))
        else:
            item = QTableWidgetItem(self._number(cell.value, decimals))
            if cell.table is BenchmarkTable.MAIN:
                font = QFont()
                font.setItalic(True)
                item.setFont(font)
                item.setToolTip(self.tr("From the paper's main table (Table 4)."))
            else:
                item.setToolTip(self.tr("From the paper's table of distilled models (Table 5)."))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    # -- training compute and cost --------------------------------------------------
    def _compute_colour(self, model: Model) -> str:
        if model.id == HIGHLIGHTED_MODEL:
            return HIGHLIGHT_COLOUR
        return DEEPSEEK_COLOUR if model.developer == "DeepSeek" else OTHER_MODEL_COLOUR

    def _gpu_hours_text(self, model: Model) -> str:
        hours = fill(self.tr("%1 M GPU-hours"), self._number(model.training_gpu_hours_m))
        lines = [hours] + ([model.gpu_type] if model.gpu_type else [])
        extras = []
        if model.base_model:
            extras.append(fill(self.tr("on top of %1"), model.base_model))
        numbers = footnote_numbers(self.footnotes, model.id)
        if numbers:
            refs = " ".join(f"[{n}]" for n in numbers)
            extras.append(fill(self.tr("reported costs: %1"), refs))
        if extras:
            lines.append(" · ".join(extras))
        return "\n".join(lines)

    def _draw_compute(self) -> None:
        bars = [
            LogBar(
                model.id,
                model.name,
                model.training_gpu_hours_m,
                self._gpu_hours_text(model),
                self._compute_colour(model),
                emphasised=model.id in (HIGHLIGHTED_MODEL, self.focused_model),
                tooltip=self._model_tooltip(model, with_compute=True),
            )
            for model in compute_models(self.data)
        ]
        self.compute_bars.set_bars(bars)
        highest = max(bar.value for bar in bars)
        self.gpu_hours_axis.set_label_limit(10 ** math.ceil(math.log10(highest)))

    def _model_tooltip(self, model: Model, with_compute: bool = False) -> str:
        code = self.language.language
        lines = [f"<b>{html.escape(model.name)}</b> — {html.escape(model.developer)}"]
        if with_compute and model.training_gpu_hours_m is not None:
            exact = self._number(model.training_gpu_hours_m * 1e6)
            hours = fill(self.tr("%1 GPU-hours"), exact)
            lines.append(html.escape(" · ".join(p for p in (hours, model.gpu_type) if p)))
        if model.note is not None:
            lines.append(html.escape(model.note.text(code)))
        lines.append(html.escape(fill(self.tr("Source: %1"), self._source_titles(model.sources))))
        return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"

    def cost_amount(self, cost: CostFigure) -> str:
        """The cost figure as reported: exact, about, more than, or a remark with no figure."""
        if cost.value_usd_m is None:
            return self.tr("no figure given")
        amount = self.language.formatter.usd_large(cost.value_usd_m * 1e6)
        patterns = {
            CostQualifier.EXACT: "%1",
            CostQualifier.ABOUT: self.tr("about %1"),
            CostQualifier.MORE_THAN: self.tr("more than %1"),
        }
        return fill(patterns[cost.qualifier], amount)

    def footnote_html(self, footnote: Footnote) -> str:
        cost = footnote.cost
        code = self.language.language
        formatter = self.language.formatter
        model = self.data.model(cost.model)
        heading = (
            fill(self.tr("of which: %1"), self.cost_amount(cost))
            if footnote.is_part
            else fill(
                self.tr("%1, according to %2: %3"),
                model.name,
                cost.who_said,
                self.cost_amount(cost),
            )
        )
        parts = [
            f"<b>[{footnote.number}] {html.escape(heading)}</b> "
            f"<small>({html.escape(self._as_of_text(cost.as_of))})</small>",
            html.escape(fill(self.tr("Includes: %1"), cost.basis.text(code))),
            html.escape(fill(self.tr("Excludes: %1"), cost.excludes.text(code))),
        ]
        if cost.note is not None:
            parts.append(f"<i>{html.escape(cost.note.text(code))}</i>")
        links = sources_html(cost.sources, self.sources, formatter)
        if links:
            parts.append(f"<small>{links}</small>")
        style = "margin-left:24px;" if footnote.is_part else ""
        if cost.model == self.focused_model:
            style += f"background-color:{chart_colours().highlight_tint};"
        return (
            f'<p style="{style}margin-bottom:8px"><a name="fn{footnote.number}"></a>'
            + "<br>".join(parts)
            + "</p>"
        )

    def _as_of_text(self, as_of: str) -> str:
        formatter = self.language.formatter
        pieces = [int(piece) for piece in as_of.split("-")]
        if len(pieces) == 2:
            day_text = formatter.month_and_year(dt.date(pieces[0], pieces[1], 1))
        else:
            day_text = formatter.date(dt.date(*pieces))
        return fill(self.tr("as of %1"), day_text)

    def _fill_footnotes(self) -> None:
        intro = html.escape(
            self.tr(
                "Every cost figure reported for these models, with what it includes and what "
                "it leaves out. Read each with its scope: a rental-price estimate for one "
                "training run is not what a model cost its developer."
            )
        )
        body = "".join(self.footnote_html(footnote) for footnote in self.footnotes)
        self.footnote_browser.setHtml(f"<p>{intro}</p>{body}")

    # -- price against capability ---------------------------------------------------
    def _price_label(self, point: PricePoint) -> str:
        price = self.language.formatter.usd(point.price.output_usd_per_m)
        label = f"{point.score.model_label}\n{price}"
        if point.price.tier is PriceTier.PROMOTIONAL:
            label += " " + self.tr("(promotional)")
        return label

    def _price_tooltip(self, point: PricePoint) -> str:
        code = self.language.language
        formatter = self.language.formatter
        measure = self._price_measure()
        decimals = score_group(self.data, measure).decimals  # as the benchmark chart writes it
        lines = [
            f"<b>{html.escape(point.model.name)}</b> — {html.escape(point.price.api_id)}",
            html.escape(
                fill(
                    self.tr("%1: %2"),
                    self.measure_text(measure),
                    self._number(point.score.value, decimals),
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

    def _price_measure(self) -> Measure:
        return next(m for m in self.all_measures if m.key == self.price_measure_key)

    def _redraw_price(self) -> None:
        if self.data is None:
            return
        self._update_price_texts()
        self._draw_price()

    def _update_price_texts(self) -> None:
        """The price chart's title, subtitle, source line, axis titles and missing models."""
        measure = self._price_measure()
        points, missing = price_points(self.data, measure)
        self._set_price_texts(points)
        self.price_chart.set_axis_labels(
            self.tr("Output price, US dollars per million tokens (log scale)"),
            fill(self.tr("Score: %1"), self.measure_text(measure)),
        )
        self.price_missing_label.setText(self._missing_text(missing))

    def _draw_price(self) -> None:
        """The price chart's points and labels."""
        measure = self._price_measure()
        points, _missing = price_points(self.data, measure)
        self.price_scatter.set_points(
            [
                ScatterPoint(
                    point.model.id,
                    point.score.value,
                    point.price.output_usd_per_m,
                    self._price_label(point),
                    self.colours.get(point.model.id, OTHER_MODEL_COLOUR),
                    emphasised=point.model.id == HIGHLIGHTED_MODEL,
                    tooltip=self._price_tooltip(point),
                )
                for point in points
            ]
        )
        self._set_price_ranges(measure, points)
        self.price_axis.refresh()
        self.price_score_axis.refresh()

    def _set_price_texts(self, points: list[PricePoint]) -> None:
        formatter = self.language.formatter
        ids = ("mdl-deepseek-r1-paper", *(i for point in points for i in point.price.sources))
        self.price_chart.set_texts(
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

    def _set_price_ranges(self, measure: Measure, points: list[PricePoint]) -> None:
        plot = self.price_chart.plot
        if measure.shares_percent_axis:
            plot.setXRange(0.0, PERCENT_AXIS_MAX, padding=0.03)
        elif points:
            plot.setXRange(0.0, max(p.score.value for p in points) * 1.15, padding=0.03)
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

    def _fill_price_measures(self) -> None:
        with QSignalBlocker(self.price_measure_box):
            self.price_measure_box.clear()
            for measure in self.all_measures:
                self.price_measure_box.addItem(self.measure_text(measure), measure.key)
            self.price_measure_box.setCurrentIndex(
                self.price_measure_box.findData(self.price_measure_key)
            )

    # -- openness -------------------------------------------------------------------
    def _parameters_text(self, model: Model) -> str:
        total, active = model.params_total_b, model.params_active_b
        if total is None:
            return "—"
        if active is None or math.isclose(active, total):
            return fill(self.tr("%1 bn"), self._number(total))
        return fill(
            self.tr("%1 bn total, %2 bn active per token"),
            self._number(total),
            self._number(active),
        )

    def _open_weights_text(self, model: Model) -> str:
        if model.open_weights is None:
            return "—"
        return self.tr("Yes") if model.open_weights else self.tr("No")

    def _fill_openness_table(self) -> None:
        if self.data is None:
            return
        formatter = self.language.formatter
        models = openness_models(self.data, self.later_models_box.isChecked())
        table = self.openness_table
        table.setRowCount(len(models))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Model"),
                self.tr("Developer"),
                self.tr("Released"),
                self.tr("Parameters"),
                self.tr("Open weights"),
                self.tr("Licence"),
            ]
        )
        for row, model in enumerate(models):
            released = formatter.date(model.release_date) if model.release_date else "—"
            texts = [
                model.name,
                model.developer,
                released,
                self._parameters_text(model),
                self._open_weights_text(model),
                model.license or "—",
            ]
            tooltip = self._model_tooltip(model)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip)
                if model.id == HIGHLIGHTED_MODEL:
                    font = QFont()
                    font.setBold(True)
                    item.setFont(font)
                    item.setBackground(QBrush(QColor(chart_colours().highlight_tint)))
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        for column in range(table.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()

    # -- appearance -----------------------------------------------------------------
    def redraw(self) -> None:
        if self.data is not None:
            for plot in self.other_plots.values():  # the Codeforces plots, built as needed
                apply_axis_colours(plot)
        super().redraw()
        if self.data is not None:
            self._fill_legend()  # R1's swatch is outlined in the foreground colour

    # -- language -------------------------------------------------------------------
    def _intro_body(self) -> str:
        if self.data is None:
            return self.tr(
                "DeepSeek-R1 against the models it was compared with: benchmark scores, "
                "training compute and cost, price and openness."
            )
        formatter = self.language.formatter
        r1_aime, o1_aime, decimals, r1_price, o1_price, v3_cost = self._intro_figures
        return fill(
            self.tr(
                "On AIME 2024, DeepSeek-R1 scored %1 against %2 for OpenAI o1-1217, and in "
                "January 2025 its API charged %3 per million output tokens against %4 for o1. "
                "The much-quoted %5 is DeepSeek's rental-price estimate for the final training "
                "run of its V3 base model only: every figure below comes with its basis."
            ),
            self._number(r1_aime, decimals),
            self._number(o1_aime, decimals),
            formatter.usd(r1_price),
            formatter.usd(o1_price),
            formatter.usd_large(v3_cost),
        )

    @functools.cached_property
    def _intro_figures(self) -> tuple[float, float, int, float, float, float]:
        """The introduction's figures, looked up once: every switch sets the introduction,
        even in a hidden tab."""
        aime = score_group(self.data, self._measure(HEADLINE_MEASURE_KEY))
        v3_cost = next(c for c in self.data.costs if c.id == V3_FINAL_RUN_COST)
        figures = (
            aime.value_of(HIGHLIGHTED_MODEL),
            aime.value_of("o1-2024-12-17"),
            aime.decimals,
            self._output_price(HIGHLIGHTED_MODEL),
            self._output_price("o1-2024-12-17"),
            v3_cost.value_usd_m * 1e6,
        )
        return figures

    def _measure(self, key: str) -> Measure:
        return next(m for m in self.all_measures if m.key == key)

    def _output_price(self, model_id: str) -> float:
        price = price_on(self.data, model_id, PRICE_DAY)
        return price.output_usd_per_m if price is not None else math.nan

    def update_texts(self) -> None:
        self.intro.set_texts(self.tab_title(), self._intro_body())
        if self.data is not None:
            self.when_shown(self._update_content_texts)

    def _update_content_texts(self) -> None:
        """The four sections: their texts at once, charts and tables when they can be seen."""
        titles = [
            self.tr("Benchmarks"),
            self.tr("Training compute and cost"),
            self.tr("Price against capability"),
            self.tr("Openness"),
        ]
        for index, title in enumerate(titles):
            self.sections.setTabText(index, title)
        self._update_benchmarks_texts()
        self._update_compute_texts()
        self._update_price_section_texts()
        self._update_openness_texts()

    def _update_benchmarks_texts(self) -> None:
        self.comparison_button.setText(self.tr("Main comparison"))
        self.distilled_button.setText(self.tr("Distilled models"))
        # Wider when the two switches need it side by side ("Comparaison principale").
        self._table_switch_row.invalidate()  # its size hint still has the old texts
        self.benchmark_controls.setMaximumWidth(
            max(CONTROLS_COLUMN_PX, self._table_switch_row.sizeHint().width())
        )
        self.measures_label.setText(self.tr("Benchmarks shown:"))
        with QSignalBlocker(self.measure_list):
            for row, measure in enumerate(self.all_measures):
                item = self.measure_list.item(row)
                item.setText(self.measure_text(measure))
                item.setToolTip(fill(self.tr("Metric in the source: %1"), measure.metric))
        self.measure_list.setAccessibleName(self.tr("Benchmarks shown on the chart"))
        self.main_benchmarks_button.setText(self.tr("Main six"))
        self.all_benchmarks_button.setText(self.tr("All"))
        self.sort_box.setText(self.tr("Sort bars by score"))
        self.scale_note.setText(
            self.tr(
                "Scores from 0 to 100 share one axis. A Codeforces rating has no upper bound, "
                "so it gets an axis of its own below: the two scales are never mixed."
            )
        )
        self.benchmark_chart.set_texts(
            self.tr("DeepSeek-R1 against the models it was compared with"),
            self.tr(
                "Scores as published in the DeepSeek-R1 paper; higher is better. The metric "
                "is named under each benchmark and each axis gives its scale. Hover over a "
                "bar for its source and caveats."
            ),
            self.tr(
                "Source: DeepSeek-R1 paper, Table 4. The OpenAI-o1-1217 scores are those "
                "OpenAI reported; “not reported” marks a dash in the paper."
            )
            + " "
            + sources_html(("mdl-deepseek-r1-paper",), self.sources, self.language.formatter),
        )
        # Charts and tables are drawn now if they can be seen, else when they are shown.
        self.benchmark_chart.draw_when_shown(self._redraw_benchmarks)
        self.distilled_title.setText(
            self.tr("Distilled models: small models fine-tuned on R1's answers")
        )
        self.distilled_view.setAccessibleName(self.distilled_title.text())
        self._deferred_distilled.run(self._fill_distilled_table)
        self.distilled_note.setText(
            html.escape(
                self.tr(
                    "Bold: models distilled from DeepSeek-R1. Italic: score taken from the "
                    "paper's main table (Table 4), which the distillation table repeats for "
                    "the baselines. Source: DeepSeek-R1 paper, Table 5."
                )
            )
            + " "
            + sources_html(("mdl-deepseek-r1-paper",), self.sources, self.language.formatter)
        )

    def _update_compute_texts(self) -> None:
        shown = compute_models(self.data)
        ids = tuple(dict.fromkeys(i for model in shown for i in model.sources))
        self.compute_chart.set_texts(
            self.tr("Training compute in GPU-hours, as disclosed"),
            self.tr(
                "Millions of GPU-hours on a logarithmic scale: each step is ten times more. "
                "Numbers in brackets point to the cost figures on the right."
            ),
            self.tr("Source: the developers' reports and model cards.")
            + " "
            + sources_html(ids, self.sources, self.language.formatter),
        )
        self.compute_chart.set_axis_labels("", self.tr("Millions of GPU-hours (log scale)"))
        self.footnotes_title.setText(self.tr("Reported cost figures and what they cover"))
        self.footnote_browser.setAccessibleName(self.footnotes_title.text())
        self.compute_chart.draw_when_shown(self._draw_compute)
        self._deferred_footnotes.run(self._fill_footnotes)

    def _update_price_section_texts(self) -> None:
        self.price_measure_label.setText(self.tr("Score on:"))
        self._fill_price_measures()
        self._update_price_texts()
        self.price_chart.draw_when_shown(self._draw_price)

    def _update_openness_texts(self) -> None:
        self.openness_title.setText(self.tr("What each developer made public"))
        self.openness_table.setAccessibleName(self.openness_title.text())
        self.later_models_box.setText(
            self.tr("Also show models released after January 2025 or without a known date")
        )
        self._deferred_openness.run(self._fill_openness_table)
        self.openness_note.setText(
            self.tr(
                "—: not disclosed, or not in the app's data. Open weights are not open "
                "source: none of these releases includes its training data. Hover over a "
                "row for the details and sources."
            )
        )
