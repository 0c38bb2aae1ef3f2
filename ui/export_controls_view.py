"""Tab 2: the US GPU export restrictions (the full explainer arrives with its own issue)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui import tab_ids
from ui.tab_view import IntroOnlyTab


class ExportControlsView(IntroOnlyTab):
    tab_id = tab_ids.EXPORT_CONTROLS

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("ExportControlsView", "GPU export restrictions")

    @classmethod
    def intro_body(cls) -> str:
        return QCoreApplication.translate(
            "ExportControlsView",
            "This tab will explain what the US rules adopted since 2022 restrict and how "
            "a chip's specifications decide whether it may be sold to China. It will also "
            "show why DeepSeek trained its models on Nvidia H800 chips.",
        )
