"""What a long session repeats (exports, language switches, redraws) does not pile up memory.

The monkey test's long run found each of these: the process grew by gigabytes.
"""

from __future__ import annotations

import gc
import weakref

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from widgets.scatter_groups import ScatterGroups, Spot

REPEATS = 12


def settle() -> None:
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_export_dialogs_do_not_outlive_their_export(make_window, monkeypatch):
    from ui.export_all_dialog import ExportAllDialog
    from ui.export_dialog import ExportDialog

    monkeypatch.setattr(QDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window = make_window()
    for _ in range(REPEATS):
        window.export_chart_action.trigger()
        window.export_all_action.trigger()
    settle()
    assert window.findChildren(ExportDialog) == []
    assert window.findChildren(ExportAllDialog) == []


def test_a_background_png_write_lets_go_of_its_image(make_window, tmp_path, monkeypatch):
    import ui.export_actions as export_actions
    from ui.export_dialog import ExportRequest

    rendered: list[weakref.ref] = []
    real_render = export_actions.render_image

    def render_and_watch(*args, **kwargs):
        image = real_render(*args, **kwargs)
        rendered.append(weakref.ref(image))
        return image

    monkeypatch.setattr(export_actions, "render_image", render_and_watch)
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
    assert [ref() for ref in rendered] == [None, None, None]  # 13 MB each at 2×


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
