"""The installer's scripts agree with the app. (The build itself runs in CI:
packaging/linux_smoke.sh builds the one-folder app and runs its --self-test.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from intake_app import APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[1]
SPEC = (ROOT / "packaging" / "intake-app.spec").read_text(encoding="utf-8")
ISS = (ROOT / "packaging" / "windows" / "intake-app.iss").read_text(encoding="utf-8")


def test_installer_gets_the_app_version() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "windows" / "build_installer.py"), "--dry-run"],
        capture_output=True,
        text=True,
        check=True,
    )

    assert f"/DAppVersion={__version__} " in result.stdout
    assert "{#AppVersion}" in ISS


def test_signing_signs_our_programs_and_the_installer() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "windows" / "build_installer.py"),
            "--dry-run",
            "--sign",
            "00" * 20,
        ],
        capture_output=True,
        text=True,
        check=True,
    )

    assert "signtool sign /sha1 " + "00" * 20 + " /fd SHA256 /tr " in result.stdout
    assert "/Sintakesign=signtool sign" in result.stdout
    assert "SignedUninstaller=yes" in ISS


def test_uninstaller_offers_to_delete_the_folder_the_app_really_uses() -> None:
    # platformdirs.user_data_dir(APP_NAME, appauthor=False) on Windows (intake_app/paths.py)
    assert f"ExpandConstant('{{localappdata}}\\{APP_NAME}')" in ISS
    assert "DeleteBox.Checked := False;" in ISS  # kept unless the administrator ticks it
    assert "UninstallSilent()" in ISS  # a silent uninstall keeps the data


def test_one_folder_build_without_upx_carrying_the_data_files() -> None:
    assert "upx=True" not in SPEC
    assert "onefile" not in SPEC.lower()
    for carried in ('"forms"', '"resources"', '"intake_app/store/migrations"'):
        assert carried in SPEC
    for package in ("lark", "phonenumbers", "schwifty"):
        assert f'collect_data_files("{package}")' in SPEC
    assert 'copy_metadata("intake-app")' in SPEC
