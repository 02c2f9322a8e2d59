#!/usr/bin/env bash
# Writes DIR/fonts.conf, fontconfig as AnnualPlan's package sets it up (the system's, with the 公文
# font names a Word file gives found among the free fonts: resources/fontconfig), and prints its
# path: FONTCONFIG_FILE=$(scripts/office-fonts.sh DIR) lays a .docx out in LibreOffice in the
# print's fonts.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: office-fonts.sh DIR}
cat > "$dir/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <include>$root/resources/fontconfig/91-annualplan-official-fonts.conf</include>
</fontconfig>
CONF
echo "$dir/fonts.conf"
