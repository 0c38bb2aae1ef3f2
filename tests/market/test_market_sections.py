"""Each section of the market tab, built alone: what it shows and what it asks for."""

from __future__ import annotations

import pytest
from market_fixtures import *  # noqa: F403 (the fixtures: see that module)

from explainer_core.data.market import load_market
from explainer_core.data.sources import load_sources
from explainer_core.market.story import Preset


@pytest.fixture
def section(qtbot, language_service):
    """Build one section with the market data, in French."""

    def make(kind, *args):
        language = language_service("fr")
        data = load_market()
        widget = kind(language, data, *args)
        qtbot.addWidget(widget)
        widget.update_texts()
        return widget, data

    return make


def test_the_instrument_column_asks_for_a_preset_by_its_id(section, qtbot):
    from ui.market.instrument_column import InstrumentColumn
    from ui.market.series_styles import SeriesStyles

    column, _ = section(InstrumentColumn, SeriesStyles(load_market()))
    assert column.preset_buttons[Preset.THE_SHOCK].text() == "Le choc"
    with qtbot.waitSignal(column.presetChosen) as signal:
        column.preset_buttons[Preset.POWER_TRADE].click()
    assert signal.args == [Preset.POWER_TRADE.value]


def test_the_instrument_column_tells_the_checked_tickers(section, qtbot):
    from ui.market.instrument_column import InstrumentColumn
    from ui.market.series_styles import SeriesStyles

    column, _ = section(InstrumentColumn, SeriesStyles(load_market()))
    column.set_selected(["NVDA"])
    with qtbot.waitSignal(column.selectionChanged) as signal:
        column.picker.set_checked("CEG", True)
    assert signal.args == [["NVDA", "CEG"]]


def test_the_movers_section_emphasises_the_bar_a_claim_asks_for(section):
    from ui.market.movers_section import MoversSection

    movers, _ = section(MoversSection, load_sources())
    movers.chart.bring_up_to_date()
    strong = {bar.key for bar in movers.bars.bars if bar.emphasised}
    assert strong == {"NVDA"}
    movers.emphasise("AVGO")
    assert {bar.key for bar in movers.bars.bars if bar.emphasised} == {"NVDA", "AVGO"}
    assert "116,70" in movers.headline.text()


@pytest.fixture
def request_release(language_service):
    """Release a whole tab view at the end of the test, before ``language_service`` closes
    every window left (its menus, released one by one, would be deleted twice)."""
    from market_fixtures import release_views

    views = []
    yield views.append
    release_views(views)


def test_a_damaged_file_of_explanations_takes_them_away_and_nothing_else(
    request_release, language_service, shipped_market_data, monkeypatch, qtbot
):
    import ui.market.view as market_module
    import ui.shell.tab_view as tab_view_module
    from explainer_core.data.errors import DataError, Problem
    from ui.market.view import MarketTimelineView

    data, sources = shipped_market_data

    def damaged(**_kwargs):
        raise DataError(Problem.MISSING_FILE, "market_why.csv")

    monkeypatch.setattr(tab_view_module, "load_sources", lambda: sources)
    monkeypatch.setattr(market_module, "load_market", lambda sources=None: data)
    monkeypatch.setattr(market_module, "load_market_why", damaged)
    view = MarketTimelineView(language_service("en"))
    request_release(view)
    assert view.data is not None and view.timeline.curves  # the tab works
    assert view.why_section.error_panel is not None
    assert "market_why.csv" in view.why_section.error_panel.detail.text()
    assert not view.timeline.card.details_html()
    assert not view.movers.why_label.isVisibleTo(view.movers)
    view.apply_preset(Preset.POWER_TRADE)
    assert view.timeline.card.title_label.text() == view.data.events[4].title("en")
