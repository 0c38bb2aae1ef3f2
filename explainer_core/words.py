"""Interface words in a given language, for code that writes texts without Qt.

The figure and table builders write chart titles, axis titles and notes in the language of
the figure, which need not be the interface's (Export all writes every language). They
receive a ``Words``: its ``translate(context, text)`` returns the catalogue's translation,
like ``QCoreApplication.translate``, for one language. Write the English text as a literal
in each call, so that lupdate finds it (``words.translate("MarketFigures", "Close")``).
"""

from __future__ import annotations

from typing import Protocol


class Words(Protocol):
    language: str

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str: ...


class EnglishWords:
    """The source texts themselves: English, or tests that need no catalogue."""

    language = "en"

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return text if n < 0 else text.replace("%n", str(n))
