#!/usr/bin/env bash
# Build the Linux one-folder bundle and run its self-test in it, offscreen.
#
#   installers/build_linux.sh [OUTPUT_FOLDER]      (default: build/linux)
#
# Without $PYTHON (a release build): a build environment OUTPUT_FOLDER/venv is
# made with python3 (or $BASE_PYTHON) holding exactly requirements/bundle.lock,
# every file checked against its SHA-256 (pip --require-hashes).
# With PYTHON=...: that Python as it is (the test suite uses its own, which has
# the test extra installed: pip install -e ".[test]"), nothing is downloaded.
# Prints the bundle's size and the self-test's lines; exits non-zero when the
# build or the self-test fails.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT="${1:-build/linux}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
if [ -z "${PYTHON:-}" ]; then
  echo "== build environment $OUT/venv from requirements/bundle.lock"
  [ -x "$OUT/venv/bin/python" ] || "${BASE_PYTHON:-python3}" -m venv "$OUT/venv"
  "$OUT/venv/bin/python" -m pip install -q --require-hashes --only-binary=:all: -r requirements/bundle.lock
  PYTHON="$OUT/venv/bin/python"
fi
# The app itself comes from this checkout, not from an installed copy (only
# for the build: the bundle's self-test below must see nothing but the bundle).
SOURCE_PATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"

echo "== building the bundle with $PYTHON"
rm -rf "$OUT/dist/ShelterCaseManager"
PYTHONPATH="$SOURCE_PATH" "$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$OUT/dist" --workpath "$OUT/work" installers/shelter_app.spec

BUNDLE="$OUT/dist/ShelterCaseManager"
echo "== bundle: $BUNDLE"
echo "size: $(du -sm "$BUNDLE" | cut -f1) MB unpacked, $(find "$BUNDLE" -type f | wc -l) files"

echo "== self-test"
HOME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME_DIR"' EXIT
# A fresh data folder: the self-test must not need (or touch) a real one.
env -u PYTHONPATH QT_QPA_PLATFORM=offscreen SHELTER_APP_HOME="$HOME_DIR" \
  "$BUNDLE/ShelterCaseManager" --language en --self-test
echo "== self-test passed in the bundle"
