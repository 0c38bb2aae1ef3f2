"""Benchmark scores: R1 against the models of the R1 paper's main table, or the distilled
models' table; the reader picks the benchmarks and the order of the bars, and the legend
shows one model alone.

The section keeps its choices in the chart's state (``BenchmarksState``), the one its file
is drawn from; what the bars, labels, notes and texts say comes from the same core
functions as the file's.
"""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from explainer_core.data.models import BenchmarkTable
from explainer_core.models.chart_states import ChartState
from explainer_core.models.comparison import (
    COMPARISON_MODELS,
    DEFAULT_MEASURE_KEYS,
    HIGHLIGHTED_MODEL,
    Measure,
    measures,
    model_label,
    score_group,
)
from explainer_core.models.figures_benchmarks import (
    BENCHMARKS_CHART_ID,
    bar_label,
    benchmarks_notes,
    benchmarks_texts,
    category_label,
    own_scale_axis_title,
    percent_axis_title,
)
from explainer_core.models.shown_scores import (
    ShownGroup,
    ShownScore,
    footnote_numbers,
    shown_groups,
)
from explainer_core.models.states import BenchmarksState
from explainer_core.models.texts import exact_number, measure_text
from explainer_core.templates import fill
from ui.models.benchmark_plots import PERCENT_AXIS_MAX, BenchmarkPlots, PlotContent
from ui.models.distilled_table import DistilledTable
from ui.models.section import ModelSection, SectionContext
from ui.models.texts import enable_source_links, set_chart_texts, small_font, source_titles
from widgets.chart_panel import ChartPanel
from widgets.grouped_bars import BarGroup, GroupedBar, LegendSwatch
from widgets.legend_entries import clear_legend
from widgets.localized_axes import LocalizedValueAxis

CONTROLS_COLUMN_PX = 270  # the benchmarks' list and switches, left of the chart


class BenchmarksSection(ModelSection):
    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.colours = context.colours
        self.all_measures: tuple[Measure, ...] = measures(self.data)
        self.state = BenchmarksState()
        self._model_labels: dict[str, str] = {}
        self._legend_models: dict[str, str] = {}  # a legend entry's text → its model id
        self.notes: tuple[str, ...] = ()  # the figure's notes, shown above the source line
        layout = QHBoxLayout(self)
        layout.addWidget(self._build_controls())
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_chart())
        self.distilled = DistilledTable(context, self)
        self.stack.addWidget(self.distilled)
        layout.addWidget(self.stack, 1)
        self.set_selected_measures(DEFAULT_MEASURE_KEYS)

    # -- building -------------------------------------------------------------------
    def _build_controls(self) -> QWidget:
        column = QWidget(self)
        column.setMaximumWidth(CONTROLS_COLUMN_PX)
        self.controls = column
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
        self.measure_list.itemChanged.connect(lambda _item: self._measures_changed())
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
        self.scale_note.setFont(small_font(0.85))
        layout.addWidget(self.scale_note)
        return column

    def _build_chart(self) -> QWidget:
        self.score_axis = LocalizedValueAxis(self.formatter, "bottom")
        self.chart = ChartPanel(BENCHMARKS_CHART_ID, {"bottom": self.score_axis}, parent=self)
        enable_source_links(self.chart)
        # The chart's height is its bars' (``minimumHeight``) or the page's: a plot view
        # would otherwise ask for the height it last had, and the page would scroll for it.
        self.chart.graphics.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        # Measures that are no percentage (a Codeforces rating) each get a plot of their own,
        # under the first, with their own axis: never one axis for two scales.
        self.plots = BenchmarkPlots(self.chart, self.score_axis, self.formatter)
        self.bars = self.plots.bars
        self.other_plots = self.plots.other_plots  # (the dicts themselves: read by tests)
        self.other_bars = self.plots.other_bars
        self._fill_legend()
        self.chart.legend.isolatedChanged.connect(self._legend_isolated)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # A frame for the chart's own Tab stops (chart, sources, export), not one itself.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(self.chart)
        return self.scroll

    def _fill_legend(self) -> None:
        legend = self.chart.legend
        clear_legend(legend)
        self._legend_models = {}
        for model in COMPARISON_MODELS:
            swatch = LegendSwatch(self.colours[model], model == HIGHLIGHTED_MODEL)
            text = html.escape(self._model_label(model))
            self._legend_models[text] = model
            legend.addItem(swatch, text)
        self.chart.fit_legend()

    # -- state ----------------------------------------------------------------------
    @property
    def sort_by_score(self) -> bool:
        return self.state.sort_by_score

    def figure_state(self) -> BenchmarksState:
        """What the chart shows now: the main comparison as chosen, or Table 5 (every
        measure, every model) while the distilled models' table is shown."""
        if self.state.table is BenchmarkTable.DISTILLED:
            return BenchmarksState(self.state.measure_keys, table=BenchmarkTable.DISTILLED)
        return self.state

    def _set_state(self, state: BenchmarksState) -> None:
        """The chart (and its table, if shown) follows ``state`` when it can be seen."""
        if state != self.state:
            self.state = state
            self.chart.draw_when_shown(self.redraw_chart)

    def selected_measures(self) -> list[str]:
        """The keys (``benchmark|metric``) of the checked benchmarks, in list order."""
        keys = []
        for row in range(self.measure_list.count()):
            item = self.measure_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(item.data(Qt.ItemDataRole.UserRole))
        return keys

    def set_selected_measures(self, keys) -> None:
        self._check_measures(keys)
        self._measures_changed()

    def _check_measures(self, keys) -> None:
        """Check the benchmarks of ``keys``, uncheck the others (the chart is not told)."""
        wanted = set(keys)
        with QSignalBlocker(self.measure_list):
            for row in range(self.measure_list.count()):
                item = self.measure_list.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _measures_changed(self) -> None:
        self._set_state(replace(self.state, measure_keys=tuple(self.selected_measures())))

    def set_measure_checked(self, key: str, checked: bool) -> None:
        """Check or uncheck one benchmark as the user would."""
        for row in range(self.measure_list.count()):
            item = self.measure_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_sort_by_score(self, on: bool) -> None:
        if self.sort_box.isChecked() != bool(on):
            with QSignalBlocker(self.sort_box):
                self.sort_box.setChecked(bool(on))
        self._set_state(replace(self.state, sort_by_score=bool(on)))

    def show_distilled(self, on: bool) -> None:
        """Switch between the main comparison chart and the distilled-models table."""
        self.stack.setCurrentIndex(1 if on else 0)
        (self.distilled_button if on else self.comparison_button).setChecked(True)
        for widget in (
            self.measure_list,
            self.main_benchmarks_button,
            self.all_benchmarks_button,
            self.sort_box,
        ):
            widget.setEnabled(not on)
        self.scale_note.setVisible(not on)  # it speaks of the chart's axes and bars
        table = BenchmarkTable.DISTILLED if on else BenchmarkTable.MAIN
        self._set_state(replace(self.state, table=table))

    def showing_distilled(self) -> bool:
        return self.stack.currentIndex() == 1

    @property
    def focused_model(self) -> str | None:
        return self.state.highlighted

    def focus_model(self, model_id: str | None) -> bool:
        """Outline ``model_id``'s bars as R1's are (one of the six models only)."""
        model = model_id if model_id in COMPARISON_MODELS else None
        self._set_state(replace(self.state, highlighted=model))
        return model is not None

    def isolated_model(self) -> str | None:
        """The model the legend shows alone, if any."""
        return self.state.only_model

    def _legend_isolated(self, name: str) -> None:
        self._set_state(replace(self.state, only_model=self._legend_models.get(name)))

    def apply_state(self, state: ChartState) -> None:
        """The chart as ``state`` says, whatever the reader left: main comparison, bars in
        the models' order, every model, the state's benchmarks (the current one listed and
        in view)."""
        chart = state.chart if isinstance(state.chart, BenchmarksState) else BenchmarksState()
        self.show_distilled(chart.table is BenchmarkTable.DISTILLED)
        with QSignalBlocker(self.sort_box):
            self.sort_box.setChecked(chart.sort_by_score)
        self.chart.legend.show_all()
        self._check_measures(chart.measure_keys)
        self._set_state(replace(chart, measure_keys=tuple(self.selected_measures())))
        if state.current_measure is not None:
            for row in range(self.measure_list.count()):
                item = self.measure_list.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == state.current_measure:
                    self.measure_list.setCurrentRow(row)
                    self.measure_list.scrollToItem(item)
                    break

    # -- reading the chart (for tests and claims) -----------------------------------
    def bar_value(self, measure_key: str, model_id: str) -> float | None:
        """The value a benchmark bar is drawn with (its width), None if no bar is drawn."""
        bars = self.plots.bars_of(measure_key)
        item = bars.bar_items.get((measure_key, model_id)) if bars else None
        return None if item is None else float(item.opts["width"][0])

    def bar_label(self, measure_key: str, model_id: str) -> str:
        bars = self.plots.bars_of(measure_key)
        return bars.value_labels[(measure_key, model_id)].toPlainText()

    def bar_order(self, measure_key: str) -> list[str]:
        bars = self.plots.bars_of(measure_key)
        group = next(g for g in bars.groups if g.key == measure_key)
        return [bar.key for bar in group.bars]

    # -- texts ----------------------------------------------------------------------
    def _model_label(self, model_id: str) -> str:
        """``model_label`` (a search through every score), once per model."""
        if model_id not in self._model_labels:
            self._model_labels[model_id] = model_label(self.data, model_id)
        return self._model_labels[model_id]

    def _score_tooltip(self, group: ShownGroup, score: ShownScore) -> str:
        code = self.language.language
        writing = self.writing
        measure = group.measure
        name = html.escape(score.label)
        heading = f"<b>{name}</b> — {html.escape(measure_text(writing.words, measure))}"
        if score.value is None:
            return f"{heading}<br>" + html.escape(
                self.tr("The source table gives no value for this model.")
            )
        value = exact_number(writing, score.value, group.decimals)
        metric = measure.metric_label(code)
        sources = source_titles(self.sources, score.sources, code)
        lines = [
            heading,
            html.escape(fill(self.tr("Score: %1 (metric in the source: %2)"), value, metric)),
            html.escape(fill(self.tr("Source: %1"), sources)),
        ]
        for alt in score.caveats:
            other = self.tr("no value") if alt.value is None else exact_number(writing, alt.value)
            lines.append(
                html.escape(
                    fill(self.tr("Caveat (%1 in another source): %2"), other, alt.note.text(code))
                )
            )
        return "<br>".join(lines)

    def update_texts(self) -> None:
        self.comparison_button.setText(self.tr("Main comparison"))
        self.distilled_button.setText(self.tr("Distilled models"))
        # Wider when the two switches need it side by side ("Comparaison principale").
        self._table_switch_row.invalidate()  # its size hint still has the old texts
        self.controls.setMaximumWidth(
            max(CONTROLS_COLUMN_PX, self._table_switch_row.sizeHint().width())
        )
        self.measures_label.setText(self.tr("Benchmarks shown:"))
        words, code = self.language.words, self.language.language
        with QSignalBlocker(self.measure_list):
            for row, measure in enumerate(self.all_measures):
                item = self.measure_list.item(row)
                item.setText(measure_text(words, measure))
                item.setToolTip(
                    fill(self.tr("Metric in the source: %1"), measure.metric_label(code))
                )
        self.measure_list.setAccessibleName(self.tr("Benchmarks shown on the chart"))
        self.main_benchmarks_button.setText(self.tr("Main six"))
        self.all_benchmarks_button.setText(self.tr("All"))
        self.sort_box.setText(self.tr("Sort bars by score"))
        self.scale_note.setText(
            self.tr(
                "Scores from 0 to 100 share one axis. A Codeforces rating has no upper bound, "
                "so it gets an axis of its own below: the two scales are never mixed."
            )
            + "\n"
            + self.tr(
                "Hover over a bar for its source and caveats. Click a model in the legend "
                "to show its scores alone, and again to show every model."
            )
        )
        # The chart is drawn now if it can be seen, else when it is shown.
        self.chart.draw_when_shown(self.redraw_chart)
        self.distilled.update_texts()

    def restyle(self) -> None:
        self.plots.restyle()
        self._fill_legend()  # R1's swatch is outlined in the foreground colour

    # -- drawing --------------------------------------------------------------------
    def _shown_groups(self) -> list[ShownGroup]:
        """The groups of the main comparison as the state chooses them (the chart is never
        Table 5's: the distilled models are a table on screen)."""
        return shown_groups(self.data, replace(self.state, table=BenchmarkTable.MAIN))

    def _bar_group(self, group: ShownGroup, notes_of: dict[str, int]) -> BarGroup:
        writing = self.writing
        emphasised = {HIGHLIGHTED_MODEL, self.state.highlighted}
        bars = [
            GroupedBar(
                score.model,
                score.value,
                bar_label(group, score, writing),
                self.colours[score.model],
                emphasised=score.model in emphasised,
                tooltip=self._score_tooltip(group, score),
            )
            for score in group.scores
        ]
        return BarGroup(group.measure.key, category_label(group, notes_of, writing), tuple(bars))

    def redraw_chart(self) -> None:
        """Scores from 0 to 100 share the chart's plot; a measure on another scale (a
        Codeforces rating) gets a plot and an axis of its own: the first plot when no
        percentage is chosen, else one below it. No scale is ever stretched to fit another."""
        words = self.language.words
        groups = self._shown_groups()
        notes_of = footnote_numbers(groups)
        percent = [g for g in groups if g.measure.shares_percent_axis]
        contents = []
        if percent:
            bar_groups = [self._bar_group(group, notes_of) for group in percent]
            contents.append(
                PlotContent("", bar_groups, PERCENT_AXIS_MAX, percent_axis_title(words))
            )
        for group in groups:
            if group.measure.shares_percent_axis:
                continue
            # Every model's score sets the scale, shown alone or not: the axis stays put.
            every = score_group(self.data, group.measure).entries
            top = max((entry.score.value for entry in every if entry.score), default=1.0)
            title = own_scale_axis_title(words, group.measure)
            bar_groups = [self._bar_group(group, notes_of)]
            contents.append(PlotContent(group.measure.key, bar_groups, top, title))
        self.plots.draw(contents)
        state = replace(self.state, table=BenchmarkTable.MAIN)
        texts = benchmarks_texts(self.writing, state, groups)
        self.notes = benchmarks_notes(self.data, state, groups, self.writing)
        set_chart_texts(self.chart, texts, self.writing, self.notes)
