"""The victim's information sheet: plain language, Dutch or English, no personal data.

The sheet goes home with the victim, where someone else may find it, so it names nobody: it
carries the reference and the officer's contact, what happens next, what to do now, the right
to take time (R11) and the contacts from the service directory. In Dutch it says "je" to a minor
and "u" to an adult or to a parent who reported for a child (R14, the interview's
`reader_address`); English has one form.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from intake_app.referrals.case import Letterhead, Officer, ReaderAddress
from intake_app.referrals.directory import SERVICE_IDS, ServiceDirectory, ServiceId
from intake_app.referrals.text import Language, long_date


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str
    website: str
    checked: str  # when the directory entry was last checked


@dataclass(frozen=True)
class SheetSection:
    heading: str
    paragraphs: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True)
class SheetContent:
    language: Language
    training: bool
    letterhead: tuple[str, ...]
    title: str
    date: str
    reference_label: str
    reference: str
    sections: tuple[SheetSection, ...]
    contacts_heading: str
    contacts: tuple[Contact, ...]
    emergency: str
    suicide_prevention: str
    police: str  # how to reach the officer
    checked_label: str

    def texts(self) -> Iterator[str]:
        yield from self.letterhead
        yield from (self.title, self.date, self.reference_label, self.reference)
        for section in self.sections:
            yield section.heading
            yield from section.paragraphs
            yield from section.bullets
        yield self.contacts_heading
        for contact in self.contacts:
            yield from (contact.name, contact.phone, contact.website, contact.checked)
        yield from (self.emergency, self.suicide_prevention, self.police, self.checked_label)


@dataclass(frozen=True)
class Said:
    """One sentence of the sheet: Dutch to a minor ("je"), Dutch to an adult ("u"), English."""

    je: str
    u: str
    en: str

    def __call__(self, language: Language, address: ReaderAddress = "je") -> str:
        if language == "en":
            return self.en
        return self.u if address == "u" else self.je


def _t(nl: str, en: str) -> Said:
    """A sentence that addresses nobody: the same Dutch for everyone."""
    return Said(nl, nl, en)


WHAT_NEXT = (
    _t("Wat gebeurt er nu?", "What happens next?"),
    (
        Said(
            "Je hebt vandaag met de politie gesproken. Wat je hebt verteld, bewaren wij onder het "
            "kenmerk bovenaan dit papier.",
            "U heeft vandaag met de politie gesproken. Wat u heeft verteld, bewaren wij onder het "
            "kenmerk bovenaan dit papier.",
            "You talked to the police today. What you told us is kept under the reference at the "
            "top of this sheet.",
        ),
        Said(
            "De politie vraagt advies aan het team dat seksuele misdrijven onderzoekt. Daarna hoor "
            "je van ons wat de volgende stap is.",
            "De politie vraagt advies aan het team dat seksuele misdrijven onderzoekt. Daarna "
            "hoort u van ons wat de volgende stap is.",
            "The police will ask the team that investigates sexual offences for advice. After that "
            "we will tell you what the next step is.",
        ),
        Said(
            "Als je dat goed vond, sturen wij een korte brief naar een of meer hulpverleners. Zij "
            "bellen of mailen je. Je hoeft niet alles opnieuw te vertellen.",
            "Als u dat goed vond, sturen wij een korte brief naar een of meer hulpverleners. Zij "
            "bellen of mailen u. U hoeft niet alles opnieuw te vertellen.",
            "If you agreed, we send a short letter to one or more support services. They will call "
            "or e-mail you. You do not have to tell everything again.",
        ),
    ),
)

# R11: reflection time is a right, not a duty: both halves, said together.
TAKE_TIME = (
    Said(
        "Je mag de tijd nemen, en je mag ook meteen aangifte doen",
        "U mag de tijd nemen, en u mag ook meteen aangifte doen",
        "You may take your time, and you may also report right away",
    ),
    (
        Said(
            "Je hoeft niet meteen aangifte te doen: je mag eerst nadenken, met iemand praten of "
            "meer lezen. Aangifte doen kan ook later. Wil je juist meteen aangifte doen? Dat mag "
            "ook, vandaag nog: zeg het tegen de politie.",
            "U hoeft niet meteen aangifte te doen: u mag eerst nadenken, met iemand praten of "
            "meer lezen. Aangifte doen kan ook later. Wilt u juist meteen aangifte doen? Dat mag "
            "ook, vandaag nog: zeg het tegen de politie.",
            "You do not have to report right away: you may think about it first, talk to "
            "someone or read more. You can also report later. Do you want to report right away? "
            "You may, today if you like: tell the police.",
        ),
        Said(
            "Ook zonder aangifte kun je hulp krijgen. Wat er is gebeurd, is niet jouw schuld.",
            "Ook zonder aangifte kunt u hulp krijgen. Wat er is gebeurd, is niet uw schuld.",
            "You can get help without reporting, too. What happened is not your fault.",
        ),
    ),
)

WHAT_TO_DO = (
    Said("Wat je nu kunt doen", "Wat u nu kunt doen", "What you can do now"),
    (
        Said(
            "Betaal niet en doe niet wat de ander van je vraagt. Betalen maakt er bijna nooit een "
            "einde aan.",
            "Betaal niet en doe niet wat de ander van u vraagt. Betalen maakt er bijna nooit een "
            "einde aan.",
            "Do not pay and do not do what the other person asks. Paying almost never ends it.",
        ),
        _t(
            "Stop het contact: reageer niet meer op berichten.",
            "Stop the contact: do not reply to messages any more.",
        ),
        _t(
            "Bewaar bewijs: maak schermafbeeldingen van berichten, profielnamen, links en "
            "betaalverzoeken, met datum en tijd. Verwijder de chat of het account nog niet.",
            "Keep evidence: take screenshots of messages, profile names, links and payment "
            "requests, with date and time. Do not delete the chat or the account yet.",
        ),
        Said(
            "Blokkeer de ander pas als je het bewijs hebt bewaard.",
            "Blokkeer de ander pas als u het bewijs heeft bewaard.",
            "Block the other person only after you have kept the evidence.",
        ),
        _t(
            "Staan er beelden online, of wordt daarmee gedreigd? Offlimits (Helpwanted) helpt om "
            "ze te laten verwijderen.",
            "Are images online, or is someone threatening to put them online? Offlimits "
            "(Helpwanted) helps to get them removed.",
        ),
    ),
)

TITLE = Said("Informatie voor jou", "Informatie voor u", "Information for you")
CONTACTS = _t("Hulp en contact", "Help and contact")
EMERGENCY = Said(
    "Ben je in gevaar? Bel meteen 112.",
    "Bent u in gevaar? Bel meteen 112.",
    "Are you in danger? Call 112 (emergency) straight away.",
)
# 113 Zelfmoordpreventie's national numbers (DOMAIN.md); not a referral service, so not in the
# service directory.
SUICIDE_PREVENTION = Said(
    "Denk je aan zelfdoding? Praat erover met 113 Zelfmoordpreventie: bel 113 of gratis "
    "0800-0113, of chat via 113.nl, dag en nacht.",
    "Denkt u aan zelfdoding? Praat erover met 113 Zelfmoordpreventie: bel 113 of gratis "
    "0800-0113, of chat via 113.nl, dag en nacht.",
    "Thinking about suicide? Talk to 113 Zelfmoordpreventie: call 113 or 0800-0113 (free), "
    "or chat at 113.nl, day and night.",
)
POLICE = Said(
    "Vragen aan de politie? Bel {phone} en noem het kenmerk. Je contactpersoon: {officer}.",
    "Vragen aan de politie? Bel {phone} en noem het kenmerk. Uw contactpersoon: {officer}.",
    "Questions for the police? Call {phone} and give the reference. Your contact: {officer}.",
)
POLICE_WITHOUT_PHONE = Said(
    "Vragen aan de politie? Noem het kenmerk. Je contactpersoon: {officer}.",
    "Vragen aan de politie? Noem het kenmerk. Uw contactpersoon: {officer}.",
    "Questions for the police? Give the reference. Your contact: {officer}.",
)
CHECKED = _t("gegevens gecontroleerd op", "details checked on")
REFERENCE = _t("Kenmerk", "Reference")


def compose_information_sheet(
    directory: ServiceDirectory,
    station: Letterhead,
    officer: Officer,
    reference: str,
    today: date,
    language: Language,
    *,
    training: bool = False,
    services: Sequence[ServiceId] = SERVICE_IDS,
    address: ReaderAddress = "je",
) -> SheetContent:
    """The sheet in `language`; Dutch says "je" or "u" by `address` (who takes it home)."""

    def said(text: Said) -> str:
        return text(language, address)

    sections = (
        SheetSection(said(WHAT_NEXT[0]), tuple(said(p) for p in WHAT_NEXT[1])),
        SheetSection(said(TAKE_TIME[0]), tuple(said(p) for p in TAKE_TIME[1])),
        SheetSection(said(WHAT_TO_DO[0]), bullets=tuple(said(p) for p in WHAT_TO_DO[1])),
    )
    contacts = []
    for service_id in services:
        entry = directory.get(service_id)
        name = f"{entry.name} ({entry.line})" if entry.line else entry.name
        phone = f"{entry.phone} ({entry.phone_hours})" if entry.phone_hours else entry.phone
        website = " · ".join(w for w in (entry.website, entry.helpline_website) if w)
        contacts.append(Contact(name, phone, website, long_date(entry.last_checked, language)))
    officer_contact = " · ".join(part for part in (officer.name, officer.contact) if part)
    return SheetContent(
        language=language,
        training=training,
        letterhead=(station.name, *station.address),
        title=said(TITLE),
        date=long_date(today, language),
        reference_label=said(REFERENCE),
        reference=reference,
        sections=sections,
        contacts_heading=said(CONTACTS),
        contacts=tuple(contacts),
        emergency=said(EMERGENCY),
        suicide_prevention=said(SUICIDE_PREVENTION),
        police=said(POLICE if station.phone else POLICE_WITHOUT_PHONE).format(
            phone=station.phone, officer=officer_contact
        ),
        checked_label=said(CHECKED),
    )
