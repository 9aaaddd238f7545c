"""Which printers put paper in a tray, and which write a file or send the page elsewhere.

Windows always installs "Microsoft Print to PDF", "Microsoft XPS Document Writer", often
OneNote and Fax: a letter or the recovery key "printed" there lands unencrypted on disk, in
OneDrive or in OneNote. The rule is a pure function of what Windows says about the printer
(name, port, driver), so it is tested on Linux; `printer_port_and_driver` asks Windows
(pywin32's win32print, level 2). It also catches the Linux and macOS PDF printers by name.
"""

from __future__ import annotations

import re
import sys
from typing import Literal

Destination = Literal["paper", "file"]

# Ports that are files or ask for one, or a path (C:\..., \\server\share\x.pdf).
_FILE_PORTS = {"file:", "portprompt:", "nul:", "nul"}
_FILE_EXTENSIONS = (".pdf", ".xps", ".oxps", ".prn", ".ps", ".tif", ".tiff")
# Names or drivers of printers that write files, go to the cloud or to a fax line.
_VIRTUAL = re.compile(
    r"print to pdf|xps|onenote|fax|\bpdf\b|pdf ?(creator|writer|printer)|cups-pdf|"
    r"print to file|send to|microsoft print to|onedrive|evernote|snagit",
    re.IGNORECASE,
)


def printer_destination(name: str, port: str = "", driver: str = "") -> Destination:
    """'file' for a virtual printer (by name, driver or port), 'paper' otherwise."""
    port_lower = port.strip().lower()
    if port_lower in _FILE_PORTS or port_lower.endswith(_FILE_EXTENSIONS):
        return "file"
    if re.match(r"^[a-z]:\\", port_lower):
        return "file"  # a local path; a share's file is caught by its extension above
    if port_lower.startswith(("microsoft.office.onenote", "shrfax:")):
        return "file"
    if _VIRTUAL.search(name) or _VIRTUAL.search(driver):
        return "file"
    return "paper"


def printer_port_and_driver(name: str) -> tuple[str, str]:
    """(port, driver) of a Windows printer; ("", "") elsewhere or when Windows will not say."""
    if sys.platform == "win32":
        try:
            import win32print

            handle = win32print.OpenPrinter(name)
            try:
                info = win32print.GetPrinter(handle, 2)
            finally:
                win32print.ClosePrinter(handle)
            return str(info.get("pPortName") or ""), str(info.get("pDriverName") or "")
        except Exception:  # an unknown printer: judged by its name alone
            return "", ""
    else:
        return "", ""
