"""What a long session repeats (exports, language switches, redraws) does not pile up memory.

The monkey test's long run found each of these: the process grew by gigabytes.
"""

from __future__ import annotations

import array
import gc
import linecache
import sys
import weakref
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog

from widgets.scatter_groups import ScatterGroups, Spot

REPEATS = 12


def settle() -> None:
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_export_dialogs_do_not_outlive_their_export(make_window, monkeypatch):
    from ui.chart_files.export_all_dialog import ExportAllDialog
    from ui.chart_files.export_dialog import ExportDialog

    monkeypatch.setattr(QDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window = make_window()
    for _ in range(REPEATS):
        window.export_chart_action.trigger()
        window.export_all_action.trigger()
    settle()
    assert window.findChildren(ExportDialog) == []
    assert window.findChildren(ExportAllDialog) == []


def test_a_background_write_lets_go_of_its_files(make_window, tmp_path, monkeypatch):
    import ui.chart_files.actions as chart_file_actions
    from explainer_core.chart_files.plan import FigureSize
    from ui.chart_files.chart_figures import ChartRequest
    from ui.chart_files.chart_output import FileSpec
    from ui.chart_files.export_dialog import ExportChoice

    drawn: list[weakref.ref] = []
    real_render = chart_file_actions.render_chart_files

    def render_and_watch(*args, **kwargs):
        files = real_render(*args, **kwargs)
        watched = [(path, array.array("B", payload)) for path, payload in files]
        drawn.extend(weakref.ref(payload) for _path, payload in watched)  # bytes: no weakref
        return [(path, bytes(payload)) for path, payload in watched]

    monkeypatch.setattr(chart_file_actions, "render_chart_files", render_and_watch)
    window = make_window()
    spec = FileSpec("png", FigureSize(800, 450), 2.0)
    for index in range(3):
        choice = ExportChoice(
            ChartRequest("market-movers", "fr"), spec, tmp_path / f"chart-{index}.png"
        )
        assert window.exporter.perform(choice)
    window.exporter.wait_for_writes()
    settle()
    assert sorted(p.name for p in tmp_path.glob("*.png")) == [
        "chart-0.png",
        "chart-1.png",
        "chart-2.png",
    ]
    assert [ref() for ref in drawn] == [None, None, None]


def resident_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_repeated_4k_png_exports_do_not_grow_the_process(make_window):
    """A 3840 × 2160 export holds its 32 MiB image while it is encoded; the allocator keeps
    that room for the next one, so after the first two the process does not grow."""
    from explainer_core.chart_files.plan import FigureSize
    from ui.chart_files.chart_figures import ChartRequest
    from ui.chart_files.chart_output import FileSpec, chart_file_bytes

    make_window()
    request = ChartRequest("market-timeline", "fr")
    spec = FileSpec("png", FigureSize(1920, 1080), 2.0)

    def export() -> bytes:
        return chart_file_bytes(request, spec, Path("chart.png"))[0][1]

    for _ in range(2):  # data loaded, glyphs cached, the image's room taken once
        export()
    gc.collect()
    before = resident_mib()
    for _ in range(6):
        data = export()
    gc.collect()
    after = resident_mib()
    assert QImage.fromData(data, "PNG").size() == QSize(3840, 2160)
    assert after - before < 4


def test_language_switches_keep_only_the_current_translators(make_window, qtbot):
    window = make_window()
    for index in range(REPEATS):
        window.language_actions[("de", "en", "fr")[index % 3]].trigger()
    qtbot.wait(10)
    # The app's catalog and Qt's own, for French: none of the earlier languages' catalogs.
    assert len(window.language.findChildren(QTranslator)) == 2


def test_redrawing_the_same_spots_does_not_grow_pyqtgraphs_symbol_store(qapp):
    groups = ScatterGroups(pg.PlotItem(), z=1)  # no widget needed: the store fills on setData
    spots = [
        Spot(0.0, 0.0, "h800", "o", "#D55E00", "#000000", 1.0, 10),
        Spot(1.0, 1.0, "h20", "s", None, "#000000", 1.0, 10),
        Spot(2.0, 0.5, "a100", "t", "#0072B2", "#000000", 1.5, 14, dashed=True),
    ]
    groups.set_spots(spots)
    sizes = [len(item.fragmentAtlas) for item in groups.items]
    for _ in range(REPEATS):
        groups.set_spots(spots)
    assert [len(item.fragmentAtlas) for item in groups.items] == sizes


def test_modules_imported_after_pyside_do_not_leave_their_source_in_memory(tmp_path, monkeypatch):
    """PySide6 reads each new module's source to look for its name; kept by linecache,
    that was about 40 MiB of pandas, numpy and pyqtgraph lines."""
    from ui.shell.pyside_import_hook import stop_caching_module_sources

    assert stop_caching_module_sources()
    module_file = tmp_path / "memory_probe_module.py"
    module_file.write_text("import PySide6\n" + "VALUE = 1\n" * 1000, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    __import__("memory_probe_module")  # the import statement's way: PySide6 hooks it
    assert str(module_file) not in linecache.cache
    # PySide6 still learnt what it asked: this module uses it.
    feature = sys.modules["shibokensupport.feature"]
    assert feature.pyside_feature_dict.get("memory_probe_module") == 0
