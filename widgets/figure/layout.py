"""The layout step: from a ``Figure`` and a size in logical units, every box of the figure.

From top to bottom: the title (wrapped on word boundaries, at most a few lines), the
subtitle, the plots stacked with their axes, the legend (right of the plots on a landscape
figure, below them otherwise or when it would take too much width), then the footer: the
names of numbered events, the notes, the source line, the byline and the app's name.

The plots get the height the texts leave. When that is less than half the figure's height,
or a plot's labels do not fit, the texts step down a little and the layout starts again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from explainer_core.figure import Figure
from explainer_core.layout.label_placement import Box
from widgets.figure import legend_layout
from widgets.figure.plot_frame import PlotPiece, finish_plot, plan_plot, y_label_column
from widgets.figure.shapes import FigureLayout, PlacedText, Shape
from widgets.figure.style import DEFAULT_STYLE, FigureStyle, TextRole
from widgets.figure.text import TextMeasure, resolved_families
from widgets.figure.typesetting import TextSetter

SUBTITLE_GAP = 4.0
PARAGRAPH_GAP = 3.0
CREDIT_GAP = 24.0  # between the source's last line and the app's name beside it
LANDSCAPE = 1.3  # width / height from which a legend goes right of the plots
MIN_PLOTS_WIDTH = 560.0  # a legend goes right only if the plots keep this much


def layout_figure(
    figure: Figure, size: tuple[float, float], style: FigureStyle = DEFAULT_STYLE
) -> FigureLayout:
    """Lay ``figure`` out at ``size`` (logical units: 1200 × 675 is 1×)."""
    families = resolved_families(style.font_families)
    measure = TextMeasure(families)
    layout = None
    for attempt_style, step in _attempts(style):
        layout, fits = _lay_out(
            figure, size, TextSetter(_spaced(attempt_style, step), measure, step)
        )
        if fits:
            break
    assert layout is not None
    return layout


def plots_height(areas: tuple[Box, ...]) -> float:
    """The height the plots take: from the top of the first data area to the bottom of the
    last (stacked plots count the axes between them, which the reader sees as the plot)."""
    return areas[-1].bottom - areas[0].top


def _spaced(style: FigureStyle, step: float) -> FigureStyle:
    """Margins and gaps step down with the text they separate."""
    return replace(
        style,
        margin=style.margin * step,
        header_gap=style.header_gap * step,
        footer_gap=style.footer_gap * step,
        plot_gap=style.plot_gap * step,
        legend_gap=style.legend_gap * step,
    )


def _attempts(style: FigureStyle) -> list[tuple[FigureStyle, float]]:
    """Each text size step in turn; then, at the smallest, fewer lines of title and
    subtitle (the whole texts stay in the file's metadata)."""
    smallest = style.text_steps[-1]
    shorter = replace(style, subtitle_max_lines=min(style.subtitle_max_lines, 2))
    shortest = replace(shorter, title_max_lines=min(style.title_max_lines, 2), subtitle_max_lines=1)
    return [(style, step) for step in style.text_steps] + [
        (shorter, smallest),
        (shortest, smallest),
    ]


@dataclass(frozen=True)
class _Footer:
    texts: tuple[PlacedText, ...]
    height: float


def _header(
    figure: Figure, setter: TextSetter, left: float, top: float, width: float
) -> list[PlacedText]:
    style = setter.style
    texts = []
    y = top
    title = setter.wrap(TextRole.TITLE, figure.title, width, style.title_max_lines, balanced=True)
    if title:
        texts.append(setter.place(TextRole.TITLE, title, left, y))
        y = texts[-1].box.bottom + SUBTITLE_GAP
    subtitle = setter.wrap(TextRole.SUBTITLE, figure.subtitle, width, style.subtitle_max_lines)
    if subtitle:
        texts.append(setter.place(TextRole.SUBTITLE, subtitle, left, y))
    return texts


def _footer(
    figure: Figure,
    event_keys: list[str],
    setter: TextSetter,
    left: float,
    width: float,
    bottom: float,
) -> _Footer:
    """The footer's texts, placed upwards from ``bottom``."""
    paragraphs = [(TextRole.NOTE, text) for text in (*event_keys, *figure.notes) if text]
    source = setter.wrap(TextRole.SOURCE, figure.source, width)
    credit_width = setter.width(TextRole.CREDIT, figure.credit) if figure.credit else 0.0
    byline = setter.wrap(TextRole.CREDIT, figure.byline, width - credit_width - CREDIT_GAP)
    # The app's name goes on the last line (the byline's, or the source's) if there is room.
    last_row: list[tuple[TextRole, list[str]]] = []
    credit_alone = False
    if byline:
        last_row = [(TextRole.CREDIT, byline)]
    elif source:
        last_width = setter.width(TextRole.SOURCE, source[-1])
        credit_alone = bool(figure.credit) and last_width + CREDIT_GAP + credit_width > width
    else:
        credit_alone = bool(figure.credit)
    blocks: list[tuple[TextRole, list[str]]] = [
        (role, setter.wrap(role, text, width)) for role, text in paragraphs
    ]
    if source:
        blocks.append((TextRole.SOURCE, source))
    blocks += last_row
    if credit_alone:
        blocks.append((TextRole.CREDIT, [""]))  # a row of its own for the app's name
    heights = [len(lines) * setter.line_height(role) for role, lines in blocks]
    total = sum(heights) + PARAGRAPH_GAP * max(len(blocks) - 1, 0)
    texts = []
    y = bottom - total
    for (role, lines), height in zip(blocks, heights, strict=True):
        if any(lines):
            # The last line on its own, so its box (beside the app's name) is its own width.
            pitch = setter.line_height(role)
            if len(lines) > 1:
                texts.append(setter.place(role, lines[:-1], left, y))
            texts.append(setter.place(role, lines[-1:], left, y + (len(lines) - 1) * pitch))
        y += height + PARAGRAPH_GAP
    if figure.credit:
        pitch = setter.line_height(TextRole.CREDIT)
        texts.append(
            setter.place(TextRole.CREDIT, [figure.credit], left + width, bottom - pitch, 1.0)
        )
    return _Footer(tuple(texts), total if blocks else 0.0)


def _legend_goes_right(
    figure: Figure, setter: TextSetter, size: tuple[float, float], inner: float
) -> float:
    """The legend column's width if the legend goes right of the plots, else 0."""
    style = setter.style
    if figure.legend is None or not figure.legend.entries:
        return 0.0
    width, height = size
    column = legend_layout.column_width(figure.legend, setter, inner * style.legend_max_share)
    if width / height < LANDSCAPE or inner - column - style.legend_gap < MIN_PLOTS_WIDTH:
        return 0.0
    piece = legend_layout.lay_out_column(figure.legend, setter, 0.0, 0.0, column)
    if piece.box.height > height * style.plot_min_share:
        return 0.0
    return column


def _lay_out(
    figure: Figure, size: tuple[float, float], setter: TextSetter
) -> tuple[FigureLayout, bool]:
    style = setter.style
    width, height = size
    left, right = style.margin, width - style.margin
    inner = right - left
    texts: list[PlacedText] = _header(figure, setter, left, style.margin, inner)
    top = texts[-1].box.bottom + style.header_gap if texts else style.margin

    column_width = _legend_goes_right(figure, setter, size, inner)
    plots_right = right - (column_width + style.legend_gap if column_width else 0.0)
    label_column = max(y_label_column(plot, setter, inner) for plot in figure.plots)
    plans = [
        plan_plot(plot, setter, left, plots_right, label_column, inner) for plot in figure.plots
    ]

    footer = _footer(
        figure,
        [plan.event_key for plan in plans if plan.event_key],
        setter,
        left,
        inner,
        height - style.margin,
    )
    texts += footer.texts
    bottom = height - style.margin - (footer.height + style.footer_gap if footer.height else 0.0)
    shapes: list[Shape] = []
    legend_box = None
    if figure.legend is not None and figure.legend.entries and not column_width:
        probe = legend_layout.lay_out_rows(figure.legend, setter, left, 0.0, plots_right - left)
        bottom -= probe.box.height + style.footer_gap

    fixed = sum(plan.above + plan.below for plan in plans) + style.plot_gap * (len(plans) - 1)
    room = max(bottom - top - fixed, 0.0)
    total_weight = sum(plan.plot.height_weight for plan in plans)
    pieces: list[PlotPiece] = []
    y = top
    for plan in plans:
        data_height = room * plan.plot.height_weight / total_weight
        piece = finish_plot(plan, y, data_height, setter)
        pieces.append(piece)
        shapes += piece.shapes
        texts += piece.texts
        y = piece.area.bottom + plan.below + style.plot_gap

    if figure.legend is not None and figure.legend.entries:
        if column_width:
            legend = legend_layout.lay_out_column(
                figure.legend, setter, right - column_width, pieces[0].area.top, column_width
            )
        else:
            legend_top = y - style.plot_gap + style.footer_gap
            legend = legend_layout.lay_out_rows(
                figure.legend, setter, left, legend_top, plots_right - left
            )
        shapes += legend.shapes
        texts += legend.texts
        legend_box = legend.box

    fits = (
        plots_height(tuple(piece.area for piece in pieces)) >= style.plot_min_share * height
        and all(piece.fits and not piece.values_thinned for piece in pieces)
        and not any(plan.events_numbered for plan in plans)
    )
    layout = FigureLayout(
        width,
        height,
        style.background,
        setter.measure.families,
        setter.step,
        tuple(shapes),
        tuple(texts),
        tuple(piece.area for piece in pieces),
        legend_box,
        bool(legend_box) and not column_width,
        any(plan.events_numbered for plan in plans),
        any(piece.values_thinned for piece in pieces),
    )
    return layout, fits
