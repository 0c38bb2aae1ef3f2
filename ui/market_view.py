"""Tab 1: how the shock moved the markets (the chart comes with the market timeline issue)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui import tab_ids
from ui.tab_view import IntroOnlyTab


class MarketTimelineView(IntroOnlyTab):
    tab_id = tab_ids.MARKET

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("MarketTimelineView", "Market timeline")

    @classmethod
    def intro_body(cls) -> str:
        return QCoreApplication.translate(
            "MarketTimelineView",
            "This tab will chart how Nvidia, the other chip makers, big tech, power "
            "companies and the indices moved around Monday 27 January 2025. The events "
            "that drove them will be marked on the chart.",
        )
