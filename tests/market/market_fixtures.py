"""Market tab fixtures: the tab view (or one section) built alone, without the main window.

Imported by the test modules that use them (a conftest.py here would shadow the root one,
which other tests import as ``conftest``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

__all__ = ["language_service", "market_view", "shipped_market_data"]


def release_views() -> None:
    """Destroy the views now, not at interpreter exit, where pyqtgraph items can crash
    (as the root conftest's ``release_widgets`` does for windows)."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def language_service(qtbot, settings_dir) -> Callable:
    """A language service with its translators installed, removed after the test."""
    from ui.shell.application import create_application
    from ui.shell.language import LanguageService
    from ui.shell.settings import AppSettings

    services = []

    def make(code: str = "fr"):
        create_application()
        service = LanguageService(AppSettings())
        service.set_language(code, remember=False)
        services.append(service)
        return service

    yield make
    for service in services:
        service.remove_translators()
    release_views()


@pytest.fixture(scope="session")
def shipped_market_data():
    """The shipped market data and sources, read once: the views only read them."""
    from explainer_core.data.market import load_market
    from explainer_core.data.sources import load_sources

    sources = load_sources()
    return load_market(sources=sources), sources


@pytest.fixture
def market_view(qtbot, language_service, monkeypatch, shipped_market_data) -> Callable:
    """The market tab alone in a top-level window of the window's default size, shown
    (built on the data read once for the session, which is what makes it quick)."""
    import ui.market.view as market_module
    import ui.shell.tab_view as tab_view_module
    from ui.market.view import MarketTimelineView

    data, sources = shipped_market_data
    monkeypatch.setattr(tab_view_module, "load_sources", lambda: sources)
    monkeypatch.setattr(market_module, "load_market", lambda sources=None: data)

    def make(code: str = "fr", size: tuple[int, int] = (1280, 800)):
        language = language_service(code)
        view = MarketTimelineView(language)
        view.language_service = language
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def switch_language(view, code: str, qtbot) -> None:
    """Switch the interface language as the main window's menu does."""
    view.language.set_language(code, remember=False)
    qtbot.wait(10)  # LanguageChange is posted, not sent
