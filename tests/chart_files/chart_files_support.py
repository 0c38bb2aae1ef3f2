"""What the chart-file tests share: the charts, requests for them, and decoding files."""

from __future__ import annotations

import io

import numpy as np
from PySide6.QtGui import QImage

from ui.registry import CHARTS

CHART_IDS = tuple(chart.id for chart in CHARTS)
LANGUAGES = ("fr", "de", "en")


def image_of(png: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(png, "PNG")
    return image


def pdf_text_and_subject(pdf: bytes) -> tuple[str, str, str]:
    """The PDF's page text, its Subject and its Title, as PDFium reads them."""
    import pypdfium2

    document = pypdfium2.PdfDocument(io.BytesIO(pdf))
    text = document[0].get_textpage().get_text_range()
    metadata = document.get_metadata_dict()
    return text, metadata.get("Subject", ""), metadata.get("Title", "")


def ink(image: QImage) -> float:
    """How much of the image is not white: a blank image has none."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = np.frombuffer(grey.constBits(), np.uint8, grey.bytesPerLine() * grey.height())
    return float((data < 200).mean())
