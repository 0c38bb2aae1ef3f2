"""Memory as the performance targets describe it, each case in its own process; prints one
JSON line for benchmarks/run.py.

- ``steady``: every tab built and shown once, then the app at rest (resident memory now);
- ``export``: the same, then one chart exported as a 3840 × 2160 PNG (the process's peak);
- ``growth``: 200 rounds of a language switch and an export; resident memory after round
  20 and after round 200 (a leak grows between them; the first rounds fill caches);
- ``libraries``: PySide6, numpy, pandas, pyqtgraph and babel with one label, for reference.

    python benchmarks/memory.py            # every case, each in a child process
    python benchmarks/memory.py steady     # one case, in this process
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

UHD = (3840, 2160)
WARM_ROUNDS, ROUNDS = 20, 200


def peak_rss_mib() -> float:
    """The process's largest resident memory so far."""
    try:
        import resource
    except ImportError:  # Windows: no resource module
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


def rss_mib() -> float:
    """The process's resident memory now (Linux; elsewhere the peak stands in)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return peak_rss_mib()
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def libraries() -> dict[str, float]:
    from ui.shell.pyside_import_hook import stop_caching_module_sources

    stop_caching_module_sources()  # before the libraries, as in the app
    import babel.dates
    import babel.numbers  # noqa: F401
    import numpy  # noqa: F401
    import pandas  # noqa: F401
    import pyqtgraph  # noqa: F401
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    label = QLabel("DeepSeek")
    label.show()
    app.processEvents()
    return {"libraries": peak_rss_mib()}


def _every_tab_built():
    from ui.registry import TAB_IDS
    from ui.shell.application import create_application, create_window

    application = create_application()
    window, service = create_window("fr")
    window.show()
    application.processEvents()
    for tab_id in TAB_IDS:
        window.show_tab(tab_id)
        window.view(tab_id)
        application.processEvents()
    window.show_tab("market")
    for _ in range(5):
        application.processEvents()
    return application, window, service


def _export_uhd_png(folder: Path, language: str = "fr") -> None:
    from explainer_core.chart_files.plan import FigureSize
    from ui.chart_files.chart_figures import ChartRequest
    from ui.chart_files.chart_output import FileSpec
    from ui.chart_files.saving import save_chart

    spec = FileSpec("png", FigureSize(1920, 1080), scale=2.0)  # 3840 × 2160 pixels
    save_chart(ChartRequest("market-timeline", language), spec, folder / "chart.png")


def steady() -> dict[str, float]:
    _every_tab_built()
    return {"steady": rss_mib()}


def export() -> dict[str, float]:
    _every_tab_built()
    with tempfile.TemporaryDirectory() as folder:
        _export_uhd_png(Path(folder))
    return {"export_peak": peak_rss_mib()}


def growth() -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication, QEvent

    application, _window, service = _every_tab_built()
    codes = ("de", "en", "fr")
    after: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for turn in range(1, ROUNDS + 1):
            code = codes[turn % 3]
            service.set_language(code, remember=False)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            application.processEvents()
            _export_uhd_png(Path(folder), code)
            if turn in (WARM_ROUNDS, ROUNDS):
                after[turn] = rss_mib()
    return {"rounds_warm": after[WARM_ROUNDS], "rounds_end": after[ROUNDS]}


CASES = {"libraries": libraries, "steady": steady, "export": export, "growth": growth}


def main() -> int:
    if len(sys.argv) > 1:
        print(json.dumps(CASES[sys.argv[1]]()))
        return 0
    results: dict[str, float] = {}
    for name in CASES:
        output = subprocess.run(
            [sys.executable, __file__, name], check=True, capture_output=True, text=True
        ).stdout
        results.update(json.loads(output.strip().splitlines()[-1]))
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
