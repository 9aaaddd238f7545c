"""Hostile text in every user field: printed verbatim, or refused with a clear message; no crash."""

from __future__ import annotations

import pytest

from intake_app.forms.policy import Policy
from intake_app.pdf.escape import printable_text
from intake_app.pdf.letter import render_letter
from intake_app.pdf.text_check import UnprintableText, missing_glyphs, text_problems
from intake_app.referrals.case import ImageLocation, ReferralCase
from intake_app.referrals.directory import ServiceDirectory, ServiceId
from intake_app.referrals.example import EXAMPLE_NOW, example_case
from intake_app.referrals.letters import compose_letter
from tests.pdf.reading import body_text, page_texts, squeezed

VERBATIM = [
    "<b>vet</b>",
    "&nbsp",
    "&nbsp;",
    "&amp; &lt; &#169; &#x41;",
    '<img src="https://evil.example/x.png" onerror="alert(1)">',
    "</i>open <b><i>unbalanced <",
    "<para>x</para><br/><br>",
    "<font name='Helvetica' color='white'>verborgen</font>",
    "]]><![CDATA[ --> <!-- ?>",
    "a & b < c > d \"quoted\" 'single'",
    "x" * 20_000,
    "woord " * 3_400,
    "Şükrü Yılmaz, Łukasz Żółć, Ørjan Ångström",
    "regel een\nregel twee\r\nregel drie",
]
RIGHT_TO_LEFT = ["محمد", "שלום", "Noor محمد Testpersoon"]
UNPRINTABLE = ["🦄", "😀 lacht", "名前", "a\U0001f984b"]

FIELDS = ("name", "safe_contact", "image_url", "officer", "station")


def with_text(field: str, text: str) -> ReferralCase:
    case = example_case(training=False)
    if field == "name":
        return case.model_copy(update={"victim": case.victim.model_copy(update={"name": text})})
    if field == "safe_contact":
        contact = case.victim.contact.model_copy(update={"how": text})
        return case.model_copy(
            update={"victim": case.victim.model_copy(update={"contact": contact})}
        )
    if field == "officer":
        return case.model_copy(update={"officer": case.officer.model_copy(update={"name": text})})
    if field == "station":
        return case.model_copy(update={"station": case.station.model_copy(update={"name": text})})
    images = case.images.model_copy(update={"locations": (ImageLocation(platform="X", url=text),)})
    return case.model_copy(update={"images": images})


def render(case: ReferralCase, policy: Policy, directory: ServiceDirectory, **kw: bool) -> bytes:
    service: ServiceId = "offlimits"
    return render_letter(compose_letter(case, service, directory, policy, EXAMPLE_NOW), **kw)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("text", VERBATIM, ids=lambda t: repr(t[:30]))
def test_hostile_text_comes_out_verbatim(
    field: str, text: str, policy: Policy, directory: ServiceDirectory
) -> None:
    pdf = render(with_text(field, text), policy, directory)

    assert squeezed(printable_text(text)) in body_text(pdf, example_case().reference)


@pytest.mark.parametrize("text", RIGHT_TO_LEFT)
def test_right_to_left_text_is_refused_until_the_officer_confirms(
    text: str, policy: Policy, directory: ServiceDirectory
) -> None:
    case = with_text("name", text)

    with pytest.raises(UnprintableText) as caught:
        render(case, policy, directory)
    assert [problem.kind for problem in caught.value.problems] == ["right_to_left"]
    assert "Latijnse letters" in caught.value.message("nl")
    assert "Latin letters" in caught.value.message("en")

    printed = "".join(page_texts(render(case, policy, directory, accept_warnings=True)))
    assert set(text) <= set(printed)  # every letter printed (unshaped, see docs/notes)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("text", UNPRINTABLE)
def test_characters_the_font_lacks_are_refused_even_when_confirmed(
    field: str, text: str, policy: Policy, directory: ServiceDirectory
) -> None:
    case = with_text(field, text)

    for accept in (False, True):
        with pytest.raises(UnprintableText) as caught:
            render(case, policy, directory, accept_warnings=accept)
        problem = caught.value.problems[0]
        assert problem.kind == "missing_glyph" and problem.blocking
        assert f"U+{ord(problem.characters[0]):04X}" in caught.value.message("nl")
        assert "kan de brief niet afdrukken" in caught.value.message("nl")


def test_control_characters_are_dropped_not_printed(
    policy: Policy, directory: ServiceDirectory
) -> None:
    pdf = render(with_text("safe_contact", "bel\x00 niet\x07 na\x1b acht"), policy, directory)

    assert "bel niet na acht" in "".join(page_texts(pdf))


def test_glyph_coverage_turkish_polish_arabic() -> None:
    names = ["Şükrü", "Łukasz", "محمد"]

    assert missing_glyphs(names) == ()  # DejaVu Sans has all of these letters
    assert [p.kind for p in text_problems(names)] == ["right_to_left"]  # but no Arabic shaping
    assert missing_glyphs(["Şükrü 🦄 名"]) == ("🦄", "名")
    assert text_problems(["Şükrü Łukasz"]) == []
