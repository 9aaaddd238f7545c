"""The wraps themselves, below the vault: any passphrase round-trips, any other one fails."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from intake_app.vault.key_file import MAX_REMEMBERED_FAILURES, Attempts
from intake_app.vault.recovery_key import new_recovery_key, recovery_secret
from intake_app.vault.wraps import (
    unwrap_for_officer,
    unwrap_recovery,
    wrap_for_officer,
    wrap_for_recovery,
)
from tests.vault.conftest import CHEAP_KDF

passphrases = st.text(min_size=1, max_size=40)


@settings(max_examples=40, deadline=None)
@given(passphrase=passphrases, other=passphrases, with_secret=st.booleans())
def test_only_the_passphrase_used_unwraps(passphrase: str, other: str, with_secret: bool) -> None:
    data_key = secrets.token_bytes(32)
    secret = secrets.token_bytes(32) if with_secret else None
    record = wrap_for_officer(
        "agent01",
        "Agent Verzonnen",
        "officer",
        passphrase,
        data_key,
        kdf=CHEAP_KDF,
        secret_id="0123456789abcdef" if with_secret else None,
        secret=secret,
        attempts=Attempts(),
    )
    assert unwrap_for_officer(record, passphrase, secret) == data_key
    if other != passphrase:
        assert unwrap_for_officer(record, other, secret) is None
    if secret is not None:
        assert unwrap_for_officer(record, passphrase, secrets.token_bytes(32)) is None


def test_the_recovery_wrap_opens_with_its_own_key_only() -> None:
    data_key = secrets.token_bytes(32)
    key = recovery_secret(new_recovery_key())
    record = wrap_for_recovery(key, data_key)
    assert unwrap_recovery(record, key) == data_key
    assert unwrap_recovery(record, recovery_secret(new_recovery_key())) is None


def test_remembered_failures_are_capped_keeping_the_newest() -> None:
    attempts = Attempts()
    start = datetime(2026, 3, 2, tzinfo=UTC)
    for minute in range(MAX_REMEMBERED_FAILURES + 50):
        attempts = attempts.with_failure(start + timedelta(minutes=minute))
    assert attempts.failures == MAX_REMEMBERED_FAILURES + 50
    assert len(attempts.unacknowledged_failures) == MAX_REMEMBERED_FAILURES
    assert attempts.unacknowledged_failures[-1] == start + timedelta(minutes=249)
