#include "sqldialect.h"

namespace ap {

QString SqlDialect::beginWrite() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString SqlDialect::beginRead() const
{
    // SQLite: a deferred transaction holds its shared lock from the first read to the end, so no
    // commit lands between two tables. PostgreSQL: one snapshot for every statement.
    return m_kind == Kind::Sqlite ? QStringLiteral("BEGIN")
                                  : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ");
}

QString SqlDialect::newId(const QString &table) const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("?") : QStringLiteral("COALESCE(?, nextval('%1_id_seq'))").arg(table);
}

QString SqlDialect::enteredBy() const
{
    return m_recordsEnteredBy ? QStringLiteral("entered_by") : QStringLiteral("''");
}

} // namespace ap
