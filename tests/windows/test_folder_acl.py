"""The shared store's ACL rule, on icacls output as a Dutch or English Windows prints it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from intake_app.selftest import check_windows_store
from intake_app.windows.folder_acl import (
    AccessEntry,
    FolderAclError,
    acl_findings,
    create_protected_folder,
    parse_icacls,
    protect_command,
)

FOLDER = r"C:\ProgramData\intake-app"

PROTECTED = rf"""{FOLDER} NT AUTHORITY\SYSTEM:(OI)(CI)(F)
                          BUILTIN\Administrators:(OI)(CI)(F)
                          LAPTOP-0042\Intake-officers:(OI)(CI)(M)

Successfully processed 1 files; Failed processing 0 files
"""

# What a fresh folder under ProgramData looks like on a Dutch Windows: inherited, Users read.
INHERITED_DUTCH = rf"""{FOLDER} NT AUTHORITY\SYSTEM:(I)(OI)(CI)(F)
                          BUILTIN\Administrators:(I)(OI)(CI)(F)
                          CREATOR OWNER:(I)(OI)(CI)(IO)(F)
                          BUILTIN\Gebruikers:(I)(OI)(CI)(RX)
                          BUILTIN\Gebruikers:(I)(CI)(WD,AD,WEA,WA)

1 bestanden verwerkt; verwerken van 0 bestanden mislukt
"""


def test_a_protected_folder_has_no_findings() -> None:
    entries = parse_icacls(PROTECTED, FOLDER)
    assert [entry.principal for entry in entries] == [
        r"NT AUTHORITY\SYSTEM",
        r"BUILTIN\Administrators",
        r"LAPTOP-0042\Intake-officers",
    ]
    assert entries[2].rights == ("OI", "CI", "M")
    assert acl_findings(entries) == []


def test_users_in_dutch_and_inheritance_are_reported() -> None:
    findings = acl_findings(parse_icacls(INHERITED_DUTCH, FOLDER))
    assert sum("Users (BUILTIN\\Gebruikers)" in finding for finding in findings) == 2
    assert any("inherits" in finding for finding in findings)


@pytest.mark.parametrize(
    "principal", ["Everyone", "Iedereen", r"NT AUTHORITY\Authenticated Users", "*S-1-5-11"]
)
def test_every_broad_principal_is_caught_by_name_or_sid(principal: str) -> None:
    findings = acl_findings([AccessEntry(principal, ("OI", "CI", "R"))])
    assert len(findings) == 1


def test_a_deny_entry_for_everyone_is_not_access() -> None:
    assert acl_findings([AccessEntry("Everyone", ("DENY", "OI", "CI", "F"))]) == []


def test_unreadable_output_is_a_finding_not_a_pass() -> None:
    assert acl_findings(parse_icacls("Access is denied.", FOLDER)) != []


def test_a_folder_path_with_spaces_parses(tmp_path: Path) -> None:
    folder = r"D:\Intake data\store"
    entries = parse_icacls(rf"{folder} BUILTIN\Administrators:(F)", folder)
    assert entries == [AccessEntry(r"BUILTIN\Administrators", ("F",))]


def test_creation_removes_inheritance_and_grants_by_sid(tmp_path: Path) -> None:
    calls: list[list[str]] = []

    def run(arguments: Sequence[str]) -> str:
        calls.append(list(arguments))
        return ""

    create_protected_folder(
        tmp_path / "store", "STATION\\Zedenrecherche", run=run
    )  # a domain group
    assert (tmp_path / "store").is_dir()
    assert calls == [protect_command(tmp_path / "store", "STATION\\Zedenrecherche")]
    command = calls[0]
    assert command[2:4] == ["/inheritance:r", "/grant:r"]
    assert "*S-1-5-18:(OI)(CI)F" in command and "*S-1-5-32-544:(OI)(CI)F" in command
    assert "STATION\\Zedenrecherche:(OI)(CI)M" in command
    assert not any("S-1-5-32-545" in part or "S-1-1-0" in part for part in command)


def test_self_test_fails_on_a_shared_store_that_users_can_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INTAKE_APP_DATA_DIR")
    monkeypatch.setenv("ProgramData", str(tmp_path))
    shared = tmp_path / "intake-app"
    shared.mkdir()

    def icacls(output: str) -> Callable[[Sequence[str]], str]:
        return lambda arguments: output.replace(FOLDER, str(shared))

    result = check_windows_store("win32", icacls(INHERITED_DUTCH))
    assert result.status == "FOUT"
    assert any("Gebruikers" in line for line in result.details)
    result = check_windows_store("win32", icacls(PROTECTED))
    assert result.status == "OK"


def test_self_test_on_linux_does_not_apply() -> None:
    assert check_windows_store("linux").status == "OK"


def test_a_local_group_is_made_and_a_folder_left_unprotected_is_removed(tmp_path: Path) -> None:
    calls: list[list[str]] = []

    def run(arguments: Sequence[str]) -> str:
        calls.append(list(arguments))
        if arguments[0] == "icacls":
            raise OSError(1332, "No mapping between account names and security IDs was done.")
        return ""

    with pytest.raises(FolderAclError) as refused:
        create_protected_folder(tmp_path / "store", run=run)
    assert refused.value.code == "windows.folder_acl"
    assert calls[0][:3] == ["net", "localgroup", "Intake-officers"]
    assert not (tmp_path / "store").exists()  # never left with the inherited ACL
