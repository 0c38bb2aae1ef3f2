"""Write new texts into a chart's existing labels, as a language switch does."""

from __future__ import annotations

from collections.abc import Hashable, Mapping

import pyqtgraph as pg


def set_label_texts(labels: Mapping[Hashable, pg.TextItem], texts: Mapping[Hashable, str]) -> None:
    """Give each label its new text; a label whose text is unchanged is left alone, since
    setting a text lays the item out again."""
    for key, text in texts.items():
        label = labels[key]
        if label.toPlainText() != text:
            label.setText(text)
