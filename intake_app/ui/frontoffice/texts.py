"""The advice and consult in the interface's words (Dutch first, English through Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from intake_app.frontoffice.advice import Advice


def _tr(text: str) -> str:
    return QCoreApplication.translate("FrontofficeTexts", text)


def when(moment: datetime) -> str:
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def handling_text(handling: str) -> str:
    texts = {
        "tsm": _tr("De TSM neemt de zaak over"),
        "basisteam_with_advice": _tr("Het basisteam handelt af, met dit advies"),
    }
    return texts.get(handling, handling)


def outcome_text(outcome: str | None) -> str:
    texts = {
        "investigate": _tr("Ambtshalve opsporing: ja"),
        "not_now": _tr("Ambtshalve opsporing: nu niet"),
    }
    return texts.get(outcome or "", _tr("Ambtshalve opsporing overwogen"))


def service_name(service: str) -> str:
    texts = {
        "offlimits": "Offlimits",
        "csg": _tr("Centrum Seksueel Geweld"),
        "veilig_thuis": "Veilig Thuis",
        "shn": _tr("Slachtofferhulp Nederland"),
        "herstelbemiddeling": "Perspectief Herstelbemiddeling",
    }
    return texts.get(service, service)


def urgent_name(code: str) -> str:
    """The triage's urgent codes, short, as the frontoffice reads them."""
    texts = {
        "acute_danger": _tr("de persoon is nu niet veilig"),
        "self_harm_risk": _tr("gedachten aan zelfbeschadiging"),
        "publication_deadline": _tr("termijn van de afperser loopt snel af"),
        "csg_acute": _tr("recent lichamelijk contact (CSG)"),
    }
    return texts.get(code, code)


def advice_heading(advice: Advice) -> str:
    return (
        _tr("Advies van de TSM-frontoffice: {who}, {when}")
        .replace("{who}", advice.advised_by)
        .replace("{when}", when(advice.advised_at))
    )


def advice_lines(advice: Advice) -> list[str]:
    """Urgent actions first, then the handling, ex-officio, referrals, series and free text."""
    given = advice.advice
    lines = [_tr("Spoed: {action}").replace("{action}", a) for a in given.urgent_actions]
    lines.append(handling_text(given.handling))
    if given.ex_officio.considered:
        outcome = outcome_text(given.ex_officio.outcome)
        lines.append(outcome + (f" — {given.ex_officio.why}" if given.ex_officio.why else ""))
    if given.referrals_to_add:
        names = ", ".join(service_name(s) for s in given.referrals_to_add)
        lines.append(_tr("Ook verwijzen naar: {services}").replace("{services}", names))
    if advice.series:
        lines.append(series_text([f"{m.station} {m.reference}" for m in advice.series]))
    if given.text:
        lines.append(given.text)
    return lines


def series_text(references: Sequence[str]) -> str:
    return _tr("Mogelijke serie in de regio (R7): {references}").replace(
        "{references}", ", ".join(references)
    )
