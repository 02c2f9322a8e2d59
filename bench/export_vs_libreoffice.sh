#!/usr/bin/env bash
# PDF export of a generated 2,000-task plan: AnnualPlan's print engine against LibreOffice
# converting our own Word export of it (the time a leader's office suite takes to lay it out), in
# one run, each as its own process, median of RUNS.
# Wall time and peak memory (maximum resident set) come from GNU time.
# Needs: a build, and the packages time, libreoffice-writer-nogui (installed when missing).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANNUALPLAN_BUILD_DIR:-$root/build}
runs=${1:-1}
tasks=${2:-2000}
"$root/bench/install-tools.sh"
"$root/scripts/build.sh" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
"$build/bench/bench_generate" "$work/plan.aplan" "$tasks"
# The same content for LibreOffice: our own Word export.
"$build/annualplan" export "$work/plan.aplan" --docx "$work/plan.docx" >/dev/null 2>&1
profile="-env:UserInstallation=file://$work/lo-profile"
# LibreOffice finds the 公文 font names our .docx gives among the free fonts, as the package sets
# fontconfig up (resources/fontconfig), so that it lays the file out in the print's fonts.
FONTCONFIG_FILE=$("$root/scripts/office-fonts.sh" "$work")
export FONTCONFIG_FILE

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() {  # measure NAME COMMAND...  → prints "seconds maxKB" per run into $work/NAME
  : > "$work/$1"
  local name=$1; shift
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>&1
    cat "$work/t" >> "$work/$name"
  done
}
measure annualplan "$build/annualplan" export "$work/plan.aplan" --pdf "$work/ours.pdf" --force
measure docx "$build/annualplan" export "$work/plan.aplan" --docx "$work/ours.docx" --force
mkdir -p "$work/lo"
measure libreoffice soffice "$profile" --headless --convert-to pdf --outdir "$work/lo" "$work/plan.docx"

ours_s=$(cut -d' ' -f1 "$work/annualplan" | median); ours_kb=$(cut -d' ' -f2 "$work/annualplan" | median)
docx_s=$(cut -d' ' -f1 "$work/docx" | median); docx_kb=$(cut -d' ' -f2 "$work/docx" | median)
lo_s=$(cut -d' ' -f1 "$work/libreoffice" | median); lo_kb=$(cut -d' ' -f2 "$work/libreoffice" | median)
ours_pages=$(pdfinfo "$work/ours.pdf" | awk '/^Pages:/{print $2}')
lo_pages=$(pdfinfo "$work/lo/plan.pdf" | awk '/^Pages:/{print $2}')
echo "plan: $tasks tasks; $runs runs each; machine: $(nproc) cores"
printf "AnnualPlan export --pdf:            median %6.2f s, peak memory %5d MB, %d pages (正文 + 分解表 + 责任清单)\n" "$ours_s" $((ours_kb / 1024)) "$ours_pages"
printf "AnnualPlan export --docx:           median %6.2f s, peak memory %5d MB\n" "$docx_s" $((docx_kb / 1024))
printf "LibreOffice --convert-to pdf (our .docx): median %6.2f s, peak memory %5d MB, %d pages (the same parts)\n" "$lo_s" $((lo_kb / 1024)) "$lo_pages"
awk -v a="$ours_s" -v b="$lo_s" 'BEGIN { if (a > 0) printf "speed-up: %.1f×\n", b / a }'
