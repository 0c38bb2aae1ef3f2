"""Render the app icon from its SVG: PNGs from 16 to 512 pixels, a Windows .ico and a macOS
.icns, all in resources/icons/ (committed: the app and the packaging use them as they are).

    python tools/make_icons.py

Both container formats accept PNG images as they are, so they are written here in plain
Python: no Pillow, no iconutil, and the same result on every platform.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS_DIR = ROOT / "resources" / "icons"
SVG = ICONS_DIR / "deepseek-explainer.svg"
PNG_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)
# Apple's icns element types that hold a PNG, and the pixel size of each.
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),  # 16 pt at 2×
    (b"ic12", 64),  # 32 pt at 2×
    (b"ic13", 256),  # 128 pt at 2×
    (b"ic14", 512),  # 256 pt at 2×
)


def png_name(size: int) -> str:
    return f"deepseek-explainer-{size}.png"


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico whose entries are PNG images (Windows Vista and later read them)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an .ico directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns of PNG elements (macOS 10.7 and later)."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
        if size in pngs
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_pngs(svg: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    pngs: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        pngs[size] = bytes(data)
    return pngs


def main() -> int:
    pngs = render_pngs(SVG, PNG_SIZES)
    for size, data in pngs.items():
        (ICONS_DIR / png_name(size)).write_bytes(data)
    (ICONS_DIR / "deepseek-explainer.ico").write_bytes(
        ico_bytes({size: pngs[size] for size in ICO_SIZES})
    )
    (ICONS_DIR / "deepseek-explainer.icns").write_bytes(icns_bytes(pngs))
    for path in sorted(ICONS_DIR.iterdir()):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
