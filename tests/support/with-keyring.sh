#!/bin/sh
# Runs a test (its command line: "$@") in a D-Bus session of its own with a GNOME Keyring of its
# own unlocked in it, kept in a folder made for the run and removed after: the test never meets
# the user's keyring, and the keyring goes with the session. Where gnome-keyring or
# dbus-run-session is missing (a machine set up without scripts/install-deps.sh), the test runs
# with ANNUALPLAN_NO_KEYRING=1 and checks that no keyring is offered.
set -eu
if ! command -v gnome-keyring-daemon >/dev/null 2>&1 || ! command -v dbus-run-session >/dev/null 2>&1; then
  ANNUALPLAN_NO_KEYRING=1 exec "$@"
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
status=0
XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run" dbus-run-session -- sh -c '
  mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
  eval "$(printf "annualplan-test" | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  "$@"' sh "$@" || status=$?
exit $status
