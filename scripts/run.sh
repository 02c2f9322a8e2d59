#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the running app: installs the packages,
# builds, puts a copy of the bundled sample plan in ~/AnnualPlan (once) and opens it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANNUALPLAN_BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
mkdir -p "$HOME/AnnualPlan"
sample="$HOME/AnnualPlan/sample-plan-2026.aplan"
if [ ! -f "$sample" ]; then
  cp "$build/sample/sample-plan-2026.aplan" "$sample"
  echo "Sample plan copied to $sample"
fi
exec "$build/annualplan" "$sample" "$@"
