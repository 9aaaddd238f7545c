"""The one escaping function: any text becomes Paragraph markup that prints exactly that text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paraparser import ParaParser

from intake_app.pdf.escape import escape_text, printable_text
from intake_app.pdf.fonts import REGULAR, register_fonts

register_fonts()
STYLE = ParagraphStyle("test", fontName=REGULAR)
MARKUP_ALPHABET = st.sampled_from(list("<>&;/=\"' \nabpbrimgsc#0x\t\r\x00é"))


def parsed(markup: str) -> str:
    """What reportlab's paragraph parser makes of `markup`, as the text it will print."""
    _, fragments, _ = ParaParser().parse(markup, STYLE)
    return "".join("\n" if getattr(f, "lineBreak", False) else f.text for f in fragments)


@given(st.text())
def test_any_text_parses_back_to_itself(text: str) -> None:
    assert parsed(escape_text(text)) == printable_text(text)


@given(st.text(MARKUP_ALPHABET, max_size=60))
def test_markup_like_text_parses_back_to_itself(text: str) -> None:
    assert parsed(escape_text(text)) == printable_text(text)


@settings(max_examples=50)
@given(st.text(max_size=300))
def test_any_text_makes_a_paragraph_that_lays_out(text: str) -> None:
    paragraph = Paragraph(escape_text(text), STYLE)
    paragraph.wrap(400, 10_000)


def test_markup_is_printed_not_obeyed() -> None:
    assert escape_text("<b>vet</b> &nbsp; <img src=x>") == (
        "&lt;b&gt;vet&lt;/b&gt; &amp;nbsp; &lt;img src=x&gt;"
    )


def test_printable_text_composes_and_drops_controls() -> None:
    decomposed = "S\u0327u\u0308kru\u0308"  # Şükrü typed with combining marks
    assert printable_text(decomposed) == "Şükrü"
    assert printable_text("a\tb\r\nc\x00\x07d") == "a b\ncd"


def test_invisible_direction_marks_from_pasted_chat_names_are_dropped() -> None:
    pasted = "\u2068Noor\u2069 \u202eTest\u202c\u200f\ufeff"
    assert printable_text(pasted) == "Noor Test"


def test_runs_of_blank_lines_collapse_so_a_field_cannot_fill_pages() -> None:
    from intake_app.pdf.escape import escape_text, printable_text

    assert printable_text("a\n\n\n \n\nb") == "a\n\nb"
    assert escape_text("a" + "\n" * 10000 + "b").count("<br/>") == 2
    assert printable_text("a\nb\n\nc") == "a\nb\n\nc"
