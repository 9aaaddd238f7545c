"""Platform handles: "@Name", " name ", and profile URLs become one normalised name (R7).

Every platform named here treats names case-insensitively (old Discord tags "name#1234" were
the exception and keep their case), so names are lower-cased. Facebook ignores dots in
usernames ("j.jansen" is "jjansen"), so they are dropped there and only there. A profile URL of
a known platform is parsed into the handle it names; a WhatsApp link or handle is a phone number.
For a platform not listed, names are lower-cased too: nearly every platform refuses two names
that differ only in case, and the officer sees both raw forms before anything is escalated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from intake_app.seriality.identifier import NormalisedIdentifier, clean_text, without_spaces
from intake_app.seriality.phone import normalise_phone
from intake_app.seriality.urls import ParsedUrl, normalise_url, parse_url


@dataclass(frozen=True, slots=True)
class Platform:
    name: str
    valid_name: re.Pattern[str]  # what a normalised name on this platform looks like
    hosts: tuple[str, ...]
    reserved: frozenset[str] = frozenset()  # first path segments that are not profiles


PLATFORMS: Final = {
    p.name: p
    for p in (
        Platform(
            "instagram",
            re.compile(r"[a-z0-9._]{1,30}"),
            ("instagram.com", "instagr.am"),
            frozenset({"p", "reel", "reels", "explore", "accounts", "direct", "tv", "about"}),
        ),
        Platform("tiktok", re.compile(r"[a-z0-9._]{2,24}"), ("tiktok.com",)),
        Platform(
            "snapchat",
            re.compile(r"[a-z][a-z0-9._\-]{2,14}"),
            ("snapchat.com",),
            frozenset({"spotlight", "discover", "lens", "unlock", "download"}),
        ),
        Platform(
            "x",
            re.compile(r"[a-z0-9_]{1,15}"),
            ("x.com", "twitter.com"),
            frozenset(
                {"home", "i", "search", "intent", "share", "hashtag", "explore", "settings"}
                | {"messages", "notifications", "compose", "login", "signup", "tos", "privacy"}
            ),
        ),
        Platform(
            "telegram",
            re.compile(r"[a-z][a-z0-9_]{3,31}"),
            ("t.me", "telegram.me", "telegram.dog"),
            frozenset({"joinchat", "addstickers", "addemoji", "share", "proxy", "socks"}),
        ),
        Platform(
            "facebook",
            re.compile(r"[a-z0-9]{5,50}|id:[0-9]{1,20}"),
            ("facebook.com", "fb.com"),
            frozenset(
                {"groups", "pages", "watch", "events", "share", "sharer", "sharer.php"}
                | {"story.php", "photo.php", "permalink.php", "marketplace", "login", "help"}
                | {"hashtag", "reel", "photo", "videos", "gaming"}
            ),
        ),
        Platform(
            "discord",
            re.compile(r"[a-z0-9_.]{2,32}|id:[0-9]{15,20}|.{2,32}#[0-9]{4}"),
            ("discord.com", "discordapp.com"),
        ),
        Platform("whatsapp", re.compile(r"$^"), ("wa.me", "whatsapp.com", "api.whatsapp.com")),
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
}

_HOST_PREFIXES: Final = ("m.", "mobile.", "web.", "touch.")
_HOST_TO_PLATFORM: Final = {host: p.name for p in PLATFORMS.values() for host in p.hosts}
_DISCORD_LEGACY_TAG = re.compile(r".{2,32}#[0-9]{4}")
_GENERIC_NAME = re.compile(r"[a-z0-9._\-]{1,64}")


def canonical_platform(platform: str | None) -> str:
    """ "Instagram", " instagram ", "IG" -> "instagram"; empty -> "other"; unknown names kept."""
    name = clean_text(platform or "").lower()
    name = PLATFORM_ALIASES.get(name, name)
    return name or "other"


def _platform_of(url: ParsedUrl) -> str | None:
    host = url.host
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.removeprefix(prefix) in _HOST_TO_PLATFORM:
            host = host.removeprefix(prefix)
    return _HOST_TO_PLATFORM.get(host)


def _profile_name(platform: str, url: ParsedUrl) -> str | None:
    """The name (or "id:N") a profile URL points at, or None for any other page."""
    segments = url.segments()
    first = segments[0] if segments else ""
    second = segments[1] if len(segments) > 1 else ""
    if platform == "facebook":
        if first == "profile.php":
            user_id = url.parameter("id") or ""
            return f"id:{user_id}" if user_id.isdigit() else None
        if first == "people" and len(segments) > 2 and segments[2].isdigit():
            return f"id:{segments[2]}"
    if platform == "discord":
        return f"id:{second}" if first == "users" and second.isdigit() else None
    if platform == "instagram" and first == "stories":
        return second or None
    if platform == "snapchat" and first == "add":
        return second or None
    if platform == "telegram" and first == "s":
        return second or None
    if platform == "telegram" and first.startswith("+"):
        return None  # an invite link, not a person
    if platform == "tiktok":
        return first[1:] if first.startswith("@") and len(first) > 1 else None
    if not first or first.lower() in PLATFORMS[platform].reserved:
        return None
    return first


def _whatsapp_number(url: ParsedUrl) -> str | None:
    segments = url.segments()
    number = url.parameter("phone") if segments[:1] == ["send"] else None
    if number is None and len(segments) == 1:
        number = segments[0]
    if number is None or not any(ch.isdigit() for ch in number):
        return None
    return number


def _from_url(raw: str, url: ParsedUrl, entered_as: str) -> NormalisedIdentifier | None:
    """The handle or phone number a known platform's URL names, or None."""
    platform = _platform_of(url)
    if platform is None:
        return None
    if platform == "whatsapp":
        number = _whatsapp_number(url)
        if number is None:
            return None
        # wa.me numbers are written without "+" but always with the country code.
        phone = normalise_phone(f"+{number.lstrip('+')}", entered_as=entered_as)
        return NormalisedIdentifier(
            "phone", raw, phone.normalised, phone.verified, entered_as=entered_as
        )
    name = _profile_name(platform, url)
    if name is None:
        return None
    return _named(raw, name, platform, entered_as)


def _normalised_name(name: str, platform: str) -> str:
    name = without_spaces(name).lstrip("@").strip("/")
    if platform == "discord" and _DISCORD_LEGACY_TAG.fullmatch(name):
        return name  # legacy Discord tags were case-sensitive
    name = name.lower()
    if platform == "facebook" and not name.startswith("id:"):
        name = name.replace(".", "")
        if name.isdigit():  # facebook.com/100012345 is the profile with that numeric id
            name = f"id:{name}"
    return name


def _named(raw: str, name: str, platform: str, entered_as: str) -> NormalisedIdentifier:
    normalised = _normalised_name(name, platform)
    known = PLATFORMS.get(platform)
    pattern = known.valid_name if known is not None else _GENERIC_NAME
    # "Jan Fictief" is a display name, not a handle: kept (without the space), not verified.
    typed_with_space = " " in clean_text(name).lstrip("@ ")
    verified = pattern.fullmatch(normalised) is not None and not typed_with_space
    return NormalisedIdentifier(
        "handle", raw, normalised, verified, platform=platform, entered_as=entered_as
    )


def _known_profile(raw: str, entered_as: str) -> NormalisedIdentifier | None:
    text = clean_text(raw)
    if "/" not in text:  # "j.jansen" would otherwise parse as a host name
        return None
    url = parse_url(text)
    return None if url is None else _from_url(raw, url, entered_as)


def normalise_handle(raw: str, platform: str | None) -> NormalisedIdentifier:
    """A handle on `platform`; a pasted profile URL of a known platform names its own platform."""
    from_url = _known_profile(raw, "handle")
    if from_url is not None:
        return from_url
    name = canonical_platform(platform)
    if name == "whatsapp":
        return normalise_phone(raw, entered_as="handle")
    return _named(raw, raw, name, "handle")


def normalise_profile_url(raw: str, *, entered_as: str = "profile_url") -> NormalisedIdentifier:
    """A profile URL of a known platform becomes its handle; any other URL stays a URL."""
    url = parse_url(raw)
    from_url = None if url is None else _from_url(raw, url, entered_as)
    return from_url if from_url is not None else normalise_url(raw, entered_as=entered_as)


def normalise_username(raw: str) -> NormalisedIdentifier:
    """A name without a platform; a pasted profile URL becomes that platform's handle."""
    from_url = _known_profile(raw, "username")
    if from_url is not None:
        return from_url
    normalised = _normalised_name(raw, "other")
    typed_with_space = " " in clean_text(raw).lstrip("@ ")
    verified = _GENERIC_NAME.fullmatch(normalised) is not None and not typed_with_space
    return NormalisedIdentifier("username", raw, normalised, verified, entered_as="username")
