"""The shipped JSON Schemas agree with the code: every case's input and output is valid,
and bad input the schema can express is refused by it too."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from intake_app.paths import resource_path
from intake_app.triage.contract import to_document
from tests.triage.all_cases import ALL_CASES
from tests.triage.cases import BASE, Case, make, run
from tests.triage.test_contract import BAD_INPUT


def validator(name: str) -> Draft202012Validator:
    schema = json.loads(resource_path("schemas", name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


INPUT = validator("triage-input.schema.json")
OUTPUT = validator("triage-output.schema.json")


def errors(validator: Draft202012Validator, document: Any) -> list[str]:
    return [error.message for error in validator.iter_errors(document)]


@pytest.mark.parametrize("row", ALL_CASES, ids=lambda row: row.name)
def test_every_case_matches_both_schemas(row: Case) -> None:
    document = row.document
    for language in ("nl", "en"):
        output = to_document(run(document, language=language))

        assert errors(INPUT, document) == []
        assert errors(OUTPUT, output) == []


def test_the_minimal_document_matches_both_schemas() -> None:
    minimal = {"intake_date": "2026-11-23"}

    assert errors(INPUT, minimal) == []
    assert errors(OUTPUT, to_document(run(minimal))) == []


@pytest.mark.parametrize(
    "changes",
    [row[1] for row in BAD_INPUT if row[4]],
    ids=[row[0] for row in BAD_INPUT if row[4]],
)
def test_the_input_schema_refuses_what_the_command_refuses(changes: dict[str, Any]) -> None:
    assert errors(INPUT, make(changes)) != []


def test_the_input_schema_allows_unknown_keys() -> None:
    assert errors(INPUT, {**BASE, "later_field": {"anything": 1}}) == []
