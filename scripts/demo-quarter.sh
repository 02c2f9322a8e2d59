#!/usr/bin/env bash
# Runs one quarter of monitoring on the bundled sample plan, the way a clerk does it, through
# the real command line: write the departments' return forms for 2026Q2, fill them in (as the
# departments would, here with a small script that edits the workbooks), take them back,
# print the warnings and write the 进展通报. Usage: scripts/demo-quarter.sh [OUTDIR]
# Needs a build (scripts/build.sh) and python3.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ANNUALPLAN_BUILD_DIR:-$root/build}
out=${1:-$root/build/demo-quarter}
app="$build/annualplan"
rm -rf "$out"
mkdir -p "$out/forms"
plan="$out/清河区2026年卫生健康工作计划.aplan"
cp "$build/sample/sample-plan-2026.aplan" "$plan"

"$app" forms "$plan" --period 2026Q2 -o "$out/forms" >/dev/null
python3 - "$out/forms" <<'PY'
# Fills each return form: status, percent, progress, problems and target actuals, varied by task.
import re, sys, zipfile, pathlib, html
progress_words = ["已完成阶段任务，按计划推进", "完成年度任务的一半以上", "启动实施，正在推进", "前期调研已完成", "已全部完成"]
problems_words = ["", "人员紧张，进度偏慢", "资金尚未全部到位", "", "部门协调需加强"]
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.xlsx")):
    z = zipfile.ZipFile(path)
    parts = {n: z.read(n) for n in z.namelist()}
    z.close()
    shared = re.findall(r"<si>(.*?)</si>", parts["xl/sharedStrings.xml"].decode())
    shared = [html.unescape("".join(re.findall(r"<t[^>]*>(.*?)</t>", s, re.S))) for s in shared]
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    def value(ref):
        m = re.search(r'<c r="%s"[^>]*t="s"[^>]*><v>(\d+)</v></c>' % ref, sheet)
        return shared[int(m.group(1))] if m else ""
    def put(ref, text, number=False):
        global sheet
        cell = re.compile(r'<c r="%s"([^>]*?)(/>|>.*?</c>)' % ref)
        m = cell.search(sheet)
        if not m:
            return
        attrs = re.sub(r' t="[^"]*"', "", m.group(1))
        new = ('<c r="%s"%s><v>%s</v></c>' % (ref, attrs, text)) if number else \
              ('<c r="%s"%s t="inlineStr"><is><t>%s</t></is></c>' % (ref, attrs, html.escape(text)))
        sheet = sheet[:m.start()] + new + sheet[m.end():]
    rows = sorted(set(int(r) for r in re.findall(r'<row r="(\d+)"', sheet)))
    for r in rows:
        key = value("A%d" % r)
        if key.startswith("T:"):
            tid = int(key[2:])
            k = tid % 5
            status = ["推进中", "推进中", "未开始", "推进中", "已完成"][k]
            percent = [60, 45, 10, 50, 100][k]
            put("G%d" % r, status)
            put("H%d" % r, str(percent), number=True)
            put("J%d" % r, progress_words[k])
            if problems_words[k]:
                put("K%d" % r, problems_words[k])
            put("L%d" % r, "下一步加快推进" if k != 4 else "巩固成果")
        elif key.startswith("G:"):
            planned = value("D%d" % r)
            m = re.search(r"(\d+(?:\.\d+)?)", planned)
            if m:
                v = float(m.group(1))
                actual = round(v * (0.92 if "≤" not in planned else 1.05), 1)
                put("I%d" % r, str(actual), number=True)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as w:
        for n, data in parts.items():
            w.writestr(n, data)
PY
"$app" collect "$plan" "$out"/forms/*.xlsx | grep -v '^[+~=]'
"$app" status "$plan" --date 2026-07-01 | cut -f1 | sort | uniq -c
"$app" report "$plan" --lang zh_CN --period 2026Q2 --pdf "$out/2026年第二季度进展通报.pdf"
echo "plan with the quarter's reports: $plan"
