"""The openness table as a presenter uses it; built alone, without the main window."""

from __future__ import annotations

import pytest
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
