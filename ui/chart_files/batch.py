"""Export many charts in several languages and formats: File ▸ Export all charts… (in a worker
thread, cancellable, while the user keeps working) and the command line's ``--export``.

Every file is drawn from an explicit request (chart, state, language, texts): the interface
is never switched to another language or theme to draw it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from explainer_core.chart_files.plan import export_file_name
from ui.chart_files.chart_figures import DATASETS, ChartRequest, Datasets, TextEdits
from ui.chart_files.chart_output import FileSpec
from ui.chart_files.saving import ExportFailure, save_chart

# Called before each file with (done, total, path); returns False to cancel.
ProgressCallback = Callable[[int, int, Path], bool]


@dataclass(frozen=True)
class BatchJob:
    folder: Path
    chart_ids: tuple[str, ...]
    languages: tuple[str, ...]
    formats: tuple[str, ...]
    spec: FileSpec  # size, PNG sharpness, paper; its format is replaced by each of ``formats``
    states: dict[str, Any] = field(default_factory=dict)  # chart id → state; else the opening one
    edits: dict[tuple[str, str], TextEdits] = field(default_factory=dict)  # (chart, language)

    @property
    def total(self) -> int:
        return len(self.chart_ids) * len(self.languages) * len(self.formats)

    def files(self) -> list[tuple[ChartRequest, FileSpec, Path]]:
        """Every file of the job, language by language, chart by chart."""
        files = []
        for language in self.languages:
            for chart_id in self.chart_ids:
                request = ChartRequest(
                    chart_id,
                    language,
                    self.states.get(chart_id),
                    self.edits.get((chart_id, language), TextEdits()),
                )
                for file_format in self.formats:
                    spec = FileSpec(file_format, self.spec.size, self.spec.scale, self.spec.paper)
                    name = export_file_name(chart_id, language, file_format)
                    files.append((request, spec, self.folder / name))
        return files


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    failures: list[ExportFailure] = field(default_factory=list)
    cancelled: bool = False


def run_batch(
    job: BatchJob, progress: ProgressCallback | None = None, datasets: Datasets = DATASETS
) -> BatchResult:
    """Write every file of ``job``; a failure is collected and the batch goes on."""
    result = BatchResult()
    for done, (request, spec, path) in enumerate(job.files()):
        if progress is not None and not progress(done, job.total, path):
            result.cancelled = True
            break
        try:
            result.written += save_chart(request, spec, path, datasets)
        except ExportFailure as failure:
            result.failures.append(failure)
    return result


class BatchExport(QObject):
    """Runs a ``BatchJob`` in the thread pool; ``cancel()`` stops it before the next file."""

    progressed = Signal(int, int, str)  # done, total, the file being written
    finished = Signal(object)  # BatchResult

    def __init__(self, job: BatchJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self._cancelled = threading.Event()
        self.running = False

    def start(self) -> None:
        self.running = True
        # A plain callable, not a QRunnable: PySide never frees a QRunnable that is not
        # auto-deleted, nor what it holds.
        QThreadPool.globalInstance().start(self._run)

    def cancel(self) -> None:
        self._cancelled.set()

    def _run(self) -> None:
        def step(done: int, total: int, path: Path) -> bool:
            self.progressed.emit(done, total, path.name)
            return not self._cancelled.is_set()

        result = BatchResult(cancelled=True)
        try:
            result = run_batch(self.job, step)
        finally:  # a bug must not leave the progress window waiting: it reaches the log too
            self.running = False
            self.finished.emit(result)
