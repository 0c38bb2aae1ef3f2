"""The third-party components the app is built on, their licences and installed versions."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata


@dataclass(frozen=True)
class Component:
    name: str
    licence: str  # SPDX identifier
    licence_url: str
    distributions: tuple[str, ...]  # names the package may be installed under, tried in order


COMPONENTS: tuple[Component, ...] = (
    Component(
        "Qt for Python (PySide6)",
        "LGPL-3.0-only",
        "https://www.gnu.org/licenses/lgpl-3.0.html",
        # The wheel on PyPI is a meta-package; some installs have only its Essentials part.
        ("PySide6", "PySide6_Essentials", "PySide6-Essentials"),
    ),
    Component("pyqtgraph", "MIT", "https://opensource.org/license/mit", ("pyqtgraph",)),
    Component("pandas", "BSD-3-Clause", "https://opensource.org/license/bsd-3-clause", ("pandas",)),
    Component("Babel", "BSD-3-Clause", "https://opensource.org/license/bsd-3-clause", ("babel",)),
)


def installed_version(component: Component) -> str | None:
    """The installed version of ``component``, or None when it is not installed as a package
    (e.g. frozen into an executable without its metadata)."""
    for distribution in component.distributions:
        try:
            return metadata.version(distribution)
        except metadata.PackageNotFoundError:
            continue
    return None
