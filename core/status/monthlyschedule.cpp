#include "monthlyschedule.h"

#include "domain/documentlanguage.h"
#include "domain/targettext.h"

#include <algorithm>
#include <climits>
#include <tuple>
#include <utility>

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

namespace {

// The span drawn: from the start (or the year's first day) to the deadline (or the year's last),
// never ending before it starts.
std::pair<QDate, QDate> span(const Task &task, int year)
{
    const QDate start = task.start.isValid() ? task.start : QDate(year, 1, 1);
    const QDate end = task.deadline.isValid() ? task.deadline : QDate(year, 12, 31);
    return {start, std::max(start, end)};
}

// What falls due, in the target's order: the steps before each target's year's value; the year's
// value itself falls due with the task unless it has a date of its own before the deadline; then
// the deadline (target null). f(kind, due, target, value).
template <typename F>
void forEachItem(const Task &task, const QDate &end, F &&f)
{
    for (const Target &t : task.targets) {
        for (const TargetStep &step : t.milestones)
            if (step.due.isValid() && step.value)
                f(ScheduleItem::Kind::Step, step.due, &t, *step.value);
        if (t.value && t.due.isValid() && t.due < end)
            f(ScheduleItem::Kind::Step, t.due, &t, *t.value);
    }
    f(ScheduleItem::Kind::Deadline, end, static_cast<const Target *>(nullptr), 0.0);
}

} // namespace

ScheduleRow MonthlySchedule::row(const PlanData &plan, Id taskId, Grouping grouping)
{
    const Task &task = *plan.tasks.constFind(taskId);
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
    std::tie(r.start, r.end) = span(task, plan.info.year);
    forEachItem(task, r.end, [&r](ScheduleItem::Kind kind, const QDate &due, const Target *t, double value) {
        if (!t) {
            r.items.append({kind, due, QString(), QString()});
            return;
        }
        const QString figure = opDisplay(t->op) + formatNumber(value) + t->unit;
        r.items.append({kind, due, t->indicator + figure, figure});
    });
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
    // The rows' dates without their words (the dashboard asks at each showing; making every row's
    // words cost a 10,000-task plan 30 million instructions).
    const QDate first(year, month, 1);
    if (!first.isValid())
        return {};
    const QDate last = first.addMonths(1).addDays(-1);
    QList<Id> out;
    for (Id s : plan.sectionsInOrder())
        for (Id id : plan.sectionTasks.value(s)) {
            const Task &task = *plan.tasks.constFind(id);
            bool due = false;
            forEachItem(task, span(task, plan.info.year).second, [&](ScheduleItem::Kind, const QDate &d, const Target *, double) {
                due = due || (d >= first && d <= last);
            });
            if (due)
                out << id;
        }
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
