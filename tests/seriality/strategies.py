"""Hypothesis strategies: fictional identifiers and the many ways an officer might type them."""

from __future__ import annotations

import base58
from hypothesis import strategies as st
from schwifty import IBAN

from intake_app.seriality.bech32 import encode_segwit
from intake_app.seriality.wallets import eip55_checksummed

SEPARATORS = st.sampled_from(["", " ", "-", ".", " - ", "  "])
TRACKING = st.sampled_from(
    [
        *["utm_source=ig", "utm_medium=social&utm_campaign=x1", "fbclid=IwAR0abc"],
        *["gclid=Cj0K", "igsh=MWx0bz", "si=AbC123", "igshid=YmMyMTA"],
    ]
)


@st.composite
def spaced(draw: st.DrawFn, text: str) -> str:
    """`text` cut into pieces joined by separators an officer might type."""
    pieces, start = [], 0
    while start < len(text):
        size = draw(st.integers(1, 4))
        pieces.append(text[start : start + size])
        start += size
    return "".join(piece + draw(SEPARATORS) for piece in pieces[:-1]) + pieces[-1]


@st.composite
def random_case(draw: st.DrawFn, text: str) -> str:
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(ch.upper() if flip else ch.lower() for ch, flip in zip(text, flips, strict=True))


@st.composite
def padded(draw: st.DrawFn, text: str) -> str:
    return draw(st.sampled_from(["", " ", "\t", "  "])) + text + draw(st.sampled_from(["", " "]))


# Dutch mobile numbers: 6 and eight digits (fictional: generated, never a list of real ones).
NL_MOBILE = st.from_regex(r"6[1-5][0-9]{7}", fullmatch=True)
NL_PREFIXES = st.sampled_from(["0", "+31", "+31 ", "0031", "0031 ", "+31 (0)", "+31(0)", "0031-"])


@st.composite
def phone_variant(draw: st.DrawFn, subscriber: str) -> str:
    return draw(padded(draw(NL_PREFIXES) + draw(spaced(subscriber))))


EMAIL_LOCAL = st.from_regex(r"[a-z][a-z0-9]{0,9}", fullmatch=True)
EMAIL_DOMAIN = st.from_regex(r"[a-z][a-z0-9]{1,10}\.(nl|com|org|be)", fullmatch=True)


@st.composite
def email_variant(draw: st.DrawFn, address: str) -> str:
    text = draw(random_case(address))
    wrapper = draw(st.sampled_from(["{}", "<{}>", "mailto:{}", "MAILTO:{}"]))
    return draw(padded(wrapper.format(text)))


# Valid names per platform (kept out of each platform's reserved paths by the tests).
HANDLE_NAMES = {
    "instagram": r"[a-z0-9_][a-z0-9_.]{0,12}[a-z0-9_]",
    "tiktok": r"[a-z0-9_]{2,20}",
    "snapchat": r"[a-z][a-z0-9_]{2,14}",
    "x": r"[a-z0-9_]{1,15}",
    "telegram": r"[a-z][a-z0-9_]{4,20}",
    "facebook": r"[a-z][a-z0-9]{4,20}",
    "discord": r"[a-z0-9_]{2,20}",
}
PROFILE_URLS = {
    "instagram": ["instagram.com/{}", "instagram.com/{}/", "instagr.am/{}"],
    "tiktok": ["tiktok.com/@{}", "tiktok.com/@{}/video/7301234567890"],
    "snapchat": ["snapchat.com/add/{}", "snapchat.com/add/{}/"],
    "x": ["x.com/{}", "twitter.com/{}", "mobile.twitter.com/{}", "x.com/{}/status/1234567"],
    "telegram": ["t.me/{}", "telegram.me/{}", "t.me/s/{}"],
    "facebook": ["facebook.com/{}", "m.facebook.com/{}", "fb.com/{}"],
    "discord": [],
}


# First path segments that are a platform's own pages, not names (see seriality/links.py).
RESERVED_PATH_WORDS = frozenset(
    {"s", "c", "add", "people", "users", "stories", "_u", "p", "reel", "reels", "tv", "explore"}
    | {"accounts", "direct", "about", "legal", "web", "challenge", "emails", "developer"}
    | {"privacy", "terms", "session", "oauth", "home", "i", "search", "settings", "messages"}
    | {"notifications", "compose", "login", "signup", "tos", "hashtag", "share", "intent"}
    | {"account", "logout", "addstickers", "addemoji", "proxy", "socks", "addlist", "iv"}
    | {"setlanguage", "addtheme", "bg", "confirmphone", "invoice", "boost", "joinchat", "watch"}
    | {"groups", "pages", "events", "sharer", "marketplace", "help", "gaming", "friends"}
    | {"bookmarks", "dialog", "policies", "videos", "photo", "business", "ads", "spotlight"}
    | {"lens", "t", "v", "video", "download"}
)


@st.composite
def handle_and_name(draw: st.DrawFn) -> tuple[str, str]:
    platform = draw(st.sampled_from(sorted(HANDLE_NAMES)))
    name = draw(st.from_regex(HANDLE_NAMES[platform], fullmatch=True))
    reserved = RESERVED_PATH_WORDS
    return platform, name if name not in reserved else name + "0a"


@st.composite
def url_form(draw: st.DrawFn, path_and_host: str) -> str:
    """A shared link as it may be pasted: scheme, www, case of the host, tracking, slash."""
    host, _, path = path_and_host.partition("/")
    scheme = draw(st.sampled_from(["", "https://", "http://", "HTTPS://", "//"]))
    www = draw(st.sampled_from(["", "www.", "WWW."]))
    port = ""
    if scheme.lower() == "https://":
        port = draw(st.sampled_from(["", ":443"]))
    elif scheme.lower() == "http://":
        port = draw(st.sampled_from(["", ":80"]))
    tracking = draw(st.lists(TRACKING, max_size=2))
    query = f"?{'&'.join(tracking)}" if tracking else ""
    slash = draw(st.sampled_from(["", "/"])) if not path.endswith("/") else ""
    fragment = draw(st.sampled_from(["", "#top"]))
    host_text = draw(random_case(host))
    return draw(padded(f"{scheme}{www}{host_text}{port}/{path}{slash}{query}{fragment}"))


@st.composite
def handle_variant(draw: st.DrawFn, platform: str, name: str) -> str:
    templates = ["{}", "@{}", "@ {}", " @{} "] + [f"https://{t}" for t in PROFILE_URLS[platform]]
    template = draw(st.sampled_from(templates))
    text = draw(random_case(name))
    if platform == "facebook":  # Facebook ignores dots in usernames
        text = draw(st.sampled_from([text, ".".join(text)]))
    if template.startswith("https://"):
        return draw(url_form(template.removeprefix("https://").format(text)))
    return draw(padded(template.format(text)))


URL_HOST = st.from_regex(r"[a-z][a-z0-9]{2,10}-example\.(nl|com|org)", fullmatch=True)
URL_PATH = st.lists(st.from_regex(r"[A-Za-z0-9_]{1,8}", fullmatch=True), max_size=3)
URL_PARAMS = st.dictionaries(
    st.from_regex(r"q[a-z]{0,4}", fullmatch=True),
    st.from_regex(r"[a-z0-9]{0,5}", fullmatch=True),
    max_size=3,
)


@st.composite
def url_variant(draw: st.DrawFn, host: str, path: list[str], params: dict[str, str]) -> str:
    items = list(params.items()) + [tuple(t.split("=", 1)) for t in draw(st.lists(TRACKING))]
    items = draw(st.permutations(items))
    query = "&".join(f"{k}={v}" for k, v in items)
    text = draw(url_form(f"{host}/{'/'.join(path)}"))
    if query:
        base, _, fragment = text.strip().partition("#")
        separator = "&" if "?" in base else "?"
        text = f"{base}{separator}{query}" + (f"#{fragment}" if fragment else "")
    return text


NL_BANKS = st.sampled_from(["ABNA", "INGB", "RABO", "TRIO", "SNSB"])


@st.composite
def nl_iban(draw: st.DrawFn) -> str:
    account = draw(st.from_regex(r"[1-9][0-9]{9}", fullmatch=True))
    return IBAN.generate("NL", bank_code=draw(NL_BANKS), account_code=account).compact


@st.composite
def iban_variant(draw: st.DrawFn, iban: str) -> str:
    grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    text = draw(st.sampled_from([iban, grouped, grouped.replace(" ", "-"), f"IBAN {grouped}"]))
    return draw(padded(draw(random_case(text))))


def ethereum_address(payload: bytes) -> str:
    return "0x" + eip55_checksummed(payload.hex())


@st.composite
def ethereum_variant(draw: st.DrawFn, payload: bytes) -> str:
    digits = payload.hex()
    form = draw(
        st.sampled_from(
            [f"0x{digits}", f"0x{digits.upper()}", ethereum_address(payload), f"0X{digits}"]
        )
    )
    return draw(padded(draw(st.sampled_from([form, f"ethereum:{form}"]))))


def bitcoin_base58(version: int, payload: bytes) -> str:
    return base58.b58encode_check(bytes([version]) + payload).decode("ascii")


@st.composite
def segwit_variant(draw: st.DrawFn, address: str) -> str:
    text = draw(st.sampled_from([address, address.upper()]))
    return draw(padded(draw(st.sampled_from([text, f"bitcoin:{text}?amount=0.05"]))))


def segwit_address(version: int, payload: bytes) -> str:
    return encode_segwit("bc", version, payload)
