"""Which explanations go where, and how a quote is set, decided without Qt."""

from __future__ import annotations

import functools

from explainer_core.data.market import load_market
from explainer_core.data.market_why import load_market_why
from explainer_core.market.movers import movers_on
from explainer_core.market.story import Preset
from explainer_core.market.why import movers_explained, quoted, why_for_preset


@functools.cache
def data():
    market = load_market()
    return market, load_market_why(market=market)


def test_a_quote_takes_the_readers_quotation_marks_french_with_no_break_spaces():
    assert quoted("It could mean less demand", "fr") == "«\u00a0It could mean less demand\u00a0»"
    assert quoted("It could mean less demand", "de") == "„It could mean less demand“"
    assert quoted("celles du secteur énergétique", "en") == "“celles du secteur énergétique”"


def test_the_movers_explained_are_those_of_the_data_biggest_fall_first():
    market, why = data()
    explained = movers_explained(why, movers_on(market))
    assert [mover.ticker for mover, _items in explained] == ["VST", "CEG", "NVDA"]
    for mover, items in explained:
        assert items == why.for_mover(mover.ticker)
        assert mover.change_pct < 0


def test_the_power_trade_and_big_tech_presets_have_their_explanations_in_order():
    _market, why = data()
    for preset in (Preset.POWER_TRADE, Preset.BIG_TECH):
        items = why_for_preset(why, preset)
        assert items and [item.order for item in items] == sorted(item.order for item in items)
    assert not why_for_preset(why, Preset.INDICES)
