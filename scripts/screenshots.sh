#!/usr/bin/env bash
# Renders the current screenshots in docs/ from the real app under Xvfb (zh_CN UI, sample plan):
#   docs/mainwindow-zh_CN.png  the sample plan: tree, task table, task editor with targets
#   docs/plancheck-zh_CN.png   the sample with two gaps put in, showing the plan checks
#   docs/print-*.png           the printed sample's pages (scripts/print-pages.sh)
#   docs/dashboard-zh_CN.png   the dashboard after a quarter of reports (scripts/demo-quarter.sh)
#   docs/report-progress-page2.png  the 进展通报 task table
#   docs/import-review-zh_CN.png    the import review screen
#   docs/yearend-zh_CN.png     the year end's page (年度考核) after a year of reports
# Needs a build (scripts/build.sh) and python3; installs Xvfb, xwd, xdotool and ImageMagick when missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANNUALPLAN_BUILD_DIR:-$root/build}
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xwd >/dev/null || need+=(x11-apps)
command -v xdotool >/dev/null || need+=(xdotool)
dpkg-query -W -f='${Status}' imagemagick 2>/dev/null | grep -q 'install ok installed' || need+=(imagemagick)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
fi
tmp=$(mktemp -d)
app=""; xvfb=""
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$tmp"' EXIT
display=:97
Xvfb $display -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
export XDG_CONFIG_HOME="$tmp/config" LANG=zh_CN.UTF-8 DISPLAY=$display QT_QPA_PLATFORM=xcb
mkdir -p "$root/docs"

shot() {  # shot PLANFILE OUTPUT [xdotool keys to press once the window is up]
  "$build/annualplan" --lang zh_CN "$1" &
  app=$!
  sleep 3
  local win
  win=$(xdotool search --sync --onlyvisible --class annualplan | head -n 1)
  xdotool windowsize "$win" 1366 768 windowmove "$win" 0 0
  sleep 1
  if [ $# -ge 3 ]; then
    xdotool mousemove 700 90 click 1   # the first task of the table
    sleep 0.3
    # shellcheck disable=SC2086
    xdotool key --delay 200 $3
    sleep 2
  fi
  xwd -root -silent | convert xwd:- "$2"
  kill $app; wait $app 2>/dev/null || true
  app=""
  echo "wrote ${2#$root/}"
}

cp "$build/sample/sample-plan-2026.aplan" "$tmp/清河区2026年卫生健康工作计划.aplan"
shot "$tmp/清河区2026年卫生健康工作计划.aplan" "$root/docs/mainwindow-zh_CN.png"
# The report dialog (Ctrl+R) and the print preview (Ctrl+Shift+P) over the same plan.
shot "$tmp/清河区2026年卫生健康工作计划.aplan" "$root/docs/checkin-zh_CN.png" ctrl+r
shot "$tmp/清河区2026年卫生健康工作计划.aplan" "$root/docs/preview-zh_CN.png" ctrl+shift+p

# The same plan with a task that names no lead department and a target without a value.
python3 - "$root/resources/sample/sample-plan-2026.json" "$tmp/gaps.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
tasks = [n for n in d["nodes"] if n["kind"] == "task"]
tasks[1]["lead"] = []
tasks[0]["targets"].append({"indicator": "签约居民续约率", "op": ">=", "value": None, "unit": "%",
                            "baseline": None, "baseline_year": None, "due": None})
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
"$build/annualplan" create "$tmp/待完善的计划.aplan" --from-json "$tmp/gaps.json" >/dev/null
shot "$tmp/待完善的计划.aplan" "$root/docs/plancheck-zh_CN.png"

# The printed sample plan's pages (its own script: no display needed).
ANNUALPLAN_BUILD_DIR="$build" "$root/scripts/print-pages.sh"

# A quarter of monitoring on the sample: the dashboard and a page of the 进展通报.
ANNUALPLAN_BUILD_DIR="$build" "$root/scripts/demo-quarter.sh" "$tmp/demo" >/dev/null
"$build/annualplan" --lang zh_CN "$tmp/demo/清河区2026年卫生健康工作计划.aplan" &
app=$!
sleep 3
win=$(xdotool search --sync --onlyvisible --class annualplan | head -n 1)
xdotool windowsize "$win" 1366 768 windowmove "$win" 0 0
sleep 1
xdotool mousemove 700 300 click 1
sleep 0.3
xdotool key F9
sleep 2
xwd -root -silent | convert xwd:- "$root/docs/dashboard-zh_CN.png"
kill $app; wait $app 2>/dev/null || true
app=""
echo "wrote docs/dashboard-zh_CN.png"
pdftoppm -r 80 -png -f 2 -l 2 -singlefile "$tmp/demo/2026年第二季度进展通报.pdf" "$root/docs/report-progress-page2"
echo "wrote docs/report-progress-page2.png"

# The year's end: the sample after a year of final reports (one task in five never reported), its
# assessment scheme made from the plan, on the year end's page (Ctrl+Shift+A).
year="$tmp/年度考核示例.aplan"
cp "$build/sample/sample-plan-2026.aplan" "$year"
"$build/annualplan" status "$year" --json 2>/dev/null > "$tmp/status.json"
python3 - "$tmp/status.json" <<'PY' | while IFS= read -r line; do eval "\"\$build/annualplan\" checkin \"\$year\" $line" >/dev/null 2>&1; done
import json, shlex, sys
for i, t in enumerate(json.load(open(sys.argv[1]))["tasks"]):
    kind = i % 5
    if kind == 4:
        continue
    args = ["--task", str(t["id"]), "--period", "2026Q4", "--year-end", "--status", ["已完成", "已完成", "推进中", "滞后"][kind],
            "--percent", ["100", "100", "80", "50"][kind], "--text", "全年工作推进情况"]
    for g in t.get("targets", []):
        if g.get("value") is None:
            continue
        f = [1.05, 1.0, 0.9, 0.7][kind]
        v = g["value"] * (2 - f) if g.get("op") in ("<=", "<") else g["value"] * (min(f, 1) if g.get("op") == "=" else f)
        args += ["--actual", "%s=%g" % (g["indicator"], round(v, 1))]
    print(" ".join(shlex.quote(a) for a in args))
PY
"$build/annualplan" assess "$year" --make-scheme >/dev/null 2>&1
shot "$year" "$root/docs/yearend-zh_CN.png" ctrl+shift+a

# The import review screen on the repository's own plan text (units on lines of their own), with
# F8 on its guess.
"$build/annualplan" --lang zh_CN --import "$root/tests/data/import/lines-dongchuan-2026.txt" &
app=$!
sleep 3
win=$(xdotool search --sync --name "lines-dongchuan-2026" | head -n 1)
xdotool windowmap "$win" windowsize "$win" 1366 768 windowmove "$win" 0 0
sleep 1
xdotool key --window "$win" F8
sleep 1
xwd -root -silent | convert xwd:- "$root/docs/import-review-zh_CN.png"
kill $app; wait $app 2>/dev/null || true
app=""
echo "wrote docs/import-review-zh_CN.png"
