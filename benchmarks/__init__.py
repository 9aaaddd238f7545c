"""Measurements: `python -m benchmarks` prints one JSON line per figure.

Each benchmark module exposes `run() -> Iterator[Figure]` and is listed in BENCHMARKS; every
figure is compared with a baseline measured in the same run, never with a stored number.
"""
