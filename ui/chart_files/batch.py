"""Export every chart in several languages and formats: the command line's --export and
File ▸ Export all charts… both use this."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

from explainer_core.chart_files.plan import export_file_name
from ui.chart_files.writing import ExportFailure, export_chart
from ui.shell.language import LanguageService
from widgets.chart_panel import ChartPanel

# Called before each file with (done, total, path); returns False to cancel.
ProgressCallback = Callable[[int, int, Path], bool]


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    failures: list[ExportFailure] = field(default_factory=list)
    cancelled: bool = False


def settle_language_change() -> None:
    """Deliver the posted LanguageChange events now, so every text is retranslated."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QCoreApplication.processEvents()


def export_charts(
    panels: Callable[[], list[ChartPanel]],
    language: LanguageService,
    folder: Path,
    languages: tuple[str, ...],
    formats: tuple[str, ...],
    scale: float,
    progress: ProgressCallback | None = None,
) -> BatchResult:
    """Write ``<chart-id>_<lang>.<ext>`` for every chart, language and format.

    The interface switches to each language in turn (without remembering it) and back.
    A failure is collected and the batch goes on; ``progress`` can cancel it.
    """
    result = BatchResult()
    original = language.language
    charts = panels()
    total = len(charts) * len(languages) * len(formats)
    done = 0
    try:
        for code in languages:
            language.set_language(code, remember=False)
            settle_language_change()
            for panel in charts:
                for file_format in formats:
                    path = folder / export_file_name(panel.chart_id, code, file_format)
                    if progress is not None and not progress(done, total, path):
                        result.cancelled = True
                        return result
                    try:
                        export_chart(panel, path, file_format, scale)
                        result.written.append(path)
                    except ExportFailure as failure:
                        result.failures.append(failure)
                    done += 1
    finally:
        if original and original != language.language:
            language.set_language(original, remember=False)
            settle_language_change()
    return result


def all_chart_panels(
    view_of: Callable[[str], object], tab_ids: tuple[str, ...]
) -> list[ChartPanel]:
    """Every chart of the app, tab by tab (building tabs not shown yet), once per chart id."""
    panels: dict[str, ChartPanel] = {}
    for tab_id in tab_ids:
        for panel in view_of(tab_id).findChildren(ChartPanel):
            panels.setdefault(panel.chart_id, panel)
    return list(panels.values())
