"""Help ▸ About: version, how recent the data is, what the app is not, and the licences."""

from __future__ import annotations

from importlib import metadata

import pytest
from PySide6.QtCore import QCoreApplication

from explainer_core import __version__
from explainer_core.data.data_dates import load_data_dates
from explainer_core.formatting import formatter_for
from explainer_core.licences import COMPONENTS


def open_about(window, qtbot):
    window.about_action.trigger()
    dialog = window.about_dialog
    qtbot.waitExposed(dialog)
    return dialog


def switch_language(window, code, qtbot):
    window.language_actions[code].trigger()
    qtbot.wait(10)


def test_about_gives_the_version_and_the_as_of_date_of_the_data(make_window, qtbot):
    window = make_window("fr")
    dialog = open_about(window, qtbot)
    text = dialog.text()
    dates = load_data_dates()
    french = formatter_for("fr")
    assert __version__ in text
    assert french.date(dates.as_of) in text
    assert french.date(dates.last_price_day) in text
    assert "lundi 27 janvier 2025" in text  # the shock day, in the language's long form


def test_about_names_each_dependency_with_its_licence_and_installed_version(make_window, qtbot):
    dialog = open_about(make_window(), qtbot)
    text = dialog.text()
    for name, licence in [
        ("PySide6", "LGPL-3.0"),
        ("pyqtgraph", "MIT"),
        ("pandas", "BSD-3-Clause"),
        ("Babel", "BSD-3-Clause"),
    ]:
        assert name in text and licence in text
    for component in COMPONENTS:
        versions = [_installed(name) for name in component.distributions]
        assert any(version and version in text for version in versions), component.name


def _installed(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def test_licence_links_open_in_the_system_browser(make_window, qtbot):
    dialog = open_about(make_window(), qtbot)
    assert dialog.body.openExternalLinks()
    assert dialog.licences.openExternalLinks()
    assert "https://www.gnu.org/licenses/lgpl-3.0.html" in dialog.licences.text()


def test_about_retranslates(make_window, qtbot):
    window = make_window("fr")
    dialog = open_about(window, qtbot)
    french = (dialog.windowTitle(), dialog.heading.text(), dialog.body.text())
    switch_language(window, "de", qtbot)
    assert formatter_for("de").date(load_data_dates().as_of) in dialog.text()
    assert __version__ in dialog.text()
    if QCoreApplication.translate("AboutDialog", "Licence") == "Licence":
        pytest.skip("translations of the About dialog are not merged yet")
    german = (dialog.windowTitle(), dialog.heading.text(), dialog.body.text())
    assert all(f != g for f, g in zip(french, german, strict=True))
