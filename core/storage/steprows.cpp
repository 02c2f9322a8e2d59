#include "steprows.h"

#include "domain/targetsteps.h"
#include "sqlerror.h"
#include "repeatedtext.h"
#include "rowquery.h"
#include "sqlvalues.h"
#include "targetrows.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace ap {

namespace {

bool exec(QSqlQuery &q, QString *detail)
{
    if (q.exec())
        return true;
    if (detail)
        *detail = SqlError::describe(q.lastError());
    return false;
}

bool execWith(QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *detail)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return exec(q, detail);
}

// Each task's targets in order, and each target's position, as the rows are.
struct TargetsByTask
{
    std::map<Id, QList<Target>> tasks;
    QHash<Id, int> position;
};

bool readTargets(QSqlDatabase &db, TargetsByTask *out, QString *detail)
{
    RowQuery q(db);
    const int positionColumn = targetrows::kColumnCount;   // after the target's own
    if (!q.exec(QStringLiteral("SELECT %1, position FROM target ORDER BY task_id, position, id").arg(targetrows::columns(5)))) {
        if (detail)
            *detail = SqlError::describe(q.lastError());
        return false;
    }
    RepeatedText repeated;
    while (q.next()) {
        Id task = 0;
        const Target t = targetrows::read(q, &task, repeated);
        out->tasks[task].append(t);
        out->position.insert(t.id, q.value(positionColumn).toInt());
    }
    if (q.lastError().isValid()) {
        if (detail)
            *detail = SqlError::describe(q.lastError());
        return false;
    }
    return true;
}

// The folded target: its steps, its place (its first row's) and the baseline it took.
bool writeFolded(QSqlDatabase &db, const Target &t, int position, QString *detail)
{
    for (int i = 0; i < t.milestones.size(); ++i)
        if (!execWith(db, QStringLiteral("INSERT INTO target_step (target_id, position, value, due_date) VALUES (?, ?, ?, ?)"),
                      {t.id, i, sqlvalue::optionalDouble(t.milestones.at(i).value), sqlvalue::date(t.milestones.at(i).due)},
                      detail))
            return false;
    return execWith(db,
                    QStringLiteral("UPDATE target SET position = ?, baseline = ?, baseline_year = ?, baseline_source = ? "
                                   "WHERE id = ?"),
                    {position, sqlvalue::optionalDouble(t.baseline), sqlvalue::optionalInt(t.baselineYear),
                     baselineSourceKey(t.baselineSource), t.id},
                    detail);
}

// A report that gave figures for several steps keeps one for the indicator: the target's own
// if it had one, else the figure of its latest step that had one (rows come latest first).
bool moveFigures(QSqlDatabase &db, Id row, Id target, QString *detail)
{
    return execWith(db,
                    QStringLiteral("UPDATE checkin_value SET target_id = ? WHERE target_id = ? AND actual IS NOT NULL "
                                   "AND NOT EXISTS (SELECT 1 FROM checkin_value k WHERE k.checkin_id = checkin_value.checkin_id "
                                   "AND k.target_id = ? AND k.actual IS NOT NULL)"),
                    {target, row, target}, detail)
        && execWith(db, QStringLiteral("DELETE FROM checkin_value WHERE target_id = ?"), {row}, detail)
        && execWith(db, QStringLiteral("DELETE FROM target WHERE id = ?"), {row}, detail);
}

} // namespace

bool foldStepRows(QSqlDatabase &db, QString *detail)
{
    TargetsByTask rows;
    if (!readTargets(db, &rows, detail))
        return false;
    for (const auto &[task, targets] : rows.tasks) {
        QHash<Id, Id> merged;
        const QList<Target> folded = foldSteps(targets, &merged);
        if (merged.isEmpty())
            continue;
        for (const Target &t : folded) {
            if (!t.hasSteps())
                continue;
            int first = rows.position.value(t.id);
            for (auto it = merged.cbegin(); it != merged.cend(); ++it)
                if (it.value() == t.id)
                    first = std::min(first, rows.position.value(it.key()));
            if (!writeFolded(db, t, first, detail))
                return false;
        }
        // Latest steps first: the first figure to reach the target is the one a report keeps.
        QHash<Id, QDate> due;
        for (const Target &t : targets)
            due.insert(t.id, t.due);
        QList<Id> gone = merged.keys();
        std::sort(gone.begin(), gone.end(), [&](Id a, Id b) { return due.value(a) > due.value(b); });
        for (const Id row : std::as_const(gone))
            if (!moveFigures(db, row, merged.value(row), detail))
                return false;
    }
    return true;
}

} // namespace ap
