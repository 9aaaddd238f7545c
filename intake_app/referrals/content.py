"""A letter as plain text in one language, ready for the PDF layer (which escapes all of it)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from intake_app.referrals.directory import ServiceId
from intake_app.referrals.text import Language


@dataclass(frozen=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True)
class Section:
    heading: str
    facts: tuple[Fact, ...] = ()
    lines: tuple[str, ...] = ()  # bullet lines, for lists without labels


@dataclass(frozen=True)
class LetterContent:
    service: ServiceId
    language: Language
    training: bool
    letterhead: tuple[str, ...]  # station name, address lines, phone
    addressee: tuple[str, ...]
    date: str
    reference: str
    subject: str
    salutation: str
    opening: tuple[str, ...]
    sections: tuple[Section, ...]
    closing: tuple[str, ...]
    sign_off: str
    signature: tuple[str, ...]  # officer name, station, contact
    left_out: tuple[str, ...]  # what the letter deliberately does not say, for the preview

    def texts(self) -> Iterator[str]:
        """Every piece of text that ends up on paper, for glyph checks and tests."""
        yield from self.letterhead
        yield from self.addressee
        yield from (self.date, self.reference, self.subject, self.salutation)
        yield from self.opening
        for section in self.sections:
            yield section.heading
            for fact in section.facts:
                yield fact.label
                yield fact.value
            yield from section.lines
        yield from self.closing
        yield self.sign_off
        yield from self.signature
