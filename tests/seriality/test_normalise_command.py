"""`intake-app seriality normalise KIND VALUE` and `normalise -` (JSON lines in and out)."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from intake_app.cli import main

LINES = [
    {"kind": "url", "value": "https://www.snapchat.com/t/AbCd1234"},
    {"kind": "handle", "value": "instagram.com/_u/Jan_Fictief", "platform": None},
    {"kind": "handle", "value": "@jan_fictief", "platform": "Instagram"},
    {"kind": "phone", "value": "Privénummer"},
    {"kind": "email", "value": "J.Fictief+snap@googlemail.com", "platform": None},
]


def run(monkeypatch: pytest.MonkeyPatch, text: str, *argv: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    return main(["seriality", "normalise", *argv])


def test_one_line_out_per_line_in_in_the_same_order(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "".join(json.dumps(line) + "\r\n" for line in LINES)
    assert run(monkeypatch, text, "-") == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert out == [
        {"kind": "url", "family": "url", "key": None, "verified": False},
        {"kind": "handle", "family": "handle:instagram", "key": "jan_fictief", "verified": True},
        {"kind": "handle", "family": "handle:instagram", "key": "jan_fictief", "verified": True},
        {"kind": "phone", "family": "phone", "key": None, "verified": False},
        {"kind": "email", "family": "email", "key": "jfictief@gmail.com", "verified": True},
    ]


def test_kind_and_value_on_the_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, "", "handle", "Jan.Fictief.", "--platform", "instagram") == 0
    assert json.loads(capsys.readouterr().out) == {
        "kind": "handle",
        "family": "handle:instagram",
        "key": "jan.fictief",
        "verified": True,
    }


def test_empty_input_gives_empty_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, "", "-") == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ("not json", "not JSON"),
        ("[1, 2]", "not a JSON object"),
        ("", "not JSON"),
        ('{"kind": "fax", "value": "1"}', "kind must be one of"),
        ('{"kind": "phone", "value": 612345678}', "value must be text"),
        ('{"kind": "phone"}', "value must be text"),
        ('{"kind": "handle", "value": "x", "platform": 3}', "platform must be text or null"),
        ('{"kind": "handle", "value": "x", "platfrom": "ig"}', "unknown field 'platfrom'"),
    ],
)
def test_a_line_that_is_no_identifier_exits_2_naming_the_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], bad: str, problem: str
) -> None:
    text = json.dumps(LINES[0]) + "\n" + bad + "\n" + json.dumps(LINES[1]) + "\n"
    assert run(monkeypatch, text, "-") == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # every line is checked before any is printed
    assert "Line 2 " in captured.err
    assert problem in captured.err


def test_the_installed_command_reads_standard_input() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "intake_app", "seriality", "normalise", "-"],
        input='{"kind": "url", "value": "wa.me/31612345678"}\n',
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "kind": "phone",
        "family": "phone",
        "key": "+31612345678",
        "verified": True,
    }
