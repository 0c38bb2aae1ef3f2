"""A text of the data in each interface language."""

from __future__ import annotations

from dataclasses import dataclass

from explainer_core.languages import supported_or_default


@dataclass(frozen=True)
class Translated:
    """One text in French, German and English, as written in the data files."""

    fr: str
    de: str
    en: str

    def text(self, language: str) -> str:
        """The text in ``language``; French when the code is not an interface language."""
        return str(getattr(self, supported_or_default(language)))
