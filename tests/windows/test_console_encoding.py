"""The console build's output and piped input are UTF-8 whatever Windows' code page is."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from intake_app.cli import use_utf8_console
from intake_app.commands.store import read_credentials

ROOT = Path(__file__).resolve().parents[2]
OFFICER_NAME = "Agent Çelik-Øverbø 李"  # fictional; not in cp1252


def test_redirected_output_in_the_windows_code_page_becomes_utf8() -> None:
    raw_out, raw_err = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(raw_out, encoding="cp1252")  # Windows, output redirected
    stderr = io.TextIOWrapper(raw_err, encoding="cp1252")
    stdin = io.TextIOWrapper(io.BytesIO(b""), encoding="cp1252")
    use_utf8_console(stdin, stdout, stderr)
    stdout.write(OFFICER_NAME)  # cp1252 would raise UnicodeEncodeError here
    stdout.flush()
    assert raw_out.getvalue().decode("utf-8") == OFFICER_NAME


def test_piped_credentials_are_utf8_without_the_byte_order_mark() -> None:
    piped = "\ufeffADM01\nzeepbel één twee drie\n".encode()
    stdin = io.TextIOWrapper(io.BytesIO(piped), encoding="cp1252")
    use_utf8_console(stdin, io.StringIO(), io.StringIO())
    credentials = read_credentials(True, stdin=stdin, environ={})
    assert credentials.officer_id == "ADM01"
    assert credentials.passphrase == "zeepbel één twee drie"  # noqa: S105 (fictional)


def test_a_byte_order_mark_already_decoded_is_dropped_too() -> None:
    credentials = read_credentials(True, stdin=io.StringIO("\ufeffrecovery:ABCD\n"), environ={})
    assert credentials.recovery_key == "ABCD"


def test_the_command_writes_utf8_when_python_would_use_cp1252(tmp_path: Path) -> None:
    environment = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONPATH": str(ROOT)}
    script = (
        "import sys; from intake_app.cli import use_utf8_console; use_utf8_console(); "
        f"print({OFFICER_NAME!r})"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, env=environment, check=True
    )
    assert result.stdout.decode("utf-8").strip() == OFFICER_NAME
