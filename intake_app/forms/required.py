"""The question ids and options the app's code reads: the one list of them.

Triage (interview/answers_document.py) and the letters (referrals/from_interview.py) read the
interview's answers by question id and option. A form in which such an id is renamed or an
option dropped would not fail loudly: the answer would silently count as "unknown" (e.g. the
acute-danger answer `safe_now`). `intake-app forms check` compares the form with this list
(file:line, exit 2), and a test checks that every id those readers use is listed here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from intake_app.forms.model import Form
from intake_app.forms.schema import TEXT_TYPES, QuestionType
from intake_app.forms.yaml_source import FormFileError

YES_NO = QuestionType.YES_NO
TEXT = QuestionType.SHORT_TEXT
LONG = QuestionType.LONG_TEXT
DATE = QuestionType.DATE
AGE = QuestionType.AGE
ONE = QuestionType.SINGLE_CHOICE
MANY = QuestionType.MULTIPLE_CHOICE
IDS = QuestionType.IDENTIFIER_LIST
GROUP = QuestionType.REPEAT_GROUP


@dataclass(frozen=True)
class Needed:
    id: str
    type: QuestionType
    why: str  # what reads it, for the message
    options: tuple[str, ...] = ()  # options the code compares with
    group: str | None = None  # the repeat group it belongs to


SERVICES: Final = ("offlimits", "csg", "veilig_thuis", "shn", "herstelbemiddeling")
T, L = "triage", "letters"  # who reads it

NEEDED: Final[tuple[Needed, ...]] = (
    # safety (R12, R1)
    Needed("safe_now", YES_NO, f"{T} R12 danger now"),
    Needed("threat_ongoing", YES_NO, f"{T} R1 ongoing threat"),
    Needed("extortion_deadline", YES_NO, f"{T} R1 deadline"),
    Needed("deadline_within_48h", YES_NO, f"{T} R1 deadline"),
    Needed("deadline_when", TEXT, f"{L} Offlimits deadline"),
    Needed("self_harm_thoughts", YES_NO, f"{T} R12 self-harm"),
    # the person (R4, R13)
    Needed("reporter", ONE, f"{T} who is telling", ("victim", "guardian", "other")),
    Needed("interview_language", ONE, f"{L} preferred language", ("nl", "en", "other")),
    Needed("interpreter_language", TEXT, f"{L} preferred language"),
    Needed("victim_name", TEXT, f"{L} name"),
    Needed("victim_date_of_birth", DATE, f"{T} R4 age"),
    Needed("victim_age_years", AGE, f"{T} R4 age"),
    Needed("victim_age_estimate", ONE, f"{T} R4 age estimate", ("minor", "adult")),
    Needed("contact_safe_ways", MANY, f"{L} safe contact", ("phone", "email")),
    Needed("contact_phone", TEXT, f"{L} safe contact"),
    Needed("contact_email", TEXT, f"{L} safe contact"),
    Needed("contact_avoid", TEXT, f"{L} safe contact"),
    Needed("guardian_safe_to_involve", YES_NO, f"{T} R13 guardian"),
    Needed("guardian_name", TEXT, f"{L} guardian"),
    Needed("guardian_phone", TEXT, f"{L} guardian"),
    # what happened, when (R2, R4, R6)
    Needed("account", LONG, f"{L} kept out of every letter"),
    Needed("minor_spontaneous_note", LONG, f"{L} kept out of every letter"),
    Needed(
        "incident_kinds",
        MANY,
        f"{T} R2 R6 kinds",
        (
            "image_abuse",
            "sextortion",
            "grooming",
            "sexchatting",
            "physical_assault",
            "rape",
            "other",
        ),
    ),
    Needed("incident_first_date", DATE, f"{T} R4 first date"),
    Needed("incident_last_date", DATE, f"{L} last date"),
    # who (R5, R7, R13)
    Needed("suspects", GROUP, f"{T} R5 R13 suspects"),
    Needed("age_years", AGE, f"{T} R5 age gap", group="suspects"),
    Needed("age_estimate", ONE, f"{T} R5 age gap", ("minor", "adult"), group="suspects"),
    Needed(
        "relation",
        ONE,
        f"{L} R13 relation",
        ("partner_or_ex", "parent_or_carer", "acquaintance", "online_only", "stranger", "other"),
        group="suspects",
    ),
    Needed("family", YES_NO, f"{T} R13 family", group="suspects"),
    Needed("lives_with_victim", YES_NO, f"{T} R13 lives with", group="suspects"),
    Needed("has_access", YES_NO, f"{T} R13 access", group="suspects"),
    Needed("identifiers", IDS, "seriality R7", group="suspects"),
    Needed("other_children_home", YES_NO, f"{L} R13 household"),
    # pressure and images (R2, R9)
    Needed("pressure_or_force", YES_NO, f"{T} R2 coercion"),
    Needed("threat_to_publish", YES_NO, f"{T} R2 coercion"),
    Needed("financial_demand", YES_NO, f"{T} R2 financial"),
    Needed("images_exist", YES_NO, f"{L} Offlimits"),
    Needed("images_distributed", YES_NO, f"{L} Offlimits"),
    Needed("image_locations", IDS, f"{L} Offlimits"),
    Needed("victim_made_or_shared_material", YES_NO, f"{T} R9 own images"),
    Needed("material_of_others", YES_NO, f"{T} R9 images of others"),
    # physical (R6)
    Needed("physical_last_date", DATE, f"{T} R6 acute window"),
    Needed("physical_last_time", TEXT, f"{L} CSG PEP window"),
    Needed("physical_penetration", YES_NO, f"{L} CSG"),
    Needed("physical_drugging", YES_NO, f"{L} CSG"),
    Needed("physical_injuries", YES_NO, f"{L} CSG"),
    Needed("csg_already_called", YES_NO, f"{L} CSG"),
    Needed("csg_call_now", YES_NO, f"{L} CSG"),
    # needs and wishes (R8, R10, R11)
    Needed(
        "needs",
        MANY,
        f"{L} needs",
        ("safety", "image_removal", "medical_care", "support", "information"),
    ),
    Needed("report_wish", ONE, f"{T} R10 report wish", ("now", "later", "not", "undecided")),
    Needed("wants_offender_informed", YES_NO, f"{T} R8 informing"),
    Needed("restorative_interest", YES_NO, f"{T} R8 mediation"),
    # consent (R4) and the officer's judgement (R5)
    Needed("consent_given_by", ONE, f"{L} R4 consent", ("victim", "guardian", "both")),
    *(Needed(f"consent_{service}", YES_NO, f"{L} R4 consent") for service in SERVICES),
    Needed("age_gap_assessment", ONE, f"{T} R5 override", ("more_than_slight", "slight")),
    Needed("age_gap_reason", LONG, f"{T} R5 override"),
)
NEEDED_IDS: Final[frozenset[str]] = frozenset(needed.id for needed in NEEDED)


def _same_kind(found: QuestionType, needed: QuestionType) -> bool:
    # Short and long text are read alike; the wording's owner may choose either.
    return found == needed or {found, needed} <= TEXT_TYPES


def missing_in(form: Form, path: Path) -> Iterator[FormFileError]:
    """Every id, type, group or option the code reads that this form lacks, as file:line."""
    for needed in NEEDED:
        question = form.questions.get(needed.id)
        if question is None:
            yield FormFileError(
                path,
                1,
                f"question '{needed.id}' is missing, but the app reads it ({needed.why}); "
                "question ids stay stable: put it back or rename it back",
            )
            continue
        if not _same_kind(question.type, needed.type) or question.group != needed.group:
            yield FormFileError(
                path,
                question.line,
                f"question '{needed.id}' must be {needed.type.value}"
                + (f" in the repeat group '{needed.group}'" if needed.group else " (top level)")
                + f": the app reads it so ({needed.why})",
            )
            continue
        for option in needed.options:
            if option not in question.options:
                yield FormFileError(
                    path,
                    question.line,
                    f"question '{needed.id}' has no option '{option}', but the app reads it "
                    f"({needed.why}); option ids stay stable",
                )
