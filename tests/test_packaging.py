"""The installer's scripts agree with the app. (The build itself runs in CI:
packaging/linux_smoke.sh builds the one-folder app and runs its --self-test.)"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from intake_app import __version__
from intake_app.windows.app_mutex import INNO_APP_MUTEX
from intake_app.windows.version_stamp import numeric_version

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


def test_one_folder_build_without_upx_carrying_the_data_files() -> None:
    assert "upx=True" not in SPEC
    assert "onefile" not in SPEC.lower()
    for carried in ('"forms"', '"resources"', '"intake_app/store/migrations"'):
        assert carried in SPEC
    for package in ("lark", "phonenumbers", "schwifty"):
        assert f'collect_data_files("{package}")' in SPEC
    assert 'copy_metadata("intake-app")' in SPEC


def _build_installer_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_installer", ROOT / "packaging" / "windows" / "build_installer.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pre_releases_get_a_numeric_version_stamp() -> None:
    build = _build_installer_module()
    assert build.numeric_version("0.2.0rc1") == "0.2.0.0"
    assert build.numeric_version("1.4") == "1.4.0.0"
    assert build.numeric_version("2.0.1.dev3") == "2.0.1.0"
    assert "VersionInfoVersion={#AppNumericVersion}" in ISS
    assert numeric_version("0.2.0rc1") == (0, 2, 0, 0)  # the exe's version resource
    assert "numbers = numeric_version(VERSION)" in SPEC


def test_signing_covers_python_extension_modules(tmp_path: Path) -> None:
    build = _build_installer_module()
    for name in ("intake-app.exe", "_internal/python311.dll", "_internal/_ssl.pyd", "x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    signed = [path.name for path in build.signable_files(tmp_path)]
    assert sorted(signed) == ["_ssl.pyd", "intake-app.exe", "python311.dll"]


def test_an_upgrade_waits_for_the_running_app() -> None:
    assert f"AppMutex={INNO_APP_MUTEX}\n" in ISS
    assert "CloseApplications=no" in ISS  # never closes an open interview


def test_uninstall_deletes_only_the_shared_store_and_only_when_asked() -> None:
    assert "ExpandConstant('{commonappdata}\\intake-app')" in ISS  # %ProgramData%
    assert "{localappdata}" not in ISS  # never the elevating administrator's own folder
    assert "DeleteBox.Checked := False;" in ISS
    assert "DeleteDataChosen := DeleteDataAsked() and IsAdmin();" in ISS  # silent: /DELETEDATA
    assert '"shared-store create --officers-group ""{param:OFFICERSGROUP|Intake-officers}"""' in ISS
