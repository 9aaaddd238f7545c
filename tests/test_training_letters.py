"""The training store's fictional cases have consent recorded, so letters can be practised
(issue 18)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from intake_app.casework import Casework
from intake_app.forms.loader import load_form
from intake_app.referrals.case import Officer
from intake_app.referrals.directory import load_directory
from intake_app.referrals.from_interview import referral_case, triage_decision
from intake_app.training import TRAINING_STATION, open_training_session
from intake_app.ui.letters.documents import service_choices
from intake_app.vault import KdfParams

CHEAP_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)


def test_every_training_case_can_make_an_offlimits_letter(tmp_path: Path) -> None:
    form = load_form()
    session = open_training_session(tmp_path / "training", form, kdf=CHEAP_KDF)
    try:
        casework = Casework(session, form, TRAINING_STATION.name, training=True)
        cases = session.store.intakes.list_page(training=True)
        assert len(cases) == 3
        for summary in cases:
            case = casework.open(summary.id)
            referral = referral_case(
                case.interview,
                triage_decision(case.interview, form.policy),
                TRAINING_STATION,
                Officer(name="Oefenagent (fictief)", contact="0000"),
                summary.reference,
                recorded_at={},
                now=datetime(2026, 11, 28, 10, 0),
                training=True,
            )
            choices = {
                choice.service: choice
                for choice in service_choices(
                    referral, load_directory(), form.policy, datetime(2026, 11, 28, 10, 0), "nl"
                )
            }
            assert choices["offlimits"].letters, summary.reference
    finally:
        session.close()
