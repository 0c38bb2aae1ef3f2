"""The model comparison's screen-only looks and words: fonts, source links, the model
tooltips (rich text).

The words a chart and its file share (metric names, figures, costs, prices) are the core's
(``explainer_core.models.texts``), written with the interface's ``Writing``. Texts here go
through ``QCoreApplication.translate("ModelTexts", …)`` with literal strings (lupdate
cannot see through a wrapper).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from explainer_core.charts import Writing
from explainer_core.data.models import Model
from explainer_core.data.sources import SourceRegistry
from explainer_core.models.figures_common import ChartTexts
from explainer_core.templates import fill
from ui.shell.source_links import sources_html
from widgets.chart_panel import ChartPanel


def small_font(scale: float = 0.9) -> QFont:
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * scale)
    return font


def title_font(scale: float = 1.15) -> QFont:
    font = QFont()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    return font


def enable_source_links(chart: ChartPanel) -> None:
    chart.source_label.setTextFormat(Qt.TextFormat.RichText)
    chart.source_label.setOpenExternalLinks(True)  # opens the system browser
    chart.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)


def set_chart_texts(
    chart: ChartPanel, texts: ChartTexts, writing: Writing, notes: Sequence[str] = ()
) -> None:
    """The chart's title, subtitle and source line as its file says them (the core's
    ``ChartTexts``), the documents cited as links to the system browser; ``notes`` (the
    file's) above the source line, as in the file."""
    links = sources_html(texts.cited, writing.sources, writing.formatter)
    source = html.escape(texts.source_lead) + (" " + links if links else "")
    foot = [html.escape(note) for note in notes] + [source]
    chart.set_texts(texts.title, texts.subtitle, "<br>".join(foot))


def source_titles(sources: SourceRegistry, ids: tuple[str, ...], language: str) -> str:
    """The documents' titles in ``language``, for a tooltip."""
    return "; ".join(sources[i].title_in(language) for i in ids if i in sources)


def source_line(sources: SourceRegistry, ids: tuple[str, ...], language: str) -> str:
    return html.escape(
        fill(
            QCoreApplication.translate("ModelTexts", "Source: %1"),
            source_titles(sources, ids, language),
        )
    )


def model_tooltip(
    model: Model,
    language: str,
    sources: SourceRegistry,
    gpu_hours: str = "",
) -> str:
    """The model, its developer, the data's note and sources (and, for the compute chart,
    its GPU-hours already written out in full)."""
    lines = [f"<b>{html.escape(model.name)}</b> — {html.escape(model.developer)}"]
    if gpu_hours:
        hours = fill(QCoreApplication.translate("ModelTexts", "%1 GPU-hours"), gpu_hours)
        lines.append(html.escape(" · ".join(p for p in (hours, model.gpu_type) if p)))
    if model.note is not None:
        lines.append(html.escape(model.note.text(language)))
    lines.append(source_line(sources, model.sources, language))
    return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"
