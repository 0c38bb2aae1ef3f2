"""The views are imported without PySide6's per-module check, which is put back afterwards."""

from __future__ import annotations

import builtins
import subprocess
import sys

import PySide6.QtCore  # noqa: F401  (installs PySide's import hook)
import pytest
from conftest import ROOT

from ui.shell.pyside_import_hook import import_quickly, without_pyside_import_check


def test_the_check_is_skipped_inside_and_restored_after():
    hook = builtins.__import__
    assert hook is not builtins.__orig_import__  # PySide's hook is installed
    with without_pyside_import_check():
        assert builtins.__import__ is builtins.__orig_import__
    assert builtins.__import__ is hook


def test_the_check_is_restored_when_the_import_fails():
    hook = builtins.__import__
    with pytest.raises(ModuleNotFoundError):
        import_quickly("no_such_module_anywhere")
    assert builtins.__import__ is hook


@pytest.mark.process
def test_a_view_module_imported_quickly_works_and_pyside_features_still_do():
    """PySide's own ``__feature__`` opt-in still works for code imported after a view."""
    code = (
        "import PySide6.QtWidgets\n"
        "from ui.shell.pyside_import_hook import import_quickly\n"
        "assert import_quickly('ui.claims.view').ClaimsView\n"
        "from __feature__ import snake_case\n"
        "from PySide6.QtCore import QObject\n"
        "assert hasattr(QObject(), 'object_name')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
