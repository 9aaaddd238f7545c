"""R7: every way of typing one identifier gives one match key; a near miss gives another."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from intake_app.seriality.identifier import MatchKey
from intake_app.seriality.normalise import normalise
from tests.seriality import strategies as s

PROPERTY = settings(deadline=None, max_examples=150)


def key(kind: str, raw: str, platform: str | None = None) -> MatchKey:
    return normalise(kind, raw, platform).match_key


def one_digit_changed(text: str, position: int, digit: str) -> str:
    return text[:position] + digit + text[position + 1 :]


@PROPERTY
@given(st.data(), s.NL_MOBILE)
def test_dutch_mobile_numbers_typed_any_way_match(data: st.DataObject, subscriber: str) -> None:
    first = normalise("phone", data.draw(s.phone_variant(subscriber)))
    second = normalise("phone", data.draw(s.phone_variant(subscriber)))
    assert first.verified and second.verified
    assert first.match_key == second.match_key == MatchKey("phone", f"+31{subscriber}")


@PROPERTY
@given(st.data(), s.NL_MOBILE, st.integers(2, 8), st.sampled_from("0123456789"))
def test_a_different_digit_is_a_different_number(
    data: st.DataObject, subscriber: str, position: int, digit: str
) -> None:
    other = one_digit_changed(subscriber, position, digit)
    assume(other != subscriber)
    first = key("phone", data.draw(s.phone_variant(subscriber)))
    second = key("phone", data.draw(s.phone_variant(other)))
    assert first != second


@PROPERTY
@given(st.data(), s.NL_MOBILE)
def test_a_whatsapp_link_matches_the_number_typed_directly(
    data: st.DataObject, subscriber: str
) -> None:
    typed = key("phone", data.draw(s.phone_variant(subscriber)))
    link = data.draw(
        st.sampled_from(
            [
                f"https://wa.me/31{subscriber}",
                f"wa.me/31{subscriber}?text=hoi",
                f"https://api.whatsapp.com/send?phone=31{subscriber}",
            ]
        )
    )
    assert key("url", link) == key("profile_url", link) == typed
    assert key("handle", data.draw(s.phone_variant(subscriber)), "WhatsApp") == typed


@PROPERTY
@given(st.data(), s.EMAIL_LOCAL, s.EMAIL_DOMAIN)
def test_email_case_spaces_and_mailto_do_not_matter(
    data: st.DataObject, local: str, domain: str
) -> None:
    address = f"{local}@{domain}"
    first = normalise("email", data.draw(s.email_variant(address)))
    second = normalise("email", data.draw(s.email_variant(address)))
    assert first.verified and second.verified
    assert first.match_key == second.match_key == MatchKey("email", address)


@PROPERTY
@given(s.EMAIL_LOCAL, s.EMAIL_DOMAIN, st.sampled_from(["dot", "plus", "letter"]))
def test_email_dots_and_plus_tags_are_not_merged(local: str, domain: str, change: str) -> None:
    # At many providers these are different mailboxes, so possibly different people.
    assume(len(local) > 1)
    other = {
        "dot": f"{local[0]}.{local[1:]}",
        "plus": f"{local}+tag",
        "letter": f"{local}x",
    }[change]
    assert key("email", f"{local}@{domain}") != key("email", f"{other}@{domain}")


@PROPERTY
@given(st.data(), s.handle_and_name())
def test_handles_and_profile_urls_match(
    data: st.DataObject, platform_name: tuple[str, str]
) -> None:
    platform, name = platform_name
    first = normalise("handle", data.draw(s.handle_variant(platform, name)), platform)
    second = normalise("profile_url", data.draw(s.handle_variant(platform, name)), platform)
    if second.kind != "handle":  # a bare "@name" entered as a profile URL is no URL
        second = normalise("handle", second.raw, platform)
    assert first.verified and second.verified
    assert first.match_key == second.match_key == MatchKey(f"handle:{platform}", name)


@PROPERTY
@given(st.data(), s.handle_and_name(), st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789"))
def test_a_different_handle_does_not_match(
    data: st.DataObject, platform_name: tuple[str, str], letter: str
) -> None:
    platform, name = platform_name
    other = name[:-1] + letter
    assume(other != name)
    first = key("handle", data.draw(s.handle_variant(platform, name)), platform)
    second = key("handle", data.draw(s.handle_variant(platform, other)), platform)
    assert first != second


@PROPERTY
@given(s.handle_and_name(), st.sampled_from(["instagram", "tiktok", "snapchat", "x"]))
def test_the_same_name_on_two_platforms_does_not_match(
    platform_name: tuple[str, str], other_platform: str
) -> None:
    platform, name = platform_name
    assume(platform != other_platform)
    assert key("handle", name, platform) != key("handle", name, other_platform)


@PROPERTY
@given(st.data(), s.URL_HOST, s.URL_PATH, s.URL_PARAMS)
def test_urls_match_whatever_scheme_case_port_slash_or_tracking(
    data: st.DataObject, host: str, path: list[str], params: dict[str, str]
) -> None:
    first = normalise("url", data.draw(s.url_variant(host, path, params)))
    second = normalise("url", data.draw(s.url_variant(host, path, params)))
    assert first.verified and second.verified
    assert first.match_key == second.match_key
    assert "utm_" not in first.normalised and "fbclid" not in first.normalised


@PROPERTY
@given(st.data(), s.URL_HOST, s.URL_PATH.filter(bool), st.sampled_from("XYZ019"))
def test_a_url_with_another_path_does_not_match(
    data: st.DataObject, host: str, path: list[str], letter: str
) -> None:
    other = [*path[:-1], path[-1] + letter]
    first = key("url", data.draw(s.url_variant(host, path, {})))
    second = key("url", data.draw(s.url_variant(host, other, {})))
    assert first != second


@PROPERTY
@given(st.data(), s.nl_iban())
def test_iban_spacing_case_and_prefix_do_not_matter(data: st.DataObject, iban: str) -> None:
    first = normalise("iban", data.draw(s.iban_variant(iban)))
    second = normalise("iban", data.draw(s.iban_variant(iban)))
    assert first.verified and second.verified
    assert first.match_key == second.match_key == MatchKey("iban", iban)


@PROPERTY
@given(s.nl_iban(), st.integers(8, 17), st.sampled_from("0123456789"))
def test_an_iban_with_a_typo_is_unverified_and_does_not_match(
    iban: str, position: int, digit: str
) -> None:
    typo = one_digit_changed(iban, position, digit)
    assume(typo != iban)
    result = normalise("iban", typo)
    assert not result.verified
    assert result.match_key != key("iban", iban)


@PROPERTY
@given(st.data(), st.binary(min_size=20, max_size=20))
def test_ethereum_addresses_match_in_any_case(data: st.DataObject, payload: bytes) -> None:
    first = normalise("crypto_wallet", data.draw(s.ethereum_variant(payload)))
    second = normalise("crypto_wallet", data.draw(s.ethereum_variant(payload)))
    assert first.verified and second.verified
    assert first.match_key == second.match_key == MatchKey("crypto_wallet", f"0x{payload.hex()}")


@PROPERTY
@given(st.data(), st.binary(min_size=20, max_size=20), st.sampled_from([0x00, 0x05, 0x41, 0x30]))
def test_base58check_addresses_match_and_a_changed_character_does_not(
    data: st.DataObject, payload: bytes, version: int
) -> None:
    address = s.bitcoin_base58(version, payload)
    typed = normalise("crypto_wallet", data.draw(s.padded(address)))
    assert typed.verified and typed.normalised == address
    position = data.draw(st.integers(1, len(address) - 1))
    replacement = data.draw(
        st.sampled_from("23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
    )
    typo = address[:position] + replacement + address[position + 1 :]
    assume(typo != address)
    other = normalise("crypto_wallet", typo)
    assert other.match_key != typed.match_key


@PROPERTY
@given(st.data(), st.sampled_from([(0, 20), (0, 32), (1, 32)]), st.binary(min_size=32, max_size=32))
def test_segwit_addresses_match_in_either_case(
    data: st.DataObject, version_size: tuple[int, int], program: bytes
) -> None:
    version, size = version_size
    address = s.segwit_address(version, program[:size])
    first = normalise("crypto_wallet", data.draw(s.segwit_variant(address)))
    second = normalise("crypto_wallet", data.draw(s.segwit_variant(address)))
    assert first.verified and second.verified
    assert first.match_key == second.match_key == MatchKey("crypto_wallet", address)
