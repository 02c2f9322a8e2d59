#!/usr/bin/env bash
# Renders the current screenshots in docs/ from the real app under Xvfb (zh_CN UI, sample plan).
# Needs a build (scripts/build.sh); installs Xvfb, xwd and ImageMagick when missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANNUALPLAN_BUILD_DIR:-$root/build}
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xwd >/dev/null || need+=(x11-apps)
dpkg-query -W -f='${Status}' imagemagick 2>/dev/null | grep -q 'install ok installed' || need+=(imagemagick)
command -v xdotool >/dev/null || need+=(xdotool)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
fi
tmp=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$tmp"' EXIT
cp "$build/sample/sample-plan-2026.aplan" "$tmp/清河区2026年卫生健康工作计划.aplan"
display=:97
Xvfb $display -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
export XDG_CONFIG_HOME="$tmp/config" LANG=zh_CN.UTF-8
DISPLAY=$display QT_QPA_PLATFORM=xcb "$build/annualplan" --lang zh_CN "$tmp/清河区2026年卫生健康工作计划.aplan" &
app=$!
sleep 3
win=$(DISPLAY=$display xdotool search --sync --onlyvisible --class annualplan | head -n 1)
DISPLAY=$display xdotool windowsize "$win" 1400 900 windowmove "$win" 0 0
sleep 1
mkdir -p "$root/docs"
DISPLAY=$display xwd -root -silent | convert xwd:- "$root/docs/mainwindow-zh_CN.png"
echo "wrote docs/mainwindow-zh_CN.png"
