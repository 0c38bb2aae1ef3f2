"""Work around two costs of PySide6's import hook.

PySide6 replaces ``builtins.__import__`` with a hook that, after every import, decides
whether the new module uses PySide's ``__feature__`` switches by reading its whole source
(``inspect.getsource``). This app never uses ``__feature__``, and the check costs:

- time: about 100 ms for numpy, pandas and pyqtgraph (hundreds of modules) when the first
  tab is built. ``import_quickly`` imports a view's module with Python's own import, which
  PySide keeps as ``builtins.__orig_import__``, and puts the hook back right after;
- memory: ``linecache`` keeps every source read that way for the life of the process,
  about 40 MiB (pandas, numpy, pyqtgraph, babel and the app), a fifth of the app's memory.
  Clearing the cache later gives little back (the freed lines are scattered through the
  heap), so ``stop_caching_module_sources`` makes the check drop what it read at once.
  Tracebacks still read sources on demand.

Importing this module installs the memory fix: ``ui.shell.application`` imports it before
anything that imports pandas or pyqtgraph. Both fixes touch PySide internals: if a release
renames them, nothing is patched and the app is only slower or bigger.
"""

from __future__ import annotations

import builtins
import importlib
import linecache
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

import PySide6  # noqa: F401  (loads the import hook patched here, whoever imports this first)

# PySide6's import hook (an internal module: if a release renames it, nothing is patched
# and the app only uses more memory).
_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def stop_caching_module_sources() -> bool:
    """Install the check that forgets what it read; True when installed (or already)."""
    feature = sys.modules.get(_FEATURE_MODULE)
    check = getattr(feature, _CHECK, None)
    if not callable(check):
        return False
    if getattr(check, "forgets_sources", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        before = set(linecache.cache)
        try:
            return check(module)
        finally:
            for name in linecache.cache.keys() - before:
                linecache.cache.pop(name, None)

    uses_pyside.forgets_sources = True  # type: ignore[attr-defined]
    setattr(feature, _CHECK, uses_pyside)
    # Sources read before this call (modules imported between PySide6 and here).
    linecache.clearcache()
    return True


@contextmanager
def without_pyside_import_check() -> Iterator[None]:
    """Imports in this block skip PySide's check (see the module's text)."""
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


stop_caching_module_sources()
