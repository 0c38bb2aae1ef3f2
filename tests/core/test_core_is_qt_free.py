"""The domain package must work, and be tested, without Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT

PROBE = """
import importlib, pkgutil, sys

class RefuseQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'):
            raise ImportError('explainer_core imported ' + name)
        return None

sys.meta_path.insert(0, RefuseQt())
import explainer_core
for module in pkgutil.walk_packages(explainer_core.__path__, 'explainer_core.'):
    importlib.import_module(module.name)
print('ok')
"""


@pytest.mark.process
def test_every_core_module_imports_without_qt():
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
