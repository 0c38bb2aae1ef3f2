"""Horizontal bars in their category bands, with their values at their ends.

A value label sits just outside its bar's end (left of a negative bar's). The value axis is
narrowed until every label fits inside the plot, so nothing is cut off and no label
depends on the builder leaving room.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from explainer_core.figure import Axis, Bar, Bars
from explainer_core.layout.label_placement import Box
from widgets.figure.scales import AxisMap
from widgets.figure.shapes import PlacedText, Polyline, Rectangle, Shape, Stroke
from widgets.figure.style import TextRole
from widgets.figure.text import FontSpec
from widgets.figure.typesetting import TextSetter

SINGLE_BAR_SHARE = 0.66  # a lone bar's thickness, of its band
GROUP_SHARE = 0.86  # a group's thickness, of its band
BAR_SHARE_OF_SLOT = 0.84  # a grouped bar's thickness, of its slot
VALUE_GAP = 5.0
LABEL_SHARE_OF_SLOT = 0.8  # a value label's font size at most this share of its slot
MIN_VALUE_PIXELS = 9  # smaller value labels cannot be read on a slide


def groups(bars: Bars) -> dict[str, list[Bar]]:
    """The bars of each category, in the order given."""
    grouped: dict[str, list[Bar]] = {}
    for bar in bars.bars:
        grouped.setdefault(bar.category, []).append(bar)
    return grouped


def slots(band: float, count: int) -> tuple[float, float]:
    """(slot pitch, bar thickness) for ``count`` bars sharing a band."""
    if count <= 1:
        return band, band * SINGLE_BAR_SHARE
    slot = band * GROUP_SHARE / count
    return slot, slot * BAR_SHARE_OF_SLOT


@dataclass(frozen=True)
class ValueLabels:
    spec: FontSpec
    thinned: bool  # bars too thin: only emphasised bars and missing values are labelled


def value_labels(setter: TextSetter, bars_marks: Sequence[Bars], band: float) -> ValueLabels:
    """The value labels' size: the label size, smaller when bars are packed tight. Below a
    readable size, only the bars that matter most keep a label: the emphasised ones (the
    story) and those without a value (a gap must never read as a zero); their neighbours'
    slots give them room."""
    base = setter.spec(TextRole.LABEL)
    tightest = min(
        (slots(band, len(group))[0] for bars in bars_marks for group in groups(bars).values()),
        default=band,
    )
    pixels = min(base.pixels, tightest * LABEL_SHARE_OF_SLOT)
    if pixels >= MIN_VALUE_PIXELS:
        return ValueLabels(FontSpec(round(pixels)), False)
    pixels = min(base.pixels, max(MIN_VALUE_PIXELS, 2 * tightest * LABEL_SHARE_OF_SLOT))
    return ValueLabels(FontSpec(round(pixels)), True)


def _label_width(setter: TextSetter, bar: Bar, spec: FontSpec) -> float:
    bold = FontSpec(spec.pixels, bar.emphasised)
    return max(setter.measure.width(bold, line) for line in bar.label.split("\n"))


def value_axis_room(
    bars_marks: Sequence[Bars], axis: Axis, left: float, right: float, setter: TextSetter
) -> tuple[float, float]:
    """How far the value axis must stay inside (left, right) for every label to fit."""
    spec = setter.spec(TextRole.LABEL)
    pad_left = pad_right = 0.0
    for _ in range(4):  # each narrowing moves the bars' ends a little: settle in a few steps
        scale = AxisMap(axis, left + pad_left, right - pad_right)
        need_left = need_right = 0.0
        for bars in bars_marks:
            for bar in bars.bars:
                end = scale(bar.value if bar.value is not None else bars.baseline)
                width = _label_width(setter, bar, spec) + VALUE_GAP
                if bar.value is None or bar.value >= bars.baseline:
                    need_right = max(need_right, end + width - (right - pad_right))
                else:
                    need_left = max(need_left, (left + pad_left) - (end - width))
        if need_left <= 0.5 and need_right <= 0.5:
            break
        pad_left += max(0.0, need_left)
        pad_right += max(0.0, need_right)
    return pad_left, pad_right


def lay_out_bars(
    bars: Bars,
    x_map: AxisMap,
    y_map: AxisMap,
    area: Box,
    setter: TextSetter,
    labels: ValueLabels,
) -> tuple[list[Shape], list[PlacedText]]:
    style = setter.style
    spec = labels.spec
    shapes: list[Shape] = []
    texts: list[PlacedText] = []
    base_x = x_map(bars.baseline)
    for category, members in groups(bars).items():
        slot, thickness = slots(y_map.band, len(members))
        band_top = y_map.band_start(category)
        first_centre = band_top + (y_map.band - slot * len(members)) / 2 + slot / 2
        for number, bar in enumerate(members):
            centre = first_centre + number * slot
            label_spec = FontSpec(spec.pixels, bar.emphasised)
            colour = style.text
            if bar.value is None:
                end, colour = base_x, style.faint
            else:
                end = x_map(bar.value)
                outline = Stroke(style.text, 1.5) if bar.emphasised else None
                box = Box(
                    min(base_x, end),
                    centre - thickness / 2,
                    max(base_x, end),
                    centre + thickness / 2,
                )
                shapes.append(Rectangle(box, bar.colour, 1.0, outline))
            if labels.thinned and not (bar.emphasised or bar.value is None):
                continue
            lines = bar.label.split("\n")
            height = len(lines) * setter.line_height(TextRole.LABEL, label_spec)
            positive = bar.value is None or bar.value >= bars.baseline
            x = end + VALUE_GAP if positive else end - VALUE_GAP
            text = setter.place(
                TextRole.LABEL,
                lines,
                x,
                centre - height / 2,
                align=0.0 if positive else 1.0,
                colour=colour,
                spec=label_spec,
            )
            if not any(text.box.overlap(other.box) > 0 for other in texts):
                texts.append(text)
    baseline = Polyline(((base_x, area.top), (base_x, area.bottom)), Stroke(style.axis, 1.0))
    shapes.append(baseline)
    return shapes, texts
