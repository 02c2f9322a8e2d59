#pragma once

#include "domain/plan.h"

// Plans for the benchmarks, generated so that runs are repeatable.
namespace ap::bench {

// 10 chapters × 30 sections = 300 sections; the first section holds 500 tasks and the other
// 299 share the remaining 9,500, each task with two targets and two departments.
inline PlanData generate(int tasks = 10000, int bigSection = 500)
{
    PlanData p;
    p.info.year = 2026;
    p.info.title = QStringLiteral("基准测试计划");
    for (int d = 1; d <= 20; ++d)
        p.departments.append({d, QStringLiteral("单位%1").arg(d), QString(), d - 1});
    Id next = 100;
    QList<Id> leaves;
    for (int c = 0; c < 10; ++c) {
        const Id chapter = next++;
        p.sections.insert(chapter, {chapter, 0, QStringLiteral("第%1部分").arg(c + 1)});
        p.childSections[0].append(chapter);
        for (int s = 0; s < 29; ++s) {
            const Id sec = next++;
            p.sections.insert(sec, {sec, chapter, QStringLiteral("工作方向%1-%2").arg(c + 1).arg(s + 1)});
            p.childSections[chapter].append(sec);
            leaves << sec;
        }
    }
    // 10 chapters + 290 subsections = 300 sections.
    for (int i = 0; i < tasks; ++i) {
        const Id sec = i < bigSection ? leaves.first() : leaves.at(1 + (i % (leaves.size() - 1)));
        Task t;
        t.id = next++;
        t.title = QStringLiteral("第%1项重点工作任务").arg(i + 1);
        t.description = QStringLiteral("围绕年度目标推进第%1项工作，按季度调度进展。").arg(i + 1);
        t.deadline = QDate(2026, 1 + i % 12, 1).addMonths(1).addDays(-1);
        Target a;
        a.indicator = QStringLiteral("覆盖率");
        a.value = 80 + i % 20;
        a.unit = QStringLiteral("%");
        a.baseline = 75;
        a.baselineYear = 2025;
        Target b;
        b.indicator = QStringLiteral("服务人次");
        b.value = 1000 + i;
        b.unit = QStringLiteral("人次");
        t.targets = {a, b};
        t.assignments = {{1 + i % 20, DepartmentRole::Lead}, {1 + (i + 7) % 20, DepartmentRole::Support}};
        p.tasks.insert(t.id, t);
        p.sectionTasks[sec].append(t.id);
        p.taskSection.insert(t.id, sec);
    }
    return p;
}

} // namespace ap::bench
