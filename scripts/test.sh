#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a full test run: installs the packages,
# builds everything, runs every test through ctest (headless: offscreen Qt platform), builds and
# checks the Debian package, then the whole suite again built with AddressSanitizer + UndefinedBehaviorSanitizer, then the import
# fuzzers for a bounded time. The server tests run against a private PostgreSQL cluster that this
# script starts on a loopback port (scripts/pg-cluster.sh) and stops at the end. ANNUALPLAN_PACKAGE=0 skips the package, ANNUALPLAN_SANITIZE=0 the sanitized pass, ANNUALPLAN_FUZZ_SECONDS=0
# the fuzzers.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANNUALPLAN_BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# The server tests' PostgreSQL: a private cluster on a loopback port for this run, stopped at the end.
eval "$("$root/scripts/pg-cluster.sh" start)"
trap '"$root/scripts/pg-cluster.sh" stop "$ANNUALPLAN_PG_DIR"' EXIT
# Two tests at a time (ANNUALPLAN_TEST_JOBS): the tests wait for events, not for times, and those
# that share the PostgreSQL cluster hold its RESOURCE_LOCK and run one at a time.
ctest --test-dir "$build" --output-on-failure --timeout 900 -j"${ANNUALPLAN_TEST_JOBS:-2}" "$@"
# The Debian package, built and checked as a distribution would (ANNUALPLAN_PACKAGE=0 skips).
if [ "${ANNUALPLAN_PACKAGE:-1}" != 0 ]; then
  "$root/scripts/check-package.sh"
fi
if [ "${ANNUALPLAN_SANITIZE:-1}" != 0 ]; then
  "$root/scripts/test-sanitized.sh" "$@"
fi
# The import readers' libFuzzer targets, a bounded run (ANNUALPLAN_FUZZ_SECONDS each; 0 skips).
if [ "${ANNUALPLAN_FUZZ_SECONDS:-60}" != 0 ]; then
  ANNUALPLAN_FUZZ_BUILD="$root/build-fuzz" "$root/scripts/fuzz.sh" "${ANNUALPLAN_FUZZ_SECONDS:-60}"
fi
