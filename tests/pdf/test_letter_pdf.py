"""Letters read back from the PDF: what they must say, what they must not, and how they are made."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest

from intake_app.forms.policy import Policy
from intake_app.pdf.information_sheet import render_information_sheet
from intake_app.pdf.letter import render_letter
from intake_app.referrals.consent import ConsentRefused
from intake_app.referrals.directory import SERVICE_IDS, ServiceDirectory, ServiceId
from intake_app.referrals.example import EXAMPLE_NOW, example_case
from intake_app.referrals.information_sheet import compose_information_sheet
from intake_app.referrals.letters import compose_letter
from intake_app.referrals.text import Language
from tests.pdf.reading import font_names, page_texts, reader, squeezed, unembedded_fonts
from tests.referrals.cases import case_with

CASE = example_case(training=False)
PERSONAL = (
    CASE.victim.name,
    CASE.reference,
    CASE.officer.name,
    CASE.victim.contact.phone,
    CASE.station.name,
    "Voorbeeld",
)


def letter_pdf(
    service: ServiceId,
    policy: Policy,
    directory: ServiceDirectory,
    language: Language = "nl",
    case: object = CASE,
) -> bytes:
    letter = compose_letter(case, service, directory, policy, EXAMPLE_NOW, language)  # type: ignore[arg-type]
    return render_letter(letter)


def sheet_pdf(directory: ServiceDirectory, language: Language, training: bool = False) -> bytes:
    sheet = compose_information_sheet(
        directory, CASE.station, CASE.officer, CASE.reference, EXAMPLE_NOW.date(), language,
        training=training,
    )  # fmt: skip
    return render_information_sheet(sheet)


@pytest.mark.parametrize("service", SERVICE_IDS)
def test_every_letter_reads_back_with_its_facts_and_without_the_story(
    service: ServiceId, policy: Policy, directory: ServiceDirectory
) -> None:
    text = "\n".join(page_texts(letter_pdf(service, policy, directory)))

    assert directory.get(service).name in text
    for must in (CASE.station.name, "23 november 2026", CASE.reference, CASE.officer.name):
        assert must in text
    assert "Met vriendelijke groet," in text
    assert "VERHAAL" not in text


def test_offlimits_pdf_carries_the_image_locations_and_nothing_of_the_story(
    policy: Policy, directory: ServiceDirectory
) -> None:
    text = squeezed("".join(page_texts(letter_pdf("offlimits", policy, directory))))

    assert squeezed("https://chat.example/joinchat/voorbeeld") in text
    for absent in ("VERHAAL", "14mei2011", "21november2026", "seksueelgeweld", "Verdachte"):
        assert absent not in text


def test_a_minors_name_never_reaches_a_pdf_without_recorded_consent(
    policy: Policy, directory: ServiceDirectory
) -> None:
    case = case_with(age=13, consents=[("csg", "victim")])  # the parent has not consented

    for service in SERVICE_IDS:
        with pytest.raises(ConsentRefused) as caught:
            letter_pdf(service, policy, directory, case=case)
        assert case.victim.name not in str(caught.value)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_says_confidential_and_page_x_of_y(
    policy: Policy, directory: ServiceDirectory, language: Language
) -> None:
    long_note = "Bel alleen op werkdagen tussen negen en vijf uur. " * 120
    victim = CASE.victim.model_copy(
        update={"contact": CASE.victim.contact.model_copy(update={"how": long_note})}
    )
    pages = page_texts(
        letter_pdf("shn", policy, directory, language, CASE.model_copy(update={"victim": victim}))
    )

    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        if language == "nl":
            assert "Vertrouwelijk" in text
            assert f"pagina {number} van {len(pages)}" in text
        else:
            assert "Confidential" in text
            assert f"page {number} of {len(pages)}" in text


def test_training_letters_carry_the_watermark_on_every_page(
    policy: Policy, directory: ServiceDirectory
) -> None:
    long_note = "Alleen sms. " * 800
    victim = CASE.victim.model_copy(
        update={"contact": CASE.victim.contact.model_copy(update={"how": long_note})}
    )
    training = CASE.model_copy(update={"training": True, "victim": victim})

    pages = page_texts(letter_pdf("csg", policy, directory, case=training))
    real = page_texts(letter_pdf("csg", policy, directory, case=CASE))

    assert len(pages) >= 3
    assert all(squeezed("OEFENING — geen echte zaak") in squeezed(page) for page in pages)
    assert not any("OEFENING" in page for page in real)
    sheet_pages = page_texts(sheet_pdf(directory, "en", training=True))
    assert all("TRAINING — not a real case" in page for page in sheet_pages)


def all_documents(policy: Policy, directory: ServiceDirectory) -> list[bytes]:
    training = example_case(training=True)
    return [
        *(letter_pdf(service, policy, directory, "nl") for service in SERVICE_IDS),
        letter_pdf("csg", policy, directory, "en"),
        letter_pdf("offlimits", policy, directory, case=training),
        sheet_pdf(directory, "nl"),
        sheet_pdf(directory, "en", training=True),
    ]


def test_fonts_are_the_bundled_dejavu_embedded_with_no_helvetica(
    policy: Policy, directory: ServiceDirectory
) -> None:
    for pdf in all_documents(policy, directory):
        names = font_names(pdf)
        assert names, "no fonts at all?"
        assert all(re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold)?", name) for name in names), names
        assert unembedded_fonts(pdf) == set()


def test_metadata_holds_nothing_personal(policy: Policy, directory: ServiceDirectory) -> None:
    for pdf in all_documents(policy, directory):
        metadata: dict[str, object] = dict(reader(pdf).metadata or {})
        values = " ".join(str(value) for value in metadata.values())
        for personal in PERSONAL:
            assert personal not in values
        for key in ("/Author", "/Subject", "/Keywords", "/Creator", "/Producer"):
            assert metadata.get(key, "") == ""
        assert metadata.get("/Title") == "Vertrouwelijk document"


def test_pdfs_are_built_in_memory_without_temporary_files(
    policy: Policy, directory: ServiceDirectory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a temporary file was made")

    for name in (
        "mkstemp",
        "mkdtemp",
        "NamedTemporaryFile",
        "TemporaryFile",
        "SpooledTemporaryFile",
    ):
        monkeypatch.setattr(tempfile, name, refuse)
    monkeypatch.chdir(tmp_path)

    pdf = letter_pdf("csg", policy, directory)

    assert pdf.startswith(b"%PDF-")
    assert list(tmp_path.iterdir()) == []


def test_information_sheet_reads_back_in_both_languages(directory: ServiceDirectory) -> None:
    dutch = "\n".join(page_texts(sheet_pdf(directory, "nl")))
    english = "\n".join(page_texts(sheet_pdf(directory, "en")))

    assert "Je mag de tijd nemen" in dutch and "0800-0188 (24/7)" in dutch
    assert "You may take your time" in english and "Do not pay" in english
    assert CASE.victim.name not in dutch + english
