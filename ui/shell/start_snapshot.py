"""A picture of the first tab as it looked at the last start, shown while the real view is built.

Building the first tab needs pandas and pyqtgraph, whose imports alone take several times as
long as showing a bare window. So the window's first paint shows the picture of that tab
saved at an earlier start, and the interactive view replaces it as soon as it is built: the
user sees the chart at once instead of an empty screen. The picture is used only when
everything that decides its look is unchanged (app and Qt version, data and translation
files, language, theme colours, font, size and pixel ratio); otherwise the tab is built
before the first paint, as without a snapshot, and a new picture is saved for next time.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSaveFile, QSize
from PySide6.QtGui import QGuiApplication, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from explainer_core import __version__ as app_version
from explainer_core.data.paths import RESOURCES_DIR
from translations import TRANSLATIONS_DIR

PROJECT_DIR = RESOURCES_DIR.parent
# What a tab's look depends on: its data, texts and translations, and (for a developer
# between versions) the code that draws it.
LOOK_FOLDERS = (
    RESOURCES_DIR,
    TRANSLATIONS_DIR,
    PROJECT_DIR / "ui",
    PROJECT_DIR / "widgets",
    PROJECT_DIR / "explainer_core",
)

SNAPSHOT_FOLDER = "start-snapshots"


def content_fingerprint(folders: tuple[Path, ...] = LOOK_FOLDERS) -> str:
    """Changes whenever a data, text, translation or code file changes (size or modification
    time): a stat of a few hundred files, much cheaper than reading them."""
    digest = hashlib.sha1()
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if "__pycache__" not in path.parts and path.is_file():
                status = path.stat()
                digest.update(
                    f"{path.relative_to(folder)}|{status.st_size}|{status.st_mtime_ns}\n".encode()
                )
    return digest.hexdigest()


def look_fingerprint() -> str:
    """What the application looks like: style, screen resolution, palette and font."""
    app = QApplication.instance()
    palette = QGuiApplication.palette()
    style = app.style().name() if isinstance(app, QApplication) else ""
    screen = QGuiApplication.primaryScreen()
    dpi = f"{screen.logicalDotsPerInch():g}" if screen is not None else ""
    return "|".join(
        (
            style,
            dpi,
            palette.color(QPalette.ColorRole.Window).name(),
            palette.color(QPalette.ColorRole.WindowText).name(),
            palette.color(QPalette.ColorRole.Base).name(),
            QGuiApplication.font().toString(),
        )
    )


class StartSnapshot:
    """The saved picture of one tab for one language; one file per tab, replaced when stale."""

    def __init__(self, folder: Path, tab_id: str, language: str) -> None:
        self.folder = folder
        self.tab_id = tab_id
        look = (look_fingerprint(), content_fingerprint())
        self._context = "|".join((app_version, pyside_version, tab_id, language, *look))

    def _key(self, size: QSize, pixel_ratio: float) -> str:
        text = f"{self._context}|{size.width()}x{size.height()}@{pixel_ratio:g}"
        return hashlib.sha1(text.encode()).hexdigest()[:20]

    def _path(self, size: QSize, pixel_ratio: float) -> Path:
        return self.folder / f"{self.tab_id}-{self._key(size, pixel_ratio)}.png"

    def exists(self, size: QSize, pixel_ratio: float) -> bool:
        return self._path(size, pixel_ratio).is_file()

    def load(self, size: QSize, pixel_ratio: float) -> QPixmap | None:
        """The picture saved for exactly this size and look, or None."""
        path = self._path(size, pixel_ratio)
        if not path.is_file():
            return None
        pixmap = QPixmap(str(path))
        if pixmap.isNull():  # damaged file: build the tab as if there were none
            return None
        pixmap.setDevicePixelRatio(pixel_ratio)
        return pixmap

    def save(self, pixmap: QPixmap, size: QSize, pixel_ratio: float) -> bool:
        """Save atomically and drop this tab's older pictures. A failure only costs speed."""
        path = self._path(size, pixel_ratio)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        target = QSaveFile(str(path))
        if not target.open(QSaveFile.OpenModeFlag.WriteOnly):
            return False
        if not pixmap.save(target, "PNG") or not target.commit():
            target.cancelWriting()
            return False
        for old in self.folder.glob(f"{self.tab_id}-*.png"):
            if old != path:
                old.unlink(missing_ok=True)
        return True


def snapshot_folder() -> Path:
    """The user's cache folder: the pictures can be deleted at any time."""
    import platformdirs

    from ui.shell.error_reporting import LOG_APP_NAME, LOG_AUTHOR

    return Path(platformdirs.user_cache_dir(LOG_APP_NAME, LOG_AUTHOR)) / SNAPSHOT_FOLDER
