"""`intake-app seriality new-key | fingerprint | set-key | export FILE | import FILE |
normalise` (R7).

`normalise KIND VALUE [--platform NAME]` prints how one identifier is matched, and `normalise -`
does so for JSON lines read from standard input, one line out per line in: no store needed.

`new-key` is for the regional administrator: it prints a fresh regional key and its fingerprint.
`fingerprint` reads a key from standard input (never from the command line, where it would land
in the shell history) and prints its fingerprint, so two stations can compare keys by phone.

`set-key`, `export` and `import` work on this station's store: they open it with the same
credentials as `intake-app verify` (prompt, environment or `--credentials-stdin`), through the
store command's shared helper; the store modules are imported only when such a command runs,
so this room itself never loads the database. `set-key` reads the key from standard input,
after the credentials when those come from standard input too.

Exit codes as the store commands: 0 fine, 2 wrong usage or input (no key, a mistyped key, no
station name, a file that cannot be read), 4 wrong credentials, 5 the store is damaged or in
use, 6 the token file was refused or could not be written.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from intake_app.commands import CLI_LANGUAGE
from intake_app.problems import describe

if TYPE_CHECKING:
    from intake_app.seriality.regional_key import RegionalKey
    from intake_app.session import Session

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_NOT_ALLOWED = 4
EXIT_TOKEN_FILE = 6

_NO_KEY_SET = (
    "No regional key is set on this laptop. An administrator enters it first with "
    "'intake-app seriality set-key' (the key sheet comes from the regional administrator)."
)


def register(subparsers: Any) -> None:
    from intake_app.commands.store import add_session_options

    parser = subparsers.add_parser(
        "seriality", help="regional key and token files for finding series between stations"
    )
    actions = parser.add_subparsers(dest="seriality_action", metavar="ACTION", required=True)
    new_key = actions.add_parser("new-key", help="print a new random regional key")
    new_key.set_defaults(handler=new_key_command)
    fingerprint = actions.add_parser(
        "fingerprint", help="read a regional key from standard input, print its fingerprint"
    )
    fingerprint.set_defaults(handler=fingerprint_command)

    set_key = actions.add_parser(
        "set-key",
        help="administrator: read the regional key from standard input, keep it in the store",
    )
    add_session_options(set_key)
    set_key.set_defaults(handler=set_key_command)
    export = actions.add_parser(
        "export", help="write this station's tokens (keyed hashes, no identifiers) to FILE"
    )
    export.add_argument("file", type=Path, metavar="FILE")
    add_session_options(export)
    export.set_defaults(handler=export_command)
    import_ = actions.add_parser("import", help="add another station's token FILE")
    import_.add_argument("file", type=Path, metavar="FILE")
    add_session_options(import_)
    import_.set_defaults(handler=import_command)
    normalise = actions.add_parser(
        "normalise",
        help="print how an identifier is matched: KIND VALUE, or - for JSON lines on stdin",
        description=(
            'Prints {"kind", "family", "key", "verified"} as one JSON line; two identifiers '
            "match when family and key are equal; key is null for what links nothing. With - "
            'it reads JSON lines {"kind", "value", "platform"} (platform may be null or absent) '
            "and prints one line for each, in the same order. The key is the identifier itself: "
            "do not send it to a log."
        ),
    )
    normalise.add_argument("kind", metavar="KIND", help=f"one of {', '.join(_kinds())}, or -")
    normalise.add_argument("value", metavar="VALUE", nargs="?")
    normalise.add_argument("--platform", metavar="NAME", default=None)
    normalise.set_defaults(handler=normalise_command)


def new_key_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from intake_app.seriality.regional_key import generate_regional_key

    out = out or sys.stdout
    key = generate_regional_key()
    out.write(
        f"Regional key:  {key.as_text()}\n"
        f"Fingerprint:   {key.fingerprint}\n"
        "Give the key only to station administrators, by hand or in a sealed letter; never by "
        "e-mail or chat. Whoever holds it can test guessed phone numbers against token files.\n"
    )
    return 0


def fingerprint_command(
    args: argparse.Namespace, stdin: TextIO | None = None, out: TextIO | None = None
) -> int:
    from intake_app.seriality.regional_key import RegionalKeyError, parse_regional_key

    stdin, out = stdin or sys.stdin, out or sys.stdout
    try:
        key = parse_regional_key(stdin.readline())
    except RegionalKeyError as problem:
        sys.stderr.write(f"{describe(problem, CLI_LANGUAGE)}\n")
        return EXIT_BAD_INPUT
    out.write(f"{key.fingerprint}\n")
    return 0


def _run_with_store(
    args: argparse.Namespace,
    work: Callable[[Session], int],
    out: TextIO,
    err: TextIO,
    stdin: TextIO | None,
) -> int:
    from intake_app.commands.store import default_data_dir, with_session

    return with_session(args, default_data_dir(args), work, out, err, stdin=stdin)


def _is_administrator(session: Session) -> bool:
    """The recovery key is an administrator's rescue; otherwise the officer's role decides."""
    if session.officer_id is None:
        return True
    roles = {officer.id: officer.role for officer in session.store.officers.all()}
    return roles.get(session.officer_id) == "admin"


def _read_key_text(stdin: TextIO, ask: Callable[[str], str]) -> str:
    if stdin.isatty():
        return ask("Regional key (input hidden): ")
    return stdin.readline()


def set_key_command(
    args: argparse.Namespace,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    ask: Callable[[str], str] = getpass.getpass,
) -> int:
    """Keep the regional key inside the encrypted store; the audit log gets its fingerprint only."""
    from intake_app.seriality.regional_key import RegionalKeyError, parse_regional_key

    stdin, out, err = stdin or sys.stdin, out or sys.stdout, err or sys.stderr

    def work(session: Session) -> int:
        if not _is_administrator(session):
            err.write(
                "Only an administrator may set the regional key. Ask the station's "
                "administrator to run 'intake-app seriality set-key'. Nothing was changed.\n"
            )
            return EXIT_NOT_ALLOWED
        text = _read_key_text(stdin, ask)
        if not text.strip():
            err.write(
                "No regional key was given. Type it when asked, or pipe it into standard input "
                "(after the officer code and passphrase when using --credentials-stdin); never "
                "put it on the command line. Nothing was changed.\n"
            )
            return EXIT_BAD_INPUT
        try:
            key = parse_regional_key(text)
        except RegionalKeyError as problem:
            err.write(f"{describe(problem, CLI_LANGUAGE)} Nothing was changed.\n")
            return EXIT_BAD_INPUT
        replaced = session.store.regional_key.replace(key, session.officer_id)
        out.write(
            f"Regional key set. Fingerprint: {key.fingerprint}. Compare it with the regional "
            "administrator's key sheet.\n"
        )
        if replaced:
            out.write(
                "It replaces the earlier key: tokens imported under that key no longer match. "
                "Export again, and ask the other stations for their new files.\n"
            )
        return EXIT_OK

    return _run_with_store(args, work, out, err, stdin)


def _station_name(session: Session, err: TextIO) -> str | None:
    from intake_app.station_profile import StationProfileError, load_station_profile

    try:
        profile = load_station_profile(session.store.data_dir)
    except StationProfileError as problem:
        err.write(f"{describe(problem, CLI_LANGUAGE)}\n")
        return None
    if profile is None:
        err.write(
            "This station has no name yet (station.json is missing). Finish the set-up in the "
            "app, under Beheer, then export again. Nothing was exported.\n"
        )
        return None
    return profile.name


def _stored_key(session: Session, err: TextIO, nothing_done: str) -> RegionalKey | None:
    key = session.store.regional_key.current()
    if key is None:
        err.write(f"{_NO_KEY_SET} {nothing_done}\n")
    return key


def export_command(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """This station's tokens for every non-training intake; written atomically, audited."""
    out, err = out or sys.stdout, err or sys.stderr
    target = Path(args.file).expanduser().resolve()

    def work(session: Session) -> int:
        from intake_app.atomic_write import write_atomically
        from intake_app.seriality.tokens import TokenFileError
        from intake_app.store.token_exchange import station_token_file

        station = _station_name(session, err)
        key = _stored_key(session, err, "Nothing was exported.")
        if station is None or key is None:
            return EXIT_BAD_INPUT
        try:
            content, count = station_token_file(session.store, key, station)
        except TokenFileError as problem:
            err.write(f"{describe(problem, CLI_LANGUAGE)}\n")
            return EXIT_BAD_INPUT
        try:
            write_atomically(target, content)
        except OSError as problem:
            err.write(
                f"The token file could not be written to {target} ({problem.strerror}). "
                "Choose a folder you can write to. Nothing was exported.\n"
            )
            return EXIT_TOKEN_FILE
        session.store.record_event(
            "export", session.officer_id, details={"what": "seriality_tokens", "tokens": count}
        )
        out.write(
            f"Exported {count} tokens of station {station!r} to {target} "
            f"(regional key {key.fingerprint}). The file holds keyed hashes, intake references "
            "and dates, no identifiers.\n"
        )
        return EXIT_OK

    return _run_with_store(args, work, out, err, None)


def import_command(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Another station's tokens, checked whole first; replaces that station's earlier import."""
    out, err = out or sys.stdout, err or sys.stderr
    source = Path(args.file).expanduser()
    try:
        data = source.read_bytes()
    except OSError as problem:
        err.write(
            f"The token file {source} cannot be read ({problem.strerror}). Check the name and "
            "that the copy finished. Nothing was imported.\n"
        )
        return EXIT_BAD_INPUT

    def work(session: Session) -> int:
        from intake_app.seriality.tokens import TokenFileError, import_tokens
        from intake_app.station_profile import StationProfileError, load_station_profile

        key = _stored_key(session, err, "Nothing was imported.")
        if key is None:
            return EXIT_BAD_INPUT
        try:
            token_set = import_tokens(data, key)
        except TokenFileError as problem:
            err.write(f"{describe(problem, CLI_LANGUAGE)}\n")
            return EXIT_TOKEN_FILE
        try:
            profile = load_station_profile(session.store.data_dir)
        except StationProfileError:
            profile = None  # an own file then imports; its tokens only repeat local matches
        if profile is not None and _same_station(profile.name, token_set.station):
            out.write(
                f"This file is the export of this station ({token_set.station!r}) itself: its "
                "intakes are matched here already. Nothing was imported.\n"
            )
            return EXIT_OK
        replaced = session.store.imported_tokens.replace(token_set, session.officer_id)
        out.write(
            f"Imported {len(token_set)} tokens from station {token_set.station!r}"
            + (", replacing its earlier import" if replaced else "")
            + ". Matches against them name that station and the intake reference.\n"
        )
        return EXIT_OK

    return _run_with_store(args, work, out, err, None)


def _same_station(ours: str, theirs: str) -> bool:
    return ours.strip().casefold() == theirs.strip().casefold()


def _kinds() -> tuple[str, ...]:
    from intake_app.seriality.identifier import KINDS

    return KINDS


class NormaliseInputError(ValueError):
    """A line of `seriality normalise -` that is not {"kind", "value", "platform"}."""

    code = "seriality.normalise_input"

    def __init__(self, line: int, problem: str) -> None:
        self.line = line
        self.problem = problem
        super().__init__(
            f"Line {line} of standard input is not an identifier ({problem}). Each line is one "
            'JSON object {"kind": KIND, "value": TEXT, "platform": NAME or null}. '
            "Nothing was printed."
        )


def _normalise_request(line_number: int, line: str) -> tuple[str, str, str | None]:
    import json

    try:
        item = json.loads(line)
    except ValueError:
        raise NormaliseInputError(line_number, "not JSON") from None
    if not isinstance(item, dict):
        raise NormaliseInputError(line_number, "not a JSON object")
    unknown = sorted(set(item) - {"kind", "value", "platform"})
    if unknown:
        raise NormaliseInputError(line_number, f"unknown field {unknown[0]!r}")
    kind, value, platform = item.get("kind"), item.get("value"), item.get("platform")
    if kind not in _kinds():
        raise NormaliseInputError(line_number, f"kind must be one of {', '.join(_kinds())}")
    if not isinstance(value, str):
        raise NormaliseInputError(line_number, "value must be text")
    if platform is not None and not isinstance(platform, str):
        raise NormaliseInputError(line_number, "platform must be text or null")
    return kind, value, platform


def _normalised_line(kind: str, value: str, platform: str | None) -> str:
    import json

    from intake_app.seriality.normalise import normalise

    result = normalise(kind, value, platform)
    document = {
        "kind": result.kind,
        "family": result.family,
        "key": result.key,
        "verified": result.verified,
    }
    return json.dumps(document, ensure_ascii=False)


def normalise_command(
    args: argparse.Namespace,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """One JSON line per identifier; with "-", every line is checked before any is printed."""
    stdin, out, err = stdin or sys.stdin, out or sys.stdout, err or sys.stderr
    if args.kind != "-":
        if args.kind not in _kinds() or args.value is None:
            err.write(
                f"Give KIND ({', '.join(_kinds())}) and VALUE, or - to read JSON lines from "
                "standard input.\n"
            )
            return EXIT_BAD_INPUT
        out.write(_normalised_line(args.kind, args.value, args.platform) + "\n")
        return EXIT_OK
    if args.value is not None or args.platform is not None:
        err.write("With -, every line gives its own value and platform: give nothing else.\n")
        return EXIT_BAD_INPUT
    try:
        requests = [
            _normalise_request(number, line.rstrip("\r\n"))
            for number, line in enumerate(stdin, start=1)
        ]
    except NormaliseInputError as problem:
        err.write(f"{problem}\n")
        return EXIT_BAD_INPUT
    out.writelines(_normalised_line(*request) + "\n" for request in requests)
    return EXIT_OK
