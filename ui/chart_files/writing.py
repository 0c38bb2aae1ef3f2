"""Write a chart figure to PNG, SVG or PDF, atomically (QSaveFile): all or nothing on disk."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRect,
    QSaveFile,
    QSize,
    QSizeF,
)
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtSvg import QSvgGenerator

from explainer_core import APP_NAME
from explainer_core.chart_files.pixel_canvas import PixelCanvas
from explainer_core.chart_files.plan import PlanError, check_pixel_size
from explainer_core.chart_files.png_encoder import PngEncoder
from ui.chart_files.light_colours import drawn_for_export
from widgets.chart_panel import ChartPanel
from widgets.figure_renderer import FigureTexts, paint_figure, prepared_figure

# A chart never laid out on screen (a hidden sub-tab, the command line) is exported at
# this logical size: 16:9, the shape of a slide.
DEFAULT_LOGICAL_SIZE = QSizeF(1200, 675)
MIN_ON_SCREEN = QSize(400, 250)
SCREEN_DPI = 96.0
# Rows painted and encoded at a time: 3840 × 432 × 4 bytes = 6.3 MiB for a 4K export.
# Each band paints the whole scene (clipped), so fewer, taller bands are faster.
BAND_ROWS = 432
INCHES_PER_METRE = 39.37007874


class ExportProblem(str, Enum):
    FOLDER_MISSING = "folder_missing"
    NOT_WRITABLE = "not_writable"
    WRITE_FAILED = "write_failed"
    SIZE_REFUSED = "size_refused"
    RENDER_FAILED = "render_failed"


@dataclass(frozen=True)
class ExportFailure(Exception):
    problem: ExportProblem
    path: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.path}: {self.problem.value.replace('_', ' ')}" + (
            f" ({self.detail})" if self.detail else ""
        )


def figure_texts(panel: ChartPanel) -> FigureTexts:
    """The figure's texts, as the panel shows them now (in the current language)."""
    credit = QCoreApplication.translate("ChartFiles", "DeepSeek Shock Explainer")
    return FigureTexts(
        plain_text(panel.title_label.text()),
        plain_text(panel.subtitle_label.text()),
        plain_text(panel.source_label.text()),
        credit or APP_NAME,
    )


def plain_text(text: str) -> str:
    """A label's text without its markup: source lines carry links on screen, and a figure
    shows their words."""
    if not GuiQt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def logical_size(panel: ChartPanel) -> QSizeF:
    """The chart's on-screen size, or the default when it has not been laid out on screen."""
    size = panel.size()
    if (
        panel.isVisible()
        and size.width() >= MIN_ON_SCREEN.width()
        and (size.height() >= MIN_ON_SCREEN.height())
    ):
        return QSizeF(size)
    return QSizeF(DEFAULT_LOGICAL_SIZE)


def _pixel_geometry(
    panel: ChartPanel, scale: float, pixel_size: QSize | None
) -> tuple[int, int, float, QSizeF]:
    """Width and height in pixels, scale and logical size of a raster of the figure.

    The size is checked before anything is allocated, so an absurd request costs nothing.
    """
    logical = logical_size(panel)
    if pixel_size is not None:
        width, height = pixel_size.width(), pixel_size.height()
        check_pixel_size(width, height)
        scale = width / logical.width()
        logical = QSizeF(logical.width(), height / scale)
    else:
        width, height = round(logical.width() * scale), round(logical.height() * scale)
        check_pixel_size(width, height)
    return width, height, scale, logical


def _new_image(width: int, height: int) -> QImage:
    # Opaque (the figure paints its own background): faster to paint and encode than ARGB.
    image = QImage(width, height, QImage.Format.Format_RGB32)
    if image.isNull():
        raise ExportFailure(ExportProblem.RENDER_FAILED, "", "out of memory")
    return image


def _paint_rows(image: QImage, rows: QRect | None, scale: float, paint) -> None:
    """Paint the figure into ``image``, only within ``rows`` when given."""
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    if rows is not None:
        painter.setClipRect(rows)
    painter.scale(scale, scale)
    paint(painter)
    painter.end()


def _dots_per_metre(scale: float) -> int:
    """Tells slide and word-processing apps the intended printed size."""
    return round(SCREEN_DPI * scale * INCHES_PER_METRE)


def render_image(panel: ChartPanel, scale: float, pixel_size: QSize | None = None) -> QImage:
    """The figure as one image ``scale`` times its logical size (or exactly ``pixel_size``):
    for the clipboard. A file is written by ``png_bytes``, which needs far less memory."""
    width, height, scale, logical = _pixel_geometry(panel, scale, pixel_size)
    image = _new_image(width, height)
    with (
        drawn_for_export(panel),
        prepared_figure(panel, figure_texts(panel), logical, pen_scale=scale) as paint,
    ):
        _paint_rows(image, None, scale, paint)
    # Set only after painting: fonts given in points would otherwise grow with the resolution.
    image.setDotsPerMeterX(_dots_per_metre(scale))
    image.setDotsPerMeterY(_dots_per_metre(scale))
    return image


def png_bytes(panel: ChartPanel, scale: float, pixel_size: QSize | None = None) -> bytes:
    """The figure as a PNG file ``scale`` times its logical size (or exactly ``pixel_size``).

    Painted and encoded ``BAND_ROWS`` rows at a time on a ``PixelCanvas``: a 3840 × 2160
    export holds about one 6 MiB band instead of a 32 MiB image, and every pixel is the
    one a single paint would give.
    """
    width, height, scale, logical = _pixel_geometry(panel, scale, pixel_size)
    try:
        canvas = PixelCanvas(width, height)
    except (OSError, MemoryError) as error:
        raise ExportFailure(ExportProblem.RENDER_FAILED, "", "out of memory") from error
    image = QImage(canvas.buffer, width, height, canvas.stride, QImage.Format.Format_RGB32)
    if image.isNull():
        raise ExportFailure(ExportProblem.RENDER_FAILED, "", "out of memory")
    encoder = PngEncoder(width, height, _dots_per_metre(scale))
    with (
        drawn_for_export(panel),
        prepared_figure(panel, figure_texts(panel), logical, pen_scale=scale) as paint,
    ):
        for top in range(0, height, BAND_ROWS):
            bottom = min(top + BAND_ROWS, height)
            _paint_rows(image, QRect(0, top, width, bottom - top), scale, paint)
            encoder.add_rgb32_rows(canvas.words[top:bottom])
            canvas.release_rows_before(bottom)
    return encoder.finish()


def svg_bytes(panel: ChartPanel) -> bytes:
    logical = logical_size(panel)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
    generator.setOutputDevice(buffer)
    generator.setSize(logical.toSize())
    generator.setViewBox(QRect(0, 0, round(logical.width()), round(logical.height())))
    with drawn_for_export(panel):
        texts = figure_texts(panel)
        generator.setTitle(texts.title)
        generator.setDescription(texts.source_line)
        painter = QPainter(generator)
        paint_figure(painter, panel, texts, logical)
        painter.end()
    return bytes(buffer.data())


def pdf_bytes(panel: ChartPanel) -> bytes:
    """One vector page the figure's size, in points (1 logical pixel = 1 pt)."""
    logical = logical_size(panel)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(72)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(logical, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    with drawn_for_export(panel):
        texts = figure_texts(panel)
        writer.setTitle(texts.title)
        writer.setCreator(texts.credit)
        painter = QPainter(writer)
        paint_figure(painter, panel, texts, logical)
        painter.end()
    return bytes(buffer.data())


def write_atomically(path: Path, payload: bytes) -> None:
    """Write ``payload`` to ``path`` entirely, or leave the disk as it was."""
    folder = path.parent
    if not folder.is_dir():
        raise ExportFailure(ExportProblem.FOLDER_MISSING, str(path))
    target = QSaveFile(str(path))
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportFailure(ExportProblem.NOT_WRITABLE, str(path), target.errorString())
    written = target.write(payload)
    if written != len(payload):
        detail = target.errorString()
        target.cancelWriting()
        raise ExportFailure(ExportProblem.WRITE_FAILED, str(path), detail)
    if not target.commit():
        raise ExportFailure(ExportProblem.WRITE_FAILED, str(path), target.errorString())


def export_chart(panel: ChartPanel, path: Path, file_format: str, scale: float = 2.0) -> None:
    """Render and write one chart synchronously (command line, tests)."""
    try:
        if file_format == "png":
            payload = png_bytes(panel, scale)
        elif file_format == "svg":
            payload = svg_bytes(panel)
        elif file_format == "pdf":
            payload = pdf_bytes(panel)
        else:
            raise ValueError(file_format)
    except PlanError as error:
        raise ExportFailure(ExportProblem.SIZE_REFUSED, str(path), str(error)) from error
    write_atomically(path, payload)
