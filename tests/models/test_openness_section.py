"""The openness table as a presenter uses it; built alone, without the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableWidgetSelectionRange
from section_fixtures import section_builder

from ui.models.openness_section import OpennessSection


@pytest.fixture
def openness(qtbot, settings_dir):
    with section_builder(qtbot) as build:
        yield lambda code="fr": build(OpennessSection, code)


def test_openness_table_gives_licence_weights_parameters_date_developer(openness):
    section = openness("en")
    table = section.table
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    r1 = section.data.model("deepseek-r1")
    assert cells == [
        "DeepSeek-R1",
        "DeepSeek",
        "Jan 20, 2025",
        "671 bn total, 37 bn active per token",
        "Yes",
        r1.license,
    ]
    count = table.rowCount()
    section.later_models_box.setChecked(True)
    assert table.rowCount() == len(section.data.models) > count


def test_selected_cells_are_copied_as_tab_separated_text_with_the_header(openness, qtbot):
    section = openness("en")
    table = section.table
    table.setFocus()
    table.setRangeSelected(QTableWidgetSelectionRange(0, 0, 1, 2), True)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "Model\tDeveloper\tReleased"
    assert lines[1] == "DeepSeek-R1\tDeepSeek\tJan 20, 2025"
    assert len(lines) == 3 and all(line.count("\t") == 2 for line in lines)


def test_the_context_menu_copies_too(openness):
    section = openness("en")
    table = section.table
    table.setRangeSelected(QTableWidgetSelectionRange(0, 3, 0, 3), True)
    table.customContextMenuRequested.emit(table.viewport().rect().center())
    actions = [action.text() for action in table.context_menu.actions()]
    assert actions == ["Copy"]
    QGuiApplication.clipboard().clear()
    table.context_menu.actions()[0].trigger()
    table.context_menu.close()
    text = QGuiApplication.clipboard().text()
    assert text == "Parameters\n671 bn total, 37 bn active per token\n"


def test_the_table_sorts_by_date_and_size_not_by_text(openness):
    section = openness("en")
    table = section.table
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    ids = [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())]
    models = [section.data.model(model_id) for model_id in ids]
    dates = [m.release_date for m in models]
    assert dates == sorted(dates)
    table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    sizes = [
        section.data.model(table.item(r, 0).data(Qt.ItemDataRole.UserRole)).params_total_b
        for r in range(table.rowCount())
    ]
    known = [size for size in sizes if size is not None]
    assert known == sorted(known, reverse=True)
    assert sizes[len(known) :] == [None] * (len(sizes) - len(known))  # undisclosed last


@pytest.mark.parametrize("code", ["fr", "de", "en"])
def test_the_licence_is_written_in_the_readers_language(openness, code):
    section = openness(code)
    table = section.table
    rows = {table.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(table.rowCount())}
    for model_id in ("deepseek-r1", "o1-2024-12-17"):
        model = section.data.model(model_id)
        assert table.item(rows[model_id], 5).text() == model.licence(code)
    if code != "en":
        assert table.item(rows["o1-2024-12-17"], 5).text() != "Proprietary"
