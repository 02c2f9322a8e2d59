#pragma once

#include "domain/progressreport.h"
#include "planlocation.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// A progress report given in words, as the command line takes it (annualplan checkin): the task
// by the id `status --json` prints, the period, a status by its key or its Chinese name, a
// percent, actuals by indicator name and the 进展情况. It is checked against the plan before
// anything is written, and then recorded in a plan file or in a server plan.
namespace ap {

struct ReportRequest
{
    Q_DECLARE_TR_FUNCTIONS(ap::ReportRequest)
public:
    Id task = 0;
    QString period;
    QString status;                               // "in_progress" or 推进中 …; empty: 推进中
    std::optional<double> percent;
    QList<QPair<QString, double>> actuals;        // indicator name → value
    QString progress;
    bool yearEnd = false;                         // the figures are the year's final values (年终实绩)

    // The report for plan, or false and why: an unknown task or indicator, a period that is
    // not one of the plan's, a locked period, a percent outside 0–100, an unknown status.
    bool toReport(const PlanData &plan, const ReportLog &log, ProgressReport *out, QString *error) const;


    // Records the report in the plan at where (a plan file or a server plan), one
    // transaction, and gives its id.
    bool record(const PlanLocation &where, QString *error, Id *id = nullptr) const;
};

} // namespace ap
