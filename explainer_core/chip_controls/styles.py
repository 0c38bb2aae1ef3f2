"""How the export-controls tab draws its things, as data (no Qt): the colour of each status,
the shape of each kind of chip and of event, the tints of the chip map's zones and the
shades of their names. The screen (``ui/chip_controls/styles.py``, which adds the dark
theme's variants) and the exported figures read them here, so they agree.

Series colours are Okabe–Ito (``explainer_core.figure.palette``); colours are ``#RRGGBB``.
"""

from __future__ import annotations

from explainer_core.chip_controls.chip_map import ChipKind, ZoneKind
from explainer_core.chip_controls.rules import Status
from explainer_core.data.export_controls import EventKind
from explainer_core.figure import MarkerShape
from explainer_core.figure.palette import OKABE_ITO

NEUTRAL_GREY = "#8C8C8C"  # the kinds of chip in the key, a status no rule decides
UNDETERMINED_GREY = "#4D4D4D"

# How each status looks wherever it is shown (the chip map adds a shape).
STATUS_COLOURS: dict[Status, str] = {
    Status.LICENCE_REQUIRED: OKABE_ITO[0],  # vermillion
    Status.PRESUMPTION_OF_DENIAL: OKABE_ITO[0],
    Status.NOTIFICATION: OKABE_ITO[2],  # orange
    Status.NOT_CONTROLLED: OKABE_ITO[3],  # bluish green
    Status.CASE_BY_CASE: OKABE_ITO[1],  # blue
    Status.NOT_APPLICABLE: NEUTRAL_GREY,
    # Darker than "not concerned": the two hollow statuses differ in the key.
    Status.UNDETERMINED: UNDETERMINED_GREY,
}

# A marker's shape tells the kind of chip (its colour tells its status).
CHIP_SHAPES: dict[ChipKind, MarkerShape] = {
    ChipKind.DATACENTER: MarkerShape.CIRCLE,
    ChipKind.NOT_DATACENTER: MarkerShape.SQUARE,
    ChipKind.CHINESE: MarkerShape.TRIANGLE,
}
YOUR_CHIP_SHAPE = MarkerShape.STAR  # the reader's own chip, from the classifier
YOUR_CHIP_GROWTH = 1.5  # its star stands out among the chips' markers

# Each kind of event has its own shape as well as its own colour.
EVENT_KIND_STYLES: dict[EventKind, tuple[MarkerShape, str]] = {
    EventKind.US_RULE: (MarkerShape.SQUARE, OKABE_ITO[1]),
    EventKind.COMPANY_RESPONSE: (MarkerShape.CIRCLE, OKABE_ITO[2]),
    EventKind.CHINESE_REACTION: (MarkerShape.TRIANGLE, OKABE_ITO[3]),
    EventKind.MARKET_EVENT: (MarkerShape.DIAMOND, OKABE_ITO[4]),
}

# The zones' tints: (colour, opacity); None: not filled (Note 2 is hatched instead).
ZONE_FILLS: dict[ZoneKind, tuple[str, float] | None] = {
    ZoneKind.LICENCE_3A090A: (OKABE_ITO[0], 0x33 / 255),
    ZoneKind.NOTIFICATION_3A090B: (OKABE_ITO[2], 0x55 / 255),
    ZoneKind.OUTSIDE_3A090: None,
    ZoneKind.NOTE_2: None,
    ZoneKind.CONTROLLED_2022: (OKABE_ITO[0], 0x33 / 255),
    ZoneKind.NOT_CONTROLLED_2022: None,
    ZoneKind.CASE_BY_CASE_2026: (OKABE_ITO[1], 0x33 / 255),
    ZoneKind.PRESUMPTION_2026: (OKABE_ITO[0], 0x26 / 255),
}
# Zone names in darker shades of their zone's colour, readable on its light tint (the
# others in the chart's secondary text colour).
ZONE_LABEL_COLOURS: dict[ZoneKind, str] = {
    ZoneKind.LICENCE_3A090A: "#9A3F00",
    ZoneKind.NOTIFICATION_3A090B: "#8A5A00",
    ZoneKind.CONTROLLED_2022: "#9A3F00",
    ZoneKind.CASE_BY_CASE_2026: "#004C7A",
    ZoneKind.PRESUMPTION_2026: "#9A3F00",
}
