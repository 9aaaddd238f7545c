"""The victim's information sheet: short headings, short sentences, the contacts in a table."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer, Table, TableStyle

from intake_app.pdf.fonts import REGULAR
from intake_app.pdf.layout import Furniture, build_pdf
from intake_app.pdf.styles import BODY, GREY, HEADING, NAME, SMALL, STATION, TITLE, bullet, para
from intake_app.pdf.text_check import ensure_printable
from intake_app.referrals.information_sheet import SheetContent

# A little tighter than a letter, so the whole sheet fits on one page to take home.
SHEET_BODY = ParagraphStyle("sheet-body", parent=BODY, leading=13, spaceAfter=4)

_CONTACTS_STYLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # a cell's default font is Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
    ]
)


def sheet_story(sheet: SheetContent) -> list[Flowable]:
    station, *station_lines = sheet.letterhead
    story: list[Flowable] = [para(station, STATION)]
    story.extend(para(line, GREY) for line in station_lines)
    story.append(Spacer(1, 2 * mm))
    story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey))
    story.append(Spacer(1, 4 * mm))
    story.append(para(sheet.title, TITLE))
    story.append(para(f"{sheet.date} · {sheet.reference_label}: {sheet.reference}", GREY))
    story.append(Spacer(1, 3 * mm))
    story.append(para(sheet.emergency, NAME))
    story.append(para(sheet.suicide_prevention, SHEET_BODY))
    for section in sheet.sections:
        parts: list[Flowable] = [para(section.heading, HEADING)]
        parts.extend(para(text, SHEET_BODY) for text in section.paragraphs)
        parts.extend(bullet(text) for text in section.bullets)
        story.append(KeepTogether(parts))
    rows = [
        [
            [para(contact.name, NAME), para(f"{sheet.checked_label} {contact.checked}", GREY)],
            [para(contact.phone, NAME), para(contact.website, SMALL)],
        ]
        for contact in sheet.contacts
    ]
    contacts: list[Flowable] = [para(sheet.contacts_heading, HEADING)]
    if rows:
        contacts.append(
            Table(
                rows, colWidths=[75 * mm, None], style=_CONTACTS_STYLE, hAlign="LEFT", splitInRow=1
            )
        )
    contacts.append(Spacer(1, 4 * mm))
    contacts.append(para(sheet.police, SHEET_BODY))
    story.extend(contacts)
    return story


def render_information_sheet(sheet: SheetContent, *, accept_warnings: bool = False) -> bytes:
    """The sheet as PDF bytes; UnprintableText first if its text cannot print as typed."""
    ensure_printable(sheet.texts(), accept_warnings=accept_warnings)
    furniture = Furniture(
        language=sheet.language, footer_note=sheet.reference, training=sheet.training
    )
    return build_pdf(sheet_story(sheet), furniture)
