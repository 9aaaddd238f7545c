"""Crafted input for the commands: exit 2 naming the field, never a traceback, no value echoed."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from intake_app.cli import main
from intake_app.commands.store import CredentialsMissing, read_credentials

HUGE = "9" * 5000
SURROGATE = '"a\\ud800b"'  # a lone surrogate, as a JSON escape


def _doc(**fields: str) -> str:
    base = {"intake_date": '"2026-03-02"'}
    base.update(fields)
    return "{" + ",".join(f'"{key}":{value}' for key, value in base.items()) + "}"


# name: (document, field the message must name)
TRIAGE_CASES = {
    "huge integer age": (_doc(victim=f'{{"age_years":{HUGE}}}'), "victim.age_years"),
    "huge negative integer": (_doc(suspects=f'[{{"age_years":-{HUGE}}}]'), "suspects.0.age_years"),
    "year 1": (_doc(intake_date='"0001-01-01"'), "intake_date"),
    "year 9999": (_doc(intake_date='"9999-12-31"'), "intake_date"),
    "incident in year 1": (_doc(incident='{"first_date":"0001-01-01"}'), "incident.first_date"),
    "born 1899": (_doc(victim='{"date_of_birth":"1899-12-31"}'), "victim.date_of_birth"),
    "physical 2101": (
        _doc(incident='{"physical_last_date":"2101-01-01"}'),
        "incident.physical_last_date",
    ),
    "age -1": (_doc(victim='{"age_years":-1}'), "victim.age_years"),
    "age 151": (_doc(victim='{"age_years":151}'), "victim.age_years"),
    "suspect age 10**18": (_doc(suspects='[{"age_years":1000000000000000000}]'), "suspects.0"),
    "lone surrogate in reason": (
        _doc(age_gap_override=f'{{"more_than_slight":true,"reason":{SURROGATE}}}'),
        "age_gap_override.reason",
    ),
    "lone surrogate in an unknown key": (_doc(note=SURROGATE), "note"),
    "nested 20 deep": (_doc(extra="[" * 20 + "]" * 20), "extra.0.0.0"),
    "nested 100000 deep": ("[" * 100000 + "]" * 100000, "(the document)"),
    "NaN": (_doc(victim='{"age_years":NaN}'), "(the document)"),
    "infinity": (_doc(victim='{"age_years":1e400}'), "victim.age_years"),
}


@pytest.mark.parametrize("name", sorted(TRIAGE_CASES))
def test_triage_refuses_crafted_documents_by_field(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document, field = TRIAGE_CASES[name]
    path = tmp_path / "answers.json"
    path.write_text(document, encoding="utf-8")

    assert main(["triage", str(path)]) == 2

    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.startswith(f"intake-app triage: {field}")
    assert HUGE[:50] not in err


def test_dates_at_the_bounds_are_fine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "answers.json"
    path.write_text(
        json.dumps({"intake_date": "2100-12-31", "incident": {"first_date": "2100-12-30"}}),
        encoding="utf-8",
    )
    assert main(["triage", str(path)]) == 0
    capsys.readouterr()


@pytest.mark.parametrize(
    ("stdin", "field"),
    [
        ("beheer01\nab\udcffcd\n", "wachtwoordzin"),
        ("be\udcffheer01\nabcdefghijkl\n", "agentcode"),
        ("recovery:\udcff\udcfe\n", "herstelsleutel"),
        ("beheer01\n" + "x" * 10000 + "\n", "wachtwoordzin"),
    ],
)
def test_credentials_that_are_not_text_are_refused_by_field(stdin: str, field: str) -> None:
    with pytest.raises(CredentialsMissing, match=field):
        read_credentials(True, stdin=io.StringIO(stdin))


def test_a_deeply_nested_token_file_is_refused_calmly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from intake_app.seriality.regional_key import generate_regional_key
    from intake_app.seriality.tokens import TokenFileError, import_tokens

    with pytest.raises(TokenFileError):
        import_tokens(b"[" * 100000 + b"\n{}\n", generate_regional_key())
    with pytest.raises(TokenFileError):
        import_tokens(b'{"format":' + HUGE.encode() + b"}\n{}\n", generate_regional_key())


@pytest.mark.parametrize(
    "content",
    ["a: " + "[" * 5000 + "]" * 5000 + "\n", "a: " + HUGE + "\n", "a: b\n"],
    ids=["nested", "huge-integer", "not-a-directory"],
)
def test_services_check_refuses_crafted_yaml_calmly(
    content: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "services.yaml"
    path.write_text(content, encoding="utf-8")

    assert main(["services", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and HUGE[:50] not in err
