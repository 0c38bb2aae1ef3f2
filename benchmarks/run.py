"""Measure start-up, language switch, export, data loading, memory and rendering in one run.

    python benchmarks/run.py            # everything, medians of several repetitions
    python benchmarks/run.py --quick    # fewer repetitions

Machines are noisy, so every figure that has a target is a ratio measured in the same
run (the app against a bare PySide6 window, our export against matplotlib's) or a
median of repetitions. Targets come from the performance issue.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE_WINDOW = Path(__file__).with_name("bare_window.py")
CHILD = Path(__file__).with_name("in_process.py")


def offscreen_environment(settings_home: Path) -> dict[str, str]:
    screen = settings_home / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "bench",
                        "x": 0,
                        "y": 0,
                        "width": 1920,
                        "height": 1200,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", f"offscreen:configfile={screen}"),
        HOME=str(settings_home),
        XDG_CONFIG_HOME=str(settings_home / "config"),
        APPDATA=str(settings_home / "appdata"),
        PYTHONPATH=str(ROOT),
    )
    return env


def wall_time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def time_to_first_paint(command: list[str], picture: Path, env: dict[str, str]) -> float:
    """From process start to the screenshot of the first painted window being on disk.

    The picture is saved right after the first paint, so its modification time marks the
    first paint (plus the same grab-and-save for both programs); the interpreter's exit,
    which the user never waits for, is not counted.
    """
    picture.unlink(missing_ok=True)
    start = time.time()
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
    return picture.stat().st_mtime - start


def measure_startup(runs: int, env: dict[str, str], folder: Path) -> dict[str, float]:
    """Process start to first painted window (saved by --screenshot), against a bare window."""
    app = [sys.executable, str(ROOT / "main.py"), "--screenshot", str(folder / "app.png")]
    bare = [sys.executable, str(BARE_WINDOW), str(folder / "bare.png")]
    wall_time(app, env)  # warm the disk cache and Python's bytecode cache once
    wall_time(bare, env)
    app_times, bare_times = [], []
    for _ in range(runs):  # interleaved, so a noisy moment hits both
        bare_times.append(time_to_first_paint(bare, folder / "bare.png", env))
        app_times.append(time_to_first_paint(app, folder / "app.png", env))
    return {"app_s": statistics.median(app_times), "bare_s": statistics.median(bare_times)}


def measure_in_process(env: dict[str, str], quick: bool) -> dict[str, float]:
    """Language switch, export, data, render and memory, measured inside one app process."""
    command = [sys.executable, str(CHILD)] + (["--quick"] if quick else [])
    result = subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def status(ok: bool) -> str:
    return "met" if ok else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    runs = 3 if args.quick else 7
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        env = offscreen_environment(folder)
        startup = measure_startup(runs, env, folder)
        inner = measure_in_process(env, args.quick)

    ratio = startup["app_s"] / startup["bare_s"]
    rows = [
        ("Start-up to first painted window (app)", f"{startup['app_s'] * 1000:.0f} ms", ""),
        ("Start-up of a bare PySide6 window", f"{startup['bare_s'] * 1000:.0f} ms", ""),
        ("Start-up ratio app / bare", f"{ratio:.2f}×", f"≤ 3× {status(ratio <= 3)}"),
        (
            "Language switch fr→de→en→fr, per switch",
            f"{inner['switch_ms']:.1f} ms",
            f"≤ 30 ms {status(inner['switch_ms'] <= 30)}",
        ),
        (
            f"Showing a stale tab after a switch (slowest: {inner['stale_tab']})",
            f"{inner['stale_tab_ms']:.1f} ms",
            f"< 50 ms {status(inner['stale_tab_ms'] < 50)}",
        ),
        ("Showing that tab again, up to date", f"{inner['fresh_tab_ms']:.1f} ms", ""),
        ("Load and validate all datasets", f"{inner['data_ms']:.0f} ms", ""),
        (
            "Render market chart, all instruments, 1920×1080",
            f"{inner['render_ms']:.1f} ms",
            f"≤ 16 ms {status(inner['render_ms'] <= 16)}",
        ),
        (
            "Export market-timeline PNG 3840×2160",
            f"{inner['png_ms']:.0f} ms",
            f"< 500 ms {status(inner['png_ms'] < 500)}",
        ),
        ("matplotlib, equivalent line chart PNG 3840×2160", f"{inner['mpl_png_ms']:.0f} ms", ""),
        (
            "Ratio ours / matplotlib (PNG)",
            f"{inner['png_ms'] / inner['mpl_png_ms']:.2f}×",
            f"< 1 {status(inner['png_ms'] < inner['mpl_png_ms'])}",
        ),
        ("Export every chart: PNG 3840×2160 (median)", f"{inner['all_png_ms']:.0f} ms", ""),
        ("Export every chart: SVG (median)", f"{inner['all_svg_ms']:.0f} ms", ""),
        ("Export every chart: PDF (median)", f"{inner['all_pdf_ms']:.0f} ms", ""),
        (
            "Peak memory after every tab and an export",
            f"{inner['peak_rss_mib']:.0f} MiB",
            f"≤ 200 MiB {status(inner['peak_rss_mib'] <= 200)}",
        ),
    ]
    width = max(len(row[0]) for row in rows)
    print(
        f"Machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs"
    )
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:>10}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
