"""Training compute and cost: disclosed GPU-hours as dots on a log axis, and every reported
cost figure as a numbered note with what it covers and what it leaves out.

The section keeps its choice in the chart's state (``ComputeState``), the one its file is
drawn from; the dots, their labels, the notes' numbers and the chart's texts come from the
same core functions as the file's.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from explainer_core.data.models import CostFigure
from explainer_core.models.compute import (
    ComputeDot,
    Footnote,
    compute_dots,
    cost_footnotes,
    decade_above,
)
from explainer_core.models.figures_common import emphasised_models
from explainer_core.models.figures_compute import (
    COMPUTE_CHART_ID,
    compute_texts,
    hours_axis_title,
)
from explainer_core.models.states import ComputeState
from explainer_core.models.texts import (
    as_of_text,
    cost_amount,
    cost_heading,
    cost_scope_lines,
    dot_label,
    exact_number,
)
from ui.models.section import ModelSection, SectionContext
from ui.models.texts import enable_source_links, model_tooltip, set_chart_texts
from ui.shell.source_links import sources_html
from widgets.chart_panel import ChartPanel
from widgets.chart_theme import chart_colours
from widgets.deferred_work import DeferredWork
from widgets.log_axis import LocalizedLogAxis
from widgets.log_dots import LogDot, LogDotPlot


class ComputeSection(ModelSection):
    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.state = ComputeState()
        self.footnotes: list[Footnote] = cost_footnotes(self.data)
        self.compute_dots: list[ComputeDot] = compute_dots(self.data, self.footnotes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.gpu_hours_axis = LocalizedLogAxis(self.formatter, "bottom")
        self.chart = ChartPanel(
            COMPUTE_CHART_ID, {"bottom": self.gpu_hours_axis}, with_legend=False, parent=splitter
        )
        enable_source_links(self.chart)
        self.chart.plot.getAxis("left").setStyle(tickLength=0)
        self.dots = LogDotPlot(self.chart.plot)
        self.dots.dotClicked.connect(self._dot_clicked)
        splitter.addWidget(self.chart)
        notes = QWidget(splitter)
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        self.footnotes_title = QLabel(notes)
        self.footnotes_title.setWordWrap(True)
        font = self.footnotes_title.font()
        font.setBold(True)
        self.footnotes_title.setFont(font)
        notes_layout.addWidget(self.footnotes_title)
        self.footnote_browser = QTextBrowser(notes)
        self.footnote_browser.setObjectName("costFootnotes")
        self.footnote_browser.setOpenExternalLinks(True)  # the system browser
        notes_layout.addWidget(self.footnote_browser, 1)
        splitter.addWidget(notes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 520])
        layout.addWidget(splitter)
        self._deferred_footnotes = DeferredWork(self.footnote_browser)

    # -- state ----------------------------------------------------------------------
    @property
    def focused_model(self) -> str | None:
        return self.state.highlighted

    def figure_state(self) -> ComputeState:
        return self.state

    def _dot_clicked(self, model_id: str) -> None:
        """A click on a dot sets its model apart (again: back to none) and says so."""
        chosen = None if model_id == self.focused_model else model_id
        self.focus_model(chosen)
        self.modelPicked.emit(chosen)

    def focus_model(self, model_id: str | None) -> bool:
        """Outline a model's dot and shade its cost notes, scrolled into view. False when
        the model has neither."""
        self.state = ComputeState(model_id)
        self.chart.draw_when_shown(self.draw_chart)
        self._fill_footnotes()
        numbers = [f.number for f in self.footnotes if f.cost.model == model_id]
        if numbers:
            self.footnote_browser.scrollToAnchor(f"fn{numbers[0]}")
        has_dot = any(dot.model.id == model_id for dot in self.compute_dots)
        return model_id is not None and (has_dot or bool(numbers))

    # -- texts ----------------------------------------------------------------------
    def update_texts(self) -> None:
        writing = self.writing
        set_chart_texts(self.chart, compute_texts(writing, self.compute_dots), writing)
        self.chart.set_axis_labels("", hours_axis_title(writing.words))
        self.footnotes_title.setText(self.tr("Reported cost figures and what they cover"))
        self.footnote_browser.setAccessibleName(self.footnotes_title.text())
        self.chart.draw_when_shown(self.draw_chart)
        self._deferred_footnotes.run(self._fill_footnotes)

    def cost_amount(self, cost: CostFigure) -> str:
        """The cost figure as reported: exact, about, more than, or a remark with no figure."""
        return cost_amount(self.writing, cost)

    def _cost_html(self, cost: CostFigure) -> list[str]:
        """A cost figure's heading with its date, its scope, and its sources as links."""
        writing = self.writing
        heading = html.escape(cost_heading(writing, self.data, cost))
        scope = cost_scope_lines(writing, cost)
        lines = [
            f"{heading} <small>({html.escape(as_of_text(writing, cost.as_of))})</small>",
            *(html.escape(line) for line in scope[:2]),
            *(f"<i>{html.escape(line)}</i>" for line in scope[2:]),  # the data's note
        ]
        links = sources_html(cost.sources, self.sources, self.formatter())
        if links:
            lines.append(f"<small>{links}</small>")
        return lines

    def footnote_html(self, footnote: Footnote) -> str:
        """A numbered cost figure, its parts indented under it."""
        style = ""
        if footnote.cost.model == self.focused_model:
            style = f"background-color:{chart_colours().highlight_tint};"
        total = self._cost_html(footnote.cost)
        total[0] = f"<b>[{footnote.number}] {total[0]}</b>"
        paragraphs = [
            f'<p style="{style}margin-bottom:8px"><a name="fn{footnote.number}"></a>'
            + "<br>".join(total)
            + "</p>"
        ]
        paragraphs += [
            f'<p style="{style}margin-left:24px;margin-bottom:8px">'
            + "<br>".join(self._cost_html(part))
            + "</p>"
            for part in footnote.parts
        ]
        return "".join(paragraphs)

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

    # -- drawing --------------------------------------------------------------------
    def draw_chart(self) -> None:
        writing = self.writing
        code = self.language.language
        emphasised = emphasised_models(self.state.highlighted)
        dots = [
            LogDot(
                dot.model.id,
                dot.model.name,
                dot.gpu_hours_m,
                dot_label(writing, dot),
                dot.colour,
                emphasised=dot.model.id in emphasised,
                tooltip=model_tooltip(
                    dot.model, code, self.sources, exact_number(writing, dot.gpu_hours)
                ),
            )
            for dot in self.compute_dots
        ]
        self.dots.set_dots(dots)
        self.gpu_hours_axis.set_label_limit(decade_above([dot.value for dot in dots]))
