// PlanRows' write steps of the monitoring (progress reports, their figures, period locks), apart
// from planrows.cpp, which keeps the plan's own rows.
#include "planrows.h"

#include "sqlvalues.h"

#include <QDateTime>
#include <QSqlQuery>

namespace ap {

using sqlvalue::idOrNull;
using sqlvalue::optionalDouble;
using sqlvalue::text;

bool PlanRows::insertReport(ProgressReport &c)
{
    // A report with a request key, on a server: sent again after its confirmation was lost, it
    // is the report the server has already (ServerReportKeys), not a second one.
    const bool keyed = !c.requestKey.isEmpty() && !m_dialect.isSqlite();
    QSqlQuery &q = query(QStringLiteral(
        "INSERT INTO checkin (id, task_id, period, entered_at, report_date, status, percent, progress, problems, "
        "next_steps, department_id, supersedes_id, correction_reason, year_end%2) VALUES (%1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?%3) "
        "%4RETURNING id, entered_at, department_id")
                             .arg(m_dialect.newId(QStringLiteral("checkin")),
                                  keyed ? QStringLiteral(", request_key") : QString(), keyed ? QStringLiteral(", ?") : QString(),
                                  keyed ? QStringLiteral("ON CONFLICT (entered_by, request_key) DO NOTHING ") : QString()));
    q.addBindValue(idOrNull(c.id));
    q.addBindValue(c.taskId);
    q.addBindValue(text(c.period));
    q.addBindValue(c.enteredAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(sqlvalue::date(c.reportDate));
    q.addBindValue(statusKey(c.status));
    q.addBindValue(c.percent ? QVariant(*c.percent) : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(text(c.progress));
    q.addBindValue(text(c.problems));
    q.addBindValue(text(c.nextSteps));
    q.addBindValue(c.departmentId ? QVariant(c.departmentId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(c.supersedesId ? QVariant(c.supersedesId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(text(c.correctionReason));
    q.addBindValue(c.yearEnd ? 1 : 0);
    if (keyed)
        q.addBindValue(c.requestKey);
    if (!execute(q))
        return false;
    if (!q.next()) {
        q.finish();
        return keyed && readKeptReport(c);
    }
    c.id = q.value(0).toLongLong();
    // On a server, when and for which department a report was entered is the server's word
    // (ServerBoundary): the report is kept as it was written.
    if (const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs); at.isValid())
        c.enteredAt = at;
    c.departmentId = q.value(2).toLongLong();
    q.finish();
    for (auto it = c.actuals.cbegin(); it != c.actuals.cend(); ++it)
        if (!insertReportValue(c.id, it.key(), it.value()))
            return false;
    return insertEvidence(c.id, c.evidence);
}

bool PlanRows::readKeptReport(ProgressReport &c)
{
    QSqlQuery &q = query(QStringLiteral("SELECT id, entered_at, department_id FROM checkin "
                                        "WHERE entered_by = session_user AND request_key = ?"));
    q.addBindValue(c.requestKey);
    if (!execute(q) || !q.next())
        return false;
    c.id = q.value(0).toLongLong();
    if (const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs); at.isValid())
        c.enteredAt = at;
    c.departmentId = q.value(2).toLongLong();
    q.finish();
    // Its files went with it the first time: they are the server's, with their ids.
    if (c.evidence.isEmpty())
        return true;
    QSqlQuery &files = query(QStringLiteral("SELECT id FROM evidence WHERE checkin_id = ? ORDER BY position"));
    files.addBindValue(c.id);
    if (!execute(files))
        return false;
    for (int i = 0; files.next() && i < c.evidence.size(); ++i)
        c.evidence[i].id = files.value(0).toLongLong();
    files.finish();
    return true;
}

bool PlanRows::insertReportValue(Id reportId, Id targetId, double actual)
{
    // A plain INSERT (a report's values are written with it, or put back after their target's
    // undo, never over others): a server's reporters may add values, not change them.
    QSqlQuery &v = query(QStringLiteral("INSERT INTO checkin_value (checkin_id, target_id, actual) VALUES (?, ?, ?)"));
    v.addBindValue(reportId);
    v.addBindValue(targetId);
    v.addBindValue(actual);
    return execute(v);
}

bool PlanRows::deleteReport(Id id)
{
    QSqlQuery &q = query(QStringLiteral("DELETE FROM checkin WHERE id = ?"));
    q.addBindValue(id);
    return execute(q);
}

bool PlanRows::writePeriodLock(const PeriodLock &lock)
{
    QSqlQuery &q = query(QStringLiteral(
        "INSERT INTO period_lock (period, locked, changed_at, reason) VALUES (?, ?, ?, ?) ON CONFLICT (period) DO UPDATE "
        "SET locked = excluded.locked, changed_at = excluded.changed_at, reason = excluded.reason"));
    q.addBindValue(lock.period);
    q.addBindValue(lock.locked ? 1 : 0);
    q.addBindValue(lock.changedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(text(lock.reason));
    return execute(q);
}

bool PlanRows::deletePeriodLock(const QString &period)
{
    QSqlQuery &q = query(QStringLiteral("DELETE FROM period_lock WHERE period = ?"));
    q.addBindValue(period);
    return execute(q);
}

} // namespace ap
