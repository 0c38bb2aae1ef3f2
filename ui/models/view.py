"""Tab 3: DeepSeek-R1 against the models it was compared with, every figure with its basis.

Four sections, each a widget of its own with its controls and state: benchmark scores
(with the distilled models' table), training compute and cost, API prices, openness. The
tab composes them, shares the model a reader points at between them, and puts a chart in
the state a claim's "Show in chart" asks for.
"""

from __future__ import annotations

import functools

from PySide6.QtWidgets import QTabWidget, QWidget

from explainer_core.charts import Writing
from explainer_core.data.models import load_models
from explainer_core.models.chart_states import ChartState, Section, chart_state_for
from explainer_core.models.figures_benchmarks import BENCHMARKS_CHART_ID
from explainer_core.models.figures_compute import COMPUTE_CHART_ID
from explainer_core.models.figures_price import PRICE_CHART_ID
from explainer_core.models.headline import HeadlineFigures, headline_figures
from explainer_core.models.texts import exact_number, exact_usd
from explainer_core.templates import fill
from ui import registry
from ui.models.benchmarks_section import BenchmarksSection
from ui.models.compute_section import ComputeSection
from ui.models.openness_section import OpennessSection
from ui.models.price_section import PriceSection
from ui.models.section import ModelSection, SectionContext
from ui.shell.language import LanguageService
from ui.shell.tab_view import TabView

SECTIONS: tuple[str, ...] = tuple(section.value for section in Section)
CHART_SECTIONS = {
    BENCHMARKS_CHART_ID: Section.BENCHMARKS,
    COMPUTE_CHART_ID: Section.COMPUTE,
    PRICE_CHART_ID: Section.PRICE,
}


class ModelComparisonView(TabView):
    tab_id = registry.MODELS

    def __init__(self, language: LanguageService, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        layout, self.data = self.start_with_intro(lambda sources: load_models(sources=sources))
        if self.data is None:
            self.update_texts()
            return
        context = SectionContext(language, self.data, self.sources)
        self.benchmarks = BenchmarksSection(context, self)
        self.compute = ComputeSection(context, self)
        self.price = PriceSection(context, self)
        self.openness = OpennessSection(context, self)
        self.section_widgets: dict[Section, ModelSection] = {
            Section.BENCHMARKS: self.benchmarks,
            Section.COMPUTE: self.compute,
            Section.PRICE: self.price,
            Section.OPENNESS: self.openness,
        }
        self.sections = QTabWidget(self)
        self.sections.setObjectName("modelSections")
        self.sections.setDocumentMode(True)
        for section in self.section_widgets.values():
            self.sections.addTab(section, "")
            section.modelPicked.connect(functools.partial(self._share_picked_model, section))
        layout.addWidget(self.sections, 1)
        self.update_texts()

    # -- behaviour ------------------------------------------------------------------
    def _share_picked_model(self, picked_in: ModelSection, model_id: str | None) -> None:
        """The model a reader picks in one section is set apart in the others too."""
        for section in self.section_widgets.values():
            if section is not picked_in:
                section.focus_model(model_id)

    def show_section(self, section: str) -> None:
        self.sections.setCurrentIndex(SECTIONS.index(section))

    def current_section(self) -> str:
        return SECTIONS[self.sections.currentIndex()]

    def show_chart_item(self, chart_id: str, item: str) -> bool:
        """Put chart ``chart_id`` in the state that illustrates ``item`` (a benchmark or a
        model; empty: the chart as it opens), whatever the reader left, and show it."""
        if self.data is None or chart_id not in CHART_SECTIONS:
            return False
        state = chart_state_for(self.data, CHART_SECTIONS[chart_id], item)
        if state is None:
            return False
        self.show_section(state.section.value)
        self.apply_state(state)
        return True

    def apply_state(self, state: ChartState) -> None:
        if state.section is Section.BENCHMARKS:
            self.benchmarks.apply_state(state)
        elif state.section is Section.PRICE:
            self.price.apply_state(state)
        elif state.section is Section.COMPUTE:
            self.compute.focus_model(state.model)
        else:
            self.openness.focus_model(state.model)

    def figure_state(self, chart_id: str) -> object | None:
        """The chart's state as the reader left it in its section: its file shows the same
        benchmarks, order, table, score and model set apart."""
        if self.data is None or chart_id not in CHART_SECTIONS:
            return None
        return self.section_widgets[CHART_SECTIONS[chart_id]].figure_state()

    # -- appearance -----------------------------------------------------------------
    def redraw(self) -> None:
        super().redraw()
        if self.data is not None:
            for section in self.section_widgets.values():
                section.restyle()

    # -- language -------------------------------------------------------------------
    @functools.cached_property
    def _headline(self) -> HeadlineFigures:
        """Looked up once: every switch sets the introduction, even in a hidden tab."""
        return headline_figures(self.data)

    def _intro_body(self) -> str:
        if self.data is None:
            return self.tr(
                "DeepSeek-R1 against the models it was compared with: benchmark scores, "
                "training compute and cost, price and openness."
            )
        writing = Writing(self.language.words, self.language.formatter, self.sources)
        figures = self._headline

        def score(value: float | None) -> str:
            return "—" if value is None else exact_number(writing, value, figures.score_decimals)

        def usd(value: float | None) -> str:
            return "—" if value is None else exact_usd(writing, value)

        formatter = writing.formatter
        cost = "—" if figures.cost_usd is None else formatter.usd_large(figures.cost_usd)
        # The names come from the same constants as the figures (``headline_figures``).
        return fill(
            self.tr(
                "On %1, %2 scored %3 against %4 for %5, and in %6 its API charged %7 per "
                "million output tokens against %8 for %5. The much-quoted %9 is DeepSeek's "
                "rental-price estimate for the final training run of its V3 base model only: "
                "every figure below comes with its basis."
            ),
            figures.benchmark,
            figures.model,
            score(figures.score),
            score(figures.reference_score),
            figures.reference_model,
            formatter.month_name_and_year(figures.price_day),
            usd(figures.output_price),
            usd(figures.reference_output_price),
            cost,
        )

    def update_texts(self) -> None:
        self.intro.set_texts(self.tab_title(), self._intro_body())
        if self.data is not None:
            self.when_shown(self._update_sections)

    def _update_sections(self) -> None:
        """The four sections: their texts at once, charts and tables when they can be seen."""
        titles = [
            self.tr("Benchmarks"),
            self.tr("Training compute and cost"),
            self.tr("API prices"),
            self.tr("Openness"),
        ]
        for index, title in enumerate(titles):
            self.sections.setTabText(index, title)
        for section in self.section_widgets.values():
            section.update_texts()
