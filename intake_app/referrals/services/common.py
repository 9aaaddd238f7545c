"""What the service letters share: the letter definition and the facts several letters carry."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from intake_app.forms.policy import Policy
from intake_app.referrals.case import Answer, ReferralCase
from intake_app.referrals.content import Fact, Section
from intake_app.referrals.directory import ServiceId
from intake_app.referrals.text import Language, LocalText, long_date

ADULT_AGE = 18

ANSWERS: dict[Answer, LocalText] = {
    "yes": LocalText("ja", "yes"),
    "no": LocalText("nee", "no"),
    "unknown": LocalText("weet niet", "not known"),
    "declined": LocalText("wil niet zeggen", "prefers not to say"),
}

LANGUAGE_NAMES: dict[str, LocalText] = {
    "nl": LocalText("Nederlands", "Dutch"),
    "en": LocalText("Engels", "English"),
    "ar": LocalText("Arabisch", "Arabic"),
    "de": LocalText("Duits", "German"),
    "fr": LocalText("Frans", "French"),
    "pl": LocalText("Pools", "Polish"),
    "tr": LocalText("Turks", "Turkish"),
    "uk": LocalText("Oekraïens", "Ukrainian"),
}

NEED_NAMES: dict[str, LocalText] = {
    "safety": LocalText("veiligheid", "safety"),
    "image_removal": LocalText("verwijderen van beelden", "removal of images"),
    "medical_care": LocalText("medische zorg", "medical care"),
    "support": LocalText("steun en begeleiding", "support"),
    "information": LocalText("informatie", "information"),
    "wish_to_report": LocalText("wil aangifte doen", "wishes to report to the police"),
}


@dataclass(frozen=True)
class LetterContext:
    """What a letter module may use besides the case: the policy, the moment, the language."""

    policy: Policy
    now: datetime
    language: Language
    age_now: int  # always known here: consent is checked first, and that needs the age
    guardian_consented: bool = False  # a parent or guardian was part of this letter's consent
    region: str = ""  # the service's regional location for this station (CSG), if set

    def t(self, text: LocalText) -> str:
        return text(self.language)

    def date(self, day: date) -> str:
        return long_date(day, self.language)

    def fact(self, label: LocalText, value: str) -> Fact:
        return Fact(self.t(label), value)

    @property
    def minor(self) -> bool:
        return self.age_now < ADULT_AGE


SectionBuilder = Callable[[ReferralCase, LetterContext], list[Section]]


@dataclass(frozen=True)
class ServiceLetter:
    """One service's letter: why we write, what it carries, and what it leaves out."""

    service: ServiceId
    subject: LocalText
    purpose: LocalText
    carries: tuple[LocalText, ...]
    leaves_out: tuple[LocalText, ...]
    sections: SectionBuilder


def section(
    heading: LocalText, ctx: LetterContext, facts: Iterable[Fact] = (), lines: Iterable[str] = ()
) -> Section:
    """A section without its empty facts (an unknown e-mail address is left off, not blank)."""
    return Section(ctx.t(heading), tuple(f for f in facts if f.value), tuple(lines))


def person_facts(case: ReferralCase, ctx: LetterContext, *, birth_date: bool) -> list[Fact]:
    """Name, and either the date of birth (or age) or only whether the victim is a minor."""
    facts = [ctx.fact(LocalText("Naam", "Name"), case.victim.name)]
    born = case.victim.date_of_birth
    if birth_date and born is not None:
        facts.append(ctx.fact(LocalText("Geboortedatum", "Date of birth"), ctx.date(born)))
    elif birth_date:
        facts.append(ctx.fact(LocalText("Leeftijd", "Age"), str(ctx.age_now)))
    else:
        group = LocalText("minderjarig", "minor") if ctx.minor else LocalText("volwassen", "adult")
        facts.append(ctx.fact(LocalText("Leeftijdsgroep", "Age group"), ctx.t(group)))
    return facts


def contact_facts(case: ReferralCase, ctx: LetterContext) -> list[Fact]:
    """The safe way to reach the victim, and the parent or guardian where they consented.

    A victim old enough to consent alone decides alone: their parents' details stay out.
    """
    contact = case.victim.contact
    language = case.victim.preferred_language
    language_name = LANGUAGE_NAMES.get(language)
    facts = [
        ctx.fact(LocalText("Telefoon", "Phone"), contact.phone),
        ctx.fact(LocalText("E-mail", "E-mail"), contact.email),
        ctx.fact(LocalText("Veilig contact", "Safe contact"), contact.how),
        ctx.fact(
            LocalText("Voorkeurstaal", "Preferred language"),
            ctx.t(language_name) if language_name else language,
        ),
    ]
    if ctx.guardian_consented and case.guardian is not None:
        facts.append(
            ctx.fact(LocalText("Ouder of voogd", "Parent or guardian"), case.guardian.name)
        )
        facts.append(
            ctx.fact(
                LocalText("Contact ouder of voogd", "Parent's or guardian's contact"),
                case.guardian.contact,
            )
        )
    return facts


def needs_lines(case: ReferralCase, ctx: LetterContext, which: Iterable[str]) -> list[str]:
    """The needs (among `which`) the victim said yes to."""
    answers = case.needs.model_dump()
    return [ctx.t(NEED_NAMES[need]) for need in which if answers[need] == "yes"]


def answer(value: Answer, ctx: LetterContext) -> str:
    return ctx.t(ANSWERS[value])


CONTACT = LocalText("Contact", "Contact")
PERSON = LocalText("Betrokkene", "Person concerned")
NEEDS = LocalText("Hulpvraag", "Needs")
NARRATIVE_LEFT_OUT = LocalText(
    "Het verhaal: wat er is gebeurd, in de woorden van het slachtoffer",
    "The story: what happened, in the victim's own words",
)
SUSPECT_LEFT_OUT = LocalText("Alles over de verdachte", "Anything about the suspect")
CONTACT_CARRIED = LocalText(
    "Veilige contactgegevens en voorkeurstaal; ouder of voogd als die toestemming gaf",
    "Safe contact details and preferred language; the parent or guardian if they consented",
)
URGENT_CONTACT = LocalText(
    "Spoed: graag zo snel mogelijk contact.", "Urgent: please make contact as soon as possible."
)
