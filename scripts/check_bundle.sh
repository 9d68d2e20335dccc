#!/usr/bin/env bash
# Checks the PyInstaller bundle that `make build` leaves in dist/engage-desktop/ really starts:
#  1. `--help` prints the usage (the Python side, the CLI and its imports are all there);
#  2. an offscreen start of the demo opens the database, signs in and shows the main window
#     (the Qt side: platform plugin, style sheet, icons, translations, migrations).
# Usage: scripts/check_bundle.sh [path/to/engage-desktop]   (exit 0 when both pass)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUNDLE="${1:-$ROOT/dist/engage-desktop/engage-desktop}"
START_SECONDS="${START_SECONDS:-180}"  # the demo is created on the first start: slow on a busy machine

if [[ ! -x "$BUNDLE" ]]; then
    echo "No bundle at $BUNDLE: build it first (make build)." >&2
    exit 2
fi
echo "Bundle: $(du -sh "$(dirname "$BUNDLE")" | cut -f1) in $(dirname "$BUNDLE")"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "1/2 --help"
if ! "$BUNDLE" --help >"$work/help.txt" 2>&1; then
    cat "$work/help.txt" >&2
    echo "FAIL: --help did not exit 0" >&2
    exit 1
fi
grep -q "usage: engage-desktop" "$work/help.txt" || { cat "$work/help.txt" >&2; echo "FAIL: no usage" >&2; exit 1; }
echo "    ok"

echo "2/2 offscreen start of the demo (up to ${START_SECONDS}s)"
# Its own data folder: nothing of the user's settings or databases is read or written.
set +e
: >"$work/start.log"
ENGAGE_DATA_DIR="$work/data" QT_QPA_PLATFORM=offscreen \
    timeout "$START_SECONDS" "$BUNDLE" --demo --verbose >"$work/start.log" 2>&1 &
pid=$!
shown=""
for _ in $(seq 1 "$START_SECONDS"); do
    if grep -q "Main window shown" "$work/start.log"; then
        shown=yes
        break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        break
    fi
    sleep 1
done
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
set -e
if [[ -z "$shown" ]] || grep -q "Traceback" "$work/start.log"; then
    cat "$work/start.log" >&2
    echo "FAIL: the main window did not show (log above)" >&2
    exit 1
fi
echo "    ok: $(grep -m1 "Main window shown" "$work/start.log")"
