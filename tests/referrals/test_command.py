from __future__ import annotations

import io
from pathlib import Path

from intake_app.cli import build_parser, main
from intake_app.commands.referrals import EXIT_INVALID, run_check
from intake_app.referrals.directory import shipped_directory_path, station_directory_path


def check(*argv: str) -> tuple[int, str, str]:
    args = build_parser().parse_args(["services", "check", *argv])
    out, err = io.StringIO(), io.StringIO()
    return run_check(args, out, err), out.getvalue(), err.getvalue()


def test_check_lists_the_shipped_services_with_their_check_dates() -> None:
    code, out, err = check()

    assert code == 0 and err == ""
    assert out.startswith(f"{shipped_directory_path()}: 5 services, valid")
    assert "offlimits" in out and "020-261 52 75" in out and "checked 2026-11-23" in out


def test_check_uses_the_station_copy_when_there_is_one() -> None:
    station = station_directory_path()
    station.write_text(shipped_directory_path().read_text(encoding="utf-8"), encoding="utf-8")

    code, out, _ = check()

    assert code == 0 and out.startswith(f"{station}:")


def test_a_broken_file_names_file_and_line_and_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "services.yaml"
    text = shipped_directory_path().read_text(encoding="utf-8").replace("0800-2000", "bel ons")
    path.write_text(text, encoding="utf-8")
    line = 1 + text.splitlines().index("    phone: bel ons")

    code, out, err = check(str(path))

    assert code == EXIT_INVALID and out == ""
    assert err.startswith(f"{path}:{line}: services.2.phone")
    assert "Fix the file" in err and "Traceback" not in err


def test_the_command_is_reachable_from_the_main_entry_point() -> None:
    assert main(["services", "check"]) == 0
