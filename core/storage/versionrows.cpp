// PlanRows' steps for the plan's named versions and the reasons typed for what changed since one,
// apart from planrows.cpp, which keeps the plan's own rows.
#include "planrows.h"

#include "sqlerror.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ap {

using sqlvalue::text;

bool PlanRows::insertVersion(PlanVersion &version, const QList<QByteArray> &parts)
{
    // Seconds are enough to order versions and say when: now, or when a version copied from
    // another plan was saved. A file keeps the saver a copied version names, and none of its own. A
    // server records its login and time itself (its trigger), for a new version told by no time;
    // only the plan's owner publishing a version that says when it was saved keeps that.
    const bool serverSays = !m_dialect.isSqlite() && !version.savedAt.isValid();
    const QDateTime at = version.savedAt.isValid() ? version.savedAt.toUTC() : QDateTime::currentDateTimeUtc();
    QSqlQuery &q = query(QStringLiteral("INSERT INTO plan_version (id, name, saved_at, saved_by, task_count) "
                                        "VALUES (%1, ?, ?, ?, ?) RETURNING id, saved_by, saved_at")
                             .arg(m_dialect.newId(QStringLiteral("plan_version"))));
    q.addBindValue(sqlvalue::idOrNull(0));
    q.addBindValue(text(version.name));
    q.addBindValue(serverSays ? QVariant(QMetaType(QMetaType::QString)) : QVariant(at.toString(Qt::ISODate)));
    q.addBindValue(text(version.savedBy));
    q.addBindValue(version.taskCount);
    if (!execute(q) || !q.next())
        return false;
    const Id id = q.value(0).toLongLong();
    const QString savedBy = q.value(1).toString();
    const QDateTime savedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    q.finish();
    for (int i = 0; i < parts.size(); ++i) {
        QSqlQuery &part = query(QStringLiteral("INSERT INTO plan_version_part (version_id, position, content) VALUES (?, ?, ?)"));
        part.addBindValue(id);
        part.addBindValue(i);
        part.addBindValue(parts.at(i));
        if (!execute(part))
            return false;
    }
    version.id = id;
    version.savedAt = savedAt;
    version.savedBy = savedBy;
    return true;
}

bool PlanRows::deleteVersion(Id id)
{
    QSqlQuery &q = query(QStringLiteral("DELETE FROM plan_version WHERE id = ?"));
    q.addBindValue(id);
    return execute(q);
}

bool PlanRows::writeAdjustmentReason(Id versionId, const QString &item, const QString &reason)
{
    if (reason.isEmpty()) {
        QSqlQuery &del = query(QStringLiteral("DELETE FROM adjustment_reason WHERE version_id = ? AND item = ?"));
        del.addBindValue(versionId);
        del.addBindValue(item);
        return execute(del);
    }
    QSqlQuery &q = query(QStringLiteral("INSERT INTO adjustment_reason (version_id, item, reason) VALUES (?, ?, ?) "
                                        "ON CONFLICT (version_id, item) DO UPDATE SET reason = excluded.reason"));
    q.addBindValue(versionId);
    q.addBindValue(item);
    q.addBindValue(reason);
    return execute(q);
}

bool PlanRows::loadVersions(PlanVersions *out, QString *error)
{
    *out = {};
    if (m_schemaVersion < 8)
        return true;
    auto failed = [&](const QSqlQuery &q) {
        if (error)
            *error = tr("The plan's versions could not be read: %1").arg(SqlError::describe(q.lastError()));
        return false;
    };
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, saved_at, saved_by, task_count FROM plan_version ORDER BY id")))
        return failed(q);
    while (q.next()) {
        PlanVersion v;
        v.id = q.value(0).toLongLong();
        v.name = q.value(1).toString();
        v.savedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        v.savedBy = q.value(3).toString();
        v.taskCount = q.value(4).toInt();
        if (v.name.isEmpty() || v.name.size() > kMaxTextLength || !v.savedAt.isValid() || v.taskCount < 0) {
            if (error)
                *error = tr("The plan's versions could not be read: the version %1 is damaged.").arg(v.id);
            return false;
        }
        out->list.append(v);
    }
    if (q.lastError().isValid())
        return failed(q);
    if (!q.exec(QStringLiteral("SELECT version_id, item, reason FROM adjustment_reason")))
        return failed(q);
    while (q.next())
        out->reasons[q.value(0).toLongLong()].insert(q.value(1).toString(), q.value(2).toString());
    if (q.lastError().isValid())
        return failed(q);
    return true;
}

bool PlanRows::loadVersionParts(Id id, QList<QByteArray> *parts, QString *error)
{
    parts->clear();
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT content FROM plan_version_part WHERE version_id = ? ORDER BY position"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = tr("The version could not be read: %1").arg(SqlError::describe(q.lastError()));
        return false;
    }
    while (q.next())
        parts->append(q.value(0).toByteArray());
    if (q.lastError().isValid()) {
        if (error)
            *error = tr("The version could not be read: %1").arg(SqlError::describe(q.lastError()));
        return false;
    }
    return true;
}

} // namespace ap
