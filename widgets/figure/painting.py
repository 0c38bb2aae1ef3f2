"""The paint step: a laid-out figure drawn through one ``QPainter`` on any device.

Everything is already in figure coordinates, so this only draws: explicit pen widths
(never cosmetic pens, which a vector file would have to mark ``non-scaling-stroke``),
dashes as dash patterns, text as text in pixel-sized fonts. It uses no QWidget and no
QPixmap and keeps no state between calls, so figures can be painted in worker threads,
several at once.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from explainer_core.figure import Dash, MarkerShape
from explainer_core.layout.label_placement import Box
from widgets.figure.shapes import (
    XY,
    ArrowLine,
    Circle,
    FigureLayout,
    Hatching,
    Marker,
    PlacedText,
    Polygon,
    Polyline,
    Rectangle,
    Shape,
    Stroke,
)
from widgets.figure.text import FontSpec, make_font

# Dash and gap lengths in logical pixels, whatever the line's width (Qt counts them in
# widths: they are divided by the width when the pen is made).
DASHES: dict[Dash, tuple[float, ...]] = {
    Dash.DASHED: (5.5, 3.5),
    Dash.DOTTED: (1.2, 2.4),
    Dash.DASH_DOT: (6.0, 3.0, 1.2, 3.0),
}
BACKING_PAD = 1.5


def _colour(colour: str, opacity: float = 1.0) -> QColor:
    result = QColor(colour)
    if opacity < 1.0:
        result.setAlphaF(opacity)
    return result


def _pen(stroke: Stroke, cap: Qt.PenCapStyle = Qt.PenCapStyle.FlatCap) -> QPen:
    pen = QPen(_colour(stroke.colour, stroke.opacity))
    pen.setWidthF(stroke.width)
    pen.setCosmetic(False)
    pen.setCapStyle(cap)
    # Mitre joins (bevelled past Qt's limit of 2): round ones cost a raster 2.5 times as
    # much on long series, and a daily series' gentle angles look the same either way.
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if stroke.dash is not Dash.SOLID:
        # At least a width long, so a thick dotted line still shows its gaps.
        pen.setDashPattern([max(length / stroke.width, 1.0) for length in DASHES[stroke.dash]])
    return pen


def _polygon(points: tuple[XY, ...]) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def _rect(box: Box) -> QRectF:
    return QRectF(box.left, box.top, box.width, box.height)


def _marker_path(marker: Marker) -> QPainterPath:
    x, y = marker.centre
    half = marker.size / 2
    path = QPainterPath()
    if marker.shape is MarkerShape.CIRCLE:
        path.addEllipse(QPointF(x, y), half, half)
    elif marker.shape is MarkerShape.SQUARE:
        side = half * 0.9  # a square of the circle's width looks larger than the circle
        path.addRect(QRectF(x - side, y - side, 2 * side, 2 * side))
    elif marker.shape is MarkerShape.TRIANGLE:
        reach = half * 1.3  # a triangle needs more reach to look as large as a circle
        path.addPolygon(
            _polygon(
                (
                    (x, y - reach),
                    (x + reach * math.sqrt(3) / 2, y + reach / 2),
                    (x - reach * math.sqrt(3) / 2, y + reach / 2),
                )
            )
        )
        path.closeSubpath()
    elif marker.shape is MarkerShape.STAR:
        outer, inner = half * 1.3, half * 0.55  # five points, as pyqtgraph's "star"
        corners = []
        for index in range(10):
            angle = math.pi * (index / 5 - 0.5)
            reach = outer if index % 2 == 0 else inner
            corners.append((x + reach * math.cos(angle), y + reach * math.sin(angle)))
        path.addPolygon(_polygon(tuple(corners)))
        path.closeSubpath()
    else:
        reach = half * 1.25
        path.addPolygon(_polygon(((x, y - reach), (x + reach, y), (x, y + reach), (x - reach, y))))
        path.closeSubpath()
    return path


def _hatching(painter: QPainter, hatching: Hatching) -> None:
    path = QPainterPath()
    for start, end in hatching.segments:
        path.moveTo(*start)
        path.lineTo(*end)
    painter.setPen(_pen(hatching.stroke))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def _arrow(painter: QPainter, arrow: ArrowLine) -> None:
    (x1, y1), (x2, y2) = arrow.start, arrow.end
    length = math.hypot(x2 - x1, y2 - y1)
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    head = arrow.head_length
    base = (x2 - ux * head, y2 - uy * head)
    painter.setPen(_pen(arrow.stroke))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawLine(QPointF(x1, y1), QPointF(*base))
    wing = head * 0.42
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_colour(arrow.stroke.colour))
    painter.drawPolygon(
        _polygon(
            (
                (x2, y2),
                (base[0] - uy * wing, base[1] + ux * wing),
                (base[0] + uy * wing, base[1] - ux * wing),
            )
        )
    )


def _shape(painter: QPainter, shape: Shape) -> None:
    if isinstance(shape, Polyline):
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_pen(shape.stroke))
        painter.drawPolyline(_polygon(shape.points))
    elif isinstance(shape, Polygon):
        painter.setPen(_pen(shape.stroke) if shape.stroke else Qt.PenStyle.NoPen)
        fill = _colour(shape.fill, shape.fill_opacity) if shape.fill else None
        painter.setBrush(QBrush(fill) if fill else Qt.BrushStyle.NoBrush)
        painter.drawPolygon(_polygon(shape.points))
    elif isinstance(shape, Rectangle):
        painter.setPen(
            _pen(shape.stroke, Qt.PenCapStyle.SquareCap) if shape.stroke else Qt.PenStyle.NoPen
        )
        fill = _colour(shape.fill, shape.fill_opacity) if shape.fill else None
        painter.setBrush(QBrush(fill) if fill else Qt.BrushStyle.NoBrush)
        painter.drawRect(_rect(shape.box))
    elif isinstance(shape, Marker):
        painter.setPen(_pen(shape.stroke))
        painter.setBrush(_colour(shape.fill))
        painter.drawPath(_marker_path(shape))
    elif isinstance(shape, Circle):
        painter.setPen(_pen(shape.stroke))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(*shape.centre), shape.radius, shape.radius)
    elif isinstance(shape, Hatching):
        _hatching(painter, shape)
    elif isinstance(shape, ArrowLine):
        _arrow(painter, shape)
    else:
        raise TypeError(f"cannot paint {shape!r}")


def _text(painter: QPainter, text: PlacedText, font: QFont) -> None:
    if text.backing:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_colour(text.backing, text.backing_opacity))
        box = text.box
        painter.drawRect(
            QRectF(box.left - BACKING_PAD, box.top, box.width + 2 * BACKING_PAD, box.height)
        )
    painter.setFont(font)
    painter.setPen(_colour(text.colour))
    for line, (x, y) in zip(text.lines, text.origins, strict=True):
        if line:
            painter.drawText(QPointF(x, y), line)


def paint_figure(painter: QPainter, layout: FigureLayout) -> None:
    """Paint ``layout`` in the painter's current coordinates (scale it first for a raster
    larger than the layout's logical size)."""
    painter.save()
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    # An SVG writes the painter's font on every group: the figure's families, not Qt's default.
    painter.setFont(make_font(layout.families, FontSpec(12)))
    painter.fillRect(QRectF(0, 0, layout.width, layout.height), QColor(layout.background))
    for shape in layout.shapes:
        _shape(painter, shape)
    fonts: dict[FontSpec, QFont] = {}
    for text in layout.texts:
        font = fonts.get(text.font)
        if font is None:
            font = fonts[text.font] = make_font(layout.families, text.font)
        _text(painter, text, font)
    painter.restore()
