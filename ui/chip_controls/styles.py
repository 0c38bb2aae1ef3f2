"""How the export-controls tab draws its things on screen: the core's colours and shapes
(``explainer_core.chip_controls.styles``, which the exported figures use too) as
pyqtgraph symbols and ``#RRGGBBAA`` tints, their variants on a dark chart, and small
pictures of markers for lists.

Presentation only: which status or kind a thing has is the core's (``chip_map``,
``rules``); here it gets its colour and shape. Series colours are Okabe–Ito in both themes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from explainer_core.chip_controls.chip_map import ChipKind, ZoneKind
from explainer_core.chip_controls.rules import Status
from explainer_core.chip_controls.styles import (
    CHIP_SHAPES,
    EVENT_KIND_STYLES,
    STATUS_COLOURS,
    YOUR_CHIP_SHAPE,
    ZONE_FILLS,
    ZONE_LABEL_COLOURS,
)
from explainer_core.data.export_controls import EventKind
from explainer_core.figure import MarkerShape
from widgets.chart_theme import ChartColours, chart_colours

# pyqtgraph's name of each shape of the figure model.
SYMBOLS: dict[MarkerShape, str] = {
    MarkerShape.CIRCLE: "o",
    MarkerShape.SQUARE: "s",
    MarkerShape.TRIANGLE: "t1",
    MarkerShape.DIAMOND: "d",
    MarkerShape.STAR: "star",
}
CHIP_SYMBOLS: dict[ChipKind, str] = {kind: SYMBOLS[shape] for kind, shape in CHIP_SHAPES.items()}
YOUR_CHIP_SYMBOL = SYMBOLS[YOUR_CHIP_SHAPE]
KIND_STYLES: dict[EventKind, tuple[str, str]] = {
    kind: (SYMBOLS[shape], colour) for kind, (shape, colour) in EVENT_KIND_STYLES.items()
}

# On a dark chart the undetermined grey would sink into the background: there it is the
# lighter of the two hollow greys, so that they still differ.
STATUS_COLOURS_ON_DARK: dict[Status, str] = {Status.UNDETERMINED: "#C8C8C8"}

NOTE_2_HATCH = "#44444466"  # the hatching of Note 2 …
NOTE_2_HATCH_DARK = "#BBBBBB66"  # … visible on a dark chart
# Zone names in lighter shades of their zone's colour on a dark chart.
ZONE_LABEL_COLOURS_DARK: dict[ZoneKind, str] = {
    ZoneKind.LICENCE_3A090A: "#F59B63",
    ZoneKind.NOTIFICATION_3A090B: "#F2C14E",
    ZoneKind.CONTROLLED_2022: "#F59B63",
    ZoneKind.CASE_BY_CASE_2026: "#7CC0F0",
    ZoneKind.PRESUMPTION_2026: "#F59B63",
}

ICON_SIZE = 14


def status_colour(status: Status) -> str:
    """A status's marker colour on the current chart background."""
    if chart_colours().is_dark:
        return STATUS_COLOURS_ON_DARK.get(status, STATUS_COLOURS[status])
    return STATUS_COLOURS[status]


def zone_fill(kind: ZoneKind) -> str | None:
    """A zone's tint as ``#RRGGBBAA`` (Note 2: the colour of its hatching)."""
    if kind is ZoneKind.NOTE_2:
        return NOTE_2_HATCH_DARK if chart_colours().is_dark else NOTE_2_HATCH
    tint = ZONE_FILLS[kind]
    if tint is None:
        return None
    colour, opacity = tint
    return f"{colour}{round(opacity * 255):02X}"


def zone_label_colour(kind: ZoneKind) -> str:
    colours = chart_colours()
    shades = ZONE_LABEL_COLOURS_DARK if colours.is_dark else ZONE_LABEL_COLOURS
    return shades.get(kind, colours.secondary)


def symbol_icon(symbol: str, colour: str, hollow: bool = False) -> QIcon:
    """A small picture of a chart marker, for lists: shape and colour, as on the chart."""
    colours = chart_colours()
    icon = QIcon()
    for ratio in (1, 2):  # sharp on high-density screens too
        icon.addPixmap(_symbol_pixmap(symbol, colour, hollow, ratio, colours))
    return icon


def _symbol_pixmap(
    symbol: str, colour: str, hollow: bool, ratio: int, colours: ChartColours
) -> QPixmap:
    pixmap = QPixmap(ICON_SIZE * ratio, ICON_SIZE * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour if hollow else colours.foreground), 1.5 if hollow else 0.8))
    painter.setBrush(QColor(colours.hollow_fill if hollow else colour))
    inner = ICON_SIZE - 3
    if symbol == "s":
        painter.drawRect(2, 2, inner - 1, inner - 1)
    elif symbol == "t1":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(ICON_SIZE / 2, 1.5),
                    QPointF(ICON_SIZE - 1.5, ICON_SIZE - 2),
                    QPointF(1.5, ICON_SIZE - 2),
                ]
            )
        )
    else:
        painter.drawEllipse(2, 2, inner - 1, inner - 1)
    painter.end()
    return pixmap
