"""An uncaught exception in a slot is logged to a file and shown once, never swallowed."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

import ui.shell.error_reporting as error_reporting
from ui.shell.error_reporting import LOG_FILE_NAME, ErrorReporter, append_to_log, log_folder


class Emitter(QObject):
    fired = Signal()


@pytest.fixture
def shown_boxes(monkeypatch) -> list[dict[str, str]]:
    """Every error box opened, as its texts; the boxes themselves never appear."""
    shown: list[dict[str, str]] = []

    def record(box: QMessageBox) -> None:
        shown.append(
            {
                "title": box.windowTitle(),
                "text": box.text(),
                "where": box.informativeText(),
                "details": box.detailedText(),
            }
        )

    monkeypatch.setattr(QMessageBox, "open", record)
    return shown


@pytest.fixture
def reporter(qapp, tmp_path, monkeypatch) -> ErrorReporter:
    """The app's hook, installed for this test only, logging into ``tmp_path/log``."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    installed = ErrorReporter(tmp_path / "log").install()
    yield installed
    installed.uninstall()


def failing_slot() -> None:
    raise ValueError("the chart has no data")


def other_failing_slot() -> None:
    raise KeyError("market-movers")


def test_the_log_folder_is_the_platforms_user_log_folder():
    folder = log_folder()
    assert "deepseek-explainer" in str(folder)
    assert folder.is_absolute()


def test_an_exception_in_a_slot_is_logged_and_shown_once(reporter, shown_boxes, tmp_path):
    emitter = Emitter()
    emitter.fired.connect(failing_slot)
    emitter.fired.emit()

    log = tmp_path / "log" / LOG_FILE_NAME
    text = log.read_text(encoding="utf-8")
    assert "ValueError: the chart has no data" in text
    assert "failing_slot" in text  # the whole traceback
    assert text.startswith("--- 20")  # with a timestamp
    assert len(shown_boxes) == 1
    box = shown_boxes[0]
    assert "ValueError: the chart has no data" in box["text"]
    assert str(log) in box["where"]
    assert "failing_slot" in box["details"]
    expected_title = QCoreApplication.translate("ErrorReport", "Unexpected error")
    assert box["title"] == expected_title

    emitter.fired.emit()  # the same error again: logged, not shown again
    assert log.read_text(encoding="utf-8").count("ValueError: the chart has no data") == 2
    assert len(shown_boxes) == 1

    emitter.fired.disconnect(failing_slot)
    emitter.fired.connect(other_failing_slot)
    emitter.fired.emit()  # a different error is shown
    assert len(shown_boxes) == 2
    assert "KeyError" in shown_boxes[1]["text"]


def test_an_exception_in_a_window_slot_is_reported_and_the_window_goes_on(
    reporter, shown_boxes, make_window, monkeypatch, tmp_path
):
    import ui.shell.sources_dialog as sources_dialog

    def broken_dialog(*_args, **_kwargs):
        raise RuntimeError("sources dialog broke")

    monkeypatch.setattr(sources_dialog.SourcesDialog, "__init__", broken_dialog)
    window = make_window()
    window.sources_action.trigger()
    box = shown_boxes[0]  # in the interface language, French by default
    assert box["title"] == "Erreur inattendue"
    assert box["text"] == (
        "Une erreur s’est produite dans l’application\u00a0: RuntimeError: sources dialog "
        "broke. Ce que vous faisiez n’a peut-être pas abouti\u202f; l’application continue "
        "de fonctionner."
    )
    log = tmp_path / "log" / LOG_FILE_NAME
    assert box["where"].startswith(f"Les détails ont été enregistrés dans {log}.")
    assert (tmp_path / "log" / LOG_FILE_NAME).is_file()
    window.show_tab("models")
    assert window.current_tab_id() == "models"


def test_an_exception_in_a_worker_thread_is_shown_from_the_gui_thread(reporter, shown_boxes, qtbot):
    shown_in: list[bool] = []
    original = reporter._show_dialog

    def note_thread(report):
        shown_in.append(QCoreApplication.instance().thread().isCurrentThread())
        original(report)

    reporter._show_dialog = note_thread
    worker = threading.Thread(target=failing_slot)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(shown_boxes) == 1)
    assert shown_in == [True]


def test_an_unwritable_log_folder_falls_back_to_stderr(qapp, tmp_path, shown_boxes, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    reporter = ErrorReporter(blocker / "log")
    reporter._relay = error_reporting._DialogRelay()
    reporter._relay.reportReady.connect(reporter._show_once)
    try:
        failing_slot()
    except ValueError:
        reporter.handle(*sys.exc_info())
    error_output = capsys.readouterr().err
    assert "ValueError: the chart has no data" in error_output
    assert "Traceback" in error_output  # all of it, since no file has it
    assert len(shown_boxes) == 1
    expected = QCoreApplication.translate(
        "ErrorReport",
        "The details could not be saved to a file; they were written to the error output.",
    )
    assert shown_boxes[0]["where"] == expected


def test_the_log_is_rotated_rather_than_growing_without_end(tmp_path):
    folder = tmp_path / "log"
    for _ in range(30):
        append_to_log(folder, "x" * 1000 + "\n", max_bytes=10_000)
    current = folder / LOG_FILE_NAME
    previous = folder / (LOG_FILE_NAME + ".1")
    assert current.stat().st_size <= 10_000
    assert previous.stat().st_size <= 10_000
    assert sorted(p.name for p in folder.iterdir()) == [LOG_FILE_NAME, LOG_FILE_NAME + ".1"]


def test_ctrl_c_is_left_to_the_previous_hook(qapp, tmp_path, shown_boxes):
    seen: list[type] = []
    reporter = ErrorReporter(tmp_path / "log")
    reporter._previous_hook = lambda exc_type, *_: seen.append(exc_type)
    reporter.handle(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt]
    assert not (tmp_path / "log").exists()
    assert shown_boxes == []


def test_the_app_installs_the_hook_when_it_runs(settings_dir, tmp_path, monkeypatch, shown_boxes):
    """``run()`` routes errors to the log before the event loop starts."""
    from ui.shell import application
    from ui.shell.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(error_reporting, "log_folder", lambda: tmp_path / "log")
    seen: dict[str, object] = {}

    def fake_exec(_app) -> int:
        seen["hook"] = sys.excepthook
        emitter = Emitter()
        emitter.fired.connect(failing_slot)
        emitter.fired.emit()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.language.remove_translators()
                widget.close()
                widget.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert application.run() == 0
    hook = seen["hook"]
    assert getattr(hook, "__self__", None).__class__ is ErrorReporter
    assert Path(tmp_path / "log" / LOG_FILE_NAME).is_file()
    assert len(shown_boxes) == 1
    hook.__self__.uninstall()
