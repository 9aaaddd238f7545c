"""The bundled DejaVu Sans, registered with reportlab once, and what it can print."""

from __future__ import annotations

import functools

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from intake_app.paths import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@functools.cache
def register_fonts() -> None:
    """Register both faces and their family once per process (reportlab keeps a global table)."""
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    # <b> and bold styles map to the bundled bold face, never to a built-in Helvetica.
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)


@functools.cache
def _covered_code_points() -> frozenset[int]:
    register_fonts()
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in _FILES]
    return frozenset(set(faces[0]).intersection(*faces[1:]))


def has_glyph(char: str) -> bool:
    """Whether the bundled font prints `char` as itself.

    Characters beyond the Basic Multilingual Plane (most emoji) count as missing even where the
    font has them: reportlab writes their text mapping wrongly, so copy, search and screen
    readers would get other characters than the page shows.
    """
    code_point = ord(char)
    return code_point <= 0xFFFF and code_point in _covered_code_points()
