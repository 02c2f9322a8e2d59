#pragma once

#include "document/plandocument.h"
#include "printeddocument.h"
#include "printfonts.h"
#include "status/statusengine.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

class QPagedPaintDevice;

// A draft of the year's work summary (年度工作总结) from the plan and its year's records, for the
// clerk to finish in Word or WPS: the title and opening from the plan, the year's counts in a
// bureau's words (tasks done, in progress, behind, not reported; targets met and not), then per
// top-level section what was achieved (each task's figures against its targets, worded as a clerk
// writes them, or its department's own account), the problems (unfinished work and missed
// targets, with the reasons the reports give), and what comes next (the work that carries on).
// Every figure is one the plan holds, with the period it is from; a missing one is said to be
// missing. Chinese whatever the window's language.
namespace ap {

class YearSummary
{
    Q_DECLARE_TR_FUNCTIONS(ap::YearSummary)
public:
    // issued: the date it is signed on (default today); the figures are read at the year's end.
    YearSummary(const PlanDocument &doc, const QDate &issued = QDate(), const PrintFonts &fonts = PrintFonts::defaults());

    QString title() const;
    QString countsText() const;
    // A target's figure against it: "家庭医生签约率达85.6%，超额完成85%的目标".
    QString targetText(const Task &task, const TargetResult &r) const;
    PrintedDocument content() const;
    int paint(QPagedPaintDevice *device) const;
    bool writePdf(const QString &path, QString *error) const;
    bool writeDocx(const QString &path, QString *error) const;

private:
    static QString text(const char *source);
    const TaskResult *resultOf(Id task) const;
    bool done(const TaskResult &r) const;
    // The section's achievements, one paragraph a task ("" when nothing was reached).
    QStringList achievements(Id topSection) const;
    QStringList problems() const;
    QStringList nextSteps() const;

    const PlanDocument &m_doc;
    QDate m_issued;
    PrintFonts m_fonts;
    QDate m_asOf;
    std::shared_ptr<const PlanData> m_measured;   // the plan in force at the year's end
    QList<TaskResult> m_results;
    QHash<Id, int> m_byTask;   // task -> its result's index (resultOf, once a task: a big plan's summary)
};

} // namespace ap
