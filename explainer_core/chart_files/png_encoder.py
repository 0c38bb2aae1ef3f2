"""A PNG encoded a few rows at a time, so a large figure is never held whole in memory
(see ``pixel_canvas``).

Rows are stored unfiltered: a chart is mostly flat colour, which zlib compresses about
as well unfiltered as libpng does with its adaptive filters, in under half the time.
"""

from __future__ import annotations

import struct
import sys
import zlib

import numpy as np

SIGNATURE = b"\x89PNG\r\n\x1a\n"
COLOUR_TYPE_RGB = 2
NO_FILTER = 0
PHYS_UNIT_METRE = 1
# zlib level 3: as fast as level 1 on charts, a little smaller; level 6 halves the speed.
DEFAULT_LEVEL = 3
# Rows converted to RGB at a time: 64 rows of 3840 pixels are a 720 KiB buffer.
CHUNK_ROWS = 64
# Where red, green and blue sit in the bytes of a 0xffRRGGBB word (Qt's RGB32).
_RGB_OF_WORD = (2, 1, 0) if sys.byteorder == "little" else (1, 2, 3)


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(data, zlib.crc32(kind))
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


class PngEncoder:
    """Feed ``height`` rows in order with ``add_rgb32_rows``; ``finish()`` gives the file."""

    def __init__(
        self,
        width: int,
        height: int,
        dots_per_metre: int | None = None,
        level: int = DEFAULT_LEVEL,
    ) -> None:
        if width <= 0 or height <= 0:
            raise ValueError(f"a PNG needs a positive size, not {width} × {height}")
        self.width, self.height = width, height
        self._rows_done = 0
        self._compressor = zlib.compressobj(level)
        self._compressed: list[bytes] = []
        header = struct.pack(">IIBBBBB", width, height, 8, COLOUR_TYPE_RGB, 0, 0, 0)
        self._head = SIGNATURE + _chunk(b"IHDR", header)
        if dots_per_metre:
            phys = struct.pack(">IIB", dots_per_metre, dots_per_metre, PHYS_UNIT_METRE)
            self._head += _chunk(b"pHYs", phys)

    def add_rgb32_rows(self, words: np.ndarray) -> None:
        """Append rows given as 0xffRRGGBB words, shape (rows, width) (Qt's RGB32)."""
        rows, width = words.shape
        if width != self.width or self._rows_done + rows > self.height:
            raise ValueError("rows do not fit the image")
        lines = np.empty((min(rows, CHUNK_ROWS), 1 + 3 * width), np.uint8)
        lines[:, 0] = NO_FILTER
        for start in range(0, rows, CHUNK_ROWS):
            chunk = words[start : start + CHUNK_ROWS]
            count = len(chunk)
            channels = chunk.view(np.uint8).reshape(count, width, 4)
            rgb = lines[:count, 1:].reshape(count, width, 3)
            for target, source in enumerate(_RGB_OF_WORD):
                rgb[:, :, target] = channels[:, :, source]
            self._compressed.append(self._compressor.compress(lines[:count]))
        self._rows_done += rows

    def finish(self) -> bytes:
        if self._rows_done != self.height:
            raise ValueError(f"{self._rows_done} of {self.height} rows were given")
        self._compressed.append(self._compressor.flush())
        data = b"".join(self._compressed)
        self._compressed = []
        return self._head + _chunk(b"IDAT", data) + _chunk(b"IEND", b"")
