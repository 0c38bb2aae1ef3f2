"""What the files hold: text as text, portable strokes, metadata, embedded fonts, the
requested sizes; and painting in worker threads."""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from image_comparison import grey_from_png
from PySide6.QtGui import QImage
from synthetic_figures import BUILDERS

from widgets.figure import Page, default_scale, pdf_bytes, png_bytes, render_image, svg_bytes

MAX_SCALE_IN_TRANSFORM = 10.0


@pytest.fixture(scope="module")
def figure(qapp):
    return BUILDERS["market-timeline"]("fr")


@pytest.fixture(scope="module")
def svg(figure) -> str:
    return svg_bytes(figure, (1200, 675)).decode("utf-8")


def test_svg_keeps_every_text_as_text(figure, svg):
    texts = " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))
    assert "Nvidia et le marché autour du 27 janvier 2025" in texts
    for label in (
        "Choc DeepSeek",
        "Rebond de Nvidia",
        "Indice (jour de référence = 100)",
        "27 janv.",
    ):
        assert label in texts
    assert "<image" not in svg


def test_svg_names_fonts_with_a_generic_fallback(svg):
    families = set(re.findall(r'<text[^>]*font-family="([^"]*)"', svg))
    assert families
    assert all(family.split(",")[-1].strip() == "sans-serif" for family in families), families
    assert all(
        re.search(r'font-size="\d+(\.\d+)?"', tag) for tag in re.findall(r"<text[^>]*>", svg)
    )


def test_svg_strokes_are_portable(svg):
    assert "non-scaling-stroke" not in svg
    assert "clip-path" not in svg  # lines and hatching are cut in the layout
    for a, b, c, d, _e, _f in (
        map(float, match.split(",")) for match in re.findall(r'transform="matrix\(([^)]*)\)"', svg)
    ):
        scale = max(abs(a), abs(b), abs(c), abs(d))
        assert scale <= MAX_SCALE_IN_TRANSFORM
    assert "stroke-dasharray" in svg  # dashed rules and series are dashes


def test_svg_is_svg_1_1_with_title_description_language_and_size(figure, svg):
    root = re.search(r"<svg\b[^>]*>", svg).group(0)
    assert 'version="1.1"' in root
    assert 'width="1200"' in root and 'height="675"' in root
    assert 'viewBox="0 0 1200 675"' in root
    assert 'xml:lang="fr"' in root
    assert f"<title>{figure.title}</title>" in svg
    assert f"<desc>{figure.description}</desc>" in svg


def test_svg_of_another_size_scales_its_view_box(figure):
    svg = svg_bytes(figure, (2400, 1350)).decode("utf-8")
    root = re.search(r"<svg\b[^>]*>", svg).group(0)
    assert 'width="2400"' in root
    assert 'viewBox="0 0 1200 675"' in root  # the same layout, drawn twice as large


def test_pdf_has_title_subject_creator_and_language(figure):
    import pypdfium2

    data = pdf_bytes(figure, Page.a4(landscape=True), creator="DeepSeek Shock Explainer")
    document = pypdfium2.PdfDocument(data)
    try:
        metadata = document.get_metadata_dict()
        assert metadata["Title"] == figure.title
        assert metadata["Subject"] == figure.description
        assert metadata["Creator"] == "DeepSeek Shock Explainer"
        assert len(document) == 1
        width, height = document[0].get_size()
        assert (round(width), round(height)) == (842, 595)
    finally:
        document.close()
    assert b"/Lang <FEFF00660072>" in data  # "fr", in the catalog's update


def test_pdf_embeds_its_fonts_and_keeps_text_as_text(figure):
    data = pdf_bytes(figure)
    descriptors = re.findall(rb"/Type\s*/FontDescriptor\b", data)
    embedded = re.findall(rb"/FontFile[23]?\b", data)
    assert descriptors and len(embedded) == len(descriptors)
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    assert "Choc DeepSeek" in text
    assert "Nvidia et le marché" in text


def test_png_is_the_size_asked_with_its_title_and_description(figure):
    data = png_bytes(figure, (1920, 1080))
    image = QImage.fromData(data)
    assert (image.width(), image.height()) == (1920, 1080)
    assert image.text("Title") == figure.title
    assert image.text("Description") == figure.description
    # 3840 × 2160 is 3.2 times 1200 × 675: the same layout, painted larger.
    assert default_scale(3840, 2160) == pytest.approx(3.2)
    assert round(image.dotsPerMeterX() * 0.0254) == round(96 * 1.6)
    chunks = re.findall(rb"(?:tEXt|iTXt|zTXt)", data)
    assert chunks


def test_an_image_for_the_clipboard_is_opaque(figure):
    image = render_image(figure, (600, 338))
    assert not image.hasAlphaChannel()
    assert image.pixelColor(2, 2).name() == "#ffffff"


def test_figures_paint_in_worker_threads_as_on_the_main_thread(qapp):
    figures = [
        BUILDERS[name](language)
        for name, language in (
            ("market-timeline", "fr"),
            ("chip-classification", "de"),
            ("model-benchmarks", "en"),
            ("export-rules-timeline", "de"),
        )
    ]
    expected = [png_bytes(figure, (800, 450)) for figure in figures]
    threads_seen = set()

    def export(figure) -> tuple[bytes, bytes, bytes]:
        threads_seen.add(threading.get_ident())
        return png_bytes(figure, (800, 450)), svg_bytes(figure), pdf_bytes(figure)

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(export, figures))
    assert threading.get_ident() not in threads_seen
    for figure, (png, svg, pdf), reference in zip(figures, results, expected, strict=True):
        # Glyph caches may shade an edge pixel one level apart, even on one thread.
        difference = np.abs(grey_from_png(png).astype(int) - grey_from_png(reference))
        assert difference.max() <= 4, figure.figure_id
        assert svg.startswith(b"<?xml") and pdf.startswith(b"%PDF")
