"""The letters screen, offscreen, with the fictional example case and fake dialogs."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from intake_app.referrals.case import ReferralCase, Victim
from intake_app.referrals.example import EXAMPLE_NOW, example_case
from intake_app.ui.letters import LettersScreen
from intake_app.ui.letters.documents import INFORMATION_SHEET, DocumentId
from intake_app.ui.letters.pdf_output import print_dpi
from intake_app.ui.printing import NEUTRAL_JOB_NAME, new_printer
from intake_app.ui.worker import wait_for_background_work
from tests.ui.letters.conftest import DIRECTORY, Recorder, ScreenFactory

REFERENCE = example_case().reference


def previewed(qtbot: QtBot, screen: LettersScreen, document: DocumentId) -> LettersScreen:
    screen.select(document)
    qtbot.waitUntil(lambda: screen.page_count() > 0, timeout=10000)
    return screen


def without_consent(case: ReferralCase, giver: str) -> ReferralCase:
    kept = tuple(c for c in case.consents if not (c.service == "offlimits" and c.given_by == giver))
    return case.model_copy(update={"consents": kept})


def test_a_letter_is_refused_with_the_reason_when_consent_is_missing(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder
) -> None:
    # R4: the example victim is 15, so the victim and a parent or guardian both consent.
    screen = make_screen(without_consent(example_case(), "parent_or_guardian"))

    offlimits = screen.service_texts()[0]
    assert offlimits.startswith("Offlimits\n✗ Geen brief aan Offlimits:")
    assert "het slachtoffer is nu 15 jaar" in offlimits
    assert "Nog niet vastgelegd: toestemming van een ouder of voogd." in offlimits
    assert "✓ Brief kan worden gemaakt" in screen.service_texts()[1]  # CSG still can

    screen.select("offlimits")
    assert "een ouder of voogd" in screen.reason_label.text()
    assert screen.page_count() == 0
    assert not screen.print_button.isEnabled() and not screen.save_button.isEnabled()
    assert recorder.recorded == []


def test_an_unknown_age_is_a_reason_too(make_screen: ScreenFactory) -> None:
    case = example_case()
    unknown_age = Victim(name=case.victim.name, contact=case.victim.contact)
    screen = make_screen(case.model_copy(update={"victim": unknown_age}))

    assert "leeftijd van het slachtoffer is onbekend" in screen.service_texts()[0]


def test_with_consent_the_preview_loads_beside_what_the_letter_leaves_out(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder
) -> None:
    screen = previewed(qtbot, make_screen(example_case()), "offlimits")

    assert screen.page_count() >= 1
    text = screen.preview_text()
    assert REFERENCE in text
    assert "https://social.example/@voorbeeld_account" in text
    assert "VERHAAL-NIET-DELEN" not in text
    left_out = screen.left_out_texts()
    assert "Geboortedatum en leeftijd nu" in left_out
    assert any("verhaal" in item.lower() for item in left_out)
    assert screen.print_button.isEnabled() and screen.save_button.isEnabled()
    assert recorder.recorded == [("offlimits", "letter")]


def test_a_training_letter_carries_the_watermark(qtbot: QtBot, make_screen: ScreenFactory) -> None:
    training = previewed(qtbot, make_screen(example_case(training=True)), "offlimits")
    assert "OEFENING" in training.preview_text()
    assert training.training_label.isVisibleTo(training)

    real = previewed(qtbot, make_screen(example_case(training=False)), "offlimits")
    assert "OEFENING" not in real.preview_text()
    assert not real.training_label.isVisibleTo(real)


def _on_white(image: QImage) -> QImage:
    """QtPdf renders onto a transparent background; paper is white."""
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def _ink_blocks(image: QImage, block: int = 10) -> list[float]:
    """Mean darkness per block of pixels: the layout of a page, blind to anti-aliasing."""
    blocks = []
    for top in range(0, image.height() - block + 1, block):
        for left in range(0, image.width() - block + 1, block):
            ink = sum(
                255 - image.pixelColor(x, y).lightness()
                for y in range(top, top + block)
                for x in range(left, left + block)
            )
            blocks.append(ink / block**2)
    return blocks


def _distance(first: QImage, second: QImage) -> float:
    pairs = zip(_ink_blocks(first), _ink_blocks(second), strict=True)
    return sum(abs(a - b) for a, b in pairs)


def test_printing_renders_every_page_onto_the_printer(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder
) -> None:
    screen = previewed(qtbot, make_screen(example_case()), "offlimits")

    screen.print_document()
    # Audited as the letter goes to the printer, before its pages are painted.
    assert recorder.recorded == [("offlimits", "letter"), ("offlimits", "print")]
    qtbot.waitUntil(
        lambda: screen.status_label.text() == "Naar de printer gestuurd.", timeout=20000
    )

    assert recorder.printer_asked == 1
    assert recorder.recorded == [("offlimits", "letter"), ("offlimits", "print")]
    assert screen.status_label.text() == "Naar de printer gestuurd."
    assert recorder.printer is not None
    assert recorder.printer.docName() == NEUTRAL_JOB_NAME  # the queue shows no name
    assert recorder.printer.resolution() <= 600
    printed = pypdf.PdfReader(recorder.printed_to)
    assert len(printed.pages) == screen.page_count()
    assert "Noor" not in str(printed.metadata)
    # Pages are printed as images (Qt has no PDF print path), so the file has no text layer;
    # re-rendered, each printed page shows the letter's page.
    output = QPdfDocument()
    output.load(str(recorder.printed_to))
    size = QSize(240, 340)
    blank = QImage(size, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    for page in range(screen.page_count()):
        original = _on_white(screen.preview.document.render(page, size))
        copy = _on_white(output.render(page, size))
        assert _distance(original, copy) < 0.25 * _distance(original, blank)
    output.close()


def test_the_window_stays_live_between_printed_pages(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = previewed(qtbot, make_screen(example_case()), "offlimits")
    assert screen.page_count() == 2
    statuses: list[str] = []
    show_status = screen._show_status

    def record_and_show(text: str) -> None:
        statuses.append(text)
        show_status(text)

    monkeypatch.setattr(screen, "_show_status", record_and_show)

    screen.print_document()
    # No page is painted before the event loop turns: the click returns at once ...
    assert statuses == ["Bezig met afdrukken…"]
    # ... and other events (a key press, a repaint) get their turn between pages.
    QTimer.singleShot(0, lambda: statuses.append("an event between pages"))
    qtbot.waitUntil(
        lambda: screen.status_label.text() == "Naar de printer gestuurd.", timeout=20000
    )

    # Pages are rendered on a worker and painted in bands: the event came before any page.
    assert statuses == [
        "Bezig met afdrukken…",
        "an event between pages",
        "Bezig met afdrukken… pagina 1 van 2",
        "Bezig met afdrukken… pagina 2 van 2",
        "Naar de printer gestuurd.",
    ]


def test_pages_render_on_a_worker_without_qt_and_paint_in_small_bands(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18: printing keeps the window and the idle lock live. The worker never touches Qt
    (the renderer imports none), and the window's thread paints at most BAND_PIXELS a turn."""
    import threading

    from intake_app.ui.letters import page_render, print_job

    source = Path(page_render.__file__).read_text(encoding="utf-8")
    imports = [line for line in source.splitlines() if line.startswith(("import", "from"))]
    assert not [line for line in imports if "PySide6" in line or "intake_app.ui" in line]
    threads: list[str] = []
    real_render = page_render.render_page

    def render(pdf: bytes, number: int, dpi: int) -> page_render.RenderedPage:
        threads.append(threading.current_thread().name)
        return real_render(pdf, number, dpi)

    bands: list[int] = []
    real_init = print_job.PrintJob.__init__

    def init(self: print_job.PrintJob, pdf: bytes, printer: QPrinter, *_args: object) -> None:
        real_init(self, pdf, printer, render)
        self.band_painted.connect(bands.append)

    monkeypatch.setattr(print_job.PrintJob, "__init__", init)
    screen = previewed(qtbot, make_screen(example_case()), "offlimits")
    screen.print_document()
    qtbot.waitUntil(
        lambda: screen.status_label.text() == "Naar de printer gestuurd.", timeout=20000
    )

    assert len(threads) == 2 and threading.main_thread().name not in threads
    assert recorder.printer is not None
    width = round(595 * min(recorder.printer.resolution(), 600) / 72)
    assert len(bands) >= 2 * 3  # several turns per page
    assert max(bands) * width <= print_job.BAND_PIXELS + width


def test_the_print_job_name_is_neutral_and_the_resolution_capped() -> None:
    printer = new_printer()
    assert printer.docName() == NEUTRAL_JOB_NAME
    printer.setResolution(1200)
    assert print_dpi(printer) == 600
    printer.setResolution(300)
    assert print_dpi(printer) == 300


def test_no_printer_is_a_calm_message(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder
) -> None:
    recorder.printers = False
    screen = previewed(qtbot, make_screen(example_case()), "offlimits")

    screen.print_document()

    assert "geen printer geïnstalleerd" in screen.status_label.text()
    assert recorder.printer_asked == 0
    assert ("offlimits", "print") not in recorder.recorded


def test_save_as_warns_that_the_file_is_not_encrypted_and_writes_it(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder
) -> None:
    screen = previewed(qtbot, make_screen(example_case()), "offlimits")

    screen.save_document()

    assert len(recorder.confirmations) == 1
    assert "NIET versleuteld" in recorder.confirmations[0]
    written = recorder.tmp_path / "brief.pdf"
    text = "".join(page.extract_text() for page in pypdf.PdfReader(written).pages)
    assert REFERENCE in text
    assert recorder.recorded == [("offlimits", "letter"), ("offlimits", "export")]
    assert [p.name for p in recorder.tmp_path.iterdir()] == ["brief.pdf"]  # no temp left
    assert "niet versleuteld" in screen.status_label.text()


def test_declining_the_warning_saves_nothing(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder
) -> None:
    recorder.confirm_answer = False
    screen = previewed(qtbot, make_screen(example_case()), "offlimits")

    screen.save_document()

    assert list(recorder.tmp_path.iterdir()) == []
    assert recorder.recorded == [("offlimits", "letter")]


def test_a_folder_that_cannot_be_written_is_a_message(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder
) -> None:
    recorder.save_to = recorder.tmp_path / "bestaat-niet" / "brief.pdf"
    screen = previewed(qtbot, make_screen(example_case()), "offlimits")

    screen.save_document()

    assert "Opslaan is niet gelukt" in screen.status_label.text()
    assert ("offlimits", "export") not in recorder.recorded


def with_victim_name(name: str) -> ReferralCase:
    case = example_case()
    victim = case.victim.model_copy(update={"name": name})
    return case.model_copy(update={"victim": victim})


def test_arabic_script_is_warned_about_and_printed_only_when_confirmed(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder
) -> None:
    screen = previewed(qtbot, make_screen(with_victim_name("محمد Testpersoon")), "offlimits")
    assert "Latijnse letters" in screen.warning_label.text()

    recorder.confirm_answer = False
    screen.print_document()
    assert recorder.printer_asked == 0
    assert "Latijnse letters" in recorder.confirmations[0]

    recorder.confirm_answer = True
    screen.print_document()
    assert recorder.printer_asked == 1
    qtbot.waitUntil(lambda: recorder.recorded[-1] == ("offlimits", "print"), timeout=20000)


def test_characters_the_font_lacks_stop_the_letter_with_a_message(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder
) -> None:
    screen = make_screen(with_victim_name("Noor 😀 Testpersoon"))
    screen.select("offlimits")

    qtbot.waitUntil(lambda: "U+1F600" in screen.status_label.text(), timeout=10000)
    assert screen.page_count() == 0
    assert not screen.print_button.isEnabled()
    assert recorder.recorded == []


def test_the_information_sheet_in_english_has_its_own_preview_and_print(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder
) -> None:
    screen = make_screen(example_case())
    screen.select(INFORMATION_SHEET)
    qtbot.waitUntil(lambda: screen.page_count() > 0, timeout=10000)
    assert "Informatie voor jou" in screen.preview_text()
    assert "Noor" not in screen.preview_text()  # the sheet names nobody

    screen.language_box.setCurrentIndex(screen.language_box.findData("en"))
    qtbot.waitUntil(lambda: "Information for you" in screen.preview_text(), timeout=10000)
    assert screen.left_out_texts() == []
    screen.print_document()

    qtbot.waitUntil(lambda: recorder.recorded == [(INFORMATION_SHEET, "print")], timeout=20000)


def test_an_english_letter_is_offered_where_the_service_needs_one(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder
) -> None:
    languages_for = {}
    screen = make_screen(example_case())
    for service in ("offlimits", "csg"):
        screen.select(service)
        box = screen.language_box
        languages_for[service] = [box.itemData(i) for i in range(box.count())]
    expected = {
        service: ["nl", "en"] if "en" in DIRECTORY.get(service).letter_languages else ["nl"]
        for service in ("offlimits", "csg")
    }
    assert languages_for == expected


def test_a_case_that_cannot_be_built_is_a_calm_message(qtbot: QtBot, recorder: Recorder) -> None:
    def broken() -> ReferralCase:
        raise ValueError("incident.first_date lies after the intake date")

    screen = LettersScreen(broken, DIRECTORY, recorder.record, training=False)
    qtbot.addWidget(screen)
    screen.refresh()

    assert "antwoorden zijn nog niet volledig" in screen.status_label.text()
    assert "first_date" not in screen.status_label.text()
    assert screen.service_texts() == []


def test_clear_personal_data_empties_preview_and_lists(
    qtbot: QtBot, make_screen: ScreenFactory
) -> None:
    screen = previewed(qtbot, make_screen(example_case()), "offlimits")

    screen.clear_personal_data()

    assert screen.page_count() == 0
    assert screen.preview.document.pageCount() == 0
    assert screen.preview.document.status() == QPdfDocument.Status.Null
    assert screen.service_texts() == []
    assert screen.left_out_texts() == []
    assert screen.language_box.count() == 0
    assert screen.preview_text() == ""
    assert not screen.print_button.isEnabled()


def test_consent_is_per_service(make_screen: ScreenFactory) -> None:
    case = example_case()
    only_csg = tuple(c for c in case.consents if c.service == "csg")
    screen = make_screen(case.model_copy(update={"consents": only_csg}))

    possible = ["✓" in text for text in screen.service_texts()[:5]]
    assert possible == [False, True, False, False, False]


def test_the_training_store_watermarks_even_a_case_not_marked_as_training(
    qtbot: QtBot, recorder: Recorder
) -> None:
    screen = LettersScreen(
        lambda: example_case(training=False),
        DIRECTORY,
        recorder.record,
        training=True,
        clock=lambda: EXAMPLE_NOW,
        hooks=recorder.hooks(),
    )
    qtbot.addWidget(screen)
    screen.refresh()

    assert "OEFENING" in previewed(qtbot, screen, "offlimits").preview_text()


def test_a_build_that_finishes_after_the_lock_shows_nothing(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder
) -> None:
    screen = make_screen(example_case())
    screen.select("offlimits")
    screen.clear_personal_data()  # locked while the worker builds

    assert wait_for_background_work(10)
    qtbot.wait(50)  # let the finished build's signal arrive

    assert screen.page_count() == 0
    assert screen.preview.document.pageCount() == 0
    assert recorder.recorded == []


def test_a_failed_print_is_a_message_and_not_audited(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder
) -> None:
    recorder.printed_to = recorder.tmp_path / "bestaat-niet" / "printed.pdf"
    screen = previewed(qtbot, make_screen(example_case()), "offlimits")

    screen.print_document()

    qtbot.waitUntil(lambda: "Afdrukken is niet gelukt" in screen.status_label.text(), timeout=20000)
    assert ("offlimits", "print") not in recorder.recorded
    assert screen.print_button.isEnabled()


def test_a_virtual_printer_gets_the_save_warning_and_is_audited_as_a_save(
    qtbot: QtBot, make_screen: ScreenFactory, recorder: Recorder
) -> None:
    recorder.virtual_printer = True  # Microsoft Print to PDF, OneNote, ...
    recorder.confirm_answer = False
    screen = previewed(qtbot, make_screen(example_case()), "offlimits")

    screen.print_document()
    assert "niet versleuteld" in recorder.confirmations[-1]
    assert recorder.recorded == [("offlimits", "letter")]  # declined: nothing went anywhere
    assert not recorder.printed_to.exists()

    recorder.confirm_answer = True
    screen.print_document()
    assert recorder.recorded == [("offlimits", "letter"), ("offlimits", "export")]
    qtbot.waitUntil(lambda: recorder.printed_to.exists(), timeout=20000)
