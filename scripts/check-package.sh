#!/usr/bin/env bash
# Checks the Debian package as a distribution would and as a clerk's machine will use it:
# desktop-file-validate, appstreamcli validate, lintian (no errors), then the package unpacked into
# a clean folder (dpkg -x) whose program runs: its version, info on the installed sample, and the
# installed Chinese translation found beside the binary.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANNUALPLAN_BUILD_DIR:-$root/build}
deb=$("$root/scripts/package.sh" | tail -n 1)
echo "check-package: $deb"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/root"
share="$tmp/root/usr/share"
desktop-file-validate "$share/applications/io.github.annualplan.annualplan.desktop"
appstreamcli validate --no-net --pedantic "$share/metainfo/io.github.annualplan.annualplan.metainfo.xml"
# Errors fail; warnings are shown (the README lists those that remain).
lintian --tag-display-limit 0 --fail-on error "$deb"
bin="$tmp/root/usr/bin/annualplan"
"$bin" --version
sample="$share/annualplan/sample/sample-plan-2026.aplan"
LANG=C.UTF-8 "$bin" info "$sample" --lang en | tee "$tmp/info.txt"
grep -q "Year: 2026" "$tmp/info.txt"
# The installed translation: found relative to the binary, not in the build tree.
LANG=C.UTF-8 "$bin" info "$sample" --lang zh_CN | tee "$tmp/info-zh.txt"
grep -q "年度：2026" "$tmp/info-zh.txt"
# The file type: recognised by extension and by the application id at offset 68.
grep -q 'value="APLN" offset="68"' "$share/mime/packages/annualplan.xml"
for size in 16 32 48 128 256; do
  test -s "$share/icons/hicolor/${size}x${size}/apps/annualplan.png"
done
test -s "$share/man/man1/annualplan.1.gz"
echo "check-package: ok"
