#include "heldreports.h"

#include <QSet>

#include <algorithm>

namespace ap {

bool HeldReports::hold(const QList<Id> &tasks, ReportLog &log, const QHash<Id, QByteArray> &evidence)
{
    const QSet<Id> held(tasks.cbegin(), tasks.cend());
    for (const ProgressReport &c : std::as_const(log.entries))
        if (held.contains(c.taskId)) {
            ProgressReport kept = c;
            for (EvidenceFile &f : kept.evidence)
                f.content = evidence.value(f.id);
            m_reports[c.taskId].append(kept);
        }
    for (const AssessmentMark &m : std::as_const(log.assessment.marks))
        if (held.contains(m.taskId))
            m_marks[m.taskId].append(m);
    const bool marks = log.assessment.marks.removeIf([&held](const AssessmentMark &m) { return held.contains(m.taskId); }) > 0;
    return log.entries.removeIf([&held](const ProgressReport &c) { return held.contains(c.taskId); }) > 0 || marks;
}

bool HeldReports::write(PlanRows &rows, const QList<Id> &tasks) const
{
    for (Id t : tasks)
        for (ProgressReport c : m_reports.value(t))
            if (!rows.insertReport(c))
                return false;
    for (Id t : tasks)
        for (const AssessmentMark &m : m_marks.value(t))
            if (!rows.writeAssessmentMark(m.taskId, m.departmentId, m))
                return false;
    return true;
}

bool HeldReports::giveBack(const QList<Id> &tasks, ReportLog &log)
{
    bool any = false;
    for (Id t : tasks) {
        QList<ProgressReport> back = m_reports.take(t);
        for (ProgressReport &c : back)
            for (EvidenceFile &f : c.evidence)
                f.content.clear();
        log.entries += back;
        const QList<AssessmentMark> marks = m_marks.take(t);
        log.assessment.marks += marks;
        any = any || !back.isEmpty() || !marks.isEmpty();
    }
    if (any)
        std::sort(log.entries.begin(), log.entries.end(), [](const ProgressReport &a, const ProgressReport &b) { return a.id < b.id; });
    return any;
}

void HeldReports::holdFigures(Id task, Id target, ReportLog &log)
{
    for (ProgressReport &c : log.entries)
        if (c.taskId == task && c.actuals.contains(target))
            m_figures[target].append({c.id, c.actuals.take(target)});
}

} // namespace ap
