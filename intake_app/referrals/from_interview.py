"""Build a ReferralCase from an interview: the one place that knows the form's question ids.

Only answers that count reach a letter: every value is read through `Interview.usable_value`
/ `usable_state`, so an answer kept in a branch that no longer applies, or one with a
validation message, is treated as never given. The triage decision supplies the urgency per
service and the urgent actions; the station profile the letterhead.

Consent (R4) comes from the consent questions: `consent_<service>` answered "yes", given by
the person in `consent_given_by` (asked for minors; an adult gives it alone), dated when the
answer was saved. The consent rules themselves (who must consent at which age) stay in
intake_app.referrals.consent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import get_args

from intake_app.forms.address import Address
from intake_app.forms.expressions import Value
from intake_app.forms.policy import Policy
from intake_app.interview.answers import AnswerState, instance_key
from intake_app.interview.session import Interview
from intake_app.referrals.case import (
    Answer,
    Consent,
    ConsentGiver,
    Guardian,
    HomeSafety,
    ImageLocation,
    Images,
    Incident,
    IncidentKind,
    Letterhead,
    Medical,
    Needs,
    Officer,
    ProfessionalRoute,
    ReferralCase,
    Relation,
    SafeContact,
    Victim,
)
from intake_app.referrals.directory import SERVICE_IDS, ServiceId
from intake_app.station_profile import StationProfile
from intake_app.triage.contract import Decision, parse_answers
from intake_app.triage.decide import decide

CONSENT_GIVERS: dict[str, tuple[ConsentGiver, ...]] = {
    "victim": ("victim",),
    "guardian": ("parent_or_guardian",),
    "both": ("victim", "parent_or_guardian"),
}
# report_wish's options as the yes/no of Needs.wish_to_report.
REPORT_WISH: dict[str, Answer] = {
    "now": "yes",
    "later": "yes",
    "not": "no",
    "undecided": "unknown",
}
NEED_IDS = ("safety", "image_removal", "medical_care", "support", "information")
# The kinds of image_locations entries that say where images are (identifier_list kinds).
LOCATION_KINDS = frozenset({"url", "profile_url", "handle", "username"})
# "23:30", "23.30", "23u30", "9:05": a clock time as officers type it.
_CLOCK = re.compile(r"\s*([01]?[0-9]|2[0-3])\s*[:.u]\s*([0-5][0-9])\s*(uur)?\s*", re.IGNORECASE)


def clock_time(text: str) -> time | None:
    """A time of day typed by the officer, or None when it is not one (kept as text then)."""
    match = _CLOCK.fullmatch(text)
    return time(int(match[1]), int(match[2])) if match else None


def consent_key(service: str) -> str:
    return f"consent_{service}"


def letterhead(profile: StationProfile) -> Letterhead:
    return Letterhead(name=profile.name, address=profile.address, phone=profile.phone)


def local_time(moment: datetime) -> datetime:
    """The store saves aware UTC times; letters compare and print naive local ones."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)


def triage_decision(interview: Interview, policy: Policy, series_matches: int = 0) -> Decision:
    """The triage of the interview's answers, as `intake-app triage` would decide it;
    `series_matches` comes from the seriality index (R7), which the interview does not see."""
    return decide(parse_answers(interview.answers_document(series_matches)), policy)


def referral_case(
    interview: Interview,
    decision: Decision,
    station: StationProfile,
    officer: Officer,
    reference: str,
    *,
    recorded_at: Mapping[str, datetime],
    now: datetime,
    training: bool,
    professional_routes: Sequence[ProfessionalRoute] = (),
) -> ReferralCase:
    """The facts a letter may draw from.

    `recorded_at` maps answer keys to when the store saved them (AnswerRecord.saved_at); an
    answer given this moment and not yet reloaded from the store counts as recorded `now`.
    Raises pydantic's ValidationError only for dates the form's own checks already refuse.
    """
    reader = _Reader(interview)
    return ReferralCase(
        reference=reference,
        intake_date=interview.intake_date,
        training=training,
        station=letterhead(station),
        officer=officer,
        victim=reader.victim(),
        guardian=reader.guardian(),
        incident=reader.incident(),
        images=reader.images(),
        medical=reader.medical(),
        needs=reader.needs(),
        home=reader.home(),
        urgency={referral.service: referral.urgency for referral in decision.referrals},
        urgent=decision.urgent,
        minor_at_facts=decision.minor_at_incident,
        tsm_investigates=decision.tsm == "investigation",
        guardian_unsafe="guardian_unsafe" in decision.flags,
        reader_address="u" if interview.reader_address() == Address.U else "je",
        narrative=reader.narrative(),
        consents=reader.consents(recorded_at, local_time(now)),
        consent_answers=reader.consent_answers(),
        professional_routes=tuple(professional_routes),
    )


class _Reader:
    def __init__(self, interview: Interview) -> None:
        self.interview = interview

    # -- typed access to usable answers ---------------------------------------------------
    def value(self, key: str) -> Value:
        return self.interview.usable_value(key)

    def text(self, key: str) -> str:
        value = self.value(key)
        return value.strip() if isinstance(value, str) else ""

    def day(self, key: str) -> date | None:
        value = self.value(key)
        return value if isinstance(value, date) else None

    def choices(self, key: str) -> list[str]:
        value = self.value(key)
        return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []

    def yes_no(self, key: str) -> Answer:
        state = self.interview.usable_state(key)
        if state == AnswerState.DECLINED:
            return "declined"
        value = self.value(key)
        return "yes" if value == "yes" else "no" if value == "no" else "unknown"

    def suspect_keys(self) -> list[int]:
        return list(self.interview.evaluation().instances.get("suspects", []))

    # -- the case's parts -----------------------------------------------------------------
    def victim(self) -> Victim:
        age = self.value("victim_age_years")
        return Victim(
            name=self.text("victim_name"),
            date_of_birth=self.day("victim_date_of_birth"),
            age_years=age if isinstance(age, int) and not isinstance(age, bool) else None,
            contact=SafeContact(
                phone=self.text("contact_phone"),
                email=self.text("contact_email"),
                how=self.safe_contact_note(),
            ),
            preferred_language=self.preferred_language(),
        )

    def safe_contact_note(self) -> str:
        """The safe ways besides phone and e-mail (those have their own lines), in the form's
        own Dutch wording ("Liever geen contact", "Via ouder of voogd"), then what to avoid."""
        question = self.interview.form.question("contact_safe_ways")
        ways = [
            question.option_text.get(way, {}).get("nl", way)
            for way in self.choices("contact_safe_ways")
            if way not in ("phone", "email")
        ]
        parts = [", ".join(ways)] if ways else []
        avoid = self.text("contact_avoid")
        if avoid:
            parts.append(avoid)
        return ". ".join(parts)

    def preferred_language(self) -> str:
        language = self.value("interview_language")
        if language == "other":
            # With an interpreter: the language as the officer wrote it down, e.g. "Turks".
            return self.text("interpreter_language") or "other"
        return language if isinstance(language, str) else "nl"

    def guardian(self) -> Guardian | None:
        name = self.text("guardian_name")
        if not name:
            return None
        return Guardian(name=name, contact=self.text("guardian_phone"))

    def incident(self) -> Incident:
        kinds: list[IncidentKind] = [
            kind for kind in get_args(IncidentKind) if kind in self.choices("incident_kinds")
        ]
        typed_time = self.text("physical_last_time")
        clock = clock_time(typed_time)
        return Incident(
            kinds=tuple(kinds),
            first_date=self.day("incident_first_date"),
            last_date=self.day("incident_last_date"),
            physical_last_date=self.day("physical_last_date"),
            physical_last_time=clock,
            physical_last_time_text="" if clock else typed_time,
        )

    def medical(self) -> Medical:
        return Medical(
            penetration=self.yes_no("physical_penetration"),
            drugging=self.yes_no("physical_drugging"),
            pain_or_injury=self.yes_no("physical_injuries"),
            csg_already_called=self.yes_no("csg_already_called"),
            police_call_csg_now=self.yes_no("csg_call_now"),
        )

    def images(self) -> Images:
        locations = []
        value = self.value("image_locations")
        for entry in value if isinstance(value, list) else []:
            if not isinstance(entry, dict) or entry.get("kind") not in LOCATION_KINDS:
                continue
            platform, where = entry.get("platform"), entry.get("value")
            locations.append(
                ImageLocation(
                    platform=platform if isinstance(platform, str) else "",
                    url=where if isinstance(where, str) else "",
                )
            )
        return Images(
            exist=self.yes_no("images_exist"),
            distributed=self.yes_no("images_distributed"),
            locations=tuple(locations),
            deadline=self.text("deadline_when"),
        )

    def needs(self) -> Needs:
        wish = self.value("report_wish")
        wish_to_report: Answer = "unknown"
        if isinstance(wish, str):
            wish_to_report = REPORT_WISH.get(wish, "unknown")
        elif self.interview.usable_state("report_wish") == AnswerState.DECLINED:
            wish_to_report = "declined"
        state = self.interview.usable_state("needs")
        chosen = self.choices("needs")
        answers: dict[str, Answer] = {}
        for need in NEED_IDS:
            if state == AnswerState.DECLINED:
                answers[need] = "declined"
            elif state == AnswerState.ANSWERED:
                answers[need] = "yes" if need in chosen else "no"
            else:
                answers[need] = "unknown"
        return Needs(
            safety=answers["safety"],
            image_removal=answers["image_removal"],
            medical_care=answers["medical_care"],
            support=answers["support"],
            information=answers["information"],
            wish_to_report=wish_to_report,
        )

    def home(self) -> HomeSafety:
        """R13 over all suspects: "yes" if any, "no" only when every suspect's answer is no."""

        def across(question: str) -> Answer:
            answers = [
                self.yes_no(instance_key("suspects", number, question))
                for number in self.suspect_keys()
            ]
            return _combined(answers)

        relations: list[Relation] = []
        for number in self.suspect_keys():
            relation = self.value(instance_key("suspects", number, "relation"))
            for known in get_args(Relation):
                if relation == known and known not in relations:
                    relations.append(known)
        lives_with = across("lives_with_victim")
        return HomeSafety(
            suspect_lives_with_victim=lives_with,
            # Living together is access too; the form does not ask about access then.
            suspect_has_access="yes" if lives_with == "yes" else across("has_access"),
            suspect_is_family=across("family"),
            suspect_relations=tuple(relations),
            other_children=self.yes_no("other_children_home"),
            guardian_safe_to_involve=self.yes_no("guardian_safe_to_involve"),
        )

    def narrative(self) -> str:
        # In no letter (see ReferralCase.narrative); kept so the tests can prove it.
        return self.text("account") or self.text("minor_spontaneous_note")

    def consents(self, recorded_at: Mapping[str, datetime], now: datetime) -> tuple[Consent, ...]:
        givers = self.consent_givers()
        consents: list[Consent] = []
        for service in SERVICE_IDS:
            key = consent_key(service)
            if self.value(key) != "yes":
                continue
            # Consent is complete when both the "yes" and who gave it are recorded.
            moments = [recorded_at.get(key, now)]
            if self.interview.is_applicable("consent_given_by"):
                moments.append(recorded_at.get("consent_given_by", now))
            given_at = max(local_time(moment) for moment in moments)
            consents.extend(
                Consent(service=service, given_by=giver, given_at=given_at) for giver in givers
            )
        return tuple(consents)

    def consent_answers(self) -> dict[ServiceId, Answer]:
        """Each consent question's answer; a question that does not apply or is still open is
        left out (not asked yet)."""
        answers: dict[ServiceId, Answer] = {}
        for service in SERVICE_IDS:
            key = consent_key(service)
            if self.interview.usable_state(key) is not None:
                answers[service] = self.yes_no(key)
        return answers

    def consent_givers(self) -> tuple[ConsentGiver, ...]:
        """Who consented: asked for minors (and unknown ages); an adult consents alone."""
        if not self.interview.is_applicable("consent_given_by"):
            return ("victim",)
        given_by = self.value("consent_given_by")
        return CONSENT_GIVERS.get(given_by, ()) if isinstance(given_by, str) else ()


def _combined(answers: Sequence[Answer]) -> Answer:
    if "yes" in answers:
        return "yes"
    if answers and all(answer == "no" for answer in answers):
        return "no"
    if "declined" in answers:
        return "declined"
    return "unknown"
