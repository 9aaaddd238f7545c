"""`intake-app --self-test`: every check passes here, and each one fails when its part breaks."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from intake_app import cli, selftest
from intake_app.paths import forms_dir, resource_path
from intake_app.selftest import CheckResult
from intake_app.store.errors import StoreCorrupt
from tests.conftest import InMemoryKeyring

# --- Qt ---


def test_qt_starts_in_a_child_process_with_dutch_translations() -> None:
    result = selftest.check_qt_platform(environ={"QT_QPA_PLATFORM": "offscreen"})

    assert result.status == "OK", result
    assert "platform offscreen" in result.summary


def test_qt_startup_problem_is_reported_without_starting_qt() -> None:
    message = (
        "Qt kan niet starten: systeembibliotheken ontbreken.\n    sudo apt-get install libegl1"
    )

    result = selftest.check_qt_platform(
        environ={}, command=["false-command-never-run"], startup_problem=lambda _env: message
    )

    assert result.status == "FOUT"
    assert "    sudo apt-get install libegl1" in result.details


def test_qt_abort_in_the_child_is_a_failed_check_not_a_dead_report() -> None:
    crash = [sys.executable, "-c", "import sys; sys.stderr.write('qt.qpa.plugin: abort\\n'); 1/0"]

    result = selftest.check_qt_platform(
        environ={}, command=crash, startup_problem=lambda _env: None
    )

    assert result.status == "FOUT"
    assert "qt.qpa.plugin: abort" in result.details


@pytest.mark.parametrize(
    ("probe_output", "named"),
    [
        ('{"qt": "6.0", "platform": "offscreen", "qtbase_nl": false}', "qtbase_nl"),
        (
            '{"qt": "6.0", "platform": "offscreen", "qtbase_nl": true, "app_en": false}',
            "intake_app_en.qm",
        ),
        (
            '{"qt": "6.0", "platform": "offscreen", "qtbase_nl": true, "app_en": true, '
            '"none_guarded": false}',
            "reference leak",
        ),
    ],
    ids=["qt-dutch", "app-english", "none-guard"],
)
def test_missing_translations_fail(probe_output: str, named: str) -> None:
    probe = [sys.executable, "-c", f"print({probe_output!r})"]

    result = selftest.check_qt_platform(
        environ={}, command=probe, startup_problem=lambda _env: None
    )

    assert result.status == "FOUT"
    assert named in result.details[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display variables are X/Wayland")
def test_without_a_display_the_probe_runs_offscreen() -> None:
    assert selftest.qt_environment({})["QT_QPA_PLATFORM"] == "offscreen"
    assert "QT_QPA_PLATFORM" not in selftest.qt_environment({"DISPLAY": ":0"})
    assert selftest.qt_environment({"QT_QPA_PLATFORM": "xcb"})["QT_QPA_PLATFORM"] == "xcb"


# --- Fonts ---


def test_bundled_fonts_load() -> None:
    assert selftest.check_fonts().status == "OK"


def test_a_damaged_font_fails(tmp_path: Path) -> None:
    shutil.copytree(resource_path("fonts"), tmp_path, dirs_exist_ok=True)
    (tmp_path / "DejaVuSans-Bold.ttf").write_bytes(b"not a font")

    result = selftest.check_fonts(tmp_path)

    assert result.status == "FOUT"
    assert "DejaVuSans-Bold.ttf" in result.details[0]


# --- SQLCipher ---


def test_sqlcipher_version_is_reported() -> None:
    result = selftest.check_sqlcipher()

    assert result.status == "OK"
    assert result.summary.startswith("SQLCipher 4.")


def test_sqlite_without_sqlcipher_fails() -> None:
    def not_linked() -> str:
        raise RuntimeError("sqlcipher3 is not linked against SQLCipher: the store cannot encrypt")

    assert selftest.check_sqlcipher(not_linked).status == "FOUT"
    assert selftest.check_sqlcipher(lambda: "3.4.2 community").status == "FOUT"


# --- Encrypted scratch store ---


def test_scratch_store_round_trip_leaves_nothing_behind(
    tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    result = selftest.check_encrypted_store(tmp_path)

    assert result.status == "OK", result
    assert list(tmp_path.iterdir()) == []  # the scratch folder is removed
    assert keyring.get_keyring() is memory_keyring  # the real credential store is back...
    assert memory_keyring.secrets == {}  # ...and got no entry


def test_an_answer_that_does_not_come_back_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("intake_app.store.answers.Answers.load", lambda _self, _intake_id: {})

    result = selftest.check_encrypted_store(tmp_path)

    assert result.status == "FOUT"
    assert "niet terug" in result.summary
    assert list(tmp_path.iterdir()) == []


def test_a_store_readable_without_the_key_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selftest, "_readable_without_key", lambda _database: True)

    result = selftest.check_encrypted_store(tmp_path)

    assert result.status == "FOUT"
    assert "zonder sleutel" in result.summary


def test_missing_store_migrations_fail_with_their_own_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("intake_app.store.schema.MIGRATIONS_DIR", tmp_path / "missing")

    result = selftest.check_encrypted_store(tmp_path)

    assert result.status == "FOUT"
    assert "migrations missing" in result.summary


def test_a_store_error_does_not_advise_restoring_real_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise StoreCorrupt("/somewhere/store.db")

    monkeypatch.setattr("intake_app.session.first_run", broken)

    result = selftest.check_encrypted_store(tmp_path)

    assert result.status == "FOUT"
    assert result.details[0].startswith("StoreCorrupt in a scratch store (not the station's data)")
    assert list(tmp_path.iterdir()) == []


# --- Keyring ---


def test_a_usable_keyring_passes() -> None:
    result = selftest.check_keyring()

    assert result.status == "OK"
    assert "InMemoryKeyring" in result.summary


def test_no_keyring_is_a_warning_not_a_failure() -> None:
    keyring.set_keyring(fail.Keyring())

    result = selftest.check_keyring()

    assert result.status == "LET OP"
    assert "verminderde bescherming" in result.summary


# --- Forms ---


def test_shipped_forms_pass() -> None:
    result = selftest.check_form_files()

    assert result.status == "OK"
    assert result.summary.startswith("Formulieren: 1 gecontroleerd")


def test_a_broken_form_fails_with_its_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    shutil.copytree(forms_dir(), folder)
    form = folder / "intake.nl.yaml"
    form.write_text(form.read_text(encoding="utf-8") + "\n: [unclosed\n", encoding="utf-8")

    result = selftest.check_form_files(folder)

    assert result.status == "FOUT"
    assert any("intake.nl.yaml:" in line for line in result.details)


# --- Identifiers (R7) ---


def test_example_phone_number_and_iban_are_recognised() -> None:
    assert selftest.check_identifiers().status == "OK"


def test_an_unrecognised_identifier_fails() -> None:
    result = selftest.check_identifiers([("iban", "NL00 GEEN 0000 0000 00")])

    assert result.status == "FOUT"
    assert "iban" in result.details[0]


# --- Letter ---


def test_a_letter_is_built_in_memory() -> None:
    result = selftest.check_letter()

    assert result.status == "OK"
    assert "PDF" in result.summary


def test_a_letter_that_cannot_be_built_fails() -> None:
    result = selftest.run_check("Verwijsbrief", lambda: selftest.check_letter("no_such_service"))

    assert result.status == "FOUT"
    assert "onverwachte fout" in result.summary


# --- The report ---


def passing() -> CheckResult:
    return selftest.ok("alles goed")


def warns() -> CheckResult:
    return selftest.warning("let op", "what to do")


def breaks() -> CheckResult:
    raise OSError("schijf vol")


def test_report_exits_zero_with_only_warnings() -> None:
    out = io.StringIO()

    code = selftest.run_self_test(out, [("a", passing), ("b", warns)])

    assert code == 0
    lines = out.getvalue().splitlines()
    assert lines[1:3] == ["OK     alles goed", "LET OP let op"]
    assert "All checks passed with warnings" in lines[-1]


def test_one_failing_check_fails_the_report_but_the_others_still_run() -> None:
    out = io.StringIO()

    code = selftest.run_self_test(out, [("a", breaks), ("b", passing)])

    assert code == selftest.EXIT_FAILED
    text = out.getvalue()
    assert "FOUT   a: onverwachte fout" in text
    assert "OSError: schijf vol" in text
    assert "OK     alles goed" in text
    assert "Not OK: 1 check(s) failed" in text


def test_self_test_flag_runs_the_report(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selftest, "CHECKS", (("a", passing),))

    assert cli.main(["--self-test"]) == 0
    assert "zelftest / self-test" in capsys.readouterr().out


def test_the_real_command_passes_from_the_source_checkout(tmp_path: Path) -> None:
    """End to end, as an administrator runs it: a child process, offscreen Qt."""
    result = subprocess.run(
        [sys.executable, "-m", "intake_app", "--self-test"],
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "QT_QPA_PLATFORM": "offscreen",
            "INTAKE_APP_DATA_DIR": str(tmp_path / "data"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # never the real one
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        result.stdout.count("\nOK ") == 8
    )  # logs included; keyring: a warning with the failing backend
    assert "LET OP Sleutelbos" in result.stdout
    assert "Noor" not in result.stdout  # the example case's fictional victim never shows
