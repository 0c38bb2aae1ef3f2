"""Who the app is to the system: names for QSettings, the icon, the desktop entry.

``create_application()`` should call ``apply_identity(app)``; the window sets its own
icon from ``app_icon()`` too, so it has one whoever created the application.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from explainer_core import APP_NAME, __version__
from ui.shell.settings import ORGANIZATION

# The project has no registered domain; ".invalid" is reserved (RFC 2606) for names that
# must never resolve, so this one can collide with nobody's.
ORGANIZATION_DOMAIN = "deepseek-explainer.invalid"
# The name of packaging/deepseek-explainer.desktop, without ".desktop": Wayland
# compositors match the window to that file (and its icon) by this name.
DESKTOP_FILE_NAME = "deepseek-explainer"
ICONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"
ICON_PNG_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def app_icon() -> QIcon:
    """The icon at every size drawn for it, so no size is scaled from another."""
    icon = QIcon()
    for size in ICON_PNG_SIZES:
        path = ICONS_DIR / f"deepseek-explainer-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def apply_identity(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
