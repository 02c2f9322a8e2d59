#!/usr/bin/env python3
"""The plan's task table (annualplan export --csv) as a GNOME Planner project (.planner XML), for
bench/anchors.sh: a summary task for each section, each work item under it from its deadline's
month start to its deadline, its targets as the task's note, its lead department as a resource.

planner_file.py TASKS.csv OUT.planner YEAR
"""
import csv
import sys
from xml.sax.saxutils import quoteattr


def stamp(day, time="000000"):
    return day.replace("-", "") + "T" + time + "Z"


def main():
    source, out, year = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(source, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    sections = {}
    for row in rows:
        sections.setdefault(row["章节"], []).append(row)
    resources = sorted({row["牵头单位"] for row in rows if row["牵头单位"]})
    resource_id = {name: i + 1 for i, name in enumerate(resources)}
    lines = ['<?xml version="1.0"?>',
             f'<project name={quoteattr(year + "年度工作计划")} company="" manager="" phase="" '
             f'project-start="{year}0101T000000Z" mrproject-version="2" calendar="1">',
             "  <properties/>", "  <phases/>",
             "  <calendars>", "    <day-types>",
             '      <day-type id="0" name="Working" description="A default working day"/>',
             '      <day-type id="1" name="Nonworking" description="A default non working day"/>',
             '      <day-type id="2" name="Use base" description="Use day from base calendar"/>',
             "    </day-types>",
             '    <calendar id="1" name="Default">',
             '      <default-week mon="0" tue="0" wed="0" thu="0" fri="0" sat="1" sun="1"/>',
             '      <overridden-day-types><overridden-day-type id="0">'
             '<interval start="0800" end="1200"/><interval start="1300" end="1700"/>'
             "</overridden-day-type></overridden-day-types>",
             "      <days/>", "    </calendar>", "  </calendars>", "  <tasks>"]
    allocations = []
    next_id = 1
    for section, items in sections.items():
        sid = next_id
        next_id += 1
        lines.append(f'    <task id="{sid}" name={quoteattr(section)} note="" work="0" start="{year}0101T000000Z" '
                     f'end="{year}1231T170000Z" work-start="{year}0101T080000Z" percent-complete="0" '
                     'priority="0" type="normal" scheduling="fixed-work">')
        for row in items:
            tid = next_id
            next_id += 1
            due = row["完成时限"] or f"{year}-12-31"
            start = row["开始时间"] or due[:8] + "01"
            lines.append(f'      <task id="{tid}" name={quoteattr(row["工作任务"])} note={quoteattr(row["目标指标"])} '
                         f'work="28800" start="{stamp(start)}" end="{stamp(due, "170000")}" '
                         f'work-start="{stamp(start, "080000")}" percent-complete="0" priority="0" type="normal" '
                         'scheduling="fixed-work"/>')
            if row["牵头单位"] in resource_id:
                allocations.append((tid, resource_id[row["牵头单位"]]))
        lines.append("    </task>")
    lines += ["  </tasks>", "  <resource-groups/>", "  <resources>"]
    for name, rid in resource_id.items():
        lines.append(f'    <resource id="{rid}" name={quoteattr(name)} short-name="" type="1" units="0" email="" '
                     'note="" std-rate="0"/>')
    lines += ["  </resources>", "  <allocations>"]
    for tid, rid in allocations:
        lines.append(f'    <allocation task-id="{tid}" resource-id="{rid}" units="100"/>')
    lines += ["  </allocations>", "</project>"]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
