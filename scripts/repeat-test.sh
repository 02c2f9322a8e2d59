#!/usr/bin/env bash
# Measures flakiness: runs one test executable (or some of its test cases) N times in a row, with
# the CPU kept busy by other processes if asked, and counts the failures. A test that depends on
# the machine's speed shows here before it costs a landing. See docs/RELIABILITY.md.
#
#   repeat-test.sh [--times N] [--load K] [--build DIR] TEST [CATCH2 TEST SPEC…]
#
#   --times N    runs (default 20)
#   --load K     K busy processes beside the test for the whole run (default 0; the machine's core
#                count keeps every core busy)
#   --build DIR  the build folder (default ./build; build-asan for the sanitized build)
#   TEST         a test executable of DIR/tests (tst_adversarial, tst_serverfailures, …)
#
# The server tests' private PostgreSQL cluster is started for the run when ANNUALPLAN_TEST_PG is not
# set, and stopped at the end. Each failed run's output is kept in DIR/repeat-logs/. The last line
# reads "N passed, N failed".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
times=20
load=0
build=$root/build
while [ $# -gt 0 ]; do
  case "$1" in
    --times) times=${2:?}; shift 2 ;;
    --load) load=${2:?}; shift 2 ;;
    --build) build=$(cd "${2:?}" && pwd); shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) break ;;
  esac
done
test=${1:?the test executable (see --help)}
shift
exe=$build/tests/$test
[ -x "$exe" ] || { echo "repeat-test.sh: $exe is not built" >&2; exit 2; }

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

busy=()
cluster=
cleanup() {
  for pid in "${busy[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -n "$cluster" ]; then "$root/scripts/pg-cluster.sh" stop "$cluster"; fi
}
trap cleanup EXIT
if [ -z "${ANNUALPLAN_TEST_PG:-}" ]; then
  eval "$("$root/scripts/pg-cluster.sh" start)"
  cluster=$ANNUALPLAN_PG_DIR
fi
for _ in $(seq 1 "$load"); do
  ( while :; do :; done ) &
  busy+=($!)
done

logs=$build/repeat-logs
mkdir -p "$logs"
passed=0
failed=0
start=$SECONDS
for run in $(seq 1 "$times"); do
  log=$logs/$test-$run.log
  if "$exe" "$@" > "$log" 2>&1; then
    passed=$((passed + 1))
    rm -f "$log"
    echo "run $run: passed"
  else
    failed=$((failed + 1))
    echo "run $run: FAILED (output in $log)"
  fi
done
echo "$test ${*:-(all cases)}: $times runs beside $load busy processes in $((SECONDS - start)) s"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
