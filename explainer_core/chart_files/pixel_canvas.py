"""A large block of 32-bit pixels of which only the rows being painted take memory.

A 3840 × 2160 export is painted and encoded a band of rows at a time. Painting each band
into its own small image would shift Qt's dash patterns and hatch brushes at every band
edge; painting the whole canvas with a clip keeps every pixel as a single paint would
draw it. The canvas is an anonymous memory mapping: its pages cost nothing until
written, and the rows already encoded are handed back to the system (``madvise``), so
the process holds one band at a time instead of 32 MiB.
"""

from __future__ import annotations

import mmap

import numpy as np

BYTES_PER_PIXEL = 4
# Linux and macOS; elsewhere the painted pages stay until the canvas is dropped, as a
# whole image would.
_CAN_RELEASE = hasattr(mmap, "MADV_DONTNEED") and hasattr(mmap.mmap, "madvise")


class PixelCanvas:
    """``width`` × ``height`` pixels, zero at first; ``buffer`` for a painter's image,
    ``words`` to read them (one uint32 per pixel, row by row)."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.stride = width * BYTES_PER_PIXEL
        size = self.stride * height
        # Private: the pages of a shared mapping would stay allocated after madvise.
        private = {"flags": mmap.MAP_PRIVATE} if hasattr(mmap, "MAP_PRIVATE") else {}
        self.buffer = mmap.mmap(-1, size, **private)
        self.words = np.frombuffer(self.buffer, np.uint32).reshape(height, width)
        self._released = 0  # bytes from the start already handed back

    def release_rows_before(self, row: int) -> None:
        """Hand back the memory of rows ``0 … row - 1`` (whole pages: a page shared with
        row ``row`` is kept for now). They read as zero afterwards."""
        if not _CAN_RELEASE:
            return
        end = row * self.stride // mmap.PAGESIZE * mmap.PAGESIZE
        if end > self._released:
            self.buffer.madvise(mmap.MADV_DONTNEED, self._released, end - self._released)
            self._released = end
