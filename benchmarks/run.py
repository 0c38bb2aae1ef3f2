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
    """Process start to the first painted window (menus, tabs, the first tab's light
    placeholder), to the first tab's real view painted, and to the event loop's next turn
    after it (the tab answers input), against a bare window's first paint. Every start is
    a first start: the app keeps no picture or cache between runs."""
    app = [sys.executable, str(ROOT / "main.py"), "--screenshot", str(folder / "app.png")]
    bare = [sys.executable, str(BARE_WINDOW), str(folder / "bare.png")]
    trace = folder / "startup-trace.txt"
    wall_time(app, env)  # warm the disk cache and Python's bytecode cache
    wall_time(bare, env)
    times: dict[str, list[float]] = {"bare": [], "first": [], "ready": [], "interactive": []}
    for _ in range(runs):  # interleaved, so a noisy moment hits every kind of run
        times["bare"].append(startup_marks(bare, env, trace)["first-paint"])
        marks = startup_marks(app, env, trace)
        times["first"].append(marks["first-paint"])
        times["ready"].append(marks["ready"])
        times["interactive"].append(marks["interactive"])
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

    bare = startup["bare_s"]
    first, interactive = startup["first_s"] / bare, startup["interactive_s"] / bare
    growth = memory["rounds_end"] - memory["rounds_warm"]
    png_ratio = inner["png_ms"] / inner["mpl_png_ms"]
    rows = [
        ("Start-up of a bare PySide6 window, to its first paint", f"{bare * 1000:.0f} ms", ""),
        (
            "Window with menus, tabs and the first tab's placeholder",
            f"{startup['first_s'] * 1000:.0f} ms",
            f"{first:.2f}× bare; ≤ 2× {status(first <= 2)}",
        ),
        ("First tab's real view painted", f"{startup['ready_s'] * 1000:.0f} ms", ""),
        (
            "First tab answers input, real content (a first start)",
            f"{startup['interactive_s'] * 1000:.0f} ms",
            f"{interactive:.2f}× bare; ≤ 5× {status(interactive <= 5)}",
        ),
        (
            "Language switch fr→de→en→fr, per switch",
            f"{inner['switch_ms']:.1f} ms",
            f"≤ 30 ms {status(inner['switch_ms'] <= 30)}",
        ),
        ("Load and validate all datasets", f"{inner['data_ms']:.0f} ms", ""),
        ("Redraw the on-screen market chart, 1920×1080", f"{inner['render_ms']:.1f} ms", ""),
        ("Export market-timeline as a 3840×2160 PNG", f"{inner['png_ms']:.0f} ms", ""),
        ("matplotlib, the same figure as a 3840×2160 PNG", f"{inner['mpl_png_ms']:.0f} ms", ""),
        ("Ratio ours / matplotlib (PNG)", f"{png_ratio:.2f}×", f"< 1 {status(png_ratio < 1)}"),
        ("Every chart as a 3840×2160 PNG (median)", f"{inner['all_png_ms']:.0f} ms", ""),
        (
            f"Export all: {inner['export_all_files']:.0f} files (7 charts × 3 languages × "
            "PNG, SVG, PDF)",
            f"{inner['export_all_s']:.1f} s",
            "",
        ),
        (
            "Memory, every tab built, at rest",
            f"{memory['steady']:.0f} MiB",
            f"≤ 200 MiB {status(memory['steady'] <= 200)}",
        ),
        (
            "Memory peak, every tab built, one 3840×2160 PNG export",
            f"{memory['export_peak']:.0f} MiB",
            f"≤ 260 MiB {status(memory['export_peak'] <= 260)}",
        ),
        (
            "Memory growth from round 20 to 200 of a switch and an export",
            f"{growth:+.1f} MiB",
            f"no growth {status(growth <= 2)}",
        ),
        ("Memory of the libraries alone", f"{memory['libraries']:.0f} MiB", ""),
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
