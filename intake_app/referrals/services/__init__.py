"""One module per service, each saying exactly which facts its letter carries (data minimisation).

LETTERS maps the triage contract's service ids to their letter definitions.
"""

from __future__ import annotations

from intake_app.referrals.directory import ServiceId
from intake_app.referrals.services import csg, herstelbemiddeling, offlimits, shn, veilig_thuis
from intake_app.referrals.services.common import ServiceLetter

LETTERS: dict[ServiceId, ServiceLetter] = {
    letter.service: letter
    for letter in (
        offlimits.LETTER,
        csg.LETTER,
        veilig_thuis.LETTER,
        shn.LETTER,
        herstelbemiddeling.LETTER,
    )
}
