"""The app makes no network connection; links open only in the system browser."""

from __future__ import annotations

import ast
import re
import socket

import pytest
from conftest import ROOT
from gui_automation import DialogAnswerer
from PySide6.QtCore import QMetaMethod, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QTextBrowser, QWidget

from ui.registry import TAB_IDS

APP_PACKAGES = ("ui", "widgets", "explainer_core")
NETWORK_MODULES = (
    "socket",
    "ssl",
    "http.client",
    "urllib.request",
    "requests",
    "httpx",
    "aiohttp",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineCore",
)
# Links a view handles itself (select a chip or an event); any other goes to the browser.
IN_APP_SCHEMES = ("chip:", "event:")
HREF = re.compile(r"""href\s*=\s*["']([^"']*)["']""")


@pytest.fixture
def network_attempts(monkeypatch) -> list[object]:
    """Every attempt to reach the network, refused and recorded (local sockets pass)."""
    attempts: list[object] = []
    internet = (socket.AF_INET, socket.AF_INET6)
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def connect(sock: socket.socket, address):
        if sock.family in internet:
            attempts.append(address)
            raise OSError("the test forbids network connections")
        return real_connect(sock, address)

    def connect_ex(sock: socket.socket, address):
        if sock.family in internet:
            attempts.append(address)
            return 1
        return real_connect_ex(sock, address)

    def refuse(*args, **_kwargs):
        attempts.append(args)
        raise OSError("the test forbids network connections")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)  # a name lookup is traffic too
    return attempts


def all_widgets() -> list[QWidget]:
    widgets: list[QWidget] = []
    for top in QApplication.topLevelWidgets():
        widgets.append(top)
        widgets.extend(top.findChildren(QWidget))
    return widgets


def show_every_page(window, qtbot) -> None:
    """Every tab and every section inside a tab, so that every view fills its texts."""
    for tab_id in TAB_IDS:
        window.show_tab(tab_id)
        for sections in window.view(tab_id).findChildren(QTabWidget):
            for index in range(sections.count()):
                sections.setCurrentIndex(index)
                qtbot.wait(1)


def walk_the_whole_app(window, qtbot, answerer: DialogAnswerer) -> None:
    for code in ("fr", "de", "en"):
        window.language_actions[code].trigger()
        qtbot.wait(10)
        show_every_page(window, qtbot)
    window.export_chart_action.trigger()
    window.export_all_action.trigger()
    window.copy_chart_action.trigger()
    window.exporter.wait_for_writes()
    sources = window.show_sources()
    item = sources.tree.topLevelItem(0).child(0)
    sources.tree.setCurrentItem(item)
    sources.tree.itemActivated.emit(item, 0)  # double-click: opens in the browser
    about = window.show_about()
    about.about_qt_button.click()
    qtbot.wait(10)
    assert answerer.opened_links, "the source should have gone to the system browser"


def test_the_app_makes_no_network_connection(
    make_window, qtbot, tmp_path, monkeypatch, network_attempts
):
    answerer = DialogAnswerer(tmp_path / "exports").install(monkeypatch)
    try:
        window = make_window()
        window.show()
        qtbot.waitExposed(window)
        walk_the_whole_app(window, qtbot, answerer)
    finally:
        answerer.uninstall()
    assert network_attempts == []
    assert list((tmp_path / "exports" / "all").iterdir())  # the walk did export


def links_in(label: QLabel) -> list[str]:
    if label.textFormat() == Qt.TextFormat.PlainText:
        return []
    return HREF.findall(label.text())


def handles_links_itself(label: QLabel) -> bool:
    return label.isSignalConnected(QMetaMethod.fromSignal(label.linkActivated))


def test_every_link_opens_in_the_system_browser(make_window, qtbot, tmp_path, monkeypatch):
    answerer = DialogAnswerer(tmp_path / "exports").install(monkeypatch)
    try:
        window = make_window()
        window.show()
        walk_the_whole_app(window, qtbot, answerer)
        labels_with_links = 0
        for widget in all_widgets():
            if isinstance(widget, QTextBrowser):
                assert widget.openExternalLinks() or not widget.openLinks(), widget.objectName()
            if not isinstance(widget, QLabel) or not links_in(widget):
                continue
            labels_with_links += 1
            external = [h for h in links_in(widget) if not h.startswith(IN_APP_SCHEMES)]
            if widget.openExternalLinks():
                continue
            # A label that handles its links must handle the in-app ones only, and pass
            # any other to the system browser (checked below).
            assert handles_links_itself(widget), (widget.objectName(), widget.text()[:200])
            assert all(h.startswith(("http://", "https://")) for h in external), external
        assert labels_with_links >= 5  # cards, sources, licences: the walk did reach them

        view = window.view("export-controls")
        before = len(answerer.opened_links)
        view.open_link("https://www.bis.gov/")
        assert answerer.opened_links[before:] == ["https://www.bis.gov/"]
    finally:
        answerer.uninstall()


def test_a_link_activated_with_the_keyboard_goes_to_the_system_browser(
    make_window, qtbot, tmp_path, monkeypatch
):
    answerer = DialogAnswerer(tmp_path / "exports").install(monkeypatch)
    try:
        window = make_window()
        window.show()
        about = window.show_about()
        qtbot.waitExposed(about)
        licences = about.licences
        licences.setFocus()
        QTest.keyClick(licences, Qt.Key.Key_Tab)  # to the first link of the label
        QTest.keyClick(licences, Qt.Key.Key_Return)
        assert len(answerer.opened_links) == 1
        assert answerer.opened_links[0].startswith("https://")
    finally:
        answerer.uninstall()


def imported_modules(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_module_of_the_app_imports_a_network_library():
    files = [ROOT / "main.py"]
    for package in APP_PACKAGES:
        files += sorted((ROOT / package).rglob("*.py"))
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_modules(path) & set(NETWORK_MODULES))
        for path in files
    }
    assert {name: found for name, found in offenders.items() if found} == {}
