"""`python -m benchmarks [NAME ...]` runs every benchmark, or the named ones."""

from __future__ import annotations

import argparse
import importlib
import sys

from benchmarks.figures import to_json_line

BENCHMARKS: dict[str, str] = {
    "startup": "benchmarks.startup",
    "seriality": "benchmarks.seriality",
    "seriality_store": "benchmarks.seriality_store",
    "triage": "benchmarks.triage",
    "letters": "benchmarks.letters",
    "unlock": "benchmarks.unlock",
    "interview": "benchmarks.interview",
    "store": "benchmarks.store",
    "selftest": "benchmarks.selftest",
    "package_size": "benchmarks.package_size",
    "frontoffice": "benchmarks.frontoffice",
    "frontoffice_queue": "benchmarks.frontoffice_queue",
    "home": "benchmarks.home",
    "print": "benchmarks.print",
}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(BENCHMARKS))
    names = parser.parse_args().names or list(BENCHMARKS)
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    for name in names:
        module = importlib.import_module(BENCHMARKS[name])
        for result in module.run():
            print(to_json_line(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
