"""Peak memory of what the performance issue describes, each in its own process: a user
visits every tab and exports one chart (3840 × 2160 PNG); and, for comparison, the
libraries alone (PySide6, numpy, pandas, pyqtgraph, babel, a shown label). Prints one
JSON line for benchmarks/run.py.

    python benchmarks/memory.py            # both, each in a child process
    python benchmarks/memory.py app        # one of them, in this process
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def peak_rss_mib() -> float:
    try:
        import resource
    except ImportError:  # Windows: no resource module
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


def libraries() -> float:
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
    return peak_rss_mib()


def app() -> float:
    from PySide6.QtCore import QSize

    from ui.chart_files.writing import png_bytes, write_atomically
    from ui.registry import TAB_IDS
    from ui.shell.application import create_application, create_window

    application = create_application()
    window, _service = create_window("fr")
    window.show()
    application.processEvents()
    for tab_id in TAB_IDS:
        window.show_tab(tab_id)
        application.processEvents()
    window.show_tab("market")
    application.processEvents()
    panels = window.chart_panels("market")
    panel = next(p for p in panels if p.chart_id == "market-timeline")
    with tempfile.TemporaryDirectory() as folder:
        write_atomically(Path(folder) / "chart.png", png_bytes(panel, 1.0, QSize(3840, 2160)))
    return peak_rss_mib()


def main() -> int:
    if len(sys.argv) > 1:
        print(json.dumps({sys.argv[1]: {"app": app, "libraries": libraries}[sys.argv[1]]()}))
        return 0
    results: dict[str, float] = {}
    for name in ("libraries", "app"):
        output = subprocess.run(
            [sys.executable, __file__, name], check=True, capture_output=True, text=True
        ).stdout
        results.update(json.loads(output.strip().splitlines()[-1]))
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
