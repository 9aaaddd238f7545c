"""One app instance per store: a second open says so and changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from intake_app.store.database import DATABASE_FILE
from intake_app.store.errors import StoreInUse
from intake_app.store.store import Store
from tests.store.conftest import OFFICER

ROOT = Path(__file__).resolve().parents[2]


def test_second_open_in_the_same_process_is_refused(store: Store, data_key: bytes) -> None:
    intake = store.intakes.create(OFFICER)

    with pytest.raises(StoreInUse, match="al geopend"):
        Store.open(store.data_dir, data_key)

    store.answers.save(intake.id, "victim_safe_now", "yes", "answered", OFFICER)
    assert store.answers.load(intake.id)["victim_safe_now"].value == "yes"


def test_store_opens_again_once_closed(store: Store, data_key: bytes) -> None:
    store.close()

    with Store.open(store.data_dir, data_key) as again:
        assert again.intakes.case_list() == []


def test_second_app_instance_is_refused_and_changes_nothing(store: Store, data_key: bytes) -> None:
    folder = store.data_dir
    store.close()
    env = {**os.environ, "TEST_DATA_KEY": data_key.hex()}
    holder = subprocess.Popen(
        [sys.executable, "-m", "tests.store.store_child", "hold", str(folder)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = (folder / DATABASE_FILE).read_bytes()

        with pytest.raises(StoreInUse, match="Sluit dat eerst"):
            Store.open(folder, data_key)

        assert (folder / DATABASE_FILE).read_bytes() == before
    finally:
        holder.communicate("\n", timeout=30)
    assert holder.returncode == 0
    Store.open(folder, data_key).close()


def test_a_store_opened_on_one_thread_is_released_when_closed_on_another(
    tmp_path: Path,
) -> None:
    import threading

    from intake_app.store.database import InstanceLock

    lock = InstanceLock(tmp_path)
    opener = threading.Thread(target=lock.acquire)
    opener.start()
    opener.join()

    lock.release()

    again = InstanceLock(tmp_path)
    closer = threading.Thread(target=again.acquire)
    closer.start()
    closer.join()
    assert again._lock.is_locked
    again.release()
