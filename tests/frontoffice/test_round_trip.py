"""The whole frontoffice step by the commands, between three data folders: two stations and
the region's TSM frontoffice (R1, R7, R10), including every refusal."""

from __future__ import annotations

import base64
import json
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from intake_app.store.models import utc_now
from intake_app.store.retention import purge_expired
from tests.frontoffice.helpers import (
    ADMIN,
    CANARY_ACCOUNT,
    CANARY_NAME,
    NOORD,
    PASSPHRASE,
    REGION,
    SHARED_PHONE,
    ZUID,
    fingerprint_in,
    new_installation,
    run,
    session_at,
    sextortion_intake,
)

ADVICE = {
    "urgent_actions": ["Offlimits vandaag laten meekijken naar verwijderen van de beelden"],
    "handling": "basisteam_with_advice",
    "ex_officio": {
        "considered": True,
        "outcome": "investigate",
        "why": "Geen aangifte, maar minderjarig slachtoffer en mogelijke serie (R10).",
    },
    "referrals_to_add": ["shn"],
    "text": "Bel de frontoffice terug na het gesprek met Offlimits.",
}


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_APP_OFFICER", ADMIN)
    monkeypatch.setenv("INTAKE_APP_PASSPHRASE", PASSPHRASE)


def _flip_ciphertext(package: bytes) -> bytes:
    document = json.loads(package)
    raw = bytearray(base64.b64decode(document["ciphertext"]))
    raw[len(raw) // 2] ^= 0x01
    document["ciphertext"] = base64.b64encode(bytes(raw)).decode("ascii")
    return json.dumps(document).encode("ascii")


def _change_header(package: bytes) -> bytes:
    document = json.loads(package)
    document["header"]["training"] = not document["header"]["training"]
    return json.dumps(document).encode("ascii")


def _counts(folder: Path) -> tuple[int, int, int]:
    session = session_at(folder)
    try:
        store = session.store
        return (
            store.scalar("SELECT count(*) FROM fo_consults"),
            store.scalar("SELECT count(*) FROM fo_advice"),
            store.scalar("SELECT count(*) FROM fo_packages_seen"),
        )
    finally:
        session.close()


def test_consult_and_advice_make_the_round_trip_and_every_bad_package_is_refused(
    tmp_path: Path,
) -> None:
    noord, zuid, fo = tmp_path / "noord", tmp_path / "zuid", tmp_path / "frontoffice"
    new_installation(noord, NOORD)
    new_installation(zuid, ZUID)
    new_installation(fo, None)
    reference = sextortion_intake(noord, NOORD, [{"kind": "phone", "value": SHARED_PHONE}])
    second = sextortion_intake(noord, NOORD, [{"kind": "email", "value": "x@voorbeeld.example"}])
    zuid_reference = sextortion_intake(zuid, ZUID, [{"kind": "phone", "value": "+31612345678"}])

    # Keys: the frontoffice and each station, checked by fingerprint "by phone".
    assert run(fo, "frontoffice", "init", "--region", REGION).code == 0
    exported = run(fo, "frontoffice", "key", "export", str(tmp_path / "fo.pub"))
    assert exported.code == 0, exported
    fo_fingerprint = fingerprint_in(exported.out)
    misheard = run(
        noord, "station", "trust-frontoffice", str(tmp_path / "fo.pub"), "--fingerprint", "AAAA"
    )
    assert misheard.code == 2 and "frontoffice.fingerprint_mismatch" in misheard.err
    for station, name in ((noord, "noord"), (zuid, "zuid")):
        trusted = run(
            station,
            "station",
            "trust-frontoffice",
            str(tmp_path / "fo.pub"),
            "--fingerprint",
            fo_fingerprint.lower().replace("-", " "),
        )
        assert trusted.code == 0, trusted
        key = run(station, "station", "key", "export", str(tmp_path / f"{name}.pub"))
        assert key.code == 0, key
    noord_fingerprint = fingerprint_in(
        run(noord, "station", "key", "export", str(tmp_path / "again.pub")).out
    )
    assert (
        run(
            fo,
            "frontoffice",
            "trust-station",
            str(tmp_path / "noord.pub"),
            "--fingerprint",
            noord_fingerprint,
        ).code
        == 0
    )

    # Untrusted: Zuid's consult before the frontoffice trusts Zuid's key.
    zuid_consult = tmp_path / "zuid-consult.pkg"
    assert run(zuid, "consult", "export", zuid_reference, str(zuid_consult)).code == 0
    untrusted = run(fo, "consult", "import", str(zuid_consult))
    assert untrusted.code == 6 and "[package.untrusted]" in untrusted.err
    assert _counts(fo) == (0, 0, 0)

    # Noord's consult, with the PDF for the phone call.
    consult = tmp_path / "consult.pkg"
    pdf = tmp_path / "consult.pdf"
    made = run(noord, "consult", "export", reference, str(consult), "--pdf", str(pdf))
    assert made.code == 0, made
    assert CANARY_NAME not in made.out + made.err and CANARY_ACCOUNT not in made.out
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert reference in text and "Voorlegging aan de TSM-frontoffice" in text
    assert CANARY_ACCOUNT in text.replace("\n", " ")  # the account is what the TSM needs
    assert CANARY_NAME not in text  # the victim's name is not

    # Altered: in the ciphertext, and in the header (the signature covers both).
    for damaged, name in ((_flip_ciphertext, "cipher"), (_change_header, "header")):
        altered = tmp_path / f"altered-{name}.pkg"
        altered.write_bytes(damaged(consult.read_bytes()))
        refused = run(fo, "consult", "import", str(altered))
        assert refused.code == 6 and "[package.altered]" in refused.err, refused
    assert _counts(fo) == (0, 0, 0)

    imported = run(fo, "consult", "import", str(consult))
    assert imported.code == 0, imported
    assert reference in imported.out and "Mogelijke serie" not in imported.out
    replayed = run(fo, "consult", "import", str(consult))
    assert replayed.code == 6 and "[package.replayed]" in replayed.err
    assert _counts(fo) == (1, 0, 1)

    # Zuid trusted now: its consult shares the suspect's phone number (R7, regional).
    assert (
        run(
            fo,
            "frontoffice",
            "trust-station",
            str(tmp_path / "zuid.pub"),
            "--fingerprint",
            fingerprint_in(run(zuid, "station", "key", "export", str(tmp_path / "z2.pub")).out),
        ).code
        == 0
    )
    from_zuid = run(fo, "consult", "import", str(zuid_consult))
    assert from_zuid.code == 0, from_zuid
    assert f"{NOORD} {reference}" in from_zuid.out  # a possible series, by reference only

    # The advice: a wrong document names its field; a good one is recorded with the series.
    bad = tmp_path / "bad-advice.json"
    bad.write_text(json.dumps({**ADVICE, "handling": "someone_else"}), encoding="utf-8")
    wrong = run(fo, "advice", "record", reference, str(bad), "--station", NOORD)
    assert wrong.code == 2 and "'handling'" in wrong.err
    good = tmp_path / "advice.json"
    good.write_text(json.dumps(ADVICE), encoding="utf-8")
    ambiguous = run(fo, "advice", "record", reference, str(good))
    assert ambiguous.code == 2 and "--station" in ambiguous.err  # 2026-0001 at both stations
    recorded = run(fo, "advice", "record", reference, str(good), "--station", NOORD)
    assert recorded.code == 0, recorded
    assert "1 mogelijke serie" in recorded.out
    advice_file = tmp_path / "advice.pkg"
    assert run(fo, "advice", "export", reference, str(advice_file), "--station", NOORD).code == 0

    # Wrong station: Zuid's advice at Noord.
    assert run(fo, "advice", "record", zuid_reference, str(good), "--station", ZUID).code == 0
    zuid_advice = tmp_path / "zuid-advice.pkg"
    assert (
        run(fo, "advice", "export", zuid_reference, str(zuid_advice), "--station", ZUID).code == 0
    )
    elsewhere = run(noord, "advice", "import", str(zuid_advice))
    assert elsewhere.code == 6 and "[package.wrong_receiver]" in elsewhere.err

    # Altered advice, then the real one, then its replay.
    altered_advice = tmp_path / "altered-advice.pkg"
    altered_advice.write_bytes(_flip_ciphertext(advice_file.read_bytes()))
    assert "[package.altered]" in run(noord, "advice", "import", str(altered_advice)).err
    back = run(noord, "advice", "import", str(advice_file))
    assert back.code == 0, back
    assert reference in back.out
    again = run(noord, "advice", "import", str(advice_file))
    assert again.code == 6 and "[package.replayed]" in again.err

    session = session_at(noord)
    try:
        intake = next(i for i in session.store.intakes.case_list() if i.reference == reference)
        [kept] = session.store.frontoffice.advice_for_intake(intake.id)
        assert kept.advice.advice.handling == "basisteam_with_advice"
        assert [(m.station, m.reference) for m in kept.advice.series] == [(ZUID, zuid_reference)]
        assert any("Mogelijke serie" in line for line in kept.advice.summary_lines())
        [submitted] = session.store.frontoffice.submissions(intake.id)
        assert submitted.frontoffice_fingerprint == fo_fingerprint
        events = [(e.event, e.details.get("code")) for e in session.store.audit_entries()]
        assert ("refused", "package.wrong_receiver") in events
        assert ("refused", "package.replayed") in events
        assert ("refused", "package.altered") in events
        # Unknown intake: the second intake is completed and leaves by retention.
        session.store.intakes.finalise(
            next(i for i in session.store.intakes.case_list() if i.reference == second).id, ADMIN
        )
    finally:
        session.close()

    second_consult = tmp_path / "second.pkg"
    assert run(noord, "consult", "export", second, str(second_consult)).code == 0
    assert run(fo, "consult", "import", str(second_consult)).code == 0
    assert run(fo, "advice", "record", second, str(good), "--station", NOORD).code == 0
    second_advice = tmp_path / "second-advice.pkg"
    assert run(fo, "advice", "export", second, str(second_advice), "--station", NOORD).code == 0
    session = session_at(noord)
    try:
        assert purge_expired(session.store, ADMIN, 90, now=utc_now() + timedelta(days=91)) == 1
    finally:
        session.close()
    unknown = run(noord, "advice", "import", str(second_advice))
    assert unknown.code == 6 and "[package.unknown_intake]" in unknown.err
    session = session_at(noord)
    try:
        assert session.store.scalar("SELECT count(*) FROM fo_advice") == 1  # nothing changed
    finally:
        session.close()


def test_a_revoked_station_key_is_refused_and_a_replaced_one_still_opens(tmp_path: Path) -> None:
    noord, fo = tmp_path / "noord", tmp_path / "frontoffice"
    new_installation(noord, NOORD)
    new_installation(fo, None)
    reference = sextortion_intake(noord, NOORD, [{"kind": "phone", "value": SHARED_PHONE}])
    assert run(fo, "frontoffice", "init", "--region", REGION).code == 0
    fo_fingerprint = fingerprint_in(
        run(fo, "frontoffice", "key", "export", str(tmp_path / "fo.pub")).out
    )
    station_fp = fingerprint_in(run(noord, "station", "key", "export", str(tmp_path / "n.pub")).out)
    args = ("--fingerprint", fo_fingerprint)
    assert run(noord, "station", "trust-frontoffice", str(tmp_path / "fo.pub"), *args).code == 0
    trust = ("frontoffice", "trust-station", str(tmp_path / "n.pub"), "--fingerprint", station_fp)
    assert run(fo, *trust).code == 0

    # A consult sealed to the frontoffice's key, then the frontoffice replaces its key.
    in_flight = tmp_path / "in-flight.pkg"
    assert run(noord, "consult", "export", reference, str(in_flight)).code == 0
    replaced = run(fo, "frontoffice", "key", "replace")
    assert replaced.code == 0, replaced
    assert run(fo, "consult", "import", str(in_flight)).code == 0  # still opens

    # The station's key is revoked at the frontoffice: its packages are refused from then on.
    assert run(fo, "frontoffice", "revoke-station", station_fp).code == 0
    later = tmp_path / "later.pkg"
    assert run(noord, "consult", "export", reference, str(later)).code == 0
    refused = run(fo, "consult", "import", str(later))
    assert (
        refused.code == 6 and "[package.untrusted]" in refused.err and "ingetrokken" in refused.err
    )
    assert "revoke" in run(fo, "frontoffice", "stations").out or True
    listing = run(fo, "frontoffice", "stations").out
    assert "revoked" in listing and station_fp in listing
    assert run(fo, *trust).code == 2  # a revoked key is never trusted again
