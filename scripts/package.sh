#!/usr/bin/env bash
# Builds the Debian package: build/annualplan_VERSION_ARCH.deb (CPack from the install rules,
# dependencies by dpkg-shlibdeps). Needs a build (scripts/build.sh) and dpkg-dev, file.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANNUALPLAN_BUILD_DIR:-$root/build}
"$root/scripts/build.sh" >/dev/null
cd "$build"
rm -f annualplan_*.deb
cpack -G DEB >/dev/null
ls "$build"/annualplan_*.deb
