"""One entry point: any identifier the interview records becomes a `NormalisedIdentifier` (R7).

Never raises on what an officer typed: text that cannot be parsed is kept, lightly cleaned and
marked unverified.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from intake_app.seriality.email import normalise_email
from intake_app.seriality.handles import (
    canonical_platform,
    normalise_handle,
    normalise_profile_url,
    normalise_username,
)
from intake_app.seriality.iban import normalise_iban
from intake_app.seriality.identifier import NormalisedIdentifier, clean_text, without_spaces
from intake_app.seriality.phone import normalise_phone
from intake_app.seriality.wallets import normalise_wallet


def _url(raw: str) -> NormalisedIdentifier:
    # A URL of a known platform names a handle (or, for wa.me, a phone number): it must match
    # the same handle typed on its own.
    return normalise_profile_url(raw, entered_as="url")


_BY_KIND: dict[str, Callable[[str], NormalisedIdentifier]] = {
    "phone": normalise_phone,
    "email": normalise_email,
    "profile_url": normalise_profile_url,
    "url": _url,
    "iban": normalise_iban,
    "crypto_wallet": normalise_wallet,
    "username": normalise_username,
}


def normalise(kind: str, raw: str, platform: str | None = None) -> NormalisedIdentifier:
    """`raw` of `kind` (see identifier.KINDS); an unknown kind is kept as unverified text."""
    if kind == "handle":
        return normalise_handle(raw, platform)
    if kind == "group":  # what a group link names, given again (its normalised form)
        text = without_spaces(raw)
        return NormalisedIdentifier("group", raw, text, bool(text), canonical_platform(platform))
    normaliser = _BY_KIND.get(kind)
    if normaliser is None:
        return NormalisedIdentifier(kind, raw, clean_text(raw), False, entered_as=kind)
    result = normaliser(raw)
    if result.entered_as is None:  # built directly: dataclasses.replace costs a third more
        return NormalisedIdentifier(
            result.kind,
            raw,
            result.normalised,
            result.verified,
            result.platform,
            kind,
            result.links,
        )
    return result


def normalise_answer_item(item: Mapping[str, object]) -> NormalisedIdentifier:
    """One item of an identifier_list answer: {"kind": ..., "value": ..., "platform": ...}."""
    kind = item.get("kind")
    value = item.get("value")
    platform = item.get("platform")
    return normalise(
        kind if isinstance(kind, str) else "unknown",
        value if isinstance(value, str) else "" if value is None else str(value),
        platform if isinstance(platform, str) else None,
    )


def normalise_answer(answer: object) -> list[NormalisedIdentifier]:
    """Every item of an identifier_list answer; anything that is not an item is skipped."""
    if not isinstance(answer, list | tuple):
        return []
    return [normalise_answer_item(item) for item in answer if isinstance(item, Mapping)]
