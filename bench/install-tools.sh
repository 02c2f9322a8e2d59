#!/usr/bin/env bash
# Installs what the LibreOffice comparison needs beyond scripts/install-deps.sh: GNU time (wall time
# and peak memory of a process) and LibreOffice Writer. Does nothing when both are present.
set -euo pipefail
need=()
[ -x /usr/bin/time ] || need+=(time)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi
