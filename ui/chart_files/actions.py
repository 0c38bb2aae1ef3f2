"""The window's chart export: Export chart…, Export all charts…, Copy chart; messages in the
user's language; a PNG is written to disk off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from explainer_core.chart_files.plan import PlanError
from explainer_core.templates import fill
from ui.chart_files.batch import all_chart_panels, export_charts
from ui.chart_files.export_all_dialog import ExportAllDialog
from ui.chart_files.export_dialog import ExportDialog, ExportRequest, default_folder
from ui.chart_files.writing import (
    ExportFailure,
    ExportProblem,
    export_chart,
    png_bytes,
    render_image,
    write_atomically,
)
from ui.registry import TAB_IDS
from ui.shell.language import LanguageService
from ui.shell.settings import AppSettings
from widgets.chart_panel import ChartPanel

CLIPBOARD_SCALE = 2.0


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
    }
    return fill(texts[failure.problem], failure.path)


def _write_png(payload: bytes, path: Path) -> ExportFailure | None:
    """Write an encoded PNG (in a worker thread); the failure, or None."""
    try:
        write_atomically(path, payload)
    except ExportFailure as failure:
        return failure
    return None


class ChartExportController(QObject):
    """Owned by the main window; talks to it through ``statusMessage`` and its public API."""

    statusMessage = Signal(str)
    exportFinished = Signal(str, bool)  # path, success
    _pngWritten = Signal(str, object)  # path, ExportFailure or None; sent from the worker

    def __init__(
        self,
        window: QWidget,
        language: LanguageService,
        settings: AppSettings,
        current_panels,
        view_of,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._language = language
        self._settings = settings
        self._current_panels = current_panels  # () -> list[ChartPanel] of the current tab
        self._view_of = view_of
        self._running: list[str] = []  # the paths being written in the background
        self._pngWritten.connect(self._on_png_written)  # queued: emitted in a worker thread

    # -- one chart ----------------------------------------------------------------
    def choose_and_export(self, panel: ChartPanel | None = None) -> None:
        panels = self._current_panels()
        if panel is not None and panel not in panels:
            panels = [panel, *panels]
        if not panels:
            self.statusMessage.emit(
                QCoreApplication.translate("ChartExport", "This tab has no chart to export.")
            )
            return
        current = panel or next((p for p in panels if p.isVisible()), panels[0])
        dialog = ExportDialog(
            panels, current, self._language.language, self._settings, self._window
        )
        accepted = dialog.exec() == ExportDialog.DialogCode.Accepted
        request = dialog.request() if accepted else None
        # Parented to the window, a finished dialog would live as long as the window: one
        # more set of widgets for every export of the session.
        dialog.deleteLater()
        if request is not None:
            self.perform(request)

    def perform(self, request: ExportRequest, confirm_overwrite: bool = True) -> bool:
        """Export as asked; returns False when nothing was written (refused or failed)."""
        if (
            confirm_overwrite
            and request.path.exists()
            and not self._overwrite_accepted(request.path)
        ):
            self.statusMessage.emit(
                QCoreApplication.translate("ChartExport", "Nothing was written.")
            )
            return False
        try:
            if request.file_format == "png":
                payload = png_bytes(request.panel, request.scale, request.pixel_size)
                self._write_in_background(payload, request.path)
                return True
            export_chart(request.panel, request.path, request.file_format)
        except PlanError:
            self._report(ExportFailure(ExportProblem.SIZE_REFUSED, str(request.path)))
            return False
        except ExportFailure as failure:
            self._report(failure)
            return False
        self._announce(str(request.path))
        return True

    def _write_in_background(self, payload: bytes, path: Path) -> None:
        self._running.append(str(path))
        self.statusMessage.emit(
            fill(QCoreApplication.translate("ChartExport", "Saving %1…"), str(path))
        )
        # A plain callable, not a QRunnable: PySide never frees a QRunnable that is not
        # auto-deleted, nor what it holds.
        QThreadPool.globalInstance().start(
            lambda: self._pngWritten.emit(str(path), _write_png(payload, path))
        )

    def _on_png_written(self, path: str, failure: ExportFailure | None) -> None:
        if path in self._running:
            self._running.remove(path)
        if failure is None:
            self._announce(path)
        else:
            self._report(failure)

    def wait_for_writes(self) -> None:
        """Block until background PNG writes are done (tests, quitting)."""
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

    def _announce(self, path: str) -> None:
        self.statusMessage.emit(
            fill(QCoreApplication.translate("ChartExport", "Chart saved: %1"), path)
        )
        self.exportFinished.emit(path, True)

    def _report(self, failure: ExportFailure) -> None:
        text = failure_text(failure)
        self.statusMessage.emit(text)
        self.exportFinished.emit(failure.path, False)
        QMessageBox.warning(
            self._window, QCoreApplication.translate("ChartExport", "Export failed"), text
        )

    # -- clipboard ----------------------------------------------------------------
    def copy_to_clipboard(self, panel: ChartPanel | None = None) -> bool:
        panels = self._current_panels()
        panel = panel or next((p for p in panels if p.isVisible()), panels[0] if panels else None)
        if panel is None:
            return False
        QGuiApplication.clipboard().setImage(render_image(panel, CLIPBOARD_SCALE))
        self.statusMessage.emit(
            QCoreApplication.translate("ChartExport", "Chart copied to the clipboard.")
        )
        return True

    # -- every chart --------------------------------------------------------------
    def export_everything(self) -> None:
        dialog = ExportAllDialog(
            self._language.language,
            self._settings.export_folder() or default_folder(),
            self._settings,
            self._window,
        )
        accepted = dialog.exec() == ExportAllDialog.DialogCode.Accepted
        folder, languages, formats, scale = dialog.choices()
        dialog.deleteLater()  # as in choose_and_export
        if not accepted:
            return
        problem = create_folder(folder)
        if problem is not None:
            QMessageBox.warning(
                self._window, QCoreApplication.translate("ChartExport", "Export failed"), problem
            )
            return
        progress = QProgressDialog(self._window)
        progress.setWindowTitle(QCoreApplication.translate("ChartExport", "Exporting charts"))
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)

        def step(done: int, total: int, path: Path) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(path.name)
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        result = export_charts(
            lambda: all_chart_panels(self._view_of, TAB_IDS),
            self._language,
            folder,
            languages,
            formats,
            scale,
            step,
        )
        progress.close()
        progress.deleteLater()
        self._settings.remember_export(str(folder), formats[0], scale)
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
