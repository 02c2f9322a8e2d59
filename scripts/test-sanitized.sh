#!/usr/bin/env bash
# Builds every test with AddressSanitizer and UndefinedBehaviorSanitizer (gcc, -O1) in its own build
# folder and runs the whole suite there (benchmarks and tools are left out). scripts/test.sh, and so
# .ci/run, calls it after the plain suite; on the 2-core machine of docs/BENCHMARKS.md the build takes
# about 5½ minutes and the tests half a minute.
# Leak detection is off: Qt, fontconfig and SQLite keep process-long allocations on purpose.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANNUALPLAN_SANITIZE_BUILD_DIR:-$root/build-asan}
"$root/scripts/install-deps.sh"
flags="-fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer -fno-sanitize-recover=all -O1"
# Line tables only (-g1): enough for symbolized reports, much less to compile and link than -g.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="$flags" \
  -DCMAKE_CXX_FLAGS_DEBUG="-g1" -DANNUALPLAN_BUILD_BENCH=OFF \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$build" -j"$(nproc)"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$build" --output-on-failure --timeout 1800 -j"${ANNUALPLAN_TEST_JOBS:-2}" "$@"
