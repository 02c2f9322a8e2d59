#pragma once

#include "domain/progressreport.h"
#include "storage/planrows.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace ap {

// Progress reports a removal took with it (the plan's rows drop them with their task, and a
// target's figures with the target), and the task's assessment marks (自评, 复核), held for the
// undo that puts them back with the same ids.
class HeldReports
{
public:
    // Takes the reports on tasks out of log and holds them, with the bytes of their evidence files
    // (by file id, read before the removal took them: the log holds none); whether there were any.
    bool hold(const QList<Id> &tasks, ReportLog &log, const QHash<Id, QByteArray> &evidence = {});
    // Writes those held for tasks again (inside the restoring transaction).
    bool write(PlanRows &rows, const QList<Id> &tasks) const;
    // Puts those held for tasks back into log, in id order, once written (their files' bytes
    // dropped: the log holds none); whether there were any.
    bool giveBack(const QList<Id> &tasks, ReportLog &log);

    // The figures task's reports have for target, taken out of log and held (the target is removed).
    void holdFigures(Id task, Id target, ReportLog &log);
    // Those held for target, as (report, figure).
    QList<QPair<Id, double>> figures(Id target) const { return m_figures.value(target); }
    void forgetFigures(Id target) { m_figures.remove(target); }

private:
    QHash<Id, QList<ProgressReport>> m_reports;              // by task
    QHash<Id, QList<AssessmentMark>> m_marks;                // by task
    QHash<Id, QList<QPair<Id, double>>> m_figures;    // by target: (report, figure)
};

} // namespace ap
