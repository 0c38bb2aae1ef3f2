"""Source citations as links, for cards and tooltips: publisher, date, and the link to the page."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication

from explainer_core.data.sources import Source, SourceRegistry
from explainer_core.formatting import LocaleFormatter
from explainer_core.templates import fill


def _link_text(source: Source, formatter: LocaleFormatter) -> str:
    text = source.publisher_in(formatter.language)
    if source.published is not None:
        text += ", " + formatter.date(source.published)
    return text


def _short_title(title: str) -> str:
    """A document's title up to its first qualification: "Publication sur DeepSeek-R1"
    of "Publication sur DeepSeek-R1, arXiv:2501.12948 v1 (tableau 2 : …)"."""
    return re.split(r",\s|\s\(|\s?;\s", title, maxsplit=1)[0]


def sources_html(
    ids: list[str] | tuple[str, ...], registry: SourceRegistry, formatter: LocaleFormatter
) -> str:
    """``Sources: <a href=…>Reuters, 27 Jan 2025</a>; …`` in the interface language.

    The links open in the system browser (the labels showing them set
    ``openExternalLinks``); nothing is fetched by the app.
    """
    cited = [registry[source_id] for source_id in dict.fromkeys(ids) if source_id in registry]
    texts = [_link_text(source, formatter) for source in cited]
    parts = []
    for source, text in zip(cited, texts, strict=True):
        if texts.count(text) > 1:  # two papers on arXiv: tell them apart by their titles
            text = f"{text} · {_short_title(source.title_in(formatter.language))}"
        title = html.escape(source.title_in(formatter.language), quote=True)
        parts.append(
            f'<a href="{html.escape(source.url, quote=True)}" title="{title}">'
            f"{html.escape(text)}</a>"
        )
    if not parts:
        return ""
    label = QCoreApplication.translate("SourceLinks", "Sources: %1")
    return fill(label, formatter.semicolon_list(parts))
