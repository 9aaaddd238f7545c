"""The frontoffice's queue at a region's scale: 3,000 consults held (about a year's, kept
until advised and then for the retention period), a third advised, one in seven urgent, and
each suspect's phone number shared by three consults (a series).

Figures, in the same run and store: the queue as the window reads it (`Consultation.queue`:
one statement, urgency from its column, the series counted by SQLite) against the queue as
it was read before (every consult's content parsed for its urgency, then one regional-match
query per consult), and the whole time the window's thread spends showing the queue (read and
the rows on screen painted), which happens after every import and every advice. Before,
the table was also filled row by row, every row measured for the column widths: about 0.2 s
more at 3,000 consults.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select

from benchmarks.figures import Figure, figure
from benchmarks.frontoffice import _intake
from benchmarks.gui_block import application
from intake_app.casework import Casework
from intake_app.consultation import Consultation
from intake_app.forms.loader import load_form
from intake_app.session import first_run
from intake_app.station_profile import StationProfile, save_station_profile
from intake_app.store.frontoffice import (
    _CONSULT_COLUMNS,
    _CONSULT_IDENTIFIERS,
    _CONSULTS,
    ConsultRecord,
)
from intake_app.vault import KdfParams

CONSULTS = 3_000
_ALL_CONSULTS = select(*_CONSULT_COLUMNS).order_by(_CONSULTS.c.received_at)
ROUNDS = 7
CHEAP_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)  # unlock is not measured
PASSPHRASE = "benchmark wachtwoord fictief"  # noqa: S105 - fictional
REGION, STATION = "TSM Fictief-Bench", "Bureau Fictief-Bench"


def _frontoffice(folder: Path) -> Consultation:
    """A frontoffice holding one consult imported the real way, and CONSULTS rows like it."""
    form = load_form()
    station, _ = first_run(folder / "station", "beheer-bench", "Beheer", PASSPHRASE, kdf=CHEAP_KDF)
    save_station_profile(folder / "station", StationProfile(name=STATION))
    session, _ = first_run(folder / "fo", "beheer-bench", "Beheer", PASSPHRASE, kdf=CHEAP_KDF)
    work, sender = Consultation(session), Consultation(station)
    try:
        work.init_frontoffice(REGION)
        station_key, _ = sender.station_key(STATION)
        fo_key = work.own_key("frontoffice")
        sender.trust(fo_key.public.to_file(), "frontoffice", fo_key.fingerprint)
        work.trust(station_key.public.to_file(), "station", station_key.fingerprint)
        reference = _intake(Casework(station, form, STATION), 1)
        work.import_consult(sender.export_consult(reference, form).data)
    finally:
        station.close()
    with session.store.database.read_core() as connection:
        template = dict(connection.execute(_CONSULTS.select()).mappings().one())
    template.pop("id")
    content = json.loads(template["content_json"])
    with session.store.database.write_core() as connection:
        for number in range(1, CONSULTS):
            urgent = number % 7 == 0
            content["decision"]["urgent"] = ["publication_deadline"] if urgent else []
            row = {
                **template,
                "reference": f"2026-{number:05d}",
                "package_id": f"{number:032x}",
                "urgent": urgent,
                "advised_at": template["received_at"] if number % 3 == 0 else None,
                "content_json": json.dumps(content, ensure_ascii=False),
            }
            consult_id = connection.execute(_CONSULTS.insert(), row).lastrowid
            phone = f"+3161{number // 3:07d}"
            connection.execute(
                _CONSULT_IDENTIFIERS.insert(),
                {"consult_id": consult_id, "family": "phone", "normalised": phone},
            )
    return work


def _queue_as_before(work: Consultation) -> list[tuple[Any, bool, int]]:
    """What the desk did before: every consult parsed, one match query per consult."""
    entries = []
    with work.store.database.read_core() as connection:
        records = [ConsultRecord(*row) for row in connection.execute(_ALL_CONSULTS)]
    for record in records:
        if record.training == work.training:
            entries.append((record, bool(record.content.decision.get("urgent"))))
    entries.sort(key=lambda e: (e[0].advised_at is not None, not e[1], e[0].received_at))
    return [(r, urgent, len(work.records.regional_matches(r.id))) for r, urgent in entries]


def _median_ms(action: Callable[[], object]) -> float:
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return round(statistics.median(samples) * 1000, 1)


def run() -> Iterator[Figure]:
    app = application()
    from intake_app.ui.frontoffice.queue import QueueScreen

    with tempfile.TemporaryDirectory(prefix="bench-fo-queue-") as temp:
        work = _frontoffice(Path(temp))
        try:
            new, old = work.queue(), _queue_as_before(work)
            # The same queue both ways: order, urgency and series counts.
            assert [(q.id, q.urgent, q.series) for q in new] == [  # noqa: S101
                (r.id, urgent, series) for r, urgent, series in old
            ]
            screen = QueueScreen()
            screen.resize(1366, 768)
            screen.show()

            def show() -> None:
                screen.show_queue(work.queue())
                app.processEvents()  # the paint of the rows on screen

            yield figure(
                "frontoffice_queue",
                unit="ms",
                consults=len(new),
                queue_read_p50=_median_ms(work.queue),
                queue_read_as_before_p50=_median_ms(lambda: _queue_as_before(work)),
                shown_on_window_thread_p50=_median_ms(show),
                urgent=sum(q.urgent for q in new),
                in_a_series=sum(q.series > 0 for q in new),
            )
        finally:
            work.session.close()
