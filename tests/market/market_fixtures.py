"""Market tab fixtures: the tab view (or one section) built alone, without the main window.

Imported by the test modules that use them (a conftest.py here would shadow the root one,
which other tests import as ``conftest``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

__all__ = [
    "language_service",
    "opened_market_view",
    "shared_market_view",
    "shipped_market_data",
]


def release_views(views=None) -> None:
    """Destroy ``views`` (or every window) now, not at interpreter exit, where pyqtgraph
    items can crash (as the root conftest's ``release_widgets`` does for windows)."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in views if views is not None else QApplication.topLevelWidgets():
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


@pytest.fixture(scope="module")
def shared_market_view(qapp, tmp_path_factory, shipped_market_data):
    """One market tab for a whole test module (building one costs about a second): each
    test takes it through ``opened_market_view``, which puts it back in its opening state."""
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    import ui.market.view as market_module
    import ui.shell.tab_view as tab_view_module
    from ui.market.view import MarketTimelineView
    from ui.shell.language import LanguageService
    from ui.shell.settings import AppSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    data, sources = shipped_market_data
    service = LanguageService(AppSettings())
    service.set_language("fr", remember=False)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tab_view_module, "load_sources", lambda: sources)
        patch.setattr(market_module, "load_market", lambda sources=None: data)
        view = MarketTimelineView(service)
    view.resize(1280, 800)
    view.show()
    QTest.qWaitForWindowExposed(view)
    yield view
    service.remove_translators()
    release_views([view])


@pytest.fixture
def opened_market_view(shared_market_view, qtbot) -> Callable:
    """The module's market tab in ``code``, back in its opening state."""

    def make(code: str = "fr"):
        view = shared_market_view
        if view.language.language != code:
            view.language.set_language(code, remember=False)
            qtbot.wait(10)  # LanguageChange is posted, not sent
        view.reset_view()
        view.timeline.controls.clear_problem()
        view.movers.emphasise(None)
        view.right_pages.setCurrentWidget(view.movers)
        qtbot.wait(1)
        return view

    return make
