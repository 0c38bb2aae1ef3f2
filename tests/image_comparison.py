"""Renders of one figure by several renderers, and a comparison that notices a label moved
by a few pixels while forgiving what renderers legitimately do differently.

How the comparison works, and why:

* Each image becomes a map of *darkness* (255 minus its grey level), blurred with a
  5-tap binomial kernel (σ ≈ 1 px). Renderers differ in antialiasing, gamma and hinting:
  one draws a 1-px stem as a dark column, another as two lighter ones. Blurred, both
  become about the same smudge of ink; a stem 4 px away does not.
* The image is cut into tiles of 24 × 24 px, overlapping by half, and each tile is
  compared on its own: the sum of the absolute differences of darkness, divided by the
  larger of the two tiles' ink. A tile is about two lines of tick labels high, so a
  label that moved dominates the tiles it left and the ones it reached, whatever the
  rest of the figure holds: a metric over the whole image would drown it.
* Before differencing, the second image may shift by up to one pixel in each direction
  (the best of the nine shifts is kept, per tile). A renderer lays out a line of text
  with its own glyph advances: across a 600-px source line the end may drift by a pixel.
  One pixel is forgiven; three are not.
* Tiles with almost no ink (less than ~15 dark pixels' worth) are skipped: the ratio of
  two tiny numbers is noise.

Measured on the synthetic figures (all kinds, three languages, 1200 × 675): renderers that
agree score at most 0.35 (resvg and PDFium on long text lines, QSvgRenderer about 0.1);
the same PNG with its tick labels moved by 3 px scores at least 0.64, by 4 px at least
0.88. ``MAX_TILE_DIFFERENCE`` sits between.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

TILE = 24
REACH = 1  # pixels of shift forgiven, in each direction
MIN_INK = 15 * 255  # darkness of a tile worth comparing
MAX_TILE_DIFFERENCE = 0.5
_KERNEL = np.array([1, 4, 6, 4, 1], np.float32) / 16


@dataclass(frozen=True)
class Difference:
    score: float  # the worst tile's difference, 0 (same) to 2 (disjoint)
    x: int  # the worst tile's top-left corner
    y: int

    def describe(self) -> str:
        return f"{self.score:.2f} in the tile at ({self.x}, {self.y})"


def grey(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * image.height())
    return data.reshape(image.height(), image.bytesPerLine())[:, : image.width()].copy()


def grey_from_png(data: bytes) -> np.ndarray:
    image = QImage.fromData(data)
    assert not image.isNull(), "not an image"
    return grey(image)


def grey_from_rgb(pixels: np.ndarray, blue_first: bool) -> np.ndarray:
    red, blue = (pixels[..., 2], pixels[..., 0]) if blue_first else (pixels[..., 0], pixels[..., 2])
    return (0.299 * red + 0.587 * pixels[..., 1] + 0.114 * blue).round().astype(np.uint8)


def render_svg_with_resvg(svg: bytes, width: int) -> np.ndarray:
    import resvg_py

    png = resvg_py.svg_to_bytes(svg_string=svg.decode("utf-8"), width=width, background="#ffffff")
    return grey_from_png(bytes(png))


def render_svg_with_qt(svg: bytes, width: int, height: int) -> np.ndarray:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    return grey(image)


def render_pdf_with_pdfium(pdf: bytes, width: int, height: int) -> np.ndarray:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        bitmap = page.render(scale=width / page.get_width())
        pixels = bitmap.to_numpy()  # PDFium's default order: blue, green, red
        return grey_from_rgb(pixels, blue_first=True)[:height, :width]
    finally:
        document.close()


def _blurred_darkness(image: np.ndarray) -> np.ndarray:
    darkness = 255.0 - image.astype(np.float32)
    padded = np.pad(darkness, 2, mode="edge")
    rows = sum(_KERNEL[i] * padded[:, i : i + darkness.shape[1]] for i in range(5))
    return sum(_KERNEL[i] * rows[i : i + darkness.shape[0], :] for i in range(5))


def _tile_sums(values: np.ndarray) -> np.ndarray:
    """Sums over TILE × TILE tiles every TILE / 2 pixels (from half-tile blocks)."""
    half = TILE // 2
    height, width = (values.shape[0] // half) * half, (values.shape[1] // half) * half
    blocks = values[:height, :width].reshape(height // half, half, width // half, half).sum((1, 3))
    return blocks[:-1, :-1] + blocks[1:, :-1] + blocks[:-1, 1:] + blocks[1:, 1:]


def compare(reference: np.ndarray, other: np.ndarray) -> Difference:
    """The worst tile of ``other`` against ``reference`` (two grey images of one size)."""
    assert reference.shape == other.shape, f"sizes differ: {reference.shape} {other.shape}"
    first, second = _blurred_darkness(reference), _blurred_darkness(other)
    ink = np.maximum(_tile_sums(first), _tile_sums(second))
    best = None
    for dy in range(-REACH, REACH + 1):
        for dx in range(-REACH, REACH + 1):
            moved = np.roll(np.roll(second, dy, 0), dx, 1)
            difference = _tile_sums(np.abs(first - moved))
            best = difference if best is None else np.minimum(best, difference)
    score = np.where(ink >= MIN_INK, best / np.maximum(ink, 1.0), 0.0)
    row, column = np.unravel_index(int(np.argmax(score)), score.shape)
    return Difference(float(score[row, column]), int(column) * TILE // 2, int(row) * TILE // 2)
