"""The figure renderer (``widgets.figure``) against matplotlib, on the same line chart.

    python benchmarks/figure_renderer.py [--quick]

A timeline of 20 series of 190 daily values (dates on x, a reference rule, six labelled
events, a legend), exported as a 3840 × 2160 PNG by both; SVG and PDF times of ours too.
Medians of several runs in one process; matplotlib's time is the yardstick (the app does
not use it).
"""

from __future__ import annotations

import datetime as dt
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from explainer_core.figure import (  # noqa: E402
    Axis,
    Dash,
    Figure,
    Legend,
    LegendEntry,
    LineSeries,
    Plot,
    Rule,
    date_value,
    tick_level,
)
from widgets.figure import pdf_bytes, png_bytes, svg_bytes  # noqa: E402

SERIES, DAYS = 20, 190
COLOURS = ("#d55e00", "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9")
UHD = (3840, 2160)


def series_values() -> tuple[list[dt.date], list[list[float]]]:
    first = dt.date(2024, 10, 1)
    days = [first + dt.timedelta(days=n) for n in range(DAYS)]
    values = [
        [
            100 + 8 * math.sin(n / (9 + s) + s) + s * 0.7 - (12 if n > 118 else 0)
            for n in range(DAYS)
        ]
        for s in range(SERIES)
    ]
    return days, values


def timeline() -> Figure:
    days, values = series_values()
    xs = [date_value(day) for day in days]
    lines = [
        LineSeries(f"Series {s}", xs, ys, COLOURS[s % 6], 3.0 if s == 0 else 1.6, Dash.SOLID)
        for s, ys in enumerate(values)
    ]
    months = [dt.date(2024, m, 1) for m in (10, 11, 12)] + [
        dt.date(2025, m, 1) for m in (1, 2, 3, 4)
    ]
    events = [
        Rule("x", xs[n], f"Event {n}", dash=Dash.DASHED, emphasised=n == 118)
        for n in (20, 50, 80, 110, 118, 150)
    ]
    plot = Plot(
        Axis.dates(
            days[0], days[-1], [tick_level([(date_value(m), m.strftime("%b")) for m in months])]
        ),
        Axis.linear(70, 130, [tick_level([(v, str(v)) for v in range(70, 131, 10)])]),
        (Rule("y", 100.0), *events, *lines),
    )
    legend = Legend(tuple(LegendEntry(line.name, line.colour) for line in lines))
    return Figure((plot,), "Nvidia and the market around 27 January 2025", legend=legend)


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def matplotlib_png() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    days, values = series_values()
    figure, axes = plt.subplots(figsize=(19.2, 10.8), dpi=200)
    for s, ys in enumerate(values):
        axes.plot(days, ys, label=f"Series {s}", linewidth=2)
    axes.set_title("Nvidia and the market around 27 January 2025")
    axes.legend()
    figure.savefig(Path(tempfile.gettempdir()) / "bench-figure-mpl.png", dpi=200)
    plt.close(figure)


def main() -> int:
    repeat = 3 if "--quick" in sys.argv else 7
    QGuiApplication([])
    figure = timeline()
    png_bytes(figure, UHD)  # warm-up: fonts, glyph caches
    ours = median_ms(lambda: png_bytes(figure, UHD), repeat)
    svg = median_ms(lambda: svg_bytes(figure, (1200, 675)), repeat)
    pdf = median_ms(lambda: pdf_bytes(figure), repeat)
    matplotlib_png()
    theirs = median_ms(matplotlib_png, repeat)
    print(f"figure renderer, 3840 × 2160 PNG ({SERIES} series × {DAYS} points): {ours:.0f} ms")
    print(f"matplotlib, the same chart as PNG: {theirs:.0f} ms")
    print(f"ratio ours / matplotlib: {ours / theirs:.2f}")
    print(f"figure renderer, SVG: {svg:.0f} ms; PDF: {pdf:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
