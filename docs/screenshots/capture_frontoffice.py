"""Capture the frontoffice screenshots at 1366 x 768 from the real windows, offscreen:

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/capture_frontoffice.py [en]

Uses a throwaway training station and training frontoffice (fictional cases and consults
only): the frontoffice's queue, a consult with its regional series, the advice form filled
in, and the station's summary with the advice read back in.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
SIZE = (1366, 768)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget

    from intake_app.training import open_training_session
    from intake_app.training_identity import FRONTOFFICE_TRAINING_FOLDER, TRAINING_FOLDER
    from intake_app.ui.app import configure_application, create_application
    from intake_app.ui.main_window import MainWindow
    from intake_app.vault import KdfParams

    language = "en" if sys.argv[1:] == ["en"] else "nl"
    suffix = "-en" if language == "en" else ""
    app, _language = create_application(sys.argv[:1])
    configure_application(app, language)
    quick = KdfParams(time_cost=1, memory_cost=8, parallelism=1)  # fictional data only
    base = Path(tempfile.mkdtemp(prefix="intake-fo-screens-"))
    outbox = base / "share"
    outbox.mkdir()

    def grab(widget: QWidget, name: str) -> None:
        for _ in range(5):
            QApplication.processEvents()
        widget.grab().save(str(OUT / f"{name}{suffix}.png"))

    def opened(folder: str) -> MainWindow:
        window = MainWindow(data_dir=base / folder, training=True, kdf=quick, language=language)
        window.resize(*SIZE)
        window.show()
        window._start_session(open_training_session(base / folder, window.form, kdf=quick))
        window.show_home()
        return window

    frontoffice = opened(FRONTOFFICE_TRAINING_FOLDER)
    desk = frontoffice.frontoffice.desk
    grab(frontoffice, "frontoffice-queue")
    desk.queue.table.selectRow(0)
    desk.queue.open_button.click()
    grab(frontoffice, "frontoffice-consult")
    desk.consult.advise_button.click()
    form = desk.advice_form
    form.urgent_actions.setPlainText(
        "Vandaag Offlimits laten meekijken naar het verwijderen van de beelden\n"
        "Het account van de afperser vandaag laten blokkeren"
    )
    form.handling_buttons["basisteam_with_advice"].setChecked(True)
    form.ex_officio.setChecked(True)
    form.outcome.setCurrentIndex(0)
    form.why.setPlainText(
        "Minderjarig slachtoffer en mogelijke serie met Oefenbureau Zuid 2026-0042 (R7, R10)."
    )
    form.referrals["shn"].setChecked(True)
    form.text.setPlainText("Bel de frontoffice na het gesprek met Offlimits (fictief voorbeeld).")
    grab(frontoffice, "frontoffice-advice")
    frontoffice.frontoffice.dialogs.ask_folder = lambda title: outbox
    frontoffice.frontoffice.dialogs.confirm = lambda question: True
    form.record_button.click()
    [advice] = list(outbox.iterdir())
    frontoffice.lock()
    frontoffice.close()

    station = opened(TRAINING_FOLDER)
    station.frontoffice.dialogs.ask_package = lambda title: advice
    station.frontoffice.import_action.trigger()
    if station.casework is None:
        return 1
    first = min(station.casework.cases(), key=lambda case: case.id)
    station.open_intake(first.id)
    station.show_summary()
    station.statusBar().clearMessage()
    grab(station, "summary-advice")
    station.lock()
    station.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
