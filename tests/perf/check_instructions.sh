#!/usr/bin/env bash
# The guard that catches a slower program without timing it (issue "Fast again, and kept fast"):
# each workload of instruction_workload runs under valgrind's callgrind, which counts the
# instructions the workload executes (the same count on a loaded machine as on an idle one), and
# the count is compared with the baseline kept in the repository. More than 15 % above it fails;
# more than 15 % below it passes and asks for the baseline to be lowered on purpose.
#   check_instructions.sh WORKLOAD DATA_DIR BASELINE BUILD_KIND [--update]
# BUILD_KIND names the compiler and build type the baseline was counted with: another kind of
# build counts other instructions, so the guard is skipped there (exit 77). --update writes the
# counts of this build into BASELINE (commit it with a note saying why they moved).
set -euo pipefail
workload=$1 data=$2 baseline=$3 kind=$4 update=${5:-}
limit=115   # per cent of the baseline
if ! command -v valgrind >/dev/null; then
  echo "valgrind is not installed (scripts/install-deps.sh installs it): skipped"
  exit 77
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
recorded_kind=$(sed -n 's/^# build: //p' "$baseline")
if [ -z "$update" ] && [ "$recorded_kind" != "$kind" ]; then
  echo "the baseline was counted on a \"$recorded_kind\" build, this is \"$kind\": skipped"
  exit 77
fi

count() {  # count NAME ARGS... -> instructions of the workload
  local out="$scratch/$1.cg"
  shift
  mkdir -p "$scratch/config"
  # A fixed hash seed and a configuration of its own: the same work on every run.
  QT_HASH_SEED=0 QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$scratch/config" LANG=C.UTF-8 \
    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$out" "$workload" "$@" \
    >"$scratch/stdout" 2>"$scratch/valgrind.log" || { cat "$scratch/stdout" "$scratch/valgrind.log" >&2; return 1; }
  sed 's/^/    /' "$scratch/stdout" >&2
  sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$out" | head -1
}

status=0
new="$scratch/baseline.tsv"
{ echo "# Instructions counted by tests/perf/check_instructions.sh (callgrind), one workload a line:"
  echo "# name, workload arguments, instructions. Lowered or raised on purpose only, with a note in the commit."
  echo "# build: $kind"; } > "$new"
while IFS=$'\t' read -r name args expected; do
  case "$name" in ''|'#'*) continue ;; esac
  # shellcheck disable=SC2086
  got=$(count "$name" ${args//@DATA@/$data}) || { echo "FAIL $name: the workload failed"; status=1; continue; }
  printf '%s\t%s\t%s\n' "$name" "$args" "$got" >> "$new"
  pct=$(( got * 100 / expected ))
  if [ "$pct" -gt "$limit" ]; then
    echo "FAIL $name: $got instructions, $pct % of the baseline's $expected (more than $limit %)"
    status=1
  elif [ "$pct" -lt $(( 200 - limit )) ]; then
    echo "ok   $name: $got instructions, $pct % of the baseline's $expected: lower the baseline on purpose (--update)"
  else
    echo "ok   $name: $got instructions, $pct % of the baseline's $expected"
  fi
done < "$baseline"
if [ -n "$update" ]; then
  cp "$new" "$baseline"
  echo "written: $baseline"
  exit 0
fi
exit $status
