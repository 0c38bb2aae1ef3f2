"""The command line: version, screenshot, and clear refusals of unknown values."""

from __future__ import annotations

import pytest
from conftest import run_main
from PySide6.QtGui import QImage

from explainer_core import __version__

pytestmark = pytest.mark.process  # runs the app in a child process


def test_version_prints_the_app_version(tmp_path):
    result = run_main("--version", home=tmp_path)
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_screenshot_writes_a_png_of_the_window_size(tmp_path):
    target = tmp_path / "window.png"
    result = run_main("--screenshot", str(target), "--lang", "de", home=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert not image.isNull()
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # The window's default size (1280×800) fits the test screen, so that is the picture's size.
    assert (image.width(), image.height()) == (1280, 800)


def test_screenshot_into_a_missing_folder_fails_cleanly(tmp_path):
    target = tmp_path / "no-such-folder" / "window.png"
    result = run_main("--screenshot", str(target), home=tmp_path)
    assert result.returncode == 1
    assert "cannot write" in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.exists()


def test_unknown_language_exits_2_with_a_message(tmp_path):
    result = run_main("--lang", "xx", home=tmp_path)
    assert result.returncode == 2
    assert "unknown language 'xx'" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_tab_exits_2_with_a_message(tmp_path):
    result = run_main("--tab", "nowhere", home=tmp_path)
    assert result.returncode == 2
    assert "--tab" in result.stderr


def test_tab_ids_of_the_command_line_match_the_window():
    from ui.registry import TAB_IDS
    from ui.shell.main_window import view_class

    assert tuple(view_class(tab_id).tab_id for tab_id in TAB_IDS) == TAB_IDS


# -- chart files without a window --------------------------------------------------------------
def test_export_writes_every_chart_for_every_language_and_format(tmp_path):
    import xml.etree.ElementTree as ET

    import pandas as pd

    from ui.registry import CHART_IDS

    out = tmp_path / "charts"
    formats = "png,svg,pdf,csv,xlsx"
    result = run_main("--export", str(out), "--lang", "fr,de", "--format", formats, home=tmp_path)
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in out.iterdir())
    printed = sorted(line.rsplit("/", 1)[-1] for line in result.stdout.split())
    assert written == printed
    expected = {
        f"{chart}_{language}.{ext}"
        for chart in CHART_IDS
        for language in ("fr", "de")
        for ext in ("png", "svg", "pdf", "csv", "xlsx", "txt")  # a CSV's text beside it
    }
    assert set(written) == expected
    german = ET.parse(out / "market-timeline_de.svg").getroot()
    assert "Nvidia und der Markt" in ET.tostring(german, encoding="unicode")
    movers = pd.read_csv(out / "market-movers_fr.csv")
    assert "Symbole" in movers.columns  # headers in the file's language


def test_export_defaults_to_png_at_2x_in_the_saved_language(tmp_path):
    out = tmp_path / "charts"
    result = run_main("--export", str(out), home=tmp_path)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 7 and all(name.endswith("_fr.png") for name in names)
    image = QImage(str(out / "market-timeline_fr.png"))
    assert (image.width(), image.height()) == (2400, 1350)


def test_export_takes_a_figure_size(tmp_path):
    out = tmp_path / "charts"
    result = run_main(
        "--export", str(out), "--size", "1080x1350", "--scale", "1", "--lang", "en", home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out / "chip-classification_en.png"))
    assert (image.width(), image.height()) == (1080, 1350)


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--format", "gif", "unknown format 'gif'"),
        ("--scale", "0", "invalid scale '0'"),
        ("--size", "big", "invalid size 'big'"),
        ("--size", "10x10", "invalid size '10x10'"),
        ("--lang", "fr,xx", "unknown language 'xx'"),
    ],
)
def test_export_refuses_a_malformed_option(tmp_path, option, value, message):
    out = tmp_path / "charts"
    result = run_main("--export", str(out), option, value, home=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_export_fails_cleanly_when_the_folder_cannot_be_made(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run_main("--export", str(blocker / "charts"), home=tmp_path)
    assert result.returncode == 1
    assert "cannot create" in result.stderr
    assert "Traceback" not in result.stderr
