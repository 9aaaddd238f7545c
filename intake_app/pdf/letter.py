"""A referral letter as a formal Dutch (or English) business letter."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer, Table, TableStyle

from intake_app.pdf.fonts import REGULAR
from intake_app.pdf.layout import Furniture, build_pdf
from intake_app.pdf.styles import (
    BODY,
    GREY,
    HEADING,
    LABEL,
    NAME,
    PLAIN,
    STATION,
    SUBJECT,
    VALUE,
    bullet,
    para,
)
from intake_app.pdf.text_check import ensure_printable
from intake_app.referrals.content import LetterContent, Section
from intake_app.referrals.text import LocalText

DATE = LocalText("Datum", "Date")
REFERENCE = LocalText("Kenmerk", "Reference")
SUBJECT_LABEL = LocalText("Onderwerp", "Subject")
CONFIDENTIAL_TO = LocalText(
    "Vertrouwelijk — alleen voor de geadresseerde", "Confidential — for the addressee only"
)

LABEL_WIDTH = 55 * mm
_TABLE_STYLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # a cell's default font is Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
)


def _facts_table(rows: list[tuple[str, str]], value_style: ParagraphStyle = VALUE) -> Table:
    data = [[para(label, LABEL), para(value, value_style)] for label, value in rows]
    # splitInRow lets one very long value run on over the next page instead of failing.
    return Table(
        data, colWidths=[LABEL_WIDTH, None], style=_TABLE_STYLE, hAlign="LEFT", splitInRow=1
    )


def _section(section: Section) -> list[Flowable]:
    flowables: list[Flowable] = [para(section.heading, HEADING)]
    if section.facts:
        flowables.append(_facts_table([(fact.label, fact.value) for fact in section.facts]))
    flowables.extend(bullet(line) for line in section.lines)
    # Keep a short section together; a long one may split over pages.
    length = sum(len(fact.value) for fact in section.facts) + sum(map(len, section.lines))
    if length < 1500:
        return [KeepTogether(flowables)]
    return flowables


def letter_story(letter: LetterContent) -> list[Flowable]:
    language = letter.language
    station, *station_lines = letter.letterhead
    story: list[Flowable] = [para(station, STATION)]
    story.extend(para(line, GREY) for line in station_lines)
    story.append(Spacer(1, 2 * mm))
    story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey))
    story.append(Spacer(1, 10 * mm))
    story.append(para(CONFIDENTIAL_TO(language), GREY))
    story.extend(para(line, PLAIN) for line in letter.addressee)
    story.append(Spacer(1, 10 * mm))
    story.append(
        _facts_table([(DATE(language), letter.date), (REFERENCE(language), letter.reference)])
    )
    story.append(_facts_table([(SUBJECT_LABEL(language), letter.subject)], SUBJECT))
    story.append(Spacer(1, 8 * mm))
    story.append(para(letter.salutation, BODY))
    story.extend(para(text, BODY) for text in letter.opening)
    for section in letter.sections:
        story.extend(_section(section))
    story.append(Spacer(1, 4 * mm))
    story.extend(para(text, BODY) for text in letter.closing)
    name, *details = letter.signature or ("",)
    story.append(
        KeepTogether(
            [
                para(letter.sign_off, BODY),
                Spacer(1, 14 * mm),  # room for a handwritten signature
                para(name, NAME),
                *(para(line, PLAIN) for line in details),
            ]
        )
    )
    return story


def render_letter(letter: LetterContent, *, accept_warnings: bool = False) -> bytes:
    """The letter as PDF bytes; UnprintableText first if its text cannot print as typed."""
    ensure_printable(letter.texts(), accept_warnings=accept_warnings)
    furniture = Furniture(
        language=letter.language, footer_note=letter.reference, training=letter.training
    )
    return build_pdf(letter_story(letter), furniture)
