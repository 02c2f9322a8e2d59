#include "serverversions.h"

#include "serversql.h"
#include "serverstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ap {

void RowVersions::ended(bool committed)
{
    if (committed)
        for (const Claim &c : std::as_const(m_pending)) {
            if (c.version == 0)
                m_read[c.table].remove(c.id);   // a row put back by an undo starts again at 1
            else
                m_read[c.table].insert(c.id, c.version);
        }
    m_pending.clear();
}

namespace ServerVersions {

const QStringList &tables()
{
    static const QStringList list = {QStringLiteral("plan"), QStringLiteral("department"), QStringLiteral("section"),
                                     QStringLiteral("task")};
    return list;
}

QStringList upgradeTo3(const QString &schema)
{
    (void)schema;
    QStringList out;
    // A change by anyone counts once a transaction: a statement that sets row_version itself (the
    // program's claim) is left alone, and so is a row this transaction changed already. Moving a
    // row (its position, its parent) is no change of its content.
    out << QStringLiteral(
        "CREATE FUNCTION count_row_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.row_version = OLD.row_version "
        "AND OLD.xmin::text <> (pg_current_xact_id()::text::bigint % 4294967296)::text "
        "AND (to_jsonb(NEW) - 'position' - 'parent_id' - 'section_id' - 'row_version') "
        "IS DISTINCT FROM (to_jsonb(OLD) - 'position' - 'parent_id' - 'section_id' - 'row_version') THEN "
        "NEW.row_version := OLD.row_version + 1; END IF; RETURN NEW; END $$");
    for (const QString &table : tables())
        out << QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1").arg(table)
            << QStringLiteral("CREATE TRIGGER %1_row_version BEFORE UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                              "count_row_version()")
                   .arg(table);
    return out;
}

} // namespace ServerVersions

bool ServerStore::readRowVersions(QString *error)
{
    m_versions.clear();
    if (m_serverVersion < 3)
        return true;
    QStringList parts;
    for (const QString &table : ServerVersions::tables())
        parts << QStringLiteral("SELECT '%1', id, row_version FROM %1").arg(table);
    QSqlQuery q(db());
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

bool ServerStore::claimRow(const QString &table, Id id, bool remove)
{
    if (m_serverVersion < 3)
        return true;
    const qint64 read = m_versions.read(table, id);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE %1 SET row_version = row_version + 1 WHERE id = ? AND row_version = ? "
                             "RETURNING row_version")
                  .arg(table));
    q.addBindValue(id);
    q.addBindValue(read);
    if (!q.exec()) {
        setLastError(StoreError::WriteFailed, tr("The change could not be saved: %1").arg(serversql::errorText(q.lastError())));
        return false;
    }
    if (q.next()) {
        m_versions.claimed(table, id, remove ? 0 : q.value(0).toLongLong());
        return true;
    }
    // Not the row that was read: someone else changed it, or removed it, since.
    static const QHash<QString, const char *> what = {
        {QStringLiteral("plan"), QT_TR_NOOP("the plan's details")},
        {QStringLiteral("department"), QT_TR_NOOP("this department")},
        {QStringLiteral("section"), QT_TR_NOOP("this section")},
        {QStringLiteral("task"), QT_TR_NOOP("this task")},
    };
    QSqlDatabase connection = db();
    const bool gone = !serversql::value(connection, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table), nullptr, {id})
                           .toInt();
    const QString thing = tr(what.value(table, "this row"));
    setLastError(StoreError::Conflict,
             (gone ? tr("Someone else has removed %1 on the server since you opened the plan, so your change was not "
                        "saved.")
                   : tr("Someone else has changed %1 on the server since you opened the plan, so your change was not "
                        "saved: nothing was written over theirs."))
                     .arg(thing)
                 // (The space is the sentence's own: a Chinese text runs on without one.)
                 + tr(" The plan is read again from the server to show it as it is now; make your change again if it is "
                      "still needed."));
    return false;
}

void ServerStore::transactionEnded(bool committed)
{
    m_versions.ended(committed);
}

} // namespace ap
