#!/usr/bin/env bash
# Smoke test of the frozen app: build the one-folder app from packaging/intake-app.spec (the same
# spec as the Windows build) and start it headless with --self-test, which must exit 0.
#
#     packaging/linux_smoke.sh [BUILD_DIR]
#
# BUILD_DIR (default: a new temporary folder, removed afterwards) receives work/ and dist/;
# a given BUILD_DIR is kept, so dist/intake-app can be measured or tried by hand.
# Needs the lock installed first: `.venv/bin/pip install --require-hashes -r requirements/linux.txt`.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/pyinstaller ]; then
  echo "PyInstaller is missing: run .venv/bin/pip install --require-hashes -r requirements/linux.txt" >&2
  exit 1
fi

kept_build_dir=${1:-}
build_dir=${kept_build_dir:-$(mktemp -d -t intake-smoke-XXXXXX)}
# Keeps the frozen app away from any real data folder (the self-test's scratch store has its
# own temporary folder, removed by the self-test itself).
data_dir=$(mktemp -d -t intake-smoke-data-XXXXXX)
cleanup() {
  rm -rf "$data_dir"
  if [ -z "$kept_build_dir" ]; then rm -rf "$build_dir"; fi
}
trap cleanup EXIT

echo "+ pyinstaller packaging/intake-app.spec -> $build_dir/dist"
.venv/bin/pyinstaller --noconfirm --log-level WARN \
  --distpath "$build_dir/dist" --workpath "$build_dir/work" packaging/intake-app.spec

app="$build_dir/dist/intake-app/intake-app"
echo "+ $app --version"
"$app" --version
echo "+ QT_QPA_PLATFORM=offscreen $app --self-test"
status=0
env QT_QPA_PLATFORM=offscreen INTAKE_APP_DATA_DIR="$data_dir" "$app" --self-test || status=$?
echo "frozen self-test exited with $status"
exit "$status"
