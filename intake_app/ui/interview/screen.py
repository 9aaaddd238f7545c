"""The interview screen: sections on the left, questions in the middle, guidance on the right.

Every change goes to the interview engine and then, at once, to `persist(key, entry)` with
exactly what `interview.saved_answers()[key]` holds (None when cleared). When persisting fails,
the field says so calmly and keeps what was typed; the key is tried again on the next save,
on "Opnieuw opslaan" and before the screen is cleared.

After each change the screen asks the engine what applies and only shows or hides rows; widgets
are never rebuilt while someone types in them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.forms.model import Question
from intake_app.interview.answers import AnswerState, InterviewError, to_json_value
from intake_app.interview.session import Interview
from intake_app.ui.interview.guidance_panel import GuidancePanel
from intake_app.ui.interview.question_row import SHORTCUTS, QuestionRow
from intake_app.ui.interview.repeat_group import RepeatGroupBox
from intake_app.ui.interview.section_nav import SectionNav
from intake_app.ui.interview.section_page import SectionPage
from intake_app.ui.interview.seriality_matches import SerialityMatches

PersistAnswer = Callable[[str, dict[str, Any] | None], None]

_log = logging.getLogger(__name__)

NEXT_SECTION_KEY = "Alt+PgDown"
PREVIOUS_SECTION_KEY = "Alt+PgUp"


class InterviewScreen(QWidget):
    answer_saved = Signal(str)
    summary_requested = Signal()
    readback_requested = Signal()

    def __init__(
        self,
        interview: Interview,
        persist: PersistAnswer,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interviewScreen")
        self.interview = interview
        self.language = language
        self._persist = persist
        self._rows: dict[str, QuestionRow] = {}
        self._groups: dict[str, RepeatGroupBox] = {}
        self._unsaved: set[str] = set()
        self._cleared = False

        form = interview.form
        self.nav = SectionNav(
            [(s.id, s.title.get(language) or s.title["nl"]) for s in form.sections], self
        )
        self.pages = QStackedWidget(self)
        self._pages: dict[str, SectionPage] = {}
        self._current = form.sections[0].id
        for section in form.sections:
            page = SectionPage(section, language, self._make_row, self.pages)
            self._pages[section.id] = page
            self.pages.addWidget(page)
            for group in page.groups:
                self._groups[group.group.id] = group
                group.add_requested.connect(self._add_instance)
                group.remove_requested.connect(self._remove_instance)

        hint = self.tr(
            "Sneltoetsen in een vraag: %1 weet ik niet, %2 wil ik niet zeggen. "
            "%3 / %4: volgend / vorig onderdeel."
        )
        for marker, key in (
            ("%1", SHORTCUTS[AnswerState.UNKNOWN]),
            ("%2", SHORTCUTS[AnswerState.DECLINED]),
            ("%3", NEXT_SECTION_KEY),
            ("%4", PREVIOUS_SECTION_KEY),
        ):
            hint = hint.replace(marker, key)
        self.guidance = GuidancePanel(hint, self)
        self.seriality = SerialityMatches(self)

        self.previous_button = self._button(self.tr("Vorige"), self.go_previous)
        self.previous_button.setToolTip(
            self.tr("Vorig onderdeel (%1)").replace("%1", PREVIOUS_SECTION_KEY)
        )
        self.next_button = self._button(self.tr("Volgende"), self.go_next)
        self.next_button.setToolTip(
            self.tr("Volgend onderdeel (%1)").replace("%1", NEXT_SECTION_KEY)
        )
        self.readback_button = self._button(self.tr("Teruglezen"), self._readback_clicked)
        self.readback_button.setToolTip(self.tr("Laat de persoon lezen wat is opgeschreven"))
        self.summary_button = self._button(self.tr("Naar samenvatting"), self._summary_clicked)

        self._build_layout()
        self._install_shortcuts()
        self.nav.section_chosen.connect(self.go_to_section)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

        self._refresh()
        first = next((s.id for s in form.sections if self.nav.is_shown(s.id)), None)
        if first is not None:
            self.go_to_section(first)

    # -- building ----------------------------------------------------------------------------
    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setAutoDefault(False)  # Enter in a field never presses a button
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        right = QVBoxLayout()
        right.addWidget(self.guidance, 1)
        right.addWidget(self.seriality, 0)

        middle = QVBoxLayout()
        middle.addWidget(self.pages, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.readback_button)
        buttons.addWidget(self.summary_button)
        middle.addLayout(buttons)

        layout = QHBoxLayout(self)
        layout.addWidget(self.nav, 2)
        layout.addLayout(middle, 6)
        layout.addLayout(right, 3)

    def _install_shortcuts(self) -> None:
        for state, keys in SHORTCUTS.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=state: self._state_shortcut(s))
        for keys, slot in (
            (NEXT_SECTION_KEY, self.go_next),
            (PREVIOUS_SECTION_KEY, self.go_previous),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _make_row(self, key: str, question: Question, parent: QWidget) -> QuestionRow:
        row = QuestionRow(key, question, self.language, parent)
        row.committed.connect(self._committed)
        row.state_chosen.connect(self._state_chosen)
        row.retry_requested.connect(self._retry)
        self._rows[key] = row
        row.show_answer(self.interview.answer(key))  # restored answers, as typed
        return row

    # -- public API for the main window ------------------------------------------------------
    def row(self, key: str) -> QuestionRow:
        return self._rows[key]

    def has_row(self, key: str) -> bool:
        return key in self._rows

    def page(self, section_id: str) -> SectionPage:
        return self._pages[section_id]

    def group_box(self, group: str) -> RepeatGroupBox:
        return self._groups[group]

    def current_section(self) -> str:
        return self._current

    def unsaved_keys(self) -> set[str]:
        """Answers the store has not taken yet (persist failed); empty when all is saved."""
        return set(self._unsaved)

    def show_identifier_matches(self, key: str, text: str) -> None:
        """Show seriality matches (R7) for the identifiers under key; empty text removes them."""
        self.seriality.show_identifier_matches(key, text)

    def save_pending(self) -> None:
        """Save what is being typed now (the window calls this before leaving the screen)."""
        for row in list(self._rows.values()):
            row.flush()
        for key in sorted(self._unsaved):
            self._persist_key(key)

    def clear_personal_data(self) -> None:
        """Empty every widget (on lock). Pending typing is saved first; nothing is saved after."""
        self.save_pending()
        self._cleared = True
        for group in self._groups.values():
            for row in group.rows():
                self._rows.pop(row.key, None)
            group.clear_personal_data()
        for row in self._rows.values():
            row.clear_personal_data()
        self.seriality.clear()
        self.guidance.show_guidance("", "")

    def focus_first_open_question(self) -> None:
        for slot in self.interview.open_questions():
            row = self._rows.get(slot.key)
            if row is not None:
                self.go_to_section(slot.question.section, focus=False)
                row.focus_input()
                return

    # -- navigation --------------------------------------------------------------------------
    def go_to_section(self, section_id: str, *, focus: bool = True) -> None:
        page = self._pages[section_id]
        if self.pages.currentWidget() is not page:
            self.save_pending()
            self.pages.setCurrentWidget(page)
        self._current = section_id
        self.nav.select(section_id)
        self._update_buttons()
        first = self._first_shown_row(page)
        if first is not None:
            self._show_guidance(first)
            if focus:
                first.focus_input()

    def go_next(self) -> None:
        self._step(+1)

    def go_previous(self) -> None:
        self._step(-1)

    def _shown_sections(self) -> list[str]:
        return [s.id for s in self.interview.form.sections if self.nav.is_shown(s.id)]

    def _step(self, direction: int) -> None:
        order = [s.id for s in self.interview.form.sections]
        position = order.index(self.current_section()) + direction
        while 0 <= position < len(order):
            if self.nav.is_shown(order[position]):
                self.go_to_section(order[position])
                return
            position += direction

    def _update_buttons(self) -> None:
        shown = self._shown_sections()
        current = self.current_section()
        self.previous_button.setEnabled(bool(shown) and current != shown[0])
        self.next_button.setEnabled(bool(shown) and current != shown[-1])

    def _first_shown_row(self, page: SectionPage) -> QuestionRow | None:
        for item in page.items:
            if item.isHidden():
                continue
            if isinstance(item, RepeatGroupBox):
                return item.header
            if isinstance(item, QuestionRow):
                return item
        return None

    def _summary_clicked(self) -> None:
        self.save_pending()
        self.summary_requested.emit()

    def _readback_clicked(self) -> None:
        self.save_pending()
        self.readback_requested.emit()

    # -- guidance follows focus --------------------------------------------------------------
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.isAncestorOf(new):
            return
        row = self._row_around(new)
        if row is not None:
            self._show_guidance(row)

    def _row_around(self, widget: QWidget | None) -> QuestionRow | None:
        while widget is not None and widget is not self:
            if isinstance(widget, QuestionRow):
                return widget
            if isinstance(widget, RepeatGroupBox):
                return widget.header
            widget = widget.parentWidget()
        return None

    def _show_guidance(self, row: QuestionRow) -> None:
        self.guidance.show_guidance(row.ask_text, row.guidance)

    def _state_shortcut(self, state: AnswerState) -> None:
        row = self._row_around(QApplication.focusWidget())
        if row is not None:
            row.choose_state(state)

    # -- answering ---------------------------------------------------------------------------
    def _committed(self, key: str, value: Any, final: bool) -> None:
        if self._cleared:
            return
        current = self.interview.answer(key)
        empty = value is None or value == [] or (isinstance(value, str) and not value.strip())
        answered = current is not None and current.state == AnswerState.ANSWERED
        if empty and not answered:
            # An empty field beside "weet ik niet" keeps the state; nothing to clear otherwise.
            self._refresh(editing=key, final=final)
            return
        if answered and current is not None and current.value == to_json_value(value):
            if key in self._unsaved:
                self._persist_key(key)
            self._refresh(editing=key, final=final)
            return
        try:
            self.interview.set_answer(key, value)
        except InterviewError:
            _log.warning("an answer for a question that is no longer on screen was ignored")
            return
        self._rows[key].show_state(None)
        self._persist_key(key)
        self._refresh(editing=key, final=final)

    def _state_chosen(self, key: str, state: AnswerState | None) -> None:
        if self._cleared:
            return
        row = self._rows[key]
        current = self.interview.answer(key)
        if state is None:
            if current is None or current.state == AnswerState.ANSWERED:
                row.show_state(None)  # nothing recorded to take back
                return
            if row.input is None:
                # A group keeps its people; taking back the state counts them again.
                if not self._set_group_answered(key):
                    row.show_state(current.state)
                    return
            else:
                self.interview.clear(key)
        else:
            if current is not None and current.state == state:
                row.show_state(state)  # the shortcut pressed twice: nothing changes
                return
            self.interview.set_state(key, state)
            if row.input is not None:
                row.input.clear_silently()
        row.show_state(state)
        self._persist_key(key)
        self._refresh(editing=key, final=True)

    def _set_group_answered(self, group: str) -> bool:
        # The engine has no call for this: add_instance records the group as answered, and the
        # new, empty instance is removed again at once (its number is not reused).
        if not self.interview.can_add_instance(group):
            return False
        added = self.interview.add_instance(group)
        self.interview.remove_instance(group, added)
        return True

    def _add_instance(self, group: str) -> None:
        if self._cleared or not self.interview.can_add_instance(group):
            return
        number = self.interview.add_instance(group)
        self._rows[group].show_state(None)
        self._persist_key(group)
        self._refresh(editing=group, final=True)
        box = self._groups[group].boxes.get(number)
        if box is not None and box.rows:
            box.rows[0].focus_input()

    def _remove_instance(self, group: str, number: int) -> None:
        if self._cleared:
            return
        removed = self.interview.remove_instance(group, number)
        for key in removed:
            self._persist_key(key)
        self._persist_key(group)
        self._refresh(editing=group, final=True)
        self._groups[group].add_button.setFocus()

    def _retry(self, key: str) -> None:
        self._persist_key(key)

    def _persist_key(self, key: str) -> bool:
        entry = self.interview.saved_answers().get(key)
        row = self._rows.get(key)
        try:
            self._persist(key, entry)
        except Exception as error:  # any failure of the store: keep the entry, say so calmly
            _log.warning("saving an answer failed (%s)", type(error).__name__)
            self._unsaved.add(key)
            if row is not None:
                row.saved_mark.show_not_saved()
            return False
        self._unsaved.discard(key)
        if row is not None:
            row.saved_mark.show_saved()
        self.answer_saved.emit(key)
        for other in sorted(self._unsaved):  # the store works again: catch up
            self._unsaved.discard(other)
            if not self._persist_key(other):
                break
        return True

    # -- what applies ------------------------------------------------------------------------
    def _refresh(self, *, editing: str | None = None, final: bool = True) -> None:
        interview = self.interview
        for group_id, box in self._groups.items():
            answer = interview.answer(group_id)
            counts = answer is None or answer.state == AnswerState.ANSWERED
            for row in box.sync(interview.instances(group_id), instances_count=counts):
                self._rows.pop(row.key, None)
            box.set_can_add(interview.can_add_instance(group_id))
            box.setHidden(not interview.is_applicable(group_id))
        slots = interview.evaluation().by_key
        for key, row in self._rows.items():
            applies = interview.is_applicable(key)
            if applies:
                row.set_wording(interview.wording(slots[key], self.language))
            if self._groups.get(key) is None:
                row.setHidden(not applies)
            row.set_messages(
                interview.messages(key) if applies else [],
                reveal=final or key != editing,
            )
        self.nav.show_progress(interview.progress())
        self._update_buttons()
