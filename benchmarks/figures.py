"""One figure of a benchmark, printed as one JSON line."""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence
from typing import Any

Figure = dict[str, Any]


def figure(name: str, **values: Any) -> Figure:
    return {"benchmark": name, **values}


def to_json_line(result: Figure) -> str:
    return json.dumps(result, sort_keys=False, ensure_ascii=False)


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)
