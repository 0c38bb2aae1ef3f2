"""Compose a chart as a publication figure (title, subtitle, plot with legend, source, credit)
and paint it on any device: a high-resolution image, an SVG or a PDF page.

pyqtgraph's exporters are not used: ``SVGExporter`` fails on Qt 6.11+ and
``ImageExporter`` keeps one-pixel lines at high resolution. Here the plot's scene is
laid out at the figure's logical size and rendered through one ``QPainter``; for a
raster, the painter is scaled and the scene's pens widened by the same factor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from widgets.chart_panel import ChartPanel
from widgets.chart_theme import chart_colours
from widgets.pen_scaling import thicker_pens

MARGIN = 24.0
GAP = 6.0
TITLE_PX = 22.0
SUBTITLE_PX = 14.0
SOURCE_PX = 12.0
MIN_PLOT_HEIGHT = 120.0


@dataclass(frozen=True)
class FigureTexts:
    title: str
    subtitle: str
    source_line: str
    credit: str  # the app's name, bottom right


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def _text_height(text: str, font: QFont, width: float) -> float:
    if not text:
        return 0.0
    metrics = QFontMetricsF(font)
    flags = int(Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()


@contextmanager
def scene_laid_out_at(
    graphics: pg.GraphicsLayoutWidget, width: float, height: float
) -> Iterator[None]:
    """Lay the plot's scene out at ``width`` × ``height`` for one render, then restore it."""
    central = graphics.ci
    old_size = central.size()
    central.resize(width, height)
    central.layout.activate()
    # pyqtgraph's axes learn how wide their tick labels are while painting and widen
    # themselves for the next layout: paint once off-screen so that a chart never shown on
    # screen (a hidden tab, the command line) keeps its widest labels in the figure.
    probe = QImage(max(1, round(width)), max(1, round(height)), QImage.Format.Format_RGB32)
    probe_painter = QPainter(probe)
    graphics.scene().render(probe_painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
    probe_painter.end()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the axes' new widths
    central.layout.activate()
    try:
        yield
    finally:
        central.resize(old_size)
        central.layout.activate()


@contextmanager
def scaled_with_painter(scene: QGraphicsScene) -> Iterator[None]:
    """Let items that ignore transformations (pyqtgraph's legend) scale with the painter
    for one render, so the legend grows with the rest of a high-resolution figure."""
    flag = QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
    pinned = [item for item in scene.items() if item.flags() & flag]
    for item in pinned:
        item.setFlag(flag, False)
    try:
        yield
    finally:
        for item in pinned:
            item.setFlag(flag, True)


@contextmanager
def prepared_figure(
    panel: ChartPanel,
    texts: FigureTexts,
    size: QSizeF,
    pen_scale: float = 1.0,
) -> Iterator[Callable[[QPainter], None]]:
    """Inside the block, a function that paints the figure into the rectangle
    (0, 0, size) of a painter's coordinates, as often as asked.

    The scene is laid out and its pens widened once: a large raster is painted in bands
    (see ``ui.chart_files.writing.png_bytes_of``), each through its own painter.
    ``pen_scale`` widens the plot's cosmetic pens: use the device-to-logical scale of a
    raster target (2 for a 2× PNG), and 1 for vector targets, whose units are points.
    """
    width, height = size.width(), size.height()
    inner = width - 2 * MARGIN
    title_font = _font(TITLE_PX, bold=True)
    subtitle_font = _font(SUBTITLE_PX)
    source_font = _font(SOURCE_PX)
    flags = int(Qt.TextFlag.TextWordWrap)

    title_top = MARGIN
    title_h = _text_height(texts.title, title_font, inner)
    y = title_top + title_h
    subtitle_top = y + GAP / 2
    sub_h = _text_height(texts.subtitle, subtitle_font, inner)
    if texts.subtitle:
        y = subtitle_top + sub_h
    y += GAP

    credit_w = QFontMetricsF(source_font).horizontalAdvance(texts.credit) + 2 * GAP
    source_w = inner - credit_w
    source_h = max(_text_height(texts.source_line, source_font, source_w), SOURCE_PX * 1.3)
    plot_h = max(height - MARGIN - source_h - GAP - y, MIN_PLOT_HEIGHT)
    plot_rect = QRectF(MARGIN, y, inner, plot_h)
    source_top = plot_rect.bottom() + GAP
    scene = panel.graphics.scene()

    def paint(painter: QPainter) -> None:
        colours = chart_colours()
        painter.fillRect(QRectF(0, 0, width, height), QColor(colours.background))
        painter.setPen(QColor(colours.foreground))
        painter.setFont(title_font)
        painter.drawText(QRectF(MARGIN, title_top, inner, title_h), flags, texts.title)
        if texts.subtitle:
            painter.setPen(QColor(colours.secondary))
            painter.setFont(subtitle_font)
            painter.drawText(QRectF(MARGIN, subtitle_top, inner, sub_h), flags, texts.subtitle)
        scene.render(
            painter, plot_rect, QRectF(0, 0, inner, plot_h), Qt.AspectRatioMode.IgnoreAspectRatio
        )
        painter.setFont(source_font)
        painter.setPen(QColor(colours.secondary))
        painter.drawText(QRectF(MARGIN, source_top, source_w, source_h), flags, texts.source_line)
        painter.drawText(
            QRectF(MARGIN + source_w, source_top, credit_w, source_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            texts.credit,
        )

    with (
        scene_laid_out_at(panel.graphics, inner, plot_h),
        thicker_pens(scene, pen_scale),
        scaled_with_painter(scene),
    ):
        yield paint


def paint_figure(
    painter: QPainter,
    panel: ChartPanel,
    texts: FigureTexts,
    size: QSizeF,
    pen_scale: float = 1.0,
) -> None:
    """Paint the figure once into the rectangle (0, 0, size) of the painter's coordinates
    (see ``prepared_figure``)."""
    with prepared_figure(panel, texts, size, pen_scale) as paint:
        paint(painter)
