"""Measurements inside one app process; prints one JSON line for benchmarks/run.py."""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from memory import peak_rss_mib  # noqa: E402  (benchmarks/memory.py, beside this script)
from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402

import ui.shell.pyside_import_hook  # noqa: E402, F401  (as the app does, before pandas is imported)
from explainer_core.data.claims import load_claims  # noqa: E402
from explainer_core.data.export_controls import load_export_controls  # noqa: E402
from explainer_core.data.market import load_market  # noqa: E402
from explainer_core.data.models import load_models  # noqa: E402
from explainer_core.data.sources import load_sources  # noqa: E402
from ui.chart_files.batch import all_chart_panels, settle_language_change  # noqa: E402
from ui.chart_files.writing import pdf_bytes, png_bytes, svg_bytes  # noqa: E402
from ui.registry import TAB_IDS  # noqa: E402
from ui.shell.application import create_application, create_window  # noqa: E402

UHD = QSize(3840, 2160)


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def load_everything() -> None:
    sources = load_sources()
    load_market(sources=sources)
    load_export_controls(sources=sources)
    models = load_models(sources=sources)
    load_claims(sources=sources, models=models)


def switch_cycle(service) -> None:
    for code in ("de", "en", "fr"):
        service.set_language(code, remember=False)
        settle_language_change()


def stale_tab_ms(app, window, service, repeat: int) -> tuple[float, float, str]:
    """Hidden tabs redraw after a switch only when shown: the first showing of each other
    tab after a switch (market tab shown during it), until painted. Returns the slowest
    tab's median, the same tab's median when shown again already up to date, and its id."""
    codes = ("de", "en", "fr")
    worst = (0.0, 0.0, "")
    for tab_id in TAB_IDS[1:]:
        stale, fresh = [], []
        for turn in range(repeat):
            window.show_tab("market")
            app.processEvents()
            service.set_language(codes[turn % 3], remember=False)
            settle_language_change()
            for times in (stale, fresh):  # the first showing, then the same again
                start = time.perf_counter()
                window.show_tab(tab_id)
                app.processEvents()
                times.append(time.perf_counter() - start)
                window.show_tab("market")
                app.processEvents()
        medians = (statistics.median(stale) * 1000, statistics.median(fresh) * 1000, tab_id)
        worst = max(worst, medians)
    service.set_language("fr", remember=False)
    settle_language_change()
    return worst


def matplotlib_png_ms(window, repeat: int) -> float:
    """The same market chart (rebased closes of the shown instruments) saved by matplotlib."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    view = window.view("market")
    from explainer_core.market.story import series_for_mode

    values = series_for_mode(view.data, view.visible_tickers(), view.mode, view.reference_day)

    def save() -> None:
        figure, axes = plt.subplots(figsize=(19.2, 10.8), dpi=200)
        for ticker in values.columns:
            axes.plot(values.index, values[ticker], label=ticker, linewidth=2)
        axes.set_title("Nvidia and the market around 27 January 2025")
        axes.legend()
        figure.savefig(Path(__import__("tempfile").gettempdir()) / "bench-mpl.png", dpi=200)
        plt.close(figure)

    return median_ms(save, repeat)


def main() -> int:
    quick = "--quick" in sys.argv
    repeat = 3 if quick else 7
    app = create_application()
    window, service = create_window("fr")
    window.show()
    app.processEvents()
    for tab_id in TAB_IDS:  # visit every tab
        window.show_tab(tab_id)
        app.processEvents()
    window.show_tab("market")
    app.processEvents()
    panels = all_chart_panels(window.view, TAB_IDS)
    by_id = {panel.chart_id: panel for panel in panels}

    results: dict[str, float] = {}
    results["data_ms"] = median_ms(load_everything, repeat)
    switch_cycle(service)  # warm-up
    results["switch_ms"] = median_ms(lambda: switch_cycle(service), repeat) / 3
    results["stale_tab_ms"], results["fresh_tab_ms"], results["stale_tab"] = stale_tab_ms(
        app, window, service, max(repeat, 6)
    )

    market = window.view("market")
    market.picker.set_selected(market.data.tickers())
    market._redraw_series()
    scene = market.timeline.graphics.scene()
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)

    def render() -> None:
        painter = QPainter(image)
        scene.render(painter)
        painter.end()

    render()
    results["render_ms"] = median_ms(render, max(repeat, 10))
    market.picker.set_selected(["NVDA", "AVGO", "VST", "MSFT", "^IXIC"])
    market._redraw_series()
    app.processEvents()

    timeline = by_id["market-timeline"]
    results["png_ms"] = median_ms(lambda: png_bytes(timeline, 1.0, UHD), repeat)
    results["all_png_ms"] = statistics.median(
        median_ms(lambda p=p: png_bytes(p, 1.0, UHD), 1) for p in panels
    )
    results["all_svg_ms"] = statistics.median(
        median_ms(lambda p=p: svg_bytes(p), 1) for p in panels
    )
    results["all_pdf_ms"] = statistics.median(
        median_ms(lambda p=p: pdf_bytes(p), 1) for p in panels
    )
    results["peak_rss_mib"] = peak_rss_mib()  # before matplotlib adds its own memory
    results["mpl_png_ms"] = matplotlib_png_ms(window, repeat)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
