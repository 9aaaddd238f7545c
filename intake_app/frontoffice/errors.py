"""What can go wrong with keys and packages, each with a stable `code` and a message that says
what to do. Messages never carry personal data: no references' content, no names of victims.
"""

from __future__ import annotations


class FrontofficeError(Exception):
    """Base of every frontoffice problem; str() is fit to show, `code` is stable."""

    code = "frontoffice.error"


class KeyFileInvalid(FrontofficeError):
    code = "frontoffice.key_file"

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(
            f"Het sleutelbestand is geen geldige openbare sleutel van de intake-app ({detail}). "
            "Vraag om een nieuw bestand; er is niets gewijzigd."
        )


class InstallationNameInvalid(FrontofficeError):
    """The name a new key pair would carry (a station's, or the frontoffice's region)."""

    code = "frontoffice.name_invalid"

    def __init__(self) -> None:
        super().__init__(
            "De naam is leeg, langer dan 100 tekens of bevat een stuurteken (zoals een tab). "
            "Kies een andere naam; er is niets gemaakt."
        )


class FingerprintMismatch(FrontofficeError):
    code = "frontoffice.fingerprint_mismatch"

    def __init__(self, expected: str, actual: str) -> None:
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"De vingerafdruk van het bestand is {actual}, niet {expected} zoals opgegeven. "
            "Vertrouw het bestand niet: bel de afzender terug via een bekend nummer. "
            "Er is niets gewijzigd."
        )


class PackageMalformed(FrontofficeError):
    code = "package.malformed"

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(
            f"Het bestand is geen pakket van de intake-app, of het is beschadigd ({detail}). "
            "Er is niets gewijzigd."
        )


class PackageWrongKind(FrontofficeError):
    code = "package.wrong_kind"

    def __init__(self, expected: str, actual: str) -> None:
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"Dit pakket is een {_KIND_WORDS.get(actual, actual)}, geen "
            f"{_KIND_WORDS.get(expected, expected)}. Er is niets gewijzigd."
        )


class PackageWrongReceiver(FrontofficeError):
    """Sealed to another installation (another station, another frontoffice, an old key)."""

    code = "package.wrong_receiver"

    def __init__(self, receiver: str, revoked_own_key: bool = False) -> None:
        self.receiver = receiver
        self.revoked_own_key = revoked_own_key
        if revoked_own_key:
            message = (
                "Dit pakket is verzegeld voor een ingetrokken sleutel van deze installatie en "
                "gaat niet meer open. Vraag de afzender het opnieuw te maken voor de nieuwe "
                "sleutel. Er is niets gewijzigd."
            )
        else:
            message = (
                f"Dit pakket is bestemd voor {receiver!r}, niet voor deze installatie; het kan "
                "hier niet worden geopend. Geef het aan de juiste ontvanger. Er is niets "
                "gewijzigd."
            )
        super().__init__(message)


class PackageUntrusted(FrontofficeError):
    code = "package.untrusted"

    def __init__(self, sender: str, fingerprint: str, revoked: bool = False) -> None:
        self.sender = sender
        self.fingerprint = fingerprint
        self.revoked = revoked
        why = (
            "de sleutel van die afzender is ingetrokken"
            if revoked
            else "die afzender staat niet in de lijst van vertrouwde sleutels"
        )
        super().__init__(
            f"Het pakket komt van {sender!r} (sleutel {fingerprint}), maar {why}. Het is "
            "geweigerd; er is niets gewijzigd. Laat de beheerder de sleutel na controle per "
            "telefoon importeren."
        )


class PackageAltered(FrontofficeError):
    code = "package.altered"

    def __init__(self) -> None:
        super().__init__(
            "Het pakket is na het ondertekenen gewijzigd, of de handtekening klopt niet. Het is "
            "geweigerd; er is niets gewijzigd. Vraag de afzender het pakket opnieuw te maken."
        )


class PackageReplayed(FrontofficeError):
    code = "package.replayed"

    def __init__(self, package_id: str, why: str) -> None:
        self.package_id = package_id
        self.why = why
        super().__init__(f"Dit pakket ({package_id}) is geweigerd: {why}. Er is niets gewijzigd.")


class UnknownIntake(FrontofficeError):
    code = "package.unknown_intake"

    def __init__(self, reference: str) -> None:
        self.reference = reference
        super().__init__(
            f"Het advies gaat over intake {reference}, maar die staat niet op deze laptop "
            "(misschien opgeschoond, of het advies is voor een ander bureau). Het is geweigerd; "
            "er is niets gewijzigd."
        )


class PackageTrainingMismatch(FrontofficeError):
    """A training package at a real installation, or a real one in the training store."""

    code = "package.training"

    def __init__(self, package_training: bool) -> None:
        self.package_training = package_training
        if package_training:
            message = (
                "Dit is een oefenpakket (fictieve zaak) en deze installatie is echt; het is "
                "geweigerd. Lees het in in de oefenomgeving. Er is niets gewijzigd."
            )
        else:
            message = (
                "Dit is een echt pakket en dit is de oefenomgeving; het is geweigerd. Lees het "
                "in in de echte installatie. Er is niets gewijzigd."
            )
        super().__init__(message)


class AdviceInvalid(FrontofficeError):
    code = "advice.invalid"

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"Het advies klopt niet bij '{field}': {problem}. Er is niets vastgelegd.")


_KIND_WORDS = {"consult": "voorlegging (consult)", "advice": "advies"}
