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

QString SqlDialect::tableSql(QString neutral) const
{
    const bool sqlite = m_kind == Kind::Sqlite;
    return neutral.replace(QLatin1String("{id}"), sqlite ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                         : QLatin1String("BIGSERIAL PRIMARY KEY"))
        .replace(QLatin1String("{ref}"), sqlite ? QLatin1String("INTEGER") : QLatin1String("BIGINT"))
        .replace(QLatin1String("{real}"), sqlite ? QLatin1String("REAL") : QLatin1String("DOUBLE PRECISION"))
        .replace(QLatin1String("{blob}"), sqlite ? QLatin1String("BLOB") : QLatin1String("BYTEA"));
}

} // namespace ap
