"""The band-by-band PNG encoder and the canvas that hands painted rows back (no Qt)."""

from __future__ import annotations

import struct
import sys
import zlib

import numpy as np
import pytest

from explainer_core.chart_files.pixel_canvas import PixelCanvas
from explainer_core.chart_files.png_encoder import CHUNK_ROWS, PngEncoder


def chunks(data: bytes) -> dict[bytes, bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    found, position = {}, 8
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        (crc,) = struct.unpack(">I", data[position + 8 + length : position + 12 + length])
        assert crc == zlib.crc32(body, zlib.crc32(kind))
        found[kind] = body
        position += 12 + length
    return found


def rgb32(red: np.ndarray, green: np.ndarray, blue: np.ndarray) -> np.ndarray:
    return (0xFF << 24 | red.astype(np.uint32) << 16 | green << 8 | blue).astype(np.uint32)


def random_words(rows: int, width: int) -> np.ndarray:
    generator = np.random.default_rng(7)
    channels = generator.integers(0, 256, size=(3, rows, width), dtype=np.uint32)
    return rgb32(*channels)


def decoded(data: bytes, width: int, height: int) -> np.ndarray:
    lines = np.frombuffer(zlib.decompress(chunks(data)[b"IDAT"]), np.uint8)
    lines = lines.reshape(height, 1 + 3 * width)
    assert (lines[:, 0] == 0).all()  # no filter
    return lines[:, 1:].reshape(height, width, 3)


def test_rows_given_in_several_calls_decode_to_the_same_pixels():
    height, width = CHUNK_ROWS * 2 + 5, 13  # more than one chunk, and a partial one
    words = random_words(height, width)
    encoder = PngEncoder(width, height, dots_per_metre=7559)
    encoder.add_rgb32_rows(words[:50])
    encoder.add_rgb32_rows(words[50:])
    data = encoder.finish()
    header = chunks(data)[b"IHDR"]
    assert struct.unpack(">IIBBBBB", header) == (width, height, 8, 2, 0, 0, 0)
    assert struct.unpack(">IIB", chunks(data)[b"pHYs"]) == (7559, 7559, 1)
    pixels = decoded(data, width, height)
    assert (pixels[..., 0] == (words >> 16) & 0xFF).all()
    assert (pixels[..., 1] == (words >> 8) & 0xFF).all()
    assert (pixels[..., 2] == words & 0xFF).all()


def test_missing_or_extra_rows_are_refused():
    encoder = PngEncoder(4, 3)
    encoder.add_rgb32_rows(random_words(2, 4))
    with pytest.raises(ValueError):
        encoder.finish()
    with pytest.raises(ValueError):
        encoder.add_rgb32_rows(random_words(2, 4))
    with pytest.raises(ValueError):
        encoder.add_rgb32_rows(random_words(1, 5))
    with pytest.raises(ValueError):
        PngEncoder(0, 3)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="madvise frees at once on Linux")
def test_released_rows_read_as_zero_and_later_rows_are_kept():
    canvas = PixelCanvas(1024, 64)  # 4 KiB per row: one page
    canvas.words[:] = 0xFF123456
    canvas.release_rows_before(40)
    assert (canvas.words[:40] == 0).all()
    assert (canvas.words[40:] == 0xFF123456).all()
