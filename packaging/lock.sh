#!/usr/bin/env bash
# Refreshes the hash-locked requirements, one file per build OS, from pyproject.toml:
#
#     packaging/lock.sh            # needs uv: .venv/bin/pip install uv
#
# requirements/linux.txt and requirements/windows.txt pin every package of the app and its
# `test` and `packaging` extras, with the sha256 of every file of each pinned release, so that
# `pip install --require-hashes -r requirements/<os>.txt` installs the same bytes on every
# build machine and refuses anything else. Run it after changing a dependency in
# pyproject.toml, review the diff, and commit both files with that change.
set -euo pipefail
cd "$(dirname "$0")/.."

uv=$(command -v uv || echo .venv/bin/uv)
# PySide6-Pdf publishes manylinux_2_34 wheels only, so that is the oldest Linux it runs on.
for target in "linux x86_64-manylinux_2_34" "windows x86_64-pc-windows-msvc"; do
  set -- $target
  "$uv" pip compile pyproject.toml --quiet --extra test --extra packaging \
    --generate-hashes --python-version 3.11 --python-platform "$2" \
    --custom-compile-command "packaging/lock.sh" --no-emit-package intake-app \
    --output-file "requirements/$1.txt"
done
