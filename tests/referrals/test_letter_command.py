"""`intake-app letter SERVICE ANSWERS.json -o FILE.pdf`: one letter without the window."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from intake_app import cli
from intake_app.station_profile import StationProfile, save_station_profile
from tests.pdf.reading import page_texts, squeezed

CASES = Path(__file__).resolve().parents[2] / "docs" / "letters" / "cases"
NOW = "2026-11-23T10:15"


def answers(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    return loaded


def run(
    tmp_path: Path, service: str, document: dict[str, Any] | str, *extra: str
) -> tuple[int, str, Path]:
    source = tmp_path / "answers.json"
    text = document if isinstance(document, str) else json.dumps(document)
    source.write_text(text, encoding="utf-8")
    output = tmp_path / "letter.pdf"
    code = cli.main(["letter", service, str(source), "-o", str(output), "--now", NOW, *extra])
    return code, "", output


def text_of(pdf: Path) -> str:
    return squeezed(" ".join(page_texts(pdf.read_bytes())))


def test_R4_offlimits_for_a_19_year_old_whose_images_were_made_at_17(tmp_path: Path) -> None:
    code, _, pdf = run(tmp_path, "offlimits", answers("offlimits-19-made-at-17"))

    assert code == 0
    text = text_of(pdf)
    assert squeezed("ja, minderjarig") in text
    assert squeezed("24-11-2026 18:00") in text
    assert "VOORBEELD" in text  # the fictional letterhead


def test_R6_csg_letter_with_times_and_already_called(tmp_path: Path) -> None:
    code, _, pdf = run(tmp_path, "csg", answers("csg-acute-already-called"))

    assert code == 0
    text = text_of(pdf)
    assert squeezed("22 november 2026, 23:30") in text
    assert squeezed("Het CSG is al gebeld") in text
    assert squeezed("De politie belt het CSG zelf over deze spoedverwijzing") in text


def test_R13_veilig_thuis_by_the_professional_route(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = answers("veilig-thuis-parent-not-safe")

    refused, _, _ = run(tmp_path, "veilig_thuis", document)
    assert refused == 2
    assert "Professionele route (R13)" in capsys.readouterr().err

    code, _, pdf = run(tmp_path, "veilig_thuis", document, "--professional-route")
    assert code == 0
    assert squeezed("professionele route (R13, meldcode)") in text_of(pdf)


def test_R11_information_sheet_in_english(tmp_path: Path) -> None:
    code, _, pdf = run(tmp_path, "information_sheet", {"intake_date": "2026-11-23"}, "--lang", "en")

    assert code == 0
    assert squeezed("report right away") in text_of(pdf)
    assert "0800-0113" in text_of(pdf)


def test_the_station_of_data_dir_gives_the_letterhead(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    save_station_profile(data, StationProfile(name="Politie basisteam Fictiefdorp", phone=""))

    code, _, pdf = run(
        tmp_path, "offlimits", answers("offlimits-19-made-at-17"), "--data-dir", str(data)
    )

    assert code == 0
    assert squeezed("Politie basisteam Fictiefdorp") in text_of(pdf)
    assert "VOORBEELD" not in text_of(pdf)


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ({"safe_now": "yes"}, "intake_date"),
        ({"intake_date": "23-11-2026"}, "intake_date"),
        ({"intake_date": "2026-11-23", "victim_nme": "X"}, "victim_nme"),
        (
            {"intake_date": "2026-11-23", "victim_date_of_birth": "2026-13-40"},
            "victim_date_of_birth",
        ),
        ({"intake_date": "2026-11-23", "suspects": [{"age_yrs": 3}]}, "suspects[0].age_yrs"),
        ("{not json", "(document)"),
    ],
)
def test_bad_answers_exit_2_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], document: Any, field: str
) -> None:
    code, _, pdf = run(tmp_path, "shn", document)

    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"intake-app letter: {field}: ")
    assert not pdf.exists()


def test_R4_no_consent_exits_2_with_the_true_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = answers("offlimits-19-made-at-17")
    del document["consent_offlimits"]

    code, _, _ = run(tmp_path, "offlimits", document)

    assert code == 2
    assert "toestemming is nog niet gevraagd" in capsys.readouterr().err


def test_R14_information_sheet_says_u_to_an_adult(tmp_path: Path) -> None:
    adult = {"intake_date": "2026-11-23", "victim_date_of_birth": "1990-05-01"}
    code, _, pdf = run(tmp_path, "information_sheet", adult)

    assert code == 0
    assert squeezed("Informatie voor u") in text_of(pdf)
    assert squeezed("U mag de tijd nemen") in text_of(pdf)
