"""The headless triage contract, version 2 (docs/triage-contract.md): input and output.

Input is parsed strictly (no "34" for 34, no 1/0 for yes/no) so that a scripted document
means exactly what it says; unknown keys are ignored so documents can grow. A missing or
null answer counts as "unknown". Every problem is a `BadAnswers` naming the field, never
the value: the values are personal data.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Final, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)
from pydantic_core import PydanticCustomError

from intake_app.triage.age import MAX_AGE, age_on, possible_ages_at
from intake_app.triage.reasons import Reason

CONTRACT_VERSION: Final = 2

Answer = Literal["yes", "no", "unknown", "declined"]
Kind = Literal[
    "image_abuse", "sextortion", "grooming", "sexchatting", "physical_assault", "rape", "other"
]
IMAGE_KINDS: Final[frozenset[str]] = frozenset(
    {"image_abuse", "sextortion", "grooming", "sexchatting"}
)
PHYSICAL_KINDS: Final[frozenset[str]] = frozenset({"physical_assault", "rape"})

Category = Literal["A", "B", "C"]
Tsm = Literal["investigation", "frontoffice_advice"]
Urgent = Literal[
    "acute_danger", "self_harm_risk", "publication_deadline", "csg_acute", "ongoing_threat"
]
Service = Literal["offlimits", "csg", "veilig_thuis", "shn", "herstelbemiddeling"]
Urgency = Literal["acute", "normal"]
Flag = Literal[
    "suspect_age_unknown",
    "age_gap_overridden",
    "victim_also_suspect",
    "mededelingsgesprek_requires_hovj",
    "minor_needs_guardian_consent",
    "guardian_unsafe",
    "offender_informed_risk_to_child",
    "series_suspected",
    "consider_ex_officio_investigation",
]
# v2: who is telling (R14 wording) and what the victim wants about reporting (R10, R11).
Reporter = Literal["victim", "guardian", "other"]
ReportWish = Literal["now", "later", "not", "unknown", "declined"]
AgeEstimate = Literal["minor", "adult"]
# Output lists follow the contract's vocabulary order, so the same answers print the same JSON.
URGENT_ORDER: Final[tuple[Urgent, ...]] = (
    "acute_danger",
    "self_harm_risk",
    "publication_deadline",
    "csg_acute",
    "ongoing_threat",
)
FLAG_ORDER: Final[tuple[Flag, ...]] = (
    "suspect_age_unknown",
    "age_gap_overridden",
    "victim_also_suspect",
    "mededelingsgesprek_requires_hovj",
    "minor_needs_guardian_consent",
    "guardian_unsafe",
    "offender_informed_risk_to_child",
    "series_suspected",
    "consider_ex_officio_investigation",
)


_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Bounds of any date the rules work with: outside them a date is a typing error, and date
# arithmetic near year 1 or 9999 would overflow.
EARLIEST_DATE: Final = date(1900, 1, 1)
LATEST_DATE: Final = date(2100, 12, 31)
# A document is a few levels deep; the bound keeps a crafted one from exhausting the stack.
MAX_DEPTH: Final = 16
MAX_INTEGER_DIGITS: Final = 18  # far beyond any age or count, well inside int64


def _iso_date(value: object) -> object:
    if isinstance(value, date):
        parsed = value
    elif isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError(
                "impossible_date", "is not a date that exists; write it as YYYY-MM-DD"
            ) from None
    else:
        raise PydanticCustomError("date_format", "must be a date written as YYYY-MM-DD")
    if not EARLIEST_DATE <= parsed <= LATEST_DATE:
        raise PydanticCustomError(
            "date_range",
            f"must lie between {EARLIEST_DATE.isoformat()} and {LATEST_DATE.isoformat()}",
        )
    return parsed


def _unknown_when_missing(value: object) -> object:
    return "unknown" if value is None else value


def _empty_when_null(empty: object) -> BeforeValidator:
    return BeforeValidator(lambda value: empty if value is None else value)


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
YesNo = Annotated[Answer, BeforeValidator(_unknown_when_missing)]
Age = Annotated[int, Field(ge=0, le=MAX_AGE)]


class _Part(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


class Victim(_Part):
    date_of_birth: IsoDate | None = None
    age_years: Age | None = None  # age now; used when date_of_birth is null
    age_estimate: AgeEstimate | None = None  # v2: the officer's estimate when no age is known


class Incident(_Part):
    first_date: IsoDate | None = None  # earliest incident; null means intake_date
    kinds: Annotated[list[Kind], _empty_when_null([])] = []
    physical_last_date: IsoDate | None = None


class Suspect(_Part):
    age_years: Age | None = None
    age_estimate: AgeEstimate | None = None
    lives_with_victim: YesNo = "unknown"
    has_access: YesNo = "unknown"  # v2: easy access without living together (R13)
    family: YesNo = "unknown"


class Coercion(_Part):
    pressure_or_force: YesNo = "unknown"
    financial_demand: YesNo = "unknown"
    threat_to_publish: YesNo = "unknown"
    deadline_within_48h: YesNo = "unknown"


class Safety(_Part):
    in_danger_now: YesNo = "unknown"
    self_harm_thoughts: YesNo = "unknown"
    threat_ongoing: YesNo = "unknown"  # v2: threats still coming in (R1)


class AgeGapOverride(_Part):
    more_than_slight: bool
    reason: str

    @field_validator("reason")
    @classmethod
    def _reason_given(cls, reason: str) -> str:
        if not reason.strip():
            raise PydanticCustomError("reason_missing", "must say why the officer decides so")
        return reason.strip()


class TriageInput(_Part):
    intake_date: IsoDate
    victim: Annotated[Victim, _empty_when_null({})] = Victim()
    incident: Annotated[Incident, _empty_when_null({})] = Incident()
    suspects: Annotated[list[Suspect], _empty_when_null([])] = []
    coercion: Annotated[Coercion, _empty_when_null({})] = Coercion()
    safety: Annotated[Safety, _empty_when_null({})] = Safety()
    reporter: Annotated[Reporter, _empty_when_null("victim")] = "victim"
    guardian_safe_to_involve: YesNo = "unknown"
    victim_made_or_shared_material: YesNo = "unknown"  # images of the victim themself: never R9
    material_of_others: YesNo = "unknown"  # v2: R9
    wants_offender_informed: YesNo = "unknown"  # R8: a stop signal, never a mediation wish
    restorative_interest: YesNo = "unknown"  # v2: R8, the only source of a mediation suggestion
    report_wish: Annotated[ReportWish, _empty_when_null("unknown")] = "unknown"
    # v2: R7, how many other intakes share an identifier or image location (the app counts them)
    series_matches: Annotated[int, Field(ge=0, le=10_000_000), _empty_when_null(0)] = 0
    age_gap_override: AgeGapOverride | None = None

    @property
    def first_date(self) -> date:
        """The contract: a missing first date means the intake date."""
        return self.incident.first_date or self.intake_date

    @property
    def earliest_date(self) -> date:
        """R4 counts from the earliest incident date; physical contact is an incident too."""
        last = self.incident.physical_last_date
        return min(self.first_date, last) if last else self.first_date

    @property
    def image_based(self) -> bool:
        return not IMAGE_KINDS.isdisjoint(self.incident.kinds)


class BadAnswers(ValueError):
    """An answers document the rules cannot use; names the field, never its value."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


def _field_name(location: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in location) or "(the document)"


def _problem(error: Mapping[str, Any]) -> str:
    kind = error["type"]
    if kind == "missing":
        return "is required"
    if kind in ("model_type", "dict_type"):
        return "must be a JSON object"
    if kind in ("tuple_type", "list_type"):
        return "must be a JSON list"
    message = str(error["msg"])
    return message[:1].lower() + message[1:]


class _HugeInteger:
    """Stands in for an integer literal too long to be one, so the field can be named."""


def _bounded_int(literal: str) -> int | _HugeInteger:
    return _HugeInteger() if len(literal.lstrip("-")) > MAX_INTEGER_DIGITS else int(literal)


def _not_a_number(literal: str) -> object:
    raise ValueError(f"{literal} is not a number JSON allows")


def check_document(data: object) -> None:
    """Top-level checks of a decoded document before any field is read: nesting depth,
    integers too large to be one, text that is not valid Unicode (a lone surrogate from a
    \\ud800 escape). Walks without recursion; names the field, never the value."""
    pending: list[tuple[object, tuple[int | str, ...]]] = [(data, ())]
    while pending:
        value, location = pending.pop()
        if len(location) > MAX_DEPTH:
            raise BadAnswers(_field_name(location), "is nested too deeply for an answers document")
        if isinstance(value, _HugeInteger):
            raise BadAnswers(_field_name(location), "is a number far too large to be meant")
        if isinstance(value, str) and not _valid_unicode(value):
            raise BadAnswers(_field_name(location), "is not valid Unicode text")
        if isinstance(value, dict):
            for key, item in value.items():
                if not _valid_unicode(str(key)):
                    raise BadAnswers(_field_name(location), "has a key that is not valid Unicode")
                pending.append((item, (*location, key)))
        elif isinstance(value, list):
            pending.extend((item, (*location, index)) for index, item in enumerate(value))


def _valid_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse_answers(data: object) -> TriageInput:
    """The contract's input from decoded JSON; BadAnswers for anything the rules cannot use."""
    if not isinstance(data, dict):
        raise BadAnswers("(the document)", "must be a JSON object with at least intake_date")
    check_document(data)
    try:
        answers = TriageInput.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        raise BadAnswers(_field_name(first["loc"]), _problem(first)) from None
    check_dates_and_ages(answers)
    return answers


def parse_answers_json(text: str | bytes) -> TriageInput:
    try:
        data = json.loads(text, parse_int=_bounded_int, parse_constant=_not_a_number)
    except json.JSONDecodeError as exc:
        raise BadAnswers(
            "(the document)", f"is not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except UnicodeDecodeError:
        raise BadAnswers("(the document)", "is not UTF-8 text") from None
    except RecursionError:
        raise BadAnswers(
            "(the document)", "is nested too deeply to be an answers document"
        ) from None
    except ValueError:  # NaN or Infinity, which JSON does not have
        raise BadAnswers("(the document)", "holds a number JSON does not allow") from None
    return parse_answers(data)


def check_dates_and_ages(answers: TriageInput) -> None:
    """What pydantic cannot see alone: dates against each other, ages against dates."""
    intake = answers.intake_date
    incident = answers.incident
    if incident.first_date and incident.first_date > intake:
        raise BadAnswers("incident.first_date", "lies after intake_date; correct one of the two")
    if incident.physical_last_date and incident.physical_last_date > intake:
        raise BadAnswers(
            "incident.physical_last_date", "lies after intake_date; correct one of the two"
        )
    earliest = answers.earliest_date
    born = answers.victim.date_of_birth
    if born is not None:
        if born > intake:
            raise BadAnswers("victim.date_of_birth", "lies after intake_date")
        if born > earliest:
            raise BadAnswers(
                "victim.date_of_birth",
                "lies after the incident (incident.first_date or incident.physical_last_date); "
                "correct the date of birth or the incident date",
            )
        if age_on(born, intake) > MAX_AGE:
            raise BadAnswers("victim.date_of_birth", f"gives an age over {MAX_AGE}")
    elif _born_after(earliest, answers.victim.age_years, intake):
        raise BadAnswers(
            "victim.age_years",
            "means the victim was not yet born on the incident date; "
            "correct the age or incident.first_date",
        )
    for index, suspect in enumerate(answers.suspects):
        if _born_after(earliest, suspect.age_years, intake):
            raise BadAnswers(
                f"suspects.{index}.age_years",
                "means the suspect was not yet born on the incident date",
            )


def _born_after(incident: date, age_now: int | None, intake: date) -> bool:
    return age_now is not None and possible_ages_at(incident, age_now, intake) is None


@dataclass(frozen=True)
class Referral:
    service: Service
    urgency: Urgency


@dataclass(frozen=True)
class Decision:
    """The contract's output; `reasons` keep their message keys for tests and the UI."""

    age_at_incident: int | None
    age_now: int | None
    minor_at_incident: bool | None
    age_gap_years: int | None
    age_gap_more_than_slight: bool | None
    category: Category | None
    tsm: Tsm
    urgent: tuple[Urgent, ...]
    referrals: tuple[Referral, ...]
    flags: tuple[Flag, ...]
    reasons: tuple[Reason, ...]


def to_document(decision: Decision) -> dict[str, Any]:
    """The decision as the contract's JSON object, keys in the contract's order."""
    return {
        "contract": CONTRACT_VERSION,
        "age_at_incident": decision.age_at_incident,
        "age_now": decision.age_now,
        "minor_at_incident": decision.minor_at_incident,
        "age_gap_years": decision.age_gap_years,
        "age_gap_more_than_slight": decision.age_gap_more_than_slight,
        "category": decision.category,
        "tsm": decision.tsm,
        "urgent": list(decision.urgent),
        "referrals": [{"service": r.service, "urgency": r.urgency} for r in decision.referrals],
        "flags": list(decision.flags),
        "reasons": [{"rule": r.rule, "text": r.text} for r in decision.reasons],
    }
