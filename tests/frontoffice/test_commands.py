"""The frontoffice commands' set-up paths and their refusals before any package moves."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from intake_app.casework import Casework
from intake_app.forms.loader import load_form
from intake_app.store.errors import StoreError
from tests.frontoffice.helpers import (
    ADMIN,
    NOORD,
    PASSPHRASE,
    REGION,
    Result,
    fingerprint_in,
    new_installation,
    run,
    session_at,
    sextortion_intake,
    station_trusting_frontoffice,
)


def init_on_an_empty_folder(folder: Path, region: str) -> Result:
    """`frontoffice init` as a script runs it on a new folder: credentials on standard input."""
    return run(
        folder,
        "frontoffice",
        "init",
        "--region",
        region,
        "--admin-id",
        ADMIN,
        "--admin-name",
        "Beheerder Fictief",
        "--credentials-stdin",
    )


def test_frontoffice_init_on_an_empty_folder_makes_the_store_and_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "fo"
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{ADMIN}\n{PASSPHRASE}\n"))
    made = init_on_an_empty_folder(folder, REGION)
    assert made.code == 0, made
    assert "Herstelsleutel" in made.out and fingerprint_in(made.out)
    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)
    again = run(folder, "frontoffice", "init", "--region", REGION)
    assert again.code == 2 and "[frontoffice.key_state]" in again.err
    exported = run(folder, "frontoffice", "key", "export", str(tmp_path / "fo.pub"))
    assert fingerprint_in(exported.out) == fingerprint_in(made.out)


class TerminalInput(io.StringIO):
    """Standard input as an administrator's terminal."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("stdin", "confirmed"), [(io.StringIO, False), (TerminalInput, True)])
def test_frontoffice_init_asks_whether_the_recovery_key_is_put_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stdin: type[io.StringIO], confirmed: bool
) -> None:
    """At a terminal the administrator confirms, as in the window; from a script the key stays
    unconfirmed, and the output says the window will replace it."""
    folder = tmp_path / "fo"
    monkeypatch.setattr("sys.stdin", stdin(f"{ADMIN}\n{PASSPHRASE}\nja\n"))
    made = init_on_an_empty_folder(folder, REGION)
    assert made.code == 0, made
    assert ("Bevestigd." in made.out) is confirmed
    assert ("niet bevestigd" in made.out) is not confirmed
    session = session_at(folder)
    try:
        assert session.recovery_key_unconfirmed() is not confirmed
    finally:
        session.close()


def test_frontoffice_init_with_a_bad_region_name_makes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name is checked before the vault is made: an empty folder stays empty, and the
    message speaks of the name, not of a key file."""
    folder = tmp_path / "fo"
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{ADMIN}\n{PASSPHRASE}\n"))
    refused = init_on_an_empty_folder(folder, "TSM\tFictief")
    assert refused.code == 2
    assert "[frontoffice.name_invalid]" in refused.err and "sleutelbestand" not in refused.err
    assert not folder.exists() or not any(folder.iterdir())


def test_steps_out_of_order_are_refused_with_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)
    nameless, noord = tmp_path / "nameless", tmp_path / "noord"
    new_installation(nameless, None)
    no_name = run(nameless, "station", "key", "export", str(tmp_path / "x.pub"))
    assert no_name.code == 2 and "station.json" in no_name.err
    new_installation(noord, NOORD)
    reference = sextortion_intake(noord, NOORD, [])
    no_frontoffice = run(noord, "consult", "export", reference, str(tmp_path / "c.pkg"))
    assert no_frontoffice.code == 2
    assert "[consultation.wrong_role]" in no_frontoffice.err  # no station key made yet
    assert run(noord, "station", "key", "export", str(tmp_path / "n.pub")).code == 0
    untrusting = run(noord, "consult", "export", reference, str(tmp_path / "c.pkg"))
    assert "[consultation.no_frontoffice]" in untrusting.err
    assert not (tmp_path / "c.pkg").exists()
    not_frontoffice = run(noord, "consult", "import", str(tmp_path / "n.pub"))
    assert not_frontoffice.code == 2 and "[consultation.wrong_role]" in not_frontoffice.err
    station_file = run(
        noord, "frontoffice", "trust-station", str(tmp_path / "n.pub"), "--fingerprint", "x"
    )
    assert station_file.code == 2
    session = session_at(noord)
    try:
        intake = session.store.intakes.case_list()[0]
        case = Casework(session, load_form(), NOORD).open(intake.id)
        assert case.frontoffice_advice() == [] and case.frontoffice_submissions() == []
    finally:
        session.close()


def test_a_consult_that_cannot_be_recorded_as_submitted_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake_app.consultation import Consultation, ConsultExport

    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)
    noord, reference = station_trusting_frontoffice(tmp_path)

    def fails(self: Consultation, export: ConsultExport) -> None:
        raise StoreError("de schijf is vol (fictief)")

    monkeypatch.setattr(Consultation, "submitted", fails)
    result = run(noord, "consult", "export", reference, str(tmp_path / "c.pkg"))
    assert result.code == 5 and "vol" in result.err
    assert not (tmp_path / "c.pkg").exists()


def test_a_pdf_whose_export_cannot_be_audited_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As at the window: the package, recorded as submitted, stays; the unencrypted PDF,
    whose export the audit log cannot show, goes."""
    from intake_app.store.store import Store

    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)
    noord, reference = station_trusting_frontoffice(tmp_path)

    record_event = Store.record_event

    def fails_for_the_pdf(self: Store, *args: Any, **kwargs: Any) -> Any:
        if "consult_pdf" in repr((args, kwargs)):
            raise StoreError("de schijf is vol (fictief)")
        return record_event(self, *args, **kwargs)

    monkeypatch.setattr(Store, "record_event", fails_for_the_pdf)
    package, pdf = tmp_path / "c.pkg", tmp_path / "c.pdf"
    result = run(noord, "consult", "export", reference, str(package), "--pdf", str(pdf))
    assert result.code == 5 and "vol" in result.err
    assert package.exists() and not pdf.exists()
