"""A live preview of the figure as the file will show it: the same layout, at the chosen
size, scaled down to the room the dialog gives it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from explainer_core.chart_files.plan import FigureSize
from explainer_core.figure import Figure
from widgets.figure.outputs import render_image
from widgets.figure.sizing import default_scale

DEBOUNCE_MS = 120  # typing a title repaints once the typing pauses
MINIMUM = QSize(320, 240)


class FigurePreview(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figurePreview")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(MINIMUM)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._source: Callable[[], tuple[Figure, FigureSize] | None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.redraw_now)

    def show_figure_of(self, source: Callable[[], tuple[Figure, FigureSize] | None]) -> None:
        """Where the figure comes from; it is asked again at every ``redraw``."""
        self._source = source
        self.redraw()

    def redraw(self) -> None:
        self._timer.start()

    def redraw_now(self) -> None:
        self._timer.stop()
        shown = self._source() if self._source else None
        if shown is None:
            self.clear()
            return
        figure, size = shown
        room = self.contentsRect().size()
        factor = min(room.width() / size.width, room.height() / size.height)
        factor *= self.devicePixelRatioF()
        pixels = (max(1, round(size.width * factor)), max(1, round(size.height * factor)))
        # The file's own layout (its scale for its size), only painted smaller.
        scale = default_scale(size.width, size.height) * factor
        image = render_image(figure, pixels, scale)
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self.setPixmap(QPixmap.fromImage(image))
        self.setAccessibleDescription(figure.alternative_text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.redraw()
