"""The regional key and imported token sets in the store; StoreTokenIndex as an index (R7)."""

from __future__ import annotations

from datetime import date

from intake_app.seriality.matching import IdentifierIndex, IntakeRef, find_matches
from intake_app.seriality.normalise import normalise
from intake_app.seriality.regional_key import generate_regional_key
from intake_app.seriality.tokens import export_tokens, import_tokens
from intake_app.store.seriality_index import to_stored
from intake_app.store.store import Store
from intake_app.store.token_exchange import StoreTokenIndex, station_token_file
from tests.store.conftest import OFFICER

PHONE = "06-12345678"  # fictional


def _their_file(key_phone: str, reference: str, station: str = "Bureau Fictief-Zuid") -> bytes:
    phone = normalise("phone", key_phone)
    return export_tokens([(phone.match_key, IntakeRef(date(2026, 3, 2), reference))], KEY, station)


KEY = generate_regional_key()


def test_the_regional_key_is_kept_and_read_back(store: Store) -> None:
    assert store.regional_key.current() is None

    assert store.regional_key.replace(KEY, OFFICER) is False
    assert store.regional_key.current() == KEY
    assert store.regional_key.replace(generate_regional_key(), OFFICER) is True

    entries = [e for e in store.audit_entries() if e.event == "regional_key"]
    assert [e.details["replaced"] for e in entries] == [True, False]
    assert KEY.as_text() not in str(entries) and KEY.secret.hex() not in str(entries)


def test_a_match_against_imported_tokens_names_the_station_and_reference(store: Store) -> None:
    store.regional_key.replace(KEY, OFFICER)
    store.imported_tokens.replace(import_tokens(_their_file(PHONE, "2026-0101"), KEY), OFFICER)
    index: IdentifierIndex = StoreTokenIndex(store)

    matches = find_matches(normalise("phone", "+31 6 1234 5678"), [index], "2026-0001")

    assert matches == [IntakeRef(date(2026, 3, 2), "2026-0101", "Bureau Fictief-Zuid")]
    assert find_matches(normalise("phone", "0612345679"), [index], "2026-0001") == []


def test_a_newer_file_from_the_same_station_replaces_the_earlier_one(store: Store) -> None:
    store.regional_key.replace(KEY, OFFICER)
    store.imported_tokens.replace(import_tokens(_their_file(PHONE, "2026-0101"), KEY), OFFICER)
    replaced = store.imported_tokens.replace(
        import_tokens(_their_file("0687654321", "2026-0202"), KEY), OFFICER
    )
    index = StoreTokenIndex(store)

    assert replaced is True
    assert index.lookup(normalise("phone", PHONE).match_key) == []
    assert [m.reference for m in index.lookup(normalise("phone", "0687654321").match_key)] == [
        "2026-0202"
    ]
    assert [(i.station, i.token_count) for i in store.imported_tokens.imports()] == [
        ("Bureau Fictief-Zuid", 1)
    ]
    assert store.scalar("SELECT count(*) FROM imported_tokens") == 1


def test_after_a_new_regional_key_old_imports_never_match(store: Store) -> None:
    store.regional_key.replace(KEY, OFFICER)
    store.imported_tokens.replace(import_tokens(_their_file(PHONE, "2026-0101"), KEY), OFFICER)
    store.regional_key.replace(generate_regional_key(), OFFICER)

    assert StoreTokenIndex(store).lookup(normalise("phone", PHONE).match_key) == []


def test_without_a_regional_key_nothing_matches(store: Store) -> None:
    assert StoreTokenIndex(store).lookup(normalise("phone", PHONE).match_key) == []


def test_the_export_leaves_out_training_intakes_and_holds_no_identifier(store: Store) -> None:
    real = store.intakes.create(OFFICER)
    training = store.intakes.create(OFFICER, is_training=True)
    for intake, typed in ((real, PHONE), (training, "0687654321")):
        store.identifiers.replace(
            intake.id, "suspects#1.identifiers", [to_stored(normalise("phone", typed))], OFFICER
        )

    content, count = station_token_file(store, KEY, "Bureau Fictief-Noord")
    token_set = import_tokens(content, KEY)

    assert count == 1 == len(token_set)
    assert [i.reference for (i,) in token_set.tokens.values()] == [real.reference]
    for secret in (b"12345678", b"87654321", KEY.secret.hex().encode()):
        assert secret not in content
