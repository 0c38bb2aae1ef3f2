"""Fixtures that build the claims tab alone, without the main window (fast: no chart tab is
built). A module of its own, imported by the tests: a second conftest.py would shadow the
root one, which other tests import by name."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.fixture
def language(qtbot, settings_dir) -> Callable:
    """A language service in the given language, its translators installed as the app's."""
    from ui.shell.application import create_application
    from ui.shell.language import LanguageService
    from ui.shell.settings import AppSettings

    create_application()
    services = []

    def make(code: str = "fr"):
        service = LanguageService(AppSettings())
        service.set_language(code, remember=False)
        services.append(service)
        return service

    yield make
    for service in services:  # leave no translator installed for the next test
        service.remove_translators()


@pytest.fixture
def claims_view(qtbot, language) -> Callable:
    """The claims tab alone, shown at a window's size, in the given language."""
    from ui.claims.view import ClaimsView

    def build(code: str = "fr"):
        view = ClaimsView(language(code))
        qtbot.addWidget(view)
        view.resize(1280, 760)
        view.show()
        qtbot.waitExposed(view)
        return view

    return build


def switch_language(view, code: str, qtbot) -> None:
    view.language.set_language(code, remember=False)
    qtbot.wait(10)  # QEvent.LanguageChange is posted, not sent
