#!/usr/bin/env bash
# Renders pages of the printed sample into docs/ (no display needed), in the fonts this machine
# prints with (scripts/install-deps.sh installs the free ones the docs show):
#   docs/print-body-page1.png      the plan's first page
#   docs/print-annex-page1.png     the first page of the 重点任务分解表
#   docs/print-body-page5.png, docs/print-body-page6.png
#                                  a page break: a heading keeps with its text on the next page
#   docs/print-notice-page1.png    the notice's first page (版头)
#   docs/print-notice-last.png     the notice's last page, the 版记 (after an unnumbered blank page)
#   docs/print-word-page5.png      LibreOffice's layout of the Word file's page 5, for comparison
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANNUALPLAN_BUILD_DIR:-$root/build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$tmp/config"

"$build/annualplan" create "$tmp/plan.aplan" --from-json "$root/resources/sample/sample-plan-2026.json" >/dev/null
"$build/annualplan" export "$tmp/plan.aplan" --pdf "$tmp/plan.pdf" --docx "$tmp/plan.docx" >/dev/null
annex=$(for p in $(seq 1 "$(pdfinfo "$tmp/plan.pdf" | awk '/^Pages:/{print $2}')"); do
  pdftotext -f "$p" -l "$p" "$tmp/plan.pdf" - | grep -q '^附件1' && { echo "$p"; break; }; done)
pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$tmp/plan.pdf" "$root/docs/print-body-page1"
pdftoppm -r 80 -png -f "$annex" -l "$annex" -singlefile "$tmp/plan.pdf" "$root/docs/print-annex-page1"
pdftoppm -r 80 -png -f 5 -l 5 -singlefile "$tmp/plan.pdf" "$root/docs/print-body-page5"
pdftoppm -r 80 -png -f 6 -l 6 -singlefile "$tmp/plan.pdf" "$root/docs/print-body-page6"

# The same plan issued by its notice.
python3 - "$root/resources/sample/sample-plan-2026.json" "$tmp/notice.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["notice"]["enabled"] = True
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
"$build/annualplan" create "$tmp/notice.aplan" --from-json "$tmp/notice.json" >/dev/null
"$build/annualplan" export "$tmp/notice.aplan" --pdf "$tmp/notice.pdf" >/dev/null
last=$(pdfinfo "$tmp/notice.pdf" | awk '/^Pages:/{print $2}')
pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$tmp/notice.pdf" "$root/docs/print-notice-page1"
pdftoppm -r 80 -png -f "$last" -l "$last" -singlefile "$tmp/notice.pdf" "$root/docs/print-notice-last"

# LibreOffice's layout of the Word file, its fonts found as the package sets fontconfig up.
if command -v soffice >/dev/null; then
  FONTCONFIG_FILE=$("$root/scripts/office-fonts.sh" "$tmp") soffice -env:UserInstallation="file://$tmp/lo" --headless --convert-to pdf \
    --outdir "$tmp/lo-out" "$tmp/plan.docx" >/dev/null 2>&1
  pdftoppm -r 80 -png -f 5 -l 5 -singlefile "$tmp/lo-out/plan.pdf" "$root/docs/print-word-page5"
fi
echo "wrote docs/print-*.png"
