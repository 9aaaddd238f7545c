"""What can go wrong with the keys, each with a Dutch message that says what to do.

Messages never contain a passphrase, a recovery key or a key; structured fields (such as
`retry_after_seconds`) let the UI compose its own text through Qt's translation.
"""

from __future__ import annotations

from pathlib import Path


class VaultError(Exception):
    """Base of every vault error; str() is a message fit to show the officer (Dutch).

    `code` names the problem and the instance attributes are its fields, from which
    `intake_app.problems.describe` composes the text in the interface's language.
    """

    code = "vault"


class VaultMissing(VaultError):
    code = "vault.missing"

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        super().__init__(
            f"In de gegevensmap {data_dir} staat geen sleutelbestand. Start de app voor het eerst "
            "om een nieuwe opslag in te richten, of zet een back-up terug (intake-app restore)."
        )


class VaultExists(VaultError):
    code = "vault.exists"

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        super().__init__(
            f"In de gegevensmap {data_dir} staat al een sleutelbestand; er is niets overschreven. "
            "Open de bestaande opslag, of kies een andere (lege) map."
        )


class VaultDamaged(VaultError):
    code = "vault.damaged"

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            f"Het sleutelbestand {path} is beschadigd en kan niet worden gebruikt ({reason}). "
            "Er is niets overschreven. Wat te doen: bewaar een kopie van dit bestand voor de "
            "beheerder, zet een back-up terug (intake-app restore) en open de opslag daarna met "
            "uw wachtwoordzin of met de herstelsleutel."
        )


class KeyFileTampered(VaultDamaged):
    """The key file was changed outside the app: authenticated fields no longer match."""

    code = "vault.tampered"

    def __init__(self, path: Path, officer_id: str) -> None:
        self.officer_id = officer_id
        super().__init__(
            path,
            f"de gegevens van agent {officer_id} zijn buiten de app om gewijzigd, "
            "bijvoorbeeld de rol of de sleutelinstellingen",
        )


class KeyFileUnreadable(VaultError):
    code = "vault.unreadable"

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            f"Het sleutelbestand {path} kan niet worden gelezen ({problem}). Controleer of u "
            "rechten hebt op de gegevensmap en of de schijf bereikbaar is."
        )


class KeyFileUnwritable(VaultError):
    code = "vault.unwritable"

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            f"Het sleutelbestand {path} kan niet worden opgeslagen ({problem}); het oude bestand "
            "is ongewijzigd. Controleer de vrije schijfruimte en de rechten op de gegevensmap."
        )


class NewerKeyFile(VaultError):
    code = "vault.newer"

    def __init__(self, path: Path, version: int) -> None:
        self.path = path
        self.version = version
        super().__init__(
            f"Het sleutelbestand {path} is gemaakt door een nieuwere versie van de app "
            f"(formaat {version}). Installeer de nieuwste versie; er is niets gewijzigd."
        )


class UnknownOfficer(VaultError):
    code = "vault.unknown_officer"

    def __init__(self, officer_id: str) -> None:
        self.officer_id = officer_id
        super().__init__(f"Er is geen agent met de code {officer_id!r} in deze opslag.")


class WrongPassphrase(VaultError):
    code = "vault.wrong_passphrase"

    def __init__(self, retry_after_seconds: int, failures: int) -> None:
        self.retry_after_seconds = retry_after_seconds
        self.failures = failures
        wait = (
            f" Probeer het over {retry_after_seconds} seconden opnieuw."
            if retry_after_seconds
            else " Probeer het opnieuw; let op hoofdletters."
        )
        super().__init__(f"De wachtwoordzin klopt niet ({failures}e mislukte poging).{wait}")


class TooSoon(VaultError):
    code = "vault.too_soon"

    def __init__(self, retry_after_seconds: int) -> None:
        self.retry_after_seconds = retry_after_seconds
        super().__init__(
            "Na meerdere mislukte pogingen moet u even wachten: probeer het over "
            f"{retry_after_seconds} seconden opnieuw. De beheerder kan uw wachtwoordzin "
            "opnieuw instellen met de herstelsleutel."
        )


class WrongRecoveryKey(VaultError):
    code = "vault.wrong_recovery_key"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "Deze herstelsleutel hoort niet bij deze opslag. Controleer of u de herstelsleutel "
            "van deze computer en deze gegevensmap gebruikt."
        )


class MistypedRecoveryKey(WrongRecoveryKey):
    """The text cannot be a recovery key at all (length, characters or check characters)."""

    code = "vault.mistyped_recovery_key"

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(
            f"De herstelsleutel is niet goed overgenomen: {reason}. Een herstelsleutel bestaat "
            "uit 7 groepen van 4 letters en cijfers; spaties, streepjes en hoofdletters maken "
            "niet uit."
        )


class WeakPassphrase(VaultError):
    code = "vault.weak_passphrase"

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"Deze wachtwoordzin kan niet: {reason}.")


class InvalidOfficer(VaultError):
    code = "vault.invalid_officer"

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"Deze agent kan niet worden toegevoegd: {reason}.")


class LastAdmin(VaultError):
    code = "vault.last_admin"

    def __init__(self, officer_id: str) -> None:
        self.officer_id = officer_id
        super().__init__(
            f"Agent {officer_id} is de laatste beheerder en kan niet worden verwijderd. Voeg "
            "eerst een andere beheerder toe."
        )


class WrongDataKey(VaultError):
    code = "vault.wrong_data_key"

    def __init__(self) -> None:
        super().__init__(
            "De opgegeven gegevenssleutel hoort niet bij deze opslag; er is niets gewijzigd. "
            "Ontgrendel de opslag opnieuw en probeer het nog eens."
        )


class InstallationSecretMissing(VaultError):
    """The officer's wrap needs the installation secret, and the OS credential store lacks it."""

    code = "vault.installation_secret_missing"

    def __init__(self, officer_id: str) -> None:
        self.officer_id = officer_id
        super().__init__(
            f"Het installatiegeheim voor agent {officer_id} ontbreekt in de sleutelopslag van "
            "het besturingssysteem (de gegevensmap is gekopieerd of de sleutelopslag is gewist). "
            "De beheerder kan uw wachtwoordzin opnieuw instellen met de herstelsleutel."
        )


class KeyringUnavailable(VaultError):
    code = "vault.keyring_unavailable"

    def __init__(self, officer_id: str) -> None:
        self.officer_id = officer_id
        super().__init__(
            f"De sleutelopslag van het besturingssysteem is nu niet bereikbaar, en die is nodig "
            f"om agent {officer_id} te ontgrendelen. Meld u opnieuw aan op de computer, of laat "
            "de beheerder uw wachtwoordzin opnieuw instellen met de herstelsleutel."
        )


class AttemptsTampered(KeyFileTampered):
    """The wrong-passphrase counter of an officer was edited without the installation secret."""

    code = "vault.attempts_tampered"

    def __init__(self, path: Path, officer_id: str) -> None:
        super().__init__(path, officer_id)
        self.args = (
            f"Het sleutelbestand {path} is buiten de app om gewijzigd: de teller van verkeerde "
            f"wachtwoordzinnen van agent {officer_id} klopt niet meer. Laat de beheerder de "
            "wachtwoordzin opnieuw instellen met de herstelsleutel, en meld het.",
        )

    def __str__(self) -> str:
        return str(self.args[0])


class UnlockBusy(VaultError):
    """Another unlock of this data folder holds the attempt lock for too long."""

    code = "vault.unlock_busy"

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        super().__init__(
            f"Er wordt al ontgrendeld in {data_dir}; wacht even en probeer het opnieuw."
        )


class AuditAnchorTampered(VaultDamaged):
    """The audit chain's anchor in keys.json was changed without the installation secret."""

    code = "vault.audit_anchor_tampered"

    def __init__(self, path: Path) -> None:
        super().__init__(path, "het anker van het auditlog is buiten de app om gewijzigd; meld dit")
