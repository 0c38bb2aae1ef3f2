"""Import the chart libraries without PySide6's per-module import check.

PySide6 replaces ``builtins.__import__`` with a hook that, after every import, reads the new
module's source (``inspect.getsource``) to see whether it opts into PySide's ``__feature__``
syntax. For numpy, pandas and pyqtgraph (hundreds of modules, none using ``__feature__``)
that check costs about 100 ms of the first tab's build here. This app never uses
``__feature__``, so the views' modules are imported with Python's own import, which PySide
keeps as ``builtins.__orig_import__``; the hook is put back right after.
"""

from __future__ import annotations

import builtins
import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType


@contextmanager
def without_pyside_import_check() -> Iterator[None]:
    hook = builtins.__import__
    original = getattr(builtins, "__orig_import__", None)
    if original is None or original is hook:  # PySide not imported, or a version without it
        yield
        return
    builtins.__import__ = original
    try:
        yield
    finally:
        builtins.__import__ = hook


def import_quickly(module: str) -> ModuleType:
    """``importlib.import_module(module)``, skipping PySide's check for it and its imports."""
    with without_pyside_import_check():
        return importlib.import_module(module)
