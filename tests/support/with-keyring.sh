#!/bin/sh
# Runs a test (its command line: "$@") in a D-Bus session of its own with a GNOME Keyring of its
# own unlocked in it, kept in a folder made for the run and removed after: the test never meets
# the user's keyring, and the keyring goes with the session. Where gnome-keyring or
# dbus-run-session is missing (a machine set up without scripts/install-deps.sh), the test runs
# with no session bus at all and ANNUALPLAN_NO_KEYRING=1, and checks that no keyring is offered.
set -u
if ! command -v gnome-keyring-daemon >/dev/null 2>&1 || ! command -v dbus-run-session >/dev/null 2>&1 \
   || ! command -v gdbus >/dev/null 2>&1; then
  exec env -u DBUS_SESSION_BUS_ADDRESS ANNUALPLAN_NO_KEYRING=1 "$@"
fi
home=$(mktemp -d) || exit 1
XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run" dbus-run-session -- sh -c '
  mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR" || exit 1
  # In the foreground of this session: stopped and waited for before the session ends.
  printf "annualplan-test" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
  daemon=$!
  # Until it owns its name on the bus (the event; gdbus gives up after a minute).
  if ! gdbus wait --session --timeout 60 org.freedesktop.secrets; then
    echo "with-keyring: gnome-keyring-daemon did not come up" >&2
    kill "$daemon" 2>/dev/null
    exit 1
  fi
  "$@"
  status=$?
  kill "$daemon" 2>/dev/null
  wait "$daemon" 2>/dev/null
  exit $status' sh "$@"
status=$?
rm -rf "$home" 2>/dev/null || true
exit $status
