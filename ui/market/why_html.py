"""Why the markets moved, as rich text for the market tab's labels and its "Why did it
fall?" page: each explanation with its sources, each quote in its original words with a
translation for a reader of another language and who said it."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from explainer_core.data.market_why import WhyItem
from explainer_core.data.sources import SourceRegistry
from explainer_core.formatting import LocaleFormatter
from explainer_core.market.why import quoted
from explainer_core.templates import fill
from ui.shell.source_links import sources_html

INDENT_PX = 14  # a quote sits a little in from the text around it
LINE_GAP_PX = 3  # between the paragraphs of one item
ITEM_GAP_PX = 10  # between two items


def attribution(item: WhyItem, language: str) -> str:
    """ "— Srini Pajjuri, analyst at Raymond James" (the role as the source gives it)."""
    quote = item.quote
    if quote is None:
        return ""
    role = quote.role(language)
    if role:
        return fill(QCoreApplication.translate("WhyTexts", "— %1, %2"), quote.speaker, role)
    return fill(QCoreApplication.translate("WhyTexts", "— %1"), quote.speaker)


def _paragraph(content: str, indent: int = 0, top: int = 0, attributes: str = "") -> str:
    style = f"margin-top:{top}px; margin-bottom:{LINE_GAP_PX}px; margin-left:{indent}px"
    # pre-wrap: Qt's rich text would otherwise turn the narrow no-break spaces of French
    # (before % ; ? !) into plain spaces, where a line may break.
    return f'<p style="{style}; white-space:pre-wrap"{attributes}>{content}</p>'


def _quote_html(item: WhyItem, language: str) -> list[str]:
    quote = item.quote
    if quote is None:
        return []
    original = html.escape(quoted(quote.original, language))
    parts = [_paragraph(f"<i>{original}</i>", INDENT_PX, attributes=f' lang="{quote.language}"')]
    translation = quote.translation(language)
    if translation is not None:
        said = fill(
            QCoreApplication.translate("WhyTexts", "Translation: %1"),
            quoted(translation, language),
        )
        parts.append(_paragraph(html.escape(said), INDENT_PX))
    parts.append(_paragraph(html.escape(attribution(item, language)), INDENT_PX))
    return parts


def item_html(
    item: WhyItem,
    formatter: LocaleFormatter,
    sources: SourceRegistry,
    heading: bool = True,
) -> str:
    """One item: its title (``heading``), its text, the quote if it is one, its sources."""
    language = formatter.language
    parts = []
    if heading:
        parts.append(_paragraph(f"<b>{html.escape(item.title(language))}</b>", top=ITEM_GAP_PX))
    parts.append(_paragraph(html.escape(item.text(language)), top=0 if heading else ITEM_GAP_PX))
    parts += _quote_html(item, language)
    links = sources_html(item.sources, sources, formatter)
    if links:
        parts.append(_paragraph(f"<small>{links}</small>"))
    return "".join(parts)


def items_html(
    items: Iterable[WhyItem], formatter: LocaleFormatter, sources: SourceRegistry
) -> str:
    """The items one after the other, each with its heading."""
    return "".join(item_html(item, formatter, sources) for item in items)
