"""The letters screen gives the true reason per service and offers R13's professional route."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from intake_app.referrals.case import ProfessionalRoute, RouteReason
from intake_app.referrals.directory import ServiceId
from intake_app.referrals.example import EXAMPLE_NOW
from intake_app.ui.letters import LettersScreen
from tests.referrals.cases import case_with
from tests.referrals.test_professional_route import child_at_home_with_unsafe_guardian
from tests.ui.letters.conftest import DIRECTORY, Recorder


def test_R13_professional_route_is_offered_recorded_and_then_the_letter_is_made(
    qtbot: QtBot, tmp_path: Path
) -> None:
    recorder = Recorder(tmp_path)
    routes: list[ProfessionalRoute] = []

    def record_route(service: ServiceId, reason: RouteReason) -> None:
        routes.append(
            ProfessionalRoute(
                service=service,
                decided_by="agent Fictief",
                decided_at=datetime(2026, 11, 23, 15, 0),
                reason=reason,
            )
        )

    screen = LettersScreen(
        child_at_home_with_unsafe_guardian,
        DIRECTORY,
        recorder.record,
        training=True,
        clock=lambda: EXAMPLE_NOW,
        hooks=recorder.hooks(),
        record_route=record_route,
        load_routes=lambda: routes,
    )
    qtbot.addWidget(screen)
    screen.refresh()

    screen.select("veilig_thuis")
    assert "Professionele route (R13)" in screen.reason_label.text()
    assert "Toestemming van de ouder is niet nodig" in screen.reason_label.text()
    assert not screen.route_button.isHidden()

    screen.route_button.click()

    assert [(r.service, r.reason) for r in routes] == [("veilig_thuis", "guardian_is_suspect")]
    assert "professionele route" in recorder.confirmations[0]
    veilig_thuis = next(t for t in screen.service_texts() if t.startswith("Veilig Thuis"))
    assert "✓ Brief kan worden gemaakt" in veilig_thuis
    qtbot.waitUntil(lambda: screen.page_count() > 0, timeout=10000)
    assert "besloten door agent Fictief" in " ".join(screen.preview_text().split())


def test_R4_refused_and_not_asked_are_told_apart_with_a_way_to_ask_now(
    qtbot: QtBot, tmp_path: Path
) -> None:
    recorder = Recorder(tmp_path)
    asked: list[ServiceId] = []
    case = case_with(age=20, consents=[], consent_answers={"offlimits": "no"})
    screen = LettersScreen(
        lambda: case,
        DIRECTORY,
        recorder.record,
        training=True,
        clock=lambda: EXAMPLE_NOW,
        hooks=recorder.hooks(),
        ask_consent=asked.append,
    )
    qtbot.addWidget(screen)
    screen.refresh()

    texts = {text.split("\n")[0]: text for text in screen.service_texts()}
    assert "geweigerd" in texts["Offlimits"]
    assert "nog niet gevraagd" in texts["Centrum Seksueel Geweld"]
    assert "Niet voorgesteld" in texts["Perspectief Herstelbemiddeling"]
    assert all("Nog niet vastgelegd" not in text for text in texts.values())

    screen.select("offlimits")
    assert screen.ask_now_button.isHidden()
    screen.select("csg")
    assert not screen.ask_now_button.isHidden()
    screen.ask_now_button.click()
    assert asked == ["csg"]
