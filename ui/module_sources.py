"""Keep PySide6 from holding the source text of every module imported after it.

PySide6 decides whether a newly imported module uses its ``__feature__`` switches by
reading the module's whole source (``inspect.getsource``), and ``linecache`` keeps every
file read that way for the life of the process: pandas, numpy, pyqtgraph, babel and the
app, about 40 MiB of source lines, a fifth of the app's memory. Clearing the cache later
gives little back (the freed lines are scattered through the heap), so the lines read for
that check are dropped as soon as it is done. Tracebacks still read sources on demand.

Importing this module installs the fix: ``ui.application`` imports it before anything
that imports pandas or pyqtgraph.
"""

from __future__ import annotations

import linecache
import sys
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


stop_caching_module_sources()
