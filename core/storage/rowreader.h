#pragma once

#include "domain/progressreport.h"
#include "domain/plan.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>

namespace ap {

class RowQuery;

// Reads a plan's rows on one connection: the plan, its progress reports and period locks, as a
// file or server plan of schemaVersion keeps them. What an older plan (open read-only, not
// upgraded) lacks is read as its default, and its step rows are folded as its upgrade would fold
// them, so a plan reads the same before its upgrade and after. PlanRows reads through it.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(ap::RowReader)
public:
    RowReader(QSqlDatabase db, int schemaVersion, SqlDialect dialect);

    bool plan(PlanData *out, QString *error);
    bool reports(ReportLog *out, QString *error);
    bool periodLocks(QHash<QString, PeriodLock> *out, QString *error);

private:
    bool fail(const RowQuery &q, QString *error) const;
    // Whether a row could not be read (a query's next() ended early); the reason goes to *error.
    bool readFailed(QString *error) const;
    // A value no plan has (rowvalues), named by table, row and column: the plan is not read.
    bool refuse(const QString &table, const QVariant &row, const QString &column, const QVariant &value,
                QString *error) const;
    bool planInfo(PlanInfo *info, QString *error);
    // The details of the files the reports carry (schema 9; evidencerows.cpp), into the reports
    // of log by index (report id → position).
    bool evidence(ReportLog &log, const QHash<Id, int> &index, QString *error);
    bool departments(PlanData &data, QString *error);
    bool sections(PlanData &data, QString *error);
    bool tasks(PlanData &data, QString *error);
    bool targets(PlanData &data, QString *error);
    // The targets' steps (format 6), onto the targets read.
    bool steps(PlanData &data, QString *error);
    bool assignments(PlanData &data, QString *error);
    // The year-end assessment (format 7): the tasks' items and the plan's scheme; the year's marks
    // and awards, each checked as the rest (a unit or task that is not the plan's is refused).
    bool assessment(PlanData &data, QString *error);
    bool assessmentRecord(AssessmentRecord *out, QString *error);
    // An older plan's folded step rows: row id -> the target it is a step of.
    QHash<Id, Id> foldedRows(QString *error);

    QSqlDatabase m_db;
    int m_schemaVersion;
    SqlDialect m_dialect;
    QSqlError m_readError;   // the first error of any query, kept by RowQuery
};

} // namespace ap
