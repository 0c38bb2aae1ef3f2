"""A test run with GUI clicks must end with exit status 0 (PySide6 6.12.0 aborted at exit)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import ROOT, isolated_environment

pytestmark = pytest.mark.process  # runs the app in a child process


def test_interpreter_exits_cleanly_after_a_gui_test_with_clicks(tmp_path):
    probe = ROOT / "tests" / "probes" / "clicks_probe.py"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-o",
            "addopts=",  # one process, not the suite's workers: its output and exit are ours
            str(probe),
            "--rootdir",
            str(ROOT),
            "-c",
            str(ROOT / "pyproject.toml"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT / "tests",
        env=isolated_environment(tmp_path),
    )
    output = result.stdout + result.stderr
    assert "1 passed" in output, output
    assert "Fatal Python error" not in output
    assert result.returncode == 0, f"exit status {result.returncode}:\n{output[-2000:]}"


def test_the_broken_pyside6_release_is_excluded():
    import PySide6

    requirement = re.search(r'"PySide6-Essentials([^"]*)"', (ROOT / "pyproject.toml").read_text())
    assert requirement is not None
    assert "!=6.12.0" in requirement.group(1)
    assert PySide6.__version__ != "6.12.0"
