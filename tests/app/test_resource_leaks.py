"""What a long session repeats (exports, language switches, redraws) does not pile up memory.

The monkey test's long run found each of these: the process grew by gigabytes.
"""

from __future__ import annotations

import array
import gc
import linecache
import sys
import weakref

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


def test_a_background_png_write_lets_go_of_its_file(make_window, tmp_path, monkeypatch):
    import ui.chart_files.actions as export_actions
    from ui.chart_files.export_dialog import ExportRequest

    encoded: list[weakref.ref] = []
    real_png, real_write = export_actions.png_bytes, export_actions.write_atomically

    def encode_and_watch(*args, **kwargs):
        payload = array.array("B", real_png(*args, **kwargs))  # bytes cannot be watched
        encoded.append(weakref.ref(payload))
        return payload

    monkeypatch.setattr(export_actions, "png_bytes", encode_and_watch)
    monkeypatch.setattr(
        export_actions, "write_atomically", lambda path, payload: real_write(path, bytes(payload))
    )
    window = make_window()
    panel = window.chart_panels("market")[0]
    for index in range(3):
        request = ExportRequest(panel, tmp_path / f"chart-{index}.png", "png", 2.0, None)
        assert window.exporter.perform(request)
    window.exporter.wait_for_writes()
    settle()
    assert sorted(p.name for p in tmp_path.glob("*.png")) == [
        "chart-0.png",
        "chart-1.png",
        "chart-2.png",
    ]
    assert [ref() for ref in encoded] == [None, None, None]


def resident_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_a_4k_png_export_never_holds_the_whole_image(make_window, monkeypatch):
    """3840 × 2160 pixels are 32 MiB as one image; painted and encoded in bands, the
    export needs a fraction of that, and repeating it does not grow the process."""
    import explainer_core.chart_files.png_encoder as png_encoder
    from ui.chart_files.writing import png_bytes

    window = make_window()
    panel = window.chart_panels("market")[0]
    uhd = QSize(3840, 2160)
    png_bytes(panel, 1.0, uhd)  # caches for the large fonts and pens: not the export's cost
    gc.collect()
    samples: list[float] = []
    real_add = png_encoder.PngEncoder.add_rgb32_rows

    def add_and_sample(encoder, words):
        samples.append(resident_mib())
        real_add(encoder, words)

    monkeypatch.setattr(png_encoder.PngEncoder, "add_rgb32_rows", add_and_sample)
    before = resident_mib()
    for _ in range(4):
        data = png_bytes(panel, 1.0, uhd)
    gc.collect()
    after = resident_mib()
    assert QImage.fromData(data, "PNG").size() == uhd
    assert max(samples) - before < 16  # about one band of 6 MiB, never 32 MiB
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
