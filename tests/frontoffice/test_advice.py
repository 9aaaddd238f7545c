"""The advice document: structured, strict, and every problem names its field."""

from __future__ import annotations

import json

import pytest

from intake_app.frontoffice.advice import parse_advice_input
from intake_app.frontoffice.errors import AdviceInvalid

GOOD = {
    "urgent_actions": ["Beelden laten verwijderen"],
    "handling": "tsm",
    "ex_officio": {"considered": False},
    "referrals_to_add": [],
    "text": "",
}


def test_a_good_document_parses() -> None:
    advice = parse_advice_input(json.dumps(GOOD))
    assert advice.handling == "tsm" and advice.urgent_actions == ["Beelden laten verwijderen"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"handling": "wijkagent"}, "handling"),
        ({"referrals_to_add": ["politie"]}, "referrals_to_add.0"),
        ({"urgent_actions": [""]}, "urgent_actions"),
        ({"ex_officio": {"considered": True, "why": "x"}}, "ex_officio.outcome"),
        ({"ex_officio": {"considered": True, "outcome": "investigate"}}, "ex_officio.why"),
        ({"extra": 1}, "extra"),
        ({"handling": None}, "handling"),
    ],
)
def test_each_problem_names_its_field(change: dict[str, object], field: str) -> None:
    with pytest.raises(AdviceInvalid) as problem:
        parse_advice_input(json.dumps({**GOOD, **change}))
    assert problem.value.field == field
    assert problem.value.code == "advice.invalid"


def test_a_missing_field_and_no_json_are_named_too() -> None:
    without = {key: value for key, value in GOOD.items() if key != "ex_officio"}
    with pytest.raises(AdviceInvalid) as missing:
        parse_advice_input(json.dumps(without))
    assert missing.value.field == "ex_officio"
    with pytest.raises(AdviceInvalid) as broken:
        parse_advice_input("{")
    assert broken.value.field == "(document)"
