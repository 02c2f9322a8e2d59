#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer + UBSan) and runs each one for a
# bounded time on a seed corpus of plan documents. Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]
# Skips with a message when clang or its fuzzer runtime is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-${ANNUALPLAN_FUZZ_SECONDS:-30}}"
BUILD="${ANNUALPLAN_FUZZ_BUILD:-build-fuzz}"

if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "fuzz: clang or libFuzzer runtime not installed; skipped"
  exit 0
fi

CC=clang CXX=clang++ cmake -S fuzz -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j2

# Seeds: our own fixtures, generated packages, and ../shared samples when present.
CORPUS="$BUILD/corpus"
mkdir -p "$CORPUS/text" "$CORPUS/docx"
cp tests/data/import/*.txt "$CORPUS/text/"
cp tests/data/excel-block.tsv "$CORPUS/text/" 2>/dev/null || true
if [ -d ../shared/samples ]; then
  cp ../shared/samples/*.txt "$CORPUS/text/" 2>/dev/null || true
  cp ../shared/samples/*.docx "$CORPUS/docx/" 2>/dev/null || true
fi
if [ -f build/sample/sample-plan-2026.aplan ] && [ -x build/annualplan ]; then
  build/annualplan export build/sample/sample-plan-2026.aplan --xlsx "$CORPUS/docx/sample.xlsx" >/dev/null 2>&1 || true
fi

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for target in fuzz_plantext fuzz_docx; do
  dir=text
  [ "$target" = fuzz_docx ] && dir=docx
  mkdir -p "$BUILD/found-$target"
  echo "fuzz: $target for ${SECONDS_PER_TARGET}s"
  if ! "$BUILD/$target" -max_total_time="$SECONDS_PER_TARGET" -max_len=262144 -rss_limit_mb=2048 -timeout=10 \
      -artifact_prefix="$BUILD/found-$target/" -print_final_stats=1 "$CORPUS/$dir" 2>"$BUILD/$target.log"; then
    echo "fuzz: $target FOUND A PROBLEM; see $BUILD/$target.log and $BUILD/found-$target/"
    tail -40 "$BUILD/$target.log"
    status=1
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$BUILD/$target.log" | sed "s/^/fuzz: $target /"
  fi
done
exit $status
