#!/usr/bin/env bash
# Build the Linux one-folder bundle and run its self-test in it, offscreen.
#
#   installers/build_linux.sh [OUTPUT_FOLDER]      (default: build/linux)
#
# The Python that builds is $PYTHON, else the checkout's .venv, else python3;
# it needs the app and PyInstaller installed (pip install -e ".[test]").
# Prints the bundle's size and the self-test's lines; exits non-zero when the
# build or the self-test fails.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT="${1:-build/linux}"
if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

echo "== building the bundle with $PYTHON"
rm -rf "$OUT/dist/ShelterCaseManager"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$OUT/dist" --workpath "$OUT/work" installers/shelter_app.spec

BUNDLE="$OUT/dist/ShelterCaseManager"
echo "== bundle: $BUNDLE"
echo "size: $(du -sm "$BUNDLE" | cut -f1) MB unpacked, $(find "$BUNDLE" -type f | wc -l) files"

echo "== self-test"
HOME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME_DIR"' EXIT
# A fresh data folder: the self-test must not need (or touch) a real one.
QT_QPA_PLATFORM=offscreen SHELTER_APP_HOME="$HOME_DIR" \
  "$BUNDLE/ShelterCaseManager" --language en --self-test
echo "== self-test passed in the bundle"
