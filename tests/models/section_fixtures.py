"""Build one section of the model comparison alone, without the main window.

``with section_builder(qtbot) as build: build(PriceSection, "en")`` gives the section with
its texts set, as the tab builds it; ``build.view("en")`` the whole tab. A helper module
rather than a conftest.py: one here would shadow the tests' own ``conftest`` module, which
other tests import by name.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from explainer_core.data.models import ModelsData, load_models
from explainer_core.data.sources import SourceRegistry, load_sources


@cache
def models_data() -> tuple[ModelsData, SourceRegistry]:
    """Read once for the whole run: no test changes the data."""
    sources = load_sources()
    return load_models(sources=sources), sources


class SectionBuilder:
    def __init__(self, qtbot, language) -> None:
        self.qtbot = qtbot
        self.language = language

    def __call__(self, section_class, code: str = "fr", shown: bool = False):
        """The section in ``code``; ``shown``: on screen at a desktop size (label layout)."""
        from ui.models.section import SectionContext

        self.language.set_language(code, remember=False)
        data, sources = models_data()
        section = section_class(SectionContext(self.language, data, sources))
        self.qtbot.addWidget(section)
        section.update_texts()
        if shown:
            section.resize(1240, 640)
            section.show()
            self.qtbot.waitExposed(section)
        return section

    def view(self, code: str = "fr", shown: bool = False):
        """The whole tab (its four sections), without the main window."""
        from ui.models.view import ModelComparisonView

        self.language.set_language(code, remember=False)
        view = ModelComparisonView(self.language)
        self.qtbot.addWidget(view)
        if shown:
            view.resize(1400, 900)
            view.show()
            self.qtbot.waitExposed(view)
        return view

    def relabel(self, section, code: str) -> None:
        """As the tab does on a language switch: new catalogs, then the section's texts."""
        self.language.set_language(code, remember=False)
        self.qtbot.wait(10)
        section.update_texts()


@contextmanager
def section_builder(qtbot) -> Iterator[SectionBuilder]:
    """A language service of its own (its catalogs taken out afterwards) and a builder.
    Use with the ``settings_dir`` fixture, so no setting of the user is read or written."""
    from ui.shell.language import LanguageService
    from ui.shell.settings import AppSettings

    language = LanguageService(AppSettings())
    try:
        yield SectionBuilder(qtbot, language)
    finally:
        language.remove_translators()
