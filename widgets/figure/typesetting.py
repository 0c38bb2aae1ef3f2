"""Text roles at one size step: fonts, line pitch, wrapping, and lines placed as texts."""

from __future__ import annotations

from collections.abc import Sequence

from explainer_core.layout.label_placement import Box
from widgets.figure.shapes import PlacedText
from widgets.figure.style import FigureStyle, TextRole
from widgets.figure.text import FontSpec, TextMeasure, balanced_lines, limit_lines, wrap_words


class TextSetter:
    """Sets the figure's texts at one step of the text sizes (1.0 = the style's sizes)."""

    def __init__(self, style: FigureStyle, measure: TextMeasure, step: float) -> None:
        self.style = style
        self.measure = measure
        self.step = step

    def spec(
        self, role: TextRole, bold: bool | None = None, pixels: float | None = None
    ) -> FontSpec:
        look = self.style.look(role)
        size = pixels if pixels is not None else max(look.smallest, look.pixels * self.step)
        return FontSpec(max(1, round(size)), look.bold if bold is None else bold)

    def line_height(self, role: TextRole, spec: FontSpec | None = None) -> float:
        spec = spec or self.spec(role)
        return spec.pixels * self.style.look(role).line_spacing

    def width(self, role: TextRole, text: str, bold: bool | None = None) -> float:
        """The width of the widest line of ``text`` (lines split on "\\n" only)."""
        spec = self.spec(role, bold)
        return max((self.measure.width(spec, line) for line in text.split("\n")), default=0.0)

    def wrap(
        self,
        role: TextRole,
        text: str,
        width: float,
        max_lines: int | None = None,
        bold: bool | None = None,
        balanced: bool = False,
    ) -> list[str]:
        spec = self.spec(role, bold)

        def measure(line: str) -> float:
            return self.measure.width(spec, line)

        lines = (balanced_lines if balanced else wrap_words)(text, width, measure)
        return limit_lines(lines, max_lines, width, measure) if max_lines else lines

    def block_size(
        self, role: TextRole, lines: Sequence[str], spec: FontSpec | None = None
    ) -> tuple[float, float]:
        spec = spec or self.spec(role)
        width = max((self.measure.width(spec, line) for line in lines), default=0.0)
        return width, len(lines) * self.line_height(role, spec)

    def place(
        self,
        role: TextRole,
        lines: Sequence[str],
        x: float,
        top: float,
        align: float = 0.0,
        colour: str | None = None,
        spec: FontSpec | None = None,
        backing: str | None = None,
    ) -> PlacedText:
        """Lines stacked from ``top``; ``x`` is their left edge (align 0), centre (0.5) or
        right edge (1)."""
        spec = spec or self.spec(role)
        pitch = self.line_height(role, spec)
        ascent, descent = self.measure.ascent(spec), self.measure.descent(spec)
        # The glyphs' height centred in the line's pitch.
        baseline_offset = (pitch - ascent - descent) / 2 + ascent
        origins, lefts, rights = [], [], []
        for number, line in enumerate(lines):
            width = self.measure.width(spec, line)
            left = x - align * width
            origins.append((left, top + number * pitch + baseline_offset))
            lefts.append(left)
            rights.append(left + width)
        box = Box(min(lefts, default=x), top, max(rights, default=x), top + len(lines) * pitch)
        return PlacedText(
            role,
            tuple(lines),
            tuple(origins),
            box,
            spec,
            colour or self.style.look(role).colour,
            backing,
            self.style.label_backing_opacity,
        )
