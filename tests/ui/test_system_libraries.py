from __future__ import annotations

from intake_app.ui.system_libraries import CORE_LIBRARIES, XCB_LIBRARIES, qt_startup_problem


def test_missing_xcb_libraries_name_the_packages_to_install() -> None:
    missing = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}

    message = qt_startup_problem(
        environ={"DISPLAY": ":0"}, platform="linux", loads=lambda soname: soname not in missing
    )

    assert message is not None
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in message
    assert "libxcb-icccm.so.4" in message


def test_offscreen_does_not_need_the_xcb_libraries() -> None:
    message = qt_startup_problem(
        environ={"QT_QPA_PLATFORM": "offscreen"},
        platform="linux",
        loads=lambda soname: soname not in XCB_LIBRARIES,
    )

    assert message is None


def test_offscreen_still_needs_the_core_graphics_libraries() -> None:
    message = qt_startup_problem(
        environ={"QT_QPA_PLATFORM": "offscreen"},
        platform="linux",
        loads=lambda soname: soname != "libEGL.so.1",
    )

    assert message is not None
    assert "sudo apt-get install libegl1" in message
    assert set(CORE_LIBRARIES) >= {"libEGL.so.1"}


def test_no_display_says_how_to_run_headless() -> None:
    message = qt_startup_problem(environ={}, platform="linux", loads=lambda _: True)

    assert message is not None
    assert "QT_QPA_PLATFORM=offscreen" in message


def test_windows_and_macos_need_no_check() -> None:
    assert qt_startup_problem(environ={}, platform="win32", loads=lambda _: False) is None
    assert qt_startup_problem(environ={}, platform="darwin", loads=lambda _: False) is None
