"""The consult as a police-internal PDF, for the phone call with the TSM frontoffice (R1).

The same content as the sealed package (intake_app/frontoffice/consult_content.py), in the
order the frontoffice asks for it: triage and reasons, urgent matters, needs and wishes,
suspects and identifiers, possible series, the account, consents and letters. Dutch only:
it stays inside the police. The decision is read generically, so fields of newer triage
contract versions still print.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer, Table, TableStyle

from intake_app.forms.model import IDENTIFIER_KINDS
from intake_app.frontoffice.consult_content import ConsultContent, Line
from intake_app.pdf.fonts import REGULAR
from intake_app.pdf.layout import Furniture, build_pdf
from intake_app.pdf.styles import BODY, GREY, HEADING, LABEL, STATION, TITLE, VALUE, bullet, para
from intake_app.pdf.text_check import ensure_printable

_LABEL_WIDTH = 50 * mm
_TABLE_STYLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
)
ROUTE: Final[Mapping[str, str]] = {
    "investigation": "TSM onderzoekt (groep C of fysiek seksueel geweld)",
    "frontoffice_advice": "Voorleggen aan de TSM-frontoffice; basisteam kan handelen na advies",
}
URGENT: Final[Mapping[str, str]] = {
    "acute_danger": "Acuut gevaar",
    "self_harm_risk": "Risico op zelfbeschadiging",
    "publication_deadline": "Deadline voor verspreiden van beelden",
    "csg_acute": "Acuut voor het CSG (binnen 7 dagen na fysiek contact)",
}
SERVICES: Final[Mapping[str, str]] = {
    "offlimits": "Offlimits / Helpwanted",
    "csg": "Centrum Seksueel Geweld",
    "veilig_thuis": "Veilig Thuis",
    "shn": "Slachtofferhulp Nederland",
    "herstelbemiddeling": "Perspectief Herstelbemiddeling",
}
# The contract's fields in Dutch; a field of a newer contract version prints under its own key.
FIELDS: Final[Mapping[str, str]] = {
    "age_at_incident": "Leeftijd bij de feiten (R4)",
    "age_now": "Leeftijd nu",
    "minor_at_incident": "Minderjarig bij de feiten",
    "age_gap_years": "Leeftijdsverschil (jaren)",
    "age_gap_more_than_slight": "Meer dan gering verschil (R5)",
    "flags": "Signalen",
}
FLAGS: Final[Mapping[str, str]] = {
    "suspect_age_unknown": "leeftijd verdachte onbekend",
    "age_gap_overridden": "leeftijdsverschil door de agent beoordeeld",
    "victim_also_suspect": "slachtoffer mogelijk ook verdachte (R9)",
    "mededelingsgesprek_requires_hovj": "mededelingsgesprek alleen na overleg met de HOvJ (R8)",
    "minor_needs_guardian_consent": "toestemming van ouder of voogd nodig (R4)",
}
GIVERS: Final[Mapping[str, str]] = {
    "victim": "slachtoffer",
    "parent_or_guardian": "ouder of voogd",
}
# Decision fields printed in their own rows; any other (newer) field is listed after them.
_SHOWN_APART: Final = frozenset({"contract", "tsm", "category", "urgent", "referrals", "reasons"})


def _table(rows: Sequence[tuple[str, str]]) -> Table:
    data = [[para(label, LABEL), para(value, VALUE)] for label, value in rows]
    return Table(
        data, colWidths=[_LABEL_WIDTH, None], style=_TABLE_STYLE, hAlign="LEFT", splitInRow=1
    )


def _section(heading: str, flowables: list[Flowable]) -> list[Flowable]:
    if not flowables:
        flowables = [para("Niets vastgelegd.", GREY)]
    return [KeepTogether([para(heading, HEADING), *flowables[:2]]), *flowables[2:]]


def _lines(lines: Iterable[Line]) -> list[Flowable]:
    rows = [(line.question, line.answer) for line in lines]
    return [_table(rows)] if rows else []


def _value(value: Any) -> str:
    if value is None:
        return "onbekend"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return ", ".join(_value(item) for item in value) or "geen"
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_value(item)}" for key, item in value.items())
    return str(value)


def _decision(decision: Mapping[str, Any]) -> list[Flowable]:
    rows = []
    if decision.get("category"):
        rows.append(("Groep (R2)", str(decision["category"])))
    tsm = decision.get("tsm")
    if tsm:
        rows.append(("Route (R3)", ROUTE.get(str(tsm), str(tsm))))
    urgent = decision.get("urgent") or []
    rows.append(("Spoed", ", ".join(URGENT.get(str(u), str(u)) for u in urgent) or "geen"))
    referrals = decision.get("referrals") or []
    if referrals:
        rows.append(
            (
                "Verwijzen naar",
                ", ".join(
                    SERVICES.get(str(r.get("service")), str(r.get("service")))
                    + (" (met spoed)" if r.get("urgency") == "acute" else "")
                    for r in referrals
                    if isinstance(r, Mapping)
                ),
            )
        )
    for key, value in decision.items():
        if key == "flags" and isinstance(value, list):
            rows.append(
                (FIELDS[key], ", ".join(FLAGS.get(str(f), str(f)) for f in value) or "geen")
            )
        elif key not in _SHOWN_APART:
            rows.append((FIELDS.get(key, key.replace("_", " ")), _value(value)))
    flowables: list[Flowable] = [_table(rows)]
    reasons = decision.get("reasons") or []
    if reasons:
        flowables.append(para("Redenen", HEADING))
        flowables.extend(
            bullet(f"{reason.get('rule', '')}: {reason.get('text', '')}")
            for reason in reasons
            if isinstance(reason, Mapping)
        )
    return flowables


def _kind(kind: str) -> str:
    words = IDENTIFIER_KINDS.get(kind)
    return words["nl"].capitalize() if words else kind


def _suspects(content: ConsultContent) -> list[Flowable]:
    people = sorted(
        {line.person or 0 for line in content.suspects}
        | {item.suspect for item in content.identifiers}
    )
    flowables: list[Flowable] = []
    for person in people:
        rows = [(line.question, line.answer) for line in content.suspects if line.person == person]
        rows.extend(
            (
                _kind(item.kind) + (f" ({item.platform})" if item.platform else ""),
                item.value,
            )
            for item in content.identifiers
            if item.suspect == person
        )
        flowables.append(para(f"Verdachte {person}", VALUE))
        flowables.append(_table(rows))
        flowables.append(Spacer(1, 2 * mm))
    return flowables


def consult_story(content: ConsultContent) -> list[Flowable]:
    story: list[Flowable] = [
        para("Politie — intern", STATION),
        para("Niet aan het slachtoffer of derden geven.", GREY),
        Spacer(1, 2 * mm),
        HRFlowable(width="100%", thickness=0.6, color=colors.grey),
        Spacer(1, 4 * mm),
        para("Voorlegging aan de TSM-frontoffice", TITLE),
        _table(
            [
                ("Intake", content.reference),
                ("Bureau", content.station),
                ("Agent", f"{content.officer.name} ({content.officer.id})"),
                ("Intake gestart", f"{content.intake_created_at.astimezone():%d-%m-%Y %H:%M}"),
                ("Voorgelegd", f"{content.consulted_at.astimezone():%d-%m-%Y %H:%M}"),
                ("Status intake", content.intake_status),
            ]
        ),
    ]
    story.extend(_section("Triage (R1–R14)", _decision(content.decision)))
    story.extend(_section("Spoed en wat al is gedaan", _lines(content.urgent)))
    story.extend(
        _section(
            "Behoeften en wensen (aangifte, mededelingsgesprek, contact)", _lines(content.needs)
        )
    )
    story.extend(_section("Verdachten en gegevens", _suspects(content)))
    series = [
        bullet(
            f"{match.date:%d-%m-%Y} {match.reference}"
            + (f" ({match.station})" if match.station else " (dit bureau)")
        )
        for match in content.series
    ]
    story.extend(_section("Mogelijke serie (R7)", series))
    story.extend(_section("Wat de persoon vertelde", _lines(content.account)))
    consents = [
        bullet(
            f"{SERVICES.get(c.service, c.service)}: toestemming van "
            f"{GIVERS.get(c.given_by, c.given_by)}, {c.given_at.astimezone():%d-%m-%Y}"
        )
        for c in content.consents
    ]
    story.extend(_section("Toestemmingen", consents))
    letters = [
        bullet(
            f"{SERVICES.get(letter.service, letter.service)}: "
            f"{letter.produced_at.astimezone():%d-%m-%Y}"
        )
        for letter in content.letters
    ]
    story.extend(_section("Verwijsbrieven meegegeven", letters))
    story.append(Spacer(1, 6 * mm))
    story.append(para("Advies van de frontoffice (tijdens het gesprek):", BODY))
    story.extend(Spacer(1, 8 * mm) for _ in range(3))
    return story


def _texts(content: ConsultContent) -> list[str]:
    texts = [content.reference, content.station, content.officer.name]
    for line in (*content.urgent, *content.needs, *content.suspects, *content.account):
        texts.extend((line.question, line.answer))
    texts.extend(item.value for item in content.identifiers)
    return texts


def render_consult(content: ConsultContent, *, accept_warnings: bool = True) -> bytes:
    """PDF bytes, in memory. Text that cannot print as typed is flagged in the letters; here
    the officer reads it aloud anyway, so warnings (right-to-left text) are accepted."""
    ensure_printable(_texts(content), accept_warnings=accept_warnings)
    furniture = Furniture(
        language="nl",
        footer_note=f"Politie-intern · {content.reference}",
        training=content.training,
    )
    return build_pdf(consult_story(content), furniture)
