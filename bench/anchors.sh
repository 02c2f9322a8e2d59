#!/usr/bin/env bash
# AnnualPlan beside its peers in one run (issue "Fast again, and kept fast").
#  1. The same generated plan of TASKS work items (default 10,000) opened by AnnualPlan, GNOME
#     Planner (its .planner file, written from our task table by bench/planner_file.py) and Calligra
#     Plan (the same .planner file, through its Planner import), each its own process on Xvfb with a
#     window manager; bench/settle.py measures process start to the window shown and to its CPU
#     settled, and peak memory.
#  2. Printing a real-style plan (a Word plan of 2,000 items with long paragraphs, imported): our
#     PDF against LibreOffice laying out the same plan from our Word export, as a leader's office
#     suite does (headless: the tests' LibreOffice is Debian's GUI-less one, which this script
#     leaves as it is).
# Installs the peers (Debian packages) when missing; never run by the tests.
#   bench/anchors.sh [RUNS] [TASKS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANNUALPLAN_BUILD_DIR:-$root/build}
runs=${1:-5}
tasks=${2:-10000}
need=()
for p in planner calligraplan libreoffice-writer-nogui dbus-daemon xdotool openbox xvfb python3 time poppler-utils; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y -q --no-install-recommends "${need[@]}"
fi
"$root/scripts/build.sh" >/dev/null
work=$(mktemp -d)
display=:95
Xvfb $display -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
DISPLAY=$display openbox >/dev/null 2>&1 &
export DISPLAY=$display XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime" HOME="$work/home"
mkdir -p "$work/config" "$work/runtime" "$work/home"
chmod 700 "$work/runtime"

# The same plan for everyone.
"$build/bench/bench_generate" "$work/plan.aplan" "$tasks" >/dev/null
QT_QPA_PLATFORM=offscreen "$build/annualplan" export "$work/plan.aplan" --csv "$work/plan.csv" >/dev/null 2>&1
QT_QPA_PLATFORM=offscreen "$build/annualplan" export "$work/plan.aplan" --xlsx "$work/plan.xlsx" >/dev/null 2>&1
python3 "$root/bench/planner_file.py" "$work/plan.csv" "$work/plan.planner" 2026
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); plan: $tasks tasks"
echo "program, runs, process start to window shown (median, min-max), to CPU settled, peak memory"

settle() { python3 "$root/bench/settle.py" --runs "$runs" --timeout 300 "$@" 2>/dev/null || echo "$2: failed"; }
ANNUALPLAN_SAY_WHEN_SHOWN=1 settle --say-shown --label AnnualPlan -- "$build/annualplan" "$work/plan.aplan"
settle --label "GNOME Planner $(dpkg-query -W -f='${Version}' planner)" -- planner "$work/plan.planner"
# Calligra Plan (KDE) leaves at once without a session bus: it gets one of its own.
settle --label "Calligra Plan $(dpkg-query -W -f='${Version}' calligraplan)" -- dbus-run-session -- calligraplan "$work/plan.planner"

echo
echo "printing a real-style plan of 2,000 items: wall time and peak memory (GNU time), pages"
"$build/bench/bench_generate" --docx "$work/real.docx" 730000 >/dev/null
QT_QPA_PLATFORM=offscreen "$build/annualplan" import "$work/real.docx" -o "$work/real.aplan" >/dev/null 2>&1
QT_QPA_PLATFORM=offscreen "$build/annualplan" export "$work/real.aplan" --docx "$work/real-ours.docx" >/dev/null 2>&1
for i in $(seq "$runs"); do
  QT_QPA_PLATFORM=offscreen /usr/bin/time -f "AnnualPlan export --pdf: %e s, %M KB" \
    "$build/annualplan" export "$work/real.aplan" --pdf "$work/real.pdf" --force 2>&1 >/dev/null | tail -1
done
echo "  pages: $(pdfinfo "$work/real.pdf" | sed -n 's/^Pages: *//p')"
mkdir -p "$work/lo"
FONTCONFIG_FILE=$("$root/scripts/office-fonts.sh" "$work") /usr/bin/time -f "LibreOffice --convert-to pdf of our .docx: %e s, %M KB" \
  soffice "-env:UserInstallation=file://$work/lo-profile" --headless --convert-to pdf --outdir "$work/lo" "$work/real-ours.docx" 2>&1 >/dev/null | tail -1
echo "  pages: $(pdfinfo "$work/lo/real-ours.pdf" | sed -n 's/^Pages: *//p')"
