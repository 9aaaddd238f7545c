"""`intake-app shared-store create|check`: the station's shared store on Windows.

The installer runs `create` as administrator (packaging/windows/intake-app.iss): it makes
%ProgramData%\\intake-app with a protected ACL (SYSTEM, Administrators, the officers' group).
`check` prints what `--self-test` reports about that ACL. Off Windows both refuse.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2


def register(subparsers: Any) -> None:
    shared = subparsers.add_parser(
        "shared-store", help="Windows: make or check the station's shared store folder"
    )
    actions = shared.add_subparsers(dest="shared_action", required=True)
    create = actions.add_parser("create", help="make %%ProgramData%%\\intake-app, protected")
    create.add_argument(
        "--officers-group",
        default=None,
        help="the Windows group whose members may open the store (default: Intake-officers)",
    )
    create.set_defaults(handler=run_shared_store)
    check = actions.add_parser("check", help="report who may open the shared store folder")
    check.set_defaults(handler=run_shared_store)


def run_shared_store(
    args: argparse.Namespace, out: TextIO | None = None, platform: str = sys.platform
) -> int:
    from intake_app.windows import folder_acl
    from intake_app.windows.shared_store import shared_store_dir

    out = out or sys.stdout
    folder = shared_store_dir()
    if platform != "win32" or folder is None:
        print("shared-store: only on Windows (%ProgramData%)", file=out)
        return EXIT_USAGE
    try:
        if args.shared_action == "create":
            group = args.officers_group or folder_acl.DEFAULT_OFFICERS_GROUP
            folder_acl.create_protected_folder(folder, group)
        findings = folder_acl.check_folder(folder)
    except folder_acl.FolderAclError as problem:
        print(problem, file=out)
        return EXIT_CHECK_FAILED
    for finding in findings:
        print(f"FOUT {finding}", file=out)
    if not findings:
        print(f"OK {folder}: SYSTEM, Administrators and the officers' group only", file=out)
    return EXIT_CHECK_FAILED if findings else EXIT_OK
