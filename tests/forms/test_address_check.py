"""`forms check` on who a question speaks to (je / u / about_child) and on policy values in text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from intake_app.commands.forms import check_forms
from intake_app.forms.address import Address, addressee_for, je_word, reader_address, u_word
from intake_app.forms.loader import load_form
from intake_app.paths import forms_dir

NL = "intake.nl.yaml"
EN = "intake.en.yaml"


@pytest.fixture
def forms(tmp_path: Path) -> Path:
    folder = tmp_path / "forms"
    shutil.copytree(forms_dir(), folder)
    return folder


def edit(path: Path, old: str, new: str) -> int:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def test_a_je_variant_saying_u_is_refused(forms: Path) -> None:
    line = edit(forms / NL, "je: Ben je nu veilig?", "je: Bent u nu veilig?")

    assert check_forms(forms).problems == [
        f"{forms / NL}:{line}: question 'safe_now', ask: the je variant says 'u': "
        "a minor is addressed with je"
    ]


def test_a_u_variant_saying_jouw_is_refused(forms: Path) -> None:
    line = edit(forms / NL, "u: Wat is uw naam?", "u: Wat is jouw naam?")

    assert check_forms(forms).problems == [
        f"{forms / NL}:{line}: question 'victim_name', ask: the u variant says 'jouw': "
        "an adult is addressed with u"
    ]


def test_a_missing_variant_is_refused(forms: Path) -> None:
    edit(forms / NL, "          about_child: Is {child} op dit moment veilig?\n", "")

    found = check_forms(forms).problems
    assert any("sections.1.questions.0.ask" in p and "about_child" in p for p in found), found


def test_one_wording_that_addresses_someone_needs_variants(forms: Path) -> None:
    line = edit(forms / NL, "ask: Gebeurt het nu nog steeds?", "ask: Gebeurt het u nu nog steeds?")

    found = check_forms(forms).problems
    assert found[0].startswith(f"{forms / NL}:{line}: question 'incident_ongoing', ask: 'u' ")
    assert "give the variants je, u and about_child" in found[0]


def test_quoted_words_and_non_address_words_are_not_address(forms: Path) -> None:
    edit(
        forms / NL,
        "ask: Gebeurt het nu nog steeds?",
        'ask: \'Gebeurt het nu nog steeds? Bijvoorbeeld: "ik zie je morgen" '
        "of „jij bent van mij”.'",
    )

    assert check_forms(forms).problems == []
    assert u_word("Uur, uwe, duur en u-bocht") is None
    assert je_word("Een briefje, jeugd en jeans") is None
    assert u_word('Zegt hij "geef u over"?') is None


def test_the_translation_must_give_the_same_variants(forms: Path) -> None:
    line = edit(
        forms / EN,
        "    ask:\n      je: Are you safe right now?\n      u: Are you safe at this moment?\n"
        "      about_child: Is {child} safe at this moment?\n",
        "    ask: Are you safe at this moment?\n",
    )

    assert check_forms(forms).problems == [
        f"{forms / EN}:{line}: question 'safe_now': ask needs the variants je, u and "
        "about_child, as in the source"
    ]


def test_child_words_belong_in_about_child_only(forms: Path) -> None:
    edit(forms / NL, "je: Ben je nu veilig?", "je: Is {child} nu veilig?")

    assert any("only about_child speaks about the child" in p for p in check_forms(forms).problems)


def test_child_words_in_a_translation_belong_in_about_child_only(forms: Path) -> None:
    line = edit(forms / EN, "je: Are you safe right now?", "je: Is {child} safe right now?")

    assert check_forms(forms).problems == [
        f"{forms / EN}:{line}: question 'safe_now', ask: the je variant says {{child}}: "
        "only about_child speaks about the child"
    ]


def test_policy_values_are_filled_in_and_unknown_names_refused(forms: Path) -> None:
    form = load_form()
    guidance = form.question("consent_given_by").text["nl"].guidance
    assert "Onder 12 jaar" in guidance and "vanaf 16 jaar" in guidance
    assert "48 uur" in form.question("deadline_within_48h").text["nl"].ask

    edit(forms / NL, "{policy.acute.pep_window_hours} uur", "{policy.acute.pep_hours} uur")
    assert any(
        "'{policy.acute.pep_hours}' is not a number of policy.yaml" in p
        for p in check_forms(forms).problems
    )


def test_guidance_names_the_screen_and_values_not_configuration() -> None:
    form = load_form()
    for question in form.walk():
        for language, text in question.text.items():
            for word in ("policy.yaml", "pauzeknop", "pause button", "guardian_only_below_age"):
                assert word not in text.guidance, (question.id, language, word)
    assert (
        'F12 (knop "Scherm verbergen")'
        in form.question("pause_right_explained").text["nl"].guidance
    )


def test_who_is_addressed() -> None:
    assert addressee_for(None, adult_now=False).address == Address.JE
    assert addressee_for("victim", adult_now=True).address == Address.U
    parent = addressee_for("guardian", adult_now=False)
    assert parent.address == Address.ABOUT_CHILD
    assert parent.render({"je": "x", "u": "y", "about_child": "{Child} is veilig"}, "nl") == (
        "Uw kind is veilig"
    )
    assert addressee_for("other", adult_now=False).child_words("en") == "the child"
    # The information sheet: "je" only when a minor victim reads it themselves.
    assert reader_address(None, adult_now=False) == Address.JE
    assert reader_address("victim", adult_now=True) == Address.U
    assert reader_address("guardian", adult_now=False) == Address.U
