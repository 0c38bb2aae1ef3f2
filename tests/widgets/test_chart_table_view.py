"""The numbers behind a chart, as a table on screen: formatted for the reader, sorted as
numbers and dates, copied for a spreadsheet with every digit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from explainer_core.figure.table import ChartTable, Column, ColumnKind
from explainer_core.formatting import formatter_for
from widgets.chart_table_view import ChartTableView

TABLE = ChartTable(
    "test-chart",
    "fr",
    "Les variations",
    (
        Column("name", "Titre"),
        Column("day", "Jour", ColumnKind.DATE),
        Column("close", "Clôture", ColumnKind.NUMBER, 2),
        Column("move", "Variation", ColumnKind.PERCENT, 2),
    ),
    (
        ("Nvidia", dt.date(2025, 1, 27), 118.42, -16.968167157484225),
        ("Meta", dt.date(2025, 1, 27), 659.88, 1.9076),
        ("Vistra", dt.date(2025, 1, 24), 1191.11, -28.271675998116265),
        ("Inconnu", None, None, None),
    ),
    sources=("Yahoo Finance · prix quotidiens · https://example.org",),
    notes=("Clôture contre clôture.",),
)


def shown_column(view: ChartTableView, column: int) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def make_view(qtbot, language: str = "fr") -> ChartTableView:
    view = ChartTableView(lambda: formatter_for(language))
    qtbot.addWidget(view)
    view.set_table(TABLE)
    return view


def test_values_are_shown_in_the_readers_language(qtbot):
    view = make_view(qtbot)
    assert shown_column(view, 2)[:3] == ["118,42", "659,88", "1\u202f191,11"]
    assert shown_column(view, 3)[0] == "−16,97\u202f%"
    assert shown_column(view, 1)[0] == "27 janv. 2025"
    assert shown_column(view, 3)[3] == "–"  # a missing value, not a zero
    assert "Clôture contre clôture." in view.about.text()
    assert "Yahoo Finance" in view.about.text()
    assert view.view.accessibleName() == "Les variations, as a table"


def test_columns_sort_as_numbers_and_dates_missing_values_last(qtbot):
    view = make_view(qtbot)
    view.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert shown_column(view, 0)[:3] == ["Nvidia", "Meta", "Vistra"]  # 118 < 659 < 1191
    view.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert shown_column(view, 0) == ["Vistra", "Nvidia", "Meta", "Inconnu"]
    view.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown_column(view, 0)[0] == "Vistra"  # 24 January first


def test_copy_gives_a_spreadsheet_every_digit_in_the_readers_decimals(qtbot):
    view = make_view(qtbot)
    view.copy()  # nothing selected: the whole table, as shown
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "Titre\tJour\tClôture\tVariation"
    nvidia = repr(TABLE.rows[0][3]).replace(".", ",")
    assert lines[1] == f"Nvidia\t2025-01-27\t118,42\t{nvidia}"
    assert lines[4] == "Inconnu\t\t\t"
    english = make_view(qtbot, "en").tab_separated(selected_only=False).splitlines()
    assert english[1] == f"Nvidia\t2025-01-27\t118.42\t{TABLE.rows[0][3]!r}"


def test_copy_of_a_selection_keeps_its_header(qtbot):
    view = make_view(qtbot)
    selection = view.view.selectionModel()
    for row in (0, 2):
        selection.select(view.proxy.index(row, 3), selection.SelectionFlag.Select)
    assert view.tab_separated().splitlines() == [
        "Variation",
        repr(TABLE.rows[0][3]).replace(".", ","),
        repr(TABLE.rows[2][3]).replace(".", ","),
    ]


def test_a_chart_shows_its_table_and_back(make_window, qtbot):
    window = make_window("fr")
    window.show()
    panel = next(p for p in window.chart_panels("market") if p.chart_id == "market-movers")
    panel.table_button.click()
    assert panel.shows_table
    table = panel.table_view
    names = shown_column(table, 0)
    moves = shown_column(table, table.model.table.column("change"))
    assert moves[names.index("Nvidia")] == "−16,97\u202f%"
    assert moves[names.index("Vistra")] == "−28,27\u202f%"
    window.language_actions["de"].trigger()
    qtbot.wait(10)
    assert shown_column(table, table.model.table.column("change"))[0] == "−28,27\u00a0%"
    panel.table_button.click()
    assert not panel.shows_table
