"""The one way text reaches a reportlab Paragraph.

Paragraph text is reportlab's own mini-markup: '<b>', '&nbsp;' or an unbalanced '<' in a name
or a URL would be read as markup (or crash the parser). escape_text turns any string into
markup that prints exactly those characters. Runs of spaces still collapse, as in any
paragraph; control characters, which have no printed form, are dropped.
"""

from __future__ import annotations

import unicodedata

_KEEP = {"\n"}


def printable_text(text: str) -> str:
    """Text as it will print: NFC (so 'Ş' is one glyph, not S plus a loose cedilla), newlines
    unified, tabs as spaces, other control characters dropped."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", " ")
    return "".join(char for char in text if char in _KEEP or unicodedata.category(char) != "Cc")


def escape_text(text: str) -> str:
    """Paragraph markup that prints `text` verbatim (see printable_text); newlines become breaks."""
    escaped = printable_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\n", "<br/>")
