"""The letters benchmark compares like with like: a two-page letter against the same text."""

from __future__ import annotations

import pytest

from benchmarks import letters


def test_the_benchmark_builds_a_two_page_letter_and_reports_a_ratio(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(letters, "ROUNDS", 1)
    (result,) = list(letters.run())

    assert result["benchmark"] == "letter_build"
    assert result["letter_pages"] == 2
    assert result["bare_pages"] >= 1
    assert result["ratio"] > 0  # a number, never asserted against a target in tests
