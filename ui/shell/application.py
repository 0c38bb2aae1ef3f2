"""Create the QApplication, the language service and the window; run or take a screenshot."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSaveFile, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import ui.shell.pyside_import_hook  # noqa: F401  (first: keeps module sources out of memory)
from explainer_core.chart_files.plan import BASE_SIZE, FigureSize

if TYPE_CHECKING:
    from ui.chart_files.chart_figures import Datasets
from ui import registry
from ui.registry import tab_title
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
    """For benchmarks/run.py: append when the window was first painted (menus, tabs and the
    first tab's placeholder), when the first tab's real view was, and when the event loop
    next took an event after that (the tab answers input), to the file named by
    DEEPSEEK_EXPLAINER_STARTUP_TRACE."""
    trace = os.environ.get(STARTUP_TRACE_VARIABLE)
    if not trace:
        return

    def mark(event: str) -> None:
        with open(trace, "a", encoding="utf-8") as file:
            file.write(f"{event} {time.time():.6f}\n")

    def ready() -> None:
        mark("ready")
        QTimer.singleShot(0, lambda: mark("interactive"))

    after_first_paint(window, lambda: mark("first-paint"))
    window.when_ready(ready)


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
    folder: Path,
    languages: tuple[str, ...],
    formats: tuple[str, ...],
    scale: float,
    size: FigureSize = BASE_SIZE,
) -> int:
    """Write every chart for every language and format asked, without a window: each chart
    as it opens, at ``size`` (PNG: ``scale`` pixels a figure pixel)."""
    from ui.chart_files.batch import BatchJob, run_batch
    from ui.chart_files.chart_figures import Datasets
    from ui.chart_files.chart_output import FileSpec

    create_application()
    settings = AppSettings()
    print_settings_damage(settings)
    service = LanguageService(settings)
    service.set_language(service.stored_language(), remember=False)  # for the messages
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"error: cannot create {folder}: {error.strerror}", file=sys.stderr)
        return 1
    datasets = Datasets()  # read for this command, as the files are now
    unloaded = charts_without_data(datasets)
    charts = tuple(chart.id for chart in registry.CHARTS if chart.tab_id not in unloaded)
    job = BatchJob(
        folder, charts, languages or (service.language,), formats, FileSpec("png", size, scale)
    )
    result = run_batch(job, datasets=datasets)
    for path in result.written:
        print(path)
    for failure in result.failures:
        print(f"error: {failure}", file=sys.stderr)
    for text in unloaded.values():
        print(f"error: {text}", file=sys.stderr)
    return 1 if result.failures or unloaded else 0


def charts_without_data(datasets: Datasets) -> dict[str, str]:
    """Tab id → "<tab title>: <what is wrong>" for each tab whose data cannot be loaded: its
    charts are not exported, and the command must say so rather than succeed quietly."""
    from explainer_core.data.errors import DataError
    from ui.chart_files.chart_figures import builder_for
    from ui.shell.data_error_text import describe_data_error

    problems: dict[str, str] = {}
    for chart in registry.CHARTS:
        if chart.tab_id in problems:
            continue
        try:
            datasets.data(builder_for(chart.id))
        except DataError as error:
            problems[chart.tab_id] = f"{tab_title(chart.tab_id)}: {describe_data_error(error)}"
    return problems
