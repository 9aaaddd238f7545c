"""The police-internal consult PDF: what it says, training marked, no personal metadata."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from pypdf import PdfReader

from intake_app.frontoffice.consult_content import (
    ConsultContent,
    Line,
    OfficerRef,
    SeriesRef,
    SuspectIdentifier,
)
from intake_app.pdf.consult import render_consult

AT = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)


def _content(training: bool) -> ConsultContent:
    return ConsultContent(
        reference="2026-0042",
        station="Bureau Fictief-Noord",
        officer=OfficerRef(id="A100", name="Agent Fictief"),
        intake_created_at=AT,
        consulted_at=AT,
        intake_status="completed",
        training=training,
        decision={
            "contract": 2,
            "category": "C",
            "tsm": "investigation",
            "urgent": ["publication_deadline"],
            "referrals": [{"service": "offlimits", "urgency": "acute"}],
            "flags": ["suspect_age_unknown"],
            "a_field_of_a_newer_contract": "nieuwe waarde",
            "reasons": [{"rule": "R3", "text": "Groep C wordt altijd door de TSM onderzocht."}],
        },
        urgent=[Line(key="safe_now", question="Bent u op dit moment veilig?", answer="ja")],
        needs=[Line(key="report_wish", question="Wilt u aangifte doen?", answer="Nee")],
        suspects=[
            Line(key="suspects#1.known", question="Weet u wie het is?", answer="nee", person=1)
        ],
        identifiers=[SuspectIdentifier(suspect=1, kind="phone", value="06-12345678")],
        series=[SeriesRef(reference="2026-0007", date=date(2026, 2, 1), station=None)],
        account=[Line(key="account", question="Wat is er gebeurd?", answer="Fictief verhaal.")],
        consents=[],
        letters=[],
    )


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_pdf_carries_the_consult_and_new_decision_fields() -> None:
    pdf = render_consult(_content(training=False))
    text = _text(pdf)
    for expected in (
        "2026-0042",
        "Bureau Fictief-Noord",
        "R3: Groep C wordt altijd door de TSM onderzocht.",
        "Deadline voor verspreiden van beelden",
        "leeftijd verdachte onbekend",
        "nieuwe waarde",
        "06-12345678",
        "2026-0007",
        "Fictief verhaal.",
    ):
        assert expected in text, expected
    assert "OEFENING" not in text
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None
    assert all("2026-0042" not in str(value) for value in metadata.values())


def test_a_training_consult_is_marked_on_every_page() -> None:
    pdf = render_consult(_content(training=True))
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert all("OEFENING" in page.extract_text() for page in pages)
