"""The proof: PNG, SVG (drawn by resvg and by Qt's SVG renderer) and PDF (drawn by PDFium)
show the same picture, label for label, for every kind of chart.

The PNG is the reference: the other files are drawn at its size and compared tile by
tile (``image_comparison``), with a tolerance that fails when one label moves by 3 px.
The last test makes sure of that: it moves the tick labels on purpose.
"""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from image_comparison import (
    MAX_TILE_DIFFERENCE,
    compare,
    grey,
    grey_from_png,
    render_pdf_with_pdfium,
    render_svg_with_qt,
    render_svg_with_resvg,
)
from PySide6.QtGui import QImage, QPainter
from synthetic_figures import BUILDERS, LANGUAGES

from widgets.figure import (
    Page,
    TextRole,
    figure_layout,
    paint_figure,
    pdf_bytes,
    png_bytes,
    svg_bytes,
)

WIDTH, HEIGHT = 1200, 675
# Every kind of chart once, the languages taking turns (each one is used for two or three).
CASES = list(zip(BUILDERS, itertools.cycle(LANGUAGES), strict=False))


@pytest.fixture(scope="module")
def renders(qapp):
    """Each case's PNG, and its SVG and PDF as drawn by the three other renderers."""
    result = {}
    for name, language in CASES:
        figure = BUILDERS[name](language)
        svg = svg_bytes(figure, (WIDTH, HEIGHT))
        result[name, language] = {
            "png": grey_from_png(png_bytes(figure, (WIDTH, HEIGHT))),
            "svg drawn by resvg": render_svg_with_resvg(svg, WIDTH),
            "svg drawn by QSvgRenderer": render_svg_with_qt(svg, WIDTH, HEIGHT),
            "pdf drawn by PDFium": render_pdf_with_pdfium(
                pdf_bytes(figure, Page.of_pixels(WIDTH, HEIGHT)), WIDTH, HEIGHT
            ),
        }
    return result


@pytest.mark.parametrize(
    "renderer", ["svg drawn by resvg", "svg drawn by QSvgRenderer", "pdf drawn by PDFium"]
)
@pytest.mark.parametrize(("name", "language"), CASES)
def test_every_file_shows_the_png_picture(renders, name, language, renderer):
    images = renders[name, language]
    difference = compare(images["png"], images[renderer])
    assert difference.score <= MAX_TILE_DIFFERENCE, (
        f"{name} ({language}): the {renderer} differs from the PNG by "
        f"{difference.describe()} (at most {MAX_TILE_DIFFERENCE})"
    )


def _painted(layout) -> QImage:
    image = QImage(round(layout.width), round(layout.height), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_figure(painter, layout)
    painter.end()
    return image


@pytest.mark.parametrize(("dx", "dy"), [(3, 0), (0, 3), (4, 0), (0, -4)])
def test_the_comparison_notices_tick_labels_moved_by_a_few_pixels(qapp, dx, dy):
    figure = BUILDERS["market-movers"]("de")
    layout, _scale = figure_layout(figure, (WIDTH, HEIGHT))
    moved = dataclasses.replace(
        layout,
        texts=tuple(
            text.moved(dx, dy) if text.role is TextRole.TICK else text for text in layout.texts
        ),
    )
    difference = compare(grey(_painted(layout)), grey(_painted(moved)))
    assert difference.score > MAX_TILE_DIFFERENCE, difference.describe()


def test_the_comparison_notices_one_label_moved(qapp):
    figure = BUILDERS["model-price"]("fr")
    layout, _scale = figure_layout(figure, (WIDTH, HEIGHT))
    labels = [text for text in layout.texts if text.role is TextRole.LABEL]
    one = labels[0]
    moved = dataclasses.replace(
        layout, texts=tuple(text.moved(0, 3) if text is one else text for text in layout.texts)
    )
    difference = compare(grey(_painted(layout)), grey(_painted(moved)))
    assert difference.score > MAX_TILE_DIFFERENCE, difference.describe()
