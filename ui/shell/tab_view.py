"""The base of every tab: an id, a translated title, and retranslation on a language switch."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from explainer_core.data.errors import DataError
from explainer_core.data.sources import SourceRegistry, load_sources
from ui import registry
from ui.registry import tab_title
from ui.shell.data_error_panel import DataErrorPanel
from ui.shell.language import LanguageService
from widgets.deferred_work import DeferredWork, Work
from widgets.intro_panel import IntroPanel
from widgets.refresh import follow_changes

T = TypeVar("T")


class TabView(QWidget):
    """A tab of the main window. Subclasses set ``tab_id`` and implement the two hooks.

    ``statusMessage``: a short line for the window's status bar (e.g. "copied")."""

    statusMessage = Signal(str)
    tab_id: str = ""
    # A passing word for the window's status bar (what a click just changed, and how to
    # undo it), already translated.
    statusMessage = Signal(str)

    def __init__(self, language: LanguageService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName(f"tab-{self.tab_id}")
        self._deferred = DeferredWork(self)
        follow_changes(self, update_texts=self.update_texts, redraw=self.redraw)

    @property
    def chart_ids(self) -> tuple[str, ...]:
        """The charts this view shows (``ui.registry``)."""
        return registry.tab(self.tab_id).chart_ids

    @classmethod
    def tab_title(cls) -> str:
        """The tab's title in the current language."""
        return tab_title(cls.tab_id)

    def update_texts(self) -> None:
        """Re-read every visible text; called on every language switch.

        A view sets its introduction at once and hands the rest to ``when_shown``: a tab
        nobody sees then costs a language switch (or a theme change) almost nothing.
        """
        raise NotImplementedError

    def when_shown(self, work: Work) -> None:
        """Do ``work`` now if this tab can be seen, else when it is next shown (or brought
        up to date): what a hidden tab shows is redrawn before anyone can look at it."""
        self._deferred.run(work)

    def bring_up_to_date(self) -> None:
        """Do the work kept for the next showing now (before a chart of it is exported)."""
        self._deferred.flush()

    def figure_state(self, chart_id: str) -> object | None:
        """The state of chart ``chart_id`` as the user left it (the series, range, mode …
        that a file of it must show), as its builder in the core defines it; None: the
        chart's opening state."""
        return None

    def show_chart_item(self, chart_id: str, item: str) -> bool:
        """Bring ``item`` of chart ``chart_id`` into view and highlight it.

        ``item`` is a claim's ``chart_item`` (a ticker, a date, a chip, model or benchmark
        name; may be empty). Returns False when the view cannot show it.
        """
        return False

    def redraw(self) -> None:
        """Redraw with the current chart colours and fonts, after a theme switch or a turn
        of presenter mode. Charts draw their items once, with the colours of the moment:
        the views' full redraw (``update_texts``) draws them again; a view with items
        drawn only at build time restyles them in an override."""
        from widgets.chart_panel import ChartPanel

        for panel in self.findChildren(ChartPanel):
            panel.apply_colours()
        self.update_texts()

    def start_with_intro(
        self, load_dataset: Callable[[SourceRegistry], T]
    ) -> tuple[QVBoxLayout, T | None]:
        """The tab's layout with its introduction on top (``self.intro``), and its dataset
        (None, with what is wrong shown in its place, when it could not be loaded)."""
        self.intro = IntroPanel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        return layout, self.load_data(load_dataset, layout)

    def load_data(
        self, load_dataset: Callable[[SourceRegistry], T], layout: QVBoxLayout
    ) -> T | None:
        """Load this tab's dataset with the source registry (kept in ``self.sources``).

        On a damaged or missing file, the tab shows what is wrong, in the user's language,
        in place of its content, and returns None: the other tabs keep working.
        """
        self.error_panel: DataErrorPanel | None = None
        try:
            self.sources: SourceRegistry = load_sources()
            return load_dataset(self.sources)
        except DataError as error:
            self.error_panel = DataErrorPanel(error, self)
            layout.addWidget(self.error_panel)
            layout.addStretch(1)
            return None

    def data_error(self) -> DataError | None:
        """Why this tab could not load its data (it then shows no charts), or None."""
        panel = getattr(self, "error_panel", None)
        return panel.error if panel is not None else None


class IntroOnlyTab(TabView):
    """A tab that so far shows only its introduction: what it will show, in two sentences."""

    def __init__(self, language: LanguageService, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.intro = IntroPanel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addStretch(1)
        self.update_texts()

    @classmethod
    def intro_body(cls) -> str:
        raise NotImplementedError

    def update_texts(self) -> None:
        self.intro.set_texts(self.tab_title(), self.intro_body())
