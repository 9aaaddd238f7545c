"""The training store: a separate data folder with fictional cases, for practice and demos.

Nothing in it is real: the people, numbers and handles below are invented, and every screen
and letter made from it says so. Its one officer's passphrase is printed on the unlock screen.

Beside it lives the training frontoffice (`intake-app demo --frontoffice`), a second data
folder in the frontoffice role, so officers and frontoffice staff can practise the round trip
of consult and advice (docs/frontoffice.md). Both use the fixed fictional keys of
intake_app/frontoffice/training_keys.py, so training packages travel between any training
stores; every package they make carries the training marker, which a real installation
refuses. The training frontoffice starts with two fictional consults in its queue: two of the
training station's cases, and one from a second fictional station sharing a suspect's e-mail
address with the first (a possible series, R7).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from intake_app.casework import Casework
from intake_app.consultation import Consultation
from intake_app.forms.model import Form
from intake_app.frontoffice.consult_content import OfficerRef
from intake_app.frontoffice.package import seal
from intake_app.frontoffice.training_keys import (
    TRAINING_OTHER_STATION,
    training_frontoffice,
    training_stations,
)
from intake_app.session import Session, first_run, needs_first_run, open_session
from intake_app.station_profile import StationProfile, save_station_profile
from intake_app.training_identity import (
    FRONTOFFICE_TRAINING_FOLDER,
    TRAINING_FOLDER,
    TRAINING_OFFICER_ID,
    TRAINING_OFFICER_NAME,
    TRAINING_PASSPHRASE,
)
from intake_app.vault import KdfParams

TRAINING_STATION = StationProfile(
    name="Oefenbureau (fictief)", address=("Voorbeeldplein 1", "1234 AB Voorbeeldstad")
)

# Answers of the fictional cases: (top-level answers, suspects' answers).
FICTIONAL_CASES: Sequence[tuple[Mapping[str, Any], Sequence[Mapping[str, Any]]]] = (
    (
        {
            "safe_now": "yes",
            "extortion_deadline": "yes",
            "deadline_within_48h": "yes",
            "self_harm_thoughts": "no",
            "victim_name": "Sam Voorbeeld",
            "victim_age_years": 15,
            "incident_kinds": ["sextortion"],
            "pressure_or_force": "yes",
            "threat_to_publish": "yes",
            "financial_demand": "yes",
            "paid_already": "no",
            # Consent recorded, so letters can be practised (R4: 15, so both consent).
            "guardian_safe_to_involve": "yes",
            "guardian_name": "Ouder Voorbeeld (fictief)",
            "guardian_phone": "06-12345678",
            "consent_given_by": "both",
            "consent_offlimits": "yes",
            "consent_shn": "yes",
        },
        (
            {
                "known": "no",
                "age_estimate": "adult",
                "relation": "online_only",
                "identifiers": [{"kind": "email", "value": "afperser@voorbeeld.example"}],
            },
        ),
    ),
    (
        {
            "safe_now": "yes",
            "extortion_deadline": "no",
            "self_harm_thoughts": "no",
            "victim_name": "Noor Testpersoon",
            "victim_age_years": 24,
            "incident_kinds": ["image_abuse"],
            "account": "Na het uitgaan van de relatie zijn beelden gedeeld (fictief voorbeeld).",
            "images_exist": "yes",
            "images_distributed": "yes",
            "consent_offlimits": "yes",  # an adult consents alone
            "consent_shn": "yes",
        },
        ({"known": "yes", "age_years": 26, "relation": "partner_or_ex"},),
    ),
    (
        {
            "safe_now": "yes",
            "extortion_deadline": "no",
            "self_harm_thoughts": "no",
            "victim_name": "Jesse Fictief",
            "victim_age_years": 14,
            "incident_kinds": ["sexchatting"],
            "pressure_or_force": "no",
            "threat_to_publish": "no",
            "financial_demand": "no",
            "guardian_safe_to_involve": "yes",
            "guardian_name": "Ouder Voorbeeld (fictief)",
            "guardian_phone": "06-12345678",
            "consent_given_by": "both",
            "consent_offlimits": "yes",
            "consent_shn": "no",  # one refusal too, to practise reading the reason
        },
        ({"known": "yes", "age_years": 14, "relation": "acquaintance"},),
    ),
)


SUBMITTED_CASES = 2  # the first fictional cases wait in the training frontoffice's queue


def training_pair(data_dir: Path) -> tuple[Path, Path]:
    """The training station's and the training frontoffice's folders, side by side, whichever
    of the two `data_dir` is."""
    if data_dir.name == FRONTOFFICE_TRAINING_FOLDER:
        return data_dir.parent / TRAINING_FOLDER, data_dir
    return data_dir, data_dir.parent / FRONTOFFICE_TRAINING_FOLDER


def open_training_session(data_dir: Path, form: Form, kdf: KdfParams | None = None) -> Session:
    """Unlock the training store (a station, or the training frontoffice beside it), creating
    both with their fictional cases and consults on first use."""
    station_dir, frontoffice_dir = training_pair(data_dir)
    if needs_first_run(station_dir):
        _new_training_station(station_dir, form, kdf)
    if needs_first_run(frontoffice_dir):
        _new_training_frontoffice(station_dir, frontoffice_dir, form, kdf)
    return _open(data_dir, kdf)


def _open(data_dir: Path, kdf: KdfParams | None) -> Session:
    return open_session(data_dir, TRAINING_OFFICER_ID, TRAINING_PASSPHRASE, kdf=kdf)


def _new_store(data_dir: Path, kdf: KdfParams | None) -> Session:
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    session, _recovery_key = first_run(
        data_dir, TRAINING_OFFICER_ID, TRAINING_OFFICER_NAME, TRAINING_PASSPHRASE, kdf=kdf
    )
    return session


def _new_training_station(data_dir: Path, form: Form, kdf: KdfParams | None) -> None:
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    save_station_profile(data_dir, TRAINING_STATION)
    session = _new_store(data_dir, kdf)
    try:
        add_fictional_cases(Casework(session, form, TRAINING_STATION.name, training=True))
        work = Consultation(session, training=True)
        own, _other = training_stations()
        session.store.frontoffice.create_key(own, session.officer_id)
        frontoffice = training_frontoffice()
        work.trust(frontoffice.public.to_file(), "frontoffice", frontoffice.fingerprint)
    finally:
        session.close()


def _new_training_frontoffice(
    station_dir: Path, data_dir: Path, form: Form, kdf: KdfParams | None
) -> None:
    """The training frontoffice, trusting both fictional stations, with fictional consults."""
    session = _new_store(data_dir, kdf)
    try:
        desk = Consultation(session, training=True)
        session.store.frontoffice.create_key(training_frontoffice(), session.officer_id)
        for station in training_stations():
            desk.trust(station.public.to_file(), "station", station.fingerprint)
        station_session = _open(station_dir, kdf)
        try:
            _send_fictional_consults(Consultation(station_session, training=True), desk, form)
        finally:
            station_session.close()
    finally:
        session.close()


def _send_fictional_consults(station: Consultation, desk: Consultation, form: Form) -> None:
    cases = sorted(station.store.intakes.case_list(), key=lambda case: case.id)
    first = None
    for case in cases[:SUBMITTED_CASES]:
        export = station.export_consult(case.reference, form)
        station.submitted(export)
        desk.import_consult(export.data)
        first = first or export
    if first is None:
        return
    # The same (fictional) extortionist, reported two days earlier at another station (R7).
    earlier = first.content.consulted_at - timedelta(days=2)
    other = first.content.model_copy(
        update={
            "reference": "2026-0042",
            "station": TRAINING_OTHER_STATION,
            "officer": OfficerRef(id="oefen2", name="Oefenagent Zuid"),
            "intake_created_at": earlier,
            "consulted_at": earlier,
            "series": [],
            "consents": [],
            "letters": [],
        }
    )
    _own, sender = training_stations()
    data, _header = seal(
        other.document(),
        "consult",
        sender,
        training_frontoffice().public,
        True,
        datetime.now(UTC) - timedelta(minutes=1),
    )
    desk.import_consult(data)


def add_fictional_cases(casework: Casework) -> None:
    for answers, suspects in FICTIONAL_CASES:
        case = casework.start()
        interview = case.interview
        for key, value in answers.items():
            interview.set_answer(key, value)
        for suspect in suspects:
            number = interview.add_instance("suspects")
            for question, value in suspect.items():
                interview.set_answer(f"suspects#{number}.{question}", value)
        for key, entry in interview.saved_answers().items():
            case.persist(key, entry)
