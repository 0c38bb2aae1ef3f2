"""Help ▸ Sources: every source the data cites, grouped by view, searchable, opened outside.

Only cited sources are listed (``explainer_core.data.citations``), so each entry backs
something the app shows. Links open in the system browser, never inside the app.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explainer_core.data.citations import Citations, collect_citations
from explainer_core.data.errors import DataError
from explainer_core.data.sources import Source, SourceRegistry, load_sources
from explainer_core.search_text import matches
from explainer_core.templates import fill
from ui.registry import TABS
from ui.shell.data_error_text import describe_data_error
from ui.shell.dialog import AppDialog
from ui.shell.language import LanguageService
from ui.shell.settings import AppSettings

SETTINGS_NAME = "sources"
# The registry file of a source (its ``subject``) and the tab it is listed under, in tab order.
SUBJECT_TABS: dict[str, str] = {tab.source_subject: tab.id for tab in TABS}
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE, PUBLISHER, DATE, LINK = range(4)


def _host(url: str) -> str:
    """``www.reuters.com/…`` → ``reuters.com``: enough to know where a link leads."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


class _SortableItem(QTreeWidgetItem):
    """Sorts on ``SORT_ROLE``: dates as dates (undated last), and the groups always in the
    order of the tabs, whichever column or direction the reader sorts by."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        column = tree.sortColumn() if tree else TITLE
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is None or theirs is None:  # not named yet: never QTreeWidgetItem's own <,
            return self.text(column) < other.text(column)  # which would call this again
        if tree is not None and self.parent() is None:
            descending = tree.header().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            return mine > theirs if descending else mine < theirs
        return mine < theirs


class SourcesDialog(AppDialog):
    """Non-modal: readers keep it open beside the tab whose sources they check."""

    settings_name = SETTINGS_NAME
    default_size = QSize(1000, 620)

    def __init__(
        self,
        language: LanguageService,
        settings: AppSettings,
        group_titles: Callable[[], dict[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setModal(False)
        self.language = language
        self._group_titles = group_titles
        self.registry: SourceRegistry | None = None
        self.citations = Citations(frozenset(), ())
        self.load_error: DataError | None = None
        try:
            self.registry = load_sources()
            self.citations = collect_citations(registry=self.registry)
        except DataError as error:
            self.load_error = error

        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("sourcesSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.search_label.setBuddy(self.search)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("sourcesCount")
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("sourcesTree")
        self.tree.setColumnCount(4)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show_detail(item))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (PUBLISHER, DATE, LINK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("sourcesProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.no_match_label = QLabel(self)
        self.no_match_label.setObjectName("sourcesNoMatch")
        self.no_match_label.hide()
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("sourceDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setOpenExternalLinks(True)  # the system browser, never the app
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.no_match_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)

        self._groups: dict[str, QTreeWidgetItem] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._fill_tree()
        self.tree.sortByColumn(PUBLISHER, Qt.SortOrder.AscendingOrder)
        self.tree.setSortingEnabled(True)
        # The texts, and with them the publishers the list is sorted by; then the first
        # source of the sorted list is the current one, so the detail line is not blank.
        self.finish_setup()
        self.tree.scrollToTop()

    # -- contents -----------------------------------------------------------------
    def cited_sources(self) -> list[Source]:
        """The registry entries the data cites; ids missing from the registry are skipped
        (the loaders refuse such data, so there are none)."""
        if self.registry is None:
            return []
        return [self.registry[i] for i in sorted(self.citations.ids) if i in self.registry]

    def _fill_tree(self) -> None:
        for position, subject in enumerate(SUBJECT_TABS):
            group = _SortableItem(self.tree)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(TITLE)
            font.setBold(True)
            group.setFont(TITLE, font)
            group.setFirstColumnSpanned(True)
            for column in range(4):  # the view order, whatever column is sorted
                group.setData(column, SORT_ROLE, position)
            self._groups[subject] = group
        for source in self.cited_sources():
            parent = self._groups.get(source.subject) or self._group_for_unknown(source.subject)
            item = _SortableItem(parent)
            item.setData(TITLE, ID_ROLE, source.id)
            # Undated sources sort after every dated one.
            item.setData(DATE, SORT_ROLE, source.published.isoformat() if source.published else "~")
            item.setText(LINK, _host(source.url))
            item.setData(LINK, SORT_ROLE, _host(source.url))
            item.setToolTip(LINK, source.url)
            font = item.font(LINK)
            font.setUnderline(True)
            item.setFont(LINK, font)
            item.setForeground(LINK, self.palette().link())
            self._items[source.id] = item
        self.tree.expandAll()

    def _name_sources(self) -> None:
        """Titles and publishers in the reader's language (they may be translated)."""
        code = self.language.language
        for source in self.cited_sources():
            item = self._items[source.id]
            title, publisher = source.title_in(code), source.publisher_in(code)
            item.setText(TITLE, title)
            item.setToolTip(TITLE, title)
            item.setText(PUBLISHER, publisher)
            item.setToolTip(PUBLISHER, publisher)
            item.setData(PUBLISHER, SORT_ROLE, publisher.casefold())
            item.setData(TITLE, SORT_ROLE, title.casefold())

    def _group_for_unknown(self, subject: str) -> QTreeWidgetItem:
        # A registry file added later still shows, under its own name.
        group = _SortableItem(self.tree)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        group.setFirstColumnSpanned(True)
        for column in range(4):
            group.setData(column, SORT_ROLE, len(self._groups))
        self._groups[subject] = group
        return group

    def listed_ids(self) -> set[str]:
        return set(self._items)

    def visible_ids(self) -> set[str]:
        return {source_id for source_id, item in self._items.items() if not item.isHidden()}

    def group_of(self, source_id: str) -> str:
        parent = self._items[source_id].parent()
        return next(subject for subject, group in self._groups.items() if group is parent)

    # -- behaviour ----------------------------------------------------------------
    def apply_filter(self, text: str | None = None) -> None:
        """Show the sources whose title, publisher, date or address contain every typed word,
        ignoring case and accents."""
        query = self.search.text() if text is None else text
        formatter = self.language.formatter
        for source in self.cited_sources():
            date_texts = (
                (formatter.date(source.published), source.published.isoformat())
                if source.published
                else ()
            )
            code = self.language.language
            shown = matches(
                query, source.title_in(code), source.publisher_in(code), source.url, *date_texts
            )
            self._items[source.id].setHidden(not shown)
        for group in self._groups.values():
            children = [group.child(i) for i in range(group.childCount())]
            group.setHidden(not any(not child.isHidden() for child in children))
        self._keep_current_item_visible()
        self._update_counts()

    def _keep_current_item_visible(self) -> None:
        """After filtering, the detail line shows a source that is still listed, or none."""
        current = self.tree.currentItem()
        if current is not None and not current.isHidden():
            return
        shown = [
            group.child(i)
            for group in (self.tree.topLevelItem(g) for g in range(self.tree.topLevelItemCount()))
            for i in range(group.childCount())
            if not group.isHidden() and not group.child(i).isHidden()
        ]
        self.tree.setCurrentItem(shown[0] if shown else None)
        if not shown:
            self._show_detail(None)

    def open_source(self, source_id: str) -> bool:
        """Open the source's page in the system browser."""
        if self.registry is None or source_id not in self.registry:
            return False
        return QDesktopServices.openUrl(QUrl(self.registry[source_id].url))

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        source_id = item.data(TITLE, ID_ROLE)
        if source_id:
            self.open_source(source_id)

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        source_id = item.data(TITLE, ID_ROLE) if item is not None else None
        if not source_id or self.registry is None:
            self.detail_label.clear()
            return
        source = self.registry[source_id]
        code = self.language.language
        url = html.escape(source.url, quote=True)
        self.detail_label.setText(
            f"<b>{html.escape(source.title_in(code))}</b><br>"
            f"{html.escape(source.publisher_in(code))} · "
            f'<a href="{url}">{html.escape(source.url)}</a>'
        )

    # -- language -----------------------------------------------------------------
    def update_texts(self) -> None:
        self.setWindowTitle(self.tr("Sources"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Title, publisher, date or web address"))
        self.tree.setHeaderLabels(
            [self.tr("Title"), self.tr("Publisher"), self.tr("Date"), self.tr("Link")]
        )
        self.tree.setAccessibleName(self.tr("Sources cited in the app, grouped by tab"))
        self.hint_label.setText(
            self.tr(
                "Double-click a source, or press Enter, to open it in your web browser. "
                "The app itself never loads these pages."
            )
        )
        self._show_problems()
        self._name_sources()
        formatter = self.language.formatter
        undated = self.tr("no date")
        for source in self.cited_sources():
            item = self._items[source.id]
            item.setText(DATE, formatter.date(source.published) if source.published else undated)
        self.tree.resizeColumnToContents(DATE)
        self.tree.setColumnWidth(PUBLISHER, min(self.tree.sizeHintForColumn(PUBLISHER), 220))
        self.tree.setColumnWidth(LINK, min(self.tree.sizeHintForColumn(LINK), 200))
        self.apply_filter()
        self._show_detail(self.tree.currentItem())

    def _update_counts(self) -> None:
        titles = self._group_titles()
        formatter = self.language.formatter
        for subject, group in self._groups.items():
            shown = sum(not group.child(i).isHidden() for i in range(group.childCount()))
            title = titles.get(subject, subject)
            group.setText(TITLE, f"{title} ({formatter.number(shown)})")
        visible, total = len(self.visible_ids()), len(self._items)
        self.count_label.setText(
            fill(self.tr("%1 of %2 shown"), formatter.number(visible), formatter.number(total))
        )
        query = self.search.text().strip()
        self.no_match_label.setText(fill(self.tr("No source matches “%1”."), query))
        self.no_match_label.setVisible(bool(self._items) and visible == 0)

    def _show_problems(self) -> None:
        errors = [self.load_error] if self.load_error else list(self.citations.errors)
        if not errors:
            self.problem_label.hide()
            return
        intro = self.tr("Some data could not be read, so its sources are missing from this list.")
        details = " ".join(describe_data_error(error) for error in errors)
        self.problem_label.setText(f"{intro} {details}")
        self.problem_label.show()
