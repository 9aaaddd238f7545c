"""Paragraph styles, and the one helper that turns text into a Paragraph (escaping it)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from intake_app.pdf.escape import escape_text
from intake_app.pdf.fonts import BOLD, REGULAR, register_fonts

# bulletFontName too: its default is Helvetica, which would land unembedded in the PDF.
BODY = ParagraphStyle(
    "body", fontName=REGULAR, bulletFontName=REGULAR, fontSize=10, leading=14, spaceAfter=6
)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11, spaceAfter=0)
GREY = ParagraphStyle("grey", parent=SMALL, textColor=colors.HexColor("#555555"))
LABEL = ParagraphStyle("label", parent=GREY, fontSize=9, leading=13)
VALUE = ParagraphStyle("value", parent=BODY, spaceAfter=0)
STATION = ParagraphStyle("station", parent=BODY, fontName=BOLD, fontSize=13, leading=16)
HEADING = ParagraphStyle(
    "heading",
    parent=BODY,
    fontName=BOLD,
    fontSize=11,
    leading=15,
    spaceBefore=8,
    spaceAfter=3,
    keepWithNext=1,
)
TITLE = ParagraphStyle("title", parent=BODY, fontName=BOLD, fontSize=16, leading=20, spaceAfter=8)
SUBJECT = ParagraphStyle("subject", parent=VALUE, fontName=BOLD)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=12, bulletIndent=2, spaceAfter=3)
NAME = ParagraphStyle("name", parent=BODY, fontName=BOLD, spaceAfter=0)
PLAIN = ParagraphStyle("plain", parent=BODY, spaceAfter=0)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """Every Paragraph is made here, so all text (ours and the user's) is escaped once."""
    register_fonts()  # a Paragraph looks its font up as soon as it is made
    return Paragraph(escape_text(text), style)


def bullet(text: str) -> Paragraph:
    register_fonts()
    return Paragraph(escape_text(text), BULLET, bulletText="•")
