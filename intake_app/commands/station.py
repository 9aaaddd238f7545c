"""`intake-app station key export|replace|revoke | trust-frontoffice FILE | revoke-frontoffice
| frontoffices`: a station's side of the frontoffice step (R1).

`key export FILE` makes the station's key pair on first use (an administrator), named after
the station (station.json). `trust-frontoffice FILE --fingerprint FP` trusts the region's
frontoffice once FP, read aloud by phone, matches the file. Exit codes as `intake-app
frontoffice`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from intake_app.commands.frontoffice import (
    add_key_actions,
    peers_command,
    revoke_command,
    trust_command,
)

if TYPE_CHECKING:
    pass


def register(subparsers: Any) -> None:
    from intake_app.commands.store import add_session_options

    parser = subparsers.add_parser(
        "station", help="this station's keys and the TSM frontoffice it trusts"
    )
    actions = parser.add_subparsers(dest="station_action", metavar="ACTION", required=True)
    add_key_actions(actions, "station")
    trust = actions.add_parser("trust-frontoffice", help="trust the frontoffice's public key FILE")
    trust.add_argument("file", type=Path, metavar="FILE")
    trust.add_argument("--fingerprint", required=True, help="as read aloud by phone")
    add_session_options(trust)
    trust.set_defaults(handler=trust_command, trust_role="frontoffice")
    revoke = actions.add_parser("revoke-frontoffice", help="stop trusting a frontoffice key")
    revoke.add_argument("fingerprint", metavar="FINGERPRINT")
    add_session_options(revoke)
    revoke.set_defaults(handler=revoke_command)
    listing = actions.add_parser("frontoffices", help="list trusted frontoffice keys")
    add_session_options(listing)
    listing.set_defaults(handler=peers_command)
