"""The intakes of one unlocked session: start, open, answer, decide, finalise, amend. No Qt.

The window composes this; everything it does with a case can be done and tested here.
Every answer is committed to the encrypted store the moment the interview records it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from intake_app.forms.model import Form
from intake_app.forms.policy import Policy
from intake_app.interview.answers import AnswerKey, InterviewError
from intake_app.interview.read_back import ReadBackLine, read_back
from intake_app.interview.session import Interview
from intake_app.referrals.case import Officer, ReferralCase
from intake_app.referrals.directory import DIRECTORY_FILE, ServiceDirectory, load_directory
from intake_app.referrals.from_interview import referral_case, triage_decision
from intake_app.seriality.matching import IdentifierIndex, IntakeRef, find_matches
from intake_app.seriality.messages import (
    escalation_reason,
    match_message,
    possible_match_message,
)
from intake_app.seriality.normalise import normalise_answer
from intake_app.seriality.possible import find_possible_matches
from intake_app.session import Session
from intake_app.station_profile import load_station_profile
from intake_app.store.audit import AuditRecord
from intake_app.store.frontoffice import AdviceRecord, SubmissionRecord
from intake_app.store.records import AmendmentRecord, IntakeSummary
from intake_app.store.seriality_index import (
    StoreIdentifierIndex,
    is_indexed_answer_key,
    stored_identifiers,
)
from intake_app.store.store import Store
from intake_app.store.token_exchange import StoreTokenIndex
from intake_app.triage.contract import BadAnswers, Decision, parse_answers
from intake_app.triage.decide import decide
from intake_app.triage.reasons import Language

__all__ = ["CaseFile", "Casework", "is_indexed_answer_key", "is_suspect_identifier_key"]

VICTIM_NAME_KEY = "victim_name"
# R7: the suspects' identifiers and where the images are (image_locations) are matched.
SUSPECTS_GROUP = "suspects"
SUSPECT_IDENTIFIERS = "identifiers"


class CaseworkError(Exception):
    """Base of what casework refuses; `code` names the refusal for the window's own text."""

    code = "casework"


class CaseReadOnly(CaseworkError, PermissionError):
    """Opened with the recovery key: an administrator's rescue, not an officer's work."""

    code = "casework.read_only"

    def __init__(self, action: str) -> None:
        self.action = action  # "edit" or "start"
        super().__init__(
            "Met de herstelsleutel geopend: intakes kunnen alleen worden ingezien. "
            "Ontgrendel als agent om te werken."
        )


class LettersNeedOfficer(CaseworkError):
    code = "casework.letters_need_officer"

    def __init__(self) -> None:
        super().__init__("Met de herstelsleutel geopend: geen brieven. Ontgrendel als agent.")


class StationProfileMissing(CaseworkError):
    code = "casework.station_profile_missing"

    def __init__(self) -> None:
        super().__init__("Vul eerst de gegevens van het bureau in bij Beheer.")


@dataclass(frozen=True)
class Letters:
    """What the letters screen needs for one case; `current_case` reads the store each time,
    so a letter made after an amendment carries the amended answers."""

    current_case: Callable[[], ReferralCase]
    directory: ServiceDirectory
    officer_id: str


def is_suspect_identifier_key(key: str) -> bool:
    try:
        parsed = AnswerKey.parse(key)
    except InterviewError:
        return False
    return parsed.group == SUSPECTS_GROUP and parsed.question == SUSPECT_IDENTIFIERS


@dataclass
class CaseFile:
    """One intake opened by one officer: its interview, saved as it changes."""

    summary: IntakeSummary
    interview: Interview
    _session: Session
    _policy: Policy
    _indexes: Sequence[IdentifierIndex] = field(default_factory=tuple)

    @property
    def editable(self) -> bool:
        return self.summary.status in ("draft", "amended")

    def persist(self, key: str, entry: Mapping[str, Any] | None) -> None:
        """Commit one saved entry of the interview (or its removal) before returning."""
        officer = self._officer()
        answers = self._session.store.answers
        if entry is None:
            answers.remove(self.summary.id, key, officer)
        else:
            answers.save(self.summary.id, key, entry["value"], entry["state"], officer)
        if is_indexed_answer_key(key):
            self._index_identifiers(key, entry, officer)

    def _index_identifiers(self, key: str, entry: Mapping[str, Any] | None, officer: str) -> None:
        """R7: keep the normalised form beside the raw text, so the next intake can match."""
        answered = entry is not None and entry.get("state") == "answered"
        stored = stored_identifiers(entry["value"]) if answered and entry else []
        self._session.store.identifiers.replace(self.summary.id, key, stored, officer)

    def identifier_matches(self, key: str, language: str = "nl") -> str:
        """ "Dit gegeven komt voor in N eerdere intakes ..." for one identifier answer, then
        "Mogelijk dezelfde: ..." for the same text under another kind (a hint), or ""."""
        chosen: Language = "en" if language == "en" else "nl"
        matches = self._matches_of(key)
        texts = (
            match_message(matches, chosen, self._intake_date()),
            possible_match_message(self._possible_matches_of(key, matches), chosen),
        )
        return "\n\n".join(text for text in texts if text)

    def _possible_matches_of(self, key: str, matches: Sequence[IntakeRef]) -> list[IntakeRef]:
        if not self._indexes or not self.interview.is_applicable(key):
            return []
        identifiers = normalise_answer(self.interview.usable_value(key))
        return find_possible_matches(identifiers, self._indexes, self.summary.reference, matches)

    def series_matches(self) -> list[IntakeRef]:
        """Every other intake sharing a suspect's identifier or an image location (R7)."""
        found: set[IntakeRef] = set()
        for slot in self.interview.applicable():
            if is_indexed_answer_key(slot.key):
                found.update(self._matches_of(slot.key))
        return sorted(found)

    def series_match_count(self) -> int:
        """Triage's `series_matches` (contract v2): how many other intakes share an identifier
        or an image location with this one; possible matches across kinds do not count."""
        return len(self.series_matches())

    def _matches_of(self, key: str) -> list[IntakeRef]:
        if not self._indexes or not self.interview.is_applicable(key):
            return []
        found: set[IntakeRef] = set()
        for identifier in normalise_answer(self.interview.usable_value(key)):
            found.update(find_matches(identifier, self._indexes, self.summary.reference))
        return sorted(found)

    def _intake_date(self) -> date:
        return self.summary.created_at.astimezone().date()

    def decision(self, language: str = "nl") -> Decision | BadAnswers:
        """The triage decision now, or why it cannot be made yet (which field to correct)."""
        return self.decision_and_matches(language)[0]

    def decision_and_matches(
        self, language: str = "nl"
    ) -> tuple[Decision | BadAnswers, list[IntakeRef]]:
        """The decision and the series matches it was made with: looked up once (each look-up
        asks the seriality indexes again)."""
        matches = self.series_matches()
        return self._decision(matches, language), matches

    def _decision(self, matches: list[IntakeRef], language: str) -> Decision | BadAnswers:
        try:
            # series_match_count(): the same matches, counted
            answers = parse_answers(self.interview.answers_document(len(matches)))
        except BadAnswers as problem:
            return problem
        chosen: Language = "en" if language == "en" else "nl"
        decision = decide(answers, self._policy, chosen)
        series = escalation_reason(matches, chosen)
        if series is None:
            return decision
        # R7: a possible series goes to the TSM frontoffice; the seriality reason names the
        # intakes, so it replaces triage's own count of them.
        own = tuple(r for r in decision.reasons if r.key != "series_suspected")
        return dataclasses.replace(decision, reasons=(series, *own))

    def open_question_texts(self, language: str = "nl") -> list[str]:
        texts = []
        for slot in self.interview.open_questions():
            text = self.interview.wording(slot, language)  # as said to this person
            person = f" ({slot.instance})" if slot.instance is not None else ""
            texts.append(f"{text.ask}{person}")
        return texts

    def read_back(self, language: str = "nl") -> list[ReadBackLine]:
        return read_back(self.interview, language)

    def victim_name(self) -> str:
        value = self.interview.usable_value(VICTIM_NAME_KEY)
        return value if isinstance(value, str) else ""

    def amendments(self) -> list[AmendmentRecord]:
        """Why a finalised intake was reopened, oldest first: the summary shows it."""
        return self._session.store.intakes.amendments(self.summary.id)

    def frontoffice_advice(self) -> list[AdviceRecord]:
        """The TSM frontoffice's advice on this intake (R1), oldest first, with who and when."""
        return self._session.store.frontoffice.advice_for_intake(self.summary.id)

    def frontoffice_submissions(self) -> list[SubmissionRecord]:
        """When this intake was put to the frontoffice as a consult package (R1)."""
        return self._session.store.frontoffice.submissions(self.summary.id)

    def finalise(self) -> None:
        self.summary = self._session.store.intakes.finalise(self.summary.id, self._officer())

    def amend(self, reason: str) -> None:
        self.summary = self._session.store.intakes.amend(self.summary.id, self._officer(), reason)

    def _officer(self) -> str:
        if self._session.officer_id is None:
            raise CaseReadOnly("edit")
        return self._session.officer_id


def amendment_reasons(store: Store, entries: Sequence[AuditRecord]) -> list[str]:
    """For each audit entry, the reason recorded with it if it reopened an intake, else "".

    The audit chain holds no content, so the reason lives with the intake; an "amend" entry
    is paired with the amendment of its intake recorded closest in time (the same commit).
    """
    wanted = {e.intake_reference for e in entries if e.event == "amend" and e.intake_reference}
    recorded: dict[str, list[AmendmentRecord]] = {}
    if wanted:
        for intake in store.intakes.case_list():
            if intake.reference in wanted:
                recorded[intake.reference] = store.intakes.amendments(intake.id)
    reasons = []
    for entry in entries:
        candidates = recorded.get(entry.intake_reference or "", [])
        if entry.event != "amend" or not candidates:
            reasons.append("")
            continue
        at = datetime.fromisoformat(entry.at)
        closest = min(candidates, key=lambda record: abs(record.amended_at - at))
        reasons.append(closest.reason)
    return reasons


class Casework:
    def __init__(
        self,
        session: Session,
        form: Form,
        station: str,
        training: bool = False,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.session = session
        self.form = form
        self.station = station
        self.training = training
        self._today = today

    def cases(self) -> list[IntakeSummary]:
        return [
            case
            for case in self.session.store.intakes.case_list()
            if case.is_training == self.training
        ]

    def officer_names(self) -> dict[str, str]:
        return {record.id: record.display_name for record in self.session.store.officers.all()}

    def start(self) -> CaseFile:
        if self.session.officer_id is None:
            raise CaseReadOnly("start")
        summary = self.session.store.intakes.create(
            self.session.officer_id, station=self.station, is_training=self.training
        )
        return self.open(summary.id)

    def open(self, intake_id: int) -> CaseFile:
        return self.open_summary(self.session.store.intakes.get(intake_id))

    def open_summary(self, summary: IntakeSummary) -> CaseFile:
        """Open an intake whose summary the caller has just read (not read a second time)."""
        saved = {
            key: {"value": record.value, "state": record.state}
            for key, record in self.session.store.answers.load(summary.id).items()
        }
        intake_date = summary.created_at.astimezone().date()
        interview = Interview.restore(self.form, intake_date, saved)
        indexes: list[IdentifierIndex] = [
            StoreIdentifierIndex(self.session.store, include_training=self.training)
        ]
        if not self.training:  # fictional cases must never show real stations' references
            indexes.append(StoreTokenIndex(self.session.store))
        return CaseFile(summary, interview, self.session, self.form.policy, indexes)

    def letters(
        self, case: CaseFile, data_dir: Path, now: Callable[[], datetime] = datetime.now
    ) -> Letters:
        """The referral case and service directory for `case`'s letters.

        Raises LettersNeedOfficer, StationProfileMissing, or the directory's FormFileError.
        """
        officer_id = self.session.officer_id
        if officer_id is None:
            raise LettersNeedOfficer()
        station = load_station_profile(data_dir)
        if station is None:
            raise StationProfileMissing()
        officer = Officer(
            name=self.officer_names().get(officer_id, officer_id), contact=station.phone
        )
        station_copy = data_dir / DIRECTORY_FILE
        directory = load_directory(station_copy if station_copy.is_file() else None)
        store, policy, training = self.session.store, self.form.policy, self.training

        def current_case() -> ReferralCase:
            records = store.answers.load(case.summary.id)
            return referral_case(
                case.interview,
                triage_decision(case.interview, policy, case.series_match_count()),
                station,
                officer,
                case.summary.reference,
                recorded_at={key: record.saved_at for key, record in records.items()},
                now=now(),
                training=training,
            )

        return Letters(current_case, directory, officer_id)
