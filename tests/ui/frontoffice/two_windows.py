"""A station and the region's frontoffice, each in its own data folder and its own window,
set up the way their administrators do it: keys exchanged in the Frontoffice admin tab."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from intake_app.ui.main_window import MainWindow
from intake_app.ui.worker import wait_for_background_work
from tests.frontoffice.helpers import (
    NOORD,
    PASSPHRASE,
    REGION,
    SHARED_PHONE,
    new_installation,
    run,
    sextortion_intake,
)
from tests.ui.conftest import FakeClock
from tests.ui.flow import open_window, unlock

ADVISER = "Beheerder Fictief"  # new_installation's administrator: the frontoffice's adviser


@dataclass
class Pair:
    station: MainWindow
    frontoffice: MainWindow
    station_dir: Path
    frontoffice_dir: Path
    reference: str
    files: Path


def unlocked(qtbot: QtBot, folder: Path, clock: FakeClock, language: str = "nl") -> MainWindow:
    window = open_window(qtbot, folder, clock, language=language)
    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10000)
    return window


def exported_key(window: MainWindow, folder: Path) -> tuple[Path, str]:
    """Export the installation's public key in its admin tab; the file and its fingerprint."""
    window.show_admin()
    tab = window.admin.frontoffice
    folder.mkdir(exist_ok=True)
    window.admin.dialogs.ask_folder = lambda title: folder
    tab.export_button.click()
    [key_file] = folder.iterdir()
    return key_file, tab.own_key.text().splitlines()[1]


def trust_in_window(window: MainWindow, key_file: Path, heard: str) -> str:
    """Trust `key_file` in the admin tab with the fingerprint typed as heard; the message."""
    window.show_admin()
    tab = window.admin.frontoffice
    window.admin.dialogs.confirm = lambda question: True
    tab.files.ask_key_file = lambda title: key_file
    tab.files.ask_text = lambda question: heard
    tab.trust_button.click()
    return str(tab.message.text())


def setup_pair(
    qtbot: QtBot,
    tmp_path: Path,
    clock: FakeClock,
    station_name: str = NOORD,
    language: str = "nl",
) -> Pair:
    station_dir, fo_dir = tmp_path / "station", tmp_path / "frontoffice"
    new_installation(station_dir, station_name)
    new_installation(fo_dir, None)
    reference = sextortion_intake(
        station_dir, station_name, [{"kind": "phone", "value": SHARED_PHONE}]
    )
    assert run(fo_dir, "frontoffice", "init", "--region", REGION).code == 0
    station = unlocked(qtbot, station_dir, clock, language)
    frontoffice = unlocked(qtbot, fo_dir, clock, language)
    fo_key, fo_fingerprint = exported_key(frontoffice, tmp_path / "fo-key")
    station_key, station_fingerprint = exported_key(station, tmp_path / "station-key")
    trusted = ("Vertrouwd", "Trusted")
    assert trust_in_window(station, fo_key, fo_fingerprint.lower()).startswith(trusted)
    assert trust_in_window(frontoffice, station_key, station_fingerprint).startswith(trusted)
    files = tmp_path / "share"
    files.mkdir()
    return Pair(station, frontoffice, station_dir, fo_dir, reference, files)


def open_summary(window: MainWindow, reference: str) -> None:
    assert window.casework is not None
    case = next(c for c in window.casework.cases() if c.reference == reference)
    window.open_intake(case.id)
    window.show_summary()
    assert window.screens.currentWidget() is window.summary


def submit(window: MainWindow, folder: Path, with_pdf: bool = False) -> list[str]:
    """Press "Voorleggen" on the open summary, writing to `folder`; the warnings shown."""
    warnings: list[str] = []

    def confirm(question: str) -> bool:
        warnings.append(question)
        return True

    hookup = window.frontoffice
    hookup.dialogs.ask_folder = lambda title: folder
    hookup.dialogs.confirm = confirm
    hookup.panel.with_pdf.setChecked(with_pdf)
    hookup.panel.submit_button.click()
    settle(lambda: not hookup.panel.busy)  # the package is made on a worker
    return warnings


def settle(done: Callable[[], bool], timeout_seconds: float = 10.0) -> None:
    """Let the event loop deliver a worker's outcome until `done`."""
    assert wait_for_background_work(timeout_seconds)
    deadline = time.monotonic() + timeout_seconds
    while not done():
        assert time.monotonic() < deadline, "the background work's outcome never arrived"
        QTest.qWait(10)


def import_consult(window: MainWindow, package: Path) -> str:
    desk = window.frontoffice.desk
    window.frontoffice.dialogs.ask_package = lambda title: package
    desk.queue.import_button.click()
    return str(desk.queue.message.text())


def give_advice(window: MainWindow, folder: Path, action: str) -> None:
    desk = window.frontoffice.desk
    window.frontoffice.dialogs.ask_folder = lambda title: folder
    window.frontoffice.dialogs.confirm = lambda question: True
    desk.consult.advise_button.click()
    form = desk.advice_form
    assert desk.currentWidget() is form
    form.urgent_actions.setPlainText(action)
    form.handling_buttons["basisteam_with_advice"].setChecked(True)
    form.ex_officio.setChecked(True)
    form.why.setPlainText("Minderjarig slachtoffer, geen aangifte, mogelijke serie (R10).")
    form.referrals["shn"].setChecked(True)
    form.text.setPlainText("Bel na het gesprek met Offlimits terug (fictief).")
    form.record_button.click()


def import_advice(window: MainWindow, package: Path) -> str:
    window.frontoffice.dialogs.ask_package = lambda title: package
    window.frontoffice.import_action.trigger()
    return window.frontoffice.last_message
