"""Source citations as links, for cards and tooltips: publisher, date, and the link to the page."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from explainer_core.data.sources import SourceRegistry
from explainer_core.formatting import LocaleFormatter
from explainer_core.templates import fill


def sources_html(
    ids: list[str] | tuple[str, ...], registry: SourceRegistry, formatter: LocaleFormatter
) -> str:
    """``Sources: <a href=…>Reuters, 27 Jan 2025</a>; …`` in the interface language.

    The links open in the system browser (the labels showing them set
    ``openExternalLinks``); nothing is fetched by the app.
    """
    parts = []
    for source_id in ids:
        if source_id not in registry:
            continue
        source = registry[source_id]
        text = source.publisher_in(formatter.language)
        if source.published is not None:
            text += ", " + formatter.date(source.published)
        title = html.escape(source.title_in(formatter.language), quote=True)
        parts.append(
            f'<a href="{html.escape(source.url, quote=True)}" title="{title}">'
            f"{html.escape(text)}</a>"
        )
    if not parts:
        return ""
    label = QCoreApplication.translate("SourceLinks", "Sources: %1")
    return fill(label, "; ".join(parts))
