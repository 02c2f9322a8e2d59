#include "serverversions.h"

#include "serversql.h"
#include "serverrights.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ap {

qint64 RowVersions::read(const QString &table, Id id) const
{
    for (auto it = m_pending.crbegin(); it != m_pending.crend(); ++it)
        if (it->id == id && it->table == table)
            return it->version;
    return m_read.value(table).value(id, 0);
}

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
    QStringList out;
    out << QStringLiteral("CREATE SEQUENCE row_version_seq");   // (its use is granted to editors by format 5)
    // A change by anyone counts once a transaction: a statement that sets row_version itself (the
    // program's claim) is left alone, and so is a row this transaction changed already. Moving a
    // row (its position, its parent) is no change of its content.
    out << QStringLiteral(
        "CREATE FUNCTION count_row_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.row_version = OLD.row_version "
        "AND OLD.xmin::text <> (pg_current_xact_id()::text::bigint % 4294967296)::text "
        "AND (to_jsonb(NEW) - 'position' - 'parent_id' - 'section_id' - 'row_version') "
        "IS DISTINCT FROM (to_jsonb(OLD) - 'position' - 'parent_id' - 'section_id' - 'row_version') THEN "
        "NEW.row_version := nextval('\"%1\".row_version_seq'); END IF; RETURN NEW; END $$")
               .arg(schema);   // (named with its schema: psql's search path need not have it)
    for (const QString &table : tables())
        out << QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version BIGINT NOT NULL DEFAULT nextval('row_version_seq')").arg(table)
            << QStringLiteral("CREATE TRIGGER %1_row_version BEFORE UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                              "count_row_version()")
                   .arg(table);
    return out;
}

QStringList upgradeTo8(const QString &schema)
{
    return {countRowVersion(schema, {})};
}

QString countRowVersion(const QString &schema, const QStringList &alsoNotContent)
{
    // Every change of a row's content moves its version, however many a transaction makes (a
    // script that moves a row and then edits it); only the rows the program claimed in this
    // transaction (a statement that set row_version itself) keep the version it claimed while
    // it writes them, so that its own edits are never taken for another's. The claims are the
    // transaction's own setting, gone at its end.
    const QString s = QStringLiteral("\"%1\"").arg(schema);
    QString notContent = QStringLiteral("- 'position' - 'parent_id' - 'section_id' - 'row_version'");
    for (const QString &column : alsoNotContent)
        notContent += QStringLiteral(" - '%1'").arg(column);
    return QStringLiteral(
               "CREATE OR REPLACE FUNCTION %1.count_row_version() RETURNS trigger LANGUAGE plpgsql "
               "SET search_path = pg_catalog, pg_temp AS $$ DECLARE "
               "mine text := TG_TABLE_NAME || ':' || OLD.id || ','; "
               "claimed text := coalesce(current_setting('annualplan.claimed', true), ''); BEGIN "
               "IF NEW.row_version IS DISTINCT FROM OLD.row_version THEN "
               "PERFORM set_config('annualplan.claimed', claimed || mine, true); "
               "ELSIF position(',' || mine IN ',' || claimed) = 0 "
               "AND (to_jsonb(NEW) %2) IS DISTINCT FROM (to_jsonb(OLD) %2) THEN "
               "NEW.row_version := nextval('%1.row_version_seq'); END IF; RETURN NEW; END $$")
        .arg(s, notContent);
}

} // namespace ServerVersions

} // namespace ap
