"""A verdict shown three ways at once: a drawn symbol, a word and a colour.

Colour alone would fail readers with a colour-vision deficiency (and black-and-white
print-outs), so every verdict also has its own symbol and its name in words. The
widget knows symbols and colours, not verdicts: the owner chooses them.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

ICON_SIZE = 18
DARK_GLYPH = "#202020"
LIGHT_GLYPH = "#FFFFFF"


class BadgeSymbol(str, Enum):
    CHECK = "check"  # ✓ in a disc
    APPROX = "approx"  # ≈ in a disc
    WARNING = "warning"  # ! in a triangle
    CROSS = "cross"  # ✗ in a disc
    QUESTION = "question"  # ? in a disc


def _glyph_colour(background: QColor) -> QColor:
    """White on dark colours, near-black on light ones (orange, sky blue), for contrast."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor(DARK_GLYPH if luminance > 150 else LIGHT_GLYPH)


def _draw_symbol(painter: QPainter, symbol: BadgeSymbol, colour: QColor, size: float) -> None:
    def at(x: float, y: float) -> QPointF:
        return QPointF(x * size, y * size)

    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if symbol is BadgeSymbol.WARNING:
        painter.drawPolygon(QPolygonF([at(0.5, 0.04), at(0.97, 0.92), at(0.03, 0.92)]))
    else:
        painter.drawEllipse(QRectF(0, 0, size, size).adjusted(0.5, 0.5, -0.5, -0.5))

    glyph = _glyph_colour(colour)
    pen = QPen(glyph, max(1.5, size * 0.13))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if symbol is BadgeSymbol.CHECK:
        painter.drawPolyline(QPolygonF([at(0.27, 0.52), at(0.44, 0.69), at(0.74, 0.34)]))
    elif symbol is BadgeSymbol.CROSS:
        painter.drawLine(at(0.33, 0.33), at(0.67, 0.67))
        painter.drawLine(at(0.67, 0.33), at(0.33, 0.67))
    elif symbol is BadgeSymbol.APPROX:
        for y in (0.40, 0.60):
            wave = QPainterPath(at(0.26, y + 0.03))
            wave.cubicTo(at(0.40, y - 0.10), at(0.60, y + 0.16), at(0.74, y - 0.03))
            painter.drawPath(wave)
    elif symbol is BadgeSymbol.WARNING:
        painter.drawLine(at(0.5, 0.38), at(0.5, 0.62))
        painter.drawPoint(at(0.5, 0.78))
    else:  # QUESTION: a plain "?" exists in every font, unlike ✓ or ✗
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(8, round(size * 0.72)))
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "?")


def symbol_pixmap(
    symbol: BadgeSymbol, colour: str, size: int = ICON_SIZE, device_pixel_ratio: float = 1.0
) -> QPixmap:
    """The symbol drawn at ``size`` logical pixels, sharp on high-density screens."""
    pixmap = QPixmap(round(size * device_pixel_ratio), round(size * device_pixel_ratio))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw_symbol(painter, symbol, QColor(colour), float(size))
    painter.end()
    return pixmap


def symbol_icon(symbol: BadgeSymbol, colour: str) -> QIcon:
    """The symbol as an icon for buttons and combo boxes, at 1× and 2×."""
    icon = QIcon()
    for ratio in (1.0, 2.0):
        icon.addPixmap(symbol_pixmap(symbol, colour, ICON_SIZE, ratio))
    return icon


class VerdictBadge(QFrame):
    """Symbol and word inside a frame of the verdict's colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBadge")
        self.symbol: BadgeSymbol | None = None
        self.colour = ""
        self._look: tuple[BadgeSymbol, str, float] | None = None
        self.icon_label = QLabel(self)
        self.icon_label.setObjectName("verdictIcon")
        self.text_label = QLabel(self)
        self.text_label.setObjectName("verdictText")
        font = self.text_label.font()
        font.setBold(True)
        self.text_label.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 8, 2)
        layout.setSpacing(5)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.text_label)

    def set_verdict(self, symbol: BadgeSymbol, colour: str, text: str) -> None:
        self.text_label.setText(text)
        self.setAccessibleName(text)
        look = (symbol, colour, self.devicePixelRatioF())
        if look == self._look:
            return  # a language switch: only the word changes (a style sheet costs dearly)
        self._look = look
        self.symbol = symbol
        self.colour = colour
        self.icon_label.setPixmap(
            symbol_pixmap(symbol, colour, ICON_SIZE, self.devicePixelRatioF())
        )
        tint = QColor(colour)
        tint.setAlpha(36)
        # The selector keeps the frame's style off the labels inside it.
        self.setStyleSheet(
            f"QFrame#verdictBadge {{ border: 2px solid {colour}; border-radius: 11px;"
            f" background: rgba({tint.red()}, {tint.green()}, {tint.blue()}, {tint.alpha()}); }}"
        )

    def clear(self) -> None:
        """Show no verdict, and keep none a screen reader could read."""
        self._look = None
        self.symbol = None
        self.colour = ""
        self.text_label.clear()
        self.icon_label.clear()
        self.setAccessibleName("")
        self.setStyleSheet("")

    def text(self) -> str:
        return self.text_label.text()
