"""The growing wait after wrong passphrases: none for the first few, then doubling, capped."""

from __future__ import annotations

import math
from datetime import datetime

FREE_FAILURES = 3
FIRST_DELAY_SECONDS = 2
MAX_DELAY_SECONDS = 300


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` wrong passphrases in a row: 0,0,0,2,4,8,... up to 300."""
    if failures <= FREE_FAILURES:
        return 0
    exponent = min(failures - FREE_FAILURES - 1, 16)  # bounded, so huge counts stay cheap
    return min(FIRST_DELAY_SECONDS << exponent, MAX_DELAY_SECONDS)


def seconds_to_wait(failures: int, last_failure: datetime | None, now: datetime) -> int:
    delay = delay_after(failures)
    if delay == 0 or last_failure is None:
        return 0
    elapsed = (now - last_failure).total_seconds()
    if elapsed < 0:  # the clock was set back: wait the delay from now, never longer
        return delay
    return max(0, math.ceil(delay - elapsed))
