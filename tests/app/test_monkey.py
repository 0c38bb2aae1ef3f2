"""The monkey test (tests/probes/monkey_probe.py) in its own pytest process: thousands of
seeded random events raise nothing, warn of no deleted object, and the process exits 0.

DEEPSEEK_EXPLAINER_MONKEY_EVENTS=100000 makes it a long run (about 30 minutes);
DEEPSEEK_EXPLAINER_MONKEY_SEED replays another sequence.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT, isolated_environment

pytestmark = pytest.mark.process  # runs the app in a child process

DEFAULT_EVENTS = 2500  # about 40 s beside the other tests; longer runs with the variable
SECONDS_PER_EVENT_AT_MOST = 0.1  # the normal run takes about 8 ms an event on 2 cores


def test_a_seeded_monkey_finds_no_exception_and_the_process_exits_cleanly(tmp_path):
    events = int(os.environ.get("DEEPSEEK_EXPLAINER_MONKEY_EVENTS", DEFAULT_EVENTS))
    env = isolated_environment(tmp_path)
    env["DEEPSEEK_EXPLAINER_MONKEY_EVENTS"] = str(events)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-s",
            "-p",
            "no:cacheprovider",
            "-o",
            "addopts=",  # one process, not the suite's workers: its output and exit are ours
            str(ROOT / "tests" / "probes" / "monkey_probe.py"),
            "--rootdir",
            str(ROOT),
            "-c",
            str(ROOT / "pyproject.toml"),
        ],
        capture_output=True,
        text=True,
        timeout=120 + events * SECONDS_PER_EVENT_AT_MOST,
        cwd=ROOT / "tests",
        env=env,
    )
    output = result.stdout + result.stderr
    assert "1 passed" in output, output[-6000:]
    assert f"monkey: {events} events" in output, output[-3000:]
    for warning in ("wrapped C/C++ object", "already deleted", "Fatal Python error"):
        assert warning not in output, output[-3000:]
    assert result.returncode == 0, f"exit status {result.returncode}:\n{output[-3000:]}"
