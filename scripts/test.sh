#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a full test run: installs the packages,
# builds everything and runs every test through ctest (headless: offscreen Qt platform).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANNUALPLAN_BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
ctest --test-dir "$build" --output-on-failure --timeout 900 "$@"
