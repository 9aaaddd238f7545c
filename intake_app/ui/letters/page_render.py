"""PDF pages to pixels without Qt, so it can run on a worker thread (ui/worker.py).

Printing rendered its pages with QtPdf on the window's thread (0.1-0.6 s a page), because Qt
on a worker once deadlocked PySide6. PDFium through pypdfium2 needs no Qt: the worker renders
a page to plain bytes and the window's thread only paints them, in bands (print_job.py).
PDFium itself is not thread-safe, so one lock serialises every call into it.
"""

from __future__ import annotations

import ctypes
import mmap
import threading
from dataclasses import dataclass
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c

POINTS_PER_INCH = 72
_PDFIUM = threading.Lock()


@dataclass(frozen=True)
class RenderedPage:
    """One page as 32-bit pixels (B, G, R, unused: Qt's Format_RGB32 on little-endian)."""

    number: int
    page_count: int
    width: int
    height: int
    stride: int
    pixels: memoryview
    width_points: float
    height_points: float


def _bitmap_in_fresh_pages(
    width: int, height: int, format: int, rev_byteorder: bool = False
) -> Any:
    """A bitmap whose memory comes from an anonymous mapping: the kernel hands out zeroed
    pages lazily, where a ctypes array would first be zero-filled while holding the GIL
    (35 MB at 300 dpi, tens of milliseconds the window's thread would wait for)."""
    stride = width * 4
    pages = mmap.mmap(-1, stride * height)
    buffer = (ctypes.c_ubyte * (stride * height)).from_buffer(pages)
    return pypdfium2.PdfBitmap.new_native(
        width, height, format, rev_byteorder, buffer=buffer, stride=stride
    )


def render_page(pdf: bytes, number: int, dpi: int) -> RenderedPage:
    with _PDFIUM:
        document = pypdfium2.PdfDocument(pdf)
        try:
            page = document[number]
            width_points, height_points = page.get_size()
            bitmap = page.render(
                scale=dpi / POINTS_PER_INCH,
                force_bitmap_format=pdfium_c.FPDFBitmap_BGRx,
                may_draw_forms=False,
                bitmap_maker=_bitmap_in_fresh_pages,
            )
            try:
                # The pixel buffer is memory this process mapped (new_native with our buffer),
                # so it outlives the bitmap; no copy here, where 35 MB would hold the GIL.
                pixels = memoryview(bitmap.buffer).cast("B")
                return RenderedPage(
                    number,
                    len(document),
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    pixels,
                    width_points,
                    height_points,
                )
            finally:
                bitmap.close()
                page.close()
        finally:
            document.close()
