"""A figure as an image, PNG, SVG or PDF: one layout, painted on each kind of device.

Every output lays the figure out once, in logical units (``sizing.logical_size``), and
paints it through one ``QPainter``: a raster with ``painter.scale(s)``, an SVG in its
viewBox, a PDF page scaled to the page. So the three files show the same picture.

Why exported text used to land at 3/4 of its place: ``QSvgGenerator`` reports 72 dpi
unless told otherwise (and the old PDF writer was set to 72), while a screen or a
``QImage`` is 96 dpi. Anything resolution-dependent drawn on them is scaled by 72/96:
fonts sized in points are converted to pixels with the device's dpi, and a ``QPicture``
recorded at 96 dpi (pyqtgraph caches each axis in one) is replayed under a 0.75 scale.
Here fonts are sized in pixels of the figure's own units, nothing is recorded and
replayed, and every device is given 96 dpi, so a logical unit is a CSS pixel everywhere.

All functions are re-entrant and use no widget and no pixmap: they can run in worker
threads (a ``QGuiApplication`` must exist, for fonts).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QImageWriter, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from explainer_core.figure import Figure
from widgets.figure.layout import layout_figure
from widgets.figure.pages import Page
from widgets.figure.painting import paint_figure
from widgets.figure.pdf_metadata import with_subject_and_language
from widgets.figure.shapes import FigureLayout
from widgets.figure.sizing import default_scale
from widgets.figure.style import DEFAULT_STYLE, FigureStyle

DEVICE_DPI = 96  # one logical unit = one CSS pixel, on every device
INCHES_PER_METRE = 39.37007874
# Qt maps a PNG "quality" q to zlib level (100 - q) * 9 / 91: 80 is level 1, about a
# quarter faster than the default for a file a few percent larger (charts are mostly flat).
PNG_QUALITY = 80


def figure_layout(
    figure: Figure,
    size: tuple[float, float],
    scale: float | None = None,
    style: FigureStyle = DEFAULT_STYLE,
) -> tuple[FigureLayout, float]:
    """The layout of ``figure`` for a file of ``size`` (pixels, or CSS pixels), and the
    scale from its logical units to the file's (``default_scale`` unless given)."""
    width, height = size
    scale = scale or default_scale(width, height)
    return layout_figure(figure, (width / scale, height / scale), style), scale


def render_image(
    figure: Figure,
    pixel_size: tuple[int, int],
    scale: float | None = None,
    style: FigureStyle = DEFAULT_STYLE,
) -> QImage:
    """The figure as an opaque image of exactly ``pixel_size`` (clipboard, preview, PNG)."""
    width, height = pixel_size
    layout, scale = figure_layout(figure, (width, height), scale, style)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    if image.isNull():
        raise MemoryError(f"no memory for a {width} × {height} image")
    painter = QPainter(image)
    painter.scale(width / layout.width, height / layout.height)
    paint_figure(painter, layout)
    painter.end()
    # Tells slide and word-processing apps the intended size: the logical one, at 96 dpi.
    dots_per_metre = round(DEVICE_DPI * scale * INCHES_PER_METRE)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    if figure.title:
        image.setText("Title", figure.title)
    if figure.alternative_text:
        image.setText("Description", figure.alternative_text)
    if figure.credit:
        image.setText("Software", figure.credit)
    return image


def png_bytes(
    figure: Figure,
    pixel_size: tuple[int, int],
    scale: float | None = None,
    style: FigureStyle = DEFAULT_STYLE,
) -> bytes:
    """The figure as a PNG file of exactly ``pixel_size`` (title and description in its
    text chunks). A 3840 × 2160 figure holds one 32 MB image while it is encoded."""
    image = render_image(figure, pixel_size, scale, style)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, b"png")
    writer.setQuality(PNG_QUALITY)
    if not writer.write(image):
        raise OSError(f"PNG encoding failed: {writer.errorString()}")
    return bytes(data.data())


def svg_bytes(
    figure: Figure,
    size: tuple[float, float] = (1200, 675),
    scale: float | None = None,
    style: FigureStyle = DEFAULT_STYLE,
) -> bytes:
    """The figure as an SVG 1.1 file ``size`` CSS pixels large, its texts as ``<text>``,
    its title and alternative text as ``<title>`` and ``<desc>``."""
    width, height = size
    layout, _scale = figure_layout(figure, size, scale, style)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
    generator.setOutputDevice(buffer)
    generator.setResolution(DEVICE_DPI)
    generator.setSize(QSize(round(width), round(height)))
    generator.setViewBox(QRectF(0, 0, layout.width, layout.height))
    generator.setTitle(figure.title)
    generator.setDescription(figure.alternative_text)
    painter = QPainter(generator)
    paint_figure(painter, layout)  # in viewBox units: no transform
    painter.end()
    return _svg_root_attributes(bytes(data.data()), width, height, figure.language)


def _svg_root_attributes(svg: bytes, width: float, height: float, language: str) -> bytes:
    """The root element's size in CSS pixels (``QSvgGenerator`` writes millimetres, which
    some renderers turn into nothing without a dpi), and the texts' language."""
    size = b'width="%s" height="%s"' % (_number(width), _number(height))
    svg = re.sub(rb'(<svg\b[^>]*?)width="[^"]*"\s+height="[^"]*"', rb"\1" + size, svg, count=1)
    if language:
        # The language of <title>, <desc> and the texts, for screen readers and hyphenation.
        svg = svg.replace(b"<svg ", b'<svg xml:lang="%s" ' % language.encode("ascii"), 1)
    return svg


def _number(value: float) -> bytes:
    return (f"{value:.3f}".rstrip("0").rstrip(".")).encode("ascii")


def pdf_bytes(
    figure: Figure,
    page: Page | None = None,
    creator: str = "",
    scale: float | None = None,
    style: FigureStyle = DEFAULT_STYLE,
) -> bytes:
    """The figure on one vector PDF page (default: the size of a 1200 × 675 picture), fonts
    embedded; title, subject (the alternative text), author (the byline), creator
    (``creator``, e.g. the app's name) and language in its metadata."""
    page = page or Page.of_pixels(1200, 675)
    layout, _scale = figure_layout(figure, page.css_pixels, scale, style)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DEVICE_DPI)
    size = QPageSize(
        QSizeF(page.width_pt, page.height_pt),
        QPageSize.Unit.Point,
        "",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(figure.title)
    writer.setCreator(creator or figure.credit)
    if figure.byline:
        writer.setAuthor(figure.byline)
    painter = QPainter(writer)
    full = writer.pageLayout().fullRect(QPageLayout.Unit.Point)
    device_per_point = DEVICE_DPI / 72.0
    painter.scale(
        full.width() * device_per_point / layout.width,
        full.height() * device_per_point / layout.height,
    )
    paint_figure(painter, layout)
    painter.end()
    buffer.close()
    return with_subject_and_language(bytes(data.data()), figure.alternative_text, figure.language)
