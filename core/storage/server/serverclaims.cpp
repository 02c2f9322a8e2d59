#include "serverclaims.h"

#include "serversql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ap {

bool ServerClaims::read(QString *error)
{
    m_versions.clear();
    QSqlDatabase connection = QSqlDatabase::database(m_connection, false);
    m_schemaOid = serversql::value(connection, QStringLiteral("SELECT oid::bigint FROM pg_namespace WHERE nspname = current_schema()"),
                                   nullptr)
                      .toLongLong();
    QStringList parts;
    for (const QString &table : ServerVersions::tables())
        parts << QStringLiteral("SELECT '%1', id, row_version FROM %1").arg(table);
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    if (!q.exec(parts.join(QStringLiteral(" UNION ALL ")))) {
        if (error)
            *error = tr("The plan could not be read: %1").arg(serversql::errorText(q.lastError()));
        return false;
    }
    while (q.next())
        m_versions.setRead(q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong());
    return true;
}

bool ServerClaims::claimRow(const QString &table, Id id, bool remove)
{
    QSqlDatabase connection = QSqlDatabase::database(m_connection, false);
    const qint64 read = m_versions.read(table, id);
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("UPDATE %1 SET row_version = nextval('row_version_seq') WHERE id = ? AND row_version = ? "
                             "AND (SELECT oid::bigint FROM pg_namespace WHERE nspname = current_schema()) = ? "
                             "RETURNING row_version")
                  .arg(table));
    q.addBindValue(id);
    q.addBindValue(read);
    q.addBindValue(m_schemaOid);
    if (!q.exec())
        return refuse(StoreError::WriteFailed, tr("The change could not be saved: %1").arg(serversql::errorText(q.lastError())));
    bool ok = q.next();
    if (ok)
        m_versions.claimed(table, id, remove ? 0 : q.value(0).toLongLong());
    q.finish();
    // What a removal takes with it (ON DELETE CASCADE) must be what was read too: a section's
    // subsections and tasks, the tasks a department is named on. They are locked first (FOR
    // UPDATE), so that no one adds to them or changes them until this transaction ends.
    bool within = true;
    // The row under it someone else changed (the claimed row's own stamp is now this login's).
    std::pair<QString, Id> changed;
    if (ok && remove && (table == QLatin1String("section") || table == QLatin1String("department"))) {
        const QStringList checks = table == QLatin1String("section")
            ? QStringList{QStringLiteral("WITH RECURSIVE s(id) AS (SELECT ?::bigint UNION ALL SELECT c.id FROM section c "
                                         "JOIN s ON c.parent_id = s.id) SELECT 'section', x.id, x.row_version FROM section x "
                                         "WHERE x.id IN (SELECT id FROM s) AND x.id <> ? FOR UPDATE"),
                          QStringLiteral("WITH RECURSIVE s(id) AS (SELECT ?::bigint UNION ALL SELECT c.id FROM section c "
                                         "JOIN s ON c.parent_id = s.id) SELECT 'task', t.id, t.row_version FROM task t "
                                         "WHERE t.section_id IN (SELECT id FROM s) AND ? <> 0 FOR UPDATE")}
            : QStringList{QStringLiteral("SELECT 'task', t.id, t.row_version FROM task t JOIN task_department td ON "
                                         "td.task_id = t.id WHERE td.department_id = ? AND ? <> 0 FOR UPDATE OF t")};
        for (const QString &sql : checks) {
            QSqlQuery rows(connection);
            rows.prepare(sql);
            rows.addBindValue(id);
            rows.addBindValue(id);
            if (!rows.exec())
                return refuse(StoreError::WriteFailed,
                              tr("The change could not be saved: %1").arg(serversql::errorText(rows.lastError())));
            while (rows.next()) {
                const QString t = rows.value(0).toString();
                const Id row = rows.value(1).toLongLong();
                if (within && m_versions.read(t, row) != rows.value(2).toLongLong()) {
                    within = false;
                    changed = {t, row};
                }
                // A section's rows go with it; a department's tasks stay (they lose its name).
                if (table == QLatin1String("section"))
                    m_versions.claimed(t, row, 0);
            }
        }
    }
    return (ok && within) || refuseChanged(table, id, changed.first, changed.second);
}

bool ServerClaims::refuseChanged(const QString &table, Id id, const QString &underTable, Id underId)
{
    // Not the row that was read: someone else changed it, or removed it, since (or something in it).
    static const QHash<QString, const char *> what = {
        {QStringLiteral("plan"), QT_TR_NOOP("the plan's details")},
        {QStringLiteral("department"), QT_TR_NOOP("this department")},
        {QStringLiteral("section"), QT_TR_NOOP("this section")},
        {QStringLiteral("task"), QT_TR_NOOP("this task")},
    };
    const RowConflict conflict = underTable.isEmpty() ? changeOf(table, id) : changeOf(underTable, underId);
    const QString thing = underTable.isEmpty() ? tr(what.value(table, "this row"))
                                               : tr("something in %1").arg(tr(what.value(table, "this row")));
    QString message;
    if (conflict.gone)
        message = tr("Someone else has removed %1 on the server since you opened the plan, so your change was not "
                     "saved.")
                      .arg(thing);
    else if (!conflict.by.isEmpty())
        message = tr("%1 changed %2 on the server after you opened the plan, so your change was not saved: nothing "
                     "was written over theirs.")
                      .arg(conflict.whoAndWhen(), thing);
    else
        message = tr("Someone else has changed %1 on the server since you opened the plan, so your change was not "
                     "saved: nothing was written over theirs.")
                      .arg(thing);
    // (The space is the sentence's own: a Chinese text runs on without one.)
    return refuse(StoreError::Conflict,
                  message
                      + tr(" The plan is read again from the server to show it as it is now; make your change again if "
                           "it is still needed."),
                  conflict);
}

RowConflict ServerClaims::changeOf(const QString &table, Id id)
{
    RowConflict conflict;
    conflict.table = table;
    conflict.id = id;
    QSqlDatabase connection = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(connection);
    // Who wrote it is the server's word (ServerChangeStamps); their department, when they are a
    // member with one.
    q.prepare(QStringLiteral("SELECT x.changed_by, x.changed_at, d.name FROM %1 x LEFT JOIN member m ON m.login = "
                             "x.changed_by LEFT JOIN department d ON d.id = m.department_id WHERE x.id = ?")
                  .arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return conflict;   // (the refusal stands; it only says less)
    if (!q.next()) {
        conflict.gone = true;
        return conflict;
    }
    conflict.by = q.value(0).toString();
    conflict.at = q.value(1).toDateTime().toUTC();
    conflict.byUnit = q.value(2).toString();
    return conflict;
}

bool ServerClaims::claimReports(const QList<Id> &tasks, const QSet<Id> &known)
{
    QSqlDatabase connection = QSqlDatabase::database(m_connection, false);
    for (Id task : tasks) {
        QString detail;
        // FOR UPDATE: a report references its task, and waits for this lock to end.
        QSqlQuery q(connection);
        q.prepare(QStringLiteral("SELECT c.id FROM task t LEFT JOIN checkin c ON c.task_id = t.id WHERE t.id = ? FOR UPDATE OF t"));
        q.addBindValue(task);
        if (!q.exec())
            return refuse(StoreError::WriteFailed, tr("The change could not be saved: %1").arg(serversql::errorText(q.lastError())));
        while (q.next())
            if (!q.value(0).isNull() && !known.contains(q.value(0).toLongLong()))
                return refuse(StoreError::Conflict,
                             tr("A progress report has come in on a task you are removing since it was last read, so "
                                "nothing was removed: the report would have gone with it.")
                                 + tr(" The plan is read again from the server to show it as it is now; make your change "
                                      "again if it is still needed."));
    }
    return true;
}

bool ServerClaims::rowInserted(const QString &table, Id id)
{
    QSqlDatabase connection = QSqlDatabase::database(m_connection, false);
    QString detail;
    const QVariant version = serversql::value(connection, QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table),
                                              &detail, {id});
    if (!version.isValid())
        return refuse(StoreError::WriteFailed, tr("The change could not be saved: %1").arg(detail));
    m_versions.claimed(table, id, version.toLongLong());
    return true;
}

} // namespace ap
