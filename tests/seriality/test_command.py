"""`intake-app seriality new-key | fingerprint`: the regional key's administration."""

from __future__ import annotations

import io
import re
import subprocess
import sys

import pytest

from intake_app.cli import main
from intake_app.seriality.regional_key import parse_regional_key


def test_new_key_prints_a_key_that_reads_back_and_its_fingerprint(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["seriality", "new-key"]) == 0
    out = capsys.readouterr().out
    key_text = re.search(r"Regional key:\s+(\S+)", out)
    fingerprint = re.search(r"Fingerprint:\s+(\S+)", out)
    assert key_text and fingerprint
    assert parse_regional_key(key_text.group(1)).fingerprint == fingerprint.group(1)
    assert "never by e-mail" in out


def test_fingerprint_reads_the_key_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    main(["seriality", "new-key"])
    out = capsys.readouterr().out
    key_text = out.split()[2]
    monkeypatch.setattr(sys, "stdin", io.StringIO(key_text.lower() + "\n"))
    assert main(["seriality", "fingerprint"]) == 0
    assert capsys.readouterr().out.strip() == parse_regional_key(key_text).fingerprint


def test_a_mistyped_key_gets_a_clear_message_and_exit_2() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "intake_app", "seriality", "fingerprint"],
        input="RSK1-ABCD-EFGH\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "Copy it again" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
