"""Seriality (R7) over the encrypted store, each figure against a baseline in the same run:

- match lookup p99 through `StoreIdentifierIndex` in a store of 1,000,000 identifiers, against
  the same indexed SELECT on a bare sqlcipher3 connection to the same file;
- import of a 100,000-token file (checked whole, then written in one transaction), against
  writing the same rows with a bare `executemany` into an identical table;
- look-up p99 through `StoreTokenIndex` (HMAC, then the token index) after that import,
  against the bare indexed SELECT of a known token.

The million rows are generated with one executemany in one transaction. All data is fictional.
"""

from __future__ import annotations

import gc
import os
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.figures import Figure, figure
from intake_app.seriality.identifier import MatchKey
from intake_app.seriality.matching import IntakeRef
from intake_app.seriality.regional_key import RegionalKey, generate_regional_key
from intake_app.seriality.tokens import Tokeniser, export_tokens, import_tokens
from intake_app.store.engine import CONNECTION_PRAGMAS, connect_keyed
from intake_app.store.seriality_index import StoreIdentifierIndex
from intake_app.store.store import Store
from intake_app.store.token_exchange import StoreTokenIndex

IDENTIFIERS = 1_000_000
PER_INTAKE = 10
LOOKUPS = 4_000
WARM_UP = 500
TOKENS = 100_000
IMPORT_ROUNDS = 3
OFFICER = "officer-bench"
CREATED = "2026-01-01 10:00:00.000000"  # how the store keeps a UTC time in SQLite

_MATCH_SQL = (
    "SELECT DISTINCT i.reference, i.created_at FROM intakes i"
    " JOIN suspect_identifiers s ON s.intake_id = i.id"
    " WHERE s.normalised = ? AND s.kind = ? AND i.is_training = 0"
    " ORDER BY i.created_at, i.reference"
)
_IMPORTED_SQL = (
    "SELECT t.station, k.intake_reference, k.intake_date FROM imported_tokens k"
    " JOIN token_imports t ON t.id = k.import_id WHERE k.token = ? AND t.fingerprint = ?"
)


def _phone(number: int) -> str:
    """A distinct fictional mobile number per n (7919 is coprime with 10**8)."""
    return f"+316{number * 7919 % 10**8:08d}"


def _fill(store: Store) -> None:
    store.officers.ensure(OFFICER, "Benchmark")
    intakes = IDENTIFIERS // PER_INTAKE
    with store.database.write_core() as connection:
        connection.exec_driver_sql(
            "INSERT INTO intakes (id, reference, station, status, is_training, created_by,"
            " created_at, updated_at, completed_at) VALUES (?, ?, 'local', 'completed', 0, ?,"
            " ?, ?, ?)",
            [
                (n, f"2026-{n:06d}", OFFICER, CREATED, CREATED, CREATED)
                for n in range(1, intakes + 1)
            ],
        )
        connection.exec_driver_sql(
            "INSERT INTO suspect_identifiers (intake_id, answer_key, kind, raw, normalised,"
            " verified) VALUES (?, 'suspects#1.identifiers', 'phone', ?, ?, 1)",
            [(n // PER_INTAKE + 1, f"06-{_phone(n)[4:]}", _phone(n)) for n in range(IDENTIFIERS)],
        )


def _bare(path: Path, key: bytes) -> Any:
    connection = connect_keyed(path, key)
    connection.execute("PRAGMA journal_mode = WAL").fetchone()
    for pragma in CONNECTION_PRAGMAS:
        connection.execute(pragma)
    return connection


def _p99(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100)[98]


def _lookup_figure(name: str, app: list[float], base: list[float], **sizes: int) -> Figure:
    """Look-up latency in ms against bare sqlcipher selects of the same rows, p99 ratio."""
    return figure(
        name,
        unit="ms",
        **sizes,
        median=round(statistics.median(app) * 1e3, 3),
        p99=round(_p99(app) * 1e3, 3),
        baseline_bare_sqlcipher_select_median=round(statistics.median(base) * 1e3, 3),
        baseline_bare_sqlcipher_select_p99=round(_p99(base) * 1e3, 3),
        ratio=round(_p99(app) / _p99(base), 2),
    )


def _match_lookup(store: Store, bare: Any, rng: random.Random) -> Figure:
    index = StoreIdentifierIndex(store)
    # Half the queries hit a stored number, half miss.
    numbers = [
        _phone(rng.randrange(IDENTIFIERS)) if n % 2 else f"+3161{rng.randrange(10**7):07d}x"
        for n in range(LOOKUPS)
    ]
    for number in numbers[:WARM_UP]:  # both sides start with warm caches
        index.lookup(MatchKey("phone", number))
        bare.execute(_MATCH_SQL, (number, "phone")).fetchall()
    app: list[float] = []
    base: list[float] = []
    for number in numbers:  # alternate, so the cache and the disk treat both alike
        started = time.perf_counter()
        index.lookup(MatchKey("phone", number))
        app.append(time.perf_counter() - started)
        started = time.perf_counter()
        bare.execute(_MATCH_SQL, (number, "phone")).fetchall()
        base.append(time.perf_counter() - started)
    return _lookup_figure(
        "seriality_store_match_lookup", app, base, identifiers=IDENTIFIERS, lookups=LOOKUPS
    )


def _token_file(regional_key: RegionalKey, station: str) -> bytes:
    day = date(2026, 2, 1)
    identifiers = [
        (MatchKey("phone", f"+3162{n:08d}"), IntakeRef(day, f"2026-{n // PER_INTAKE:06d}"))
        for n in range(TOKENS)
    ]
    return export_tokens(identifiers, regional_key, station)


def _import(store: Store, folder: Path, key: bytes) -> tuple[Figure, str]:
    regional_key = generate_regional_key()
    store.regional_key.replace(regional_key, OFFICER)
    bare = _bare(folder / "bare-tokens.db", key)
    bare.execute(
        "CREATE TABLE imported_tokens (id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL,"
        " token VARCHAR(64) NOT NULL, intake_reference VARCHAR(100) NOT NULL,"
        " intake_date DATE NOT NULL)"
    )
    bare.execute("CREATE INDEX ix_token ON imported_tokens (token)")
    bare.execute("CREATE INDEX ix_import ON imported_tokens (import_id)")
    full: list[float] = []
    write: list[float] = []
    base: list[float] = []
    try:
        for round_number in range(IMPORT_ROUNDS):
            data = _token_file(regional_key, f"Bureau Fictief-{round_number}")
            token_set = import_tokens(data, regional_key)
            rows = [
                (round_number, token, intake.reference, intake.date.isoformat())
                for token, intakes in token_set.tokens.items()
                for intake in intakes
            ]

            started = time.perf_counter()
            bare.execute("BEGIN")
            bare.executemany(
                "INSERT INTO imported_tokens (import_id, token, intake_reference, intake_date)"
                " VALUES (?, ?, ?, ?)",
                rows,
            )
            bare.execute("COMMIT")
            base.append(time.perf_counter() - started)
            started = time.perf_counter()
            checked = import_tokens(data, regional_key)
            checked_at = time.perf_counter()
            store.imported_tokens.replace(checked, OFFICER)
            done = time.perf_counter()
            full.append(done - started)
            write.append(done - checked_at)
    finally:
        bare.close()
    full_s, write_s, base_s = (statistics.median(x) for x in (full, write, base))
    return (
        figure(
            "seriality_store_import_tokens",
            unit="s",
            tokens=TOKENS,
            rounds=IMPORT_ROUNDS,
            import_median=round(full_s, 3),
            store_write_median=round(write_s, 3),
            baseline_bare_executemany_median=round(base_s, 3),
            ratio=round(full_s / base_s, 2),
            ratio_store_write=round(write_s / base_s, 2),
        ),
        regional_key.fingerprint,
    )


def _token_lookup(store: Store, bare: Any, fingerprint: str, rng: random.Random) -> Figure:
    index = StoreTokenIndex(store)
    regional_key = store.regional_key.current()
    assert regional_key is not None  # noqa: S101 - set by the import above
    tokeniser = Tokeniser(regional_key)
    keys = [
        MatchKey("phone", f"+3162{rng.randrange(TOKENS * (1 + n % 2)):08d}") for n in range(LOOKUPS)
    ]
    tokens = [tokeniser.token(key) for key in keys]
    for key, token in zip(keys[:WARM_UP], tokens, strict=False):
        index.lookup(key)
        bare.execute(_IMPORTED_SQL, (token, fingerprint)).fetchall()
    app: list[float] = []
    base: list[float] = []
    for key, token in zip(keys, tokens, strict=True):
        started = time.perf_counter()
        index.lookup(key)
        app.append(time.perf_counter() - started)
        started = time.perf_counter()
        bare.execute(_IMPORTED_SQL, (token, fingerprint)).fetchall()
        base.append(time.perf_counter() - started)
    return _lookup_figure(
        "seriality_store_token_lookup",
        app,
        base,
        imported_tokens=TOKENS * IMPORT_ROUNDS,
        lookups=LOOKUPS,
    )


def run() -> Iterator[Figure]:
    rng = random.Random(20261123)  # noqa: S311 - fictional test data, not secrets
    key = os.urandom(32)
    with tempfile.TemporaryDirectory(prefix="intake-bench-") as name:
        folder = Path(name)
        started = time.perf_counter()
        store = Store.create(folder / "store", key)
        try:
            _fill(store)
            built = time.perf_counter() - started
            gc.collect()  # the generated rows are garbage now: not inside a timed look-up
            bare = _bare(folder / "store" / "store.db", key)
            try:
                lookup = _match_lookup(store, bare, rng)
                yield {**lookup, "store_build_seconds": round(built, 1)}
                imported, fingerprint = _import(store, folder, key)
                yield imported
                yield _token_lookup(store, bare, fingerprint, rng)
            finally:
                bare.close()
        finally:
            store.close()
