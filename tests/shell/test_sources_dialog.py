"""Help ▸ Sources: every cited source and nothing else, searchable, opened outside the app."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDesktopServices

from explainer_core.data.citations import collect_citations
from explainer_core.data.sources import load_sources
from ui.registry import TAB_IDS
from ui.shell.sources_dialog import DATE, ID_ROLE, LINK, PUBLISHER, SUBJECT_TABS, TITLE

REGISTRY = load_sources()
CITED = collect_citations(registry=REGISTRY).ids


@pytest.fixture
def opened_urls(monkeypatch) -> list[str]:
    """Record what would be handed to the system browser, and open nothing."""
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toString()) or True)
    )
    return urls


@pytest.fixture
def sources(make_window, qtbot):
    def open_dialog(language: str = "fr"):
        window = make_window(language)
        window.show()
        qtbot.waitExposed(window)
        window.sources_action.trigger()
        dialog = window.sources_dialog
        qtbot.waitExposed(dialog)
        return window, dialog

    return open_dialog


def switch_language(window, code, qtbot):
    window.language_actions[code].trigger()
    qtbot.wait(10)


def item_of(dialog, source_id):
    return dialog._items[source_id]


def test_the_help_menu_opens_a_non_modal_dialog(sources):
    window, dialog = sources()
    assert window.sources_action.isEnabled()
    assert dialog.isVisible() and not dialog.isModal()
    window.sources_action.trigger()
    assert window.sources_dialog is dialog  # one dialog, brought forward


def test_it_lists_every_cited_source_and_no_unknown_one(sources):
    _, dialog = sources()
    assert dialog.listed_ids() == set(CITED)
    assert dialog.listed_ids() <= REGISTRY.ids()
    assert dialog.visible_ids() == set(CITED)


def test_it_opens_at_the_top_of_the_sorted_list_with_its_first_source_described(sources, qtbot):
    """Not scrolled to whichever source was first before the list was sorted."""
    _, dialog = sources("fr")
    first_group = dialog.tree.topLevelItem(0)
    first = first_group.child(0)
    publishers = [first_group.child(i).text(PUBLISHER) for i in range(first_group.childCount())]
    assert publishers == sorted(publishers, key=str.casefold)
    assert dialog.tree.currentItem() is first
    assert first.text(TITLE) in dialog.detail_label.text()
    qtbot.wait(10)
    assert dialog.tree.verticalScrollBar().value() == 0


def test_sources_are_grouped_by_view_under_the_tab_titles(sources):
    window, dialog = sources()
    for source_id in dialog.listed_ids():
        assert dialog.group_of(source_id) == REGISTRY[source_id].subject
    groups = [dialog.tree.topLevelItem(i).text(TITLE) for i in range(4)]
    titles = [window.tabs.tabText(TAB_IDS.index(tab)) for tab in SUBJECT_TABS.values()]
    assert [group.rsplit(" (", 1)[0] for group in groups] == titles


def test_each_row_gives_title_publisher_date_and_link(sources):
    _, dialog = sources()
    source = REGISTRY["clm-reuters-nasdaq-futures-2025-01-27"]
    item = item_of(dialog, source.id)
    assert item.text(TITLE) == source.title_in("fr")  # the reader's language
    assert item.text(TITLE).startswith("Dépêche de Reuters")
    assert item.text(PUBLISHER) == source.publisher_in("fr")
    assert item.text(DATE) == "27 janv. 2025"
    assert item.text(LINK) == "au.investing.com"
    assert item.toolTip(LINK) == source.url


def test_the_search_filters_as_you_type_ignoring_case_and_accents(sources, qtbot):
    _, dialog = sources()
    qtbot.keyClicks(dialog.search, "HÄNDELSBLATT")

    def searched(source) -> str:
        return f"{source.title} {source.publisher} {source.url}".lower()

    expected = {i for i in CITED if "handelsblatt" in searched(REGISTRY[i])}
    assert expected and dialog.visible_ids() == expected
    hidden_groups = [
        dialog.tree.topLevelItem(i).isHidden() for i in range(dialog.tree.topLevelItemCount())
    ]
    assert any(hidden_groups)  # groups with no match are hidden too
    dialog.search.clear()
    assert dialog.visible_ids() == set(CITED)


def test_a_search_can_use_the_date_as_shown(sources):
    _, dialog = sources()
    dialog.search.setText("27 janv. 2025")
    shown = dialog.visible_ids()
    assert shown
    assert all(REGISTRY[i].published == dt.date(2025, 1, 27) for i in shown)


def test_a_search_with_no_result_says_so(sources):
    _, dialog = sources()
    assert dialog.no_match_label.isHidden()
    dialog.search.setText("zzzz-nothing")
    assert dialog.visible_ids() == set()
    assert not dialog.no_match_label.isHidden()
    assert "zzzz-nothing" in dialog.no_match_label.text()
    assert dialog.detail_label.text() == ""


def test_activating_a_source_opens_it_in_the_system_browser(sources, opened_urls):
    _, dialog = sources()
    source = REGISTRY["clm-reuters-nasdaq-futures-2025-01-27"]
    dialog.tree.itemActivated.emit(item_of(dialog, source.id), TITLE)
    assert opened_urls == [source.url]


def test_links_never_open_inside_the_app(sources):
    _, dialog = sources()
    dialog.tree.setCurrentItem(item_of(dialog, "clm-wikipedia-deepseek"))
    assert dialog.detail_label.openExternalLinks()
    assert REGISTRY["clm-wikipedia-deepseek"].url in dialog.detail_label.text()


def test_the_dialog_retranslates(sources, qtbot):
    window, dialog = sources()
    item = item_of(dialog, "clm-reuters-nasdaq-futures-2025-01-27")
    headers = [dialog.tree.headerItem().text(c) for c in range(4)]
    title, hint = dialog.windowTitle(), dialog.hint_label.text()
    group = dialog.tree.topLevelItem(0).text(TITLE)
    switch_language(window, "de", qtbot)
    assert item.text(DATE) == "27.01.2025"
    if QCoreApplication.translate("SourcesDialog", "Publisher") == "Publisher":
        pytest.skip("translations of the Sources dialog are not merged yet")
    assert [dialog.tree.headerItem().text(c) for c in range(4)] != headers
    assert dialog.windowTitle() != title and dialog.hint_label.text() != hint
    assert dialog.tree.topLevelItem(0).text(TITLE) != group
    count = dialog.count_label.text()
    switch_language(window, "en", qtbot)
    assert dialog.count_label.text() != count
    assert str(len(CITED)) in count


def test_the_dialog_remembers_its_geometry(make_window, qtbot):
    window = make_window()
    dialog = window.show_sources()
    qtbot.waitExposed(dialog)
    dialog.resize(720, 480)
    dialog.close()
    window.close()
    reopened = make_window().show_sources()
    qtbot.waitExposed(reopened)
    assert reopened.size().width() == 720 and reopened.size().height() == 480


def test_sorting_by_date_sorts_dates_not_text_and_keeps_the_groups_in_tab_order(sources):
    _, dialog = sources()
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        dialog.tree.sortByColumn(DATE, order)
        groups = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
        subjects = [dialog.group_of(group.child(0).data(TITLE, ID_ROLE)) for group in groups]
        assert subjects == list(SUBJECT_TABS)
        for group in groups:
            ids = [group.child(i).data(TITLE, ID_ROLE) for i in range(group.childCount())]
            days = [REGISTRY[i].published or dt.date.max for i in ids]
            expected = sorted(days, reverse=order == Qt.SortOrder.DescendingOrder)
            assert days == expected
