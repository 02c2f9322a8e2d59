#include "monthlyschedule.h"

#include "domain/documentlanguage.h"
#include "domain/targettext.h"

#include <algorithm>
#include <climits>

namespace ap {

QList<ScheduleItem> ScheduleRow::itemsIn(int year, int month) const
{
    QList<ScheduleItem> out;
    for (const ScheduleItem &i : items)
        if (i.due.year() == year && i.due.month() == month)
            out << i;
    return out;
}

bool ScheduleRow::activeIn(int year, int month) const
{
    const QDate first(year, month, 1);
    const QDate last = first.addMonths(1).addDays(-1);
    return start <= last && end >= first;
}

ScheduleRow MonthlySchedule::row(const PlanData &plan, Id taskId, Grouping grouping)
{
    const Task &task = *plan.tasks.constFind(taskId);
    const int year = plan.info.year;
    ScheduleRow r;
    r.taskId = taskId;
    if (grouping == Grouping::ByDepartment) {
        const QList<Id> leads = task.departmentIds(DepartmentRole::Lead);
        r.group = leads.isEmpty() ? 0 : leads.first();
    } else {
        Id s = plan.taskSection.value(taskId);
        while (plan.sections.value(s).parentId != 0)
            s = plan.sections.value(s).parentId;
        r.group = s;
    }
    r.start = task.start.isValid() ? task.start : QDate(year, 1, 1);
    r.end = task.deadline.isValid() ? task.deadline : QDate(year, 12, 31);
    if (r.end < r.start)
        r.end = r.start;
    // The steps before each target's year's value; the year's value itself falls due with the
    // task unless it has a date of its own before the deadline.
    for (const Target &t : task.targets) {
        for (const TargetStep &step : t.milestones)
            if (step.due.isValid() && step.value)
                r.items.append({ScheduleItem::Kind::Step, step.due,
                                t.indicator + opDisplay(t.op) + formatNumber(*step.value) + t.unit,
                                opDisplay(t.op) + formatNumber(*step.value) + t.unit});
        if (t.value && t.due.isValid() && t.due < r.end)
            r.items.append({ScheduleItem::Kind::Step, t.due, t.indicator + opDisplay(t.op) + formatNumber(*t.value) + t.unit,
                            opDisplay(t.op) + formatNumber(*t.value) + t.unit});
    }
    r.items.append({ScheduleItem::Kind::Deadline, r.end, QString(), QString()});
    std::stable_sort(r.items.begin(), r.items.end(), [](const ScheduleItem &a, const ScheduleItem &b) { return a.due < b.due; });
    return r;
}

QList<ScheduleRow> MonthlySchedule::rows(const PlanData &plan, Grouping grouping)
{
    QList<ScheduleRow> out;
    out.reserve(plan.tasks.size());
    for (Id s : plan.sectionsInOrder())
        for (Id t : plan.sectionTasks.value(s))
            out << row(plan, t, grouping);
    if (grouping == Grouping::ByDepartment) {
        // Grouped in the registry's order, tasks in the plan's order within each.
        QHash<Id, int> order;
        for (int i = 0; i < plan.departments.size(); ++i)
            order.insert(plan.departments.at(i).id, i);
        std::stable_sort(out.begin(), out.end(), [&](const ScheduleRow &a, const ScheduleRow &b) {
            return order.value(a.group, INT_MAX) < order.value(b.group, INT_MAX);
        });
    }
    return out;
}

QList<Id> MonthlySchedule::dueIn(const PlanData &plan, int year, int month)
{
    QList<Id> out;
    for (const ScheduleRow &r : rows(plan))
        if (!r.itemsIn(year, month).isEmpty())
            out << r.taskId;
    return out;
}

QString MonthlySchedule::cellText(const ScheduleRow &row, int year, int month)
{
    auto word = [](const char *source) { return doclang::text("ap::MonthlySchedule", source); };
    QStringList parts;
    for (const ScheduleItem &i : row.itemsIn(year, month)) {
        const bool monthEnd = i.due.day() == i.due.daysInMonth();
        if (i.kind == ScheduleItem::Kind::Deadline)
            parts << (monthEnd ? word(QT_TRANSLATE_NOOP("ap::MonthlySchedule", "Done"))
                               : word(QT_TRANSLATE_NOOP("ap::MonthlySchedule", "Done by day %1")).arg(i.due.day()));
        else
            parts << (monthEnd ? i.figure : word(QT_TRANSLATE_NOOP("ap::MonthlySchedule", "%1 by day %2")).arg(i.figure).arg(i.due.day()));
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace ap
