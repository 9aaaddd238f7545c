"""A second process for the lock and crash tests: `python -m tests.store.store_child MODE DIR`.

The data key comes in hex through TEST_DATA_KEY (tests only; the app never passes keys so).
  hold   open the store, print "open", wait for a line on stdin, close
  write  open the store, save answers in a loop and print each key once its save returned
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from intake_app.store.store import Store

OFFICER = "officer-0001"


def main() -> int:
    mode, folder = sys.argv[1], Path(sys.argv[2])
    key = bytes.fromhex(os.environ["TEST_DATA_KEY"])
    store = Store.open(folder, key)
    if mode == "hold":
        sys.stdout.write("open\n")
        sys.stdout.flush()
        sys.stdin.readline()
        store.close()
        return 0
    intake = store.intakes.create(OFFICER)
    sys.stdout.write(f"intake {intake.id}\n")
    sys.stdout.flush()
    number = 0
    while True:
        number += 1
        key_name = f"suspects#{number}.phone"
        store.answers.save(intake.id, key_name, f"06{number:08d}", "answered", OFFICER)
        sys.stdout.write(f"saved {intake.id} {key_name}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
