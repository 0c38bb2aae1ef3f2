"""What every section of the model comparison has: the data, the language, and one hook each
for texts, appearance and the model a reader (or a claim) points at."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from explainer_core.charts import Writing
from explainer_core.data.models import ModelsData
from explainer_core.data.sources import SourceRegistry
from explainer_core.formatting import LocaleFormatter
from explainer_core.models.colours import model_colours
from ui.shell.language import LanguageService


@dataclass(frozen=True)
class SectionContext:
    """What a section is built with: the tab's data, source registry and language."""

    language: LanguageService
    data: ModelsData
    sources: SourceRegistry

    @property
    def formatter(self) -> LocaleFormatter:
        """The current language's formatter (axes read it each time they paint)."""
        return self.language.formatter

    @property
    def writing(self) -> Writing:
        """The interface language's words and formatter, as the core's text functions (and
        the charts' files) take them."""
        return Writing(self.language.words, self.language.formatter, self.sources)

    @property
    def colours(self) -> dict[str, str]:
        return model_colours()


class ModelSection(QWidget):
    """A page of the model comparison. The tab calls ``update_texts`` on a language switch
    (when the tab can be seen), ``restyle`` after a change of theme, and ``focus_model``
    when another section (or a claim) points at a model; a section says which model its
    reader picked with ``modelPicked``."""

    modelPicked = Signal(object)  # a model id, or None when the reader clears the choice
    focused_model: str | None = None  # the model set apart (a section with a chart keeps
    # it in its chart's state instead)

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data = context.data
        self.sources = context.sources
        self.language = context.language

    def formatter(self) -> LocaleFormatter:
        return self.context.formatter

    @property
    def writing(self) -> Writing:
        return self.context.writing

    def figure_state(self) -> object | None:
        """The state of this section's chart as the reader left it (its file shows the
        same); None for a section without a chart."""
        return None

    def update_texts(self) -> None:
        raise NotImplementedError

    def restyle(self) -> None:
        """Restyle what is drawn once at build time (charts redraw with ``update_texts``)."""

    def focus_model(self, model_id: str | None) -> bool:
        """Set ``model_id`` apart; False when this section does not show it."""
        self.focused_model = model_id
        return False
