"""The screen's frame: accessible names, guidance beside the focused question, the place for
seriality matches, no fixed text sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from intake_app.ui.interview import InterviewScreen
from intake_app.ui.interview.beside_or_below import BesideOrBelow
from intake_app.ui.interview.question_row import StateButtons
from intake_app.ui.interview.section_page import SectionPage
from intake_app.ui.interview.style import calm_notice_label
from tests.ui.interview.conftest import MakeScreen, line_edit
from tests.ui.interview.fictional_case import fictional_interview

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QListWidget)


def test_every_control_has_an_accessible_name(make_screen: MakeScreen) -> None:
    screen = make_screen(fictional_interview())  # with a suspect and identifiers on screen
    unnamed = [
        f"{type(widget).__name__} in {owner_name(widget)}"
        for widget in screen.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and widget.window() is screen
        and not widget.accessibleName()
        and not is_part_of_a_named_control(widget)
    ]
    assert unnamed == []


def owner_name(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    return parent.objectName() if parent is not None else "?"


def is_part_of_a_named_control(widget: QWidget) -> bool:
    """The line edit inside an editable combo box, the combo box carries the name."""
    parent = widget.parentWidget()
    return isinstance(parent, QComboBox) and bool(parent.accessibleName())


def test_guidance_follows_the_focused_question(screen: InterviewScreen) -> None:
    screen.go_to_section("person")
    line_edit(screen, "contact_avoid").setFocus()
    assert screen.guidance.text.text() == screen.row("contact_avoid").guidance
    line_edit(screen, "victim_name").setFocus()
    assert screen.guidance.text.text() == screen.row("victim_name").guidance


def test_sections_that_do_not_apply_are_hidden(screen: InterviewScreen) -> None:
    shown = [s.id for s in screen.interview.form.sections if screen.nav.is_shown(s.id)]
    assert "physical" not in shown and "pressure" not in shown
    assert shown[0] == "opening"
    assert screen.current_section() == "opening"


def test_seriality_place_is_reserved_and_hidden_when_empty(screen: InterviewScreen) -> None:
    place = screen.findChild(QWidget, "serialityMatches")
    assert place is not None and place.isHidden()
    screen.show_identifier_matches(
        "suspects#1.identifiers", "Dit nummer komt ook voor in 2 meldingen."
    )
    assert not place.isHidden()
    screen.show_identifier_matches("suspects#1.identifiers", "")
    assert place.isHidden()


def test_text_follows_the_application_font(screen: InterviewScreen) -> None:
    """Font scaling: section titles are relative to the font, not a fixed pixel size."""
    title = screen.page("opening").title
    assert title.font().pixelSize() == -1  # given in points, scaled from the app font
    assert title.font().pointSizeF() > screen.font().pointSizeF()


def test_messages_stay_readable_on_a_dark_high_contrast_palette(
    screen: InterviewScreen,
) -> None:
    light, dark = QLabel(screen), QLabel(screen)
    palette = dark.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("black"))
    dark.setPalette(palette)
    calm_notice_label(light)
    calm_notice_label(dark)
    assert light.palette().color(QPalette.ColorRole.WindowText).lightness() < 100
    assert dark.palette().color(QPalette.ColorRole.WindowText).lightness() > 150


def current_page(screen: InterviewScreen) -> SectionPage:
    page = screen.pages.currentWidget()
    assert isinstance(page, SectionPage)
    return page


def visible_state_buttons(screen: InterviewScreen) -> list[QPushButton]:
    page = current_page(screen)
    return [
        button
        for group in page.findChildren(StateButtons)
        for button in group.buttons.values()
        if button.isVisible()
    ]


@pytest.mark.parametrize("width", [900, 1100, 1280, 1800])
def test_no_state_button_is_cut_off_at_any_window_width(
    make_screen: MakeScreen, qtbot: QtBot, width: int
) -> None:
    screen = make_screen(fictional_interview(), "en")  # a suspect with long options
    screen.resize(width, 800)
    screen.go_to_section("who")
    qtbot.wait(20)  # let the layouts settle at the new width
    viewport = current_page(screen).viewport()

    buttons = visible_state_buttons(screen)
    assert buttons
    for button in buttons:
        right_edge = button.mapTo(viewport, QPoint(button.width(), 0)).x()
        assert right_edge <= viewport.width(), f"{button.accessibleName()} at {width} px"


def test_buttons_sit_beside_a_short_input_and_under_a_wide_one(
    make_screen: MakeScreen, qtbot: QtBot
) -> None:
    screen = make_screen(fictional_interview(), "en")
    screen.resize(1100, 800)
    screen.go_to_section("who")
    qtbot.wait(20)

    def arrangement(key: str) -> bool | None:
        placed = screen.row(key).findChild(BesideOrBelow)
        assert placed is not None
        return placed.beside

    assert arrangement("suspects#1.known") is True  # yes / no: room to spare
    assert arrangement("suspects#1.relation") is False  # the longest option needs the width
