"""The shared store's folder ACL: set with icacls when the folder is made, checked by the
self-test.

NTFS ignores the POSIX modes the rest of the app passes (0o700): a file inherits its folder's
ACL. A folder under %ProgramData% inherits "Users: read" from its parent, so the shared store
gets a protected ACL of its own, set once, with well-known SIDs (names are translated: a Dutch
Windows says "Gebruikers" for Users):

    icacls FOLDER /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F
                                          GROUP:(OI)(CI)M

icacls is documented, on every Windows, and its output is read back as text by `parse_icacls`
(a pure function, so the rule is tested on Linux with sample output).
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

SYSTEM_SID = "S-1-5-18"
ADMINISTRATORS_SID = "S-1-5-32-544"
# The group the installer creates when it is given none: officers are added to it by IT.
DEFAULT_OFFICERS_GROUP = "Intake-officers"

# Principals that mean "anyone who can sign in": by SID and by their English and Dutch names.
BROAD_PRINCIPALS = {
    "s-1-1-0": "Everyone",
    "everyone": "Everyone",
    "iedereen": "Everyone",
    "s-1-5-11": "Authenticated Users",
    "nt authority\\authenticated users": "Authenticated Users",
    "nt authority\\geverifieerde gebruikers": "Authenticated Users",
    "s-1-5-32-545": "Users",
    "builtin\\users": "Users",
    "builtin\\gebruikers": "Users",
    "s-1-5-4": "Interactive",
    "nt authority\\interactive": "Interactive",
    "nt authority\\interactief": "Interactive",
}

Runner = Callable[[Sequence[str]], str]


@dataclass(frozen=True)
class AccessEntry:
    principal: str
    rights: tuple[str, ...]  # icacls' parenthesised tokens: ("OI", "CI", "F"), ("I", "RX"), ...

    @property
    def inherited(self) -> bool:
        return "I" in self.rights

    @property
    def denies(self) -> bool:
        return "DENY" in self.rights

    @property
    def grants_nothing(self) -> bool:
        return "N" in self.rights


class FolderAclError(Exception):
    code = "windows.folder_acl"

    def __init__(self, folder: Path, detail: str) -> None:
        self.folder = folder
        self.detail = detail
        super().__init__(f"De rechten van {folder} konden niet worden gezet of gelezen: {detail}")


_ENTRY = re.compile(r"^(?P<principal>[^:()]+?):(?P<rights>(\([^)]*\))+)\s*$")


def parse_icacls(output: str, folder: str) -> list[AccessEntry]:
    """The entries of `icacls FOLDER` output; the summary line and blank lines are skipped."""
    entries = []
    for raw_line in output.splitlines():
        line = raw_line.rstrip()
        if line.lower().startswith(folder.lower()):
            line = line[len(folder) :]
        line = line.strip()
        match = _ENTRY.match(line)
        if match is None:
            continue
        rights = tuple(re.findall(r"\(([^)]*)\)", match["rights"]))
        entries.append(AccessEntry(match["principal"].strip(), rights))
    return entries


def acl_findings(entries: Sequence[AccessEntry]) -> list[str]:
    """What is wrong with the shared store's ACL, in English, one line each; empty when fine."""
    findings = []
    for entry in entries:
        broad = BROAD_PRINCIPALS.get(entry.principal.strip().lower().lstrip("*"))
        if broad is not None and not entry.denies and not entry.grants_nothing:
            findings.append(f"{broad} ({entry.principal}) has access: {','.join(entry.rights)}")
    if any(entry.inherited for entry in entries):
        findings.append("the folder inherits permissions from its parent (not protected)")
    if not entries:
        findings.append("no permissions could be read")
    return findings


def protect_command(folder: Path, officers_group: str) -> list[str]:
    """icacls arguments: inheritance removed, SYSTEM and Administrators full, officers modify."""
    grants = [f"*{SYSTEM_SID}:(OI)(CI)F", f"*{ADMINISTRATORS_SID}:(OI)(CI)F"]
    grants.append(f"{officers_group}:(OI)(CI)M")
    return ["icacls", str(folder), "/inheritance:r", "/grant:r", *grants]


def run_icacls(arguments: Sequence[str]) -> str:
    """Runs icacls (or net); output in the console's OEM code page, bad bytes replaced."""
    result = subprocess.run(  # noqa: S603 (fixed program, arguments built above)
        list(arguments), capture_output=True, check=False
    )
    text = result.stdout.decode("oem" if sys.platform == "win32" else "utf-8", errors="replace")
    if result.returncode != 0:
        error = result.stderr.decode(
            "oem" if sys.platform == "win32" else "utf-8", errors="replace"
        )
        raise OSError(result.returncode, (error or text).strip() or "icacls failed")
    return text


def create_protected_folder(
    folder: Path, officers_group: str = DEFAULT_OFFICERS_GROUP, run: Runner = run_icacls
) -> None:
    """Makes `folder` (if needed) and gives it the protected ACL; run by the installer as
    administrator (`intake-app-console shared-store create`). A local group name (no
    DOMAIN\\ part) is created first when missing. A folder made here whose ACL could not be
    set is removed again: left with the inherited ACL, it would open the store to all users."""
    made = not folder.exists()
    try:
        if "\\" not in officers_group:
            ensure_local_group(officers_group, run)
        folder.mkdir(parents=True, exist_ok=True)
        run(protect_command(folder, officers_group))
    except OSError as problem:
        if made and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
        raise FolderAclError(folder, problem.strerror or str(problem)) from None


def ensure_local_group(name: str, run: Runner = run_icacls) -> None:
    """`net localgroup NAME /add`; "already exists" (or any refusal) is left to icacls,
    which fails when the group really is missing."""
    with contextlib.suppress(OSError):
        run(["net", "localgroup", name, "/add", "/comment:Intake-app: officers of this station"])


def check_folder(folder: Path, run: Runner = run_icacls) -> list[str]:
    """The findings for `folder`'s current ACL (see `acl_findings`)."""
    try:
        output = run(["icacls", str(folder)])
    except OSError as problem:
        raise FolderAclError(folder, problem.strerror or str(problem)) from None
    return acl_findings(parse_icacls(output, str(folder)))
