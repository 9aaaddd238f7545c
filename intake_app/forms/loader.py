"""Load a form from forms/: schema, unique ids, conditions, order, translations.

Every problem is reported with file, line and reason (FormFileError); `load_form` refuses a form
with any problem, `read_form` returns all problems for `intake-app forms check`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from intake_app.forms.address import CHILD, Address
from intake_app.forms.address_check import address_problems, fill_policy, neutral_problem
from intake_app.forms.expressions import (
    INTAKE_DATE,
    YES_NO_OPTIONS,
    Compiled,
    ExpressionError,
    Kind,
    Symbol,
    Symbols,
    compile_expression,
)
from intake_app.forms.model import (
    REQUIRED_LANGUAGES,
    SOURCE_LANGUAGE,
    Check,
    Form,
    Question,
    Section,
    Text,
)
from intake_app.forms.policy import POLICY_FILE, Policy, load_policy
from intake_app.forms.schema import (
    CHOICE_TYPES,
    DEFAULT_MAX_LENGTH,
    AddressedText,
    FormSource,
    QuestionSource,
    QuestionText,
    QuestionType,
    TranslationSource,
    Wording,
)
from intake_app.forms.yaml_source import FormFileError, Location, YamlSource, load_yaml
from intake_app.paths import forms_dir

DEFAULT_FORM = "intake"
SOURCE_SUFFIX = f".{SOURCE_LANGUAGE}.yaml"

ModelT = TypeVar("ModelT", bound=BaseModel)

_KINDS = {
    QuestionType.SHORT_TEXT: Kind.TEXT,
    QuestionType.LONG_TEXT: Kind.TEXT,
    QuestionType.DATE: Kind.DATE,
    QuestionType.AGE: Kind.NUMBER,
    QuestionType.SINGLE_CHOICE: Kind.TEXT,
    QuestionType.MULTIPLE_CHOICE: Kind.LIST,
    QuestionType.YES_NO: Kind.TEXT,
    QuestionType.REPEAT_GROUP: Kind.ANY,
    QuestionType.IDENTIFIER_LIST: Kind.LIST,
}


class InvalidFormError(FormFileError):
    """A form with one or more problems; `problems` lists them all, the message names the first."""

    def __init__(self, problems: Sequence[FormFileError]) -> None:
        first = problems[0]
        super().__init__(first.path, first.line, first.reason)
        self.problems = list(problems)


def source_form_path(directory: Path | None = None, name: str = DEFAULT_FORM) -> Path:
    return (directory or forms_dir()) / f"{name}{SOURCE_SUFFIX}"


def form_files(directory: Path) -> list[Path]:
    """The source files of every form in a folder (`*.nl.yaml`)."""
    return sorted(directory.glob(f"*{SOURCE_SUFFIX}"))


def translation_files(source_path: Path) -> dict[str, Path]:
    stem = source_path.name.removesuffix(SOURCE_SUFFIX)
    found = {}
    for path in sorted(source_path.parent.glob(f"{stem}.*.yaml")):
        language = path.name.removeprefix(f"{stem}.").removesuffix(".yaml")
        if language != SOURCE_LANGUAGE and len(language) == 2:
            found[language] = path
    return found


def load_form(path: Path | None = None, policy: Policy | None = None) -> Form:
    """Load the form (default: the shipped intake form); InvalidFormError on any problem."""
    form, problems = read_form(path or source_form_path(), policy)
    if problems or form is None:
        raise InvalidFormError(problems)
    return form


def read_form(path: Path, policy: Policy | None = None) -> tuple[Form | None, list[FormFileError]]:
    """The form and every problem found in it (the form is None when it cannot be built)."""
    builder = _Builder(path)
    form = builder.build(policy)
    return form, builder.problems


def _validated(
    model: type[ModelT], source: YamlSource, problems: list[FormFileError]
) -> ModelT | None:
    if not isinstance(source.data, dict):
        problems.append(source.error((), "the file must be a mapping (keys and values)"))
        return None
    try:
        return model.model_validate(source.data)
    except ValidationError as exc:
        problems.extend(source.validation_errors(exc))
        return None


def _policy_constants(policy: Policy) -> dict[str, int]:
    constants: dict[str, int] = {}

    def flatten(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                flatten(f"{prefix}.{key}", inner)
        elif isinstance(value, int) and not isinstance(value, bool):
            constants[prefix] = value

    flatten("policy", policy.model_dump())
    return constants


@dataclass
class _Builder:
    path: Path
    problems: list[FormFileError] = field(default_factory=list)
    locations: dict[str, Location] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)
    last_order: dict[str, int] = field(default_factory=dict)  # a group: its last question's order
    constants: dict[str, int] = field(default_factory=dict)  # policy.*: for conditions and text

    def build(self, policy: Policy | None) -> Form | None:
        try:
            self.source = load_yaml(self.path)
        except FormFileError as exc:
            self.problems.append(exc)
            return None
        form = _validated(FormSource, self.source, self.problems)
        if policy is None:
            try:
                policy = load_policy(self.path.parent / POLICY_FILE)
            except FormFileError as exc:
                self.problems.append(exc)
        if form is None or policy is None:
            return None
        if form.language != SOURCE_LANGUAGE:
            self.problem(("language",), f"the source form must be in '{SOURCE_LANGUAGE}'")
        self.number_questions(form)
        self.constants = _policy_constants(policy)
        symbols = self.symbols(form, policy)
        computed = self.computed(form, symbols)
        translations = self.translations(form)
        sections = tuple(
            self.section(form, index, symbols, translations) for index in range(len(form.sections))
        )
        questions = {
            question.id: question
            for section in sections
            for top in section.questions
            for question in (top, *top.questions)
        }
        titles = {SOURCE_LANGUAGE: form.title} | {
            language: text.title for language, (text, _) in translations.items()
        }
        return Form(
            id=form.form,
            path=self.path,
            languages=(SOURCE_LANGUAGE, *sorted(translations)),
            title=titles,
            sections=sections,
            computed=computed,
            policy=policy,
            questions=questions,
        )

    def problem(self, location: Sequence[str | int], reason: str) -> None:
        self.problems.append(self.source.error(location, reason))

    # -- ids and order -----------------------------------------------------------------------
    def number_questions(self, form: FormSource) -> None:
        seen_sections: set[str] = set()
        position = 0
        for s_index, section in enumerate(form.sections):
            if section.id in seen_sections:
                self.problem(
                    ("sections", s_index, "id"), f"section id '{section.id}' is used twice"
                )
            seen_sections.add(section.id)
            for q_index, question in enumerate(section.questions):
                location: Location = ("sections", s_index, "questions", q_index)
                position = self.number(question, location, position, form)
                for i_index, inner in enumerate(question.questions or []):
                    position = self.number(inner, (*location, "questions", i_index), position, form)
                if question.questions:
                    self.last_order[question.id] = position - 1

    def number(
        self, question: QuestionSource, location: Location, position: int, form: FormSource
    ) -> int:
        if question.id in self.locations:
            first = self.source.line_of(self.locations[question.id])
            self.problem(
                (*location, "id"),
                f"question id '{question.id}' is used twice (first on line {first})",
            )
            return position
        if question.id in form.computed or question.id == INTAKE_DATE:
            self.problem(
                (*location, "id"), f"'{question.id}' is already the name of a computed value"
            )
        self.locations[question.id] = location
        self.order[question.id] = position
        return position + 1

    def symbols(self, form: FormSource, policy: Policy) -> Symbols:
        questions: dict[str, Symbol] = {}
        for section in form.sections:
            for top in section.questions:
                for question in (top, *(top.questions or [])):
                    group = top.id if question is not top else None
                    options: frozenset[str] | None = None
                    if question.type in CHOICE_TYPES:
                        options = frozenset(question.options or {})
                    elif question.type == QuestionType.YES_NO:
                        options = YES_NO_OPTIONS
                    questions.setdefault(
                        question.id,
                        Symbol(
                            question.id,
                            _KINDS[question.type],
                            options,
                            group,
                            question.type == QuestionType.REPEAT_GROUP,
                        ),
                    )
        return Symbols(questions=questions, constants=_policy_constants(policy))

    def computed(self, form: FormSource, symbols: Symbols) -> Mapping[str, Compiled]:
        for name, text in form.computed.items():
            location = ("computed", name)
            if not name.isidentifier() or name != name.lower():
                self.problem(location, f"computed value name '{name}' must be lower_case")
                continue
            try:
                symbols.computed[name] = compile_expression(text, symbols, expect=None)
            except ExpressionError as exc:
                self.problem(location, f"computed value '{name}': {exc}")
        return dict(symbols.computed)

    def condition(
        self,
        text: str | None,
        symbols: Symbols,
        location: Location,
        *,
        group: str | None,
        position: int,
        own: str | None = None,
    ) -> Compiled | None:
        if text is None:
            return None
        what = "check" if own else "condition"
        try:
            compiled = compile_expression(text, symbols, group=group)
        except ExpressionError as exc:
            self.problem(location, f"{what}: {exc}")
            return None
        for name in sorted(compiled.uses):
            if name == own:
                continue
            last = self.last_order.get(name, self.order.get(name, -1))
            if last >= position:
                self.problem(
                    location,
                    f"{what} uses '{name}', which is asked later (or is the question's own "
                    "group); a question can only depend on answers given before it",
                )
        return compiled

    # -- sections and questions --------------------------------------------------------------
    def section(
        self,
        form: FormSource,
        index: int,
        symbols: Symbols,
        translations: Mapping[str, tuple[TranslationSource, YamlSource]],
    ) -> Section:
        source = form.sections[index]
        location: Location = ("sections", index)
        first = self.order.get(source.questions[0].id, 0)
        relevant = self.condition(
            source.relevant, symbols, (*location, "relevant"), group=None, position=first
        )
        title_problem = neutral_problem(source.title)
        if title_problem:
            self.problem((*location, "title"), f"section '{source.id}', title: {title_problem}")
        titles = {SOURCE_LANGUAGE: source.title}
        intros = {SOURCE_LANGUAGE: self.filled(source.intro)} if source.intro else None
        for language, (text, _) in translations.items():
            translated = text.sections.get(source.id)
            if translated is not None:
                titles[language] = translated.title
                if intros is not None and translated.intro:
                    intros[language] = self.filled(translated.intro)
        questions = tuple(
            self.question(source.id, question, None, symbols, translations)
            for question in source.questions
        )
        return Section(
            id=source.id,
            title=titles,
            intro=intros,
            relevant=relevant,
            questions=questions,
            line=self.source.line_of(location),
        )

    def question(
        self,
        section: str,
        source: QuestionSource,
        group: str | None,
        symbols: Symbols,
        translations: Mapping[str, tuple[TranslationSource, YamlSource]],
    ) -> Question:
        location = self.locations.get(source.id, ())
        position = self.order.get(source.id, 0)
        relevant = self.condition(
            source.relevant, symbols, (*location, "relevant"), group=group, position=position
        )
        officer_when = None
        if isinstance(source.officer, str):
            officer_when = self.condition(
                source.officer, symbols, (*location, "officer"), group=group, position=position
            )
        checks = []
        for c_index, check in enumerate(source.checks):
            rule = self.condition(
                check.rule,
                symbols,
                (*location, "checks", c_index, "rule"),
                group=group,
                position=position,
                own=source.id,
            )
            messages = {SOURCE_LANGUAGE: self.filled(check.message)}
            for language, (text, _) in translations.items():
                entry = text.questions.get(source.id)
                if entry and check.id in entry.checks:
                    messages[language] = self.filled(entry.checks[check.id])
            if rule is not None:
                checks.append(Check(id=check.id, rule=rule, message=messages))
        for where, problem in address_problems(source):
            self.problem((*location, *where), problem)
        texts = {SOURCE_LANGUAGE: self.text(source, self.source, location)}
        option_text = {option: {SOURCE_LANGUAGE: t} for option, t in (source.options or {}).items()}
        for language, (text, yaml) in translations.items():
            entry = text.questions.get(source.id)
            if entry is None:
                continue
            texts[language] = self.text(entry, yaml, ("questions", source.id))
            for option, wording in entry.options.items():
                if option in option_text:
                    option_text[option][language] = wording
        members = tuple(
            self.question(section, inner, source.id, symbols, translations)
            for inner in source.questions or []
        )
        max_length = source.max_length or DEFAULT_MAX_LENGTH.get(source.type)
        return Question(
            id=source.id,
            type=source.type,
            section=section,
            group=group,
            order=position,
            line=self.source.line_of(location),
            text=texts,
            options=tuple(source.options or ()),
            option_text=option_text,
            relevant=relevant,
            checks=tuple(checks),
            max_length=max_length,
            min_value=source.min if source.min is not None else 0,
            max_value=source.max if source.max is not None else 120,
            max_items=source.max_items,
            questions=members,
            officer=source.officer is True,
            officer_when=officer_when,
        )

    def filled(self, text: str) -> str:
        """Policy values in an intro or a message (an unknown name stays visible as written)."""
        return fill_policy(text, self.constants)[0]

    def text(
        self, source: QuestionSource | QuestionText, yaml: YamlSource, location: Location
    ) -> Text:
        """A question's wording in one language, policy values filled in."""

        def fill(wording: str, field: str) -> str:
            filled, unknown = fill_policy(wording, self.constants)
            for name in unknown:
                self.problems.append(
                    yaml.error((*location, field), f"'{{{name}}}' is not a number of policy.yaml")
                )
            return filled

        def variants(wording: Wording | None, field: str) -> dict[str, str] | None:
            if not isinstance(wording, AddressedText):
                return None
            return {key: fill(value, field) for key, value in wording.model_dump().items()}

        def default(wording: Wording, field: str) -> str:
            return fill(wording if isinstance(wording, str) else wording.u, field)

        return Text(
            ask=default(source.ask, "ask"),
            guidance=fill(source.guidance, "guidance"),
            plain=default(source.plain, "plain") if source.plain is not None else None,
            ask_variants=variants(source.ask, "ask"),
            plain_variants=variants(source.plain, "plain"),
        )

    # -- translations ------------------------------------------------------------------------
    def translations(self, form: FormSource) -> dict[str, tuple[TranslationSource, YamlSource]]:
        found = translation_files(self.path)
        for language in REQUIRED_LANGUAGES:
            if language != SOURCE_LANGUAGE and language not in found:
                stem = self.path.name.removesuffix(SOURCE_SUFFIX)
                self.problem((), f"the translation {stem}.{language}.yaml is missing")
        result = {}
        for language, path in found.items():
            try:
                source = load_yaml(path)
            except FormFileError as exc:
                self.problems.append(exc)
                continue
            text = _validated(TranslationSource, source, self.problems)
            if text is None:
                continue
            _TranslationCheck(form, text, source, language, self.problems).run()
            result[language] = (text, source)
        return result


@dataclass
class _TranslationCheck:
    """A translation has exactly the ids of the source form and text for every one of them."""

    form: FormSource
    text: TranslationSource
    source: YamlSource
    language: str
    problems: list[FormFileError]

    def problem(self, location: Sequence[str | int], reason: str) -> None:
        self.problems.append(self.source.error(location, reason))

    def run(self) -> None:
        if self.text.language != self.language:
            self.problem(("language",), f"language must be '{self.language}' (the file name's)")
        if self.text.form != self.form.form:
            self.problem(("form",), f"form must be '{self.form.form}', as in the source form")
        section_ids = [section.id for section in self.form.sections]
        self.same_ids(section_ids, list(self.text.sections), ("sections",), "section")
        for section in self.form.sections:
            translated = self.text.sections.get(section.id)
            if translated and bool(section.intro) != bool(translated.intro):
                self.problem(
                    ("sections", section.id),
                    f"section '{section.id}': translate the intro, "
                    "and give one only where the source has one",
                )
        questions = [
            question
            for section in self.form.sections
            for top in section.questions
            for question in (top, *(top.questions or []))
        ]
        self.same_ids(
            [q.id for q in questions], list(self.text.questions), ("questions",), "question"
        )
        for question in questions:
            entry = self.text.questions.get(question.id)
            if entry is None:
                continue
            where = ("questions", question.id)
            if bool(question.plain) != bool(entry.plain):
                self.problem(
                    where,
                    f"question '{question.id}': translate the plain wording, "
                    "and give it only where the source has it",
                )
            for wording_field in ("ask", "plain"):
                translated = getattr(entry, wording_field)
                if isinstance(translated, AddressedText):
                    for address in (Address.JE, Address.U):
                        if CHILD in getattr(translated, address.value):
                            self.problem(
                                (*where, wording_field, address.value),
                                f"question '{question.id}', {wording_field}: the {address} "
                                f"variant says {CHILD}: only about_child speaks about the child",
                            )
                addressed = isinstance(getattr(question, wording_field), AddressedText)
                if addressed != isinstance(translated, AddressedText):
                    self.problem(
                        (*where, wording_field),
                        f"question '{question.id}': {wording_field} needs "
                        + (
                            "the variants je, u and about_child, as in the source"
                            if addressed
                            else "one wording, as in the source"
                        ),
                    )
            self.same_ids(
                list(question.options or {}),
                list(entry.options),
                (*where, "options"),
                f"option of '{question.id}'",
            )
            self.same_ids(
                [c.id for c in question.checks],
                list(entry.checks),
                (*where, "checks"),
                f"check message of '{question.id}'",
            )

    def same_ids(
        self, expected: list[str], found: list[str], location: Location, what: str
    ) -> None:
        for missing in [key for key in expected if key not in found]:
            self.problem(location, f"{what} '{missing}' has no {self.language} text")
        for extra in [key for key in found if key not in expected]:
            self.problem((*location, extra), f"{what} '{extra}' is not in the source form")
