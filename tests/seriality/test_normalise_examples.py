"""R7: the forms the issue names, and each platform's own rules, by example (fictional data)."""

from __future__ import annotations

import pytest

from intake_app.seriality.identifier import MatchKey
from intake_app.seriality.normalise import normalise, normalise_answer, normalise_answer_item


@pytest.mark.parametrize(
    "typed", ["06-12345678", "+31 6 1234 5678", "0031612345678", "0612345678", "+31 (0)6 12345678"]
)
def test_the_issues_four_ways_of_typing_a_dutch_mobile_number_are_one(typed: str) -> None:
    result = normalise("phone", typed)
    assert result == normalise("phone", typed)  # pure: same input, same result
    assert result.normalised == "+31612345678"
    assert result.verified
    assert result.raw == typed  # the raw text is always kept


def test_a_foreign_number_with_its_country_code_is_kept_in_e164() -> None:
    assert normalise("phone", "+32 470 12 34 56").normalised == "+32470123456"


def test_a_number_missing_a_digit_is_unverified_but_still_matches_across_forms() -> None:
    result = normalise("phone", "06-1234567")
    assert (result.normalised, result.verified) == ("+3161234567", False)
    assert normalise("phone", "+31 6 123 4567").match_key == result.match_key


def test_an_unreadable_phone_number_is_kept_unverified_by_its_digits() -> None:
    result = normalise("phone", "06-1234567890123")  # too long for any number
    assert (result.normalised, result.verified) == ("061234567890123", False)
    assert result.key == "061234567890123"
    assert normalise("phone", "0 6 1 2 3 4 5 6 7 8 9 0 1 2 3").match_key == result.match_key


@pytest.mark.parametrize("typed", ["06", "06-12", "06-123", "+31 6 12", "12345"])
def test_the_first_few_digits_of_a_number_link_nothing(typed: str) -> None:
    assert normalise("phone", typed).key is None


def test_a_number_with_a_note_beside_it_is_found() -> None:
    for typed in ("06 12345678 (na 18 uur)", "tel. 06-12345678", "tel:+31612345678"):
        result = normalise("phone", typed)
        assert (result.normalised, result.verified) == ("+31612345678", True)


def test_letters_are_never_read_as_a_telephone_keypad() -> None:
    # phonenumbers alone would turn "06-123ABCDE" into the valid +31612322233.
    result = normalise("phone", "06-123ABCDE")
    assert not result.verified
    assert result.normalised != "+31612322233"


def test_two_numbers_in_one_field_are_not_guessed_between() -> None:
    result = normalise("phone", "06 12345678 of 06 87654321")
    assert not result.verified
    assert result.normalised not in ("+31612345678", "+31687654321")


def test_text_without_digits_is_kept_as_text() -> None:
    result = normalise("phone", "  belt met  anoniem nummer ")
    assert (result.normalised, result.verified) == ("belt met anoniem nummer", False)


@pytest.mark.parametrize(
    ("typed", "platform", "normalised"),
    [
        ("@Jan_Fictief", "Instagram", "jan_fictief"),
        ("https://www.instagram.com/jan_fictief/?igsh=MWx0bz", None, "jan_fictief"),
        ("instagram.com/stories/jan_fictief/3301", "instagram", "jan_fictief"),
    ],
)
def test_instagram(typed: str, platform: str | None, normalised: str) -> None:
    result = normalise("handle", typed, platform)
    assert (result.platform, result.normalised, result.verified) == (
        "instagram",
        normalised,
        True,
    )


@pytest.mark.parametrize(
    ("kind", "typed", "platform", "expected"),
    [
        ("profile_url", "https://www.tiktok.com/@Fictief.Account?_t=8abc&_r=1", None, "tiktok"),
        ("profile_url", "https://snapchat.com/add/fictiefje", None, "snapchat"),
        ("profile_url", "https://twitter.com/FictiefAccount/status/123", None, "x"),
        ("profile_url", "x.com/FictiefAccount", None, "x"),
        ("handle", "FictiefAccount", "Twitter", "x"),
        ("profile_url", "https://t.me/fictief_account", None, "telegram"),
        ("profile_url", "telegram.me/fictief_account", None, "telegram"),
        ("profile_url", "https://m.facebook.com/fictief.account", None, "facebook"),
        ("handle", "fictiefaccount", "discord", "discord"),
    ],
)
def test_profile_urls_of_known_platforms_become_handles(
    kind: str, typed: str, platform: str | None, expected: str
) -> None:
    result = normalise(kind, typed, platform)
    assert result.kind == "handle"
    assert result.platform == expected
    assert result.entered_as == kind


def test_facebook_ignores_dots_and_case_in_usernames() -> None:
    assert key_of("handle", "J.Fictief.9", "facebook") == key_of(
        "profile_url", "https://facebook.com/jfictief9"
    )


def test_facebook_numeric_profile_ids() -> None:
    by_url = normalise(
        "profile_url", "https://www.facebook.com/profile.php?id=100012345&mibextid=x"
    )
    assert by_url.normalised == "id:100012345"
    assert by_url.match_key == key_of("handle", "id:100012345", "facebook")


def test_a_numeric_facebook_name_is_the_profile_id() -> None:
    assert key_of("url", "https://facebook.com/100012345") == MatchKey(
        "handle:facebook", "id:100012345"
    )


def test_a_display_name_with_a_space_is_kept_but_links_nothing() -> None:
    result = normalise("handle", "Jan Fictief", "instagram")
    assert (result.normalised, result.verified, result.key) == ("janfictief", False, None)
    assert normalise("username", "Jan Fictief").key is None


def test_a_whatsapp_link_without_a_number_is_kept_but_links_nothing() -> None:
    result = normalise("url", "https://wa.me/qr/ABCDEF123")
    assert (result.kind, result.key) == ("url", None)
    assert normalise("url", "https://wa.me/hallo").key is None


def test_url_routes_after_the_hash_are_kept_anchors_are_not() -> None:
    assert normalise("url", "https://fictief.nl/app#/profiel/12").normalised == (
        "https://fictief.nl/app#/profiel/12"
    )
    assert normalise("url", "https://fictief.nl/app#boven").normalised == "https://fictief.nl/app"


def test_discord_user_ids_and_legacy_tags() -> None:
    by_url = normalise("url", "https://discord.com/users/123456789012345678")
    assert by_url.match_key == MatchKey("handle:discord", "id:123456789012345678")
    legacy = normalise("handle", "Fictief#0420", "discord")
    assert legacy.normalised == "Fictief#0420"  # legacy tags were case-sensitive
    assert legacy.verified


def test_a_platform_page_that_is_no_profile_stays_a_url() -> None:
    post = normalise("profile_url", "https://www.instagram.com/p/Cabc123/?igsh=xyz")
    assert post.kind == "url"
    assert post.normalised == "https://instagram.com/p/Cabc123"
    invite = normalise("url", "https://t.me/+AbCdEf123")
    assert invite.match_key == MatchKey("group:telegram", "invite:AbCdEf123")


def test_a_name_that_breaks_the_platforms_rules_is_kept_unverified() -> None:
    result = normalise("handle", "jan-fictief", "instagram")
    assert (result.normalised, result.verified) == ("jan-fictief", False)


def test_an_unknown_platform_keeps_its_name_and_folds_case() -> None:
    result = normalise("handle", "@FictiefKind", "Roblox")
    assert result.match_key == MatchKey("handle:roblox", "fictiefkind")
    assert normalise("handle", "FictiefKind", None).family == "handle:other"


def test_a_username_without_platform() -> None:
    result = normalise("username", " @Fictief_99 ")
    assert result.match_key == MatchKey("username", "fictief_99")
    pasted = normalise("username", "https://instagram.com/fictief_99")
    assert pasted.match_key == MatchKey("handle:instagram", "fictief_99")


def test_urls_are_canonicalised() -> None:
    result = normalise(
        "url", "HTTP://WWW.Voorbeeld-Fictief.NL:80/Pagina/?utm_source=x&b=2&a=1&fbclid=Iw#boven"
    )
    assert result.normalised == "https://voorbeeld-fictief.nl/Pagina?a=1&b=2"
    assert result.verified


def test_a_url_with_a_non_default_port_keeps_it() -> None:
    assert normalise("url", "https://fictief.nl:8443/x").normalised == "https://fictief.nl:8443/x"


def test_text_that_is_no_url_is_kept_unverified() -> None:
    result = normalise("url", "de link in zijn bio")
    assert (result.normalised, result.verified) == ("de link in zijn bio", False)


def test_iban() -> None:
    result = normalise("iban", "nl91 abna 0417 1643 00")
    assert (result.normalised, result.verified) == ("NL91ABNA0417164300", True)
    typo = normalise("iban", "NL91 ABNA 0417 1643 01")
    assert (typo.normalised, typo.verified) == ("NL91ABNA0417164301", False)


def test_email() -> None:
    result = normalise("email", " <Jan.Fictief+Werk@Voorbeeld.NL> ")
    assert (result.normalised, result.verified) == ("jan.fictief+werk@voorbeeld.nl", True)
    assert not normalise("email", "jan at voorbeeld punt nl").verified


@pytest.mark.parametrize(
    ("typed", "network", "normalised"),
    [
        ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "bitcoin", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"),
        ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "bitcoin", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"),
        (
            "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
            "bitcoin",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
        ),
        (
            "bitcoin:bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0?amount=1",
            "bitcoin",
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
        ),
        (
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "ethereum",
            "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
        ),
    ],
)
def test_known_wallet_formats(typed: str, network: str, normalised: str) -> None:
    result = normalise("crypto_wallet", typed)
    assert (result.platform, result.normalised, result.verified) == (network, normalised, True)


@pytest.mark.parametrize(
    "typed",
    [
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",  # EIP-55 checksum broken by one letter
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",  # version 0 written with bech32m (BIP-350)
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3",  # base58check checksum wrong
        "wallet van de afperser",
    ],
)
def test_wallets_that_fail_their_checks_are_kept_unverified(typed: str) -> None:
    result = normalise("crypto_wallet", typed)
    assert not result.verified
    assert result.raw == typed


def test_answer_items_from_the_interview() -> None:
    item = {"kind": "handle", "value": "@jan_fictief", "platform": "instagram"}
    assert normalise_answer_item(item).match_key == MatchKey("handle:instagram", "jan_fictief")
    assert normalise_answer_item({"kind": "phone", "value": 612345678}).verified
    odd = normalise_answer_item({"value": None, "platform": 3})
    assert (odd.kind, odd.raw, odd.matchable) == ("unknown", "", False)


def test_a_whole_identifier_list_answer() -> None:
    answer = [
        {"kind": "phone", "value": "06-12345678"},
        {"kind": "handle", "value": "https://instagram.com/fictief_99", "platform": "other"},
        "not an item",
    ]
    assert [item.family for item in normalise_answer(answer)] == ["phone", "handle:instagram"]
    assert normalise_answer("weet ik niet") == []


@pytest.mark.parametrize("typed", ["", "  ", "-", "?", "Onbekend", "weet ik niet", "n.v.t."])
def test_placeholders_are_never_matchable(typed: str) -> None:
    for kind in ("handle", "username", "email", "url", "phone"):
        assert not normalise(kind, typed).matchable


def test_identifiers_keep_personal_data_out_of_their_repr() -> None:
    result = normalise("phone", "06-12345678")
    assert "12345678" not in repr(result)
    assert "12345678" not in repr(result.match_key)
    assert "phone" in repr(result)


def test_full_width_digits_from_a_phone_keyboard() -> None:
    assert normalise("phone", "０６１２３４５６７８").normalised == "+31612345678"


def key_of(kind: str, raw: str, platform: str | None = None) -> MatchKey:
    return normalise(kind, raw, platform).match_key
