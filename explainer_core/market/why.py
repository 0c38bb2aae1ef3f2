"""Why the markets moved, as the market tab shows it: which explanations and quotes go
with what the reader looks at (an event's card, a preset, a mover's bar, the "Why did it
fall?" section), and how a quote is set in the reader's language."""

from __future__ import annotations

from explainer_core.data.market_why import MarketWhy, WhyItem
from explainer_core.languages import supported_or_default
from explainer_core.market.movers import Mover
from explainer_core.market.story import Preset

# Each language's quotation marks; French sets a no-break space inside its guillemets.
_QUOTATION_MARKS = {
    "fr": ("«\u00a0", "\u00a0»"),
    "de": ("„", "“"),
    "en": ("“", "”"),
}


def quoted(text: str, language: str) -> str:
    """``text`` between the quotation marks of ``language`` (the reader's), whatever the
    language of the words quoted."""
    opening, closing = _QUOTATION_MARKS[supported_or_default(language)]
    return f"{opening}{text}{closing}"


def why_for_preset(why: MarketWhy, preset: Preset) -> tuple[WhyItem, ...]:
    return why.for_preset(preset.value)


def movers_explained(
    why: MarketWhy, movers: list[Mover]
) -> list[tuple[Mover, tuple[WhyItem, ...]]]:
    """The movers that have explanations, in the movers' order (biggest fall first), each
    with its items in their order."""
    explained = []
    for mover in movers:
        items = why.for_mover(mover.ticker)
        if items:
            explained.append((mover, items))
    return explained
