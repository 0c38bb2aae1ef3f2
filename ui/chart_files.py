"""Write a chart figure to PNG, SVG or PDF, atomically (QSaveFile): all or nothing on disk."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
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
    QImageWriter,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtSvg import QSvgGenerator

from explainer_core import APP_NAME
from explainer_core.export_plan import PlanError, check_pixel_size
from ui.export_theme import drawn_for_export
from widgets.chart_panel import ChartPanel
from widgets.figure_renderer import FigureTexts, paint_figure

# A chart never laid out on screen (a hidden sub-tab, the command line) is exported at
# this logical size: 16:9, the shape of a slide.
DEFAULT_LOGICAL_SIZE = QSizeF(1200, 675)
MIN_ON_SCREEN = QSize(400, 250)
SCREEN_DPI = 96.0
PNG_QUALITY = 70  # Qt maps it to a zlib compression level of 3
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


def render_image(panel: ChartPanel, scale: float, pixel_size: QSize | None = None) -> QImage:
    """The figure as an image ``scale`` times its logical size (or exactly ``pixel_size``).

    The size is checked before the image is allocated, so an absurd request costs nothing.
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
    # Opaque (the figure paints its own background): PNG-encodes a quarter faster than ARGB.
    image = QImage(width, height, QImage.Format.Format_RGB32)
    if image.isNull():
        raise ExportFailure(ExportProblem.RENDER_FAILED, "", "out of memory")
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    with drawn_for_export(panel):
        paint_figure(painter, panel, figure_texts(panel), logical, pen_scale=scale)
    painter.end()
    # Tells slide and word-processing apps the intended printed size. Set only after
    # painting: fonts given in points would otherwise grow with the resolution.
    dots_per_metre = round(SCREEN_DPI * scale * INCHES_PER_METRE)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


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


def png_bytes(image: QImage) -> bytes:
    """PNG-encode an image (safe to call from a worker thread)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    # zlib level 3 rather than 6: a third faster for files about a third larger (still
    # well under a megabyte at 3840 × 2160), so a large export never keeps anyone waiting.
    writer.setQuality(PNG_QUALITY)
    if not writer.write(image):
        raise ExportFailure(ExportProblem.RENDER_FAILED, "", writer.errorString())
    buffer.close()
    return bytes(data)


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
            payload = png_bytes(render_image(panel, scale))
        elif file_format == "svg":
            payload = svg_bytes(panel)
        elif file_format == "pdf":
            payload = pdf_bytes(panel)
        else:
            raise ValueError(file_format)
    except PlanError as error:
        raise ExportFailure(ExportProblem.SIZE_REFUSED, str(path), str(error)) from error
    write_atomically(path, payload)
