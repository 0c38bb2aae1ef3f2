"""Training compute and cost: disclosed GPU-hours as dots on a log axis, and every reported
cost figure as a footnote with what it covers and what it leaves out."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from explainer_core.data.models import CostFigure, CostQualifier
from explainer_core.models.compute import (
    ComputeDot,
    ComputeRole,
    Footnote,
    compute_dots,
    cost_footnotes,
    decade_above,
    usd_of,
)
from explainer_core.templates import fill
from ui.models.section import ModelSection, SectionContext
from ui.models.texts import (
    DEEPSEEK_COLOUR,
    OTHER_MODEL_COLOUR,
    enable_source_links,
    model_tooltip,
    number,
)
from ui.shell.source_links import sources_html
from widgets.chart_panel import ChartPanel
from widgets.chart_theme import chart_colours
from widgets.deferred_work import DeferredWork
from widgets.log_axis import LocalizedLogAxis
from widgets.log_dots import LogDot, LogDotPlot
from widgets.palette import HIGHLIGHT_COLOUR

COMPUTE_CHART_ID = "model-compute"
ROLE_COLOURS = {
    ComputeRole.HIGHLIGHTED: HIGHLIGHT_COLOUR,
    ComputeRole.SAME_DEVELOPER: DEEPSEEK_COLOUR,
    ComputeRole.OTHER: OTHER_MODEL_COLOUR,
}


class ComputeSection(ModelSection):
    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
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

    # -- behaviour ------------------------------------------------------------------
    def _dot_clicked(self, model_id: str) -> None:
        """A click on a dot sets its model apart (again: back to none) and says so."""
        chosen = None if model_id == self.focused_model else model_id
        self.focus_model(chosen)
        self.modelPicked.emit(chosen)

    def focus_model(self, model_id: str | None) -> bool:
        """Outline a model's dot and shade its cost footnotes, scrolled into view. False
        when the model has neither."""
        self.focused_model = model_id
        self.draw_chart()
        self._fill_footnotes()
        numbers = [f.number for f in self.footnotes if f.cost.model == model_id]
        if numbers:
            self.footnote_browser.scrollToAnchor(f"fn{numbers[0]}")
        has_dot = any(dot.model.id == model_id for dot in self.compute_dots)
        return model_id is not None and (has_dot or bool(numbers))

    # -- texts ----------------------------------------------------------------------
    def update_texts(self) -> None:
        ids = tuple(dict.fromkeys(i for dot in self.compute_dots for i in dot.model.sources))
        self.chart.set_texts(
            self.tr("Training compute in GPU-hours, as disclosed"),
            self.tr(
                "One dot per model, on a logarithmic scale: each step is ten times more. "
                "Each figure is its developer's own and covers what its label says; the "
                "numbers in brackets point to the cost figures on the right."
            ),
            self.tr("Source: the developers' reports and model cards.")
            + " "
            + sources_html(ids, self.sources, self.formatter()),
        )
        self.chart.set_axis_labels("", self.tr("Millions of GPU-hours (log scale)"))
        self.footnotes_title.setText(self.tr("Reported cost figures and what they cover"))
        self.footnote_browser.setAccessibleName(self.footnotes_title.text())
        self.chart.draw_when_shown(self.draw_chart)
        self._deferred_footnotes.run(self._fill_footnotes)

    def dot_text(self, dot: ComputeDot) -> str:
        """The dot's label: the figure and the GPU, then what the figure rests on."""
        hours = fill(
            self.tr("%1 M GPU-hours"), number(self.formatter(), dot.gpu_hours_m, dot.decimals)
        )
        lines = [" · ".join([hours] + ([dot.model.gpu_type] if dot.model.gpu_type else []))]
        basis = [fill(self.tr("disclosed by %1"), dot.developer)]
        if dot.on_top_of:
            basis.append(fill(self.tr("on top of %1"), dot.on_top_of))
        lines.append(" · ".join(basis))
        if dot.footnotes:  # on a line of its own: the labels must fit beside the dots
            refs = " ".join(f"[{n}]" for n in dot.footnotes)
            lines.append(fill(self.tr("reported costs: %1"), refs))
        return "\n".join(lines)

    def cost_amount(self, cost: CostFigure) -> str:
        """The cost figure as reported: exact, about, more than, or a remark with no figure."""
        amount_usd = usd_of(cost)
        if amount_usd is None:
            return self.tr("no figure given")
        amount = self.formatter().usd_large(amount_usd)
        patterns = {
            CostQualifier.EXACT: "%1",
            CostQualifier.ABOUT: self.tr("about %1"),
            CostQualifier.MORE_THAN: self.tr("more than %1"),
        }
        return fill(patterns[cost.qualifier], amount)

    def footnote_html(self, footnote: Footnote) -> str:
        cost = footnote.cost
        code = self.language.language
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
        links = sources_html(cost.sources, self.sources, self.formatter())
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
        formatter = self.formatter()
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

    # -- drawing --------------------------------------------------------------------
    def draw_chart(self) -> None:
        formatter = self.formatter()
        code = self.language.language
        dots = [
            LogDot(
                dot.model.id,
                dot.model.name,
                dot.gpu_hours_m,
                self.dot_text(dot),
                ROLE_COLOURS[dot.role],
                emphasised=dot.role is ComputeRole.HIGHLIGHTED
                or dot.model.id == self.focused_model,
                tooltip=model_tooltip(
                    dot.model, code, self.sources, number(formatter, dot.gpu_hours)
                ),
            )
            for dot in self.compute_dots
        ]
        self.dots.set_dots(dots)
        self.gpu_hours_axis.set_label_limit(decade_above([dot.value for dot in dots]))
