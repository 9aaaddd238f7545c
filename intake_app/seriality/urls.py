"""URLs canonicalised so that the same page typed or shared differently matches (R7).

The canonical form: https (http and https reach the same profile pages), host lower-cased and
IDNA-encoded without "www.", no default port, no trailing slash, tracking and share parameters
removed, the remaining query parameters sorted, no fragment (an anchor within the page) unless it
is a route ("#/profile/1", "#!/profile/1"), which names a page of its own. The path keeps its
case: on many sites /Name and /name are different pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from intake_app.seriality.identifier import NormalisedIdentifier, clean_text, without_spaces

# Parameters that say who shared a link or which campaign it came from, never which page it is.
TRACKING_PARAMETERS: Final = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "ttclid",
        "twclid",
        "igsh",
        "igshid",
        "si",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "ref_src",
        "ref_url",
        "_t",
        "_r",
        "is_from_webapp",
        "sender_device",
        "share_id",
        "share_app_id",
    }
)
TRACKING_PREFIXES: Final = ("utm_",)

_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*://", re.IGNORECASE)
_HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z0-9\-]{2,63}")
_DEFAULT_PORTS: Final = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True)
class ParsedUrl:
    """A URL taken apart and canonicalised; `host` without "www.", `path` without a final /."""

    host: str
    path: str
    query: tuple[tuple[str, str], ...]
    route: str = ""

    @property
    def text(self) -> str:
        query = f"?{urlencode(self.query)}" if self.query else ""
        route = f"#{self.route}" if self.route else ""
        return f"https://{self.host}{self.path}{query}{route}"

    def segments(self) -> list[str]:
        return [unquote(part) for part in self.path.split("/") if part]

    def parameter(self, name: str) -> str | None:
        return next((value for key, value in self.query if key == name), None)


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMETERS or lowered.startswith(TRACKING_PREFIXES)


def _canonical_host(host: str) -> str | None:
    host = host.lower().rstrip(".")
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    if _HOST.fullmatch(host) is None:
        return None
    return host.removeprefix("www.")


def parse_url(text: str) -> ParsedUrl | None:
    """A canonical URL for http(s) links, with or without a scheme; None if it is not one."""
    text = without_spaces(text)
    if not text or "." not in text:
        return None
    if _SCHEME.match(text) is None:
        text = f"https://{text.removeprefix('//')}"
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or parts.hostname is None or parts.username:
        return None
    host = _canonical_host(parts.hostname)
    if host is None:
        return None
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    query = tuple(
        sorted(
            (key, value)
            for key, value in parse_qsl(parts.query, keep_blank_values=True)
            if not _is_tracking(key)
        )
    )
    route = parts.fragment if parts.fragment.startswith(("/", "!/")) else ""
    return ParsedUrl(host, path, query, route)


def normalise_url(raw: str, *, entered_as: str = "url") -> NormalisedIdentifier:
    parsed = parse_url(raw)
    if parsed is None:
        return NormalisedIdentifier("url", raw, clean_text(raw), False, entered_as=entered_as)
    return NormalisedIdentifier("url", raw, parsed.text, True, entered_as=entered_as)
