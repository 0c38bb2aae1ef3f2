"""Measurements inside one app process; prints one JSON line for benchmarks/run.py."""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402

import ui.shell.pyside_import_hook  # noqa: E402, F401  (as the app does, before pandas is imported)
from explainer_core.chart_files.plan import FigureSize  # noqa: E402
from explainer_core.data.claims import load_claims  # noqa: E402
from explainer_core.data.export_controls import load_export_controls  # noqa: E402
from explainer_core.data.market import load_market  # noqa: E402
from explainer_core.data.models import load_models  # noqa: E402
from explainer_core.data.sources import load_sources  # noqa: E402
from ui.chart_files.batch import BatchJob, run_batch  # noqa: E402
from ui.chart_files.chart_figures import ChartRequest, build_figure  # noqa: E402
from ui.chart_files.chart_output import FileSpec, chart_file_bytes  # noqa: E402
from ui.registry import CHART_IDS, TAB_IDS  # noqa: E402
from ui.shell.application import create_application, create_window  # noqa: E402

UHD_FIGURE = FigureSize(1920, 1080)  # at 2×: 3840 × 2160 pixels


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def settle_language_change() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QCoreApplication.processEvents()


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


def uhd_png(chart_id: str = "market-timeline") -> bytes:
    request = ChartRequest(chart_id, "fr")
    spec = FileSpec("png", UHD_FIGURE, scale=2.0)
    return chart_file_bytes(request, spec, Path("chart.png"))[0][1]


def matplotlib_png_ms(repeat: int) -> float:
    """The same market figure (its lines, events and texts) saved by matplotlib at 3840 ×
    2160: the yardstick of the export's speed."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from explainer_core.figure import LineSeries, Rule, value_date

    figure_model = build_figure(ChartRequest("market-timeline", "fr"))
    marks = [mark for plot in figure_model.plots for mark in plot.marks]
    lines = [mark for mark in marks if isinstance(mark, LineSeries)]
    events = [mark for mark in marks if isinstance(mark, Rule) and mark.axis == "x"]
    target = Path(tempfile.gettempdir()) / "bench-mpl.png"

    def save() -> None:
        figure, axes = plt.subplots(figsize=(19.2, 10.8), dpi=200)
        for line in lines:
            axes.plot([value_date(x) for x in line.xs], line.ys, color=line.colour, lw=line.width)
        for event in events:
            axes.axvline(value_date(event.value), linestyle="--", color="#777777")
            axes.annotate(
                event.label, (value_date(event.value), 1.01), xycoords=("data", "axes fraction")
            )
        axes.set_title(figure_model.title)
        axes.legend([line.name for line in lines])
        figure.text(0.01, 0.01, figure_model.source)
        figure.savefig(target, dpi=200)
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

    results: dict[str, float] = {}
    results["data_ms"] = median_ms(load_everything, repeat)
    switch_cycle(service)  # warm-up
    results["switch_ms"] = median_ms(lambda: switch_cycle(service), repeat) / 3

    timeline = next(p for p in window.chart_panels("market") if p.chart_id == "market-timeline")
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)

    def render() -> None:
        """The on-screen chart's scene, painted once (what a redraw costs)."""
        painter = QPainter(image)
        timeline.graphics.scene().render(painter)
        painter.end()

    render()
    results["render_ms"] = median_ms(render, max(repeat, 10))

    uhd_png()  # warm-up: data loaded, fonts cached
    results["png_ms"] = median_ms(uhd_png, repeat)
    results["all_png_ms"] = statistics.median(
        median_ms(lambda c=c: uhd_png(c), 1) for c in CHART_IDS
    )
    with tempfile.TemporaryDirectory() as folder:
        job = BatchJob(
            Path(folder), CHART_IDS, ("fr", "de", "en"), ("png", "svg", "pdf"), FileSpec("png")
        )
        start = time.perf_counter()
        result = run_batch(job)
        results["export_all_s"] = time.perf_counter() - start
        results["export_all_files"] = len(result.written)
    results["mpl_png_ms"] = matplotlib_png_ms(repeat)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
