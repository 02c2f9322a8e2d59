#!/usr/bin/env bash
# Renders the icon's PNG sizes from resources/icons/annualplan.svg (committed, so a build needs no
# SVG renderer). Run after changing the SVG; needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$root/resources/icons/annualplan.svg" -o "$root/resources/icons/annualplan-$size.png"
done
