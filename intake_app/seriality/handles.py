"""Platform handles: "@Name", " name ", and profile URLs become one normalised name (R7).

Every platform named here treats names case-insensitively (old Discord tags "name#1234" were
the exception and keep their case), so names are lower-cased. Facebook ignores dots in
usernames ("j.jansen" is "jjansen"), so they are dropped there and only there. A link of a known
platform is read by `links.read_link` into what it names: a handle, a WhatsApp phone number, a
group, one post, or no one (a share code, the bare address), which is kept but links nothing.
For a platform not listed, names are lower-cased too: nearly every platform refuses two names
that differ only in case, and the officer sees both raw forms before anything is escalated.

A name with a space in it is no handle on any platform (none allows a space): it is a display
name, kept but linking nothing. A full stop or comma after a name on a platform whose names may
not end in one (all listed except Discord) was copied from a sentence and is dropped: Instagram
allows dots inside a name but not at its end, so "jan.fictief." can only be "jan.fictief".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from intake_app.seriality.identifier import NormalisedIdentifier, clean_text, without_spaces
from intake_app.seriality.links import HOSTS, LinkTarget, read_app_link, read_link
from intake_app.seriality.phone import normalise_phone
from intake_app.seriality.urls import ParsedUrl, normalise_url, parse_url


@dataclass(frozen=True, slots=True)
class Platform:
    name: str
    valid_name: re.Pattern[str]  # what a normalised name on this platform looks like
    # Names cannot begin or end with punctuation here, so any there was copied from a sentence.
    strip_punctuation: bool = True


PLATFORMS: Final = {
    p.name: p
    for p in (
        Platform("instagram", re.compile(r"[a-z0-9._]{1,30}")),
        Platform("tiktok", re.compile(r"[a-z0-9._]{2,24}")),
        Platform("snapchat", re.compile(r"[a-z][a-z0-9._\-]{2,14}")),
        Platform("x", re.compile(r"[a-z0-9_]{1,15}")),
        Platform("telegram", re.compile(r"[a-z][a-z0-9_]{3,31}")),
        Platform("facebook", re.compile(r"[a-z0-9]{5,50}|id:[0-9]{1,20}")),
        Platform(
            "discord",
            re.compile(r"[a-z0-9_.]{2,32}|id:[0-9]{15,20}|.{2,32}#[0-9]{4}"),
            strip_punctuation=False,
        ),
        Platform("whatsapp", re.compile(r"$^")),
        Platform("paypal", re.compile(r"[a-z0-9]{1,20}")),
    )
}

PLATFORM_ALIASES: Final = {
    "twitter": "x",
    "x (twitter)": "x",
    "ig": "instagram",
    "insta": "instagram",
    "fb": "facebook",
    "snap": "snapchat",
    "tg": "telegram",
    "wa": "whatsapp",
    "pp": "paypal",
    # A platform the officer did not know is no platform: the name is matched without one.
    "onbekend": "other",
    "weet ik niet": "other",
    "unknown": "other",
    "anders": "other",
    "overig": "other",
    "?": "other",
    "-": "other",
}

_DISCORD_LEGACY_TAG = re.compile(r".{2,32}#[0-9]{4}")
_GENERIC_NAME = re.compile(r"[a-z0-9._\-]{1,64}")
# What a name copied from a sentence or a list may carry around it: "@jan.fictief." "(jan)".
_SENTENCE_PUNCTUATION: Final = ".,;:!?()[]<>\"'\u201c\u201d\u2018\u2019"


def canonical_platform(platform: str | None) -> str:
    """ "Instagram", " instagram ", "IG" -> "instagram"; empty -> "other"; unknown names kept."""
    name = clean_text(platform or "").lower()
    name = PLATFORM_ALIASES.get(name, name)
    return name or "other"


def _from_target(
    raw: str, url: ParsedUrl | None, target: LinkTarget, entered_as: str
) -> NormalisedIdentifier:
    """The identifier a platform link names (see `links`)."""
    if target.target == "person":
        return _named(raw, target.value, target.platform, entered_as)
    if target.target == "phone":
        # wa.me numbers are written without "+" but always with the country code.
        phone = normalise_phone(f"+{target.value.lstrip('+')}", entered_as=entered_as)
        return NormalisedIdentifier(
            "phone", raw, phone.normalised, phone.verified, entered_as=entered_as
        )
    if target.target == "group":
        return NormalisedIdentifier(
            "group", raw, target.value, True, platform=target.platform, entered_as=entered_as
        )
    text = url.text if url is not None else clean_text(raw)
    # One post or reel is matched as that exact link; a share code or bare address not at all.
    return NormalisedIdentifier(
        "url",
        raw,
        text,
        target.target == "content",
        platform=target.platform,
        entered_as=entered_as,
        links=target.target == "content",
    )


def _read(raw: str, entered_as: str) -> NormalisedIdentifier | ParsedUrl | None:
    """What a known platform's web or app link names; any other link parsed; else None."""
    text = clean_text(raw)
    app = read_app_link(text.replace(" ", ""))
    if app is not None:
        return _from_target(raw, None, app, entered_as)
    url = parse_url(text)
    target = read_link(url) if url is not None else None
    if url is None or target is None:
        return url
    return _from_target(raw, url, target, entered_as)


def _from_link(raw: str, entered_as: str) -> NormalisedIdentifier | None:
    """What a known platform's web or app link names, or None for any other text."""
    found = _read(raw, entered_as)
    return found if isinstance(found, NormalisedIdentifier) else None


def _normalised_name(name: str, platform: str) -> str:
    name = without_spaces(name)
    known = PLATFORMS.get(platform)
    if known is not None and known.strip_punctuation:
        name = name.strip(_SENTENCE_PUNCTUATION)
    name = name.lstrip("@").strip("/")
    if platform == "discord" and _DISCORD_LEGACY_TAG.fullmatch(name):
        return name  # legacy Discord tags were case-sensitive
    name = name.lower()
    if platform == "facebook" and not name.startswith("id:"):
        name = name.replace(".", "")
        if name.isdigit():  # facebook.com/100012345 is the profile with that numeric id
            name = f"id:{name}"
    return name


def _typed_with_space(name: str) -> bool:
    return " " in clean_text(name).lstrip("@ ")


def _named(raw: str, name: str, platform: str, entered_as: str) -> NormalisedIdentifier:
    normalised = _normalised_name(name, platform)
    known = PLATFORMS.get(platform)
    pattern = known.valid_name if known is not None else _GENERIC_NAME
    # "Jan Fictief" is a display name, not a handle (no platform allows a space): kept, but it
    # links nothing; many people share a display name.
    spaced = _typed_with_space(name)
    verified = pattern.fullmatch(normalised) is not None and not spaced
    return NormalisedIdentifier(
        "handle",
        raw,
        normalised,
        verified,
        platform=platform,
        entered_as=entered_as,
        links=not spaced,
    )


def _looks_like_link(text: str, platform: str | None) -> bool:
    """A link, or the bare address of the platform named ("instagram.com" as an Instagram
    handle, or as a name without platform): a plain "j.jansen" or "x.com" on Instagram has a
    dot but no slash and is a name."""
    if "/" in text:
        return True
    host_platform = HOSTS.get(text.lower().removeprefix("www."))
    return host_platform is not None and platform in (None, "other", host_platform)


def _known_profile(
    raw: str, entered_as: str, platform: str | None = None
) -> NormalisedIdentifier | None:
    text = clean_text(raw)
    return _from_link(raw, entered_as) if _looks_like_link(text, platform) else None


def normalise_handle(raw: str, platform: str | None) -> NormalisedIdentifier:
    """A handle on `platform`; a pasted profile URL of a known platform names its own platform."""
    name = canonical_platform(platform)
    from_url = _known_profile(raw, "handle", name)
    if from_url is not None:
        return from_url
    if name == "whatsapp":
        return normalise_phone(raw, entered_as="handle")
    return _named(raw, raw, name, "handle")


def normalise_profile_url(raw: str, *, entered_as: str = "profile_url") -> NormalisedIdentifier:
    """A profile URL of a known platform becomes what it names; any other URL stays a URL."""
    found = _read(raw, entered_as)
    if isinstance(found, NormalisedIdentifier):
        return found
    if found is None:  # no link: kept as text, unverified
        return normalise_url(raw, entered_as=entered_as)
    return NormalisedIdentifier("url", raw, found.text, True, entered_as=entered_as)


def normalise_username(raw: str) -> NormalisedIdentifier:
    """A name without a platform; a pasted profile URL becomes that platform's handle."""
    from_url = _known_profile(raw, "username")
    if from_url is not None:
        return from_url
    normalised = _normalised_name(raw, "other")
    spaced = _typed_with_space(raw)
    verified = _GENERIC_NAME.fullmatch(normalised) is not None and not spaced
    return NormalisedIdentifier(
        "username", raw, normalised, verified, entered_as="username", links=not spaced
    )
