#include "heldreports.h"

#include <QSet>

#include <algorithm>

namespace ap {

bool HeldReports::hold(const QList<Id> &tasks, CheckInLog &log)
{
    const QSet<Id> held(tasks.cbegin(), tasks.cend());
    for (const CheckIn &c : std::as_const(log.entries))
        if (held.contains(c.taskId))
            m_reports[c.taskId].append(c);
    return log.entries.removeIf([&held](const CheckIn &c) { return held.contains(c.taskId); }) > 0;
}

bool HeldReports::write(PlanRows &rows, const QList<Id> &tasks) const
{
    for (Id t : tasks)
        for (CheckIn c : m_reports.value(t))
            if (!rows.insertCheckIn(c))
                return false;
    return true;
}

bool HeldReports::giveBack(const QList<Id> &tasks, CheckInLog &log)
{
    bool any = false;
    for (Id t : tasks) {
        const QList<CheckIn> back = m_reports.take(t);
        log.entries += back;
        any = any || !back.isEmpty();
    }
    if (any)
        std::sort(log.entries.begin(), log.entries.end(), [](const CheckIn &a, const CheckIn &b) { return a.id < b.id; });
    return any;
}

void HeldReports::holdFigures(Id task, Id target, CheckInLog &log)
{
    for (CheckIn &c : log.entries)
        if (c.taskId == task && c.actuals.contains(target))
            m_figures[target].append({c.id, c.actuals.take(target)});
}

} // namespace ap
