"""The window's case handling without Qt: every answer stored at once, decisions, R7 matches."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from intake_app.casework import (
    CaseFile,
    Casework,
    LettersNeedOfficer,
    StationProfileMissing,
    amendment_reasons,
)
from intake_app.forms.loader import load_form
from intake_app.forms.model import Form
from intake_app.referrals.directory import load_directory
from intake_app.referrals.directory_edit import save_station_directory
from intake_app.session import Session, first_run, open_session
from intake_app.station_profile import StationProfile, save_station_profile
from intake_app.store.errors import IntakeNotEditable
from intake_app.triage.contract import Decision
from intake_app.vault import KdfParams

CHEAP_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)
PASSPHRASE = "drie losse woorden hier"  # noqa: S105 - a fictional test passphrase


@pytest.fixture(scope="module")
def form() -> Form:
    return load_form()


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened, _recovery_key = first_run(tmp_path, "A100", "Agent Fictief", PASSPHRASE, kdf=CHEAP_KDF)
    yield opened
    opened.close()


def answer(case: CaseFile, key: str, value: object) -> None:
    case.interview.set_answer(key, value)
    saved = case.interview.saved_answers()
    case.persist(key, saved.get(key))


def add_suspect(case: CaseFile, answers: dict[str, object]) -> int:
    number = case.interview.add_instance("suspects")
    case.persist("suspects", case.interview.saved_answers()["suspects"])
    for question, value in answers.items():
        answer(case, f"suspects#{number}.{question}", value)
    return number


def sextortion_of_a_15_year_old(case: CaseFile) -> None:
    answer(case, "victim_age_years", 15)
    answer(case, "incident_kinds", ["sextortion"])
    answer(case, "financial_demand", "yes")
    answer(case, "extortion_deadline", "yes")
    answer(case, "deadline_within_48h", "yes")


def test_answers_survive_closing_and_reopening_the_store(
    tmp_path: Path, session: Session, form: Form
) -> None:
    work = Casework(session, form, "Basisteam Voorbeeldstad")
    case = work.start()
    answer(case, "victim_name", "Şükrü Łukasz محمد")
    sextortion_of_a_15_year_old(case)
    add_suspect(case, {"known": "no", "age_estimate": "adult"})
    session.close()

    reopened = open_session(tmp_path, "A100", PASSPHRASE, kdf=CHEAP_KDF)
    again = Casework(reopened, form, "Basisteam Voorbeeldstad").open(case.summary.id)

    assert again.victim_name() == "Şükrü Łukasz محمد"
    assert again.interview.saved_answers() == case.interview.saved_answers()
    reopened.close()


def test_decision_for_the_15_year_old_with_a_deadline(session: Session, form: Form) -> None:
    case = Casework(session, form, "Basisteam Voorbeeldstad").start()
    sextortion_of_a_15_year_old(case)
    add_suspect(case, {"known": "no", "age_estimate": "adult"})

    decision = case.decision()

    assert isinstance(decision, Decision)
    assert decision.category == "C"  # R2
    assert decision.tsm == "investigation"  # R3
    assert "publication_deadline" in decision.urgent


def test_a_shared_phone_number_is_a_series_with_an_r7_reason(session: Session, form: Form) -> None:
    work = Casework(session, form, "Basisteam Voorbeeldstad")
    earlier = work.start()
    sextortion_of_a_15_year_old(earlier)
    add_suspect(earlier, {"identifiers": [{"kind": "phone", "value": "06-12345678"}]})

    later = work.start()
    sextortion_of_a_15_year_old(later)
    number = add_suspect(later, {"identifiers": [{"kind": "phone", "value": "+31 6 1234 5678"}]})

    message = later.identifier_matches(f"suspects#{number}.identifiers")
    decision = later.decision()

    assert earlier.summary.reference in message
    assert "1 eerdere intake" in message
    assert isinstance(decision, Decision)
    assert decision.reasons[0].rule == "R7"
    assert earlier.summary.reference in decision.reasons[0].text
    # R7 reaches triage as series_matches: the flag, with one R7 reason (not two).
    assert "series_suspected" in decision.flags
    assert [r.rule for r in decision.reasons].count("R7") == 1
    assert later.identifier_matches("suspects#1.identifiers", "en").startswith("This identifier")


def test_a_removed_identifier_no_longer_matches(session: Session, form: Form) -> None:
    work = Casework(session, form, "Basisteam Voorbeeldstad")
    earlier = work.start()
    add_suspect(earlier, {"identifiers": [{"kind": "email", "value": "x@voorbeeld.example"}]})
    answer(earlier, "suspects#1.identifiers", [])

    later = work.start()
    add_suspect(later, {"identifiers": [{"kind": "email", "value": "X@voorbeeld.example "}]})

    assert later.series_matches() == []


def test_a_finalised_case_is_read_only(session: Session, form: Form) -> None:
    case = Casework(session, form, "Basisteam Voorbeeldstad").start()
    answer(case, "safe_now", "yes")

    case.finalise()

    assert not case.editable
    with pytest.raises(IntakeNotEditable):
        answer(case, "safe_now", "no")

    case.amend("Nieuwe informatie van de persoon (fictief)")
    assert case.summary.status == "amended"
    answer(case, "safe_now", "no")


def test_training_and_real_cases_are_listed_apart(session: Session, form: Form) -> None:
    real = Casework(session, form, "Basisteam Voorbeeldstad")
    training = Casework(session, form, "Basisteam Voorbeeldstad", training=True)
    real.start()
    training.start()

    assert len(real.cases()) == 1
    assert len(training.cases()) == 1
    assert real.cases()[0].is_training is False


def test_intake_date_is_the_day_the_intake_was_made(session: Session, form: Form) -> None:
    case = Casework(session, form, "Basisteam Voorbeeldstad").start()

    assert case.interview.answers_document()["intake_date"] == date.today().isoformat()


def test_letters_are_assembled_from_the_case_the_station_and_the_officer(
    tmp_path: Path, session: Session, form: Form
) -> None:
    save_station_profile(
        tmp_path, StationProfile(name="Basisteam Voorbeeldstad", phone="0900-8844")
    )
    work = Casework(session, form, "Basisteam Voorbeeldstad")
    case = work.start()
    sextortion_of_a_15_year_old(case)
    moment = datetime(2026, 11, 23, 10, 0)

    letters = work.letters(case, tmp_path, now=lambda: moment)
    referral = letters.current_case()

    assert letters.officer_id == "A100"
    assert letters.directory.get("offlimits").name
    assert referral.reference == case.summary.reference
    assert (referral.officer.name, referral.officer.contact) == ("Agent Fictief", "0900-8844")
    assert referral.station.name == "Basisteam Voorbeeldstad"
    assert referral.urgency  # the triage decision's referrals reach the letters


def test_letters_use_the_station_copy_of_the_service_directory(
    tmp_path: Path, session: Session, form: Form
) -> None:
    save_station_profile(tmp_path, StationProfile(name="Basisteam Voorbeeldstad"))
    services = [s.model_dump(mode="json") for s in load_directory().services]
    services[0]["phone"] = "020-000 00 00"
    save_station_directory(tmp_path, services)
    work = Casework(session, form, "Basisteam Voorbeeldstad")

    letters = work.letters(work.start(), tmp_path)

    assert letters.directory.get("offlimits").phone == "020-000 00 00"


def test_no_letters_without_a_station_profile(tmp_path: Path, session: Session, form: Form) -> None:
    work = Casework(session, form, "Basisteam Voorbeeldstad")

    with pytest.raises(StationProfileMissing) as refused:
        work.letters(work.start(), tmp_path)

    assert refused.value.code == "casework.station_profile_missing"


def test_no_letters_when_opened_with_the_recovery_key(
    tmp_path: Path, session: Session, form: Form
) -> None:
    save_station_profile(tmp_path, StationProfile(name="Basisteam Voorbeeldstad"))
    case = Casework(session, form, "Basisteam Voorbeeldstad").start()
    session.officer_id = None

    with pytest.raises(LettersNeedOfficer):
        Casework(session, form, "Basisteam Voorbeeldstad").letters(case, tmp_path)


def test_the_reasons_for_reopening_are_kept_and_paired_with_the_audit_entries(
    session: Session, form: Form
) -> None:
    case = Casework(session, form, "Basisteam Voorbeeldstad").start()
    case.finalise()
    case.amend("Telefoonnummer verschreven (fictief)")
    case.finalise()
    case.amend("Tweede verklaring toegevoegd (fictief)")
    entries = session.store.audit_entries()

    reasons = amendment_reasons(session.store, entries)

    assert [record.reason for record in case.amendments()] == [
        "Telefoonnummer verschreven (fictief)",
        "Tweede verklaring toegevoegd (fictief)",
    ]
    paired = [(e.event, r) for e, r in zip(entries, reasons, strict=True) if e.event == "amend"]
    assert sorted(paired) == [
        ("amend", "Telefoonnummer verschreven (fictief)"),
        ("amend", "Tweede verklaring toegevoegd (fictief)"),
    ]
    assert all(r == "" for e, r in zip(entries, reasons, strict=True) if e.event != "amend")
