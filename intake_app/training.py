"""The training store: a separate data folder with fictional cases, for practice and demos.

Nothing in it is real: the people, numbers and handles below are invented, and every screen
and letter made from it says so. Its one officer's passphrase is printed on the unlock screen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from intake_app.casework import Casework
from intake_app.forms.model import Form
from intake_app.session import Session, first_run, needs_first_run, open_session
from intake_app.station_profile import StationProfile, save_station_profile
from intake_app.training_identity import (
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
        ({"known": "no", "age_estimate": "adult", "relation": "online_only"},),
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


def open_training_session(data_dir: Path, form: Form, kdf: KdfParams | None = None) -> Session:
    """Unlock the training store, creating it with its fictional cases on first use."""
    if not needs_first_run(data_dir):
        return open_session(data_dir, TRAINING_OFFICER_ID, TRAINING_PASSPHRASE, kdf=kdf)
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    save_station_profile(data_dir, TRAINING_STATION)
    session, _recovery_key = first_run(
        data_dir, TRAINING_OFFICER_ID, TRAINING_OFFICER_NAME, TRAINING_PASSPHRASE, kdf=kdf
    )
    add_fictional_cases(Casework(session, form, TRAINING_STATION.name, training=True))
    return session


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
