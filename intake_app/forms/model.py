"""A loaded, checked form: what the interview engine and the UI work with."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from intake_app.forms.address import Addressee
from intake_app.forms.expressions import Compiled
from intake_app.forms.policy import Policy
from intake_app.forms.schema import QuestionType

SOURCE_LANGUAGE = "nl"
REQUIRED_LANGUAGES = ("nl", "en")

# Kinds of identifier an identifier_list answer may hold (R7: matched across intakes).
IDENTIFIER_KINDS: Mapping[str, Mapping[str, str]] = {
    "phone": {"nl": "telefoonnummer", "en": "phone number"},
    "email": {"nl": "e-mailadres", "en": "e-mail address"},
    "handle": {"nl": "accountnaam op een platform", "en": "handle on a platform"},
    "profile_url": {"nl": "link naar een profiel", "en": "profile link"},
    "url": {"nl": "link (website, bestand)", "en": "link (website, file)"},
    "iban": {"nl": "rekeningnummer (IBAN)", "en": "bank account (IBAN)"},
    "crypto_wallet": {"nl": "cryptowallet", "en": "crypto wallet"},
    "username": {"nl": "gebruikersnaam", "en": "username"},
}


@dataclass(frozen=True)
class Text:
    """A question's wording in one language.

    `ask` and `plain` are the wording for an adult telling ("u"); where the wording depends on
    who is addressed, the variants are kept too and `addressed` picks one (address.py).
    """

    ask: str
    guidance: str
    plain: str | None
    ask_variants: Mapping[str, str] | None = None  # address: wording
    plain_variants: Mapping[str, str] | None = None

    def addressed(self, addressee: Addressee, language: str) -> Text:
        """The wording said to this person, with the variants resolved."""
        ask = addressee.render(self.ask_variants or self.ask, language)
        plain = self.plain
        if self.plain_variants is not None:
            plain = addressee.render(self.plain_variants, language)
        return Text(ask, self.guidance, plain)


@dataclass(frozen=True)
class Check:
    id: str
    rule: Compiled
    message: Mapping[str, str]  # language: text


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    section: str
    group: str | None  # the repeat group it belongs to
    order: int  # position in the whole form, groups' questions right after the group
    line: int | None
    text: Mapping[str, Text]
    options: tuple[str, ...] = ()
    option_text: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # option: lang: text
    relevant: Compiled | None = None
    checks: tuple[Check, ...] = ()
    max_length: int | None = None
    min_value: int = 0
    max_value: int = 120
    max_items: int | None = None
    questions: tuple[Question, ...] = ()  # of a repeat group
    officer: bool = False  # filled in by the officer (an estimate, notes)
    officer_when: Compiled | None = None  # when it is asked of a parent, not of who tells

    def wording(self, language: str, addressee: Addressee) -> Text:
        """What the officer says to this person, in `language` (Dutch when not translated)."""
        text = self.text.get(language) or self.text[SOURCE_LANGUAGE]
        return text.addressed(addressee, language)


@dataclass(frozen=True)
class Section:
    id: str
    title: Mapping[str, str]
    intro: Mapping[str, str] | None
    relevant: Compiled | None
    questions: tuple[Question, ...]
    line: int | None


@dataclass(frozen=True)
class Form:
    id: str
    path: Path
    languages: tuple[str, ...]
    title: Mapping[str, str]
    sections: tuple[Section, ...]
    computed: Mapping[str, Compiled]
    policy: Policy
    questions: Mapping[str, Question]  # every question by id, repeat groups' questions too

    def question(self, question_id: str) -> Question:
        return self.questions[question_id]

    def walk(self) -> Iterator[Question]:
        """Every question in form order, a group's questions right after the group."""
        for section in self.sections:
            for question in section.questions:
                yield question
                yield from question.questions
