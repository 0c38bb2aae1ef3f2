"""Fonts, measures and line breaking for figure texts.

Fonts are sized in pixels (``QFont.setPixelSize``) of the figure's logical units, never in
points: a point size is turned into pixels with the resolution of the device painted on
(96 dpi for an image, 72 by default for ``QSvgGenerator``), so the same font would be drawn
at 3/4 of its size in an SVG or PDF. Hinting is off, so a text's width is the same at
every scale and on every device, and the layout measured once holds for all of them.

Lines are broken here, on spaces only (a no-break space, as French puts before ``%``,
holds), and every line is drawn at a position of its own: the break points never depend on
the device.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF

ELLIPSIS = "…"
# Never at the start of a line (French sets a space before these) nor, for «, at the end.
NO_BREAK_BEFORE = tuple(":;!?»%")
NO_BREAK_AFTER = ("«",)


@dataclass(frozen=True)
class FontSpec:
    pixels: int
    bold: bool = False


def make_font(families: tuple[str, ...], spec: FontSpec) -> QFont:
    font = QFont()
    font.setFamilies(list(families))
    font.setPixelSize(spec.pixels)
    font.setWeight(QFont.Weight.Bold if spec.bold else QFont.Weight.Normal)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    return font


def resolved_families(preferred: tuple[str, ...]) -> tuple[str, ...]:
    """``preferred`` with the family Qt actually draws with moved to the front, so an SVG
    viewer that has it uses the very font the layout was measured with."""
    probe = QFont()
    probe.setFamilies(list(preferred))
    chosen = QFontInfo(probe).family()
    return (chosen, *(family for family in preferred if family != chosen))


class TextMeasure:
    """Fonts and metrics for one layout. Not shared between threads: each layout makes its
    own, so layouts may run in several threads at once."""

    def __init__(self, families: tuple[str, ...]) -> None:
        self.families = families
        self._metrics: dict[FontSpec, QFontMetricsF] = {}
        self._widths: dict[tuple[FontSpec, str], float] = {}

    def font(self, spec: FontSpec) -> QFont:
        return make_font(self.families, spec)

    def metrics(self, spec: FontSpec) -> QFontMetricsF:
        metrics = self._metrics.get(spec)
        if metrics is None:
            metrics = self._metrics[spec] = QFontMetricsF(self.font(spec))
        return metrics

    def width(self, spec: FontSpec, text: str) -> float:
        key = (spec, text)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = self.metrics(spec).horizontalAdvance(text)
        return width

    def ascent(self, spec: FontSpec) -> float:
        return self.metrics(spec).ascent()

    def descent(self, spec: FontSpec) -> float:
        return self.metrics(spec).descent()


def _break_word(word: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """A word wider than the line, cut between characters (a long URL in a source line)."""
    pieces, current = [], ""
    for character in word:
        if current and measure(current + character) > width:
            pieces.append(current)
            current = character
        else:
            current += character
    return [*pieces, current] if current else pieces


def _words(paragraph: str) -> list[str]:
    """The paragraph's breakable pieces: words, with French punctuation kept on the word
    it follows (``décident :``) or precedes (``« inconnue``)."""
    words: list[str] = []
    for word in paragraph.split(" "):
        if not word:
            continue
        if words and (word.startswith(NO_BREAK_BEFORE) or words[-1].endswith(NO_BREAK_AFTER)):
            words[-1] += " " + word
        else:
            words.append(word)
    return words


def wrap_words(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` broken into lines no wider than ``width``, on spaces; "\\n" starts a line."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in _words(paragraph):
            candidate = f"{current} {word}" if current else word
            if measure(candidate) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            if measure(word) <= width:
                current = word
            else:
                *whole, current = _break_word(word, width, measure)
                lines.extend(whole)
        lines.append(current)
    return lines if any(lines) else []


def balanced_lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Like ``wrap_words``, in as few lines, but as narrow as that allows: a headline's last
    line is not left with a single word."""
    lines = wrap_words(text, width, measure)
    if len(lines) <= 1:
        return lines
    low, high = width / 2, width
    for _ in range(12):  # a fraction of a pixel is close enough
        middle = (low + high) / 2
        if len(wrap_words(text, middle, measure)) == len(lines):
            high = middle
        else:
            low = middle
    return wrap_words(text, high, measure)


def limit_lines(
    lines: list[str], max_lines: int, width: float, measure: Callable[[str], float]
) -> list[str]:
    """At most ``max_lines`` lines; the last one kept ends with an ellipsis, cut after a
    whole word when it can be (the full text stays in the file's metadata)."""
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and measure(last + " " + ELLIPSIS) > width:
        cut = last.rfind(" ")
        last = last[:cut] if cut > 0 else last[:-1]
    kept[-1] = (last + " " + ELLIPSIS) if last else ELLIPSIS
    return kept
