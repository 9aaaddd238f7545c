"""The one way text reaches a reportlab Paragraph.

Paragraph text is reportlab's own mini-markup: '<b>', '&nbsp;' or an unbalanced '<' in a name
or a URL would be read as markup (or crash the parser). escape_text turns any string into
markup that prints exactly those characters. Runs of spaces still collapse, as in any
paragraph, and so do runs of blank lines (one stays); control characters and direction marks,
which have no printed form, are dropped.
"""

from __future__ import annotations

import re
import unicodedata

_KEEP = {"\n"}
_BLANK_RUN = re.compile(r"\n(?:[ ]*\n){2,}")
# Direction marks, embeddings and isolates, and the byte-order mark: text pasted from chats is
# full of them. They have no printed form and reportlab orders no text by them, so they go.
_INVISIBLE = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)


def printable_text(text: str) -> str:
    """Text as it will print: NFC (so 'Ş' is one glyph, not S plus a loose cedilla), newlines
    unified, tabs as spaces, other control characters and invisible direction marks dropped."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", " ")
    kept = "".join(
        char
        for char in text
        if char in _KEEP or (unicodedata.category(char) != "Cc" and char not in _INVISIBLE)
    )
    # At most one blank line in a row: 10,000 line breaks must not make a 200-page letter.
    return _BLANK_RUN.sub("\n\n", kept)


def escape_text(text: str) -> str:
    """Paragraph markup that prints `text` verbatim (see printable_text); newlines become breaks."""
    escaped = printable_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\n", "<br/>")
