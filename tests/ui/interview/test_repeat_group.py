"""Suspects: a box per person, added and removed; identifiers as rows."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from intake_app.interview.answers import AnswerState
from intake_app.ui.interview import InterviewScreen
from intake_app.ui.interview.identifier_list import IdentifierListInput
from tests.ui.interview.conftest import (
    Store,
    answered,
    choice,
    line_edit,
    press_enter,
    state_button,
    type_text,
)


def add_suspect(screen: InterviewScreen) -> int:
    box = screen.group_box("suspects")
    before = set(box.boxes)
    box.add_button.click()
    (number,) = set(box.boxes) - before
    return number


def identifiers(screen: InterviewScreen, key: str) -> IdentifierListInput:
    widget = screen.row(key).input
    assert isinstance(widget, IdentifierListInput)
    return widget


def test_add_suspects_and_answer_in_their_boxes(screen: InterviewScreen, store: Store) -> None:
    screen.go_to_section("who")
    first = add_suspect(screen)
    assert store.last("suspects") == answered({"instances": [1], "next": 2})
    focused = QApplication.focusWidget()
    assert focused is not None
    assert screen.row(f"suspects#{first}.known").isAncestorOf(focused)  # ready to ask
    description = line_edit(screen, f"suspects#{first}.description")
    type_text(description, "Łukasz (fictief)")
    press_enter(description)
    assert store.last("suspects#1.description") == answered("Łukasz (fictief)")
    choice(screen, "suspects#1.family", "Ja").click()
    assert store.last("suspects#1.family") == answered("yes")

    second = add_suspect(screen)
    assert second == 2
    titles = [box.title() for box in screen.group_box("suspects").boxes.values()]
    assert titles == ["Verdachte 1", "Verdachte 2"]


def test_remove_asks_first_and_removes_the_answers(
    screen: InterviewScreen, store: Store, confirm_answer: list[bool]
) -> None:
    screen.go_to_section("who")
    add_suspect(screen)
    add_suspect(screen)
    edit = line_edit(screen, "suspects#1.description")
    type_text(edit, "Şükrü (fictief)")
    press_enter(edit)
    box = screen.group_box("suspects")

    confirm_answer[0] = False
    box.boxes[1].remove.click()
    assert set(box.boxes) == {1, 2}
    assert screen.interview.instances("suspects") == [1, 2]

    confirm_answer[0] = True
    box.boxes[1].remove.click()
    assert set(box.boxes) == {2}
    assert store.last("suspects#1.description") is None
    assert store.last("suspects") == answered({"instances": [2], "next": 3})
    assert not screen.has_row("suspects#1.description")
    assert box.boxes[2].title() == "Verdachte 1"  # counted on screen, key keeps its number


def test_unknown_for_the_whole_group_hides_the_boxes_and_keeps_them(
    screen: InterviewScreen, store: Store
) -> None:
    screen.go_to_section("who")
    add_suspect(screen)
    state_button(screen, "suspects", AnswerState.UNKNOWN).click()
    assert store.last("suspects") == {
        "value": {"instances": [1], "next": 2},
        "state": "unknown",
    }
    assert screen.group_box("suspects").boxes[1].isHidden()
    state_button(screen, "suspects", AnswerState.UNKNOWN).click()  # taken back
    entry = store.last("suspects")
    assert entry is not None and entry["state"] == "answered"
    assert entry["value"]["instances"] == [1]
    assert not screen.group_box("suspects").boxes[1].isHidden()


def test_identifier_list_rows(
    screen: InterviewScreen, store: Store, confirm_answer: list[bool]
) -> None:
    screen.go_to_section("who")
    add_suspect(screen)
    key = "suspects#1.identifiers"
    widget = identifiers(screen, key)
    row = widget.rows[0]
    row.kind.setCurrentIndex(row.kind.findData("handle"))
    assert not row.platform.isHidden()
    type_text(row.value, "@şükrü_fictief")
    press_enter(row.value)
    # a handle needs its platform: saved as typed, with a message saying what is missing
    assert store.last(key) == answered([{"kind": "handle", "value": "@şükrü_fictief"}])
    assert "platform" in screen.row(key).message_text()
    row.platform.setCurrentText("Instagram")
    row.platform.activated.emit(0)
    assert store.last(key) == answered(
        [{"kind": "handle", "value": "@şükrü_fictief", "platform": "Instagram"}]
    )
    assert screen.row(key).message_text() == ""

    widget.add_button.click()
    second = widget.rows[1]
    second.kind.setCurrentIndex(second.kind.findData("phone"))
    assert second.platform.isHidden()
    type_text(second.value, "06 12345678")
    press_enter(second.value)
    assert store.last(key) == answered(
        [
            {"kind": "handle", "value": "@şükrü_fictief", "platform": "Instagram"},
            {"kind": "phone", "value": "06 12345678"},
        ]
    )
    confirm_answer[0] = True
    widget.rows[0].remove.click()
    assert store.last(key) == answered([{"kind": "phone", "value": "06 12345678"}])


def test_a_new_suspect_box_is_in_tab_order_before_the_add_button(
    screen: InterviewScreen,
) -> None:
    screen.go_to_section("who")
    add_suspect(screen)
    box = screen.group_box("suspects")
    widget: QWidget | None = state_button(screen, "suspects", AnswerState.DECLINED)
    seen: list[QWidget] = []
    while widget is not None and widget is not box.add_button and len(seen) < 500:
        widget = widget.nextInFocusChain()
        if widget is not None:
            seen.append(widget)
    assert widget is box.add_button
    first_radio = choice(screen, "suspects#1.known", "Ja")
    remove = box.boxes[1].remove
    assert first_radio in seen and remove in seen
    assert seen.index(first_radio) < seen.index(remove)


def test_removing_an_identifier_with_a_value_asks_first(
    screen: InterviewScreen, store: Store, confirm_answer: list[bool]
) -> None:
    screen.go_to_section("who")
    add_suspect(screen)
    widget = identifiers(screen, "suspects#1.identifiers")
    type_text(widget.rows[0].value, "06 12345678")
    press_enter(widget.rows[0].value)
    confirm_answer[0] = False
    widget.rows[0].remove.click()
    assert [row.value.text() for row in widget.rows] == ["06 12345678"]
    assert store.last("suspects#1.identifiers") == answered(
        [{"kind": "phone", "value": "06 12345678"}]
    )
