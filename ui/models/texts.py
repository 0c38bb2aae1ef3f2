"""The model comparison's shared words and looks: metric names, model tooltips, colours.

Shared by its four sections, so that a benchmark or a model reads the same everywhere.
Every text goes through ``QCoreApplication.translate("ModelTexts", …)`` with literal
strings (lupdate cannot see through a wrapper); every figure is formatted by the
language's formatter with the decimals the core chose.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from explainer_core.data.models import MetricKind, Model
from explainer_core.data.sources import SourceRegistry
from explainer_core.formatting import LocaleFormatter
from explainer_core.models.comparison import (
    COMPARISON_MODELS,
    HIGHLIGHTED_MODEL,
    Measure,
    decimals_needed,
)
from explainer_core.templates import fill
from widgets.chart_panel import ChartPanel
from widgets.palette import HIGHLIGHT_COLOUR, OKABE_ITO, series_style

OTHER_MODEL_COLOUR = "#8C8C8C"  # models outside the six of the R1 paper's main table
DEEPSEEK_COLOUR = OKABE_ITO[5]


def model_colours() -> dict[str, str]:
    """R1 in the highlight colour, the others in the palette's order: stable across charts."""
    others = [m for m in COMPARISON_MODELS if m != HIGHLIGHTED_MODEL]
    colours = {HIGHLIGHTED_MODEL: HIGHLIGHT_COLOUR}
    colours.update({model: series_style(i)[0] for i, model in enumerate(others)})
    return colours


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


def number(formatter: LocaleFormatter, value: float, decimals: int | None = None) -> str:
    """``value`` with the decimals given, else as many as it has (never rounded)."""
    if decimals is None:
        decimals = decimals_needed([value])
    return formatter.number(value, decimals)


def metric_name(kind: MetricKind) -> str:
    names = {
        MetricKind.PASS_AT_1: QCoreApplication.translate("ModelTexts", "pass@1"),
        MetricKind.CONS_AT_64: QCoreApplication.translate("ModelTexts", "cons@64"),
        MetricKind.EXACT_MATCH: QCoreApplication.translate("ModelTexts", "exact match"),
        MetricKind.F1: QCoreApplication.translate("ModelTexts", "F1 score"),
        MetricKind.ACCURACY: QCoreApplication.translate("ModelTexts", "accuracy"),
        MetricKind.WIN_RATE: QCoreApplication.translate("ModelTexts", "win rate"),
        MetricKind.CORRECT: QCoreApplication.translate("ModelTexts", "correct answers"),
        MetricKind.RESOLVED: QCoreApplication.translate("ModelTexts", "issues resolved"),
        MetricKind.PERCENTILE: QCoreApplication.translate("ModelTexts", "percentile"),
        MetricKind.RATING: QCoreApplication.translate("ModelTexts", "rating"),
        MetricKind.UNSTATED: QCoreApplication.translate("ModelTexts", "metric not stated"),
    }
    return names[kind]


def measure_text(measure: Measure, separator: str = " · ") -> str:
    return f"{measure.benchmark}{separator}{metric_name(measure.kind)}"


def source_titles(sources: SourceRegistry, ids: tuple[str, ...]) -> str:
    return "; ".join(sources[i].title for i in ids if i in sources)


def source_line(sources: SourceRegistry, ids: tuple[str, ...]) -> str:
    return html.escape(
        fill(QCoreApplication.translate("ModelTexts", "Source: %1"), source_titles(sources, ids))
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
    lines.append(source_line(sources, model.sources))
    return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"
