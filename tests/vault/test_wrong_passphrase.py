"""Wrong passphrases: a clear message, a growing wait, counters that survive a restart."""

from __future__ import annotations

from datetime import timedelta

import pytest

from intake_app.vault import TooSoon, WrongPassphrase
from intake_app.vault.throttle import delay_after, seconds_to_wait
from tests.vault.conftest import ADMIN_ID, ADMIN_PASSPHRASE, NewVault

WRONG = "dit is niet de goede zin"


def fail_once(new_vault: NewVault) -> WrongPassphrase:
    with pytest.raises(WrongPassphrase) as caught:
        new_vault.vault.unlock(ADMIN_ID, WRONG)
    return caught.value


def test_delays_are_free_three_times_then_double_up_to_five_minutes() -> None:
    delays = [delay_after(failures) for failures in range(1, 15)]
    assert delays == [0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300]
    assert delay_after(10**9) == 300


def test_wrong_passphrase_says_so_in_dutch(new_vault: NewVault) -> None:
    problem = fail_once(new_vault)
    assert "wachtwoordzin klopt niet" in str(problem)
    assert problem.failures == 1
    assert problem.retry_after_seconds == 0


def test_the_wait_grows_and_is_enforced_with_the_clock(new_vault: NewVault) -> None:
    for _ in range(3):
        assert fail_once(new_vault).retry_after_seconds == 0
    fourth = fail_once(new_vault)
    assert (fourth.failures, fourth.retry_after_seconds) == (4, 2)
    assert "over 2 seconden" in str(fourth)

    with pytest.raises(TooSoon) as too_soon:
        new_vault.vault.unlock(ADMIN_ID, ADMIN_PASSPHRASE)  # even the right one must wait
    assert too_soon.value.retry_after_seconds == 2
    new_vault.clock.advance(1.5)
    with pytest.raises(TooSoon) as too_soon:
        new_vault.vault.unlock(ADMIN_ID, WRONG)
    assert too_soon.value.retry_after_seconds == 1

    new_vault.clock.advance(0.5)
    assert fail_once(new_vault).retry_after_seconds == 4
    new_vault.clock.advance(4)
    assert fail_once(new_vault).retry_after_seconds == 8


def test_waiting_does_not_count_as_a_failure(new_vault: NewVault) -> None:
    for _ in range(4):
        fail_once(new_vault)
    for _ in range(5):
        with pytest.raises(TooSoon):
            new_vault.vault.unlock(ADMIN_ID, WRONG)
    new_vault.clock.advance(2)
    assert fail_once(new_vault).failures == 5


def test_counters_survive_a_restart_of_the_app(new_vault: NewVault) -> None:
    for _ in range(4):
        fail_once(new_vault)
    reopened = new_vault.reopen()
    with pytest.raises(TooSoon):
        reopened.unlock(ADMIN_ID, ADMIN_PASSPHRASE)
    new_vault.clock.advance(2)
    with pytest.raises(WrongPassphrase) as caught:
        reopened.unlock(ADMIN_ID, WRONG)
    assert caught.value.failures == 5


def test_success_resets_the_count_but_keeps_failures_for_the_audit(new_vault: NewVault) -> None:
    for _ in range(4):
        fail_once(new_vault)
    new_vault.clock.advance(2)
    assert new_vault.vault.unlock(ADMIN_ID, ADMIN_PASSPHRASE) == new_vault.data_key
    assert fail_once(new_vault).failures == 1  # the count started again

    reopened = new_vault.reopen()
    failed = reopened.failed_unlocks_since_last_success(ADMIN_ID)
    assert len(failed) == 5
    assert failed[-1] == new_vault.clock.now
    reopened.acknowledge_failed_unlocks(ADMIN_ID)
    assert new_vault.reopen().failed_unlocks_since_last_success(ADMIN_ID) == []


def test_the_failed_unlock_times_are_those_of_the_clock(new_vault: NewVault) -> None:
    start = new_vault.clock.now
    fail_once(new_vault)
    new_vault.clock.advance(60)
    fail_once(new_vault)
    assert new_vault.vault.failed_unlocks_since_last_success(ADMIN_ID) == [
        start,
        start + timedelta(seconds=60),
    ]


def test_a_clock_set_back_never_makes_the_wait_longer_than_the_delay(
    new_vault: NewVault,
) -> None:
    now = new_vault.clock.now
    assert seconds_to_wait(6, now, now - timedelta(days=365)) == delay_after(6)
    assert seconds_to_wait(6, now, now + timedelta(seconds=3)) == delay_after(6) - 3
    assert seconds_to_wait(3, now, now) == 0


def test_a_wrong_passphrase_touches_nothing_but_the_key_file(new_vault: NewVault) -> None:
    fail_once(new_vault)
    # keys.lock: the empty file the attempt lock is held on (no content, kept for reuse).
    assert sorted(path.name for path in new_vault.data_dir.iterdir()) == ["keys.json", "keys.lock"]
    assert (new_vault.data_dir / "keys.lock").stat().st_size == 0
