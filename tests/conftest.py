"""Shared test set-up: headless Qt, a private settings folder, a window factory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


def _offscreen_platform() -> str:
    """Qt's offscreen platform with a 1920×1200 screen (its default is 800×800, too small
    for the window's minimum size), so geometry behaves as on a real desktop."""
    screen = {
        "name": "test",
        "x": 0,
        "y": 0,
        "width": 1920,
        "height": 1200,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    # One file a test process: parallel workers (pytest-xdist) never read one half-written.
    config = Path(tempfile.gettempdir()) / f"deepseek-explainer-test-screen-{os.getpid()}.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


# Headless, set by the tests themselves so a plain `pytest` works anywhere.
os.environ["QT_QPA_PLATFORM"] = _offscreen_platform()

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402


def isolated_environment(home: Path) -> dict[str, str]:
    """Environment for a child process whose settings live in ``home`` on every platform."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=os.environ["QT_QPA_PLATFORM"],
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        APPDATA=str(home / "appdata"),
        LOCALAPPDATA=str(home / "localappdata"),
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    )
    return env


def run_main(
    *args: str, home: Path, env: dict[str, str] | None = None, timeout: int = 120
) -> subprocess.CompletedProcess:
    """``main.py`` with ``args`` in a child process whose settings and cache live in
    ``home`` (``env``: that environment, adjusted), its output captured as text."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env if env is not None else isolated_environment(home),
        cwd=ROOT,
    )


def settle_language_change() -> None:
    """Deliver the posted LanguageChange events now, so every text is retranslated."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QCoreApplication.processEvents()


def release_widgets() -> None:
    """Destroy every window the tests made while Python still runs.

    Left to PySide's clean-up at interpreter exit, pyqtgraph items (Python subclasses) are
    destroyed after Python has begun finalising, and the overrides their destructors call
    can crash the process: a segmentation fault after an otherwise green run.
    """
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    # Windows first: pyqtgraph's items own parentless menus and widgets, which their
    # destructors still use; deleted before their items, they crash the items' clean-up.
    for kinds in ((QMainWindow,), (QWidget,)):
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kinds):
                widget.close()
                widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def settings_dir(tmp_path: Path) -> Iterator[Path]:
    """Point QSettings (INI, user scope) at a fresh folder for this test."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


_windows_made: list = []  # by make_window, closed before the test's events are processed


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Close the test's windows before pytest-qt processes the events it left: a window
    shown by the test builds its first tab's view right after its first paint, and would
    otherwise build it now, only for it to be destroyed (a closed page builds nothing)."""
    for window in _windows_made:
        window.close()
    _windows_made.clear()
    return (yield)


@pytest.fixture
def make_window(qtbot, settings_dir: Path) -> Callable:
    """Build the main window as ``main.py`` does, in the given or the saved language."""
    from ui.shell.application import create_application, create_window

    created = []

    def factory(language: str | None = None):
        create_application()
        window, service = create_window(language)
        created.append(service)
        qtbot.addWidget(window)
        _windows_made.append(window)  # closed at teardown, before pytest-qt's event round
        return window

    yield factory
    # The windows first: taking the translators out posts a language change to every widget,
    # and windows still alive would translate and redraw themselves once more for nothing.
    release_widgets()  # now, not at interpreter exit, where pyqtgraph items can crash
    for service in created:  # leave no translator installed for the next test
        service.remove_translators()


def pytest_sessionfinish(session, exitstatus) -> None:
    """Destroy the widgets the tests left while Python still runs (see release_widgets)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        release_widgets()
