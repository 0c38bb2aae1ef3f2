"""How the export-controls tab draws its things: the colour of each status, zone and kind of
event, the marker of each kind of chip, and small pictures of markers for lists.

Presentation only: which status or kind a thing has is the core's (``chip_map``,
``rules``); here it gets its colour and shape. Series colours are Okabe–Ito in both themes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from explainer_core.chip_controls.chip_map import ChipKind, ZoneKind
from explainer_core.chip_controls.rules import Status
from explainer_core.data.export_controls import EventKind
from widgets.chart_theme import ChartColours, chart_colours
from widgets.palette import OKABE_ITO

# How each status looks wherever it is shown (the chart adds a shape).
STATUS_COLOURS: dict[Status, str] = {
    Status.LICENCE_REQUIRED: OKABE_ITO[0],  # vermillion
    Status.PRESUMPTION_OF_DENIAL: OKABE_ITO[0],
    Status.NOTIFICATION: OKABE_ITO[2],  # orange
    Status.NOT_CONTROLLED: OKABE_ITO[3],  # bluish green
    Status.CASE_BY_CASE: OKABE_ITO[1],  # blue
    Status.NOT_APPLICABLE: "#8C8C8C",
    Status.UNDETERMINED: "#8C8C8C",
}

# pyqtgraph symbols: circle, square, triangle; the reader's own chip is a star.
CHIP_SYMBOLS: dict[ChipKind, str] = {
    ChipKind.DATACENTER: "o",
    ChipKind.NOT_DATACENTER: "s",
    ChipKind.CHINESE: "t1",
}
YOUR_CHIP_SYMBOL = "star"

ZONE_FILLS: dict[ZoneKind, str | None] = {
    ZoneKind.LICENCE_3A090A: "#D55E0033",
    ZoneKind.NOTIFICATION_3A090B: "#E69F0055",
    ZoneKind.OUTSIDE_3A090: None,
    ZoneKind.NOTE_2: "#44444466",
    ZoneKind.CONTROLLED_2022: "#D55E0033",
    ZoneKind.NOT_CONTROLLED_2022: None,
    ZoneKind.CASE_BY_CASE_2026: "#0072B233",
    ZoneKind.PRESUMPTION_2026: "#D55E0026",
}
NOTE_2_FILL_DARK = "#BBBBBB66"  # the hatching of Note 2, visible on a dark chart
# Zone names in darker shades of their zone's colour, readable on its light tint…
ZONE_LABEL_COLOURS: dict[ZoneKind, str] = {
    ZoneKind.LICENCE_3A090A: "#9A3F00",
    ZoneKind.NOTIFICATION_3A090B: "#8A5A00",
    ZoneKind.CONTROLLED_2022: "#9A3F00",
    ZoneKind.CASE_BY_CASE_2026: "#004C7A",
    ZoneKind.PRESUMPTION_2026: "#9A3F00",
}
# …and in lighter ones on a dark chart.
ZONE_LABEL_COLOURS_DARK: dict[ZoneKind, str] = {
    ZoneKind.LICENCE_3A090A: "#F59B63",
    ZoneKind.NOTIFICATION_3A090B: "#F2C14E",
    ZoneKind.CONTROLLED_2022: "#F59B63",
    ZoneKind.CASE_BY_CASE_2026: "#7CC0F0",
    ZoneKind.PRESUMPTION_2026: "#F59B63",
}

# Each kind of event has its own shape as well as its own colour.
KIND_STYLES: dict[EventKind, tuple[str, str]] = {
    EventKind.US_RULE: ("s", OKABE_ITO[1]),
    EventKind.COMPANY_RESPONSE: ("o", OKABE_ITO[2]),
    EventKind.CHINESE_REACTION: ("t1", OKABE_ITO[3]),
    EventKind.MARKET_EVENT: ("d", OKABE_ITO[4]),
}

ICON_SIZE = 14


def zone_fill(kind: ZoneKind) -> str | None:
    if kind is ZoneKind.NOTE_2 and chart_colours().is_dark:
        return NOTE_2_FILL_DARK
    return ZONE_FILLS[kind]


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
