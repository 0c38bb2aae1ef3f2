"""A pyqtgraph TextItem whose background stays under its text in exported figures.

On its first paint in a scene, ``pg.TextItem`` replaces the painter's transform with its
own scene transform. On screen the two agree; when the scene is rendered into an offset
or scaled target (a chart export), the background box lands elsewhere than the text. This
subclass keeps the painter's mapping to the target and only swaps in the item's new
scene transform.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt


class SteadyTextItem(pg.TextItem):
    def paint(self, painter, *args) -> None:
        scene = self.scene()
        if scene is not self._lastScene:
            if self._lastScene is not None:
                self._lastScene.sigPrepareForPaint.disconnect(self.updateTransform)
            self._lastScene = scene
            if scene is not None:
                scene.sigPrepareForPaint.connect(self.updateTransform)
            inverse, invertible = self.sceneTransform().inverted()
            # What the painter adds to the item's scene transform: the target's own mapping.
            target = inverse * painter.transform() if invertible else painter.transform()
            self.updateTransform()
            painter.setTransform(self.sceneTransform() * target)
        if self.border.style() != Qt.PenStyle.NoPen or self.fill.style() != Qt.BrushStyle.NoBrush:
            painter.setPen(self.border)
            painter.setBrush(self.fill)
            painter.setRenderHint(painter.RenderHint.Antialiasing, True)
            painter.drawPolygon(self.textItem.mapToParent(self.textItem.boundingRect()))
