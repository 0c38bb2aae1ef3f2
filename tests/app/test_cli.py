"""The command line: version, screenshot, and clear refusals of unknown values."""

from __future__ import annotations

from conftest import run_main
from PySide6.QtGui import QImage

from explainer_core import __version__


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
