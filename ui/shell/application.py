"""Create the QApplication, the language service and the window; run or take a screenshot."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSaveFile
from PySide6.QtWidgets import QApplication, QWidget

import ui.shell.pyside_import_hook  # noqa: F401  (first: keeps module sources out of memory)
from ui.registry import TAB_IDS
from ui.shell.error_reporting import install_error_reporter
from ui.shell.identity import apply_identity
from ui.shell.language import LanguageService
from ui.shell.main_window import MainWindow
from ui.shell.paint_watch import after_first_paint
from ui.shell.settings import AppSettings
from ui.shell.settings_notice import print_settings_damage
from ui.shell.style import AppStyle, use_style

STARTUP_TRACE_VARIABLE = "DEEPSEEK_EXPLAINER_STARTUP_TRACE"


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_identity(app)
    if not isinstance(app.style(), AppStyle):
        use_style(app)
    return app


def create_window(language_code: str | None = None) -> tuple[MainWindow, LanguageService]:
    """The main window in ``language_code`` for this run, or in the saved language."""
    settings = AppSettings()
    language = LanguageService(settings)
    if language_code is None:
        language.set_language(language.stored_language(), remember=False)
    else:
        language.set_language(language_code, remember=False)
    return MainWindow(language, settings), language


def trace_startup(window: MainWindow) -> None:
    """For benchmarks/run.py: append when the window was first painted, and when its first
    tab's real view was, to the file named by DEEPSEEK_EXPLAINER_STARTUP_TRACE."""
    trace = os.environ.get(STARTUP_TRACE_VARIABLE)
    if not trace:
        return

    def mark(event: str) -> None:
        with open(trace, "a", encoding="utf-8") as file:
            file.write(f"{event} {time.time():.6f}\n")

    after_first_paint(window, lambda: mark("first-paint"))
    window.when_ready(lambda: mark("ready"))


def save_screenshot(window: QWidget, path: Path) -> str | None:
    """Save the window as a PNG, atomically. Returns an error text, or None on success."""
    pixmap = window.grab()
    target = QSaveFile(str(path))
    if not target.open(QSaveFile.OpenModeFlag.WriteOnly):
        return f"cannot write {path}: {target.errorString()}"
    if not pixmap.save(target, "PNG"):
        target.cancelWriting()
        return f"cannot encode {path} as PNG"
    if not target.commit():
        return f"cannot write {path}: {target.errorString()}"
    return None


def run(language: str | None = None, tab: str | None = None, screenshot: str | None = None) -> int:
    app = create_application()
    install_error_reporter()
    window, service = create_window(language)
    if tab is not None:
        window.show_tab(tab)
    trace_startup(window)
    if screenshot is None:
        window.show()
        window.show_pending_problems()
        return app.exec()

    for problem, detail in service.problems:
        print(f"warning: {problem.value}: {detail}", file=sys.stderr)
    print_settings_damage(window.settings)
    outcome: dict[str, str | None] = {}

    def grab_and_quit() -> None:
        outcome["error"] = save_screenshot(window, Path(screenshot))
        app.quit()

    window.when_ready(grab_and_quit)  # the real view, not the start-up picture
    window.show()
    app.exec()
    error = outcome.get("error", "the window was never painted")
    if error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(screenshot)
    return 0


def run_export(
    folder: Path, languages: tuple[str, ...], formats: tuple[str, ...], scale: float
) -> int:
    """Write every chart for every language and format asked, without showing a window."""
    from ui.chart_files.batch import all_chart_panels, export_charts

    create_application()
    window, service = create_window(None)
    print_settings_damage(window.settings)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"error: cannot create {folder}: {error.strerror}", file=sys.stderr)
        return 1
    result = export_charts(
        lambda: all_chart_panels(window.view, TAB_IDS),
        service,
        folder,
        languages or (service.language,),
        formats,
        scale,
    )
    for path in result.written:
        print(path)
    for failure in result.failures:
        print(f"error: {failure}", file=sys.stderr)
    unloaded = tabs_without_data(window)
    for text in unloaded:
        print(f"error: {text}", file=sys.stderr)
    return 1 if result.failures or unloaded else 0


def tabs_without_data(window: MainWindow) -> list[str]:
    """'<tab title>: <what is wrong>' for each tab whose data could not be loaded: its charts
    were not exported, and the command must say so rather than succeed quietly."""
    from ui.shell.data_error_text import describe_data_error

    problems = []
    for tab_id in TAB_IDS:
        view = window.view(tab_id)
        error = view.data_error()
        if error is not None:
            problems.append(f"{view.tab_title()}: {describe_data_error(error)}")
    return problems
