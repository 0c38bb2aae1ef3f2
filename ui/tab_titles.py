"""The tabs' titles, readable before any view module is imported (the window shows all four
titles at start-up but builds only the first tab's view)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.tab_ids import CLAIMS, EXPORT_CONTROLS, MARKET, MODELS


def tab_title(tab_id: str) -> str:
    # Each view's own translation context, so Linguist shows the title beside its view.
    if tab_id == MARKET:
        return QCoreApplication.translate("MarketTimelineView", "Market timeline")
    if tab_id == EXPORT_CONTROLS:
        return QCoreApplication.translate("ExportControlsView", "GPU export restrictions")
    if tab_id == MODELS:
        return QCoreApplication.translate("ModelComparisonView", "Model comparison")
    if tab_id == CLAIMS:
        return QCoreApplication.translate("ClaimsView", "The article, checked")
    raise KeyError(tab_id)
