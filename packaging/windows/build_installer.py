"""Build the Windows installer: PyInstaller one-folder build, optional signing, Inno Setup.

Run on Windows from the repository root, in the venv with the `packaging` extra:

    .venv\\Scripts\\python packaging\\windows\\build_installer.py [--sign SHA1_THUMBPRINT]

The version comes from intake_app/__init__.py and is passed to Inno Setup (/DAppVersion). With
--sign, signtool signs every .exe, .dll and .pyd of dist\\intake-app that is not signed yet (our
intake-app.exe and intake-app-console.exe, Python's extension modules, which
application-control policies such as AppLocker block unsigned, and PyInstaller's unsigned
helpers), then Inno Setup
signs the setup program and its uninstaller with the same certificate. --dry-run prints the
commands without running them (works on any system).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "intake-app"
ISS = ROOT / "packaging" / "windows" / "intake-app.iss"
DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"
ISCC_PLACES = (
    Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6",
    Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "Inno Setup 6",
)


def project_version() -> str:
    """Written once, in intake_app/__init__.py (pyproject.toml reads it from there too)."""
    sys.path.insert(0, str(ROOT))
    from intake_app import __version__

    return __version__


def numeric_version(version: str) -> str:
    """Four numbers for Windows' version resource: 0.2.0rc1 -> 0.2.0.0 (version_stamp.py)."""
    sys.path.insert(0, str(ROOT))
    from intake_app.windows.version_stamp import numeric_version_text

    return numeric_version_text(version)


SIGNED_SUFFIXES = (".exe", ".dll", ".pyd")


def signable_files(folder: Path) -> list[Path]:
    """Every program file in the build that Windows checks a signature of."""
    return sorted(path for path in folder.rglob("*") if path.suffix.lower() in SIGNED_SUFFIXES)


def signtool_command(thumbprint: str, timestamp_url: str) -> list[str]:
    """signtool with the certificate from the machine's store, SHA-256, RFC 3161 timestamp
    (the signature stays valid after the certificate expires)."""
    return [
        "signtool", "sign", "/sha1", thumbprint, "/fd", "SHA256",
        "/tr", timestamp_url, "/td", "SHA256", "/d", "Intake-app",
    ]  # fmt: skip


def iscc_command(version: str, signing: list[str] | None) -> list[str]:
    iscc = shutil.which("iscc") or next(
        (str(place / "ISCC.exe") for place in ISCC_PLACES if (place / "ISCC.exe").exists()),
        "ISCC.exe",
    )
    command = [iscc, f"/DAppVersion={version}", f"/DAppNumericVersion={numeric_version(version)}"]
    command.append(f"/DSourceDir={DIST}")
    command.append(f"/DOutputDir={ROOT / 'dist' / 'installer'}")
    if signing:
        # Inno Setup replaces $f with the file to sign.
        command += ["/DSignToolName=intakesign", f"/Sintakesign={' '.join(signing)} $f"]
    return [*command, str(ISS)]


def unsigned_binaries(folder: Path) -> list[Path]:
    """Our executables and any .exe/.dll/.pyd without a valid signature (Qt's and Python's
    DLLs are signed by their vendors: signing them again would replace that)."""
    found = []
    for path in signable_files(folder):
        check = subprocess.run(  # noqa: S603 - fixed tool, our own files
            ["signtool", "verify", "/pa", "/q", str(path)],  # noqa: S607 - signtool from the SDK
            capture_output=True,
            check=False,
        )
        if check.returncode != 0:
            found.append(path)
    return found


def run(command: list[str], dry_run: bool) -> None:
    sys.stdout.write("+ " + subprocess.list2cmdline(command) + "\n")
    if not dry_run:
        subprocess.run(command, check=True, cwd=ROOT)  # noqa: S603 - our build commands


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sign", metavar="SHA1_THUMBPRINT", help="code-signing certificate")
    parser.add_argument("--timestamp-url", default=DEFAULT_TIMESTAMP_URL)
    parser.add_argument("--dry-run", action="store_true", help="print the commands only")
    args = parser.parse_args()
    if sys.platform != "win32" and not args.dry_run:
        parser.error("build the Windows installer on Windows (PyInstaller does not cross-build)")
    version = project_version()
    run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "packaging/intake-app.spec"],
        args.dry_run,
    )
    signing = signtool_command(args.sign, args.timestamp_url) if args.sign else None
    if signing:
        targets = [DIST / "intake-app.exe"] if args.dry_run else unsigned_binaries(DIST)
        run([*signing, *map(str, targets)], args.dry_run)
    run(iscc_command(version, signing), args.dry_run)
    sys.stdout.write(f"Installer: dist/installer/intake-app-{version}-setup.exe\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
