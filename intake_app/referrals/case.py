"""The facts of one case that a referral letter may draw from.

The window builds a ReferralCase from the interview's answers; this model knows no question
ids, so the interview can change without touching the letters. Which of these facts each
service actually sees is decided per service in intake_app/referrals/services/.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from intake_app.referrals.directory import ServiceId

# The triage contract's yes/no vocabulary: "declined" means the person chose not to answer.
Answer = Literal["yes", "no", "unknown", "declined"]
IncidentKind = Literal[
    "image_abuse",
    "sextortion",
    "grooming",
    "sexchatting",
    "physical_assault",
    "rape",
    "other",
]
Urgency = Literal["acute", "normal"]
UrgentAction = Literal[
    "acute_danger", "self_harm_risk", "publication_deadline", "csg_acute", "ongoing_threat"
]
ConsentGiver = Literal["victim", "parent_or_guardian"]
# R13: why a referral goes by the professional route (stored as this code, said per language).
RouteReason = Literal["guardian_is_suspect", "guardian_not_safe"]
# How the information sheet speaks to who takes it home: "je" a minor, "u" an adult or a parent.
ReaderAddress = Literal["je", "u"]
Relation = Literal[
    "partner_or_ex", "parent_or_carer", "acquaintance", "online_only", "stranger", "other"
]

# Text fields have no length limit: the letters print any length verbatim, over as many pages
# as it takes, so nothing the officer typed is cut off silently.


class _Facts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Letterhead(_Facts):
    """The station the letter comes from (from the station's settings)."""

    name: str
    address: tuple[str, ...] = ()
    phone: str = ""


class Officer(_Facts):
    name: str
    contact: str = ""  # phone or e-mail the service can use


class SafeContact(_Facts):
    """How the victim can be reached without putting them at risk."""

    phone: str = ""
    email: str = ""
    how: str = ""  # e.g. "only text messages, after 16:00"


class Victim(_Facts):
    name: str
    date_of_birth: date | None = None
    age_years: int | None = Field(default=None, ge=0, le=120)  # age at intake, without a birth date
    contact: SafeContact = SafeContact()
    preferred_language: str = "nl"  # "nl", "en", "tr", ...


class Guardian(_Facts):
    """Parent or guardian of a minor victim."""

    name: str
    contact: str = ""


class Incident(_Facts):
    kinds: tuple[IncidentKind, ...] = ()
    first_date: date | None = None
    last_date: date | None = None
    physical_last_date: date | None = None  # last physical sexual contact, if any (R6)
    physical_last_time: time | None = None  # its time of day, when known (72-hour PEP window)
    physical_last_time_text: str = ""  # as typed, when it was not a clock time


class Medical(_Facts):
    """What CSG needs besides the timing, each yes/no/unknown, never the story (R6)."""

    penetration: Answer = "unknown"
    drugging: Answer = "unknown"
    pain_or_injury: Answer = "unknown"
    csg_already_called: Answer = "unknown"
    police_call_csg_now: Answer = "unknown"  # the officer offered to call CSG at once


class ImageLocation(_Facts):
    platform: str = ""
    url: str = ""


class Images(_Facts):
    exist: Answer = "unknown"
    distributed: Answer = "unknown"
    locations: tuple[ImageLocation, ...] = ()
    deadline: str = ""  # the extortionist's deadline, date and time as the officer wrote it


class Needs(_Facts):
    """What the victim asks for (R10: mapped even without a report)."""

    safety: Answer = "unknown"
    image_removal: Answer = "unknown"
    medical_care: Answer = "unknown"
    support: Answer = "unknown"
    information: Answer = "unknown"
    wish_to_report: Answer = "unknown"


class HomeSafety(_Facts):
    """R13: whether the suspect lives with, has access to, or is family of the victim; who the
    suspect is to the victim; other children at home; whether the guardian can be involved."""

    suspect_lives_with_victim: Answer = "unknown"
    suspect_has_access: Answer = "unknown"
    suspect_is_family: Answer = "unknown"
    suspect_relations: tuple[Relation, ...] = ()
    other_children: Answer = "unknown"
    guardian_safe_to_involve: Answer = "unknown"


class ProfessionalRoute(_Facts):
    """R13: a referral without the guardian's consent, because the guardian is the suspect or
    not safe to involve; recorded with who decided it, when, and why."""

    service: ServiceId
    decided_by: str = Field(min_length=1)  # the officer's name
    decided_at: datetime
    reason: RouteReason


class Consent(_Facts):
    """Consent to share with one service, recorded with who gave it and when."""

    service: ServiceId
    given_by: ConsentGiver
    given_at: datetime


class ReferralCase(_Facts):
    reference: str = Field(min_length=1)
    intake_date: date
    training: bool = False  # made in the training store: every page says it is not a real case
    station: Letterhead
    officer: Officer
    victim: Victim
    guardian: Guardian | None = None
    incident: Incident = Incident()
    images: Images = Images()
    medical: Medical = Medical()
    needs: Needs = Needs()
    home: HomeSafety = HomeSafety()
    # The triage decision: its referrals' urgency per service, and its urgent actions.
    urgency: dict[ServiceId, Urgency] = Field(default_factory=dict)
    urgent: tuple[UrgentAction, ...] = ()
    # R4: whether the victim was a minor at the facts (when the images were made), from triage.
    minor_at_facts: bool | None = None
    tsm_investigates: bool | None = None  # triage routes the case to a TSM investigation
    guardian_unsafe: bool = False  # triage's R13 flag: the professional route applies
    reader_address: ReaderAddress = "je"  # R14: the interview's reader_address()
    # What the victim told, in their words. No letter carries it: it is here so the tests can
    # prove that, and so the preview can say it stays at the station.
    narrative: str = ""
    consents: tuple[Consent, ...] = ()
    # Each consent question's answer ("yes", "no", "unknown", "declined"); a service that is
    # absent was not asked (the question did not apply or is still open).
    consent_answers: dict[ServiceId, Answer] = Field(default_factory=dict)
    professional_routes: tuple[ProfessionalRoute, ...] = ()

    @model_validator(mode="after")
    def _dates_in_order(self) -> ReferralCase:
        incident = self.incident
        dated = {
            "incident.first_date": incident.first_date,
            "incident.last_date": incident.last_date,
            "incident.physical_last_date": incident.physical_last_date,
            "victim.date_of_birth": self.victim.date_of_birth,
        }
        for name, day in dated.items():
            if day is not None and day > self.intake_date:
                raise ValueError(f"{name} lies after the intake date")
        if incident.first_date and incident.last_date and incident.first_date > incident.last_date:
            raise ValueError("incident.first_date lies after incident.last_date")
        return self

    def acute_for(self, service: ServiceId) -> bool:
        """Whether triage marked the referral to `service` acute (absent means normal)."""
        return self.urgency.get(service, "normal") == "acute"

    def age_on(self, day: date) -> int | None:
        """The victim's age on `day` (R4: age now decides who consents), None when unknown."""
        born = self.victim.date_of_birth
        if born is not None:
            before_birthday = (day.month, day.day) < (born.month, born.day)
            return day.year - born.year - int(before_birthday)
        return self.victim.age_years
