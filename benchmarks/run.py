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
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE_WINDOW = Path(__file__).with_name("bare_window.py")
CHILD = Path(__file__).with_name("in_process.py")
STARTUP_TRACE = "DEEPSEEK_EXPLAINER_STARTUP_TRACE"
MEMORY = Path(__file__).with_name("memory.py")


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
        XDG_CACHE_HOME=str(settings_home / "cache"),
        LOCALAPPDATA=str(settings_home / "localappdata"),
        APPDATA=str(settings_home / "appdata"),
        PYTHONPATH=str(ROOT),
    )
    return env


def wall_time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def startup_marks(command: list[str], env: dict[str, str], trace: Path) -> dict[str, float]:
    """Seconds from process start to each mark the program wrote to the start-up trace:
    ``first-paint`` (the window's first paint) and, for the app, ``ready`` (the first tab's
    interactive view painted). The interpreter's exit, which nobody waits for, is not counted.
    """
    trace.unlink(missing_ok=True)
    start = time.time()
    subprocess.run(
        command,
        env={**env, STARTUP_TRACE: str(trace)},
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    marks = {}
    for line in trace.read_text(encoding="utf-8").splitlines():
        event, stamp = line.split()
        marks[event] = float(stamp) - start
    return marks


def measure_startup(runs: int, env: dict[str, str], folder: Path) -> dict[str, float]:
    """Process start to first painted window and to the interactive first tab, against a
    bare window: with the start-up picture saved by an earlier start (every start but the
    first after installing or updating), and without it (the cache emptied before the run)."""
    app = [sys.executable, str(ROOT / "main.py"), "--screenshot", str(folder / "app.png")]
    bare = [sys.executable, str(BARE_WINDOW), str(folder / "bare.png")]
    trace = folder / "startup-trace.txt"
    cache = Path(env["XDG_CACHE_HOME"])
    wall_time(app, env)  # warm the disk cache and Python's bytecode cache; saves the picture
    wall_time(bare, env)
    times: dict[str, list[float]] = {"bare": [], "first": [], "ready": [], "cold": []}
    for _ in range(runs):  # interleaved, so a noisy moment hits every kind of run
        times["bare"].append(startup_marks(bare, env, trace)["first-paint"])
        warm = startup_marks(app, env, trace)
        times["first"].append(warm["first-paint"])
        times["ready"].append(warm["ready"])
        shutil.rmtree(cache, ignore_errors=True)
        times["cold"].append(startup_marks(app, env, trace)["first-paint"])
    return {f"{kind}_s": statistics.median(values) for kind, values in times.items()}


def measure_in_process(env: dict[str, str], quick: bool) -> dict[str, float]:
    """Language switch, export, data, render and memory, measured inside one app process."""
    command = [sys.executable, str(CHILD)] + (["--quick"] if quick else [])
    result = subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_memory(env: dict[str, str]) -> dict[str, float]:
    """Peak memory of the issue's scenario and of the libraries alone, each in a process."""
    command = [sys.executable, str(MEMORY)]
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
        memory = measure_memory(env)

    ratio = startup["first_s"] / startup["bare_s"]
    rows = [
        ("Start-up of a bare PySide6 window", f"{startup['bare_s'] * 1000:.0f} ms", ""),
        ("Start-up to first painted window, chart drawn", f"{startup['first_s'] * 1e3:.0f} ms", ""),
        ("Start-up ratio app / bare", f"{ratio:.2f}×", f"≤ 3× {status(ratio <= 3)}"),
        (
            "Start-up until the market view is interactive",
            f"{startup['ready_s'] * 1000:.0f} ms",
            f"{startup['ready_s'] / startup['bare_s']:.2f}× bare",
        ),
        (
            "First start (no start-up picture yet)",
            f"{startup['cold_s'] * 1000:.0f} ms",
            f"{startup['cold_s'] / startup['bare_s']:.2f}× bare",
        ),
        (
            "Language switch fr→de→en→fr, per switch",
            f"{inner['switch_ms']:.1f} ms",
            f"≤ 30 ms {status(inner['switch_ms'] <= 30)}",
        ),
        (
            f"Showing a stale tab after a switch (slowest: {inner['stale_tab']})",
            f"{inner['stale_tab_ms']:.1f} ms",
            "",
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
            "Peak memory: every tab, one 4K PNG export (issue)",
            f"{memory['app']:.0f} MiB",
            f"≤ 200 MiB {status(memory['app'] <= 200)}",
        ),
        ("Peak memory of the libraries alone", f"{memory['libraries']:.0f} MiB", ""),
        (
            "Peak memory at the end of the in-process run",
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
