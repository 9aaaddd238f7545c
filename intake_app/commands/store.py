"""`intake-app verify`, `intake-app backup FILE`, `intake-app restore FILE --data-dir NEW`.

Credentials come, in this order, from standard input (`--credentials-stdin`: the officer code
then the passphrase on two lines, or one line `recovery:KEY`), from the environment
(INTAKE_APP_RECOVERY_KEY, or INTAKE_APP_OFFICER with INTAKE_APP_PASSPHRASE), or from prompts
with hidden input. Nothing here imports Qt; heavy modules are imported when a command runs.
"""

from __future__ import annotations

import argparse
import getpass
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from intake_app.commands import CLI_LANGUAGE
from intake_app.problems import describe

if TYPE_CHECKING:
    from intake_app.session import Session

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2
EXIT_CREDENTIALS = 4
EXIT_STORE = 5
EXIT_BACKUP = 6
# store.db missing, or cut short, where keys.json says an installation exists: each its own
# code so a script can tell "restore a backup" cases apart from a wrong key or a lock.
EXIT_STORE_MISSING = 7
EXIT_STORE_EMPTY = 8
EXIT_STORE_SIZE = 9
STORE_FILE_EXIT_CODES = {
    "store.missing": EXIT_STORE_MISSING,
    "store.empty": EXIT_STORE_EMPTY,
    "store.size_mismatch": EXIT_STORE_SIZE,
}

OFFICER_ENV = "INTAKE_APP_OFFICER"
PASSPHRASE_ENV = "INTAKE_APP_PASSPHRASE"  # noqa: S105 - the name of a variable, not a secret
RECOVERY_KEY_ENV = "INTAKE_APP_RECOVERY_KEY"
RECOVERY_PREFIX = "recovery:"
BYTE_ORDER_MARK = "\ufeff"


@dataclass(frozen=True)
class Credentials:
    officer_id: str | None = None
    passphrase: str | None = None
    recovery_key: str | None = None


class CredentialsMissing(Exception):
    code = "commands.credentials_missing"

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def register(subparsers: Any) -> None:
    verify = subparsers.add_parser(
        "verify", help="check the audit chain and the database's integrity (exit 1 on a break)"
    )
    verify.add_argument(
        "--expect-head",
        action="append",
        default=[],
        metavar="HEAD",
        help="an audit head noted earlier (N:hash, as verify and backup print it): the chain "
        "must still hold it",
    )
    verify.add_argument(
        "--against-backup",
        action="append",
        default=[],
        type=Path,
        metavar="BACKUP",
        help="check the chain against the audit head recorded in this backup's manifest",
    )
    add_session_options(verify)
    verify.set_defaults(handler=run_verify)

    backup = subparsers.add_parser("backup", help="write an encrypted backup to FILE")
    backup.add_argument("file", type=Path, metavar="FILE")
    add_session_options(backup)
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore", help="restore a backup into a NEW, empty data folder"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--data-dir", type=Path, required=True, help="a new, empty folder")
    restore.add_argument("--credentials-stdin", action="store_true", help=_STDIN_HELP)
    restore.set_defaults(handler=run_restore)


_STDIN_HELP = "read the officer code and passphrase (two lines) or 'recovery:KEY' from stdin"


def add_session_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="the data folder (default: the app's own)"
    )
    parser.add_argument("--credentials-stdin", action="store_true", help=_STDIN_HELP)


_CREDENTIAL_FIELDS = {
    "officer_id": "de agentcode",
    "passphrase": "de wachtwoordzin",
    "recovery_key": "de herstelsleutel",
}
MAX_CREDENTIAL_CHARACTERS = 4096  # a passphrase may be 1024; anything longer is not one


def read_credentials(
    from_stdin: bool,
    stdin: TextIO | None = None,
    environ: dict[str, str] | None = None,
    ask: Callable[[str], str] = getpass.getpass,
    err: TextIO | None = None,
) -> Credentials:
    """Credentials as typed; bytes that are not UTF-8 (undecodable on standard input or in
    the environment) or absurd lengths are refused by field name, never echoed."""
    credentials = _read_credentials(from_stdin, stdin, environ, ask, err)
    for name, label in _CREDENTIAL_FIELDS.items():
        value = getattr(credentials, name)
        if value is None:
            continue
        if len(value) > MAX_CREDENTIAL_CHARACTERS:
            raise CredentialsMissing(f"{label} is veel te lang")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise CredentialsMissing(f"{label} is geen geldige tekst (geen UTF-8)") from None
    return credentials


def _read_credentials(
    from_stdin: bool,
    stdin: TextIO | None,
    environ: dict[str, str] | None,
    ask: Callable[[str], str],
    err: TextIO | None,
) -> Credentials:
    stdin = stdin or sys.stdin
    environ = dict(os.environ) if environ is None else environ
    if from_stdin:
        # Decoded as UTF-8 by cli.main (use_utf8_console); a byte-order mark that PowerShell or
        # Notepad put before the first line is dropped, not taken as part of the officer code.
        first = stdin.readline().rstrip("\r\n").removeprefix(BYTE_ORDER_MARK)
        if first.startswith(RECOVERY_PREFIX):
            return Credentials(recovery_key=first[len(RECOVERY_PREFIX) :].strip())
        second = stdin.readline().rstrip("\r\n")
        if not first or not second:
            raise CredentialsMissing("op standaardinvoer staan geen agentcode en wachtwoordzin")
        return Credentials(officer_id=first.strip(), passphrase=second)
    if environ.get(RECOVERY_KEY_ENV):
        return Credentials(recovery_key=environ[RECOVERY_KEY_ENV])
    if environ.get(OFFICER_ENV) and environ.get(PASSPHRASE_ENV):
        return Credentials(officer_id=environ[OFFICER_ENV], passphrase=environ[PASSPHRASE_ENV])
    if not stdin.isatty():
        raise CredentialsMissing(
            f"geef inloggegevens met --credentials-stdin, of zet {OFFICER_ENV} en "
            f"{PASSPHRASE_ENV}, of {RECOVERY_KEY_ENV}"
        )
    (err or sys.stderr).write("Agentcode (leeg laten voor de herstelsleutel): ")
    (err or sys.stderr).flush()
    officer_id = stdin.readline().strip()
    if not officer_id:
        return Credentials(recovery_key=ask("Herstelsleutel: "))
    return Credentials(officer_id=officer_id, passphrase=ask("Wachtwoordzin: "))


def _open(data_dir: Path, credentials: Credentials, apply_retention: bool) -> Session:
    from intake_app.session import open_session, open_with_recovery_key

    if credentials.recovery_key is not None:
        return open_with_recovery_key(data_dir, credentials.recovery_key, apply_retention)
    assert credentials.officer_id is not None and credentials.passphrase is not None  # noqa: S101
    return open_session(data_dir, credentials.officer_id, credentials.passphrase, apply_retention)


def with_session(
    args: argparse.Namespace,
    data_dir: Path,
    work: Callable[[Session], int],
    out: TextIO,
    err: TextIO,
    apply_retention: bool = False,
    stdin: TextIO | None = None,
) -> int:
    """Read the credentials, open the session, run `work`, close: shared by every command
    that needs the store (also `intake-app seriality`); store and vault errors become messages
    and exit codes."""
    from intake_app.store.backup import BackupError
    from intake_app.store.errors import StoreError
    from intake_app.vault.errors import VaultError

    try:
        credentials = read_credentials(args.credentials_stdin, stdin=stdin, err=err)
    except CredentialsMissing as problem:
        err.write(f"{describe(problem, CLI_LANGUAGE)}\n")
        return EXIT_USAGE
    try:
        session = _open(data_dir, credentials, apply_retention)
    except VaultError as problem:
        err.write(f"{describe(problem, CLI_LANGUAGE)}\n")
        return EXIT_CREDENTIALS
    except StoreError as problem:
        err.write(f"{describe(problem, CLI_LANGUAGE)}\n")
        return STORE_FILE_EXIT_CODES.get(str(getattr(problem, "code", "")), EXIT_STORE)
    try:
        return work(session)
    except BackupError as problem:
        err.write(f"{describe(problem, CLI_LANGUAGE)}\n")
        return EXIT_BACKUP
    except StoreError as problem:
        err.write(f"{describe(problem, CLI_LANGUAGE)}\n")
        return EXIT_STORE
    finally:
        session.close()


def default_data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir)
    from intake_app.paths import data_dir

    return data_dir()


def _progress(err: TextIO, label: str) -> Callable[[float], None]:
    shown = [-1]

    def report(fraction: float) -> None:
        percent = int(fraction * 100)
        if percent != shown[0]:
            shown[0] = percent
            err.write(f"\r{label}: {percent:3d}%")
            if percent >= 100:
                err.write("\n")
            err.flush()

    return report


def run_verify(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    try:
        given = _given_anchors(args)
    except ValueError as problem:
        err.write(f"{problem}\n")
        return EXIT_USAGE

    def work(session: Session) -> int:
        from intake_app.store.audit import Anchor
        from intake_app.store.verify import verify
        from intake_app.vault.errors import AuditAnchorTampered

        anchors = list(given)
        try:
            recorded = session.vault.audit_anchor()
        except AuditAnchorTampered as problem:
            err.write(f"{problem}\n")
            return EXIT_CHECK_FAILED
        if recorded is not None:
            anchors.append(Anchor("sleutelbestand", *recorded))
        report = verify(session.store, tuple(anchors), session.auditor_private_key)
        out.write("\n".join(report.lines()) + "\n")
        return EXIT_OK if report.ok else EXIT_CHECK_FAILED

    return with_session(args, default_data_dir(args), work, out, err)


def _given_anchors(args: argparse.Namespace) -> list[Any]:
    """--expect-head and --against-backup as anchors; ValueError with a message if unusable."""
    from intake_app.store.audit import Anchor, parse_head
    from intake_app.store.backup import BackupError, read_manifest

    anchors = []
    for text in getattr(args, "expect_head", []):
        parsed = parse_head(text)
        if parsed is None:
            raise ValueError(
                "--expect-head: schrijf de kop zoals verify hem toont: NUMMER:HASH (64 tekens)"
            )
        anchors.append(Anchor("opgegeven kop", *parsed))
    for backup_file in getattr(args, "against_backup", []):
        try:
            head = read_manifest(Path(backup_file)).audit_head
        except BackupError as problem:
            raise ValueError(f"--against-backup: {problem}") from None
        parsed = parse_head(head or "")
        if parsed is None:
            raise ValueError(f"--against-backup: {backup_file} noemt geen auditlog-kop")
        anchors.append(Anchor(f"back-up {Path(backup_file).name}", *parsed))
    return anchors


def run_backup(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    target = Path(args.file).expanduser().resolve()

    def work(session: Session) -> int:
        from intake_app.store.backup import backup

        manifest = backup(session.store, target, session.officer_id, _progress(err, "back-up"))
        out.write(
            f"Back-up geschreven: {target} ({manifest.database_bytes} bytes, "
            f"schema {manifest.schema_revision}).\n"
            f"Auditlog-kop in de back-up: {manifest.audit_head}\n"
        )
        return EXIT_OK

    return with_session(args, default_data_dir(args), work, out, err)


def run_restore(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    from intake_app.store.backup import BackupError, restore

    out, err = out or sys.stdout, err or sys.stderr
    new_dir = Path(args.data_dir).expanduser().resolve()
    existed = new_dir.exists()
    try:
        restore(Path(args.file), new_dir, _progress(err, "terugzetten"))
    except BackupError as problem:
        err.write(f"{describe(problem, CLI_LANGUAGE)}\n")
        return EXIT_BACKUP

    def work(session: Session) -> int:
        from intake_app.store.verify import verify

        report = verify(session.store)
        out.write("\n".join(report.lines()) + "\n")
        if not report.ok:
            return EXIT_CHECK_FAILED
        out.write(
            f"Teruggezet in {new_dir}. Start de app met INTAKE_APP_DATA_DIR={new_dir}, of "
            "zet deze map op de plaats van de oude terwijl de app gesloten is.\n"
        )
        return EXIT_OK

    code = with_session(args, new_dir, work, out, err)
    if code != EXIT_OK:
        _undo_restore(new_dir, existed)
        err.write("Het terugzetten is ongedaan gemaakt; de map is weer leeg.\n")
    return code


def _undo_restore(new_dir: Path, existed: bool) -> None:
    """The folder was empty before: remove what the restore put there, and only that."""
    for child in new_dir.iterdir():
        if child.is_dir():
            shutil.rmtree(child)
        else:
            child.unlink()
    if not existed:
        new_dir.rmdir()
