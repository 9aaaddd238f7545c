"""R7: identifiers as victims' phones and officers copy them, one row each (fictional data).

`SAME` rows: the text as copied, and the family and key it must have (key None: it is kept but
links nothing). `DIFFERENT` rows: two texts that must never match each other. Every case issue
16 names is here: share links, /_u/ and story links, hidden-number labels, "geen idee", bare
platform addresses, Gmail dots, "+tags" and googlemail.com, a trailing full stop, IBAN notes,
wallet notes, paypal.me case, app-scheme links.
"""

from __future__ import annotations

import pytest

from intake_app.seriality.normalise import normalise

TRON = "TJaBZwNWCrPYawMiQCCdWNcGQV6qMk7nBy"  # a checksummed, fictional TRON address
ETH = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"  # the EIP-55 specification's example

SAME: list[tuple[str, str, str | None, str, str | None]] = [
    # Instagram
    ("url", "https://www.instagram.com/_u/jan_fictief/", None, "handle:instagram", "jan_fictief"),
    ("handle", "instagram.com/_u/Jan_Fictief", "instagram", "handle:instagram", "jan_fictief"),
    (
        "url",
        "https://instagram.com/stories/jan_fictief/3301234567890/",
        None,
        "handle:instagram",
        "jan_fictief",
    ),
    (
        "url",
        "https://www.instagram.com/stories/highlights/17912345678901234/",
        None,
        "url",
        "https://instagram.com/stories/highlights/17912345678901234",
    ),
    (
        "url",
        "https://www.instagram.com/reel/CfIcTiEf123/?igsh=MWx0bz",
        None,
        "url",
        "https://instagram.com/reel/CfIcTiEf123",
    ),
    (
        "url",
        "https://www.instagram.com/p/CfIcTiEf456/",
        None,
        "url",
        "https://instagram.com/p/CfIcTiEf456",
    ),
    (
        "url",
        "https://www.instagram.com/jan_fictief/reels/",
        None,
        "handle:instagram",
        "jan_fictief",
    ),
    ("url", "https://www.instagram.com/", None, "url", None),
    ("url", "instagram.com", None, "url", None),
    ("handle", "https://www.instagram.com/accounts/login/", "instagram", "url", None),
    ("handle", "instagram://user?username=Jan_Fictief", None, "handle:instagram", "jan_fictief"),
    ("handle", "instagram://media?id=123", None, "url", None),
    ("handle", "jan.fictief.", "instagram", "handle:instagram", "jan.fictief"),
    ("handle", "@jan.fictief", "Instagram", "handle:instagram", "jan.fictief"),
    ("url", "https://instagram.com/jan.fictief.", None, "handle:instagram", "jan.fictief"),
    ("handle", "(@jan_fictief),", "instagram", "handle:instagram", "jan_fictief"),
    # Snapchat
    ("url", "https://www.snapchat.com/t/AbCd1234", None, "url", None),
    ("handle", "https://snapchat.com/t/XyZ98765", "snapchat", "url", None),
    ("url", "https://t.snapchat.com/AbCdEf12", None, "url", None),
    (
        "url",
        "https://www.snapchat.com/add/fictiefje?share_id=abc&locale=nl-NL",
        None,
        "handle:snapchat",
        "fictiefje",
    ),
    ("url", "story.snapchat.com/@Fictiefje", None, "handle:snapchat", "fictiefje"),
    ("url", "https://www.snapchat.com/@fictiefje", None, "handle:snapchat", "fictiefje"),
    ("handle", "snapchat://add/fictiefje", None, "handle:snapchat", "fictiefje"),
    ("url", "https://www.snapchat.com/", None, "url", None),
    ("url", "https://www.snapchat.com/download", None, "url", None),
    # TikTok
    ("url", "https://vm.tiktok.com/ZMabcdefg/", None, "url", None),
    ("url", "https://vt.tiktok.com/ZSabcdefg/", None, "url", None),
    ("url", "https://www.tiktok.com/t/ZTabcdefg/", None, "url", None),
    (
        "url",
        "https://www.tiktok.com/@jan.fictief/video/7312345678901234567?_r=1&_t=8abc",
        None,
        "handle:tiktok",
        "jan.fictief",
    ),
    ("handle", "@Jan.Fictief", "tiktok", "handle:tiktok", "jan.fictief"),
    ("url", "https://www.tiktok.com/", None, "url", None),
    ("url", "https://www.tiktok.com/foryou", None, "url", None),
    # Facebook
    ("url", "https://www.facebook.com/share/1AbCdEfGh/", None, "url", None),
    ("url", "https://www.facebook.com/share/p/1AbCdEfGh/", None, "url", None),
    ("url", "https://fb.watch/abCDef12/", None, "url", None),
    (
        "url",
        "https://www.facebook.com/profile.php?id=100012345678901&mibextid=ZbWKwL",
        None,
        "handle:facebook",
        "id:100012345678901",
    ),
    (
        "url",
        "https://www.facebook.com/people/Jan-Fictief/100012345678901/",
        None,
        "handle:facebook",
        "id:100012345678901",
    ),
    ("handle", "fb://profile/100012345678901", None, "handle:facebook", "id:100012345678901"),
    ("url", "https://m.facebook.com/jan.fictief.9", None, "handle:facebook", "janfictief9"),
    (
        "url",
        "https://www.facebook.com/groups/fictievegroep/",
        None,
        "group:facebook",
        "fictievegroep",
    ),
    ("url", "https://www.facebook.com/", None, "url", None),
    ("url", "https://www.facebook.com/marketplace/", None, "url", None),
    # X / Twitter
    (
        "url",
        "https://x.com/FictiefAccount/status/1790000000000000000?s=46",
        None,
        "handle:x",
        "fictiefaccount",
    ),
    ("url", "https://mobile.twitter.com/FictiefAccount", None, "handle:x", "fictiefaccount"),
    (
        "url",
        "https://twitter.com/intent/user?screen_name=FictiefAccount",
        None,
        "handle:x",
        "fictiefaccount",
    ),
    ("handle", "twitter://user?screen_name=FictiefAccount", None, "handle:x", "fictiefaccount"),
    ("url", "https://t.co/AbCdEf1234", None, "url", None),
    ("url", "https://x.com/home", None, "url", None),
    ("url", "https://x.com/i/status/1790000000000000000", None, "url", None),
    # Telegram
    ("url", "https://t.me/fictief_kanaal", None, "handle:telegram", "fictief_kanaal"),
    ("url", "https://t.me/fictief_kanaal/123", None, "handle:telegram", "fictief_kanaal"),
    ("url", "https://t.me/s/fictief_kanaal", None, "handle:telegram", "fictief_kanaal"),
    ("handle", "tg://resolve?domain=Fictief_Kanaal", None, "handle:telegram", "fictief_kanaal"),
    ("url", "https://t.me/+AbCdEfGh123", None, "group:telegram", "invite:AbCdEfGh123"),
    ("url", "https://t.me/joinchat/AbCdEfGh123", None, "group:telegram", "invite:AbCdEfGh123"),
    ("url", "tg://join?invite=AbCdEfGh123", None, "group:telegram", "invite:AbCdEfGh123"),
    ("url", "https://t.me/c/1234567890/55", None, "group:telegram", "c:1234567890"),
    ("url", "https://t.me/", None, "url", None),
    ("url", "tg://settings", None, "url", None),
    # WhatsApp
    ("url", "https://wa.me/31612345678", None, "phone", "+31612345678"),
    ("url", "wa.me/31612345678?text=hoi", None, "phone", "+31612345678"),
    ("url", "https://api.whatsapp.com/send?phone=31612345678", None, "phone", "+31612345678"),
    ("url", "whatsapp://send?phone=31612345678", None, "phone", "+31612345678"),
    ("handle", "06-12345678", "WhatsApp", "phone", "+31612345678"),
    ("url", "wa.me", None, "url", None),
    ("url", "https://wa.me/", None, "url", None),
    ("url", "https://wa.me/message/ABCDEFGHIJ1", None, "url", None),
    (
        "url",
        "https://chat.whatsapp.com/AbCdEfGhIjK123",
        None,
        "group:whatsapp",
        "invite:AbCdEfGhIjK123",
    ),
    (
        "url",
        "https://whatsapp.com/channel/0029AbCdEf",
        None,
        "group:whatsapp",
        "channel:0029AbCdEf",
    ),
    # PayPal
    ("url", "https://paypal.me/JanFictief", None, "handle:paypal", "janfictief"),
    ("url", "paypal.me/janfictief/25EUR", None, "handle:paypal", "janfictief"),
    ("url", "https://www.paypal.com/paypalme/JANFICTIEF", None, "handle:paypal", "janfictief"),
    ("url", "https://www.paypal.com/nl/home", None, "url", None),
    # Discord
    ("url", "https://discord.gg/AbCdEf12", None, "group:discord", "invite:AbCdEf12"),
    ("url", "https://discord.com/invite/AbCdEf12", None, "group:discord", "invite:AbCdEf12"),
    # Phone numbers
    ("phone", "06-12345678", None, "phone", "+31612345678"),
    ("phone", "+31 6 1234 5678", None, "phone", "+31612345678"),
    ("phone", "0031612345678", None, "phone", "+31612345678"),
    ("phone", "06 12345678 (na 18 uur)", None, "phone", "+31612345678"),
    ("phone", "tel:+31612345678", None, "phone", "+31612345678"),
    ("phone", "06-…", None, "phone", None),
    ("phone", "06-12", None, "phone", None),
    # Hidden numbers and "don't know"
    ("phone", "Anoniem", None, "phone", None),
    ("phone", "Privénummer", None, "phone", None),
    ("phone", "Onbekend nummer", None, "phone", None),
    ("phone", "belt met verborgen nummer", None, "phone", None),
    ("username", "Anoniem", None, "username", None),
    ("handle", "PRIVÉNUMMER", "instagram", "handle:instagram", None),
    ("username", "  Onbekend   Nummer ", None, "username", None),
    ("username", "geen idee", None, "username", None),
    ("username", "Geen idee!", None, "username", None),
    ("email", "weet ik niet", None, "email", None),
    ("handle", "n.v.t.", "snapchat", "handle:snapchat", None),
    ("username", "???", None, "username", None),
    ("handle", "Jan Fictief", "instagram", "handle:instagram", None),
    ("username", "jan fictief", None, "username", None),
    # Gmail, and no one else
    ("email", "J.Fictief+snap@gmail.com", None, "email", "jfictief@gmail.com"),
    ("email", "jfictief@googlemail.com", None, "email", "jfictief@gmail.com"),
    ("email", "<j.f.i.c.t.i.e.f@GMAIL.com>", None, "email", "jfictief@gmail.com"),
    ("email", "mailto:jfictief+tiktok@googlemail.com", None, "email", "jfictief@gmail.com"),
    ("email", "j.fictief@hotmail.com", None, "email", "j.fictief@hotmail.com"),
    ("email", "j.fictief+x@outlook.com", None, "email", "j.fictief+x@outlook.com"),
    # IBAN with its notes
    ("iban", "IBAN: NL91 ABNA 0417 1643 00", None, "iban", "NL91ABNA0417164300"),
    ("iban", "NL91 ABNA 0417 1643 00 t.n.v. J. Fictief", None, "iban", "NL91ABNA0417164300"),
    ("iban", "NL91ABNA0417164300 tnv Fictief", None, "iban", "NL91ABNA0417164300"),
    (
        "iban",
        "rekeningnummer NL91ABNA0417164300 ten name van J Fictief",
        None,
        "iban",
        "NL91ABNA0417164300",
    ),
    ("iban", "NL91 ABNA 0417 1643 00 (BIC ABNANL2A)", None, "iban", "NL91ABNA0417164300"),
    ("iban", "iban nl91abna0417164300, o.v.v. schuld", None, "iban", "NL91ABNA0417164300"),
    # Wallets with their network
    ("crypto_wallet", f"{ETH} (USDT ERC-20)", None, "crypto_wallet", ETH.lower()),
    ("crypto_wallet", f"USDT (ERC20): {ETH}", None, "crypto_wallet", ETH.lower()),
    ("crypto_wallet", f"{TRON} (USDT TRC-20)", None, "crypto_wallet", TRON),
    ("crypto_wallet", f"TRC20 USDT {TRON}", None, "crypto_wallet", TRON),
]

DIFFERENT: list[tuple[tuple[str, str, str | None], tuple[str, str, str | None]]] = [
    # Share links of two different shares never meet in "t", "_u" or "highlights".
    (("url", "https://www.snapchat.com/t/AbCd1234", None), ("handle", "t", "snapchat")),
    (
        ("url", "https://www.snapchat.com/t/AbCd1234", None),
        ("url", "https://www.snapchat.com/t/AbCd1234", None),
    ),
    (("url", "https://instagram.com/_u/jan_fictief", None), ("handle", "_u", "instagram")),
    (
        ("url", "https://instagram.com/stories/highlights/1791", None),
        ("handle", "highlights", "instagram"),
    ),
    (
        ("url", "https://instagram.com/stories/highlights/1791", None),
        ("url", "https://instagram.com/stories/highlights/1792", None),
    ),
    (("url", "https://www.instagram.com/", None), ("url", "instagram.com", None)),
    (("url", "wa.me", None), ("url", "https://wa.me/", None)),
    (("url", "https://vm.tiktok.com/ZMabcdefg/", None), ("handle", "t", "tiktok")),
    (("url", "https://www.facebook.com/share/1AbCdEfGh/", None), ("handle", "share", "facebook")),
    (("phone", "Anoniem", None), ("phone", "Anoniem", None)),
    (("phone", "Privénummer", None), ("phone", "privé nummer", None)),
    (("username", "geen idee", None), ("username", "Geen idee", None)),
    (("handle", "Jan Fictief", "instagram"), ("handle", "janfictief", "instagram")),
    # Dots stay significant away from Gmail.
    (("email", "j.fictief@hotmail.com", None), ("email", "jfictief@hotmail.com", None)),
    (("email", "jfictief+x@outlook.com", None), ("email", "jfictief@outlook.com", None)),
    (("email", "j.fictief@gmail.nl", None), ("email", "jfictief@gmail.nl", None)),
    # A name on one platform is not the same name on another.
    (("url", "https://paypal.me/janfictief", None), ("handle", "janfictief", "instagram")),
    (("handle", "jan.fictief", "instagram"), ("handle", "janfictief", "instagram")),
    # Telegram invite codes are case-sensitive.
    (("url", "https://t.me/+AbCdEfGh123", None), ("url", "https://t.me/+abcdefgh123", None)),
    (("iban", "NL91 ABNA 0417 1643 00", None), ("iban", "NL91 ABNA 0417 1643 01", None)),
]


def _ids(rows: list[tuple[str, str, str | None, str, str | None]]) -> list[str]:
    return [f"{kind}:{text}" for kind, text, *_ in rows]


@pytest.mark.parametrize(("kind", "typed", "platform", "family", "key"), SAME, ids=_ids(SAME))
def test_the_text_as_copied_gives_this_family_and_key(
    kind: str, typed: str, platform: str | None, family: str, key: str | None
) -> None:
    result = normalise(kind, typed, platform)
    assert (result.family, result.key) == (family, key)
    assert result.raw == typed  # the raw text is always kept


@pytest.mark.parametrize(("first", "second"), DIFFERENT)
def test_these_two_never_match(
    first: tuple[str, str, str | None], second: tuple[str, str, str | None]
) -> None:
    one, other = normalise(*first), normalise(*second)
    linked = one.key is not None and (one.family, one.key) == (other.family, other.key)
    assert not linked


def test_every_row_that_has_a_key_matches_the_other_rows_with_that_key() -> None:
    """Rows with one (family, key) are the same identifier typed differently: they match."""
    by_key: dict[tuple[str, str], list[str]] = {}
    for kind, typed, platform, _family, key in SAME:
        if key is not None:
            result = normalise(kind, typed, platform)
            by_key.setdefault((result.family, result.normalised), []).append(typed)
    assert len(by_key[("handle:instagram", "jan_fictief")]) >= 5
    assert len(by_key[("email", "jfictief@gmail.com")]) == 4
    assert len(by_key[("iban", "NL91ABNA0417164300")]) == 6
