"""The start-up picture: the first tab paints its saved picture at once, then its real view."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import isolated_environment, run_main
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QLabel

from ui.shell.lazy_tab import LazyTab
from ui.shell.start_snapshot import StartSnapshot

PAGE_SIZE = QSize(400, 300)
MAGENTA = QColor("#ff00ff")


def solid_picture(size: QSize, colour: QColor = MAGENTA) -> QPixmap:
    picture = QPixmap(size)
    picture.fill(colour)
    return picture


def make_page(qtbot, snapshot: StartSnapshot | None, built: list[str]) -> LazyTab:
    def factory() -> QLabel:
        built.append("view")
        label = QLabel("the real view")
        label.setStyleSheet("background: white")
        return label

    page = LazyTab(factory)
    qtbot.addWidget(page)
    page.resize(PAGE_SIZE)
    if snapshot is not None:
        page.use_snapshot(snapshot)
    return page


def colour_at_centre(image: QImage) -> str:
    return image.pixelColor(image.width() // 2, image.height() // 2).name()


def test_a_saved_picture_is_found_only_for_the_same_size_language_and_tab(qapp, tmp_path):
    snapshot = StartSnapshot(tmp_path, "market", "fr")
    assert snapshot.load(PAGE_SIZE, 1.0) is None
    assert snapshot.save(solid_picture(PAGE_SIZE), PAGE_SIZE, 1.0)
    loaded = snapshot.load(PAGE_SIZE, 1.0)
    assert loaded is not None and loaded.size() == PAGE_SIZE
    assert snapshot.load(QSize(401, 300), 1.0) is None
    assert snapshot.load(PAGE_SIZE, 2.0) is None
    assert StartSnapshot(tmp_path, "market", "de").load(PAGE_SIZE, 1.0) is None
    assert StartSnapshot(tmp_path, "models", "fr").load(PAGE_SIZE, 1.0) is None


def test_a_new_picture_replaces_the_tabs_older_one(qapp, tmp_path):
    snapshot = StartSnapshot(tmp_path, "market", "fr")
    snapshot.save(solid_picture(PAGE_SIZE), PAGE_SIZE, 1.0)
    StartSnapshot(tmp_path, "models", "fr").save(solid_picture(PAGE_SIZE), PAGE_SIZE, 1.0)
    bigger = QSize(500, 300)
    snapshot.save(solid_picture(bigger), bigger, 1.0)
    assert len(list(tmp_path.glob("market-*.png"))) == 1
    assert len(list(tmp_path.glob("models-*.png"))) == 1  # other tabs keep theirs
    assert snapshot.load(bigger, 1.0) is not None


def test_a_damaged_picture_is_ignored(qapp, tmp_path):
    snapshot = StartSnapshot(tmp_path, "market", "fr")
    snapshot.save(solid_picture(PAGE_SIZE), PAGE_SIZE, 1.0)
    (picture,) = tmp_path.glob("market-*.png")
    picture.write_bytes(b"\x89PNG not really")
    assert snapshot.load(PAGE_SIZE, 1.0) is None


def test_an_unwritable_cache_only_costs_speed(qapp, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    snapshot = StartSnapshot(blocker / "snapshots", "market", "fr")
    assert snapshot.save(solid_picture(PAGE_SIZE), PAGE_SIZE, 1.0) is False
    assert snapshot.load(PAGE_SIZE, 1.0) is None


def test_the_first_paint_shows_the_picture_then_the_view_replaces_it(qtbot, tmp_path):
    snapshot = StartSnapshot(tmp_path, "market", "fr")
    snapshot.save(solid_picture(PAGE_SIZE), PAGE_SIZE, 1.0)
    built: list[str] = []
    page = make_page(qtbot, snapshot, built)
    page.show()
    assert page.shows_snapshot and not page.is_built  # shown before the view exists
    assert colour_at_centre(page.grab().toImage()) == MAGENTA.name()
    qtbot.waitUntil(lambda: page.view_painted, timeout=5000)
    assert built == ["view"]
    assert not page.shows_snapshot
    assert colour_at_centre(page.grab().toImage()) == "#ffffff"


def test_without_a_picture_the_view_is_built_before_the_first_paint_and_saved(qtbot, tmp_path):
    snapshot = StartSnapshot(tmp_path, "market", "fr")
    built: list[str] = []
    page = make_page(qtbot, snapshot, built)
    page.show()
    assert built == ["view"] and not page.shows_snapshot
    qtbot.waitUntil(lambda: page.view_painted, timeout=5000)
    saved = snapshot.load(PAGE_SIZE, page.devicePixelRatioF())
    assert saved is not None
    assert colour_at_centre(saved.toImage()) == "#ffffff"  # a picture of the real view


def test_a_page_without_snapshot_builds_on_show(qtbot):
    built: list[str] = []
    page = make_page(qtbot, None, built)
    page.show()
    assert built == ["view"]


def trace_of(path: Path) -> dict[str, float]:
    marks = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        event, stamp = line.split()
        marks[event] = float(stamp)
    return marks


@pytest.mark.parametrize("language", ["fr"])
def test_the_app_starts_from_its_picture_and_screenshots_the_real_view(tmp_path, language):
    """Second start: the window is painted before the market view is built; --screenshot
    still saves the real view, even if the saved picture were wrong."""
    env = isolated_environment(tmp_path)
    trace = tmp_path / "trace.txt"
    env["DEEPSEEK_EXPLAINER_STARTUP_TRACE"] = str(trace)

    def screenshot(name: str) -> QImage:
        target = tmp_path / name
        result = run_main("--lang", language, "--screenshot", str(target), home=tmp_path, env=env)
        assert result.returncode == 0, result.stderr
        return QImage(str(target))

    first = screenshot("first.png")
    pictures = list((tmp_path / "cache").rglob("market-*.png"))
    assert len(pictures) == 1
    # Make the saved picture obviously wrong: the screenshot must not show it.
    picture = QImage(str(pictures[0]))
    picture.fill(MAGENTA)
    picture.save(str(pictures[0]))
    trace.unlink()

    second = screenshot("second.png")
    marks = trace_of(trace)
    assert marks["first-paint"] < marks["ready"]  # painted before the view was built
    assert second == first
    assert colour_at_centre(second) != MAGENTA.name()


def test_the_picture_is_the_view_pixel_for_pixel(make_window, qtbot, tmp_path):
    """What the user sees before the view is built is what the view then shows."""
    from ui.shell.paint_watch import after_first_paint

    first = make_window("de")
    first.use_start_snapshot(tmp_path)
    first.show()
    qtbot.waitUntil(lambda: first._pages["market"].view_painted, timeout=10000)
    first.close()

    second = make_window("de")
    second.use_start_snapshot(tmp_path)
    page = second._pages["market"]
    seen: dict[str, QImage] = {}
    after_first_paint(second, lambda: seen.setdefault("picture", page.grab().toImage()))
    second.show()
    assert page.shows_snapshot and not page.is_built
    qtbot.waitUntil(lambda: page.view_painted, timeout=10000)
    assert "picture" in seen
    assert seen["picture"] == page.grab().toImage()
