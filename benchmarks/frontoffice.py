"""The frontoffice round trip (R1), per consult, against a baseline in the same run.

1,000 fictional intakes at a station go through the whole step, one after the other:
consult export (case opened, triage decided, content built, sealed, signed, file written,
intake marked as submitted), consult import at the frontoffice (checked, decrypted, parsed,
identifiers normalised and matched across the region, kept), advice recorded from a JSON
document and exported in the same step (`advice record --export`: sealed, written, recorded
in one transaction), and advice imported back at the station. The baseline, timed in
the same loop on the same consult, seals and signs the same content bytes to the
frontoffice, writes the file the same way and commits one store transaction (an audit entry).

Figures: the median per-consult round trip and baseline and their ratio (target <= 3), the
median of each step and its ratio to the baseline, and the package sizes of a typical consult
and advice (median bytes). Also timed in the same loop, the round trip's **floor**: what any
round trip must do however little case work it does, each part as the baseline does it. Two
seals and two durable file writes (consult out, advice back), two packages read and opened
(signature checked, decrypted), and four committed, audited transactions (one per step: the
export recorded, the package id kept, the advice recorded, the advice kept). The round trip
can come no nearer to the baseline than `floor_ratio_p50`.
Set FRONTOFFICE_BENCH_CONSULTS for a shorter run.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.figures import Figure, figure
from intake_app.atomic_write import write_atomically
from intake_app.casework import CaseFile, Casework
from intake_app.consultation import Consultation
from intake_app.forms.loader import load_form
from intake_app.forms.model import Form
from intake_app.frontoffice.keys import KeyPair, PublicIdentity
from intake_app.frontoffice.package import Kind, open_package, seal
from intake_app.session import Session, first_run
from intake_app.station_profile import StationProfile, save_station_profile
from intake_app.vault import KdfParams

CONSULTS = int(os.environ.get("FRONTOFFICE_BENCH_CONSULTS", "1000"))
WARM_UP = 5
CHEAP_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)
ADMIN = "beheer-bench"
PASSPHRASE = "benchmark wachtwoord fictief"  # noqa: S105 - fictional
STATION, REGION = "Bureau Fictief-Bench", "TSM Fictief-Bench"
ADVICE = json.dumps(
    {
        "urgent_actions": ["Offlimits vandaag laten meekijken naar verwijderen van de beelden"],
        "handling": "basisteam_with_advice",
        "ex_officio": {
            "considered": True,
            "outcome": "investigate",
            "why": "Geen aangifte; minderjarig slachtoffer en mogelijke serie (R10).",
        },
        "referrals_to_add": ["shn"],
        "text": "Bel de frontoffice terug na het gesprek met Offlimits.",
    }
).encode("utf-8")


def _answer(case: CaseFile, key: str, value: object) -> None:
    case.interview.set_answer(key, value)
    case.persist(key, case.interview.saved_answers().get(key))


def _intake(work: Casework, number: int) -> str:
    """A typical sextortion intake: safety, needs, a short note, one suspect, two identifiers;
    every tenth shares a phone number with the one before (a series for the frontoffice)."""
    case = work.start()
    for key, value in (
        ("victim_name", f"Fictief Persoon {number}"),
        ("victim_age_years", 14 + number % 20),
        ("safe_now", "yes"),
        ("self_harm_thoughts", "no"),
        ("incident_kinds", ["sextortion"]),
        ("financial_demand", "yes"),
        ("paid_already", "no"),
        ("extortion_deadline", "yes"),
        ("deadline_within_48h", "no"),
        ("needs", ["removal", "support"]),
        ("report_wish", "undecided"),
        ("wants_offender_informed", "no"),
    ):
        _answer(case, key, value)
    note = "account" if number % 20 >= 4 else "minor_spontaneous_note"
    _answer(case, note, "Een fictief kort verhaal van een paar zinnen over wat er gebeurde. " * 3)
    suspect = case.interview.add_instance("suspects")
    case.persist("suspects", case.interview.saved_answers()["suspects"])
    phone = number - 1 if number % 10 == 0 else number
    identifiers = [
        {"kind": "phone", "value": f"06-{10000000 + phone * 7:08d}"},
        {"kind": "handle", "value": f"@fictief_{number}", "platform": "instagram"},
    ]
    _answer(case, f"suspects#{suspect}.known", "no")
    _answer(case, f"suspects#{suspect}.age_estimate", "adult")
    _answer(case, f"suspects#{suspect}.identifiers", identifiers)
    return case.summary.reference


def _installations(folder: Path, form: Form) -> tuple[Session, Session, list[str]]:
    station, _ = first_run(folder / "station", ADMIN, "Beheer", PASSPHRASE, kdf=CHEAP_KDF)
    save_station_profile(folder / "station", StationProfile(name=STATION))
    frontoffice, _ = first_run(folder / "fo", ADMIN, "Beheer", PASSPHRASE, kdf=CHEAP_KDF)
    fo, st = Consultation(frontoffice), Consultation(station)
    fo.init_frontoffice(REGION)
    station_key, _ = st.station_key(STATION)
    fo_key = fo.own_key("frontoffice")
    st.trust(fo_key.public.to_file(), "frontoffice", fo_key.fingerprint)
    fo.trust(station_key.public.to_file(), "station", station_key.fingerprint)
    work = Casework(station, form, STATION)
    references = [_intake(work, number) for number in range(CONSULTS + WARM_UP)]
    return station, frontoffice, references


def run() -> Iterator[Figure]:
    form = load_form()
    with tempfile.TemporaryDirectory(prefix="bench-frontoffice-") as temp:
        folder = Path(temp)
        station, frontoffice, references = _installations(folder, form)
        st, fo = Consultation(station), Consultation(frontoffice)
        station_key = st.own_key("station")
        fo_public = fo.own_key("frontoffice").public
        steps: dict[str, list[float]] = {
            name: [] for name in ("export", "import", "advice", "import_back", "total")
        }
        baseline: list[float] = []
        floor: list[float] = []
        consult_sizes: list[int] = []
        advice_sizes: list[int] = []
        matches = 0
        try:
            for index, reference in enumerate(references):
                times, content, advice = _round_trip(st, fo, form, reference, folder / f"{index}")
                base, consult_bytes = _baseline(
                    st, station_key, fo_public, content, folder / f"{index}.baseline"
                )
                least = _floor(st, fo, content, advice, folder / f"{index}.floor")
                if index < WARM_UP:
                    continue
                for name, seconds in times.items():
                    if name in steps:
                        steps[name].append(seconds)
                matches += int(times["matches"])
                baseline.append(base)
                floor.append(least)
                consult_sizes.append(consult_bytes)
                advice_sizes.append(int(times["advice_bytes"]))
        finally:
            station.close()
            frontoffice.close()
    total, base = statistics.median(steps["total"]), statistics.median(baseline)
    least = statistics.median(floor)
    yield figure(
        "frontoffice_round_trip",
        unit="ms",
        consults=len(baseline),
        round_trip_p50=round(total * 1000, 3),
        baseline_seal_write_commit_p50=round(base * 1000, 3),
        ratio_p50=round(total / base, 3),
        target_ratio_at_most=3.0,
        floor_p50=round(least * 1000, 3),
        floor_ratio_p50=round(least / base, 3),
        case_work_p50=round((total - least) * 1000, 3),
        **{f"{name}_p50": round(statistics.median(v) * 1000, 3) for name, v in steps.items()},
        # Each step against the baseline: export and advice seal, write and commit like it.
        **{
            f"{name}_ratio_p50": round(statistics.median(v) / base, 3)
            for name, v in steps.items()
            if name != "total"
        },
        regional_matches=matches,
    )
    yield figure(
        "frontoffice_package_sizes",
        unit="bytes",
        consult_p50=int(statistics.median(consult_sizes)),
        consult_max=max(consult_sizes),
        advice_p50=int(statistics.median(advice_sizes)),
        advice_max=max(advice_sizes),
    )


def _round_trip(
    st: Consultation, fo: Consultation, form: Form, reference: str, stem: Path
) -> tuple[dict[str, float], dict[str, Any], dict[str, Any]]:
    started = time.perf_counter()
    export = st.export_consult(reference, form)
    consult_file = stem.with_suffix(".consult")
    write_atomically(consult_file, export.data)
    st.submitted(export)
    exported = time.perf_counter()
    result = fo.import_consult(consult_file.read_bytes())
    imported = time.perf_counter()
    advice_file = stem.with_suffix(".advice")
    advice, package = fo.record_advice(
        reference, STATION, ADVICE, lambda data: write_atomically(advice_file, data)
    )
    assert package is not None  # noqa: S101 - sealed because a writer was given
    advised = time.perf_counter()
    st.import_advice(advice_file.read_bytes())
    back = time.perf_counter()
    times = {
        "export": exported - started,
        "import": imported - exported,
        "advice": advised - imported,
        "import_back": back - advised,
        "total": back - started,
        "matches": float(len(result.matches)),
        "advice_bytes": float(len(package.data)),
    }
    return times, export.content.document(), advice.document()


def _baseline(
    st: Consultation, key: KeyPair, receiver: PublicIdentity, content: dict[str, Any], file: Path
) -> tuple[float, int]:
    """Seal and sign the same content bytes, write the file, commit one store transaction."""
    started = time.perf_counter()
    data, _ = seal(content, "consult", key, receiver, False)
    write_atomically(file, data)
    st.store.record_event("export", st.session.officer_id, details={"what": "baseline"})
    return time.perf_counter() - started, len(data)


def _floor(
    st: Consultation,
    fo: Consultation,
    consult: dict[str, Any],
    advice: dict[str, Any],
    stem: Path,
) -> float:
    """The round trip's unavoidable part, each piece done as the baseline does it, with no
    case work: per direction a package sealed, written and its sending committed (audited),
    then read, opened and its receipt committed (audited). Four commits in all, as the round
    trip has (export, consult kept, advice recorded and sent, advice kept)."""
    station_key, fo_key = st.own_key("station"), fo.own_key("frontoffice")
    legs: tuple[tuple[Consultation, KeyPair, Consultation, KeyPair, dict[str, Any], Kind], ...] = (
        (st, station_key, fo, fo_key, consult, "consult"),
        (fo, fo_key, st, station_key, advice, "advice"),
    )
    started = time.perf_counter()
    for sender, sender_key, receiver, receiver_key, content, kind in legs:
        file = stem.with_suffix(f".{kind}")
        data, _ = seal(content, kind, sender_key, receiver_key.public, False)
        write_atomically(file, data)
        sender.store.record_event("export", sender.session.officer_id, details={"what": kind})
        opened = open_package(
            file.read_bytes(), kind, receiver.records.usable_keys(), receiver.records.trusted()
        )
        receiver.store.record_event(
            "import", receiver.session.officer_id, details={"what": opened.header.kind}
        )
    return time.perf_counter() - started
