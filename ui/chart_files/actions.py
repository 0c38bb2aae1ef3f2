"""The window's chart files: Export chart…, Export all charts…, Copy chart; messages in the
user's language. Files are drawn from the chart's state and written in a worker thread;
the interface is never switched to another language or theme to draw them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from explainer_core.chart_files.plan import BASE_SIZE
from explainer_core.templates import fill
from ui import registry
from ui.chart_files.batch import BatchExport, BatchJob, BatchResult
from ui.chart_files.chart_figures import ChartRequest, TextEdits, build_figure
from ui.chart_files.export_all_dialog import ExportAllDialog
from ui.chart_files.export_dialog import ChartChoice, ExportChoice, ExportDialog, default_folder
from ui.chart_files.saving import (
    ExportFailure,
    ExportProblem,
    render_chart_files,
    write_atomically,
)
from ui.shell.language import LanguageService
from ui.shell.settings import AppSettings
from widgets.figure.outputs import render_image

CLIPBOARD_SCALE = 2.0  # a copied chart is as sharp as a 2× PNG


def create_folder(folder: Path) -> str | None:
    """Make the folder typed in Export all (as the command line does); the reason, for the
    user, when it cannot be made (a drive that is gone, a read-only place), else None."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return fill(
            QCoreApplication.translate(
                "ChartExport", "The folder %1 cannot be created (%2). Nothing was written."
            ),
            str(folder),
            error.strerror or type(error).__name__,
        )
    return None


def failure_text(failure: ExportFailure) -> str:
    """What went wrong, for the user, in the interface language."""
    texts = {
        ExportProblem.FOLDER_MISSING: QCoreApplication.translate(
            "ChartExport", "The folder of %1 does not exist (any more). Nothing was written."
        ),
        ExportProblem.NOT_WRITABLE: QCoreApplication.translate(
            "ChartExport",
            "%1 cannot be written: the folder is read-only or the name is not valid. "
            "Nothing was written.",
        ),
        ExportProblem.WRITE_FAILED: QCoreApplication.translate(
            "ChartExport",
            "Writing %1 failed (is the disk full?). No partial file was left behind.",
        ),
        ExportProblem.SIZE_REFUSED: QCoreApplication.translate(
            "ChartExport", "%1: this image size is too large to export."
        ),
        ExportProblem.RENDER_FAILED: QCoreApplication.translate(
            "ChartExport", "%1: the chart could not be drawn."
        ),
        ExportProblem.DATA_UNAVAILABLE: QCoreApplication.translate(
            "ChartExport", "%1: the chart's data could not be read, so nothing was written."
        ),
    }
    return fill(texts[failure.problem], failure.path)


def _write_files(files: list[tuple[Path, bytes]]) -> ExportFailure | None:
    """Write drawn files (in a worker thread); the failure, or None."""
    try:
        for path, payload in files:
            write_atomically(path, payload)
    except ExportFailure as failure:
        return failure
    return None


class ChartFileActions(QObject):
    """Owned by the main window; talks to it through ``statusMessage`` and the callables it
    is given: which chart the user works with, and each chart's state."""

    statusMessage = Signal(str)
    exportFinished = Signal(str, bool)  # path, success
    batchRunning = Signal(bool)
    _written = Signal(str, object)  # path, ExportFailure or None; sent from the worker

    def __init__(
        self,
        window: QWidget,
        language: LanguageService,
        settings: AppSettings,
        current_chart: Callable[[], str | None],
        state_of: Callable[[str], Any],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._language = language
        self._settings = settings
        self._current_chart = current_chart
        self._state_of = state_of
        self._running: list[str] = []  # files being written in the background
        self.batch: BatchExport | None = None
        self._written.connect(self._on_written)  # queued: emitted in a worker thread

    # -- one chart ----------------------------------------------------------------------
    def chart_choices(self) -> list[ChartChoice]:
        return [
            ChartChoice(chart.id, chart.name(), self._state_of(chart.id))
            for chart in registry.CHARTS
        ]

    def choose_and_export(self, chart_id: str | None = None) -> None:
        dialog = ExportDialog(
            self.chart_choices(),
            chart_id or self._current_chart(),
            self._language.language,
            self._settings,
            self._window,
        )
        accepted = dialog.exec() == ExportDialog.DialogCode.Accepted
        choice = dialog.choice() if accepted else None
        # Parented to the window, a finished dialog would live as long as the window: one
        # more set of widgets for every export of the session.
        dialog.deleteLater()
        if choice is not None:
            self.perform(choice)

    def perform(self, choice: ExportChoice, confirm_overwrite: bool = True) -> bool:
        """Draw the files now and write them in the background; False when nothing will be
        written (refused or failed)."""
        if confirm_overwrite and choice.path.exists() and not self._overwrite_accepted(choice.path):
            self.statusMessage.emit(
                QCoreApplication.translate("ChartExport", "Nothing was written.")
            )
            return False
        try:
            files = render_chart_files(choice.request, choice.spec, choice.path)
        except ExportFailure as failure:
            self._report(failure)
            return False
        path = str(choice.path)
        self._running.append(path)
        self.statusMessage.emit(fill(QCoreApplication.translate("ChartExport", "Saving %1…"), path))
        # A plain callable, not a QRunnable: PySide never frees a QRunnable that is not
        # auto-deleted, nor what it holds.
        QThreadPool.globalInstance().start(lambda: self._written.emit(path, _write_files(files)))
        return True

    def _on_written(self, path: str, failure: ExportFailure | None) -> None:
        if path in self._running:
            self._running.remove(path)
        if failure is None:
            self.statusMessage.emit(
                fill(QCoreApplication.translate("ChartExport", "Chart saved: %1"), path)
            )
            self.exportFinished.emit(path, True)
        else:
            self._report(failure)

    def wait_for_writes(self) -> None:
        """Block until background writes are done (tests, quitting)."""
        QThreadPool.globalInstance().waitForDone()
        QCoreApplication.processEvents()

    def _overwrite_accepted(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self._window,
            QCoreApplication.translate("ChartExport", "Replace the file?"),
            fill(
                QCoreApplication.translate("ChartExport", "%1 already exists. Replace it?"),
                path.name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _report(self, failure: ExportFailure) -> None:
        text = failure_text(failure)
        self.statusMessage.emit(text)
        self.exportFinished.emit(failure.path, False)
        QMessageBox.warning(
            self._window, QCoreApplication.translate("ChartExport", "Export failed"), text
        )

    # -- clipboard ------------------------------------------------------------------------
    def copy_to_clipboard(self, chart_id: str | None = None) -> bool:
        chart_id = chart_id or self._current_chart()
        if chart_id is None:
            self.statusMessage.emit(
                QCoreApplication.translate("ChartExport", "This tab has no chart to copy.")
            )
            return False
        language = self._language.language
        stored = self._settings.export_texts(chart_id, language)
        request = ChartRequest(
            chart_id, language, self._state_of(chart_id), TextEdits.from_dict(stored)
        )
        size = BASE_SIZE
        pixels = (round(size.width * CLIPBOARD_SCALE), round(size.height * CLIPBOARD_SCALE))
        image = render_image(build_figure(request), pixels)
        QGuiApplication.clipboard().setImage(image)
        self.statusMessage.emit(
            fill(
                QCoreApplication.translate("ChartExport", "Copied “%1” to the clipboard."),
                registry.chart(chart_id).name(),
            )
        )
        return True

    # -- every chart ----------------------------------------------------------------------
    def export_everything(self) -> None:
        if self.batch is not None and self.batch.running:
            self.statusMessage.emit(
                QCoreApplication.translate("ChartExport", "An export of every chart is running.")
            )
            return
        dialog = ExportAllDialog(
            self._language.language,
            self._settings.export_folder() or default_folder(),
            self._settings,
            self._window,
        )
        accepted = dialog.exec() == ExportAllDialog.DialogCode.Accepted
        folder, languages, formats, spec = (
            dialog.folder(),
            dialog.languages(),
            dialog.formats(),
            dialog.spec(),
        )
        remembered_size = dialog.sizes.remembered()
        dialog.deleteLater()  # as in choose_and_export
        if not accepted:
            return
        problem = create_folder(folder)
        if problem is not None:
            QMessageBox.warning(
                self._window, QCoreApplication.translate("ChartExport", "Export failed"), problem
            )
            return
        self._settings.remember_export(str(folder), formats[0], spec.scale)
        self._settings.set_export_size(remembered_size)
        self.start_batch(self._job(folder, languages, formats, spec))

    def _job(
        self, folder: Path, languages: tuple[str, ...], formats: tuple[str, ...], spec
    ) -> BatchJob:
        """Every chart as the user left it, with the texts they rewrote."""
        charts = tuple(chart.id for chart in registry.CHARTS)
        states = {chart_id: self._state_of(chart_id) for chart_id in charts}
        edits = {
            (chart_id, language): TextEdits.from_dict(
                self._settings.export_texts(chart_id, language)
            )
            for chart_id in charts
            for language in languages
        }
        return BatchJob(folder, charts, languages, formats, spec, states, edits)

    def start_batch(self, job: BatchJob) -> BatchExport:
        """Write ``job`` in the background, with a progress window that can cancel it; the
        rest of the app stays usable meanwhile."""
        batch = BatchExport(job, self)
        progress = QProgressDialog(self._window)
        progress.setWindowTitle(QCoreApplication.translate("ChartExport", "Exporting charts"))
        progress.setCancelButtonText(QCoreApplication.translate("ChartExport", "Cancel"))
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMaximum(job.total)
        progress.canceled.connect(batch.cancel)

        def step(done: int, total: int, name: str) -> None:
            progress.setValue(done)
            progress.setLabelText(name)

        def finish(result: BatchResult) -> None:
            progress.close()
            progress.deleteLater()
            self.batchRunning.emit(False)
            self._summarise(job.folder, result)
            batch.deleteLater()

        batch.progressed.connect(step)
        batch.finished.connect(finish)
        self.batch = batch
        self.batchRunning.emit(True)
        progress.show()
        batch.start()
        return batch

    def _summarise(self, folder: Path, result: BatchResult) -> None:
        summary = fill(
            QCoreApplication.translate("ChartExport", "%1 files written to %2."),
            str(len(result.written)),
            str(folder),
        )
        if result.cancelled:
            summary += " " + QCoreApplication.translate("ChartExport", "Export cancelled.")
        self.statusMessage.emit(summary)
        if result.failures:
            details = "\n".join(failure_text(f) for f in result.failures[:5])
            QMessageBox.warning(
                self._window, QCoreApplication.translate("ChartExport", "Export failed"), details
            )
