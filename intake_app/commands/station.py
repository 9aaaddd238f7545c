"""`intake-app station key export|replace|revoke | trust-frontoffice FILE | revoke-frontoffice
| frontoffices`: a station's side of the frontoffice step (R1).

`key export FILE` makes the station's key pair on first use (an administrator), named after
the station (station.json). `trust-frontoffice FILE --fingerprint FP` trusts the region's
frontoffice once FP, read aloud by phone, matches the file. Exit codes as `intake-app
frontoffice`.
"""

from __future__ import annotations

from typing import Any

from intake_app.commands.frontoffice import add_key_actions, add_peer_actions


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "station", help="this station's keys and the TSM frontoffice it trusts"
    )
    actions = parser.add_subparsers(dest="station_action", metavar="ACTION", required=True)
    add_key_actions(actions, "station")
    add_peer_actions(
        actions,
        "frontoffice",
        trust_help="trust the frontoffice's public key FILE",
        revoke_help="stop trusting a frontoffice key",
        listing=("frontoffices", "list trusted frontoffice keys"),
    )
