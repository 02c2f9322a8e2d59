#!/usr/bin/env bash
# The fault tests in their long modes, each test case run on its own: 1,000 SIGKILLs per promise
# (ANNUALPLAN_CRASH_CYCLES), the full-disk and injected I/O-error sweeps, read-only files and folders,
# two processes on one file, then the import fuzzers for half an hour each (ANNUALPLAN_FUZZ_SECONDS).
# CI runs the same cases in their short modes through scripts/test.sh. See docs/RELIABILITY.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANNUALPLAN_BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" >/dev/null
export QT_QPA_PLATFORM=offscreen
export ANNUALPLAN_CRASH_CYCLES=${ANNUALPLAN_CRASH_CYCLES:-1000}

failed=0
run() {  # run EXECUTABLE "TEST CASE NAME (a trailing * matches the rest)"
  echo "== $1: $2"
  local start=$SECONDS
  if "$build/tests/$1" "$2"; then
    echo "   passed in $((SECONDS - start)) s"
  else
    echo "   FAILED"
    failed=1
  fi
}

run tst_crash "Killing the editing process at random moments*"
run tst_crash "Killing an upgrade at random moments*"
run tst_crash "Killing a backup at random moments*"
run tst_faults "When the disk fills up*"
run tst_faults "A disk that fills up during a backup*"
run tst_faults "An I/O error at any write or flush of an edit*"
run tst_faults "An I/O error while a plan is read*"
run tst_faults "An I/O error while a backup is written*"
run tst_storage "A read-only plan file opens for viewing*"
run tst_storage "A plan in a read-only folder*"
run tst_storage "A second process cannot open a plan for writing*"
run tst_storage "A lock left by a killed process*"
run tst_storage "A lock file left without its owner*"
run tst_storage "Opening a file that is not a sound plan of ours*"
run tst_storage "A migration that fails*"
ANNUALPLAN_ADVERSARIAL_ROUNDS=${ANNUALPLAN_ADVERSARIAL_ROUNDS:-2000} run tst_adversarial "*"
# The keyboard monkey: random keys into the real window, ending in Close or Quit.
ANNUALPLAN_MONKEY_SEEDS=${ANNUALPLAN_MONKEY_SEEDS:-1000} ANNUALPLAN_MONKEY_KEYS=${ANNUALPLAN_MONKEY_KEYS:-300} \
  run tst_keyboardmonkey "*"

ANNUALPLAN_FUZZ_BUILD="$root/build-fuzz" "$root/scripts/fuzz.sh" "${ANNUALPLAN_FUZZ_SECONDS:-1800}" || failed=1
exit $failed
