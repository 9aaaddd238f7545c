"""`intake-app frontoffice init | key export|replace|revoke | trust-station | revoke-station |
stations`: the region's TSM frontoffice installation (R1).

`init` sets this installation up in the frontoffice role with the region's key pair; on an
empty data folder it first makes the vault and store (the administrator's code and name as
options, the passphrase from INTAKE_APP_PASSPHRASE or the second line of standard input) and
prints the recovery key once. Every other action opens the store like `intake-app verify`.

`trust-station FILE --fingerprint FP`: FP is what the station's administrator read aloud by
phone; the file is trusted only when they agree. The helpers here serve `intake-app station`
too (the same key actions on the other side).

Exit codes: 0 fine, 2 wrong usage or input (unreadable or invalid key file, fingerprints
differ, wrong role), 4 wrong credentials or not an administrator, 5 the store is damaged or in
use, 6 a file could not be written.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from intake_app.consultation import Consultation
    from intake_app.frontoffice.keys import KeyPair, Role
    from intake_app.session import Session

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_NOT_ALLOWED = 4
EXIT_FILE = 6


def register(subparsers: Any) -> None:
    from intake_app.commands.store import add_session_options

    parser = subparsers.add_parser(
        "frontoffice", help="the TSM frontoffice installation: its keys and trusted stations"
    )
    actions = parser.add_subparsers(dest="frontoffice_action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="set this installation up as the region's frontoffice")
    init.add_argument("--region", required=True, help="the name, e.g. 'TSM Oost-Nederland'")
    init.add_argument("--admin-id", help="first run only: the administrator's officer code")
    init.add_argument("--admin-name", help="first run only: the administrator's name")
    add_session_options(init)
    init.set_defaults(handler=init_command)
    add_key_actions(actions, "frontoffice")
    add_peer_actions(
        actions,
        "station",
        trust_help="trust a station's public key FILE",
        revoke_help="stop trusting a station's key",
        listing=("stations", "list trusted station keys and their history"),
    )


def add_peer_actions(
    actions: Any, peer: Role, trust_help: str, revoke_help: str, listing: tuple[str, str]
) -> None:
    """`trust-PEER FILE --fingerprint FP`, `revoke-PEER FINGERPRINT` and the list of trusted
    keys: the same on both sides, for the other side's role."""
    from intake_app.commands.store import add_session_options

    trust = actions.add_parser(f"trust-{peer}", help=trust_help)
    trust.add_argument("file", type=Path, metavar="FILE")
    trust.add_argument("--fingerprint", required=True, help="as read aloud by phone")
    add_session_options(trust)
    trust.set_defaults(handler=trust_command, trust_role=peer)
    revoke = actions.add_parser(f"revoke-{peer}", help=revoke_help)
    revoke.add_argument("fingerprint", metavar="FINGERPRINT")
    add_session_options(revoke)
    revoke.set_defaults(handler=revoke_command)
    name, help_text = listing
    peers = actions.add_parser(name, help=help_text)
    add_session_options(peers)
    peers.set_defaults(handler=peers_command)


def add_key_actions(actions: Any, role: Role) -> None:
    """`key export FILE | key replace | key revoke`, the same on both sides."""
    from intake_app.commands.store import add_session_options

    key = actions.add_parser("key", help="this installation's key pair")
    key_actions = key.add_subparsers(dest="key_action", metavar="KEY_ACTION", required=True)
    export = key_actions.add_parser("export", help="write the public key file (with fingerprint)")
    export.add_argument("file", type=Path, metavar="FILE")
    add_session_options(export)
    export.set_defaults(handler=key_export_command, key_role=role)
    replace = key_actions.add_parser(
        "replace", help="a new key pair; the old one still opens packages already sent to it"
    )
    add_session_options(replace)
    replace.set_defaults(handler=key_replace_command, key_role=role, revoke=False)
    revoke = key_actions.add_parser(
        "revoke", help="the key was lost or seen: a new pair, and the old one opens nothing"
    )
    add_session_options(revoke)
    revoke.set_defaults(handler=key_replace_command, key_role=role, revoke=True)


def run_consultation(
    args: argparse.Namespace,
    work: Callable[[Consultation], int],
    out: TextIO,
    err: TextIO,
    stdin: TextIO | None = None,
) -> int:
    """Open the store with the shared credentials helper, and turn this room's refusals into
    messages with their code and an exit code."""
    from intake_app.commands.store import default_data_dir, with_session
    from intake_app.consultation import Consultation
    from intake_app.frontoffice.errors import FrontofficeError

    def guarded(session: Session) -> int:
        try:
            return work(Consultation(session))
        except FrontofficeError as problem:
            err.write(f"[{problem.code}] {problem}\n")
            if problem.code in ("consultation.not_admin", "consultation.recovery_key"):
                return EXIT_NOT_ALLOWED
            return EXIT_BAD_INPUT if not problem.code.startswith("package.") else EXIT_FILE

    return with_session(args, default_data_dir(args), guarded, out, err, stdin=stdin)


def read_input_file(path: Path, err: TextIO, what: str) -> bytes | None:
    try:
        return Path(path).expanduser().read_bytes()
    except OSError as problem:
        err.write(
            f"{what} {path} kan niet worden gelezen ({problem.strerror}). Controleer de naam en "
            "of het kopiëren klaar is. Er is niets gewijzigd.\n"
        )
        return None


def write_output_file(path: Path, data: bytes, err: TextIO, what: str) -> bool:
    from intake_app.atomic_write import write_atomically

    target = Path(path).expanduser().resolve()
    if target.exists():
        err.write(f"{target} bestaat al; kies een nieuwe naam voor {what}.\n")
        return False
    try:
        write_atomically(target, data)
    except OSError as problem:
        err.write(
            f"{what} kon niet worden geschreven naar {target} ({problem.strerror}). Kies een "
            "map waarin u mag schrijven.\n"
        )
        return False
    return True


def init_command(
    args: argparse.Namespace,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    from intake_app.commands.store import default_data_dir
    from intake_app.session import needs_first_run

    out, err = out or sys.stdout, err or sys.stderr
    data_dir = default_data_dir(args)

    def said(pair: KeyPair) -> int:
        out.write(
            f"Deze installatie is nu de TSM-frontoffice {pair.name!r}.\n"
            f"Vingerafdruk van haar sleutel: {pair.fingerprint}\n"
            "Exporteer de openbare sleutel met 'intake-app frontoffice key export BESTAND' en "
            "geef hem aan de bureaus; lees de vingerafdruk met hun beheerder door aan de "
            "telefoon.\n"
        )
        return EXIT_OK

    if needs_first_run(data_dir):
        return _first_run(args, data_dir, said, out, err, stdin or sys.stdin)
    return run_consultation(
        args, lambda work: said(work.init_frontoffice(args.region)), out, err, stdin
    )


def _first_run(
    args: argparse.Namespace,
    data_dir: Path,
    said: Callable[[KeyPair], int],
    out: TextIO,
    err: TextIO,
    stdin: TextIO,
) -> int:
    """A new installation in the frontoffice role with its first administrator (the same
    step as the window's first run), then `said` with the region's key pair."""
    import os

    from intake_app.commands.store import PASSPHRASE_ENV
    from intake_app.consultation import Consultation, first_run_frontoffice
    from intake_app.frontoffice.errors import FrontofficeError
    from intake_app.vault.errors import VaultError

    if not args.admin_id or not args.admin_name:
        err.write(
            "Deze map heeft nog geen opslag: geef --admin-id en --admin-name voor de eerste "
            "beheerder.\n"
        )
        return EXIT_BAD_INPUT
    if args.credentials_stdin:
        stdin.readline()  # the officer code line; --admin-id decides
        passphrase = stdin.readline().rstrip("\r\n")
    else:
        passphrase = os.environ.get(PASSPHRASE_ENV) or getpass.getpass(
            "Wachtwoordzin van de beheerder: "
        )
    try:
        session, recovery_key = first_run_frontoffice(
            data_dir, args.region, args.admin_id, args.admin_name, passphrase
        )
    except (VaultError, FrontofficeError) as problem:
        code = f"[{problem.code}] " if isinstance(problem, FrontofficeError) else ""
        err.write(f"{code}{problem}\n")
        return EXIT_BAD_INPUT
    try:
        out.write(
            "Nieuwe opslag ingericht. Herstelsleutel (één keer getoond; bewaar hem op papier "
            f"in de kluis): {recovery_key}\n"
        )
        _confirm_recovery_key(session, out, stdin)
        pair = Consultation(session).own_key("frontoffice")
        return said(pair)
    finally:
        session.close()


def _confirm_recovery_key(session: Session, out: TextIO, stdin: TextIO) -> None:
    """As the window does: the key counts as put away only when the administrator says so.
    Unconfirmed (a script, or no 'ja'), the window issues a new one at the first unlock and
    this one is revoked then; say so, so nobody keeps a key that no longer opens anything."""
    if stdin.isatty():
        out.write("Staat de herstelsleutel op papier in de kluis? Typ ja: ")
        out.flush()
        if stdin.readline().strip().lower() == "ja":
            session.confirm_recovery_key()
            out.write("Bevestigd.\n")
            return
    out.write(
        "De herstelsleutel is niet bevestigd: bij de eerste keer inloggen in het venster "
        "maakt de app een nieuwe, en vervalt deze.\n"
    )


def key_export_command(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out, err = out or sys.stdout, err or sys.stderr

    def work(consultation: Consultation) -> int:
        if args.key_role == "station":
            name = station_name(consultation.session, err)
            if name is None:
                return EXIT_BAD_INPUT
            pair, made = consultation.station_key(name)
            if made:
                out.write(f"Nieuw sleutelpaar voor {name!r} gemaakt.\n")
        else:
            pair = consultation.own_key("frontoffice")
        if not write_output_file(args.file, pair.public.to_file(), err, "het sleutelbestand"):
            return EXIT_FILE
        consultation.store.record_event(
            "export",
            consultation.session.officer_id,
            details={"what": "public_key", "fingerprint": pair.fingerprint},
        )
        out.write(
            f"Openbare sleutel van {pair.name!r} geschreven naar {args.file}.\n"
            f"Vingerafdruk: {pair.fingerprint}\n"
            "Lees deze vingerafdruk aan de telefoon voor aan wie het bestand importeert.\n"
        )
        return EXIT_OK

    return run_consultation(args, work, out, err)


def key_replace_command(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out, err = out or sys.stdout, err or sys.stderr

    def work(consultation: Consultation) -> int:
        consultation.own_key(args.key_role)
        old, pair = consultation.replace_key(args.revoke)
        what = "ingetrokken" if args.revoke else "vervangen"
        out.write(
            f"Sleutel {old} is {what}. Nieuwe vingerafdruk: {pair.fingerprint}\n"
            "Exporteer de nieuwe openbare sleutel en laat hem na controle per telefoon "
            "importeren"
            + (
                "; laat de oude ook intrekken: pakketten voor de oude sleutel gaan niet meer "
                "open.\n"
                if args.revoke
                else ".\n"
            )
        )
        return EXIT_OK

    return run_consultation(args, work, out, err)


def trust_command(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    data = read_input_file(args.file, err, "Het sleutelbestand")
    if data is None:
        return EXIT_BAD_INPUT

    def work(consultation: Consultation) -> int:
        identity, replaced = consultation.trust(data, args.trust_role, args.fingerprint)
        out.write(f"Vertrouwd: {identity.name!r}, vingerafdruk {identity.fingerprint}.\n")
        if replaced:
            out.write(f"Dit vervangt de eerdere sleutel {replaced}.\n")
        return EXIT_OK

    return run_consultation(args, work, out, err)


def revoke_command(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out, err = out or sys.stdout, err or sys.stderr

    def work(consultation: Consultation) -> int:
        from intake_app.frontoffice.keys import normalise_fingerprint

        fingerprint = normalise_fingerprint(args.fingerprint)
        consultation.revoke(fingerprint)
        out.write(f"Sleutel {fingerprint} ingetrokken: pakketten ervan worden geweigerd.\n")
        return EXIT_OK

    return run_consultation(args, work, out, err)


def peers_command(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out, err = out or sys.stdout, err or sys.stderr

    def work(consultation: Consultation) -> int:
        for peer in consultation.records.peers():
            out.write(
                f"{peer.status:9} {peer.role:11} {peer.fingerprint}  {peer.name} "
                f"(vertrouwd {peer.trusted_at.astimezone():%d-%m-%Y})\n"
            )
        return EXIT_OK

    return run_consultation(args, work, out, err)


def station_name(session: Session, err: TextIO) -> str | None:
    from intake_app.station_profile import StationProfileError, load_station_profile

    try:
        profile = load_station_profile(session.store.data_dir)
    except StationProfileError as problem:
        err.write(f"{problem}\n")
        return None
    if profile is None:
        err.write(
            "Dit bureau heeft nog geen naam (station.json ontbreekt). Rond de inrichting af in "
            "de app, onder Beheer. Er is niets gewijzigd.\n"
        )
        return None
    return profile.name
