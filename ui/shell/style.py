"""The app's widget style: the platform's own (or Fusion, where the theme needs it) with
two corrections that no style setting offers.

* Inactive tabs are not drawn lower than the active one: Fusion's two-pixel drop cut off
  the accent of "É" in "Évolution des marchés".
* Keyboard focus is drawn as a clear two-pixel ring in the highlight colour: the styles'
  dotted or faint focus rectangles are hard to see on tabs, buttons and links.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

FOCUS_RING_PX = 2.0


class AppStyle(QProxyStyle):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            _draw_focus_ring(option, painter)
        else:
            super().drawPrimitive(element, option, painter, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_FocusFrame:  # see LinkFocusRing
            # The frame is a widget of its own, masked to its edge: fill that edge.
            _draw_focus_ring(option, painter, inset=FOCUS_RING_PX / 2, radius=0)
            return
        super().drawControl(element, option, painter, widget)
        # Fusion draws no focus at all on a tab: ring the current tab when the tab bar has
        # the keyboard's focus (not merely the focus the window gives it at start-up).
        keyboard_focus = (
            QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        )
        if (
            element == QStyle.ControlElement.CE_TabBarTabLabel
            and (option.state & keyboard_focus) == keyboard_focus
        ):
            _draw_focus_ring(option, painter)


def _draw_focus_ring(
    option: QStyleOption,
    painter: QPainter,
    inset: float = FOCUS_RING_PX / 2 + 1,
    radius: float = 3,
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, radius > 0)
    painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), FOCUS_RING_PX))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(
        QRectF(option.rect).adjusted(inset, inset, -inset, -inset), radius, radius
    )
    painter.restore()


class LinkFocusRing(QObject):
    """Rings a text whose link has keyboard focus: Qt marks the link itself only with a
    faint dotted outline. A ``QFocusFrame`` (drawn by ``AppStyle``) follows the focus
    onto any label with links, and leaves it when the focus goes elsewhere."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.frame: QFocusFrame | None = None
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.frame is not None and not shiboken6.isValid(self.frame):
            self.frame = None  # it lives in the window of the last label: gone with it
        if isinstance(new, QLabel) and new.textInteractionFlags() & (
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        ):
            if self.frame is None:
                self.frame = QFocusFrame()
            self.frame.setWidget(new)
            self.frame.show()
        elif self.frame is not None:
            self.frame.setWidget(None)
            self.frame.hide()


def style_key(app: QApplication) -> str:
    """The name of the style in use ("fusion", "windows11" …), under the app's corrections."""
    style = app.style()
    return style.key if isinstance(style, AppStyle) else style.name()


def use_style(app: QApplication, key: str | None = None) -> None:
    """Use the style ``key`` (the current one by default) with the app's corrections."""
    app.setStyle(AppStyle(key or style_key(app)))
    if app.findChild(LinkFocusRing) is None:
        LinkFocusRing(app)
