"""`intake-app triage FILE|-`: JSON on stdout and exit 0, or exit 2 naming the field."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

import pytest

from intake_app.cli import build_parser
from intake_app.commands.triage import run
from intake_app.paths import forms_dir
from tests.triage.cases import make

EXAMPLE = make({"coercion.pressure_or_force": "yes", "incident.kinds": ["sextortion"]})


def byte_stdin(data: bytes) -> io.TextIOWrapper:
    """Standard input as the console gives it: text with a byte buffer underneath."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


def triage(*argv: str, stdin: IO[str] | None = None) -> tuple[int, str, str]:
    args = build_parser().parse_args(["triage", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = run(args, stdin or io.StringIO(""), out, err)
    return code, out.getvalue(), err.getvalue()


def write(tmp_path: Path, content: str | bytes, name: str = "answers.json") -> str:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def test_file_gives_the_decision_as_json(tmp_path: Path) -> None:
    code, out, err = triage(write(tmp_path, json.dumps(EXAMPLE)))

    decision = json.loads(out)
    assert code == 0
    assert err == ""
    assert decision["contract"] == 2
    assert decision["category"] == "C"
    assert decision["tsm"] == "investigation"
    assert {"rule": "R3", "text": "Groep C wordt altijd door de TSM onderzocht."} in decision[
        "reasons"
    ]


def test_stdin_gives_the_same_as_the_file(tmp_path: Path) -> None:
    text = json.dumps(EXAMPLE)

    from_file = triage(write(tmp_path, text))
    from_text_stdin = triage("-", stdin=io.StringIO(text))
    from_byte_stdin = triage("-", stdin=byte_stdin(text.encode("utf-8")))

    assert from_file == from_text_stdin == from_byte_stdin


def test_english_reasons(tmp_path: Path) -> None:
    code, out, _ = triage(write(tmp_path, json.dumps(EXAMPLE)), "--lang", "en")

    texts = [reason["text"] for reason in json.loads(out)["reasons"]]
    assert code == 0
    assert "Group C is always investigated by the TSM." in texts


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    code, _, _ = triage(write(tmp_path, b"\xef\xbb\xbf" + json.dumps(EXAMPLE).encode()))

    assert code == 0


BAD_DOCUMENTS: list[tuple[str, Any, str]] = [
    ("not JSON", "{'intake_date': '2026-11-23'}", "(the document): is not JSON"),
    ("not an object", "[]", "(the document): must be a JSON object"),
    ("wrong type", make({"victim.age_years": "vijftien"}), "victim.age_years:"),
    ("impossible date", make({"incident.first_date": "2026-02-29"}), "incident.first_date:"),
    (
        "date of birth after the incident",
        make({"victim.date_of_birth": "2026-10-01"}),
        "victim.date_of_birth: lies after the incident",
    ),
    ("age over 120", make({"victim.age_years": 150}), "victim.age_years:"),
    ("missing intake date", {"victim": {}}, "intake_date: is required"),
]


@pytest.mark.parametrize(
    ("content", "message"), [row[1:] for row in BAD_DOCUMENTS], ids=[r[0] for r in BAD_DOCUMENTS]
)
def test_bad_input_exits_2_naming_the_field(tmp_path: Path, content: Any, message: str) -> None:
    text = content if isinstance(content, str) else json.dumps(content)

    code, out, err = triage(write(tmp_path, text))

    assert code == 2
    assert out == ""
    assert err.startswith(f"intake-app triage: {message}")
    assert err.endswith("Correct this field and run again.\n")
    assert "Traceback" not in err


def test_not_utf8_is_bad_input(tmp_path: Path) -> None:
    code, out, err = triage(
        write(tmp_path, '{"intake_date": "2026-11-23", "x": "\xe9"}'.encode("latin-1"))
    )

    assert (code, out) == (2, "")
    assert "not UTF-8" in err


def test_missing_file_is_bad_input(tmp_path: Path) -> None:
    code, out, err = triage(str(tmp_path / "absent.json"))

    assert (code, out) == (2, "")
    assert "absent.json: cannot be read" in err


def test_another_policy_file_changes_the_decision(tmp_path: Path) -> None:
    shipped = (forms_dir() / "policy.yaml").read_text(encoding="utf-8")
    strict = write(
        tmp_path,
        shipped.replace("more_than_slight_years: 3", "more_than_slight_years: 0"),
        "p.yaml",
    )
    peers = write(tmp_path, json.dumps(make()))

    assert json.loads(triage(peers)[1])["category"] == "B"
    assert json.loads(triage(peers, "--policy", strict)[1])["category"] == "C"


def test_a_broken_policy_file_is_bad_input(tmp_path: Path) -> None:
    broken = write(tmp_path, "age_gap: [", "p.yaml")

    code, out, err = triage(write(tmp_path, json.dumps(make())), "--policy", broken)

    assert (code, out) == (2, "")
    assert "the policy file cannot be used" in err


def test_the_installed_command_reads_stdin() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "intake_app", "triage", "-"],
        input=json.dumps(EXAMPLE),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["category"] == "C"


def test_the_installed_command_exits_2_on_bad_input() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "intake_app", "triage", "-"],
        input='{"intake_date": "2026-13-01"}',
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("intake-app triage: intake_date:")
