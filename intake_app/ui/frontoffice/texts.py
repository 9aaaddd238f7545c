"""The advice and consult in the interface's words (Dutch first, English through Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from intake_app.frontoffice.advice import Advice


def when(moment: datetime) -> str:
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def handling_text(handling: str) -> str:
    texts = {
        "tsm": QCoreApplication.translate("FrontofficeTexts", "De TSM neemt de zaak over"),
        "basisteam_with_advice": QCoreApplication.translate(
            "FrontofficeTexts", "Het basisteam handelt af, met dit advies"
        ),
    }
    return texts.get(handling, handling)


def outcome_text(outcome: str | None) -> str:
    texts = {
        "investigate": QCoreApplication.translate("FrontofficeTexts", "Ambtshalve opsporing: ja"),
        "not_now": QCoreApplication.translate("FrontofficeTexts", "Ambtshalve opsporing: nu niet"),
    }
    return texts.get(
        outcome or "",
        QCoreApplication.translate("FrontofficeTexts", "Ambtshalve opsporing overwogen"),
    )


def service_name(service: str) -> str:
    texts = {
        "offlimits": "Offlimits",
        "csg": QCoreApplication.translate("FrontofficeTexts", "Centrum Seksueel Geweld"),
        "veilig_thuis": "Veilig Thuis",
        "shn": QCoreApplication.translate("FrontofficeTexts", "Slachtofferhulp Nederland"),
        "herstelbemiddeling": "Perspectief Herstelbemiddeling",
    }
    return texts.get(service, service)


def route_name(tsm: str) -> str:
    texts = {
        "investigation": QCoreApplication.translate("FrontofficeTexts", "Onderzoek door het TSM"),
        "frontoffice_advice": QCoreApplication.translate(
            "FrontofficeTexts", "Advies van de TSM-frontoffice; basisteam of wijkagent handelt"
        ),
    }
    return texts.get(tsm, tsm)


def urgent_name(code: str) -> str:
    """The triage's urgent codes, short, as the frontoffice reads them."""
    texts = {
        "acute_danger": QCoreApplication.translate(
            "FrontofficeTexts", "de persoon is nu niet veilig"
        ),
        "self_harm_risk": QCoreApplication.translate(
            "FrontofficeTexts", "gedachten aan zelfbeschadiging"
        ),
        "publication_deadline": QCoreApplication.translate(
            "FrontofficeTexts", "termijn van de afperser loopt snel af"
        ),
        "csg_acute": QCoreApplication.translate(
            "FrontofficeTexts", "recent lichamelijk contact (CSG)"
        ),
    }
    return texts.get(code, code)


def advice_heading(advice: Advice) -> str:
    return (
        QCoreApplication.translate(
            "FrontofficeTexts", "Advies van de TSM-frontoffice: {who}, {when}"
        )
        .replace("{who}", advice.advised_by)
        .replace("{when}", when(advice.advised_at))
    )


def advice_lines(advice: Advice) -> list[str]:
    """Urgent actions first, then the handling, ex-officio, referrals, series and free text."""
    given = advice.advice
    lines = [
        QCoreApplication.translate("FrontofficeTexts", "Spoed: {action}").replace("{action}", a)
        for a in given.urgent_actions
    ]
    lines.append(handling_text(given.handling))
    if given.ex_officio.considered:
        outcome = outcome_text(given.ex_officio.outcome)
        lines.append(outcome + (f" — {given.ex_officio.why}" if given.ex_officio.why else ""))
    if given.referrals_to_add:
        names = ", ".join(service_name(s) for s in given.referrals_to_add)
        lines.append(
            QCoreApplication.translate(
                "FrontofficeTexts", "Ook verwijzen naar: {services}"
            ).replace("{services}", names)
        )
    if advice.series:
        lines.append(series_text([f"{m.station} {m.reference}" for m in advice.series]))
    if given.text:
        lines.append(given.text)
    return lines


def series_text(references: Sequence[str]) -> str:
    return QCoreApplication.translate(
        "FrontofficeTexts", "Mogelijke serie in de regio (R7): {references}"
    ).replace("{references}", ", ".join(references))
