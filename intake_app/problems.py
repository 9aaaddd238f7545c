"""Every error's text in the interface's language, composed at the edge from code and fields.

An error of the app carries a short stable `code` (a class attribute, e.g. "vault.last_admin")
and keeps the values its message needs as instance attributes: its fields. Its str() is the
Dutch message, written where the error is raised. The window and the commands call
`describe(problem, language)`, the one place that turns an error into text:

- a template for the code and language in TEMPLATES (a `str.format` text over the fields, or a
  function of them) gives the text;
- otherwise, or when a field the template names is missing, str(problem) is shown: the Dutch
  message. A new error whose code has no template yet therefore still reads well in Dutch;
  adding its English is one entry below.

Dutch is the source language, as in the interface (Qt's tr): most codes need only "en".
Triage reasons and letter texts keep their own Dutch and English tables.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

Language = Literal["nl", "en"]
Template = str | Callable[[Mapping[str, Any]], str]

_RESTORE_HINT = (
    "Restore the latest backup into a new, empty folder (intake-app restore FILE "
    "--data-dir NEW_FOLDER)."
)
_RESET_HINT = "The administrator can reset your passphrase with the recovery key."


def _wrong_passphrase(fields: Mapping[str, Any]) -> str:
    wait = (
        f"Try again in {fields['retry_after_seconds']} seconds."
        if fields["retry_after_seconds"]
        else "Try again; mind capital letters."
    )
    return f"The passphrase is not right (failed attempt {fields['failures']}). {wait}"


def _mistyped_recovery_key(_fields: Mapping[str, Any]) -> str:
    # Imported here: a command describing a form's problem need not load the vault.
    from intake_app.vault.recovery_key import GROUP_SIZE, GROUPS

    return (
        f"The recovery key was not copied correctly. A recovery key is {GROUPS} groups of "
        f"{GROUP_SIZE} letters and digits; spaces, dashes and capitals do not matter."
    )


def _weak_passphrase(_fields: Mapping[str, Any]) -> str:
    from intake_app.vault.passphrase_rules import MIN_LENGTH

    return (
        f"This passphrase cannot be used: it is shorter than {MIN_LENGTH} characters, too easy "
        "to guess, or the current one again. Choose four or five unrelated words that have "
        "nothing to do with you or the station; digits or punctuation added to a known word "
        "hardly help."
    )


def _form_file(fields: Mapping[str, Any]) -> str:
    # The reason is written for form authors, in English, in either interface language.
    where = f"{fields['path']}:{fields['line']}" if fields["line"] else str(fields["path"])
    return f"{where}: {fields['reason']}"


def _wrong_receiver(fields: Mapping[str, Any]) -> str:
    if fields.get("revoked_own_key"):
        return (
            "This package was sealed for a revoked key of this installation and no longer "
            "opens. Ask the sender to make it again for the new key. Nothing was changed."
        )
    return (
        f"This package is meant for {fields['receiver']!r}, not for this installation; it "
        "cannot be opened here. Give it to the right receiver. Nothing was changed."
    )


def _untrusted(fields: Mapping[str, Any]) -> str:
    why = (
        "that sender's key has been revoked"
        if fields.get("revoked")
        else "that sender is not in the list of trusted keys"
    )
    return (
        f"The package comes from {fields['sender']!r} (key {fields['fingerprint']}), but {why}. "
        "It was refused; nothing was changed. Have the administrator import the key after "
        "checking it by phone."
    )


def _training_package(fields: Mapping[str, Any]) -> str:
    if fields["package_training"]:
        return (
            "This is a training package (a fictional case) and this installation is real; it "
            "was refused. Read it in the training environment. Nothing was changed."
        )
    return (
        "This is a real package and this is the training environment; it was refused. Read it "
        "in the real installation. Nothing was changed."
    )


TEMPLATES: dict[str, dict[Language, Template]] = {
    # -- vault --------------------------------------------------------------------------------
    "vault.missing": {
        "en": "There is no key file in the data folder {data_dir}. Start the app for the first "
        "time to set up a new store, or restore a backup (intake-app restore).",
    },
    "vault.exists": {
        "en": "The data folder {data_dir} already has a key file; nothing was overwritten. Open "
        "the existing store, or choose another (empty) folder.",
    },
    "vault.damaged": {
        "en": "The key file {path} is damaged and cannot be used. Nothing was overwritten. Keep "
        "a copy of this file for the administrator, restore a backup (intake-app restore) and "
        "then open the store with your passphrase or the recovery key.",
    },
    "vault.tampered": {
        "en": "The key file {path} was changed outside the app (the entry of officer "
        "{officer_id}). Nothing was overwritten. Keep a copy of this file for the "
        "administrator, restore a backup (intake-app restore) and then open the store with "
        "your passphrase or the recovery key.",
    },
    "vault.unreadable": {
        "en": "The key file {path} cannot be read ({problem}). Check that you have access to "
        "the data folder and that the disk can be reached.",
    },
    "vault.unwritable": {
        "en": "The key file {path} cannot be saved ({problem}); the old file is unchanged. "
        "Check the free disk space and the permissions on the data folder.",
    },
    "vault.newer": {
        "en": "The key file {path} was made by a newer version of the app (format {version}). "
        "Install the newest version; nothing was changed.",
    },
    "vault.unknown_officer": {
        "en": "There is no officer with the code {officer_id!r} in this store.",
    },
    "vault.wrong_passphrase": {"en": _wrong_passphrase},
    "vault.too_soon": {
        "en": "After several failed attempts you have to wait a moment: try again in "
        "{retry_after_seconds} seconds. " + _RESET_HINT,
    },
    "vault.wrong_recovery_key": {
        "en": "This recovery key does not belong to this store. Check that you use the "
        "recovery key of this computer and this data folder.",
    },
    "vault.mistyped_recovery_key": {"en": _mistyped_recovery_key},
    "vault.weak_passphrase": {"en": _weak_passphrase},
    "vault.invalid_officer": {
        "en": "This officer cannot be added: fill in a name, use an officer code no other "
        "officer has, and choose the role officer or administrator.",
    },
    "vault.last_admin": {
        "en": "Officer {officer_id} is the last administrator and cannot be removed. Add "
        "another administrator first.",
    },
    "vault.wrong_data_key": {
        "en": "The data key given does not belong to this store; nothing was changed. Unlock "
        "the store again and try once more.",
    },
    "vault.installation_secret_missing": {
        "en": "The installation secret for officer {officer_id} is missing from the operating "
        "system's credential store (the data folder was copied or the credential store was "
        "cleared). " + _RESET_HINT,
    },
    "vault.keyring_unavailable": {
        "en": "The operating system's credential store cannot be reached now, and it is "
        "needed to unlock officer {officer_id}. Sign in to the computer again, or ask the "
        "administrator to reset your passphrase with the recovery key.",
    },
    # -- store --------------------------------------------------------------------------------
    "store.missing": {
        "en": "The intake database {path} is missing, but this installation's keys are there. "
        "Nothing was created or changed. If the database was moved, put it back while the app "
        "is closed; otherwise " + _RESTORE_HINT,
    },
    "store.empty": {
        "en": "The intake database {path} is empty or shorter than one page ({size} bytes): a "
        "broken-off copy or a disk fault. Nothing was changed. " + _RESTORE_HINT,
    },
    "store.size_mismatch": {
        "en": "The intake database {path} does not have the length its pages say ({size} "
        "bytes): it was cut short or something was appended to it. Nothing was changed. "
        + _RESTORE_HINT,
    },
    "store.exists": {
        "en": "There already is an intake database in {path}; nothing was overwritten.",
    },
    "store.wrong_key_or_corrupt": {
        "en": "The intake database {path} cannot be read: the key does not fit, or the file is "
        "damaged. Nothing has been changed. " + _RESTORE_HINT,
    },
    "store.corrupt": {
        "en": "The intake database {path} is damaged. Nothing has been changed. " + _RESTORE_HINT,
    },
    "store.unreachable": {
        "en": "The intake database {path} cannot be reached ({detail}). The file is not damaged "
        "and nothing has been changed. Is the folder on a network drive? Use a folder on this "
        "laptop (docs/installing.md) and check the connection and permissions.",
    },
    "store.in_use": {
        "en": "The intake database in {path} is already open in another window or program of "
        "this app. Close that first; only one may work with it at a time.",
    },
    "store.too_new": {
        "en": "The intake database was made by a newer version of the app (schema {revision}). "
        "Install that version or a newer one; this version does not open it.",
    },
    "store.intake_not_found": {
        "en": "Intake {intake_id} does not exist (any more); it may have been purged.",
    },
    "store.intake_not_editable": {
        "en": "Intake {reference} has been finalised. Record an amendment with a reason before "
        "changing anything.",
    },
    "store.closed": {
        "en": "The intake database is closed (the window was locked); nothing was saved. "
        "Unlock and try again.",
    },
    "store.write_failed": {
        "en": "The change could not be saved in the intake database; nothing was half saved. "
        "Try again; if it keeps failing, run intake-app verify.",
    },
    # -- forms --------------------------------------------------------------------------------
    "forms.file": {"nl": _form_file, "en": _form_file},
    # -- station profile ----------------------------------------------------------------------
    "station_profile.unreadable": {
        "en": "The station's details ({path}) cannot be read: {problem}.",
    },
    "station_profile.damaged": {
        "en": "The station's details ({path}) are damaged. Fill them in again under "
        "Administration; the intakes themselves are not affected.",
    },
    # -- the frontoffice step (R1): keys, packages, advice -------------------------------------
    "frontoffice.key_file": {
        "en": "The key file is not a valid public key of the intake app ({detail}). Ask for a "
        "new file; nothing was changed.",
    },
    "frontoffice.name_invalid": {
        "en": "The name is empty, longer than 100 characters or holds a control character "
        "(such as a tab). Choose another name; nothing was made.",
    },
    "frontoffice.fingerprint_mismatch": {
        "en": "The key file's fingerprint is {actual}, not {expected} as given. Do not trust "
        "this file: call the sender back on a known number. Nothing was changed.",
    },
    "frontoffice.key_state": {
        "en": "This key step does not fit the keys kept here (for example a revoked key, or a "
        "key pair that already exists). Nothing was changed.",
    },
    "package.malformed": {
        "en": "The file is not a package of the intake app, or it is damaged ({detail}). "
        "Nothing was changed.",
    },
    "package.wrong_kind": {
        "en": "This package is a {actual}, not a {expected}. Nothing was changed.",
    },
    "package.wrong_receiver": {"en": _wrong_receiver},
    "package.untrusted": {"en": _untrusted},
    "package.altered": {
        "en": "The package was changed after it was signed, or its signature does not check "
        "out. It was refused; nothing was changed. Ask the sender to make the package again.",
    },
    "package.replayed": {
        "en": "This package ({package_id}) was refused: it was read here before, or a newer one "
        "for the same intake is already here. Nothing was changed.",
    },
    "package.unknown_intake": {
        "en": "The advice is about intake {reference}, which is not on this laptop (perhaps "
        "purged, or the advice is for another station). It was refused; nothing was changed.",
    },
    "package.training": {"en": _training_package},
    "advice.invalid": {
        "en": "The advice is not complete at '{field}'. Nothing was recorded.",
    },
    "consultation.not_admin": {
        "en": "Only an administrator manages the keys; nothing was changed.",
    },
    "consultation.recovery_key": {
        "en": "Opened with the recovery key: unlock as an officer to do this.",
    },
    "consultation.wrong_role": {
        "nl": "Deze installatie heeft daarvoor niet de juiste rol of nog geen sleutelpaar. De "
        "beheerder regelt dat onder Beheer, tabblad Frontoffice. Er is niets gewijzigd.",
        "en": "This installation does not have the right role for this, or no key pair yet. "
        "The administrator sets it up under Administration, tab Frontoffice. Nothing was "
        "changed.",
    },
    "consultation.same_role": {
        "en": "A station trusts the frontoffice and the frontoffice trusts stations; this key "
        "file has the same role as this installation. Nothing was changed.",
    },
    "consultation.no_frontoffice": {
        "nl": "Dit bureau vertrouwt nog geen TSM-frontoffice. De beheerder importeert haar "
        "sleutel onder Beheer, tabblad Frontoffice, na controle van de vingerafdruk per "
        "telefoon.",
        "en": "This station does not trust a TSM frontoffice yet. The administrator imports "
        "its key under Administration, tab Frontoffice, after checking the fingerprint by "
        "phone.",
    },
    "consultation.no_decision": {
        "en": "The triage cannot be decided yet. Correct that answer first; nothing was made.",
    },
    "consultation.unknown_consult": {
        "en": "This consult has not been read in here (or is no longer here).",
    },
    "consultation.ambiguous": {
        "en": "Several stations sent a consult with this reference; choose the station.",
    },
    "consultation.station_untrusted": {
        "en": "This station has no trusted (unrevoked) key any more; the advice cannot be "
        "sealed. Nothing was changed.",
    },
    "consultation.training_key": {
        "en": "This is a key of the training environment (fictional), or a real key in the "
        "training environment: they do not mix. Nothing was changed.",
    },
    "consultation.no_advice": {
        "en": "No advice has been recorded for this consult yet.",
    },
    # -- casework and the commands ------------------------------------------------------------
    "casework.read_only": {
        "nl": "Met de herstelsleutel geopend: intakes kunnen alleen worden ingezien. "
        "Ontgrendel als agent om te werken.",
        "en": "Opened with the recovery key: intakes can only be viewed. Unlock as an officer "
        "to work on them.",
    },
    "casework.letters_need_officer": {
        "en": "Opened with the recovery key: no letters. Unlock as an officer.",
    },
    "casework.station_profile_missing": {
        "en": "Fill in the station's details under Administration first.",
    },
    "commands.credentials_missing": {
        "nl": "Geen inloggegevens: {reason}.",
    },
}


def code_of(problem: BaseException) -> str | None:
    code = getattr(problem, "code", None)
    return code if isinstance(code, str) else None


def fields_of(problem: BaseException) -> dict[str, Any]:
    """The values an error keeps for its message: its public instance attributes."""
    return {name: value for name, value in vars(problem).items() if not name.startswith("_")}


def has_text(problem: BaseException) -> bool:
    """Whether `problem` is one of the app's own errors, whose text is fit to show."""
    return code_of(problem) is not None


def describe(problem: BaseException, language: str) -> str:
    """The text of `problem` in `language` ("nl" or "en"); str(problem) where no template fits."""
    code = code_of(problem)
    chosen: Language = "en" if language == "en" else "nl"
    template = TEMPLATES.get(code, {}).get(chosen) if code is not None else None
    if template is None:
        return str(problem)
    fields = fields_of(problem)
    try:
        return template(fields) if callable(template) else template.format_map(fields)
    except (KeyError, IndexError, AttributeError, ValueError):  # a field missing or odd
        return str(problem)
