"""What the officer reads about a match, and the triage reason that escalates it (R7).

Calm and factual: a match means the same identifier was recorded before, not that the same
person did it. The texts name dates and references only, never the identifier itself, so they
can be shown, printed and logged without personal data.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Final

from intake_app.seriality.matching import IntakeRef
from intake_app.triage.reasons import Language, Reason

RULE: Final = "R7"
REASON_KEY: Final = "seriality_match"


def _describe(intake: IntakeRef) -> str:
    if intake.station is None:
        return f"{intake.reference} ({intake.date.isoformat()})"
    return f"{intake.reference} ({intake.date.isoformat()}, {intake.station})"


def _earlier(matches: Sequence[IntakeRef], today: date | None) -> bool:
    return today is None or all(intake.date <= today for intake in matches)


def match_message(
    matches: Sequence[IntakeRef], language: Language = "nl", today: date | None = None
) -> str:
    """ "Dit gegeven komt voor in 2 eerdere intakes: ..." or "" when there is no match.

    `today` is the date of the intake being recorded: "earlier" is said only when every match
    is from that day or before (an officer may be completing an older intake).
    """
    if not matches:
        return ""
    count = len(matches)
    listed = "; ".join(_describe(intake) for intake in matches)
    earlier = _earlier(matches, today)
    noun = "intake" if count == 1 else "intakes"
    if language == "en":
        which = "earlier" if earlier else "other"
        return (
            f"This identifier appears in {count} {which} {noun}: {listed}. "
            "It may be the same person; the TSM frontoffice will be asked to assess it."
        )
    which = "eerdere" if earlier else "andere"
    return (
        f"Dit gegeven komt voor in {count} {which} {noun}: {listed}. "
        "Mogelijk gaat het om dezelfde persoon; "
        "de TSM-frontoffice wordt gevraagd dit te beoordelen."
    )


def possible_match_message(
    possible: Sequence[IntakeRef], language: Language = "nl", today: date | None = None
) -> str:
    """ "Mogelijk dezelfde: ..." for matches across kinds (a hint to confirm), or ""."""
    if not possible:
        return ""
    count = len(possible)
    listed = "; ".join(_describe(intake) for intake in possible)
    noun = "intake" if count == 1 else "intakes"
    if language == "en":
        return (
            f"Possibly the same: the same text, recorded as another kind (for example a phone "
            f"number as a username, or a name without its platform), appears in {count} other "
            f"{noun}: {listed}. Compare both before treating it as the same; it is not counted "
            "as a match."
        )
    return (
        f"Mogelijk dezelfde: dezelfde tekst, als ander soort gegeven vastgelegd (bijvoorbeeld "
        f"een telefoonnummer als gebruikersnaam, of een naam zonder platform), staat in {count} "
        f"andere {noun}: {listed}. Vergelijk beide voordat u het als hetzelfde behandelt; het "
        "telt niet als overeenkomst."
    )


def escalation_reason(matches: Sequence[IntakeRef], language: Language = "nl") -> Reason | None:
    """The triage reason (triage's own `Reason`) that puts a possible series to the TSM
    frontoffice, or None when nothing matched."""
    if not matches:
        return None
    count = len(matches)
    references = ", ".join(_describe(intake) for intake in matches)
    noun = "intake" if count == 1 else "intakes"
    if language == "en":
        text = (
            f"Identifiers of the suspect or places where the images are also appear in {count} "
            f"other {noun} ({references}). "
            "Several reports may point to the same person: escalate to the TSM frontoffice "
            "for sharper assessment (R7)."
        )
    else:
        text = (
            f"Gegevens van de verdachte of vindplaatsen van beelden komen ook voor in {count} "
            f"andere {noun} ({references}). "
            "Meerdere meldingen kunnen over dezelfde persoon gaan: voorleggen aan de "
            "TSM-frontoffice voor scherpere beoordeling (R7)."
        )
    return Reason(RULE, REASON_KEY, text)
