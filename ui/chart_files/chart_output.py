"""A chart's files as bytes: PNG, SVG and PDF from its figure, CSV and XLSX from its table.

One figure, laid out once for its size, is painted on each kind of device, so the picture
is the same in every format (``widgets.figure.outputs``). Pure functions of a request: they
read no widget, and may run in a worker thread.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from explainer_core.chart_files.plan import (
    BASE_SIZE,
    DATA_FORMATS,
    DEFAULT_SCALE,
    FigureSize,
    Paper,
    check_pixel_size,
)
from explainer_core.chart_files.tables import about_text, csv_bytes, xlsx_bytes
from ui.chart_files.chart_figures import (
    DATASETS,
    ChartRequest,
    Datasets,
    build_figure,
    build_table,
    credit,
)
from ui.shell.language import words_for
from widgets.figure.outputs import pdf_bytes, png_bytes, svg_bytes
from widgets.figure.pages import Page
from widgets.figure.sizing import default_scale

PAPER_PAGES = {
    Paper.A4_LANDSCAPE: Page.a4(landscape=True),
    Paper.A4_PORTRAIT: Page.a4(landscape=False),
    Paper.LETTER_LANDSCAPE: Page.letter(landscape=True),
    Paper.LETTER_PORTRAIT: Page.letter(landscape=False),
}


@dataclass(frozen=True)
class FileSpec:
    file_format: str  # png, svg, pdf, csv or xlsx
    size: FigureSize = BASE_SIZE  # in CSS pixels: what the figure is laid out for
    scale: float = DEFAULT_SCALE  # PNG pixels per CSS pixel (sharper, not larger text)
    paper: Paper | None = None  # a PDF on a printed page rather than one the figure's size

    @property
    def pixel_size(self) -> tuple[int, int]:
        return round(self.size.width * self.scale), round(self.size.height * self.scale)


def companion_path(path: Path) -> Path:
    """The text file that says what a CSV is: ``market-movers_fr.csv`` → ``…_fr.txt``."""
    return path.with_suffix(".txt")


def chart_file_bytes(
    request: ChartRequest,
    spec: FileSpec,
    path: Path,
    datasets: Datasets = DATASETS,
    today: dt.date | None = None,
) -> list[tuple[Path, bytes]]:
    """Every file an export of ``request`` as ``spec`` writes, with its bytes: one, or a
    CSV and the text beside it. Raises ``PlanError`` for a raster too large to allocate."""
    written = today or dt.date.today()
    if spec.file_format in DATA_FORMATS:
        table = build_table(request, datasets)
        words = words_for(request.language)
        if spec.file_format == "csv":
            return [
                (companion_path(path), about_text(table, words, written)),
                (path, csv_bytes(table)),
            ]
        return [(path, xlsx_bytes(table, words, written))]
    figure = build_figure(request, datasets)
    width, height = spec.size.width, spec.size.height
    if spec.file_format == "png":
        pixels = spec.pixel_size
        check_pixel_size(*pixels)
        return [(path, png_bytes(figure, pixels, default_scale(width, height) * spec.scale))]
    if spec.file_format == "svg":
        return [(path, svg_bytes(figure, (width, height)))]
    if spec.file_format == "pdf":
        page = PAPER_PAGES[spec.paper] if spec.paper else Page.of_pixels(width, height)
        return [(path, pdf_bytes(figure, page, creator=credit(request.language)))]
    raise ValueError(spec.file_format)
