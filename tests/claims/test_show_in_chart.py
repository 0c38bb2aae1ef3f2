"""From a claim to the chart that illustrates it, and back: the claims tab in the window.

These tests need the main window (the chart tabs); the claims tab's own behaviour is
tested on the tab alone, in test_claims_view.py and test_classroom_mode.py.
"""

from __future__ import annotations

import functools
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from explainer_core.data.claims import Chart, load_claims
from explainer_core.market.story import SHOCK_DAY
from ui.registry import CHARTS, TAB_IDS
from ui.shell.back_to_claim import back_keys
from widgets.localized_axes import epoch_seconds

CHART_TABS = {chart.id: chart.tab_id for chart in CHARTS}
CLAIMS = load_claims()
MODELS_AND_EXPORT = [c for c in CLAIMS if c.chart and CHART_TABS[c.chart.value] != "market"]


@pytest.fixture
def claims_tab(make_window, qtbot):
    def open_view(language: str = "fr"):
        window = make_window(language)
        window.show()
        window.show_tab("claims")
        qtbot.waitExposed(window)
        return window, window.view("claims")

    return open_view


def click_show_in_chart(view, number: int) -> None:
    view.card_list.cards[number].chart_button.click()


def test_the_tab_is_the_fourth_with_ctrl_4(make_window):
    window = make_window()
    assert TAB_IDS[3] == "claims"
    assert window.tab_actions[3].shortcut().toString() == "Ctrl+4"
    window.tab_actions[3].trigger()
    assert window.current_tab_id() == "claims"


# -- to the chart ----------------------------------------------------------------------


def ring_values(market) -> list[tuple[float, float]]:
    xs, ys = market.timeline.focus_marker.getData()
    if xs is None:
        return []
    return list(zip(xs.tolist(), ys.tolist(), strict=True))


def test_nvidia_lost_up_to_18_percent_lands_on_the_timeline_at_the_shock(claims_tab):
    window, view = claims_tab()
    click_show_in_chart(view, 6)
    assert window.current_tab_id() == "market"
    market = window.view("market")
    assert "NVDA" in market.visible_tickers()
    assert market.timeline.highlighted == "NVDA"
    assert market.selected_event == "nvidia-shock"
    # The shock's card names the intraday low the claim is about.
    assert "116,70" in market.timeline.card.text()
    [(x, y)] = ring_values(market)
    assert x == epoch_seconds(SHOCK_DAY)
    assert round(y, 2) == 83.03  # the close, rebased to 100 on Friday 24 January


def test_a_nasdaq_claim_checks_the_index_and_rings_it(claims_tab):
    window, view = claims_tab()
    market = window.view("market")
    assert "^NDX" not in market.visible_tickers()
    click_show_in_chart(view, 7)
    assert window.current_tab_id() == "market"
    assert "^NDX" in market.visible_tickers()
    assert "^NDX" in market.timeline.curves
    assert len(ring_values(market)) == 1
    window.show_tab("claims")
    click_show_in_chart(view, 5)
    assert market.timeline.highlighted == "^IXIC"


def test_the_market_value_claim_highlights_nvidia_among_the_movers(claims_tab):
    window, view = claims_tab()
    click_show_in_chart(view, 1)
    market = window.view("market")
    assert window.current_tab_id() == "market"
    assert market.movers.highlighted == "NVDA"
    assert next(bar for bar in market.movers.bars.bars if bar.key == "NVDA").emphasised
    assert market.show_chart_item("market-movers", "AVGO")
    assert next(bar for bar in market.movers.bars.bars if bar.key == "AVGO").emphasised


@pytest.mark.parametrize(
    ("item", "event"),
    [("2025-01-20", "deepseek-r1-release"), ("2025-04-10", "h20-licence-requirement")],
)
def test_a_date_selects_the_nearest_event_on_the_timeline(make_window, item, event):
    market = make_window().view("market")
    assert market.show_chart_item("market-timeline", item)
    assert market.selected_event == event


def test_the_market_view_refuses_what_it_cannot_show(make_window):
    market = make_window().view("market")
    assert not market.show_chart_item("market-timeline", "not a ticker")
    assert not market.show_chart_item("market-movers", "2025-01-27")
    assert not market.show_chart_item("model-compute", "DeepSeek-V3")


def test_model_and_export_claims_land_on_their_tab_with_their_item(claims_tab, monkeypatch):
    window, view = claims_tab()
    asked = []
    for tab_id in ("models", "export-controls"):
        monkeypatch.setattr(
            type(window.view(tab_id)),
            "show_chart_item",
            lambda _self, chart, item: asked.append((chart, item)) or True,
        )
    for claim in MODELS_AND_EXPORT:
        window.show_tab("claims")
        asked.clear()
        click_show_in_chart(view, claim.number)
        assert window.current_tab_id() == CHART_TABS[claim.chart.value], claim.number
        assert asked == [(claim.chart.value, claim.chart_item or "")], claim.number


def test_every_chart_has_a_tab_and_views_agree_with_the_table(make_window):
    window = make_window()
    assert set(CHART_TABS) == {chart.value for chart in Chart}
    for chart_id, tab_id in CHART_TABS.items():
        assert window.tab_of_chart(chart_id) == tab_id
    for tab_id in TAB_IDS:  # each view draws exactly the charts the registry gives it
        drawn = {panel.chart_id for panel in window.chart_panels(tab_id)}
        assert drawn == {c for c, t in CHART_TABS.items() if t == tab_id}
    assert window.show_chart_item("no-such-chart", "x") is False


# -- and back to the claim -------------------------------------------------------------


def test_back_to_claim_returns_to_its_card_in_view_and_focused(claims_tab, qtbot):
    window, view = claims_tab()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    click_show_in_chart(view, 10)  # far down the list
    assert window.current_tab_id() == "models"
    back = window.back_to_claim
    assert back.isVisible()
    assert back.text() == "← Retour à l’affirmation 10"
    back.click()
    assert window.current_tab_id() == "claims"
    card = view.card_list.cards[10]
    viewport = view.card_list.viewport()
    assert 0 <= card.mapTo(viewport, card.rect().topLeft()).y() < viewport.height()
    assert card.chart_button.hasFocus()
    assert not back.isVisible()  # used: gone


@pytest.mark.parametrize("reading", [False, True])
def test_the_back_keys_go_back_to_the_claim(claims_tab, qtbot, reading):
    """Also from the event card's text, a text browser that has its own use for Alt+←."""
    window, view = claims_tab()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    click_show_in_chart(view, 6)
    market = window.view("market")
    assert window.back_to_claim.shortcut() == back_keys()
    assert window.back_to_claim.focusPolicy() & Qt.FocusPolicy.TabFocus
    target = market
    if reading:
        target = market.timeline.card.body
        target.setFocus()
        qtbot.waitUntil(target.hasFocus)
    qtbot.keyClick(target, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    # A button's shortcut clicks it as a user would see it: after a short animation.
    qtbot.waitUntil(lambda: window.current_tab_id() == "claims")
    qtbot.waitUntil(view.card_list.cards[6].chart_button.hasFocus)


def test_the_way_back_speaks_the_reader_s_language_and_goes_when_they_go_elsewhere(
    claims_tab, qtbot
):
    window, view = claims_tab("fr")
    back = window.back_to_claim
    click_show_in_chart(view, 8)
    assert back.isVisible()
    assert back.text() == "← Retour à l’affirmation 8"
    window.language_actions["en"].trigger()
    qtbot.wait(10)
    assert back.text() == "← Back to claim 8"
    assert back.accessibleName() == "Back to claim 8"
    assert back.isVisible()
    window.show_tab("market")  # the reader's own choice: the way back goes
    assert not back.isVisible()
    window.show_tab("models")
    assert not back.isVisible()  # and does not come back by itself


# -- damaged data ----------------------------------------------------------------------


def test_a_damaged_claims_file_shows_a_message_in_this_view_only(
    make_window, monkeypatch, tmp_path
):
    import ui.claims.view as claims_view
    from explainer_core.data.paths import DATA_DIR

    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    path = copy / "claims.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",wrong,", ",false,", 1), "utf-8")
    monkeypatch.setattr(claims_view, "load_claims", functools.partial(load_claims, copy))
    window = make_window("fr")
    view = window.view("claims")
    assert view.error_panel is not None
    assert "claims.csv" in view.error_panel.findChild(QLabel, "dataErrorDetail").text()
    assert window.view("market").data is not None
