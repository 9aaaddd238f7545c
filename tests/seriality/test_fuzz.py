"""Bad input never crashes a normaliser; the raw text is always kept (R7: never rejected)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from intake_app.seriality.identifier import KINDS
from intake_app.seriality.normalise import normalise, normalise_answer_item
from intake_app.seriality.urls import parse_url

KIND = st.sampled_from([*KINDS, "unknown"])
PLATFORM = st.one_of(
    st.none(),
    st.sampled_from(["instagram", "tiktok", "snapchat", "whatsapp", "telegram", "discord", "x"]),
    st.sampled_from(["facebook", "other", "Twitter"]),
    st.text(max_size=20),
)
# Arbitrary Unicode, and text built from the characters the parsers care about.
TEXT = st.one_of(
    st.text(),
    st.text(alphabet="0123456789+-() @./:?&=#%_xX", max_size=60),
    st.builds(
        lambda host, rest: f"https://{host}/{rest}",
        st.sampled_from(["wa.me", "instagram.com", "facebook.com", "t.me", "discord.com", "x"]),
        st.text(max_size=40),
    ),
)


@settings(deadline=None, max_examples=600)
@given(KIND, TEXT, PLATFORM)
def test_any_text_of_any_kind_is_normalised_without_error(
    kind: str, raw: str, platform: str | None
) -> None:
    result = normalise(kind, raw, platform)
    assert result.raw == raw
    assert isinstance(result.normalised, str)
    assert result.family
    if not result.verified:
        return
    # A verified normalised form is a fixed point: normalising it again changes nothing.
    again = normalise(result.kind, result.normalised, result.platform)
    assert again.match_key == result.match_key


@settings(deadline=None)
@given(st.dictionaries(st.text(max_size=10), st.one_of(st.none(), st.integers(), st.text())))
def test_any_answer_item_is_handled(item: dict[str, object]) -> None:
    assert normalise_answer_item(item).raw is not None


@settings(deadline=None)
@given(st.text())
def test_url_parsing_never_raises(text: str) -> None:
    parse_url(text)
