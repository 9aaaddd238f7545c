"""Reasons in words: each rule module says *which* reason applies (a `Note`: rule id, message
key, values); this module says it in Dutch for the officer, or in English.

The texts are calm and plain, never judge the victim, and name what to ask or do next.
Values are only ages, day counts, dates and the officer's own override reason.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal, get_args

Language = Literal["nl", "en"]
LANGUAGES: Final[tuple[Language, ...]] = get_args(Language)


@dataclass(frozen=True)
class Term:
    """A word said per language; `answer` "declined" adds "(declined to say)" after it."""

    key: str
    answer: str | None = None


@dataclass(frozen=True)
class Said:
    """After "not known": nothing for "unknown", " (declined to say)" for "declined"."""

    answer: str


@dataclass(frozen=True)
class Note:
    """A reason before it has words."""

    rule: str
    key: str
    params: tuple[tuple[str, object], ...] = ()


def note(rule: str, key: str, **params: object) -> Note:
    return Note(rule, key, tuple(params.items()))


def open_answer(rule: str, key: str, answer: str, **params: object) -> Note:
    """A reason about a question left open. After "wil ik niet zeggen" the text never presses
    (no "vraag ernaar"): it says what the officer can do instead (`KEY_declined`)."""
    if answer == "declined":
        return note(rule, f"{key}_declined", **params)
    return note(rule, key, answer=Said(answer), **params)


@dataclass(frozen=True)
class Reason:
    rule: str  # the DOMAIN.md rule id, "R1" ... "R14"
    key: str  # stable message key, for tests and the UI
    text: str


TERMS: Final[Mapping[str, Mapping[Language, str]]] = {
    "declined": {"nl": "antwoord: wil ik niet zeggen", "en": "answer: declined to say"},
    "pressure_or_force": {"nl": "druk of dwang", "en": "pressure or force"},
    "threat_to_publish": {"nl": "dreigen met verspreiden", "en": "a threat to publish"},
    "financial_demand": {"nl": "een eis om geld", "en": "a demand for money"},
    "gap_more": {"nl": "meer dan gering", "en": "more than slight"},
    "gap_slight": {"nl": "niet meer dan gering", "en": "not more than slight"},
    "and": {"nl": "en", "en": "and"},
    "unsafe_now": {"nl": "de persoon is nu niet veilig", "en": "the person is not safe now"},
    "safety_open": {
        "nl": "de veiligheid is niet vastgesteld",
        "en": "safety has not been established",
    },
    "self_harm": {
        "nl": "er zijn (mogelijk) gedachten aan zichzelf iets aandoen",
        "en": "there are (possibly) thoughts of self-harm",
    },
    "money_demanded": {"nl": "er is geld geëist", "en": "money was demanded"},
    "no_suspect": {"nl": "de verdachte is niet bekend", "en": "the suspect is not known"},
    "lives_with_child": {
        "nl": "de verdachte woont bij het kind",
        "en": "the suspect lives with the child",
    },
    "physical_recent": {
        "nl": "er was fysiek seksueel geweld binnen de acute termijn",
        "en": "there was physical sexual violence within the acute window",
    },
}

# One entry per message key: {language: template}. Placeholders are the Note's params.
MESSAGES: Final[Mapping[str, Mapping[Language, str]]] = {
    # --- urgent.py: safety first (R12), deadlines (R1), CSG acute (R6) ---
    "acute_danger": {
        "nl": "De persoon is nu niet veilig. Regel eerst de veiligheid, vóór verdere vragen.",
        "en": "The person is not safe now. Arrange safety first, before further questions.",
    },
    "danger_not_known": {
        "nl": "Of de persoon nu veilig is, is niet vastgesteld{answer}. Vraag hier eerst naar.",
        "en": "Whether the person is safe now has not been established{answer}. Ask this first.",
    },
    "danger_not_known_declined": {
        "nl": "De persoon wil niet zeggen of hij of zij nu veilig is. Dring niet aan. Zeg dat 112 "
        "en een veilige plek altijd kunnen, en leg de melding vandaag voor aan de "
        "TSM-frontoffice.",
        "en": "The person prefers not to say whether they are safe now. Do not press. Say that "
        "112 and a safe place are always there, and put the report to the TSM frontoffice today.",
    },
    "self_harm_risk": {
        "nl": "De persoon heeft gedachten aan zichzelf iets aandoen. Regel vandaag passende hulp "
        "en laat de persoon niet alleen vertrekken zonder afspraak.",
        "en": "The person has thoughts of self-harm. Arrange suitable help today and do not let "
        "the person leave alone without a follow-up arranged.",
    },
    "self_harm_not_known": {
        "nl": "Of er gedachten zijn aan zichzelf iets aandoen, is niet bekend{answer}. "
        "Blijf hier rustig alert op.",
        "en": "Whether there are thoughts of self-harm is not known{answer}. "
        "Stay calmly alert to it.",
    },
    "self_harm_not_known_declined": {
        "nl": "De persoon wil niet zeggen of er gedachten zijn aan zichzelf iets aandoen. Dring "
        "niet aan; geef 113 Zelfmoordpreventie mee (113 of 0800-0113) en blijf er rustig alert "
        "op.",
        "en": "The person prefers not to say whether there are thoughts of self-harm. Do not "
        "press; give them 113 Zelfmoordpreventie (113 or 0800-0113) and stay calmly alert to it.",
    },
    "ongoing_threat": {
        "nl": "De persoon wordt nu nog bedreigd of onder druk gezet: spoed. Bespreek vandaag met "
        "de TSM-frontoffice wat nu kan. Advies aan de persoon: niet ingaan op eisen, niet betalen, "
        "bewijs bewaren, het contact stoppen.",
        "en": "The person is still being threatened or pressured: urgent. Discuss with the TSM "
        "frontoffice today what can be done now. Advice to the person: do not comply, do not pay, "
        "keep evidence, stop contact.",
    },
    "publication_deadline": {
        "nl": "De afperser stelt een termijn binnen {hours} uur. Spoed: bespreek direct met de "
        "TSM-frontoffice wat nu kan, en laat het beeldmateriaal zo snel mogelijk verwijderen.",
        "en": "The extortionist set a deadline within {hours} hours. Urgent: discuss with the TSM "
        "frontoffice what can be done now, and have the images removed as soon as possible.",
    },
    "deadline_not_known": {
        "nl": "Er is gedreigd met verspreiden; of er een termijn binnen {hours} uur is, is niet "
        "bekend{answer}. Vraag ernaar: dan is het spoed.",
        "en": "There was a threat to publish; whether there is a deadline within {hours} hours "
        "is not known{answer}. Ask: if so, it is urgent.",
    },
    "deadline_not_known_declined": {
        "nl": "Er is gedreigd met verspreiden; de persoon wil niet zeggen of er een termijn is. "
        "Dring niet aan. Behandel het als mogelijk dringend: leg het vandaag voor aan de "
        "TSM-frontoffice en wijs op Offlimits.",
        "en": "There was a threat to publish; the person prefers not to say whether there is a "
        "deadline. Do not press. Treat it as possibly urgent: put it to the TSM frontoffice "
        "today and point to Offlimits.",
    },
    "csg_acute": {
        "nl": "Het laatste fysieke contact was {days_ago} dag(en) geleden, binnen {days} dagen: "
        "acuut voor het Centrum Seksueel Geweld (forensisch-medisch onderzoek, noodanticonceptie, "
        "hiv-preventie). Verwijs direct.",
        "en": "The last physical contact was {days_ago} day(s) ago, within {days} days: acute for "
        "the Centre for Sexual Violence (forensic-medical examination, emergency contraception, "
        "HIV prophylaxis). Refer at once.",
    },
    "csg_acute_no_dates": {
        "nl": "Er was fysiek contact en er is geen datum bekend; de app rekent met vandaag: acuut "
        "voor het Centrum Seksueel Geweld (binnen {days} dagen). Vraag wanneer het laatste "
        "contact was.",
        "en": "There was physical contact and no date is known; the app counts it as today: acute "
        "for the Centre for Sexual Violence (within {days} days). Ask when the last contact was.",
    },
    "csg_acute_facts_recent": {
        "nl": "De feiten begonnen binnen {days} dagen, dus het laatste fysieke contact ook: acuut "
        "voor het Centrum Seksueel Geweld. Vraag de datum van het laatste contact; daarvan hangt "
        "het venster voor hiv-preventie af.",
        "en": "The facts began within {days} days, so the last physical contact did too: acute "
        "for the Centre for Sexual Violence. Ask the date of the last contact; the window for HIV "
        "prophylaxis depends on it.",
    },
    "csg_last_contact_not_known": {
        "nl": "De datum van het laatste fysieke contact is niet bekend. Was dat binnen {days} "
        "dagen, dan is het acuut voor het Centrum Seksueel Geweld. Vraag ernaar.",
        "en": "The date of the last physical contact is not known. If it was within {days} days, "
        "it is acute for the Centre for Sexual Violence. Ask about it.",
    },
    "csg_not_acute": {
        "nl": "Het laatste fysieke contact was {days_ago} dagen geleden, langer dan {days} dagen: "
        "niet meer acuut voor het Centrum Seksueel Geweld.",
        "en": "The last physical contact was {days_ago} days ago, more than {days} days: no "
        "longer acute for the Centre for Sexual Violence.",
    },
    "pep_open": {
        "nl": "Hiv-preventie (PEP) werkt het best binnen {hours} uur na het contact; dat venster "
        "sluit uiterlijk op {closes}, afhankelijk van het tijdstip van het contact.",
        "en": "HIV prophylaxis (PEP) works best within {hours} hours of the contact; that window "
        "closes at the latest on {closes}, depending on the time of the contact.",
    },
    "pep_closes_today": {
        "nl": "Hiv-preventie (PEP) werkt het best binnen {hours} uur na het contact; dat venster "
        "sluit vandaag (of is net gesloten). Geen tijd verliezen.",
        "en": "HIV prophylaxis (PEP) works best within {hours} hours of the contact; that window "
        "closes today (or has just closed). Lose no time.",
    },
    "pep_closed": {
        "nl": "Het venster van {hours} uur voor hiv-preventie (PEP) is gesloten (uiterlijk op "
        "{closes}); het Centrum Seksueel Geweld blijft acuut voor de andere zorg.",
        "en": "The {hours}-hour window for HIV prophylaxis (PEP) has closed (at the latest on "
        "{closes}); the Centre for Sexual Violence remains acute for the other care.",
    },
    # --- age.py: R4 ---
    "earliest_from_physical_date": {
        "nl": "De datum van het laatste fysieke contact ligt vóór de opgegeven eerste datum. De "
        "app rekent met de vroegste van de twee; controleer beide data.",
        "en": "The date of the last physical contact lies before the given first date. The app "
        "counts from the earlier of the two; check both dates.",
    },
    "age_unknown": {
        "nl": "De leeftijd van het slachtoffer is niet bekend. Vraag de geboortedatum of de "
        "leeftijd: de leeftijd ten tijde van de feiten bepaalt de groep.",
        "en": "The victim's age is not known. Ask the date of birth or the age: the age at the "
        "time of the facts decides the group.",
    },
    "age_estimate_adult": {
        "nl": "De leeftijd van het slachtoffer is niet bekend; de agent schat de persoon "
        "volwassen in. De app rekent daarmee. Blijkt de persoon ten tijde van de feiten "
        "minderjarig, leg dan de leeftijd vast: dan verandert de indeling.",
        "en": "The victim's age is not known; the officer estimates the person to be an adult. "
        "The app counts with that. If the person was a minor at the time of the facts, record "
        "the age: the grouping then changes.",
    },
    "age_estimate_minor": {
        "nl": "De leeftijd van het slachtoffer is niet bekend; de agent schat de persoon "
        "minderjarig in. Vraag naar de geboortedatum of de leeftijd als dat kan.",
        "en": "The victim's age is not known; the officer estimates the person to be a minor. "
        "Ask for the date of birth or the age if possible.",
    },
    "age_at_incident": {
        "nl": "Leeftijd ten tijde van de feiten (vanaf {day}): {age} jaar. Die leeftijd telt, "
        "niet de leeftijd nu.",
        "en": "Age at the time of the facts (from {day}): {age}. That age counts, not the age now.",
    },
    "age_at_incident_range": {
        "nl": "Alleen de leeftijd nu ({now}) is bekend; op {day} was het slachtoffer {low} of "
        "{high} jaar. De app rekent met {low}; vraag de geboortedatum.",
        "en": "Only the age now ({now}) is known; on {day} the victim was {low} or {high}. The "
        "app counts with {low}; ask the date of birth.",
    },
    "age_at_incident_either": {
        "nl": "Alleen de leeftijd nu is bekend; ten tijde van de feiten was het slachtoffer {low} "
        "of {high} jaar. Voor de indeling maakt dat geen verschil.",
        "en": "Only the age now is known; at the time of the facts the victim was {low} or "
        "{high}. For the grouping that makes no difference.",
    },
    "dob_contradicts_age": {
        "nl": "De opgegeven leeftijd past niet bij de geboortedatum; de app rekent met de "
        "geboortedatum (nu {now} jaar). Controleer dit.",
        "en": "The stated age does not match the date of birth; the app uses the date of birth "
        "(now {now}). Check this.",
    },
    # --- groups.py: R5 age gap ---
    "no_suspect_listed": {
        "nl": "Er is geen verdachte opgegeven, dus de leeftijd van de verdachte is niet bekend.",
        "en": "No suspect is listed, so the suspect's age is not known.",
    },
    "suspect_age_contradictory": {
        "nl": "Bij verdachte {n} spreken de leeftijd en de schatting (minderjarig/volwassen) "
        "elkaar tegen; de app gebruikt geen van beide. Vraag door.",
        "en": "For suspect {n} the age and the estimate (minor/adult) contradict each other; the "
        "app uses neither. Ask further.",
    },
    "gap_more_than_slight": {
        "nl": "Leeftijdsverschil met verdachte {n}: {years} jaar, meer dan de {threshold} jaar "
        "uit het beleid: meer dan gering.",
        "en": "Age gap with suspect {n}: {years} years, more than the policy's {threshold} years: "
        "more than slight.",
    },
    "gap_slight": {
        "nl": "Leeftijdsverschil met verdachte {n}: {years} jaar, niet meer dan de {threshold} "
        "jaar uit het beleid: gering.",
        "en": "Age gap with suspect {n}: {years} years, not more than the policy's {threshold} "
        "years: slight.",
    },
    "estimate_more_than_slight": {
        "nl": "Verdachte {n} is naar schatting zo veel ouder of jonger dat het verschil zeker meer "
        "is dan {threshold} jaar: meer dan gering.",
        "en": "Suspect {n} is by estimate so much older or younger that the gap is surely more "
        "than {threshold} years: more than slight.",
    },
    "estimate_slight": {
        "nl": "Het verschil met verdachte {n} is naar schatting zeker niet meer dan {threshold} "
        "jaar: gering.",
        "en": "By estimate, the gap with suspect {n} is surely not more than {threshold} years: "
        "slight.",
    },
    "estimate_undecided": {
        "nl": "Met alleen een schatting van de leeftijd van verdachte {n} is niet te zeggen of het "
        "verschil meer dan {threshold} jaar is.",
        "en": "With only an estimate of suspect {n}'s age it cannot be said whether the gap is "
        "more than {threshold} years.",
    },
    "suspect_age_unknown": {
        "nl": "De leeftijd van verdachte {n} is niet bekend.",
        "en": "The age of suspect {n} is not known.",
    },
    "gap_default_c": {
        "nl": "Een meer dan gering leeftijdsverschil is dus niet uit te sluiten; bij een "
        "minderjarig slachtoffer geldt dan groep C. Is de leeftijd later bekend, of beoordeelt u "
        "het verschil anders, leg dat dan vast met een reden.",
        "en": "A more than slight age gap therefore cannot be ruled out; for a minor victim that "
        "means group C. If the age becomes known, or you judge the gap differently, record that "
        "with a reason.",
    },
    "override_not_needed": {
        "nl": "De beoordeling van het leeftijdsverschil door de agent is vastgelegd, maar speelt "
        "hier geen rol: het slachtoffer was volwassen of het gaat niet om beeldmateriaal.",
        "en": "The officer's judgement of the age gap is recorded but plays no part here: the "
        "victim was an adult or the case is not about images.",
    },
    "override_confirms": {
        "nl": "De agent bevestigt: het leeftijdsverschil is {judged}. Reden: {why}",
        "en": "The officer confirms: the age gap is {judged}. Reason: {why}",
    },
    "override_applied": {
        "nl": "De agent beoordeelt het leeftijdsverschil als {judged}, anders dan de berekening. "
        "Reden: {why}",
        "en": "The officer judges the age gap {judged}, unlike the calculation. Reason: {why}",
    },
    "override_decides": {
        "nl": "De agent beoordeelt het leeftijdsverschil als {judged}; een berekening was niet "
        "mogelijk, omdat een leeftijd onbekend is. Reden: {why}",
        "en": "The officer judges the age gap {judged}; no calculation was possible, because an "
        "age is unknown. Reason: {why}",
    },
    # --- groups.py: R2 ---
    "no_image_kind": {
        "nl": "Geen misbruik van seksueel beeldmateriaal opgegeven; de groepen A, B en C gelden "
        "hier niet.",
        "en": "No abuse of sexual images given; groups A, B and C do not apply here.",
    },
    "c_victim_age_unknown": {
        "nl": "Groep C: de leeftijd ten tijde van de feiten is niet bekend, dus een minderjarig "
        "slachtoffer is niet uit te sluiten.",
        "en": "Group C: the age at the time of the facts is not known, so a minor victim cannot be "
        "ruled out.",
    },
    "a_adult_estimate": {
        "nl": "Groep A: volwassen slachtoffer volgens de inschatting van de agent (leeftijd "
        "onbekend).",
        "en": "Group A: adult victim by the officer's estimate (age unknown).",
    },
    "a_adult": {
        "nl": "Groep A: volwassen slachtoffer ({age} jaar ten tijde van de feiten).",
        "en": "Group A: adult victim ({age} at the time of the facts).",
    },
    "c_younger_than_12": {
        "nl": "Groep C: het kind was jonger dan 12 ({age} jaar).",
        "en": "Group C: the child was younger than 12 ({age}).",
    },
    "c_age_gap": {
        "nl": "Groep C: minderjarig slachtoffer ({age} jaar) met een meer dan gering "
        "leeftijdsverschil.",
        "en": "Group C: minor victim ({age}) with a more than slight age gap.",
    },
    "c_age_gap_not_ruled_out": {
        "nl": "Groep C: minderjarig slachtoffer ({age} jaar); een meer dan gering "
        "leeftijdsverschil is niet uit te sluiten.",
        "en": "Group C: minor victim ({age}); a more than slight age gap cannot be ruled out.",
    },
    "c_sextortion": {
        "nl": "Groep C: minderjarig slachtoffer ({age} jaar) van afpersing met beeldmateriaal; "
        "afpersing is dwang.",
        "en": "Group C: minor victim ({age}) of extortion with images; extortion is coercion.",
    },
    "c_pressure_or_force": {
        "nl": "Groep C: minderjarig slachtoffer ({age} jaar) en er was druk of dwang.",
        "en": "Group C: minor victim ({age}) and there was pressure or force.",
    },
    "c_threat_to_publish": {
        "nl": "Groep C: minderjarig slachtoffer ({age} jaar) en er is gedreigd met verspreiden; "
        "dat is dwang.",
        "en": "Group C: minor victim ({age}) and there was a threat to publish; that is coercion.",
    },
    "c_financial_demand": {
        "nl": "Groep C: minderjarig slachtoffer ({age} jaar) en er is een financieel element.",
        "en": "Group C: minor victim ({age}) and there is a financial element.",
    },
    "b_peers": {
        "nl": "Groep B: minderjarig slachtoffer ({age} jaar), gering leeftijdsverschil, geen druk "
        "of dwang en geen financieel element bekend.",
        "en": "Group B: minor victim ({age}), slight age gap, no pressure or force and no "
        "financial element known.",
    },
    "b_but_not_known": {
        "nl": "Niet bekend: {questions}. Blijkt daar wel sprake van, dan wordt het groep C.",
        "en": "Not known: {questions}. If any of these turns out to be so, it becomes group C.",
    },
    # --- routing.py: R1, R3, R6 ---
    "physical_date_without_physical_kind": {
        "nl": "Er is een datum van fysiek seksueel contact opgegeven, maar geen aanranding of "
        "verkrachting. De app gaat uit van fysiek contact; controleer de soort feiten.",
        "en": "A date of physical sexual contact is given, but no assault or rape. The app "
        "assumes physical contact; check the kinds of facts.",
    },
    "tsm_group_c": {
        "nl": "Groep C wordt altijd door de TSM onderzocht.",
        "en": "Group C is always investigated by the TSM.",
    },
    "tsm_physical": {
        "nl": "Fysiek seksueel geweld (aanranding, verkrachting) gaat naar de TSM voor onderzoek.",
        "en": "Physical sexual violence (assault, rape) goes to the TSM for investigation.",
    },
    "frontoffice_group_a_b": {
        "nl": "Groep {category}: leg de melding voor advies voor aan de TSM-frontoffice; daarna "
        "kan de wijkagent of het basisteam handelen.",
        "en": "Group {category}: put the report to the TSM frontoffice for advice; after that a "
        "community officer or the basic team may act.",
    },
    "frontoffice_advice": {
        "nl": "Leg de melding, zoals elke melding van een zedenfeit, voor advies voor aan de "
        "TSM-frontoffice.",
        "en": "Put the report, like every report of a sexual offence, to the TSM frontoffice for "
        "advice.",
    },
    # --- referrals.py: suggestions; R6, R10, R13 ---
    "offlimits": {
        "nl": "Suggestie: Offlimits (Helpwanted) voor advies en het laten verwijderen van "
        "beeldmateriaal.",
        "en": "Suggestion: Offlimits (Helpwanted) for advice and getting images removed.",
    },
    "offlimits_acute": {
        "nl": "Suggestie, met spoed: Offlimits (Helpwanted) om beeldmateriaal te laten verwijderen "
        "vóór de termijn verloopt.",
        "en": "Suggestion, urgent: Offlimits (Helpwanted) to get images removed before the "
        "deadline.",
    },
    "csg_refer_acute": {
        "nl": "Suggestie, direct: Centrum Seksueel Geweld voor acute medische en "
        "forensisch-medische zorg.",
        "en": "Suggestion, at once: Centre for Sexual Violence for acute medical and "
        "forensic-medical care.",
    },
    "csg_refer": {
        "nl": "Suggestie: Centrum Seksueel Geweld voor medische zorg en psychische "
        "ondersteuning na fysiek seksueel geweld.",
        "en": "Suggestion: Centre for Sexual Violence for medical care and psychological "
        "support after physical sexual violence.",
    },
    "veilig_thuis_child": {
        "nl": "Suggestie: Veilig Thuis, want de verdachte woont bij het kind of is familie. Woont "
        "de verdachte bij het kind, bespreek dan vandaag nog de veiligheid thuis.",
        "en": "Suggestion: Veilig Thuis, because the suspect lives with the child or is family. "
        "If the suspect lives with the child, discuss safety at home today.",
    },
    "veilig_thuis_adult": {
        "nl": "Suggestie: Veilig Thuis, want de verdachte woont bij het slachtoffer of is familie "
        "(huiselijk geweld).",
        "en": "Suggestion: Veilig Thuis, because the suspect lives with the victim or is family "
        "(domestic violence).",
    },
    "veilig_thuis_access": {
        "nl": "Suggestie: Veilig Thuis, want de verdachte kan gemakkelijk bij het kind komen (hij "
        "of zij woont er niet). Niet acuut om die reden alleen; bespreek de veiligheid met de "
        "ouder of voogd als dat veilig is.",
        "en": "Suggestion: Veilig Thuis, because the suspect has easy access to the child (without "
        "living there). Not acute for that reason alone; discuss safety with the parent or "
        "guardian if that is safe.",
    },
    "veilig_thuis_guardian_unsafe": {
        "nl": "Suggestie: Veilig Thuis, want het is niet veilig de ouder of voogd te betrekken. "
        "Bel Veilig Thuis zelf en leg het voor aan de TSM-frontoffice; daarvoor is geen "
        "toestemming van de ouder nodig (R13).",
        "en": "Suggestion: Veilig Thuis, because it is not safe to involve the parent or "
        "guardian. Call Veilig Thuis yourself and put it to the TSM frontoffice; that needs no "
        "consent from the parent (R13).",
    },
    "home_not_known": {
        "nl": "Niet bekend of de verdachte bij het kind woont of familie is. Vraag ernaar: zo ja, "
        "dan Veilig Thuis.",
        "en": "Not known whether the suspect lives with the child or is family. Ask: if so, "
        "Veilig Thuis.",
    },
    "home_not_known_declined": {
        "nl": "De persoon wil niet zeggen of de verdachte bij het kind woont, er gemakkelijk bij "
        "kan komen of familie is. Dring niet aan; bespreek met de TSM-frontoffice of Veilig "
        "Thuis nodig is.",
        "en": "The person prefers not to say whether the suspect lives with the child, has easy "
        "access or is family. Do not press; discuss with the TSM frontoffice whether Veilig "
        "Thuis is needed.",
    },
    "shn": {
        "nl": "Suggestie: Slachtofferhulp Nederland voor praktische, juridische en emotionele "
        "steun, ook zonder aangifte.",
        "en": "Suggestion: Slachtofferhulp Nederland (victim support) for practical, legal and "
        "emotional support, also without a report.",
    },
    "herstelbemiddeling": {
        "nl": "Suggestie: Perspectief Herstelbemiddeling, omdat het slachtoffer zegt dat te "
        "willen en geen van de belemmeringen geldt (geen gevaar nu, geen zelfbeschadiging, geen "
        "geldeis, verdachte bekend, niet samenwonend met een kind, geen recent fysiek geweld). "
        "Alleen als beiden dat willen; de bemiddelaars beoordelen de veiligheid opnieuw.",
        "en": "Suggestion: Perspectief Herstelbemiddeling (restorative mediation), because the "
        "victim says they want it and none of the obstacles holds (no danger now, no self-harm, "
        "no money demand, suspect known, not living with a child, no recent physical violence). "
        "Only if both want it; the mediators assess safety again.",
    },
    "herstelbemiddeling_not_now": {
        "nl": "Het slachtoffer wil herstelbemiddeling, maar die wordt nu niet voorgesteld: {why}. "
        "Zeg dat het later alsnog kan en leg de wens vast voor de TSM-frontoffice.",
        "en": "The victim wants restorative mediation, but it is not suggested now: {why}. Say "
        "that it remains possible later and record the wish for the TSM frontoffice.",
    },
    # --- flags.py: R4 consent, R8, R9; R14 ---
    "mededelingsgesprek": {
        "nl": "Het slachtoffer wil dat de verdachte wordt ingelicht. Overleg eerst met de "
        "hulpofficier van justitie; pas daarna een mededelingsgesprek.",
        "en": "The victim wants the suspect informed. Consult the assistant public prosecutor "
        "first; only then an informing conversation.",
    },
    "mededelingsgesprek_not_asked": {
        "nl": "Of het slachtoffer wil dat de verdachte wordt ingelicht, is niet bekend{answer}. "
        "Zonder uitdrukkelijk verzoek geen mededelingsgesprek.",
        "en": "Whether the victim wants the suspect informed is not known{answer}. No informing "
        "conversation without an explicit request.",
    },
    "mededelingsgesprek_not_asked_declined": {
        "nl": "De persoon wil niet zeggen of de verdachte moet worden ingelicht. Dan geen "
        "mededelingsgesprek; de persoon kan er later altijd op terugkomen.",
        "en": "The person prefers not to say whether the suspect should be informed. Then no "
        "informing conversation; the person can always come back to it later.",
    },
    "offender_informed_risk_to_child": {
        "nl": "Let op: de verdachte die ingelicht zou worden, woont bij het kind of is familie. "
        "Dat kan het kind in gevaar brengen of onder druk zetten de melding in te trekken. "
        "Bespreek dit met de hulpofficier van justitie vóór er iets gebeurt.",
        "en": "Caution: the suspect who would be informed lives with the child or is family. That "
        "may put the child in danger or under pressure to retract. Discuss this with the "
        "assistant public prosecutor before anything happens.",
    },
    "victim_also_suspect": {
        "nl": "De persoon is mogelijk gedwongen beelden van anderen te maken, door te sturen of te "
        "bewaren. Vraag hier niet verder naar en maak er geen verwijt van; de persoon is hier "
        "slachtoffer. Leg het voor aan de TSM en de officier van justitie, die beslissen.",
        "en": "The person may have been made to make, forward or keep images of others. Ask "
        "nothing further about it and do not blame; the person is a victim here. Put it to the "
        "TSM and the public prosecutor, who decide.",
    },
    "under_12_never_suspect": {
        "nl": "Het kind was {age} jaar: een kind onder de 12 is nooit verdachte (art. 486 Sv). "
        "Vraag er niet naar; de TSM hoort het bij de zaak.",
        "en": "The child was {age}: a child under 12 is never a suspect (art. 486 Sv). Do not ask "
        "about it; the TSM hears of it with the case.",
    },
    "guardian_unsafe": {
        "nl": "Het is niet veilig de ouder of voogd te betrekken. Verwijs via de professionele "
        "route: bel zelf Veilig Thuis en leg het voor aan de TSM-frontoffice; dat hangt niet af "
        "van toestemming van de ouder. Leg vast wie dat besloot, met de reden.",
        "en": "It is not safe to involve the parent or guardian. Refer by the professional route: "
        "call Veilig Thuis yourself and put it to the TSM frontoffice; that does not depend on "
        "the parent's consent. Record who decided and why.",
    },
    "series_suspected": {
        "nl": "Gegevens van deze melding komen voor in {n} andere intake(s): mogelijk een serie. "
        "Meld dit aan de TSM-frontoffice.",
        "en": "Details of this report occur in {n} other intake(s): possibly a series. Report "
        "this to the TSM frontoffice.",
    },
    "consider_ex_officio": {
        "nl": "Het slachtoffer wil geen aangifte doen; dat is een recht. Vanwege een mogelijke "
        "serie of een minderjarig slachtoffer weegt de TSM-frontoffice of ambtshalve opsporing "
        "nodig is: leg het voor. Hulp blijft ook zonder aangifte.",
        "en": "The victim does not want to report; that is their right. Because of a possible "
        "series or a minor victim, the TSM frontoffice weighs ex-officio investigation: put it "
        "to them. Help stays available without a report.",
    },
    "consent_age_unknown": {
        "nl": "De leeftijd nu is niet bekend, dus ook niet wie toestemming geeft om gegevens te "
        "delen. Stel dat vast vóór er iets wordt gedeeld.",
        "en": "The age now is not known, so neither is who consents to sharing data. Establish "
        "that before anything is shared.",
    },
    "consent_guardian_only": {
        "nl": "Het kind is nu {age} jaar: een ouder of voogd geeft toestemming om gegevens te "
        "delen.",
        "en": "The child is {age} now: a parent or guardian consents to sharing data.",
    },
    "consent_guardian_unsafe": {
        "nl": "Het slachtoffer is nu {age} jaar. Normaal geeft (ook) een ouder of voogd "
        "toestemming om gegevens te delen, maar die is niet veilig te betrekken: Veilig Thuis "
        "en het CSG gaan via de professionele route. Bespreek met de TSM-frontoffice wie voor "
        "andere hulp toestemming kan geven.",
        "en": "The victim is {age} now. Normally a parent or guardian (also) consents to sharing "
        "data, but they are not safe to involve: Veilig Thuis and CSG go by the professional "
        "route. Discuss with the TSM frontoffice who can consent to other help.",
    },
    "consent_victim_and_guardian": {
        "nl": "Het slachtoffer is nu {age} jaar: het slachtoffer én een ouder of voogd geven "
        "toestemming om gegevens te delen (vanaf {alone} jaar het slachtoffer alleen).",
        "en": "The victim is {age} now: the victim and a parent or guardian both consent to "
        "sharing data (from {alone} the victim alone).",
    },
    "child_not_questioned_estimate": {
        "nl": "De agent schat het slachtoffer minderjarig in: vraag niet door over wat er is "
        "gebeurd. Leg alleen vast wat nodig is voor veiligheid, indeling en verwijzing.",
        "en": "The officer estimates the victim to be a minor: do not question further about "
        "what happened. Record only what safety, triage and referral need.",
    },
    "child_not_questioned": {
        "nl": "Het slachtoffer is nu {age} jaar: vraag niet door over wat er is gebeurd. Leg "
        "alleen vast wat nodig is voor veiligheid, indeling en verwijzing; speciaal opgeleide "
        "rechercheurs horen het kind later.",
        "en": "The victim is {age} now: do not question further about what happened. Record only "
        "what safety, triage and referral need; specially trained investigators interview the "
        "child later.",
    },
}


def _say(value: object, language: Language) -> str:
    if isinstance(value, Term):
        word = TERMS[value.key][language]
        return word + _say(Said(value.answer), language) if value.answer else word
    if isinstance(value, Said):
        return f" ({TERMS['declined'][language]})" if value.answer == "declined" else ""
    if isinstance(value, tuple):
        words = [_say(part, language) for part in value]
        if len(words) < 2:
            return "".join(words)
        return f"{', '.join(words[:-1])} {TERMS['and'][language]} {words[-1]}"
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y") if language == "nl" else value.isoformat()
    return str(value)


def render(found: Note, language: Language) -> Reason:
    template = MESSAGES[found.key][language]
    values = {name: _say(value, language) for name, value in found.params}
    return Reason(found.rule, found.key, template.format_map(values))


def placeholders(template: str) -> set[str]:
    """The names a template needs; a test checks both languages need the same."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
