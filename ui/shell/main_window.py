"""The main window: tabs, menus, status bar; remembers its geometry and last tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from explainer_core.languages import LANGUAGE_CODES, NATIVE_NAMES
from explainer_core.templates import fill
from ui import registry
from ui.registry import TAB_IDS, tab_title
from ui.shell.identity import app_icon
from ui.shell.language import LanguageProblem, LanguageService
from ui.shell.lazy_tab import LazyTab
from ui.shell.presenter_mode import PresenterMode
from ui.shell.settings import AppSettings
from ui.shell.theme import Theme, ThemeService
from widgets.refresh import follow_changes

if TYPE_CHECKING:
    from ui.chart_files.actions import ChartExportController
    from ui.shell.about_dialog import AboutDialog
    from ui.shell.sources_dialog import SourcesDialog
    from ui.shell.tab_view import TabView
    from widgets.chart_panel import ChartPanel

STATUS_MESSAGE_MS = 8000
# Fits a 1366×768 laptop with its task bar and a 1280×720 projector in presenter mode; every
# text of the German interface, the longest, fits at this size (tests/test_minimum_size.py).
MINIMUM_WINDOW_SIZE = QSize(1200, 680)


def view_class(tab_id: str) -> type[TabView]:
    from ui.shell.pyside_import_hook import import_quickly

    entry = registry.tab(tab_id)
    return getattr(import_quickly(entry.module), entry.view_class)


class MainWindow(QMainWindow):
    """Presents the tab views; knows nothing of their insides."""

    tabChanged = Signal(str)  # the id of the tab now shown

    def __init__(
        self,
        language: LanguageService,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setMinimumSize(MINIMUM_WINDOW_SIZE)
        self.setWindowIcon(app_icon())
        self.theme = ThemeService(settings, self)
        self.presenter = PresenterMode(self)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self._pages: dict[str, LazyTab] = {}
        for tab_id in TAB_IDS:
            page = LazyTab(lambda t=tab_id: self._create_view(t), self.tabs)
            self._pages[tab_id] = page
            self.tabs.addTab(page, "")
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self._build_actions()
        self._build_menus()
        self._price_window: tuple[dt.date, dt.date] | None = None
        self.sources_dialog: SourcesDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

        language.languageChanged.connect(self._update_status)
        self.presenter.toggled.connect(self._on_presenter_toggled)
        language.problemOccurred.connect(self._show_language_problem)
        self.update_texts()
        follow_changes(self, update_texts=self.update_texts)
        self._restore_state()

    # -- public API ---------------------------------------------------------
    def current_tab_id(self) -> str:
        return TAB_IDS[self.tabs.currentIndex()]

    def show_tab(self, tab_id: str) -> None:
        self.tabs.setCurrentIndex(TAB_IDS.index(tab_id))

    def view(self, tab_id: str) -> TabView:
        """The view of a tab, built now if it was not shown yet."""
        return self._pages[tab_id].view()

    def tab_of_chart(self, chart_id: str) -> str | None:
        """The tab that shows ``chart_id``."""
        try:
            return registry.chart(chart_id).tab_id
        except KeyError:
            return None

    def show_chart_item(self, chart_id: str, item: str) -> bool:
        """Go to the tab of ``chart_id`` and let its view highlight ``item``.

        Returns whether the view could highlight it; the tab is shown either way.
        """
        tab_id = self.tab_of_chart(chart_id)
        if tab_id is None:
            return False
        self.show_tab(tab_id)
        return self.view(tab_id).show_chart_item(chart_id, item)

    def use_start_snapshot(self, folder: Path) -> None:
        """Let the tab shown first paint its saved picture until its view is built."""
        from ui.shell.start_snapshot import StartSnapshot

        tab_id = self.current_tab_id()
        self._pages[tab_id].use_snapshot(StartSnapshot(folder, tab_id, self.language.language))

    def when_ready(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the current tab's real view has been built and painted."""
        page = self._pages[self.current_tab_id()]
        if page.view_painted:
            QTimer.singleShot(0, callback)
        else:
            page.viewPainted.connect(callback, Qt.ConnectionType.SingleShotConnection)

    def show_pending_problems(self) -> None:
        """Tell the user of problems found before the window existed (e.g. a bad setting)."""
        from ui.shell.settings_notice import show_settings_damage

        for problem, detail in self.language.problems:
            self._show_language_problem(problem, detail)
        show_settings_damage(self, self.settings)  # shown once, whoever calls it first

    # -- building -----------------------------------------------------------
    def _create_view(self, tab_id: str) -> TabView:
        from widgets.chart_panel import ChartPanel

        view = view_class(tab_id)(self.language)
        view.statusMessage.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS)
        )
        if tab_id == registry.CLAIMS:
            view.showInChartRequested.connect(self.show_chart_item)
        if tab_id == registry.MARKET and view.price_window() is not None:
            self.set_price_window(*view.price_window())
        for panel in view.findChildren(ChartPanel):
            panel.exportRequested.connect(self.export_chart)
            panel.copyRequested.connect(self.copy_chart)
        return view

    def chart_panels(self, tab_id: str | None = None) -> list[ChartPanel]:
        """The charts of one tab (the current one by default), building it if needed."""
        from widgets.chart_panel import ChartPanel

        return self.view(tab_id or self.current_tab_id()).findChildren(ChartPanel)

    @property
    def exporter(self) -> ChartExportController:
        """Chart export, created on first use (it is not needed to show the window)."""
        if self._exporter is None:
            from ui.chart_files.actions import ChartExportController

            self._exporter = ChartExportController(
                self, self.language, self.settings, self.chart_panels, self.view
            )
            self._exporter.statusMessage.connect(
                lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS)
            )
        return self._exporter

    def export_chart(self, panel: ChartPanel | None = None) -> None:
        self.exporter.choose_and_export(panel or None)

    def export_all_charts(self) -> None:
        self.exporter.export_everything()

    def copy_chart(self, panel: ChartPanel | None = None) -> None:
        self.exporter.copy_to_clipboard(panel or None)

    def _build_actions(self) -> None:
        self._exporter: ChartExportController | None = None
        self.export_chart_action = QAction(self)
        self.export_chart_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_chart_action.triggered.connect(lambda: self.export_chart())
        self.export_all_action = QAction(self)
        self.export_all_action.triggered.connect(self.export_all_charts)
        self.copy_chart_action = QAction(self)
        self.copy_chart_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_chart_action.triggered.connect(lambda: self.copy_chart())
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.tab_actions: list[QAction] = []
        for index, _tab_id in enumerate(TAB_IDS):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            self.tab_actions.append(action)

        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGE_CODES:
            # Each language is named in its own language, so anyone can find theirs.
            action = QAction(NATIVE_NAMES[code], self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.language.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

        self._build_display_actions()

        self.sources_action = QAction(self)
        self.sources_action.triggered.connect(self.show_sources)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_display_actions(self) -> None:
        """View ▸ Theme (system, light, dark) and presenter mode."""
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        self.theme_actions: dict[Theme, QAction] = {}
        for theme in Theme:
            action = QAction(self)
            action.setCheckable(True)
            action.setData(theme.value)
            action.triggered.connect(lambda _checked=False, t=theme: self.theme.set_theme(t))
            self.theme_group.addAction(action)
            self.theme_actions[theme] = action
        self.theme_actions[self.theme.theme].setChecked(True)

        self.presenter_action = QAction(self)
        self.presenter_action.setCheckable(True)
        # F11 everywhere, and the platform's own full-screen keys too (Ctrl+Cmd+F on macOS).
        keys = [QKeySequence(Qt.Key.Key_F11)]
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen):
            if key not in keys:
                keys.append(key)
        self.presenter_action.setShortcuts(keys)
        self.presenter_action.triggered.connect(self.presenter.set_active)
        # Escape leaves presenter mode; the action is off otherwise, so Escape keeps its
        # usual meaning everywhere else.
        self.leave_presenter_action = QAction(self)
        self.leave_presenter_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_presenter_action.setEnabled(False)
        self.leave_presenter_action.triggered.connect(lambda: self.presenter.set_active(False))
        self.addAction(self.leave_presenter_action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.file_menu.addAction(self.export_chart_action)
        self.file_menu.addAction(self.export_all_action)
        self.file_menu.addAction(self.copy_chart_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = QMenu(self)
        for action in self.tab_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.theme_menu = QMenu(self)
        for action in self.theme_actions.values():
            self.theme_menu.addAction(action)
        self.view_menu.addMenu(self.theme_menu)
        self.view_menu.addAction(self.presenter_action)
        self.language_menu = QMenu(self)
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = QMenu(self)
        self.help_menu.addAction(self.sources_action)
        self.help_menu.addAction(self.about_action)
        for menu in (self.file_menu, self.view_menu, self.language_menu, self.help_menu):
            bar.addMenu(menu)

    # -- language -----------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LanguageChange:
            # Every view has its new texts now: lay them out before the window is painted,
            # so it is painted once at its new geometry rather than once before and again
            # after (each pass redraws every chart).
            for _ in range(2):
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        return handled

    def update_texts(self) -> None:
        self.setWindowTitle(self.tr("DeepSeek Shock Explainer"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.export_chart_action.setText(self.tr("&Export chart…"))
        self.export_all_action.setText(self.tr("Export &all charts…"))
        self.copy_chart_action.setText(self.tr("&Copy chart"))
        self.quit_action.setText(self.tr("&Quit"))
        self.sources_action.setText(self.tr("&Sources"))
        self.about_action.setText(self.tr("&About DeepSeek Shock Explainer"))
        for index, tab_id in enumerate(TAB_IDS):
            title = tab_title(tab_id)
            self.tabs.setTabText(index, title)
            self.tab_actions[index].setText(title)
        self.language_menu.setToolTip(self.tr("Interface language"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        theme_names = {
            Theme.SYSTEM: self.tr("&System"),
            Theme.LIGHT: self.tr("&Light"),
            Theme.DARK: self.tr("&Dark"),
        }
        for theme, action in self.theme_actions.items():
            action.setText(theme_names[theme])
        self.presenter_action.setText(self.tr("&Presenter mode"))
        self.presenter_action.setToolTip(
            self.tr("Full screen with larger text, for a projector (Esc leaves it)")
        )
        self.tabs.setAccessibleName(self.tr("Topics"))
        self._update_status()

    def _update_status(self) -> None:
        code = self.language.language
        if code in self.language_actions:
            self.language_actions[code].setChecked(True)
        if self._price_window is None:
            self.status_label.clear()
            return
        first, last = (self.language.formatter.date(day) for day in self._price_window)
        text = fill(self.tr("Market prices from %1 to %2"), first, last)
        self.status_label.setText(text)

    def set_price_window(self, first: dt.date, last: dt.date) -> None:
        """Name the span of the market data in the status bar, in the interface's date format."""
        self._price_window = (first, last)
        self._update_status()

    def _show_language_problem(self, problem: LanguageProblem, detail: str) -> None:
        if problem is LanguageProblem.UNKNOWN_STORED_LANGUAGE:
            text = self.tr(
                "The saved interface language “%1” is not available. "
                "The app uses French; choose another language in the Language menu."
            )
        else:
            text = self.tr(
                "The translation file %1 is missing, so some texts are shown in English. "
                "Reinstalling the app restores it."
            )
        text = fill(text, detail)
        self.statusBar().showMessage(text, 15000)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("DeepSeek Shock Explainer"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- help -----------------------------------------------------------------
    def show_sources(self) -> SourcesDialog:
        """Open (or bring forward) the non-modal list of every source the data cites."""
        if self.sources_dialog is None:
            from ui.shell.sources_dialog import SourcesDialog

            self.sources_dialog = SourcesDialog(
                self.language, self.settings, self._source_group_titles, self
            )
        self.sources_dialog.show()
        self.sources_dialog.raise_()
        self.sources_dialog.activateWindow()
        return self.sources_dialog

    def _source_group_titles(self) -> dict[str, str]:
        """Sources are grouped under the title of the tab they belong to."""
        from ui.shell.sources_dialog import SUBJECT_TABS

        return {subject: tab_title(tab) for subject, tab in SUBJECT_TABS.items()}

    def show_about(self) -> AboutDialog:
        if self.about_dialog is None:
            from ui.shell.about_dialog import AboutDialog

            self.about_dialog = AboutDialog(self.language, self.settings, self)
        self.about_dialog.open()
        return self.about_dialog

    # -- appearance -----------------------------------------------------------
    def _on_presenter_toggled(self, active: bool) -> None:
        self.presenter_action.setChecked(active)
        self.leave_presenter_action.setEnabled(active)

    # -- state ----------------------------------------------------------------
    def _on_tab_changed(self, index: int) -> None:
        if 0 <= index < len(TAB_IDS):
            self.settings.set_last_tab(TAB_IDS[index])
            self.tabChanged.emit(TAB_IDS[index])

    def _restore_state(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        last_tab = self.settings.last_tab()
        if last_tab in TAB_IDS:
            self.show_tab(last_tab)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.presenter.set_active(False)  # the next start opens as a window, not full screen
        self.settings.set_window_geometry(self.saveGeometry())
        if self.sources_dialog is not None:
            self.sources_dialog.close()  # it saves its own geometry as it hides
        self.settings.sync()
        super().closeEvent(event)
