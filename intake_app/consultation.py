"""Putting an intake to the TSM frontoffice (R1) and bringing its advice back, without Qt.

Both ends use this: a station exports a consult package and imports the advice; the
frontoffice imports consults, matches their identifiers across the region (R7), records
advice and exports it. The commands (intake_app/commands/{frontoffice,station,consult,advice}.py)
compose it, and so will the window. Every refusal is audited (code only) and changes nothing
else; every accepted step is audited by the store in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from intake_app.casework import Casework
from intake_app.forms.model import Form
from intake_app.frontoffice.advice import (
    Advice,
    AdviceInput,
    SeriesMatch,
    parse_advice,
    parse_advice_input,
)
from intake_app.frontoffice.consult_content import (
    CONTENT_VERSION,
    ConsentGiven,
    ConsultContent,
    LetterGiven,
    OfficerRef,
    SeriesRef,
    build_consult,
)
from intake_app.frontoffice.errors import (
    FrontofficeError,
    PackageAltered,
    PackageMalformed,
    PackageTrainingMismatch,
    PackageUntrusted,
    PackageWrongReceiver,
    UnknownIntake,
)
from intake_app.frontoffice.keys import (
    KeyPair,
    PublicIdentity,
    Role,
    check_fingerprint,
    parse_key_file,
)
from intake_app.frontoffice.package import (
    Kind,
    OpenedPackage,
    PackageHeader,
    open_package,
    read_package,
    seal,
)
from intake_app.frontoffice.training_keys import is_training_key
from intake_app.seriality.identifier import MatchKey
from intake_app.seriality.normalise import normalise
from intake_app.session import Session, first_run
from intake_app.store.frontoffice import (
    AdviceRecord,
    ConsultRecord,
    KeyStateError,
    QueuedConsult,
    intake_by_reference,
)
from intake_app.store.records import IntakeSummary
from intake_app.triage.contract import BadAnswers, to_document
from intake_app.vault import KdfParams


class ConsultationError(FrontofficeError):
    """A step that cannot be taken here or now; the message says what to do first."""

    code = "consultation.not_possible"

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


class _Refusal(ConsultationError):
    """One step that cannot be taken: its class names its `code` (problems.py's templates)."""

    def __init__(self, message: str) -> None:
        super().__init__(self.code, message)


class NotAdministrator(_Refusal):
    """Only an administrator (or the recovery key) manages keys."""

    code = "consultation.not_admin"


class RecoveryKeyOnly(_Refusal):
    """Opened with the recovery key: an officer must do this."""

    code = "consultation.recovery_key"


class WrongRole(_Refusal):
    """This installation has no key pair yet, or the other role."""

    code = "consultation.wrong_role"


class SameRole(_Refusal):
    """A key file of the same role as this installation."""

    code = "consultation.same_role"


class TrainingKeyMismatch(_Refusal):
    """A training key at a real installation, or a real one in training."""

    code = "consultation.training_key"


class NoFrontoffice(_Refusal):
    """No TSM frontoffice trusted yet."""

    code = "consultation.no_frontoffice"


class NoDecision(_Refusal):
    """The triage cannot be decided yet."""

    code = "consultation.no_decision"


class UnknownConsult(_Refusal):
    """No such consult here."""

    code = "consultation.unknown_consult"


class AmbiguousConsult(_Refusal):
    """The reference is there from more than one station."""

    code = "consultation.ambiguous"


class StationUntrusted(_Refusal):
    """The station has no trusted key left to seal the advice to."""

    code = "consultation.station_untrusted"


class NoAdvice(_Refusal):
    """No advice recorded yet."""

    code = "consultation.no_advice"


@dataclass(frozen=True)
class SealedPackage:
    data: bytes
    header: PackageHeader


@dataclass(frozen=True)
class ConsultExport(SealedPackage):
    content: ConsultContent
    intake: IntakeSummary


@dataclass(frozen=True)
class ConsultImport:
    consult: ConsultRecord
    matches: list[SeriesMatch]


class Consultation:
    def __init__(
        self,
        session: Session,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        training: bool = False,
    ) -> None:
        """`training`: this is the training store; it takes only training packages, and a
        real installation takes none."""
        self.session = session
        self.training = training
        self.store = session.store
        self.records = session.store.frontoffice
        self._now = now

    # -- who may do what ----------------------------------------------------------------------
    def is_administrator(self) -> bool:
        """The recovery key is an administrator's rescue; otherwise the officer's role."""
        if self.session.officer_id is None:
            return True
        roles = {officer.id: officer.role for officer in self.store.officers.all()}
        return roles.get(self.session.officer_id) == "admin"

    def _require_administrator(self) -> None:
        if not self.is_administrator():
            raise NotAdministrator(
                "Alleen een beheerder beheert de sleutels; er is niets gewijzigd.",
            )

    def _officer(self) -> str:
        if self.session.officer_id is None:
            raise RecoveryKeyOnly(
                "Met de herstelsleutel geopend: log in als agent om dit te doen.",
            )
        return self.session.officer_id

    def own_key(self, role: Role) -> KeyPair:
        key = self.records.own_key()
        if key is None or key.role != role:
            if role == "frontoffice":
                message = (
                    "Deze installatie is geen TSM-frontoffice. Richt haar in met "
                    "'intake-app frontoffice init'."
                )
            else:
                message = (
                    "Dit bureau heeft nog geen sleutelpaar. Maak het met "
                    "'intake-app station key export BESTAND'."
                )
            raise WrongRole(message)
        return key

    # -- keys ---------------------------------------------------------------------------------
    def init_frontoffice(self, region: str) -> KeyPair:
        self._require_administrator()
        pair = KeyPair.generate("frontoffice", region, self._now())
        self.records.create_key(pair, self.session.officer_id)
        return pair

    def station_key(self, station: str) -> tuple[KeyPair, bool]:
        """This station's key pair, made on first use; True when it was just made."""
        existing = self.records.own_key()
        if existing is not None:
            if existing.role != "station":
                raise WrongRole("Deze installatie is de TSM-frontoffice.")
            return existing, False
        self._require_administrator()
        pair = KeyPair.generate("station", station, self._now())
        self.records.create_key(pair, self.session.officer_id)
        return pair, True

    def replace_key(self, revoke: bool) -> tuple[str, KeyPair]:
        self._require_administrator()
        current = self.records.own_key()
        if current is None:
            raise KeyStateError("Deze installatie heeft nog geen sleutelpaar.")
        pair = KeyPair.generate(current.role, current.name, self._now())
        old = self.records.replace_key(pair, self.session.officer_id, revoke)
        return old, pair

    def trust(self, data: bytes, role: Role, heard: str) -> tuple[PublicIdentity, str | None]:
        """Trust another installation's key file once its fingerprint matches what was heard."""
        self._require_administrator()
        identity = parse_key_file(data, role)
        check_fingerprint(identity, heard)
        if is_training_key(identity.fingerprint) != self.training:
            raise TrainingKeyMismatch(
                "Dit is een sleutel van de oefenomgeving (fictief), of een echte sleutel in de "
                "oefenomgeving: die gaan niet samen. Er is niets gewijzigd.",
            )
        own = self.records.own_key()
        if own is not None and own.role == role:
            raise SameRole(
                "Een bureau vertrouwt de frontoffice en de frontoffice vertrouwt bureaus; "
                "dit sleutelbestand heeft dezelfde rol als deze installatie.",
            )
        return identity, self.records.trust(identity, self.session.officer_id)

    def revoke(self, fingerprint: str) -> None:
        self._require_administrator()
        self.records.revoke_peer(fingerprint, self.session.officer_id)

    # -- refusals -----------------------------------------------------------------------------
    def _refused(self, problem: FrontofficeError, data: bytes, kind: str) -> None:
        details: dict[str, int | bool | str] = {"what": kind}
        try:
            header = read_package(data)[0]
        except PackageMalformed:
            header = None
        if header is not None:
            details["package"] = header.package_id
            details["sender"] = header.sender.fingerprint
        self.records.refused(self.session.officer_id, problem.code, details)

    def _open(self, data: bytes, kind: Kind) -> OpenedPackage:
        """Open a package of `kind`; training packages stay in the training store, and real
        ones out of it. A training package at a real installation is sealed to and signed by
        fictional keys it does not hold or trust: said as "training", not "untrusted". A real
        package whose marker was changed stays "altered" (the signature covers the header)."""
        try:
            opened = open_package(data, kind, self.records.usable_keys(), self.records.trusted())
        except (PackageWrongReceiver, PackageUntrusted):
            header = read_package(data)[0]
            if header.training != self.training:
                raise PackageTrainingMismatch(header.training) from None
            raise
        if opened.header.training != self.training:
            raise PackageTrainingMismatch(opened.header.training)
        return opened

    # -- station: consult out, advice in ------------------------------------------------------
    def find_intake(self, reference: str) -> IntakeSummary:
        intake = intake_by_reference(self.store.database, reference)
        if intake is None:
            raise UnknownIntake(reference)
        return intake

    def export_consult(self, reference: str, form: Form) -> ConsultExport:
        """The consult package for one intake, sealed to the trusted frontoffice. The caller
        writes it, then calls `submitted` (so the intake shows it as put to the frontoffice).
        Everything in it is read from one snapshot of the store."""
        with self.store.database.snapshot():
            return self._export_consult(reference, form)

    def _export_consult(self, reference: str, form: Form) -> ConsultExport:
        officer = self._officer()
        own = self.own_key("station")
        frontoffice = self.records.active_peer("frontoffice")
        if frontoffice is None:
            raise NoFrontoffice(
                "Dit bureau vertrouwt nog geen TSM-frontoffice. De beheerder importeert haar "
                "sleutel met 'intake-app station trust-frontoffice BESTAND'.",
            )
        intake = self.find_intake(reference)
        case = Casework(
            self.session, form, intake.station, training=intake.is_training
        ).open_summary(intake)
        decision, series = case.decision_and_matches("nl")
        if isinstance(decision, BadAnswers):
            raise NoDecision(
                f"De triage kan nog niet worden bepaald ({decision}). Verbeter dat antwoord "
                "eerst; er is niets gemaakt.",
            )
        now = self._now()
        officer_name = self.store.officers.display_name(officer) or officer
        content = build_consult(
            interview=case.interview,
            reference=intake.reference,
            station=own.name,
            officer=OfficerRef(id=officer, name=officer_name),
            intake_created_at=intake.created_at,
            consulted_at=now,
            intake_status=intake.status,
            training=intake.is_training,
            decision=to_document(decision),
            series=[
                SeriesRef(reference=match.reference, date=match.date, station=match.station)
                for match in series
            ],
            consents=[
                ConsentGiven(service=c.service, given_by=c.given_by, given_at=c.given_at)
                for c in self.store.consents.for_intake(intake.id)
            ],
            letters=[
                LetterGiven(service=letter.service, produced_at=letter.produced_at)
                for letter in self.store.letters.for_intake(intake.id)
            ],
        )
        data, header = seal(
            content.document(), "consult", own, frontoffice, intake.is_training, now
        )
        return ConsultExport(data, header, content, intake)

    def submitted(self, export: ConsultExport) -> None:
        self.records.record_submission(
            export.intake.id,
            export.intake.reference,
            export.header.package_id,
            export.header.receiver.fingerprint,
            self.session.officer_id,
            export.intake.is_training,
        )

    def submitted_at(self, export: ConsultExport, written: Path) -> None:
        """Record the package written to `written` as submitted; if that cannot be recorded,
        the file goes too: no package may be out there that the intake does not show."""
        try:
            self.submitted(export)
        except BaseException:
            written.unlink(missing_ok=True)
            raise

    def pdf_written(self, export: ConsultExport, written: Path) -> None:
        """Audit the police-internal PDF written to `written`; if that cannot be audited, the
        file goes: an unencrypted copy of the case is never left behind unaudited."""
        try:
            self.store.record_event(
                "export", self.session.officer_id, export.intake.id, {"what": "consult_pdf"}
            )
        except BaseException:
            written.unlink(missing_ok=True)
            raise

    def _after_restore_allowed(self, after_restore: bool) -> None:
        if after_restore:
            self._require_administrator()

    def import_advice(
        self, data: bytes, after_restore: bool = False
    ) -> tuple[IntakeSummary, AdviceRecord]:
        self._after_restore_allowed(after_restore)
        try:
            own = self.own_key("station")
            opened = self._open(data, "advice")
            advice = parse_advice(opened.content)
            if advice.station != own.name or advice.training != opened.header.training:
                raise PackageAltered()
            intake = self.find_intake(advice.reference)
            if intake.is_training != advice.training:
                raise UnknownIntake(advice.reference)
            record = self.records.accept_advice(
                opened, advice, intake.id, intake.reference, self.session.officer_id, after_restore
            )
        except FrontofficeError as problem:
            self._refused(problem, data, "advice")
            raise
        return intake, record

    # -- frontoffice: consult in, advice out --------------------------------------------------
    def import_consult(self, data: bytes, after_restore: bool = False) -> ConsultImport:
        """`after_restore`: an administrator checked that this package, made before a restore
        from an older backup, was not imported already."""
        self._after_restore_allowed(after_restore)
        try:
            self.own_key("frontoffice")
            opened = self._open(data, "consult")
            version = opened.content.get("content_version")
            if isinstance(version, int) and version > CONTENT_VERSION:
                raise PackageMalformed("gemaakt door een nieuwere versie van de app; werk bij")
            try:
                content = ConsultContent.model_validate(opened.content)
            except ValueError:
                raise PackageMalformed("de inhoud van de voorlegging klopt niet") from None
            if content.training != opened.header.training:
                raise PackageAltered()
            keys = regional_keys(content)
            consult = self.records.accept_consult(
                opened, content, keys, self.session.officer_id, after_restore
            )
        except FrontofficeError as problem:
            self._refused(problem, data, "consult")
            raise
        return ConsultImport(consult, self.matches(consult.id))

    def queue(self) -> list[QueuedConsult]:
        """The consults held here: not yet advised first, urgent first, then the oldest; each
        with how many other consults in the region share a suspect's identifier (R7)."""
        return self.records.queue(self.training)

    def consult_by_id(self, consult_id: int) -> ConsultRecord:
        record = self.records.consult_by_id(consult_id)
        if record is None:
            raise UnknownConsult("Deze voorlegging staat niet (meer) hier.")
        return record

    def matches(self, consult_id: int) -> list[SeriesMatch]:
        return [
            SeriesMatch(station=station, reference=reference, date=at.astimezone().date())
            for station, reference, at in self.records.regional_matches(consult_id)
        ]

    def consult(self, reference: str, station: str | None) -> ConsultRecord:
        found = self.records.consults(reference, station)
        if not found:
            raise UnknownConsult(
                f"Er is geen voorlegging {reference}"
                + (f" van {station}" if station else "")
                + " ingelezen.",
            )
        if len(found) > 1:
            stations = ", ".join(sorted(record.station for record in found))
            raise AmbiguousConsult(
                f"Voorlegging {reference} is er van meer bureaus ({stations}); geef --station.",
            )
        return found[0]

    def record_advice(
        self,
        reference: str,
        station: str | None,
        document: bytes,
        write: Callable[[bytes], None] | None = None,
    ) -> tuple[Advice, SealedPackage | None]:
        """Record the advice. With `write`, also seal it for the station and hand the package
        to `write` (which stores the file) before the one transaction that records both; if
        `write` raises, nothing is recorded."""
        officer = self._officer()
        own = self.own_key("frontoffice")
        given = parse_advice_input(document)
        with self.store.database.snapshot():
            advice, consult = self._advice_on(reference, station, given, officer)
        package = None
        if write is not None:
            receiver = self._station_receiver(consult.station)
            data, header = seal(
                advice.document(), "advice", own, receiver, consult.training, self._now()
            )
            package = SealedPackage(data, header)
            write(data)
        exported = (package.header.package_id, consult.station[:64]) if package else None
        self.records.record_advice(consult.id, advice, officer, exported)
        return advice, package

    def _advice_on(
        self, reference: str, station: str | None, given: AdviceInput, officer: str
    ) -> tuple[Advice, ConsultRecord]:
        consult = self.consult(reference, station)
        advice = Advice(
            station=consult.station,
            reference=consult.reference,
            advised_by=given.advised_by or self.store.officers.display_name(officer) or officer,
            advised_at=self._now(),
            training=consult.training,
            advice=given,
            series=self.matches(consult.id),
        )
        return advice, consult

    def _station_receiver(self, station: str) -> PublicIdentity:
        receiver = self.records.active_peer("station", station)
        if receiver is None:
            raise StationUntrusted(
                f"{station} heeft geen vertrouwde (niet ingetrokken) sleutel meer; "
                "het advies kan niet worden verzegeld.",
            )
        return receiver

    def export_advice(self, reference: str, station: str | None) -> tuple[SealedPackage, int]:
        """The newest advice for a consult, sealed to that station's current key. The caller
        writes it, then calls `advice_sent`."""
        own = self.own_key("frontoffice")
        consult = self.consult(reference, station)
        record = self.records.latest_advice(consult.id)
        if record is None:
            raise NoAdvice(
                f"Voor {consult.station} {reference} is nog geen advies vastgelegd "
                "('intake-app advice record').",
            )
        receiver = self._station_receiver(consult.station)
        data, header = seal(
            record.advice.document(), "advice", own, receiver, consult.training, self._now()
        )
        return SealedPackage(data, header), record.id

    def advice_sent(self, package: SealedPackage, advice_id: int) -> None:
        self.records.advice_exported(
            advice_id,
            package.header.package_id,
            self.session.officer_id,
            {"station": package.header.receiver.name[:64]},
        )


def first_run_frontoffice(
    data_dir: Path,
    region: str,
    admin_id: str,
    admin_name: str,
    passphrase: str,
    kdf: KdfParams | None = None,
) -> tuple[Session, str]:
    """A new installation in the frontoffice role (R1): vault, store and first administrator,
    then the region's key pair. The name is checked before anything is made, so a bad one
    leaves the folder empty."""
    KeyPair.generate("frontoffice", region)  # refuses an empty, long or control-character name
    session, recovery_key = first_run(data_dir, admin_id, admin_name, passphrase, kdf=kdf)
    try:
        Consultation(session).init_frontoffice(region)
    except BaseException:
        session.close()
        raise
    return session, recovery_key


def regional_keys(content: ConsultContent) -> list[MatchKey]:
    """The consult's suspect identifiers, normalised as at the stations (R7); placeholders
    ("onbekend", "Anoniem") are left out so they never link consults."""
    keys = []
    for item in content.identifiers:
        identifier = normalise(item.kind, item.value, item.platform)
        if identifier.matchable:
            keys.append(identifier.match_key)
    return keys
