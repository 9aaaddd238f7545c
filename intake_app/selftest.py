"""`intake-app --self-test`: does this installation work? For the station's administrator.

One function per check, each returning a `CheckResult`; a check that raises counts as failed,
so one broken part never hides the others. The report says what works and what to do, never
anything about people: the only data it touches is a fictional scratch store in a temporary
folder, removed afterwards, and the fictional example case of intake_app/referrals/example.py.

Qt is never imported in this process: it is started in a child process (`--self-test-probe
qt`), so a Qt abort (a missing platform plugin kills the process) still leaves a report.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TextIO

from intake_app import APP_NAME, __version__
from intake_app.paths import DATA_DIR_ENV

Status = Literal["OK", "LET OP", "FOUT"]
EXIT_FAILED = 1
PROBE_FLAG = "--self-test-probe"
QT_PROBE_TIMEOUT_SECONDS = 60
EXPECTED_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")  # what the letters and window use
MINIMUM_SQLCIPHER_MAJOR = 4

# The scratch store: a fictional officer and a marker answer nobody could mistake for a case.
SCRATCH_OFFICER = "zelftest"
SCRATCH_ANSWER_KEY = "selftest_marker"
SCRATCH_ANSWER = "zelftest-markering-fictief"


@dataclass(frozen=True)
class CheckResult:
    status: Status
    summary: str  # one line, Dutch first
    details: tuple[str, ...] = ()  # what went wrong and what to do


def ok(summary: str, *details: str) -> CheckResult:
    return CheckResult("OK", summary, details)


def warning(summary: str, *details: str) -> CheckResult:
    return CheckResult("LET OP", summary, details)


def failed(summary: str, *details: str) -> CheckResult:
    return CheckResult("FOUT", summary, details)


# --- Qt platform plugin -----------------------------------------------------------------


def probe_command() -> list[str]:
    """How to start this same program as the Qt probe, frozen or from source."""
    if getattr(sys, "frozen", False):  # PyInstaller: the executable is the app itself
        return [sys.executable, PROBE_FLAG, "qt"]
    return [sys.executable, "-m", "intake_app", PROBE_FLAG, "qt"]


def qt_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The probe's environment: the current one, offscreen when a Linux box has no display."""
    env = dict(environ)
    no_display = not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display and not env.get("QT_QPA_PLATFORM"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_qt_probe(out: TextIO) -> int:
    """The child process: start a QApplication, find Qt's Dutch translations and the app's
    English one, report as JSON."""
    from PySide6.QtCore import QLibraryInfo, QTranslator, qVersion
    from PySide6.QtWidgets import QApplication

    from intake_app.paths import resource_path
    from intake_app.ui.none_guard import keep_none_alive

    app = QApplication([APP_NAME])
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    dutch = QTranslator(app).load("qtbase_nl", translations)
    english = QTranslator(app)
    english_loaded = english.load("intake_app_en", str(resource_path("translations")))
    app_en = english_loaded and english.translate("UnlockScreen", "Ontgrendelen") == "Unlock"
    facts = {
        "qt": qVersion(),
        "platform": app.platformName(),
        "qtbase_nl": dutch,
        "app_en": app_en,
        "none_guarded": keep_none_alive(),  # PySide6 6.12's leak (ui/none_guard.py)
    }
    out.write(json.dumps(facts))
    out.write("\n")
    return 0


def _last_lines(text: str, count: int = 4) -> tuple[str, ...]:
    return tuple(line for line in text.strip().splitlines()[-count:] if line.strip())


def check_qt_platform(
    environ: Mapping[str, str] | None = None,
    command: Sequence[str] | None = None,
    startup_problem: Callable[[Mapping[str, str]], str | None] | None = None,
) -> CheckResult:
    from intake_app.ui.system_libraries import qt_startup_problem

    env = qt_environment(os.environ if environ is None else environ)
    problem = (startup_problem or qt_startup_problem)(env)
    if problem:
        return failed("Qt kan niet starten / Qt cannot start", *problem.splitlines())
    try:
        result = subprocess.run(  # noqa: S603 - our own program, fixed arguments
            list(command or probe_command()),
            env=env,
            capture_output=True,
            text=True,
            timeout=QT_PROBE_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return failed(
            "Qt start niet / Qt did not start",
            f"Qt did not start within {QT_PROBE_TIMEOUT_SECONDS} s.",
        )
    try:
        facts = json.loads(result.stdout.strip().splitlines()[-1]) if result.returncode == 0 else {}
    except (IndexError, ValueError):
        facts = {}
    if not facts:
        return failed(
            f"Qt start niet / Qt did not start (exit code {result.returncode})",
            *_last_lines(result.stderr),
            "Reinstall the app; on Linux also check the Qt system libraries.",
        )
    summary = f"Qt {facts.get('qt')} start (platform {facts.get('platform')})"
    if not facts.get("qtbase_nl"):
        return failed(
            f"{summary}, maar Nederlandse Qt-vertalingen ontbreken",
            "Qt's qtbase_nl translations are missing: dialog buttons would be in English. "
            "Reinstall the app.",
        )
    if not facts.get("app_en"):
        return failed(
            f"{summary}, maar de Engelse vertaling van de app ontbreekt",
            "resources/translations/intake_app_en.qm is missing or damaged: the English "
            "interface would show Dutch. Reinstall the app.",
        )
    if not facts.get("none_guarded"):
        return failed(
            f"{summary}, maar de bescherming tegen het referentielek van PySide6 werkt niet",
            "None is not guarded against PySide6 6.12's reference leak: the app would abort "
            "after a long session (none_dealloc). Build it with CPython 3.11 or newer.",
        )
    return ok(f"{summary}, Nederlandse Qt-vertalingen en Engelse vertaling aanwezig")


# --- Fonts ---------------------------------------------------------------------------------


def check_fonts(folder: Path | None = None) -> CheckResult:
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    from intake_app.paths import resource_path

    fonts = folder or resource_path("fonts")
    broken = []
    for file_name in EXPECTED_FONTS:
        try:
            TTFont(file_name.removesuffix(".ttf"), str(fonts / file_name))
        except (OSError, TTFError):
            broken.append(file_name)
    if broken:
        return failed(
            "Lettertypen ontbreken of zijn beschadigd / fonts missing or damaged",
            f"Could not load {', '.join(broken)} from {fonts}. Reinstall the app.",
        )
    return ok(f"Lettertypen laden: {', '.join(EXPECTED_FONTS)}")


# --- SQLCipher and an encrypted scratch store ---------------------------------------------


def check_sqlcipher(version: Callable[[], str] | None = None) -> CheckResult:
    from intake_app.store.sqlcipher import cipher_version

    try:
        found = (version or cipher_version)()
    except RuntimeError as problem:
        return failed("SQLCipher ontbreekt / SQLCipher missing", str(problem))
    major = found.split(".")[0]
    if not major.isdigit() or int(major) < MINIMUM_SQLCIPHER_MAJOR:
        return failed(
            f"SQLCipher {found} is te oud / too old",
            f"The store needs SQLCipher {MINIMUM_SQLCIPHER_MAJOR} or newer. Reinstall the app.",
        )
    return ok(f"SQLCipher {found}")


def _readable_without_key(database: Path) -> bool:
    connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()
    return True


def check_encrypted_store(scratch_parent: Path | None = None) -> CheckResult:
    """First run, save an answer, reopen, read it back; the file must be unreadable without
    the key. The OS credential store is swapped for a failing one meanwhile, so the scratch
    vault leaves no entry in it."""
    from intake_app.store.schema import MIGRATIONS_DIR, head_revision

    try:
        head_revision()  # the store runs these migrations at every open
    except Exception:
        return failed(
            "Schemamigraties van de opslag ontbreken / store migrations missing",
            f"No schema revisions in {MIGRATIONS_DIR}: no store can be opened. Reinstall the app.",
        )
    try:
        answer, raw, readable = _scratch_round_trip(scratch_parent)
    except Exception as problem:  # the store's own messages advise restoring real data: not here
        return failed(
            "Versleutelde proefopslag werkt niet / encrypted scratch store failed",
            f"{type(problem).__name__} in a scratch store (not the station's data). "
            "Reinstall the app; if that does not help, report this line to the maintainers.",
        )
    if answer != SCRATCH_ANSWER:
        return failed(
            "Versleutelde proefopslag: antwoord kwam niet terug / answer not read back",
            "The store saved an answer but did not return it after reopening. "
            "Reinstall the app; report this to the app's maintainers.",
        )
    if readable or SCRATCH_ANSWER.encode() in raw:
        return failed(
            "Versleutelde proefopslag is leesbaar zonder sleutel / readable without the key",
            "The database is not encrypted. Do not use this installation; reinstall the app.",
        )
    return ok("Versleutelde proefopslag: opslaan, heropenen, teruglezen; onleesbaar zonder sleutel")


def _scratch_round_trip(scratch_parent: Path | None) -> tuple[object, bytes, bool]:
    """(the answer read back, the database file's bytes, whether it opens without the key)."""
    import keyring
    from keyring.backends import fail

    from intake_app.session import first_run, open_session
    from intake_app.store.database import DATABASE_FILE
    from intake_app.vault import KdfParams

    cheap = KdfParams(time_cost=1, memory_cost=8, parallelism=1)  # a scratch store, not a real one
    passphrase = f"zelftest {secrets.token_hex(12)}"
    real_keyring = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    # The data-folder override also switches off the shared store's DPAPI secrets on Windows
    # (intake_app/windows/shared_store.py), so the scratch vault leaves no blob there either.
    real_override = os.environ.get(DATA_DIR_ENV)
    try:
        with tempfile.TemporaryDirectory(prefix="intake-selftest-", dir=scratch_parent) as temp:
            folder = Path(temp) / "data"
            os.environ[DATA_DIR_ENV] = str(folder)
            session, _recovery = first_run(folder, SCRATCH_OFFICER, "Zelftest", passphrase, cheap)
            try:
                intake = session.store.intakes.create(SCRATCH_OFFICER)
                session.store.answers.save(
                    intake.id, SCRATCH_ANSWER_KEY, SCRATCH_ANSWER, "answered", SCRATCH_OFFICER
                )
            finally:
                session.close()
            session = open_session(folder, SCRATCH_OFFICER, passphrase, kdf=cheap)
            try:
                record = session.store.answers.load(intake.id).get(SCRATCH_ANSWER_KEY)
            finally:
                session.close()
            database = folder / DATABASE_FILE
            return (
                None if record is None else record.value,
                database.read_bytes(),
                _readable_without_key(database),
            )
    finally:
        keyring.set_keyring(real_keyring)
        if real_override is None:
            os.environ.pop(DATA_DIR_ENV, None)
        else:
            os.environ[DATA_DIR_ENV] = real_override


# --- OS credential store -------------------------------------------------------------------


def check_keyring() -> CheckResult:
    from intake_app.vault.keyring_status import keyring_status

    status = keyring_status()
    reason = (f"Reason: {status.problem}",) if status.problem else ()
    if not status.usable:
        return warning(
            "Sleutelbos niet beschikbaar: verminderde bescherming / reduced protection",
            f"No usable OS credential store ({status.backend}): the data is protected by "
            "passphrases and the recovery key alone. Log in to a desktop session with "
            "Windows Credential Manager (or a Secret Service) available.",
            *reason,
        )
    if status.problem:
        return warning(f"Sleutelbos: {status.backend}, met een fout / with an error", *reason)
    return ok(f"Sleutelbos: {status.backend}")


def check_windows_store(
    platform: str = sys.platform, run: Callable[[Sequence[str]], str] | None = None
) -> CheckResult:
    """Windows: which store model applies; the shared folder's ACL (no Users, Authenticated
    Users or Everyone, no inheritance); no temporary or mandatory profile."""
    from intake_app.windows import folder_acl, profile, shared_store

    if platform != "win32":
        return ok("Windows-opslag: niet van toepassing / not Windows")
    shared = shared_store.active_shared_store(platform=platform)
    if shared is None:
        flags = profile.profile_type()
        kind = None if flags is None else profile.profile_problem(flags)
        if kind is not None:
            return failed(f"Windows-profiel is {kind}: gegevens verdwijnen bij afmelden")
        return ok("Opslagmodel: één gebruiker / single user (Credential Manager, lokaal)")
    try:
        findings = folder_acl.check_folder(shared, run or folder_acl.run_icacls)
    except folder_acl.FolderAclError as problem:
        return failed(
            "Rechten gedeelde opslag onleesbaar / shared store ACL unreadable", str(problem)
        )
    if findings:
        return failed(
            f"Gedeelde opslag niet afgeschermd / shared store not protected: {shared}",
            *findings,
            "Repair as administrator: intake-app-console shared-store create",
        )
    return ok(f"Gedeelde opslag afgeschermd / shared store protected: {shared}")


# --- Forms ---------------------------------------------------------------------------------


def check_form_files(path: Path | None = None) -> CheckResult:
    from intake_app.commands.forms import check_forms

    report = check_forms(path)
    if report.problems:
        shown = report.problems[:5]
        more = len(report.problems) - len(shown)
        return failed(
            f"Formulieren afgekeurd / forms rejected: {len(report.problems)} probleem/problems",
            *shown,
            *([f"... and {more} more: run `intake-app forms check`."] if more else ()),
        )
    forms = sum(1 for line in report.summary if line.endswith(": OK"))
    return ok(f"Formulieren: {forms} gecontroleerd (schema, vertalingen, voorwaarden, woordkeus)")


# --- Identifier recognition (seriality, R7) -------------------------------------------------

# Documentation examples, nobody's: a placeholder mobile number and the standard example IBAN.
EXAMPLE_IDENTIFIERS = (("phone", "06 12345678"), ("iban", "NL91 ABNA 0417 1643 00"))


def check_identifiers(examples: Sequence[tuple[str, str]] = EXAMPLE_IDENTIFIERS) -> CheckResult:
    """Phone numbers and IBANs are recognised only with phonenumbers' and schwifty's data
    files; without them every identifier would be kept unverified and matching would miss."""
    from intake_app.seriality.normalise import normalise

    unrecognised = [kind for kind, text in examples if not normalise(kind, text).verified]
    if unrecognised:
        return failed(
            "Herkenning van kenmerken werkt niet / identifier recognition broken",
            f"Example {', '.join(unrecognised)} not recognised: number and IBAN data are "
            "missing. Reinstall the app.",
        )
    return ok("Herkenning telefoonnummers en IBAN's (R7)")


# --- A referral letter ---------------------------------------------------------------------


def check_letter(service: str = "csg") -> CheckResult:
    """A letter for the fictional example case, built in memory, never written to disk."""
    from intake_app.forms.policy import load_policy
    from intake_app.pdf.fonts import register_fonts
    from intake_app.pdf.letter import render_letter
    from intake_app.referrals.directory import load_directory, shipped_directory_path
    from intake_app.referrals.example import EXAMPLE_NOW, example_case
    from intake_app.referrals.letters import compose_letter

    register_fonts()
    directory = load_directory(shipped_directory_path())
    letter = compose_letter(
        example_case(training=True),
        service,  # type: ignore[arg-type]  # a ServiceId; tests pass a wrong one on purpose
        directory,
        load_policy(),
        EXAMPLE_NOW,
    )
    pdf = render_letter(letter)
    if not pdf.startswith(b"%PDF-"):
        return failed("Verwijsbrief is geen PDF / referral letter is not a PDF")
    # Printing renders pages with PDFium (no Qt); a build that lost its library fails here.
    from intake_app.ui.letters.page_render import render_page

    page = render_page(pdf, 0, dpi=36)
    if page.width <= 0 or page.height <= 0:
        return failed("Afdrukpagina niet gerenderd / print page not rendered (PDFium)")
    return ok(
        f"Verwijsbrief (fictief voorbeeld) opgemaakt: {len(pdf) // 1024} kB PDF; "
        f"afdrukpagina gerenderd ({page.page_count} pagina's, PDFium)"
    )


def _existing_data_dir() -> Path | None:
    """The data folder if it exists; the self-test never creates it."""
    import platformdirs

    from intake_app.paths import DATA_DIR_ENV

    override = os.environ.get(DATA_DIR_ENV)
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    return folder if folder.is_dir() else None


def check_logs(folder: Path | None = None) -> CheckResult:
    """The crash log and the event log (no personal data in either), newest lines shown."""
    from intake_app.diagnostics import CRASH_LOG, EVENT_LOG, recent_lines

    folder = folder if folder is not None else _existing_data_dir()
    if folder is None:
        return ok("Logboeken: nog geen gegevensmap, dus nog niets vastgelegd / no data folder yet")
    events = recent_lines(folder, EVENT_LOG)
    crashes = recent_lines(folder, CRASH_LOG, count=8)
    details = [f"gebeurtenis: {line}" for line in events]
    if crashes:
        return warning(
            f"Logboeken: er staat een crashspoor in {folder / CRASH_LOG} / crash trace found",
            *details,
            *(f"crash: {line}" for line in crashes),
            "Geef dit bestand aan de beheerder; het bevat geen persoonsgegevens.",
        )
    return ok(f"Logboeken: geen crash; {len(events)} recente gebeurtenissen", *details)


# --- The report ----------------------------------------------------------------------------

Check = Callable[[], CheckResult]

CHECKS: tuple[tuple[str, Check], ...] = (
    ("Qt", check_qt_platform),
    ("Lettertypen", check_fonts),
    ("SQLCipher", check_sqlcipher),
    ("Proefopslag", check_encrypted_store),
    ("Sleutelbos", check_keyring),
    # The store model, shared folder ACL and profile: meaningful on Windows only.
    *((("Windows-opslag", check_windows_store),) if sys.platform == "win32" else ()),
    ("Formulieren", check_form_files),
    ("Kenmerken", check_identifiers),
    ("Verwijsbrief", check_letter),
    ("Logboeken", check_logs),
)


def run_check(name: str, check: Check) -> CheckResult:
    """A check that raises is a failed check; only the exception's kind and message show."""
    try:
        return check()
    except Exception as problem:  # one broken part must not hide the others
        first_line = (str(problem).splitlines() or [""])[0][:200]
        return failed(
            f"{name}: onverwachte fout / unexpected error",
            f"{type(problem).__name__}: {first_line}".rstrip(": "),
        )


def run_self_test(
    out: TextIO | None = None, checks: Sequence[tuple[str, Check]] | None = None
) -> int:
    out = out or sys.stdout
    checks = CHECKS if checks is None else checks
    out.write(f"{APP_NAME} {__version__} zelftest / self-test\n")
    results = []
    for name, check in checks:
        result = run_check(name, check)
        results.append(result)
        out.write(f"{result.status:<7}{result.summary}\n")
        for line in result.details:
            out.write(f"       {line}\n")
        out.flush()
    failures = sum(result.status == "FOUT" for result in results)
    warnings = sum(result.status == "LET OP" for result in results)
    if failures:
        out.write(
            f"Niet in orde: {failures} fout(en). Not OK: {failures} check(s) failed; "
            "this installation should not be used for intakes.\n"
        )
        return EXIT_FAILED
    note = f" ({warnings} waarschuwing(en) / warning(s))" if warnings else ""
    out.write(f"In orde{note}. All checks passed{note and ' with warnings'}.\n")
    return 0


def main(self_test: bool, probe: str | None) -> int:
    """Called by cli.py for `--self-test` and for the hidden Qt probe."""
    if probe == "qt":
        return run_qt_probe(sys.stdout)
    return run_self_test(sys.stdout) if self_test else 0
