"""The window speaks French first, switches language at run time, and remembers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from ui.registry import TAB_IDS


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def tab_titles(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def switch_language_from_menu(window, code: str, qtbot) -> None:
    window.language_actions[code].trigger()
    # QEvent.LanguageChange is posted, not sent: let the event loop deliver it.
    qtbot.wait(10)


def test_window_opens_in_french_by_default(make_window):
    window = make_window()
    assert window.windowTitle() == "Le choc DeepSeek expliqué"
    assert tab_titles(window) == [
        "Évolution des marchés",
        "Restrictions à l’exportation de GPU",
        "Comparaison des modèles",
        "L’article vérifié",
    ]
    assert menu_titles(window) == ["&Fichier", "&Affichage", "&Langue", "Aid&e"]
    assert window.language_actions["fr"].isChecked()


def test_command_line_language_opens_in_german(make_window):
    window = make_window("de")
    assert window.windowTitle() == "Der DeepSeek-Schock erklärt"
    assert tab_titles(window)[0] == "Marktverlauf"
    assert menu_titles(window) == ["&Datei", "&Ansicht", "&Sprache", "&Hilfe"]


def test_languages_are_named_in_their_own_language_and_exactly_one_is_checked(make_window, qtbot):
    window = make_window()
    names = [action.text() for action in window.language_menu.actions()]
    assert names == ["Français", "Deutsch", "English"]
    switch_language_from_menu(window, "de", qtbot)
    checked = [a.text() for a in window.language_menu.actions() if a.isChecked()]
    assert checked == ["Deutsch"]
    assert [a.text() for a in window.language_menu.actions()] == names


def test_switching_from_the_menu_retranslates_everything_and_back(make_window, qtbot):
    window = make_window()
    window.view("market")  # the market data names the span of the prices
    french_status = window.status_label.text()
    assert french_status == "Cours de bourse du 1er oct. 2024 au 30 juin 2025"

    switch_language_from_menu(window, "de", qtbot)
    assert window.windowTitle() == "Der DeepSeek-Schock erklärt"
    assert tab_titles(window) == [
        "Marktverlauf",
        "Exportbeschränkungen für GPUs",
        "Modellvergleich",
        "Der Artikel im Faktencheck",
    ]
    assert window.file_menu.title() == "&Datei"
    assert window.quit_action.text() == "&Beenden"
    assert window.status_label.text() == "Börsenkurse vom 01.10.2024 bis 30.06.2025"
    intro = window.view("market").findChild(QLabel, "introHeading")
    assert intro.text() == "Wie der DeepSeek-Schock die Märkte bewegte"

    switch_language_from_menu(window, "en", qtbot)
    assert window.windowTitle() == "DeepSeek Shock Explainer"
    assert tab_titles(window)[2] == "Model comparison"
    assert window.status_label.text() == "Market prices from Oct 1, 2024 to Jun 30, 2025"

    switch_language_from_menu(window, "fr", qtbot)
    assert window.windowTitle() == "Le choc DeepSeek expliqué"
    assert window.status_label.text() == french_status


def test_hidden_tabs_are_retranslated_too(make_window, qtbot):
    window = make_window()
    hidden = window.view("models")  # built but not the current tab
    assert not hidden.isVisible()
    switch_language_from_menu(window, "en", qtbot)
    assert hidden.findChild(QLabel, "introHeading").text() == "Model comparison"
    assert "DeepSeek-R1" in hidden.findChild(QLabel, "introBody").text()


def test_language_choice_survives_a_restart(make_window, qtbot):
    window = make_window()
    switch_language_from_menu(window, "de", qtbot)
    window.close()
    reopened = make_window()
    assert reopened.windowTitle() == "Der DeepSeek-Schock erklärt"
    assert reopened.language_actions["de"].isChecked()


def test_command_line_language_is_for_this_run_only(make_window):
    make_window("en").close()
    assert make_window().windowTitle() == "Le choc DeepSeek expliqué"


def test_last_tab_and_geometry_are_remembered(make_window, qtbot):
    window = make_window()
    window.show()
    window.resize(950, 650)
    window.show_tab("export-controls")
    size_at_close = window.size()
    window.close()
    reopened = make_window()
    assert reopened.current_tab_id() == "export-controls"
    assert reopened.size() == size_at_close


def test_view_menu_shortcuts_switch_tabs(make_window):
    window = make_window()
    shortcuts = [action.shortcut().toString() for action in window.tab_actions]
    assert shortcuts == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]
    window.tab_actions[2].trigger()
    assert window.current_tab_id() == TAB_IDS[2]


def test_an_unknown_stored_language_opens_in_french_with_a_message(make_window, settings_dir):
    from ui.shell.settings import AppSettings

    AppSettings().set_language("xx")
    window = make_window()
    assert window.windowTitle() == "Le choc DeepSeek expliqué"
    window.show_pending_problems()
    message = window.statusBar().currentMessage()
    assert "«\u00a0xx\u00a0»" in message
    assert "français" in message


def test_a_missing_catalog_is_reported_and_the_app_still_runs(qtbot, settings_dir, tmp_path):
    from ui.shell.application import create_application
    from ui.shell.language import LanguageProblem, LanguageService
    from ui.shell.main_window import MainWindow
    from ui.shell.settings import AppSettings

    create_application()
    service = LanguageService(AppSettings(), translations_dir=tmp_path)  # no .qm there
    service.set_language("de")
    window = MainWindow(service, AppSettings())
    qtbot.addWidget(window)
    assert service.problems[0][0] is LanguageProblem.MISSING_CATALOG
    assert window.windowTitle() == "DeepSeek Shock Explainer"  # English source text
    window.show_pending_problems()
    assert "deepseek_explainer_de.qm" in window.statusBar().currentMessage()
    service.remove_translators()
    assert QApplication.instance() is not None


def test_file_menu_exports_and_copies_charts_with_shortcuts(make_window, monkeypatch):
    window = make_window()
    assert window.export_chart_action.isEnabled()
    assert window.export_chart_action.shortcut().toString() == "Ctrl+E"
    assert window.copy_chart_action.shortcut().toString() == "Ctrl+Shift+C"
    opened = []
    monkeypatch.setattr(
        window.exporter, "choose_and_export", lambda chart_id=None: opened.append(chart_id)
    )
    window.export_chart_action.trigger()
    assert opened == [None]


def test_each_chart_button_asks_the_window_to_export_that_chart(make_window, monkeypatch):
    window = make_window()
    panels = window.chart_panels("market")
    assert {p.chart_id for p in panels} == {"market-timeline", "market-movers"}
    opened = []
    monkeypatch.setattr(window.exporter, "choose_and_export", opened.append)
    panels[1].export_button.click()
    assert opened == [panels[1].chart_id]


def test_the_market_data_span_shows_in_the_status_bar_on_the_market_tab_only(make_window):
    window = make_window("en")
    window.show_tab("market")
    window.view("market")
    assert window.status_label.text() == "Market prices from Oct 1, 2024 to Jun 30, 2025"
    window.show_tab("models")
    assert window.status_label.text() == ""
    window.show_tab("market")
    assert window.status_label.text().startswith("Market prices from")


def test_a_tab_shows_a_light_placeholder_first_then_builds_its_view(make_window, qtbot):
    """The window is on screen, menus and tabs included, before a view's libraries are
    loaded; the view is built right after that first paint."""
    window = make_window("en")
    window.show_tab("claims")
    page = window.tabs.currentWidget()
    assert not page.is_built
    picture = page.grab()  # paints the placeholder: the tab's title and "Loading…"
    assert not picture.isNull()
    assert not page.is_built  # painting schedules the build, it does not block the paint
    qtbot.waitUntil(lambda: page.is_built, timeout=5000)


def test_inactive_tabs_keep_the_accents_of_their_titles(make_window):
    """Fusion drew inactive tabs two pixels lower, cutting the accent off "Évolution"."""
    from PySide6.QtWidgets import QStyle

    window = make_window("fr")
    bar = window.tabs.tabBar()
    assert bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical) == 0


def test_keyboard_focus_is_drawn_as_a_clear_ring_in_the_highlight_colour(make_window, qtbot):

    from PySide6.QtTest import QTest

    window = make_window("fr")
    window.show()
    bar = window.tabs.tabBar()
    bar.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(bar.hasFocus)
    assert not _ringed(bar)  # the focus the window gives at start-up: no ring
    QTest.keyClick(bar, Qt.Key.Key_Tab)  # away with the keyboard, and back
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(bar.hasFocus)
    assert _ringed(bar)


def _ringed(bar) -> bool:
    from PySide6.QtGui import QPalette

    image = bar.grab().toImage()
    highlight = bar.palette().color(QPalette.ColorRole.Highlight)

    def close(pixel) -> bool:
        return all(
            abs(a - b) < 40 for a, b in zip(pixel.getRgb()[:3], highlight.getRgb()[:3], strict=True)
        )

    ring = sum(
        close(image.pixelColor(x, y)) for x in range(image.width()) for y in range(image.height())
    )
    return ring > 100  # a two-pixel ring around the current tab, not a faint dotted line


def test_a_text_whose_link_has_keyboard_focus_is_ringed(make_window, qtbot):
    """Qt marks a focused link only with a faint dotted outline: the app rings its text."""
    from PySide6.QtWidgets import QFocusFrame

    window = make_window("fr")
    window.show()
    view = window.view("claims")
    window.show_tab("claims")
    link_label = next(
        label
        for label in view.findChildren(QLabel)
        if label.isVisible()
        and label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    link_label.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(link_label.hasFocus)
    frames = [f for f in window.findChildren(QFocusFrame) if f.widget() is link_label]
    assert frames and frames[0].isVisible()
    window.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not frames[0].isVisible())


def test_a_window_closed_before_its_first_tab_is_built_builds_nothing(make_window, qtbot):
    window = make_window("en")
    window.show_tab("claims")
    window.show()
    page = window.tabs.currentWidget()
    # The placeholder is painted; the build is due at the next turn of the event loop.
    while not (page._build_timer.isActive() or page.is_built):
        QApplication.processEvents()  # one round at a time: the paint, not yet the build
    assert not page.is_built
    window.close()  # at once, as a user who opened the app by mistake
    qtbot.wait(50)
    assert not page.is_built
