"""Tab 3: DeepSeek-R1 against the models it was compared with (content in its own issue)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui import tab_ids
from ui.tab_view import IntroOnlyTab


class ModelComparisonView(IntroOnlyTab):
    tab_id = tab_ids.MODELS

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("ModelComparisonView", "Model comparison")

    @classmethod
    def intro_body(cls) -> str:
        return QCoreApplication.translate(
            "ModelComparisonView",
            "This tab will compare DeepSeek-R1 with the OpenAI, Meta, Anthropic and Google "
            "models it was measured against: benchmark scores, training compute and cost, "
            "price and openness. Every figure will come with what it includes.",
        )
