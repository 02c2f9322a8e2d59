#!/usr/bin/env bash
# Fails when a source string in core/, ui/ or app/ has no finished zh_CN translation.
# It runs lupdate on a copy of the .ts file, so strings added since the last lupdate count too.
set -euo pipefail
src=$1
lupdate=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/annualplan_zh_CN.ts" "$tmp/check.ts"
(cd "$src" && "$lupdate" -silent -no-obsolete -locations none core ui app -ts "$tmp/check.ts") >/dev/null
missing=$(grep -c 'type="unfinished"' "$tmp/check.ts" || true)
if [ "$missing" != "0" ]; then
  echo "zh_CN: $missing source strings have no translation:"
  grep -B3 'type="unfinished"' "$tmp/check.ts" | grep '<source>' | head -50
  exit 1
fi
total=$(grep -c '<source>' "$tmp/check.ts")
echo "zh_CN: all $total source strings translated"
