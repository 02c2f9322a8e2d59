#!/usr/bin/env bash
# Installs every Debian 12 package AnnualPlan needs to build, run and test.
# Idempotent: packages already present are left alone; apt runs only when something is missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev
  qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libxlsxwriter-dev zlib1g-dev libgl-dev libpoppler-qt6-dev libzip-dev
  catch2 sqlite3 libsqlite3-dev
  xvfb xauth poppler-utils unzip strace
  # the instruction-count guard (tests/perf/check_instructions.sh) counts with callgrind
  valgrind
  clang libclang-rt-14-dev
  fonts-wqy-zenhei fonts-arphic-ukai fonts-arphic-uming
  # the free fonts nearest the 公文's, which the print, the Word tests and the screenshots use:
  # Noto CJK (标宋 in bold, 黑体), the Fandol fonts of TeX Live (仿宋, 楷体), LXGW WenKai (楷体)
  fonts-noto-cjk texlive-lang-chinese fonts-lxgw-wenkai
  # plans on a PostgreSQL server, and the private cluster the server tests run against
  postgresql-15 postgresql-client-15
  # libpq makes a login's SCRAM verifier on the client (a password never goes to the server as text)
  libpq-dev
  # a server plan's password in the desktop's keyring (QtKeychain); the keyring tests run a GNOME
  # Keyring of their own on a private D-Bus session (tests/support/with-keyring.sh)
  qtkeychain-qt6-dev gnome-keyring dbus libglib2.0-bin
  # LibreOffice lays out the Word export in tst_docxoffice (and converts .doc/.wps for import)
  libreoffice-writer-nogui
  # the Debian package and its checks (scripts/package.sh, scripts/check-package.sh)
  dpkg-dev file lintian desktop-file-utils appstream
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
