"""The main window: one frame whose screens swap, and the guards around them.

Flow: first run (set-up, recovery key) or unlock -> home (case list) -> interview -> summary
-> read-back. Locking (shortcut, idle time from policy.yaml, the OS locking the screen)
closes the session, empties every screen and returns to unlock; drafts are already saved.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QProcess, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from intake_app.diagnostics import log_event
from intake_app.paths import key_file_exists
from intake_app.training_identity import TRAINING_OFFICER_NAME, TRAINING_PASSPHRASE
from intake_app.ui.frontoffice.hookup import FrontofficeHookup
from intake_app.ui.garbage import freeze_long_lived
from intake_app.ui.language import current_language
from intake_app.ui.language_menu import build_language_menu, next_start_message, remember_language
from intake_app.ui.preload import Preloaded
from intake_app.ui.screens.home import HomeScreen
from intake_app.ui.screens.readback import ReadBackScreen
from intake_app.ui.screens.recovery_key import RecoveryKeyScreen
from intake_app.ui.screens.setup import SetupRequest, SetupScreen
from intake_app.ui.screens.summary import SummaryScreen
from intake_app.ui.screens.unlock import ResetRequest, UnlockScreen
from intake_app.ui.security.clipboard import ClipboardGuard, clear_clipboard
from intake_app.ui.security.idle_lock import IdleLock
from intake_app.ui.security.privacy_screen import PrivacyScreen, privacy_shortcut_text
from intake_app.ui.security.screen_lock import ScreenLockMonitor
from intake_app.ui.widgets.training_banner import TrainingBanner
from intake_app.ui.worker import run_in_background

if TYPE_CHECKING:
    # The window shows before the store, the vault and the domain are imported (about a
    # second on a laptop): they arrive on a background thread meanwhile (ui/preload.py).
    from intake_app.casework import CaseFile, Casework
    from intake_app.forms.model import Form
    from intake_app.session import Session
    from intake_app.ui.about import AboutDialog
    from intake_app.ui.case_source import CaseworkSource
    from intake_app.vault import KdfParams, OfficerEntry

# Never personal data in the title: it shows in the taskbar and in screen-sharing pickers.
WINDOW_TITLE = "Intake (politie)"
TRAINING_TITLE = "Intake (politie) — OEFENING"
LOCK_SHORTCUT = QKeySequence("Ctrl+L")
DEFAULT_IDLE_LOCK_SECONDS = 5 * 60
PREFERRED_SIZE = QSize(1180, 760)


def user_message(problem: Exception) -> str:
    """What the officer reads: our own errors (with a `code`) say what to do."""
    from intake_app.problems import describe, has_text

    if has_text(problem):
        return describe(problem, current_language())
    return QApplication.translate(
        "MainWindow",
        "Er ging iets mis ({kind}). Er is niets verloren van wat al was opgeslagen. "
        "Probeer het opnieuw; blijft het misgaan, meld het aan de beheerder.",
    ).replace("{kind}", type(problem).__name__)


def _recovery_key_to_reissue(session: Session) -> str | None:
    """On a worker, right after unlock: an administrator whose last recovery key was left
    unconfirmed (locked, closed, crashed) gets a new one; the unconfirmed one is revoked."""
    is_admin = any(
        officer.id == session.officer_id and officer.role == "admin"
        for officer in session.vault.officers()
    )
    if not is_admin or not session.recovery_key_unconfirmed():
        return None
    return session.replace_recovery_key()


def fits(preferred: QSize, available: QSize) -> bool:
    return preferred.width() <= available.width() and preferred.height() <= available.height()


class MainWindow(QMainWindow):
    def __init__(
        self,
        data_dir: Path | None = None,
        training: bool = False,
        form: Form | None = None,
        kdf: KdfParams | None = None,
        clock: Callable[[], float] = time.monotonic,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from intake_app.paths import data_dir as default_data_dir

        self.setObjectName("mainWindow")
        self.training = training
        self.language = language
        self.data_dir = data_dir or default_data_dir()
        self._preloaded = Preloaded(form)
        self._kdf = kdf
        self.session: Session | None = None
        self.casework: Casework | None = None
        self.case: CaseFile | None = None
        self.interview_screen: Any = None
        self.admin: Any = None
        self.letters: Any = None
        # A recovery key is on screen and not yet confirmed put away: nothing leaves it.
        self._recovery_pending = False
        self._case_source: CaseworkSource | None = None
        # Where the officer was when the window locked: (officer, intake id or None, screen).
        self._resume: tuple[str, int | None, str] | None = None
        self.setWindowTitle(TRAINING_TITLE if training else WINDOW_TITLE)
        self.resize(PREFERRED_SIZE)

        frame = QWidget(self)
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        frame_layout.setSpacing(0)
        self.training_banner = TrainingBanner(frame)
        self.training_banner.setVisible(training)
        frame_layout.addWidget(self.training_banner)
        self.screens = QStackedWidget(frame)
        frame_layout.addWidget(self.screens, stretch=1)
        self.setCentralWidget(frame)

        self.setup = SetupScreen(self.screens)
        self.recovery = RecoveryKeyScreen(self.screens)
        self.unlock = UnlockScreen(self.screens)
        self.home = HomeScreen(self.screens)
        self.interview_host = QWidget(self.screens)
        self.interview_host.setObjectName("interviewHost")
        QVBoxLayout(self.interview_host).setContentsMargins(0, 0, 0, 0)
        self.summary = SummaryScreen(self.screens)
        self.readback = ReadBackScreen(self.screens)
        self.letters_host = QWidget(self.screens)
        self.letters_host.setObjectName("lettersHost")
        letters_layout = QVBoxLayout(self.letters_host)
        letters_layout.setContentsMargins(0, 0, 0, 0)
        self.letters_back = QPushButton(self.tr("Terug naar de samenvatting"), self.letters_host)
        self.letters_back.setObjectName("lettersBack")
        self.letters_back.clicked.connect(self.show_summary)
        letters_layout.addWidget(self.letters_back, alignment=Qt.AlignmentFlag.AlignLeft)
        self.admin_host = QWidget(self.screens)
        self.admin_host.setObjectName("adminHost")
        QVBoxLayout(self.admin_host).setContentsMargins(0, 0, 0, 0)
        for screen in (
            self.letters_host,
            self.admin_host,
            self.setup,
            self.recovery,
            self.unlock,
            self.home,
            self.interview_host,
            self.summary,
            self.readback,
        ):
            self.screens.addWidget(screen)

        self._build_actions()
        self._connect_screens()
        self.frontoffice = FrontofficeHookup(self, self)  # the TSM frontoffice step (R1)
        self.privacy = PrivacyScreen(self)
        # The idle time from policy.yaml is set on unlock; locked, there is nothing to guard.
        # Its filter on every event of the application is installed at the first unlock, not
        # here: a Python filter before the first paint cost the start-up about a fifth.
        self.idle_lock = IdleLock(DEFAULT_IDLE_LOCK_SECONDS, clock=clock, parent=self)
        self.idle_lock.lock_requested.connect(self.lock)
        # Copies from the app's fields are marked (no Win+V history, no cloud clipboard); the
        # guard and the idle lock's filter are installed at the first unlock, not at start-up.
        self.clipboard_guard = ClipboardGuard(self)
        self._idle_filter_installed = False
        self.screen_lock = ScreenLockMonitor(self)
        self.screen_lock.screen_locked.connect(self.lock)
        self._show_start()

    # -- building -------------------------------------------------------------------------
    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.language_menu = build_language_menu(
            self.menuBar(), self.language, self._choose_language
        )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&Over deze app"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

        self.toolbar = QToolBar(self.tr("Werkbalk"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.home_action = QAction(self.tr("Intakes"), self)
        self.home_action.triggered.connect(self.show_home)
        self.hide_action = QAction(
            self.tr("Scherm verbergen ({key})").replace("{key}", privacy_shortcut_text()), self
        )
        self.hide_action.setObjectName("hideScreenAction")
        self.hide_action.triggered.connect(lambda: self.privacy.hide_everything())
        self.lock_action = QAction(
            self.tr("Vergrendelen ({key})").replace(
                "{key}", LOCK_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
            ),
            self,
        )
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(LOCK_SHORTCUT)
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.admin_action = QAction(self.tr("Beheer"), self)
        self.admin_action.setObjectName("adminAction")
        self.admin_action.triggered.connect(self.show_admin)
        for action in (self.home_action, self.admin_action, self.hide_action, self.lock_action):
            self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)

    def _choose_language(self, code: str) -> None:
        remember_language(code)
        self.statusBar().showMessage(next_start_message(code))

    def _connect_screens(self) -> None:
        self.setup.submitted.connect(self._run_setup)
        self.recovery.confirmed.connect(self._recovery_key_confirmed)
        self.unlock.unlock_requested.connect(self._run_unlock)
        self.unlock.reset_requested.connect(self._run_reset)
        self.home.new_intake_requested.connect(self.start_intake)
        self.home.open_requested.connect(self.open_intake)
        self.home.training_requested.connect(self.open_training)
        self.home.training_button.setVisible(not self.training)
        self.summary.back_requested.connect(self._back_to_interview)
        self.summary.readback_requested.connect(self.show_readback)
        self.summary.letters_requested.connect(self.show_letters)
        self.summary.finalise_requested.connect(self._finalise)
        self.summary.amend_requested.connect(self._amend)
        self.readback.back_requested.connect(self.show_summary)

    @property
    def form(self) -> Form:
        """The interview form, loaded on a background thread while the first screen shows."""
        return self._preloaded.form()

    def _form_or_message(self, show_error: Callable[[str], None]) -> Form | None:
        try:
            return self.form
        except Exception as problem:  # a damaged form file: said on screen, never a crash
            show_error(user_message(problem))
            return None

    # -- start, set-up, unlock ------------------------------------------------------------
    def _set_unlocked(self, unlocked: bool) -> None:
        self.toolbar.setVisible(unlocked)

    def _show_start(self) -> None:
        self._set_unlocked(False)
        if self.training:
            self.unlock.show_officers([], reduced_protection=False)
            self.unlock.officer.addItem(TRAINING_OFFICER_NAME, "oefen")
            self.unlock.training_hint.setText(
                self.tr("Oefenomgeving: de wachtwoordzin is “{passphrase}”.").replace(
                    "{passphrase}", TRAINING_PASSPHRASE
                )
            )
            self.unlock.training_hint.show()
            self.unlock.forgot_button.hide()
            self.screens.setCurrentWidget(self.unlock)
            self._preload_when_shown()
        elif not key_file_exists(self.data_dir):
            self.screens.setCurrentWidget(self.setup)
            self._preload_when_shown()
            self._check_keyring_for_setup()
        else:
            self._show_unlock()

    def _check_keyring_for_setup(self) -> None:
        """Reduced protection said at set-up too, while the administrator can still act."""

        def work(_report: Callable[[float], None]) -> bool:
            from intake_app.vault.keyring_status import keyring_status

            return not keyring_status().usable

        run_in_background(work, self.setup.show_reduced_protection, lambda _p: None, owner=self)

    def _show_unlock(self) -> None:
        """The unlock screen at once; the officers arrive from the key file a moment later,
        read on a worker so the window never waits for the vault's cryptography to load."""
        from intake_app.key_file_peek import officers_on_file

        self._set_unlocked(False)
        self.screens.setCurrentWidget(self.unlock)
        # The names at once from the file (a few kB, standard library only), so the officer
        # can type while the vault loads; the vault's own read follows and validates it.
        listed = officers_on_file(self.data_dir)
        if listed:
            self.unlock.show_officers(listed, reduced_protection=False)
            self.unlock.set_busy(False)
        else:
            self.unlock.set_busy(True)
        data_dir, kdf = self.data_dir, self._kdf

        def work(_report: Callable[[float], None]) -> tuple[list[OfficerEntry], bool]:
            from intake_app.vault import Vault

            vault = Vault.open(data_dir, kdf=kdf)
            return vault.officers(), vault.reduced_protection

        run_in_background(work, self._show_officers, self._show_officers_problem, owner=self)

    def _show_officers(self, result: tuple[list[OfficerEntry], bool]) -> None:
        officers, reduced_protection = result
        self.unlock.set_busy(False)
        self.unlock.message.clear_message()
        self.unlock.show_officers(officers, reduced_protection)
        self._preloaded.start()  # now, not earlier: it would slow reading the officers down

    def _show_officers_problem(self, problem: Exception) -> None:
        self.unlock.show_officers([], reduced_protection=False)
        self.unlock.show_error(user_message(problem))
        self._preloaded.start()

    def _preload_when_shown(self) -> None:
        """The background load begins once the window shows, so it does not delay that."""
        QTimer.singleShot(0, self._preloaded.start)

    def _run_setup(self, request: SetupRequest) -> None:
        # The form first: it waits for the background load, which imports what comes next.
        if self._form_or_message(self.setup.show_error) is None:
            return
        from intake_app.consultation import first_run_frontoffice
        from intake_app.session import first_run
        from intake_app.station_profile import StationProfile, save_station_profile

        self.setup.set_busy(True)
        data_dir, kdf = self.data_dir, self._kdf

        def work(_report: Callable[[float], None]) -> tuple[Session, str]:
            if request.role == "frontoffice":
                return first_run_frontoffice(
                    data_dir,
                    request.station_name,
                    request.admin_id,
                    request.admin_name,
                    request.passphrase,
                    kdf=kdf,
                )
            profile = StationProfile(
                name=request.station_name,
                address=request.station_address,
                phone=request.station_phone,
            )
            save_station_profile(data_dir, profile)
            return first_run(
                data_dir, request.admin_id, request.admin_name, request.passphrase, kdf=kdf
            )

        def done(result: tuple[Session, str]) -> None:
            session, recovery_key = result
            self._start_session(session)
            self.setup.clear_personal_data()
            self._show_recovery_key(recovery_key)

        run_in_background(
            work, done, lambda problem: self.setup.show_error(user_message(problem)), owner=self
        )

    def _run_unlock(self, officer_id: str, passphrase: str) -> None:
        # The form first: it waits for the background load, which imports what comes next.
        form = self._form_or_message(self.unlock.show_error)
        if form is None:
            return
        from intake_app.session import open_session
        from intake_app.training import open_training_session

        data_dir, kdf, training = self.data_dir, self._kdf, self.training

        def work(_report: Callable[[float], None]) -> tuple[Session, str | None]:
            if training:
                return open_training_session(data_dir, form, kdf=kdf), None
            session = open_session(data_dir, officer_id, passphrase, kdf=kdf)
            return session, _recovery_key_to_reissue(session)

        def done(result: tuple[Session, str | None]) -> None:
            session, new_recovery_key = result
            self.unlock.clear_personal_data()
            self.unlock.message.clear_message()
            self.unlock.set_busy(False)
            self._start_session(session)
            if new_recovery_key is not None:
                self._show_recovery_key(new_recovery_key)
            elif not self._resume_where_locked():
                self.show_home()

        run_in_background(
            work, done, lambda problem: self.unlock.show_error(user_message(problem)), owner=self
        )

    def _run_reset(self, request: ResetRequest) -> None:
        from intake_app.vault import Vault

        data_dir, kdf = self.data_dir, self._kdf

        def work(_report: Callable[[float], None]) -> None:
            Vault.open(data_dir, kdf=kdf).reset_officer(
                request.recovery_key, request.officer_id, request.new_passphrase
            )

        run_in_background(
            work,
            lambda _none: self.unlock.reset_done(),
            lambda problem: self.unlock.show_error(user_message(problem)),
            owner=self,
        )

    def _start_session(self, session: Session) -> None:
        from intake_app.casework import Casework
        from intake_app.station_profile import load_station_profile

        station = load_station_profile(self.data_dir)
        self.session = session
        self.casework = Casework(
            session, self.form, station.name if station else "", training=self.training
        )
        self.idle_lock.set_idle_limit(self.form.policy.idle_lock_minutes * 60)
        self.idle_lock.reset()
        app = QApplication.instance()
        if app is not None and not self._idle_filter_installed:
            app.installEventFilter(self.idle_lock)
            app.installEventFilter(self.clipboard_guard)
            self._idle_filter_installed = True
        self._set_unlocked(True)
        freeze_long_lived()  # before any case is read: see ui/garbage.py
        self.admin_action.setVisible(self._may_administer(session))
        self.home.notice.show_message(self._session_notice(session))
        self.frontoffice.session_started()

    def _show_recovery_key(self, recovery_key: str) -> None:
        """Shown once; the toolbar and every other way off stay shut until confirmed."""
        casework = self.casework
        station = (casework.station if casework else "") or self.frontoffice.region()
        officer_id = (self.session.officer_id if self.session else None) or ""
        administrator = casework.officer_names().get(officer_id, officer_id) if casework else ""
        self._leave_case()
        self._drop_admin()
        self._recovery_pending = True
        self._set_unlocked(False)
        self.recovery.show_key(recovery_key, station, administrator)
        self.screens.setCurrentWidget(self.recovery)
        self.recovery.stored.setFocus()

    def _recovery_key_confirmed(self) -> None:
        if self.session is not None:
            try:
                self.session.confirm_recovery_key()
            except Exception as problem:  # the key stays unconfirmed: a new one next unlock
                self.home.notice.show_message(user_message(problem))
        self._recovery_pending = False
        self._set_unlocked(True)
        self.show_home()

    def _may_administer(self, session: Session) -> bool:
        from intake_app.ui.admin.screen import is_admin

        return not self.training and is_admin(session)

    def _session_notice(self, session: Session) -> str:
        """What the officer should know on unlocking; counts only, no content."""
        notes = []
        if session.failed_unlocks:
            notes.append(
                self.tr(
                    "Sinds uw vorige aanmelding is {count} keer geprobeerd met uw naam te "
                    "ontgrendelen met een verkeerde wachtwoordzin. Was u dat niet, meld het "
                    "aan de beheerder."
                ).replace("{count}", str(len(session.failed_unlocks)))
            )
        if session.purged:
            notes.append(
                self.tr(
                    "{count} afgeronde intakes zijn volgens de bewaartermijn van deze laptop "
                    "verwijderd."
                ).replace("{count}", str(session.purged))
            )
        if session.store_was_missing:
            notes.append(
                self.tr(
                    "De database ontbrak; er is een nieuwe, lege database gemaakt. Zet zo nodig "
                    "een back-up terug."
                )
            )
        return "\n".join(notes)

    # -- cases ----------------------------------------------------------------------------
    def show_home(self) -> None:
        if self.casework is None or self._recovery_pending:
            return
        self._leave_case()
        if self.frontoffice.show_desk():  # a frontoffice opens on its queue
            return
        if self._case_source is None or self._case_source.casework is not self.casework:
            from intake_app.ui.case_source import CaseworkSource

            self._case_source = CaseworkSource(self.casework)
        # The list is read on a worker, a page at a time: the window shows at once.
        self.home.show_source(self._case_source, self.training)
        self.screens.setCurrentWidget(self.home)

    def start_intake(self) -> None:
        if self.casework is None or self._recovery_pending:
            return
        try:
            case = self.casework.start()
        except Exception as problem:
            self.statusBar().showMessage(user_message(problem))
            return
        self._show_case(case)

    def open_intake(self, intake_id: int) -> None:
        if self.casework is None or self._recovery_pending:
            return
        case = self.casework.open(intake_id)
        if case.editable:
            self._show_case(case)
        else:
            self.case = case
            self.show_summary()

    def _show_case(self, case: CaseFile) -> None:
        from intake_app.ui.interview.screen import InterviewScreen

        self._leave_case()
        self.case = case
        screen = InterviewScreen(case.interview, case.persist, self.language, self.interview_host)
        screen.summary_requested.connect(self.show_summary)
        screen.readback_requested.connect(self.show_readback)
        screen.answer_saved.connect(self._check_series)
        layout = self.interview_host.layout()
        if layout is not None:
            layout.addWidget(screen)
        self.interview_screen = screen
        self.screens.setCurrentWidget(self.interview_host)
        screen.focus_first_open_question()

    def _check_series(self, key: str) -> None:
        """R7: as soon as a suspect's identifier or an image location is saved, say calmly
        where else it appears."""
        from intake_app.casework import is_indexed_answer_key

        if self.case is None or self.interview_screen is None:
            return
        if is_indexed_answer_key(key):
            message = self.case.identifier_matches(key, self.language)
            self.interview_screen.show_identifier_matches(key, message)

    def _leave_case(self) -> None:
        if self.interview_screen is not None:
            self.interview_screen.clear_personal_data()
            self.interview_screen.hide()
            self.interview_screen.deleteLater()
            self.interview_screen = None
        self._drop_letters()
        self.summary.clear_personal_data()
        self.readback.clear_personal_data()
        self.case = None

    def _back_to_interview(self) -> None:
        if self.case is None:
            return
        if self.interview_screen is None:
            self._show_case(self.case)
        else:
            self.screens.setCurrentWidget(self.interview_host)

    def show_summary(self) -> None:
        from intake_app.triage.contract import BadAnswers

        case = self.case
        if case is None:
            return
        decision = case.decision(self.language)
        if isinstance(decision, BadAnswers):
            self.statusBar().showMessage(
                self.tr("De beoordeling kan nog niet: controleer {field}.").replace(
                    "{field}", decision.field
                )
            )
            return
        names = self.casework.officer_names() if self.casework is not None else {}
        self.summary.show_decision(
            case.summary.reference,
            decision,
            case.open_question_texts(self.language),
            "draft" if case.editable else case.summary.status,
            [
                (record.amended_at, names.get(record.amended_by, record.amended_by), record.reason)
                for record in case.amendments()
            ],
        )
        self.frontoffice.show_for_case(case)
        self.screens.setCurrentWidget(self.summary)

    def show_readback(self) -> None:
        if self.case is None:
            return
        self.readback.show_lines(self.case.read_back(self.language))
        self.screens.setCurrentWidget(self.readback)

    def _finalise(self) -> None:
        if self.case is None:
            return
        try:
            self.case.finalise()
        except Exception as problem:
            self.summary.message.show_message(user_message(problem))
            return
        if self.interview_screen is not None:
            self.interview_screen.clear_personal_data()
            self.interview_screen.deleteLater()
            self.interview_screen = None
        self.show_summary()
        self.summary.message.show_message(self.tr("De intake is afgerond."))

    def _amend(self, reason: str) -> None:
        if self.case is None:
            return
        try:
            self.case.amend(reason)
        except Exception as problem:
            self.summary.message.show_message(user_message(problem))
            return
        self._show_case(self.case)

    def show_letters(self) -> None:
        """Referral letters for the open case: consent per service, preview, print, save."""
        from intake_app.casework import CaseworkError
        from intake_app.forms.yaml_source import FormFileError
        from intake_app.ui.letters import LettersScreen
        from intake_app.ui.letters.audit import store_recorder, store_routes

        case, session, casework = self.case, self.session, self.casework
        if case is None or session is None or casework is None:
            return
        try:
            letters = casework.letters(case, self.data_dir)
        except (CaseworkError, FormFileError) as problem:  # the directory may not load
            self.summary.message.show_message(user_message(problem))
            return
        self._drop_letters()
        record_route, load_routes = store_routes(
            session.store, case.summary.id, letters.officer_id, casework.officer_names
        )
        self.letters = LettersScreen(
            letters.current_case,
            letters.directory,
            store_recorder(session.store, case.summary.id, letters.officer_id),
            training=self.training,
            language="en" if self.language == "en" else "nl",
            policy=self.form.policy,
            record_route=record_route,
            load_routes=load_routes,
            ask_consent=lambda _service: self._ask_consent_now(),
            parent=self.letters_host,
        )
        layout = self.letters_host.layout()
        if layout is not None:
            layout.addWidget(self.letters)
        self.letters.refresh()
        self.screens.setCurrentWidget(self.letters_host)

    def _ask_consent_now(self) -> None:
        """From the letters screen back to the interview's consent questions."""
        self._back_to_interview()
        if self.interview_screen is not None:
            self.interview_screen.go_to_section("consent")

    def _drop_letters(self) -> None:
        if self.letters is not None:
            self.letters.clear_personal_data()
            self.letters.hide()
            self.letters.deleteLater()
            self.letters = None

    def show_admin(self) -> None:
        from intake_app.ui.admin import AdminScreen

        if self.session is None or self._recovery_pending:
            return
        if not self._may_administer(self.session):
            return
        self._leave_case()
        if self.admin is None:
            self.admin = AdminScreen(self.session, self.data_dir)
            self.admin.recovery_key_issued.connect(self._show_recovery_key)
            layout = self.admin_host.layout()
            if layout is not None:
                layout.addWidget(self.admin)
        self.admin.refresh()
        self.screens.setCurrentWidget(self.admin_host)

    def _drop_admin(self) -> None:
        if self.admin is not None:
            self.admin.clear_personal_data()
            self.admin.hide()
            self.admin.deleteLater()
            self.admin = None

    # -- guards ---------------------------------------------------------------------------
    def _remember_where(self) -> None:
        session, current = self.session, self.screens.currentWidget()
        self._resume = None
        if session is None or session.officer_id is None or self._recovery_pending:
            return
        screens = {
            self.interview_host: "interview",
            self.summary: "summary",
            self.readback: "readback",
            self.letters_host: "letters",
        }
        if current is self.admin_host:
            self._resume = (session.officer_id, None, "admin")
        elif self.case is not None and current in screens:
            self._resume = (session.officer_id, self.case.summary.id, screens[current])

    def _resume_where_locked(self) -> bool:
        """After unlock, the same officer returns to the intake and screen that were open."""
        resume, self._resume = self._resume, None
        session = self.session
        if resume is None or session is None or session.officer_id != resume[0]:
            return False
        _officer, intake_id, screen = resume
        if screen == "admin":
            self.show_admin()
            return self.screens.currentWidget() is self.admin_host
        if intake_id is None:
            return False
        try:
            self.open_intake(intake_id)
        except Exception:  # purged or unreadable meanwhile: the list is the safe place
            return False
        if self.case is None:
            return False
        show = {
            "summary": self.show_summary,
            "readback": self.show_readback,
            "letters": self.show_letters,
        }.get(screen)
        if show is not None:
            if screen == "letters":
                self.show_summary()  # the letters' back button returns there
            show()
        return True

    def lock(self) -> None:
        """Close the session and empty every view; the next officer must unlock again."""
        self._remember_where()
        self.privacy.drop_hidden_windows()
        self.privacy.reveal()
        self._leave_case()
        self.home.clear_personal_data()
        # An unconfirmed recovery key stays unconfirmed in the audit log: the next
        # administrator to unlock gets a new one (the one shown now is revoked then).
        self._recovery_pending = False
        self.recovery.clear_personal_data()
        self.setup.clear_personal_data()
        self._drop_admin()
        self.frontoffice.clear_personal_data()
        clear_clipboard()
        if self.session is not None:
            self.session.close()
            log_event(self.data_dir, "locked")
        self.session = None
        self.casework = None
        self._case_source = None
        if self.training or not key_file_exists(self.data_dir):
            self._show_start()
        else:
            self._show_unlock()

    def is_locked(self) -> bool:
        return self.session is None

    def open_training(self) -> None:
        """The training store runs as its own process, so nothing of it mixes with real cases."""
        QProcess.startDetached(sys.executable, [*self._self_command(), "demo"])

    @staticmethod
    def _self_command() -> list[str]:
        return [] if getattr(sys, "frozen", False) else ["-m", "intake_app"]

    def show_on_screen(self) -> None:
        """The preferred size where it fits; maximised on a small screen or at large scaling
        (a 1366 x 768 laptop at 125 % has 1093 x 614 to offer), never beyond the screen."""
        screen = self.screen()
        available = screen.availableGeometry().size() if screen is not None else PREFERRED_SIZE
        if fits(PREFERRED_SIZE, available):
            self.show()
        else:
            self.showMaximized()

    def show_about(self) -> AboutDialog:
        from intake_app.ui.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle_lock)
        super().closeEvent(event)
