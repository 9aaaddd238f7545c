"""What a link of a known platform names (R7): a person, a phone number, a group, or no one.

Victims' phones hand out links in many shapes: share links with a one-time code
(snapchat.com/t/..., vm.tiktok.com/..., facebook.com/share/...), story and post links, links
through the app's own scheme (instagram://user?username=..., tg://resolve?domain=...), and the
platform's bare address. Only the parts that name an account may become a handle; reading a
share code or a platform page as a name ("t", "_u", "highlights") would tie unrelated intakes
to one invented person (DOMAIN.md, seriality). So every link of a known platform is read into
one `LinkTarget`:

- `person`: the account it names (a handle on that platform, or "id:N");
- `phone`: a WhatsApp number;
- `group`: a group, channel or invite (a place where images may be shared: a series signal);
- `content`: one post, reel, highlight or video, matched as that exact link;
- `nobody`: a share code, the bare address, a platform page: kept, but it links nothing.

A share code does point at someone, but only the platform can say whom; the officer opens the
link on the victim's phone and copies the account name it shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal
from urllib.parse import parse_qsl, urlsplit

from intake_app.seriality.urls import ParsedUrl, parse_url

Target = Literal["person", "phone", "group", "content", "nobody"]


@dataclass(frozen=True, slots=True)
class LinkTarget:
    platform: str
    target: Target
    value: str = ""  # the name, number or group code; "" for content and nobody


# Host -> platform. Hosts with a meaning of their own (share-link and group hosts) are listed
# whole, before the prefixes m., mobile., web. and touch. are tried away.
HOSTS: Final = {
    "instagram.com": "instagram",
    "instagr.am": "instagram",
    "ig.me": "instagram",
    "snapchat.com": "snapchat",
    "story.snapchat.com": "snapchat",
    "t.snapchat.com": "snapchat",
    "tiktok.com": "tiktok",
    "vm.tiktok.com": "tiktok",
    "vt.tiktok.com": "tiktok",
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "fb.me": "facebook",
    "fb.watch": "facebook",
    "m.me": "facebook",
    "x.com": "x",
    "twitter.com": "x",
    "t.co": "x",
    "t.me": "telegram",
    "telegram.me": "telegram",
    "telegram.dog": "telegram",
    "wa.me": "whatsapp",
    "whatsapp.com": "whatsapp",
    "api.whatsapp.com": "whatsapp",
    "chat.whatsapp.com": "whatsapp",
    "discord.com": "discord",
    "discordapp.com": "discord",
    "discord.gg": "discord",
    "paypal.me": "paypal",
    "paypal.com": "paypal",
}
_HOST_PREFIXES: Final = ("m.", "mobile.", "web.", "touch.")
# Hosts that only ever carry a share code or a shortened link.
SHARE_HOSTS: Final = frozenset({"t.snapchat.com", "vm.tiktok.com", "vt.tiktok.com", "fb.watch"})


def platform_host(host: str) -> tuple[str, str] | None:
    """(platform, host as listed) for a known platform's host, else None."""
    if host in HOSTS:
        return HOSTS[host], host
    for prefix in _HOST_PREFIXES:
        bare = host.removeprefix(prefix)
        if bare != host and bare in HOSTS:
            return HOSTS[bare], bare
    return None


def _first_two(url: ParsedUrl) -> tuple[list[str], str, str]:
    segments = url.segments()
    first = segments[0] if segments else ""
    second = segments[1] if len(segments) > 1 else ""
    return segments, first, second


# What a group code or name is made of; anything else (a stray "%00", a sentence) is no group.
_GROUP_CODE = re.compile(r"(?:[a-z]+:)?[A-Za-z0-9][A-Za-z0-9_.\-]{1,99}")


def _group(platform: str, code: str) -> LinkTarget:
    if _GROUP_CODE.fullmatch(code) is None:
        return LinkTarget(platform, "nobody")
    return LinkTarget(platform, "group", code)


def _person(platform: str, name: str) -> LinkTarget:
    return LinkTarget(platform, "person", name) if name else LinkTarget(platform, "nobody")


def _instagram(url: ParsedUrl, host: str) -> LinkTarget:
    _, first, second = _first_two(url)
    lowered = first.lower()
    if host == "ig.me":  # ig.me/m/NAME opens a chat with NAME
        return _person("instagram", second if lowered == "m" else "")
    if lowered == "_u":  # instagram.com/_u/NAME: "open in the app" links
        return _person("instagram", second)
    if lowered == "stories":
        if second.lower() == "highlights":
            return LinkTarget("instagram", "content")
        return _person("instagram", second)
    if lowered in {"p", "reel", "reels", "tv"}:
        return LinkTarget("instagram", "content")
    pages = {"explore", "accounts", "direct", "about", "legal", "web", "challenge", "emails"}
    if not first or lowered in pages | {"developer", "privacy", "terms", "session", "oauth"}:
        return LinkTarget("instagram", "nobody")
    return _person("instagram", first)


def _snapchat(url: ParsedUrl, host: str) -> LinkTarget:
    _, first, second = _first_two(url)
    lowered = first.lower()
    if first.startswith("@"):  # snapchat.com/@NAME, story.snapchat.com/@NAME
        return _person("snapchat", first[1:])
    if lowered == "add" or (host == "story.snapchat.com" and lowered == "u"):
        return _person("snapchat", second)
    if lowered in {"spotlight", "lens"} and second:
        return LinkTarget("snapchat", "content")
    return LinkTarget("snapchat", "nobody")  # /t/ share codes, /s/ stories, the site itself


def _tiktok(url: ParsedUrl, host: str) -> LinkTarget:
    _, first, second = _first_two(url)
    if host != "tiktok.com":  # vm. and vt. short links: a share code
        return LinkTarget("tiktok", "nobody")
    if first.startswith("@"):  # tiktok.com/@NAME and /@NAME/video/N: NAME posted it
        return _person("tiktok", first[1:])
    if first.lower() in {"v", "video"} and second:
        return LinkTarget("tiktok", "content")
    return LinkTarget("tiktok", "nobody")  # /t/ short links, /foryou, /explore, the site


_FACEBOOK_PAGES: Final = frozenset(
    {"share", "sharer", "sharer.php", "home.php", "login", "login.php", "marketplace", "help"}
    | {"gaming", "hashtag", "settings", "messages", "notifications", "friends", "search"}
    | {"bookmarks", "dialog", "privacy", "policies", "l.php", "watch", "reel", "reels"}
    | {"events", "business", "ads", "legal", "stories"}
)
_FACEBOOK_CONTENT: Final = frozenset(
    {"photo.php", "photo", "story.php", "permalink.php", "video.php", "videos", "pages"}
)


def _facebook(url: ParsedUrl, host: str) -> LinkTarget:
    segments, first, second = _first_two(url)
    lowered = first.lower()
    if host == "m.me":  # Messenger: m.me/NAME opens a chat with NAME
        return _person("facebook", first)
    if lowered == "profile.php":
        user_id = url.parameter("id") or ""
        return _person("facebook", f"id:{user_id}" if user_id.isdigit() else "")
    if lowered == "people" and len(segments) > 2 and segments[2].isdigit():
        return _person("facebook", f"id:{segments[2]}")
    if lowered == "groups" and second:
        return _group("facebook", second.lower())
    if lowered in {"watch", "reel", "stories"} and (second or url.query):
        return LinkTarget("facebook", "content")
    if lowered in _FACEBOOK_CONTENT and (second or url.query):
        return LinkTarget("facebook", "content")
    if not first or lowered in _FACEBOOK_PAGES or lowered in _FACEBOOK_CONTENT:
        return LinkTarget("facebook", "nobody")  # /share/ codes and the platform's own pages
    return _person("facebook", first)


_X_PAGES: Final = frozenset(
    {"home", "i", "search", "explore", "settings", "messages", "notifications", "compose"}
    | {"login", "signup", "tos", "privacy", "hashtag", "share", "intent", "account", "logout"}
)


def _x(url: ParsedUrl, host: str) -> LinkTarget:
    _, first, _second = _first_two(url)
    if host == "t.co":
        return LinkTarget("x", "nobody")
    if first.lower() == "intent":  # x.com/intent/user?screen_name=NAME, /intent/follow?...
        return _person("x", url.parameter("screen_name") or "")
    if not first or first.lower() in _X_PAGES:
        return LinkTarget("x", "nobody")
    return _person("x", first)  # x.com/NAME and x.com/NAME/status/N


_TELEGRAM_PAGES: Final = frozenset(
    {"addstickers", "addemoji", "share", "proxy", "socks", "addlist", "setlanguage", "login"}
    | {"iv", "addtheme", "bg", "confirmphone", "invoice", "boost"}
)


def _telegram(url: ParsedUrl, host: str) -> LinkTarget:
    _, first, second = _first_two(url)
    lowered = first.lower()
    if first.startswith("+") and len(first) > 1:  # t.me/+CODE: an invite to a group
        return _group("telegram", f"invite:{first[1:]}")
    if lowered == "joinchat" and second:
        return _group("telegram", f"invite:{second}")
    if lowered == "c" and second.isdigit():  # t.me/c/N/POST: a post in private channel N
        return _group("telegram", f"c:{second}")
    if lowered == "s":  # t.me/s/NAME: the channel's web preview
        return _person("telegram", second)
    if not first or lowered in _TELEGRAM_PAGES:
        return LinkTarget("telegram", "nobody")
    return _person("telegram", first)  # t.me/NAME and t.me/NAME/POST


def _whatsapp(url: ParsedUrl, host: str) -> LinkTarget:
    segments, first, second = _first_two(url)
    if host == "chat.whatsapp.com":  # an invite to a group
        return _group("whatsapp", f"invite:{first}") if first else _nobody_wa()
    if host == "whatsapp.com" and first.lower() == "channel" and second:
        return _group("whatsapp", f"channel:{second}")
    number = url.parameter("phone") if first.lower() == "send" else None
    if number is None and host == "wa.me" and len(segments) == 1:
        number = first
    if number is None or not any(ch.isdigit() for ch in number):
        return _nobody_wa()  # bare wa.me, wa.me/message/CODE, wa.me/qr/CODE
    return LinkTarget("whatsapp", "phone", number)


def _nobody_wa() -> LinkTarget:
    return LinkTarget("whatsapp", "nobody")


def _discord(url: ParsedUrl, host: str) -> LinkTarget:
    _, first, second = _first_two(url)
    if host == "discord.gg" and first:
        return _group("discord", f"invite:{first}")
    if first.lower() == "invite" and second:
        return _group("discord", f"invite:{second}")
    if first.lower() == "channels" and second.isdigit():
        return _group("discord", f"server:{second}")
    if first.lower() == "users" and second.isdigit():
        return _person("discord", f"id:{second}")
    return LinkTarget("discord", "nobody")


def _paypal(url: ParsedUrl, host: str) -> LinkTarget:
    _, first, second = _first_two(url)
    if host == "paypal.me":  # paypal.me/NAME and paypal.me/NAME/25EUR
        return _person("paypal", first)
    if first.lower() == "paypalme":
        return _person("paypal", second)
    return LinkTarget("paypal", "nobody")


_READERS: Final = {
    "instagram": _instagram,
    "snapchat": _snapchat,
    "tiktok": _tiktok,
    "facebook": _facebook,
    "x": _x,
    "telegram": _telegram,
    "whatsapp": _whatsapp,
    "discord": _discord,
    "paypal": _paypal,
}


def read_link(url: ParsedUrl) -> LinkTarget | None:
    """What a known platform's link names; None for a link of any other site."""
    found = platform_host(url.host)
    if found is None:
        return None
    platform, host = found
    if host in SHARE_HOSTS:
        return LinkTarget(platform, "nobody")
    return _READERS[platform](url, host)


# App schemes: each known action as the web link it opens. Any other action of a known app
# scheme names no one we can read.
def _app_link(scheme: str, action: str, path: str, query: dict[str, str]) -> str | None:
    if scheme == "instagram" and action == "user":
        return f"instagram.com/{query.get('username', '')}"
    if scheme == "tg" and action == "resolve":
        return f"t.me/{query.get('domain', '')}"
    if scheme == "tg" and action == "join":
        return f"t.me/+{query.get('invite', '')}"
    if scheme == "whatsapp" and action == "send":
        return f"wa.me/{query.get('phone', '')}"
    if scheme == "snapchat" and action == "add":
        return f"snapchat.com/add/{path}"
    if scheme == "twitter" and action == "user":
        return f"x.com/{query.get('screen_name', '')}"
    if scheme == "fb" and action == "profile":
        return f"facebook.com/profile.php?id={path or query.get('id', '')}"
    if scheme == "fb" and action == "group":
        return f"facebook.com/groups/{path or query.get('id', '')}"
    return None


APP_SCHEMES: Final = {
    "instagram": "instagram",
    "tg": "telegram",
    "whatsapp": "whatsapp",
    "snapchat": "snapchat",
    "twitter": "x",
    "fb": "facebook",
}


def read_app_link(text: str) -> LinkTarget | None:
    """instagram://user?username=NAME, tg://resolve?domain=NAME ... read like their web links;
    None when the text is no link of a known app."""
    scheme, sep, _rest = text.partition("://")
    platform = APP_SCHEMES.get(scheme.lower()) if sep else None
    if platform is None:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return LinkTarget(platform, "nobody")
    query = {key.lower(): value for key, value in parse_qsl(parts.query)}
    action = (parts.hostname or "").lower()
    web = _app_link(scheme.lower(), action, parts.path.strip("/"), query)
    url = parse_url(web) if web is not None else None
    target = read_link(url) if url is not None else None
    return target if target is not None else LinkTarget(platform, "nobody")
