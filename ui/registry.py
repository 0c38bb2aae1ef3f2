"""The one list of the app's tabs and charts: ids, titles, where each view lives, which
charts it shows and which sources it cites.

The window, the command line, the claims' "Show in chart" links, Help ▸ Sources, chart
export and the packaging recipe all read it. Light on purpose: the command line imports it
before Qt, and the window reads the titles before any view module is imported.
"""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for Qt Linguist under ``context``; translated when shown."""
    return text


@dataclass(frozen=True)
class ChartEntry:
    id: str  # also the file name's stem: market-timeline_fr.png
    tab_id: str
    context: str  # Linguist context of the name
    name_source: str  # the chart's short name, in English, as written for lupdate

    @property
    def figures_module(self) -> str:
        """The core module whose ``BUILDERS`` draw this chart for files (no Qt)."""
        return FIGURES_MODULES[self.tab_id]

    def name(self) -> str:
        """The chart's short name in the interface language (lists, links)."""
        return _translate(self.context, self.name_source)


@dataclass(frozen=True)
class TabEntry:
    id: str  # the command line's --tab value
    module: str  # imported when the tab is first shown
    view_class: str
    title_source: str  # in English, translated in the view class's context
    source_subject: str  # the file of resources/data/sources/ its sources are listed in

    def title(self) -> str:
        return _translate(self.view_class, self.title_source)

    @property
    def chart_ids(self) -> tuple[str, ...]:
        return tuple(chart.id for chart in CHARTS if chart.tab_id == self.id)


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


MARKET = "market"
CHIP_CONTROLS = "export-controls"  # the tab of the US export controls on chips
MODELS = "models"
CLAIMS = "claims"

# The core module of each tab's figure and table builders (``explainer_core.charts``).
FIGURES_MODULES: dict[str, str] = {
    MARKET: "explainer_core.market.figures",
    CHIP_CONTROLS: "explainer_core.chip_controls.figures",
    MODELS: "explainer_core.models.figures",
}

# In tab order.
TABS: tuple[TabEntry, ...] = (
    TabEntry(
        MARKET,
        "ui.market.view",
        "MarketTimelineView",
        QT_TRANSLATE_NOOP("MarketTimelineView", "Market timeline"),
        "market",
    ),
    TabEntry(
        CHIP_CONTROLS,
        "ui.chip_controls.view",
        "ChipControlsView",
        QT_TRANSLATE_NOOP("ChipControlsView", "GPU export restrictions"),
        "export_controls",
    ),
    TabEntry(
        MODELS,
        "ui.models.view",
        "ModelComparisonView",
        QT_TRANSLATE_NOOP("ModelComparisonView", "Model comparison"),
        "models",
    ),
    TabEntry(
        CLAIMS,
        "ui.claims.view",
        "ClaimsView",
        QT_TRANSLATE_NOOP("ClaimsView", "The article, checked"),
        "claims",
    ),
)
TAB_IDS: tuple[str, ...] = tuple(tab.id for tab in TABS)

# In the order of the tabs, then as each tab shows them.
CHARTS: tuple[ChartEntry, ...] = (
    ChartEntry("market-timeline", MARKET, "Charts", QT_TRANSLATE_NOOP("Charts", "Market timeline")),
    ChartEntry(
        "market-movers",
        MARKET,
        "Charts",
        QT_TRANSLATE_NOOP("Charts", "Moves on the day of the shock"),
    ),
    ChartEntry(
        "export-rules-timeline",
        CHIP_CONTROLS,
        "Charts",
        QT_TRANSLATE_NOOP("Charts", "Timeline of the export rules"),
    ),
    ChartEntry(
        "chip-classification",
        CHIP_CONTROLS,
        "Charts",
        QT_TRANSLATE_NOOP("Charts", "Chip classification"),
    ),
    ChartEntry(
        "model-benchmarks", MODELS, "Charts", QT_TRANSLATE_NOOP("Charts", "Benchmark scores")
    ),
    ChartEntry("model-compute", MODELS, "Charts", QT_TRANSLATE_NOOP("Charts", "Training compute")),
    ChartEntry("model-price", MODELS, "Charts", QT_TRANSLATE_NOOP("Charts", "API prices")),
)
CHART_IDS: tuple[str, ...] = tuple(chart.id for chart in CHARTS)


def tab(tab_id: str) -> TabEntry:
    for entry in TABS:
        if entry.id == tab_id:
            return entry
    raise KeyError(tab_id)


def chart(chart_id: str) -> ChartEntry:
    for entry in CHARTS:
        if entry.id == chart_id:
            return entry
    raise KeyError(chart_id)


def tab_title(tab_id: str) -> str:
    """A tab's title in the interface language, readable before its view is imported."""
    return tab(tab_id).title()
