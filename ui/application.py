"""Create the QApplication, the language service and the window; run or take a screenshot."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSaveFile, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import ui.module_sources  # noqa: F401  (first: keeps module sources out of memory)
from ui.app_identity import apply_identity
from ui.error_reporting import install_error_reporter
from ui.i18n import LanguageService
from ui.main_window import MainWindow
from ui.settings import AppSettings
from ui.settings_notice import print_settings_damage
from ui.tab_ids import TAB_IDS


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_identity(app)
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


class _FirstPaintWatcher(QObject):
    """Calls ``callback`` once, after the watched widget has been painted for the first time."""

    def __init__(self, widget: QWidget, callback) -> None:
        super().__init__(widget)
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            # Let this paint finish (and the children's) before grabbing.
            QTimer.singleShot(0, self._callback)
        return False


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

    _FirstPaintWatcher(window, grab_and_quit)
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
    from ui.batch_export import all_chart_panels, export_charts

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
    return 1 if result.failures else 0
