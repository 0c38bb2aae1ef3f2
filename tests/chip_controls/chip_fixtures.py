"""Fixtures of the export-controls tab: one section, or the tab's view, built without the main
window (with a language service of its own and private settings).

A plugin the tab's test modules name in ``pytest_plugins`` (a second ``conftest.py`` would
take the place of the top one in ``sys.modules``, where other tests import it from)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest


@pytest.fixture(scope="session")
def sources():
    from explainer_core.data.sources import load_sources

    return load_sources()


@pytest.fixture(scope="session")
def export_data(sources):
    from explainer_core.data.export_controls import load_export_controls

    return load_export_controls(sources=sources)


@pytest.fixture
def language(qapp, settings_dir) -> Iterator:
    """The interface language, French until a test switches it (``switch_to``)."""
    from ui.shell.application import create_application
    from ui.shell.language import LanguageService
    from ui.shell.settings import AppSettings

    create_application()
    service = LanguageService(AppSettings())
    service.set_language("fr", remember=False)
    yield service
    service.remove_translators()
    _release_top_level_widgets()


def _release_top_level_widgets() -> None:
    """Delete the test's windows now (pyqtgraph items deleted at interpreter exit can
    crash it); a full ``release_widgets`` also collects Python's garbage, which costs a
    quarter of a second a test and is left to the end of the session here."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def switch_to(language, qtbot) -> Callable[[str], None]:
    """Switch the interface language and let the posted language change arrive."""

    def switch(code: str) -> None:
        language.set_language(code, remember=False)
        qtbot.wait(10)

    return switch


def shown(qtbot, widget, size: tuple[int, int]):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(20)  # let the charts take their size and lay out their labels
    return widget


@pytest.fixture
def open_view(qtbot, language, switch_to, export_data, sources, monkeypatch) -> Callable:
    """The whole tab, as the window shows it (its charts at about their usual size).

    The data are read once for all the tests (about a second each time otherwise);
    ``own_data=True`` lets the view read them itself (a test that damages them)."""
    import ui.chip_controls.view as view_module
    import ui.shell.tab_view as tab_view_module

    def build(code: str = "fr", section: int | None = None, own_data: bool = False):
        if not own_data:
            monkeypatch.setattr(tab_view_module, "load_sources", lambda: sources)
            monkeypatch.setattr(view_module, "load_export_controls", lambda **_: export_data)
        switch_to(code)
        view = view_module.ChipControlsView(language)
        if section is not None:
            view.show_section(section)
        return shown(qtbot, view, (1600, 1000))

    return build


@pytest.fixture
def timeline_section(qtbot, language, export_data, sources):
    from ui.chip_controls.timeline_section import RulesTimelineSection

    section = RulesTimelineSection(export_data, sources, language)
    section.update_texts()
    return shown(qtbot, section, (1400, 700))


@pytest.fixture
def map_section(qtbot, language, export_data, sources):
    from explainer_core.chip_controls.rules import Rule
    from ui.chip_controls.chip_map_section import ChipMapSection

    section = ChipMapSection(export_data, sources, language, Rule.OCTOBER_2023)
    section.update_texts()
    section.select_chip("h800")
    return shown(qtbot, section, (1500, 850))


@pytest.fixture
def classifier(qtbot, language, export_data):
    """The classifier section (its form is ``.form``), starting from the H800."""
    from ui.chip_controls.classifier_section import ClassifierSection

    section = ClassifierSection(export_data, language)
    section.update_texts()
    return shown(qtbot, section, (1200, 800))
