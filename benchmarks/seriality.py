"""Seriality (R7): normalisation, token and token-file throughput, and in-memory match lookup.

Each figure is compared with a baseline measured in the same run: plain `str.strip().lower()`
for normalisation, a bare SHA-256 for tokens, plain JSON lines for token files, a bare dict for
lookups (the possible-match look-ups of issue 16 against one dict look-up per key). All data
is generated and fictional. The store-backed figures of issue 8 (match lookup
p99 over 1,000,000 identifiers in the encrypted store, import of 100,000 tokens into it) are in
benchmarks/seriality_store.py.
"""

from __future__ import annotations

import hashlib
import json
import random
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta

import base58

from benchmarks.figures import Figure, figure
from intake_app.seriality.identifier import MatchKey
from intake_app.seriality.matching import IntakeRef, MemoryIndex, find_matches
from intake_app.seriality.normalise import normalise
from intake_app.seriality.possible import find_possible_matches, possible_keys
from intake_app.seriality.regional_key import generate_regional_key
from intake_app.seriality.tokens import Tokeniser, export_tokens, import_tokens

PER_KIND = 2_000
TOKENS = 100_000
INDEX_SIZE = 1_000_000
LOOKUPS = 10_000
ROUNDS = 3


def _samples(rng: random.Random) -> dict[str, list[tuple[str, str | None]]]:
    """Fictional identifiers as an officer might type them, per kind."""

    def digits(n: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(n))

    def word(n: int) -> str:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz_") for _ in range(n))

    samples: dict[str, list[tuple[str, str | None]]] = {
        "phone": [
            (rng.choice(["06-", "+31 6 ", "00316"]) + digits(8), None) for _ in range(PER_KIND)
        ],
        "email": [(f" {word(8).title()}@Fictief{digits(2)}.NL ", None) for _ in range(PER_KIND)],
        "handle": [(f"@{word(10).title()}", "instagram") for _ in range(PER_KIND)],
        "profile_url": [
            (f"https://www.tiktok.com/@{word(9)}?_t=8{digits(4)}&_r=1", None)
            for _ in range(PER_KIND)
        ],
        "url": [
            (f"HTTPS://WWW.Fictief{digits(3)}.nl:443/p/{word(6)}/?utm_source=x&b=1", None)
            for _ in range(PER_KIND)
        ],
        "iban": [(f"nl91 abna 0417 1643 {digits(2)}", None) for _ in range(PER_KIND)],
    }
    wallets: list[tuple[str, str | None]] = [
        (base58.b58encode_check(b"\x00" + rng.randbytes(20)).decode(), None)
        for _ in range(PER_KIND // 2)
    ]
    wallets += [("0x" + rng.randbytes(20).hex(), None) for _ in range(PER_KIND // 2)]
    samples["crypto_wallet"] = wallets
    return samples


def _best_of(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def _normalisation(samples: dict[str, list[tuple[str, str | None]]]) -> Iterator[Figure]:
    for kind, items in samples.items():
        seconds = _best_of(lambda: [normalise(kind, raw, p) for raw, p in items])  # noqa: B023
        baseline = _best_of(lambda: [raw.strip().lower() for raw, _ in items])  # noqa: B023
        yield figure(
            "seriality_normalise",
            kind=kind,
            unit="us_per_identifier",
            identifiers=len(items),
            normalise=round(seconds / len(items) * 1e6, 3),
            baseline_str_lower=round(baseline / len(items) * 1e6, 3),
            ratio=round(seconds / baseline, 1),
            identifiers_per_second=round(len(items) / seconds),
        )


def _keys(count: int) -> list[MatchKey]:
    return [MatchKey("phone", f"+316{n:08d}") for n in range(count)]


def _token_hmac(keys: Sequence[MatchKey]) -> Figure:
    tokeniser = Tokeniser(generate_regional_key())
    seconds = _best_of(lambda: [tokeniser.token(key) for key in keys])
    baseline = _best_of(
        lambda: [hashlib.sha256(key.as_text().encode()).hexdigest() for key in keys]
    )
    return figure(
        "seriality_token_hmac",
        unit="us_per_identifier",
        identifiers=len(keys),
        hmac_sha256=round(seconds / len(keys) * 1e6, 3),
        baseline_bare_sha256=round(baseline / len(keys) * 1e6, 3),
        ratio=round(seconds / baseline, 2),
    )


def _token_file(keys: Sequence[MatchKey]) -> Iterator[Figure]:
    key = generate_regional_key()
    first = date(2025, 1, 1)
    entries = [
        (match_key, IntakeRef(first + timedelta(days=n % 600), f"FZ-2026-{n // 3:05d}"))
        for n, match_key in enumerate(keys)
    ]
    data = export_tokens(entries, key, "Bureau Fictief")
    export_seconds = _best_of(lambda: export_tokens(entries, key, "Bureau Fictief"))
    import_seconds = _best_of(lambda: import_tokens(data, key))
    plain = [
        {"token": k.normalised, "intake": i.reference, "date": i.date.isoformat()}
        for k, i in entries
    ]
    plain_data = "\n".join(json.dumps(row) for row in plain).encode()
    dump_seconds = _best_of(lambda: "\n".join(json.dumps(row) for row in plain).encode())
    load_seconds = _best_of(lambda: [json.loads(line) for line in plain_data.split(b"\n")])
    for name, seconds, baseline in (
        ("export", export_seconds, dump_seconds),
        ("import", import_seconds, load_seconds),
    ):
        yield figure(
            f"seriality_token_file_{name}",
            unit="s",
            tokens=len(entries),
            file_bytes=len(data),
            seconds=round(seconds, 4),
            baseline_plain_json_lines=round(baseline, 4),
            ratio=round(seconds / baseline, 2),
        )


def _lookup(rng: random.Random) -> Figure:
    """p99 of one lookup (normalise + index + exclusion) in memory, against a bare dict."""
    keys = _keys(INDEX_SIZE)
    day = date(2026, 1, 1)
    index = MemoryIndex((key, IntakeRef(day, f"FZ-{n:07d}")) for n, key in enumerate(keys))
    plain = {key.normalised: n for n, key in enumerate(keys)}
    # Half the queries hit an indexed number, half miss.
    queries = [
        f"06-{rng.randrange(INDEX_SIZE) if n % 2 else rng.randrange(INDEX_SIZE, 10**8):08d}"
        for n in range(LOOKUPS)
    ]
    timings, baseline = [], []
    for raw in queries:
        started = time.perf_counter()
        find_matches(normalise("phone", raw), [index], "FZ-0000000")
        timings.append(time.perf_counter() - started)
        started = time.perf_counter()
        plain.get(raw)
        baseline.append(time.perf_counter() - started)
    p99 = statistics.quantiles(timings, n=100)[98]
    p99_base = statistics.quantiles(baseline, n=100)[98]
    return figure(
        "seriality_match_lookup_memory",
        unit="us",
        identifiers=INDEX_SIZE,
        lookups=LOOKUPS,
        p99=round(p99 * 1e6, 2),
        baseline_dict_get_p99=round(p99_base * 1e6, 2),
        ratio=round(p99 / p99_base, 1),
    )


def _possible_lookup(rng: random.Random) -> Figure:
    """p99 of the possible-match look-ups of one username (a key per platform, a phone), in
    an in-memory index of 1,000,000 names, against one bare `dict.get` per key."""
    index = MemoryIndex(
        (MatchKey("handle:instagram", f"fictief_{n:07d}"), IntakeRef(date(2026, 1, 1), f"P{n}"))
        for n in range(INDEX_SIZE)
    )
    plain = {f"fictief_{n:07d}": n for n in range(INDEX_SIZE)}
    queries = [f"fictief_{rng.randrange(2 * INDEX_SIZE):07d}" for _ in range(LOOKUPS)]
    timings, baseline = [], []
    for raw in queries:
        started = time.perf_counter()
        find_possible_matches([normalise("username", raw)], [index], "P-none")
        timings.append(time.perf_counter() - started)
        keys = possible_keys(normalise("username", raw))
        started = time.perf_counter()
        for key in keys:
            plain.get(key.normalised)
        baseline.append(time.perf_counter() - started)
    p99 = statistics.quantiles(timings, n=100)[98]
    p99_base = statistics.quantiles(baseline, n=100)[98]
    return figure(
        "seriality_possible_lookup_memory",
        unit="us",
        identifiers=INDEX_SIZE,
        lookups=LOOKUPS,
        p99=round(p99 * 1e6, 2),
        baseline_dict_get_per_key_p99=round(p99_base * 1e6, 2),
        ratio=round(p99 / p99_base, 1),
    )


def run() -> Iterator[Figure]:
    rng = random.Random(20261123)  # noqa: S311 - fictional test data, not secrets
    yield from _normalisation(_samples(rng))
    keys = _keys(TOKENS)
    yield _token_hmac(keys)
    yield from _token_file(keys)
    yield _lookup(rng)
    yield _possible_lookup(rng)
