"""Presenter mode (F11): the window full screen and every text larger, for a projector.

Widgets that never set a font follow the application font; those that did (headings,
small print) are scaled one by one, so proportions stay as they were. Leaving the mode
divides by the same factor, which also suits widgets built meanwhile (they were sized
from the larger application font).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from widgets.chart_theme import set_chart_text_scale
from widgets.refresh import announce_appearance_change

FONT_SCALE = 1.25  # on a screen of FULL_SCALE_HEIGHT logical pixels or more
FULL_SCALE_HEIGHT = 1000
NO_SCALE_HEIGHT = 720  # a 720p projector: the charts need all the room, text stays as it is


_active_scale = 1.0  # what presenter mode multiplies the fonts by now (1: it is off)


def font_scale() -> float:
    """The factor fonts are scaled by now: room sized in pixels for a text scales with it."""
    return _active_scale


def font_scale_for(screen_height: int) -> float:
    """How much larger the text gets on a screen this high: the full factor on a 1080p
    projector, less below, none at 720 lines (larger text would crush the charts)."""
    share = (screen_height - NO_SCALE_HEIGHT) / (FULL_SCALE_HEIGHT - NO_SCALE_HEIGHT)
    return 1.0 + (FONT_SCALE - 1.0) * min(max(share, 0.0), 1.0)


def _scale_widget_fonts(factor: float) -> None:
    """Scale the fonts that widgets set themselves (the others follow the application's)."""
    for widget in QApplication.allWidgets():
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            own = widget.font()
            if own.pointSizeF() > 0:
                own.setPointSizeF(own.pointSizeF() * factor)
                widget.setFont(own)


class PresenterMode(QObject):
    """Switches ``window`` in and out of presenter mode; ``toggled`` tells the new state."""

    toggled = Signal(bool)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._active = False
        self._was_maximized = False
        self._normal_font = QFont()
        self._scale = 1.0

    @property
    def is_active(self) -> bool:
        return self._active

    def set_active(self, active: bool) -> None:
        global _active_scale
        if active == self._active:
            return
        self._active = active
        window = self._window
        if active:
            self._was_maximized = window.isMaximized()
            screen = window.screen()
            self._scale = font_scale_for(screen.size().height() if screen else FULL_SCALE_HEIGHT)
            self._normal_font = QApplication.font()
            larger = QFont(self._normal_font)
            larger.setPointSizeF(self._normal_font.pointSizeF() * self._scale)
            QApplication.setFont(larger)
            _scale_widget_fonts(self._scale)
            _active_scale = self._scale
            set_chart_text_scale(self._scale)
            window.showFullScreen()
        else:
            QApplication.setFont(self._normal_font)
            _scale_widget_fonts(1 / self._scale)
            _active_scale = 1.0
            set_chart_text_scale(1.0)
            if self._was_maximized:
                window.showMaximized()
            else:
                window.showNormal()
        announce_appearance_change()  # chart texts are sized from the application font
        self.toggled.emit(active)

    def toggle(self) -> None:
        self.set_active(not self._active)
