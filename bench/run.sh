#!/usr/bin/env bash
# Builds and runs the benchmarks under Xvfb (a real X server, as on a desktop) and prints figures.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANNUALPLAN_BUILD_DIR:-$root/build}
# The suite compares PDF export with LibreOffice in the same run.
"$root/bench/install-tools.sh"
"$root/scripts/build.sh" >/dev/null
display=:94
Xvfb $display -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
sleep 1
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
DISPLAY=$display QT_QPA_PLATFORM=xcb "$build/bench/bench_drafting" "${1:-10}" 2>/dev/null
"$build/bench/bench_import" 21
"$build/bench/bench_pdfimport" 11
"$build/bench/bench_status" 21
"$build/bench/bench_yearend" 21
"$build/bench/bench_versions" 10000 10
DISPLAY=$display QT_QPA_PLATFORM=xcb "$build/bench/bench_suite"
# Every interaction through the real window, p50 and p99 (issue "Fast again, and kept fast").
DISPLAY=$display QT_QPA_PLATFORM=xcb "$build/bench/bench_interact"
