"""Page sizes for PDF figures (pure Python): paper sizes, or a page the size of a picture."""

from __future__ import annotations

from dataclasses import dataclass

POINTS_PER_INCH = 72.0
CSS_PIXELS_PER_INCH = 96.0
POINTS_PER_MM = POINTS_PER_INCH / 25.4


@dataclass(frozen=True)
class Page:
    width_pt: float
    height_pt: float

    @classmethod
    def a4(cls, landscape: bool = True) -> Page:
        return cls._paper(210 * POINTS_PER_MM, 297 * POINTS_PER_MM, landscape)

    @classmethod
    def letter(cls, landscape: bool = True) -> Page:
        return cls._paper(8.5 * POINTS_PER_INCH, 11 * POINTS_PER_INCH, landscape)

    @classmethod
    def of_pixels(cls, width: float, height: float) -> Page:
        """A page as large as a ``width`` × ``height`` picture on a 96 dpi screen."""
        factor = POINTS_PER_INCH / CSS_PIXELS_PER_INCH
        return cls(width * factor, height * factor)

    @classmethod
    def _paper(cls, short: float, long: float, landscape: bool) -> Page:
        return cls(long, short) if landscape else cls(short, long)

    @property
    def css_pixels(self) -> tuple[float, float]:
        """The page's size in CSS pixels (1/96 inch): what the layout's scale is chosen for."""
        factor = CSS_PIXELS_PER_INCH / POINTS_PER_INCH
        return self.width_pt * factor, self.height_pt * factor
