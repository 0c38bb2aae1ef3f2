"""The legend laid out as a column (right of the plots) or in rows (below them)."""

from __future__ import annotations

from dataclasses import dataclass

from explainer_core.figure import Dash, Legend, LegendEntry, LegendSymbol
from explainer_core.layout.clipping import hatch_segments
from explainer_core.layout.label_placement import Box
from widgets.figure.shapes import Hatching, Marker, PlacedText, Polyline, Rectangle, Shape, Stroke
from widgets.figure.style import TextRole
from widgets.figure.typesetting import TextSetter

ENTRY_GAP = 7.0  # between two entries of a column
ROW_ENTRY_GAP = 22.0  # between two entries of a row
LABEL_GAP = 7.0  # between a symbol and its label


@dataclass(frozen=True)
class LegendPiece:
    shapes: tuple[Shape, ...]
    texts: tuple[PlacedText, ...]
    box: Box


def _symbol(entry: LegendEntry, left: float, middle: float, setter: TextSetter) -> list[Shape]:
    style = setter.style
    swatch = style.legend_swatch
    if entry.symbol is LegendSymbol.LINE:
        stroke = Stroke(entry.colour, entry.width, entry.dash)
        return [Polyline(((left, middle), (left + swatch, middle)), stroke)]
    if entry.symbol is LegendSymbol.MARKER:
        fill = style.background if entry.hollow else entry.colour
        stroke = Stroke(entry.colour, 1.8) if entry.hollow else Stroke(style.background, 1.0)
        return [Marker((left + swatch / 2, middle), entry.shape, 11.0, fill, stroke)]
    side = 13.0
    box = Box(
        left + (swatch - side) / 2, middle - side / 2, left + (swatch + side) / 2, middle + side / 2
    )
    if entry.symbol is LegendSymbol.BAR:
        outline = Stroke(style.text, 1.5) if entry.emphasised else None
        return [Rectangle(box, entry.colour, 1.0, outline)]
    corners = (
        (box.left, box.top),
        (box.right, box.top),
        (box.right, box.bottom),
        (box.left, box.bottom),
    )
    shapes: list[Shape] = [Rectangle(box, entry.colour, entry.opacity, None)]
    if entry.hatched:
        hatch = Stroke(style.hatch, 0.8, Dash.SOLID, 0.8)
        shapes.append(Hatching(tuple(hatch_segments(corners, 4.0)), hatch))
    shapes.append(Rectangle(box, None, 1.0, Stroke(style.faint, 0.8)))
    return shapes


def _entry_lines(entry: LegendEntry, setter: TextSetter, width: float) -> list[str]:
    return setter.wrap(TextRole.LEGEND, entry.label, width, bold=entry.emphasised)


def column_width(legend: Legend, setter: TextSetter, max_width: float) -> float:
    """The width a legend column needs, at most ``max_width``."""
    label_room = max_width - setter.style.legend_swatch - LABEL_GAP
    widest_label = max(
        (
            setter.block_size(
                TextRole.LEGEND,
                _entry_lines(entry, setter, label_room),
                setter.spec(TextRole.LEGEND, entry.emphasised),
            )[0]
            for entry in legend.entries
        ),
        default=0.0,
    )
    width = setter.style.legend_swatch + LABEL_GAP + widest_label
    if legend.title:
        width = max(width, setter.width(TextRole.LEGEND, legend.title, bold=True))
    return min(max_width, width)


def _title(
    legend: Legend, setter: TextSetter, left: float, top: float, width: float
) -> PlacedText | None:
    if not legend.title:
        return None
    lines = setter.wrap(TextRole.LEGEND, legend.title, width, bold=True)
    return setter.place(TextRole.LEGEND, lines, left, top, spec=setter.spec(TextRole.LEGEND, True))


def lay_out_column(
    legend: Legend, setter: TextSetter, left: float, top: float, width: float
) -> LegendPiece:
    shapes: list[Shape] = []
    texts: list[PlacedText] = []
    y = top
    title = _title(legend, setter, left, y, width)
    if title is not None:
        texts.append(title)
        y = title.box.bottom + ENTRY_GAP
    label_left = left + setter.style.legend_swatch + LABEL_GAP
    for entry in legend.entries:
        spec = setter.spec(TextRole.LEGEND, entry.emphasised)
        lines = _entry_lines(entry, setter, left + width - label_left)
        text = setter.place(TextRole.LEGEND, lines, label_left, y, spec=spec)
        first_line_middle = y + setter.line_height(TextRole.LEGEND, spec) / 2
        shapes += _symbol(entry, left, first_line_middle, setter)
        texts.append(text)
        y = text.box.bottom + ENTRY_GAP
    return LegendPiece(
        tuple(shapes), tuple(texts), Box(left, top, left + width, max(top, y - ENTRY_GAP))
    )


def lay_out_rows(
    legend: Legend, setter: TextSetter, left: float, top: float, width: float
) -> LegendPiece:
    """Entries side by side, wrapping to a new row when the width is used up."""
    shapes: list[Shape] = []
    texts: list[PlacedText] = []
    y = top
    title = _title(legend, setter, left, y, width)
    if title is not None:
        texts.append(title)
        y = title.box.bottom + ENTRY_GAP / 2
    swatch = setter.style.legend_swatch
    x, row_bottom = left, y
    for entry in legend.entries:
        spec = setter.spec(TextRole.LEGEND, entry.emphasised)
        lines = _entry_lines(entry, setter, width - swatch - LABEL_GAP)
        label_width, label_height = setter.block_size(TextRole.LEGEND, lines, spec)
        entry_width = swatch + LABEL_GAP + label_width
        if x > left and x + entry_width > left + width:
            x, y = left, row_bottom + ENTRY_GAP
        text = setter.place(TextRole.LEGEND, lines, x + swatch + LABEL_GAP, y, spec=spec)
        shapes += _symbol(entry, x, y + setter.line_height(TextRole.LEGEND, spec) / 2, setter)
        texts.append(text)
        row_bottom = max(row_bottom, y + label_height)
        x += entry_width + ROW_ENTRY_GAP
    return LegendPiece(tuple(shapes), tuple(texts), Box(left, top, left + width, row_bottom))
