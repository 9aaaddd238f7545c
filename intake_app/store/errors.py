"""What can go wrong with the store, each with a Dutch message that says what to do.

Messages never carry personal data: no answer values, no names, no SQL parameters.
"""

from __future__ import annotations

_RESTORE_HINT = (
    "Zet de laatste back-up terug in een nieuwe, lege map (intake-app restore BESTAND "
    "--data-dir NIEUWE_MAP)."
)


class StoreError(Exception):
    """Base of every store problem; str() is a message fit to show the officer (Dutch).

    `code` and the instance attributes (its fields) let `intake_app.problems.describe`
    compose the text in the interface's language.
    """

    code = "store"


class StoreExists(StoreError):
    code = "store.exists"

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(f"In {path} staat al een intake-database; er is niets overschreven.")


class WrongKeyOrCorrupt(StoreError):
    """SQLCipher cannot tell a wrong key from a damaged first page: both fail the HMAC."""

    code = "store.wrong_key_or_corrupt"

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(
            f"De intake-database {path} kan niet worden gelezen: de sleutel past niet, of het "
            f"bestand is beschadigd. Er is niets gewijzigd. {_RESTORE_HINT}"
        )


class StoreCorrupt(StoreError):
    code = "store.corrupt"

    def __init__(self, path: str, detail: str = "") -> None:
        self.path = path
        self.detail = detail
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"De intake-database {path} is beschadigd{extra}. Er is niets gewijzigd. "
            f"{_RESTORE_HINT}"
        )


class StoreUnreachable(StoreError):
    """The file could not be opened or read at all: a network folder that is gone or does not
    support SQLite's locking, a share without write permission. Not damage: say so."""

    code = "store.unreachable"

    def __init__(self, path: str, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(
            f"De intake-database {path} is niet bereikbaar ({detail}). Het bestand is niet "
            "beschadigd; er is niets gewijzigd. Staat de map op een netwerkschijf? Gebruik een "
            "map op deze laptop (docs/installing.md) en controleer de verbinding en de rechten."
        )


class StoreInUse(StoreError):
    code = "store.in_use"

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(
            f"De intake-database in {path} is al geopend in een ander venster of programma van "
            "deze app. Sluit dat eerst; er mag er maar één tegelijk mee werken."
        )


class StoreTooNew(StoreError):
    code = "store.too_new"

    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__(
            f"De intake-database is gemaakt door een nieuwere versie van de app (schema "
            f"{revision}). Installeer die versie of een nieuwere; deze versie opent haar niet."
        )


class IntakeNotFound(StoreError):
    code = "store.intake_not_found"

    def __init__(self, intake_id: int) -> None:
        self.intake_id = intake_id
        super().__init__(f"Intake {intake_id} bestaat niet (meer); misschien is ze opgeschoond.")


class IntakeNotEditable(StoreError):
    code = "store.intake_not_editable"

    def __init__(self, reference: str, status: str) -> None:
        self.reference = reference
        self.status = status
        super().__init__(
            f"Intake {reference} is afgerond ({status}). Leg eerst een wijziging met een reden "
            "vast (aanvullen) voordat u iets verandert."
        )


class InvalidValue(StoreError):
    code = "store.invalid_value"

    """A caller passed something the store does not accept (a bug in the caller, not data)."""


class StoreFileProblem(StoreError):
    """store.db is missing or cut short where an installation (keys.json) exists: refused
    before anything is created or written. `code` is stable; `path` and the sizes are kept."""

    code = "store.file"

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(message)


class StoreFileMissing(StoreFileProblem):
    code = "store.missing"

    def __init__(self, path: str) -> None:
        super().__init__(
            path,
            f"De intake-database {path} ontbreekt, maar de sleutels van deze installatie zijn "
            "er wel. Er is niets aangemaakt of gewijzigd. Was de database verplaatst, zet haar "
            f"dan terug terwijl de app gesloten is; anders: {_RESTORE_HINT}",
        )


class StoreFileEmpty(StoreFileProblem):
    code = "store.empty"

    def __init__(self, path: str, size: int) -> None:
        self.size = size
        super().__init__(
            path,
            f"De intake-database {path} is leeg of korter dan één pagina ({size} bytes): een "
            f"afgebroken kopie of een schijffout. Er is niets gewijzigd. {_RESTORE_HINT}",
        )


class StoreFileSizeMismatch(StoreFileProblem):
    code = "store.size_mismatch"

    def __init__(self, path: str, size: int, expected: int | None) -> None:
        self.size = size
        self.expected = expected
        should = f"; verwacht {expected} bytes" if expected is not None else ""
        super().__init__(
            path,
            f"De intake-database {path} heeft niet de lengte die haar pagina's aangeven "
            f"({size} bytes{should}): ze is afgekapt of er is iets aan vastgeplakt. Er is niets "
            f"gewijzigd. {_RESTORE_HINT}",
        )
