"""A fictional case for previews, the docs' letter pictures and benchmarks. Nobody real.

Names say they are examples, phone numbers are placeholders and web addresses use the reserved
.example domain, so nothing here can point at a real person.
"""

from __future__ import annotations

from datetime import date, datetime, time

from intake_app.referrals.case import (
    Consent,
    Guardian,
    HomeSafety,
    ImageLocation,
    Images,
    Incident,
    Letterhead,
    Medical,
    Needs,
    Officer,
    ReferralCase,
    SafeContact,
    Victim,
)
from intake_app.referrals.directory import SERVICE_IDS

EXAMPLE_DAY = date(2026, 11, 23)
EXAMPLE_NOW = datetime(2026, 11, 23, 15, 30)


def example_case(*, training: bool = True) -> ReferralCase:
    """A 15-year-old victim of sextortion with recent physical contact, consent for everyone."""
    consent_time = datetime(2026, 11, 23, 14, 50)
    return ReferralCase(
        reference="PL0900-2026112301",
        intake_date=EXAMPLE_DAY,
        training=training,
        station=Letterhead(
            name="Politie basisteam Voorbeeldstad",
            address=("Voorbeeldplein 1", "1234 AB Voorbeeldstad"),
            phone="0900-8844",
        ),
        officer=Officer(name="agent M. Voorbeeld", contact="m.voorbeeld@politie.example"),
        victim=Victim(
            name="Noor Testpersoon",
            date_of_birth=date(2011, 5, 14),
            contact=SafeContact(
                phone="06-0000 0000",
                email="noor@mail.example",
                how="Alleen sms, na 16:00. Niet inspreken op de voicemail.",
            ),
            preferred_language="nl",
        ),
        guardian=Guardian(name="Eva Testpersoon", contact="06-0000 0001"),
        incident=Incident(
            kinds=("sextortion", "physical_assault"),
            first_date=date(2026, 10, 1),
            last_date=date(2026, 11, 21),
            physical_last_date=date(2026, 11, 21),
            physical_last_time=time(23, 30),
        ),
        images=Images(
            exist="yes",
            distributed="yes",
            locations=(
                ImageLocation(
                    platform="Instagram", url="https://social.example/@voorbeeld_account"
                ),
                ImageLocation(
                    platform="Telegram-groep", url="https://chat.example/joinchat/voorbeeld"
                ),
            ),
            deadline="24-11-2026 18:00",
        ),
        medical=Medical(
            penetration="unknown",
            drugging="no",
            pain_or_injury="yes",
            csg_already_called="no",
            police_call_csg_now="yes",
        ),
        needs=Needs(
            safety="yes",
            image_removal="yes",
            medical_care="yes",
            support="yes",
            information="yes",
            wish_to_report="unknown",
        ),
        home=HomeSafety(
            suspect_lives_with_victim="no",
            suspect_has_access="yes",
            suspect_is_family="no",
            suspect_relations=("acquaintance",),
            other_children="unknown",
            guardian_safe_to_involve="yes",
        ),
        urgency={"csg": "acute", "offlimits": "acute"},
        urgent=("csg_acute", "publication_deadline"),
        minor_at_facts=True,
        tsm_investigates=True,
        narrative="VERHAAL-NIET-DELEN: dit verzonnen verhaal mag in geen enkele brief staan.",
        consents=tuple(
            Consent(service=service, given_by=giver, given_at=consent_time)
            for service in SERVICE_IDS
            for giver in ("victim", "parent_or_guardian")
        ),
    )
