"""The frontoffice's advice (R1, R3, R10), structured, as recorded and as sent back.

`intake-app advice record` reads it from a JSON document:

    {"urgent_actions": ["..."],                       # spoedhandelingen to take now
     "handling": "tsm" | "basisteam_with_advice",      # TSM takes it on, or the basisteam acts
     "ex_officio": {"considered": true, "outcome": "investigate" | "not_now", "why": "..."},
     "referrals_to_add": ["offlimits", "csg", "veilig_thuis", "shn", "herstelbemiddeling"],
     "text": "free text",
     "advised_by": "name of the adviser"}             # optional: else the officer's own name

Every problem names the field (`AdviceInvalid.field`), never the value. The app adds the
regional series matches it found (R7) and the date; the station shows it on the summary.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from intake_app.frontoffice.errors import AdviceInvalid

ADVICE_VERSION: Final = 1
Handling = Literal["tsm", "basisteam_with_advice"]
Service = Literal["offlimits", "csg", "veilig_thuis", "shn", "herstelbemiddeling"]
HANDLING_TEXT: Final[Mapping[str, str]] = {
    "tsm": "De TSM neemt de zaak over",
    "basisteam_with_advice": "Het basisteam handelt af, met dit advies",
}
OUTCOME_TEXT: Final[Mapping[str, str]] = {
    "investigate": "ambtshalve opsporing: ja",
    "not_now": "ambtshalve opsporing: nu niet",
}


class _Part(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class ExOfficio(_Part):
    """R10: without an aangifte, the frontoffice weighs ex-officio investigation."""

    considered: bool
    outcome: Literal["investigate", "not_now"] | None = None
    why: str = Field(default="", max_length=4000)

    @field_validator("why")
    @classmethod
    def _trimmed(cls, why: str) -> str:
        return why.strip()


class AdviceInput(_Part):
    urgent_actions: list[str] = Field(default_factory=list, max_length=50)
    handling: Handling
    ex_officio: ExOfficio
    referrals_to_add: list[Service] = Field(default_factory=list)
    text: str = Field(default="", max_length=20000)
    advised_by: str | None = Field(default=None, max_length=200)

    @field_validator("urgent_actions")
    @classmethod
    def _actions_given(cls, actions: list[str]) -> list[str]:
        cleaned = [action.strip() for action in actions]
        if any(not action or len(action) > 2000 for action in cleaned):
            raise ValueError("each action must be a short, non-empty text")
        return cleaned


class SeriesMatch(_Part):
    """Another consult at the frontoffice sharing an identifier (R7): references only."""

    station: str
    reference: str
    date: date


class Advice(_Part):
    """What travels back to the station, and what both sides keep."""

    advice_version: int = ADVICE_VERSION
    station: str
    reference: str
    advised_by: str
    advised_at: datetime
    training: bool
    advice: AdviceInput
    series: list[SeriesMatch] = Field(default_factory=list)

    def document(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def summary_lines(self) -> list[str]:
        """The advice in words, for the summary and the terminal (Dutch)."""
        lines = [
            f"Advies van de TSM-frontoffice ({self.advised_by}, "
            f"{self.advised_at.astimezone():%d-%m-%Y %H:%M})",
            HANDLING_TEXT[self.advice.handling],
        ]
        lines.extend(f"Spoedhandeling: {action}" for action in self.advice.urgent_actions)
        ex_officio = self.advice.ex_officio
        if ex_officio.considered:
            outcome = OUTCOME_TEXT.get(ex_officio.outcome or "", "ambtshalve opsporing overwogen")
            lines.append(f"{outcome}" + (f" — {ex_officio.why}" if ex_officio.why else ""))
        if self.advice.referrals_to_add:
            lines.append("Ook verwijzen naar: " + ", ".join(self.advice.referrals_to_add))
        if self.series:
            refs = ", ".join(f"{m.station} {m.reference}" for m in self.series)
            lines.append(f"Mogelijke serie in de regio (R7): {refs}")
        if self.advice.text:
            lines.append(self.advice.text)
        return lines


def _field(location: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in location) or "(document)"


def parse_advice_input(data: bytes | str) -> AdviceInput:
    """The officer's JSON document; `AdviceInvalid` names the first field that is wrong."""
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise AdviceInvalid("(document)", "is geen JSON") from None
    if not isinstance(document, dict):
        raise AdviceInvalid("(document)", "moet een JSON-object zijn")
    try:
        parsed = AdviceInput.model_validate(document)
    except ValidationError as problem:
        first = problem.errors()[0]
        raise AdviceInvalid(_field(first["loc"]), first["msg"]) from None
    if parsed.ex_officio.considered and parsed.ex_officio.outcome is None:
        raise AdviceInvalid("ex_officio.outcome", "zeg wat de afweging is: investigate of not_now")
    if parsed.ex_officio.considered and not parsed.ex_officio.why:
        raise AdviceInvalid("ex_officio.why", "zeg waarom (R10)")
    return parsed


def parse_advice(document: Mapping[str, Any]) -> Advice:
    """An advice as it came out of a package (JSON types: strict mode off for dates)."""
    try:
        return Advice.model_validate(dict(document), strict=False)
    except ValidationError as problem:
        first = problem.errors()[0]
        raise AdviceInvalid(_field(first["loc"]), first["msg"]) from None
