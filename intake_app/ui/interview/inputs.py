"""The input widget for each question type: the one place that knows every kind of input.

Apart from question_widgets (the base class and the simple inputs) so that the identifier list,
which builds on that base class, does not make an import cycle.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from intake_app.forms.model import Question
from intake_app.forms.schema import QuestionType
from intake_app.ui.interview.identifier_list import IdentifierListInput
from intake_app.ui.interview.question_widgets import (
    AgeInput,
    AnswerInput,
    DateInput,
    LongTextInput,
    MultipleChoiceInput,
    ShortTextInput,
    SingleChoiceInput,
    YesNoInput,
)


def make_input(question: Question, language: str, parent: QWidget | None = None) -> AnswerInput:
    """The fitting input for a question (repeat groups are built by RepeatGroupBox)."""
    kinds: dict[QuestionType, type[AnswerInput]] = {
        QuestionType.SHORT_TEXT: ShortTextInput,
        QuestionType.LONG_TEXT: LongTextInput,
        QuestionType.DATE: DateInput,
        QuestionType.AGE: AgeInput,
        QuestionType.SINGLE_CHOICE: SingleChoiceInput,
        QuestionType.MULTIPLE_CHOICE: MultipleChoiceInput,
        QuestionType.YES_NO: YesNoInput,
        QuestionType.IDENTIFIER_LIST: IdentifierListInput,
    }
    kind = kinds.get(question.type)
    if kind is None:
        raise ValueError(f"no input widget for questions of type {question.type}")
    return kind(question, language, parent)
