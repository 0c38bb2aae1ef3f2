"""What an export asks for, checked before anything is drawn: formats, languages, the figure's
size and, for PNG, its pixel density (scale)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from explainer_core.languages import LANGUAGE_CODES

IMAGE_FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
DATA_FORMATS: tuple[str, ...] = ("csv", "xlsx")  # the numbers behind a chart
EXPORT_FORMATS: tuple[str, ...] = IMAGE_FORMATS + DATA_FORMATS
DEFAULT_FORMAT = "png"
DEFAULT_SCALE = 2.0  # PNG pixels per figure unit: a 1200 × 675 figure is 2400 × 1350 pixels
MIN_SCALE = 0.5
MAX_SCALE = 8.0
# The largest raster the app will allocate: 16384 px a side (Qt's own safe limit for
# QImage painting) and 120 million pixels (about 480 MB at 4 bytes a pixel).
MAX_SIDE_PX = 16_384
MAX_PIXELS = 120_000_000
MIN_SIDE_PX = 16
# A chart file name: the chart id, the language, the format: market-timeline_fr.png.
_CHART_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class PlanProblem(str, Enum):
    UNKNOWN_FORMAT = "unknown_format"
    UNKNOWN_LANGUAGE = "unknown_language"
    BAD_SCALE = "bad_scale"
    BAD_SIZE = "bad_size"
    SIZE_TOO_LARGE = "size_too_large"
    SIZE_TOO_SMALL = "size_too_small"
    EMPTY_LIST = "empty_list"


@dataclass(frozen=True)
class PlanError(Exception):
    problem: PlanProblem
    value: str = ""

    def __str__(self) -> str:
        texts = {
            PlanProblem.UNKNOWN_FORMAT: f"unknown format {self.value!r} (choose from "
            + ", ".join(EXPORT_FORMATS)
            + ")",
            PlanProblem.UNKNOWN_LANGUAGE: f"unknown language {self.value!r} (choose from "
            + ", ".join(LANGUAGE_CODES)
            + ")",
            PlanProblem.BAD_SCALE: f"invalid scale {self.value!r} (a number from {MIN_SCALE:g} "
            f"to {MAX_SCALE:g})",
            PlanProblem.BAD_SIZE: f"invalid size {self.value!r} (WIDTHxHEIGHT, e.g. 2000x1125, "
            f"each side from {MIN_FIGURE_SIDE} to {MAX_FIGURE_SIDE})",
            PlanProblem.SIZE_TOO_LARGE: f"image size {self.value} is too large (at most "
            f"{MAX_SIDE_PX} pixels a side and {MAX_PIXELS:,} pixels in all)",
            PlanProblem.SIZE_TOO_SMALL: f"image size {self.value} is too small",
            PlanProblem.EMPTY_LIST: "an empty list",
        }
        return texts[self.problem]


def _split_list(text: str) -> list[str]:
    items = [part.strip().lower() for part in text.split(",")]
    if not any(items):
        raise PlanError(PlanProblem.EMPTY_LIST, text)
    return [item for item in items if item]


def parse_formats(text: str) -> tuple[str, ...]:
    """``"png,svg"`` → ``("png", "svg")``; an unknown format raises ``PlanError``."""
    formats = _split_list(text)
    for item in formats:
        if item not in EXPORT_FORMATS:
            raise PlanError(PlanProblem.UNKNOWN_FORMAT, item)
    return tuple(dict.fromkeys(formats))


def parse_languages(text: str) -> tuple[str, ...]:
    languages = _split_list(text)
    for item in languages:
        if item not in LANGUAGE_CODES:
            raise PlanError(PlanProblem.UNKNOWN_LANGUAGE, item)
    return tuple(dict.fromkeys(languages))


def parse_scale(text: str) -> float:
    """``"2"`` → 2.0; the scale multiplies the chart's on-screen size for PNG."""
    try:
        scale = float(text.replace(",", "."))
    except ValueError as exc:
        raise PlanError(PlanProblem.BAD_SCALE, text) from exc
    if not (MIN_SCALE <= scale <= MAX_SCALE):
        raise PlanError(PlanProblem.BAD_SCALE, text)
    return scale


@dataclass(frozen=True)
class FigureSize:
    """A figure's size in CSS pixels (1/96 inch): what its texts are laid out for. A PNG is
    this many pixels times its scale; an SVG this size; a PDF page this size, unless the
    export asks for a paper size."""

    width: int
    height: int

    def __str__(self) -> str:
        return f"{self.width}x{self.height}"

    @property
    def aspect(self) -> float:
        return self.width / self.height


BASE_SIZE = FigureSize(1200, 675)  # every chart's 1× size: 16:9, the shape of a slide


class Paper(str, Enum):
    """A printed page a PDF can be, instead of a page the size of the figure."""

    A4_LANDSCAPE = "a4-landscape"
    A4_PORTRAIT = "a4-portrait"
    LETTER_LANDSCAPE = "letter-landscape"
    LETTER_PORTRAIT = "letter-portrait"


@dataclass(frozen=True)
class SizePreset:
    key: str
    size: FigureSize
    paper: Paper | None = None  # a PDF of this preset is that paper page


# The sizes people ask for: slides (16:9), social posts (square, portrait), printed pages.
# A paper's size is its page at 96 CSS pixels an inch (A4: 297 × 210 mm).
SIZE_PRESETS: tuple[SizePreset, ...] = (
    SizePreset("slide", BASE_SIZE),
    SizePreset("slide-large", FigureSize(2000, 1125)),
    SizePreset("square", FigureSize(1080, 1080)),
    SizePreset("portrait", FigureSize(1080, 1350)),
    SizePreset("a4-landscape", FigureSize(1123, 794), Paper.A4_LANDSCAPE),
    SizePreset("a4-portrait", FigureSize(794, 1123), Paper.A4_PORTRAIT),
    SizePreset("letter-landscape", FigureSize(1056, 816), Paper.LETTER_LANDSCAPE),
    SizePreset("letter-portrait", FigureSize(816, 1056), Paper.LETTER_PORTRAIT),
)


def size_preset(key: str) -> SizePreset:
    for preset in SIZE_PRESETS:
        if preset.key == key:
            return preset
    raise KeyError(key)


MIN_FIGURE_SIDE = 300
MAX_FIGURE_SIDE = 8000
_SIZE = re.compile(r"^\s*(\d+)\s*[x×X*]\s*(\d+)\s*$")


def parse_size(text: str) -> FigureSize:
    """``"2000x1125"`` (or ``2000×1125``) → ``FigureSize(2000, 1125)``."""
    match = _SIZE.match(text)
    if match is None:
        raise PlanError(PlanProblem.BAD_SIZE, text)
    width, height = int(match.group(1)), int(match.group(2))
    for side in (width, height):
        if not MIN_FIGURE_SIDE <= side <= MAX_FIGURE_SIDE:
            raise PlanError(PlanProblem.BAD_SIZE, text)
    return FigureSize(width, height)


def check_pixel_size(width: int, height: int) -> None:
    """Refuse a raster size before any memory is allocated for it."""
    label = f"{width} × {height}"
    if width < MIN_SIDE_PX or height < MIN_SIDE_PX:
        raise PlanError(PlanProblem.SIZE_TOO_SMALL, label)
    if width > MAX_SIDE_PX or height > MAX_SIDE_PX or width * height > MAX_PIXELS:
        raise PlanError(PlanProblem.SIZE_TOO_LARGE, label)


def export_file_name(chart_id: str, language: str, file_format: str) -> str:
    """``market-timeline_fr.png``: the name proposed for a chart in a language and format."""
    if not _CHART_ID.match(chart_id):
        raise ValueError(f"not a chart id: {chart_id!r}")
    return f"{chart_id}_{language}.{file_format}"
