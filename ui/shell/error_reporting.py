"""Uncaught exceptions: logged to a file in the user's log folder and shown once, readably.

An exception raised in a slot does not stop a Qt app: PySide hands it to ``sys.excepthook``
and the event loop goes on. The default hook prints to a console nobody sees (there is
none at all for a GUI script on Windows), so the user would not know that what they asked
for did not happen, and we would have nothing to go on. This hook writes the traceback
with a timestamp to ``errors.log`` and shows a message box once per distinct error.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from explainer_core.templates import fill

LOG_APP_NAME = "deepseek-explainer"
LOG_AUTHOR = "DeepSeek Shock Explainer"
LOG_FILE_NAME = "errors.log"
# Past this size errors.log becomes errors.log.1 (replacing the older one): the two files
# keep the recent history without ever filling a disk, even if a slot fails in a loop.
MAX_LOG_BYTES = 512 * 1024

ExceptionInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_folder() -> Path:
    """Where the app writes its logs (``~/.local/state/deepseek-explainer/log`` on Linux)."""
    return Path(platformdirs.user_log_dir(LOG_APP_NAME, LOG_AUTHOR))


@dataclass(frozen=True)
class ErrorReport:
    """One uncaught exception, as logged and shown."""

    summary: str  # "ValueError: boom"
    details: str  # the whole traceback
    log_path: Path | None  # None when the log could not be written
    signature: tuple[str, ...]  # equal for repeats of the same error


def error_signature(exc_type: type[BaseException], exc_value: BaseException, tb) -> tuple:
    """The type, message and innermost line of an error: the same bug raised again is
    recognised, a different one is not."""
    frames = traceback.extract_tb(tb)
    place = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return (exc_type.__qualname__, str(exc_value), place)


def append_to_log(folder: Path, text: str, max_bytes: int = MAX_LOG_BYTES) -> Path:
    """Append ``text`` to ``folder/errors.log``, rotating it first if it is too large.

    Raises ``OSError`` if the folder cannot be made or the file written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    if path.exists() and path.stat().st_size + len(text.encode("utf-8")) > max_bytes:
        path.replace(path.with_name(LOG_FILE_NAME + ".1"))
    with path.open("a", encoding="utf-8") as log:
        log.write(text)
    return path


def report_text(report: ErrorReport) -> tuple[str, str]:
    """The dialog's main text and its second paragraph, in the interface language."""
    text = fill(
        QCoreApplication.translate(
            "ErrorReport",
            "Something went wrong inside the app: %1. What you were doing may not have "
            "finished; the app keeps running.",
        ),
        report.summary,
    )
    if report.log_path is not None:
        where = fill(
            QCoreApplication.translate(
                "ErrorReport",
                "The details were saved in %1. Please send that file with a few words on what "
                "you were doing, so that the problem can be fixed.",
            ),
            str(report.log_path),
        )
    else:
        where = QCoreApplication.translate(
            "ErrorReport",
            "The details could not be saved to a file; they were written to the error output.",
        )
    return text, where


def show_error_dialog(report: ErrorReport) -> None:
    """A non-modal message box: no nested event loop inside the exception hook."""
    parent: QWidget | None = QApplication.activeWindow()
    text, where = report_text(report)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("ErrorReport", "Unexpected error"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorReportBox")
    box.setInformativeText(where)
    box.setDetailedText(report.details)
    box.finished.connect(box.deleteLater)
    _open_boxes.append(box)  # a box without a parent would be collected at once
    box.finished.connect(lambda _result, b=box: _open_boxes.remove(b))
    box.open()


_open_boxes: list[QMessageBox] = []


class _DialogRelay(QObject):
    """Lives in the GUI thread: an error caught in a worker thread is shown from there."""

    reportReady = Signal(object)  # ErrorReport


class ErrorReporter:
    """Installs itself as ``sys.excepthook`` (and ``threading.excepthook``)."""

    def __init__(
        self,
        folder: Path | None = None,
        show_dialog: Callable[[ErrorReport], None] = show_error_dialog,
    ) -> None:
        self.folder = folder if folder is not None else log_folder()
        self._show_dialog = show_dialog
        self._shown: set[tuple[str, ...]] = set()
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._relay: _DialogRelay | None = None
        self.reports: list[ErrorReport] = []

    def install(self) -> ErrorReporter:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        if QCoreApplication.instance() is not None:
            self._relay = _DialogRelay()
            self._relay.reportReady.connect(self._show_once)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_thread_hook

    def handle(self, exc_type, exc_value, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in a terminal: quit as usual
            self._previous_hook(exc_type, exc_value, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc_value, tb))
        summary = "".join(traceback.format_exception_only(exc_type, exc_value)).strip()
        stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        log_path: Path | None
        try:
            log_path = append_to_log(self.folder, f"--- {stamp}\n{details}\n")
        except OSError as error:
            log_path = None
            _to_stderr(f"cannot write the error log in {self.folder}: {error}\n{details}")
        else:
            _to_stderr(f"error: {summary} (details in {log_path})")
        report = ErrorReport(summary, details, log_path, error_signature(exc_type, exc_value, tb))
        self.reports.append(report)
        if self._relay is not None:
            self._relay.reportReady.emit(report)  # queued when raised outside the GUI thread

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show_once(self, report: ErrorReport) -> None:
        if report.signature in self._shown:
            return
        self._shown.add(report.signature)
        try:
            self._show_dialog(report)
        except Exception as error:  # the hook itself must never raise
            _to_stderr(f"cannot show the error dialog: {error!r}\n{report.details}")


def _to_stderr(text: str) -> None:
    # A GUI script on Windows has no stderr at all (sys.stderr is None).
    if sys.stderr is not None:
        print(text, file=sys.stderr, flush=True)


def install_error_reporter() -> ErrorReporter:
    """Route every uncaught exception of this process to the log and a dialog."""
    return ErrorReporter().install()
