"""Fictional stations and a frontoffice in their own data folders, driven by the commands."""

from __future__ import annotations

import io
from collections.abc import Sequence
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from intake_app.casework import CaseFile, Casework
from intake_app.cli import main
from intake_app.forms.loader import load_form
from intake_app.session import Session, first_run, open_session
from intake_app.station_profile import StationProfile, save_station_profile
from intake_app.vault import KdfParams

CHEAP_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)
ADMIN = "beheer01"
PASSPHRASE = "paarse olifant danst zacht"  # noqa: S105 - fictional
NOORD, ZUID, REGION = "Bureau Fictief-Noord", "Bureau Fictief-Zuid", "TSM Fictief-Oost"
SHARED_PHONE = "06-12345678"  # a fictional suspect's number, typed two ways at two stations
# Canaries: unique text planted in the intake; none may be readable in a package file.
CANARY_NAME = "Zwaantje Kanarievogel-Qx7"
CANARY_ACCOUNT = "kanarie-verhaal-9f3b2 over het gesprek"
CANARY_HANDLE = "kanarie_handle_77q"


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"Result({self.code}, out={self.out!r}, err={self.err!r})"


def run(folder: Path, *argv: str) -> Result:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([*argv, "--data-dir", str(folder)])
    return Result(code, out.getvalue(), err.getvalue())


def fingerprint_in(text: str) -> str:
    return next(
        line.split(":", 1)[1].strip() for line in text.splitlines() if "ingerafdruk" in line
    )


def session_at(folder: Path) -> Session:
    return open_session(folder, ADMIN, PASSPHRASE, apply_retention=False, kdf=CHEAP_KDF)


def answer(case: CaseFile, key: str, value: object) -> None:
    case.interview.set_answer(key, value)
    case.persist(key, case.interview.saved_answers().get(key))


def add_suspect(case: CaseFile, answers: dict[str, object]) -> int:
    number = case.interview.add_instance("suspects")
    case.persist("suspects", case.interview.saved_answers()["suspects"])
    for question, value in answers.items():
        answer(case, f"suspects#{number}.{question}", value)
    return number


def new_installation(folder: Path, station: str | None) -> None:
    session, _ = first_run(folder, ADMIN, "Beheerder Fictief", PASSPHRASE, kdf=CHEAP_KDF)
    session.confirm_recovery_key()  # as the administrator does on the window's first run
    session.close()
    if station is not None:
        save_station_profile(folder, StationProfile(name=station))


def sextortion_intake(folder: Path, station: str, identifiers: Sequence[dict[str, str]]) -> str:
    """A 15-year-old's sextortion intake with one suspect; returns its reference."""
    session = session_at(folder)
    try:
        case = Casework(session, load_form(), station).start()
        answer(case, "victim_name", CANARY_NAME)
        answer(case, "victim_age_years", 15)
        answer(case, "safe_now", "yes")
        answer(case, "incident_kinds", ["sextortion"])
        answer(case, "minor_spontaneous_note", CANARY_ACCOUNT)
        answer(case, "financial_demand", "yes")
        answer(case, "paid_already", "no")
        answer(case, "extortion_deadline", "yes")
        answer(case, "deadline_within_48h", "yes")
        answer(case, "report_wish", "not")
        add_suspect(
            case, {"known": "no", "age_estimate": "adult", "identifiers": list(identifiers)}
        )
        session.store.consents.record(case.summary.id, "offlimits", "victim", ADMIN)
        session.store.letters.record(case.summary.id, "offlimits", ADMIN)
        return case.summary.reference
    finally:
        session.close()


def station_trusting_frontoffice(folder: Path) -> tuple[Path, str]:
    """Noord with a sextortion intake, its own key pair, and the region's frontoffice (in
    `folder`/fo) trusted by the commands; Noord's folder and the intake's reference. The
    caller sets INTAKE_APP_OFFICER and INTAKE_APP_PASSPHRASE."""
    noord, frontoffice = folder / "noord", folder / "fo"
    new_installation(noord, NOORD)
    new_installation(frontoffice, None)
    reference = sextortion_intake(noord, NOORD, [])
    assert run(frontoffice, "frontoffice", "init", "--region", REGION).code == 0
    key = folder / "f.pub"
    fingerprint = fingerprint_in(run(frontoffice, "frontoffice", "key", "export", str(key)).out)
    assert run(noord, "station", "key", "export", str(folder / "n.pub")).code == 0
    assert (
        run(noord, "station", "trust-frontoffice", str(key), "--fingerprint", fingerprint).code == 0
    )
    return noord, reference
