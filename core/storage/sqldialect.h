#pragma once

#include <QString>

namespace ap {

// What differs between the two SQL dialects the plan's rows are written in (SQLite for a plan
// file, PostgreSQL for a server plan): data the row mapper reads, not behaviour it hands down.
class SqlDialect
{
public:
    // A plan file's SQLite.
    static SqlDialect sqlite() { return SqlDialect(Kind::Sqlite, false); }
    // A server plan's PostgreSQL; recordsEnteredBy: its reports keep who entered them (server
    // tables from version 2 on).
    static SqlDialect postgres(bool recordsEnteredBy) { return SqlDialect(Kind::Postgres, recordsEnteredBy); }

    // The statement that starts a write transaction. SQLite: BEGIN IMMEDIATE, so that a second
    // writer waits at the start instead of failing at the commit.
    QString beginWrite() const;
    // The statement that starts a read of the whole plan as of one moment.
    QString beginRead() const;
    // The value an INSERT gives a row's id, bound to the id it keeps (an undone row put back) or
    // NULL for a new one: SQLite assigns an INTEGER PRIMARY KEY given NULL; PostgreSQL takes the
    // table's sequence.
    QString newId(const QString &table) const;
    // The column that says who entered a report, or an SQL '' when the rows keep none.
    QString enteredBy() const;
    // A table's definition (schema::migrations) in this dialect: {id} a row's own id (SQLite's
    // INTEGER PRIMARY KEY AUTOINCREMENT, a BIGSERIAL), {ref} a column that refers to one, {real} a
    // number with a fraction.
    QString tableSql(QString neutral) const;
    bool isSqlite() const { return m_kind == Kind::Sqlite; }

private:
    enum class Kind { Sqlite, Postgres };
    SqlDialect(Kind kind, bool recordsEnteredBy)
        : m_kind(kind)
        , m_recordsEnteredBy(recordsEnteredBy)
    {
    }
    Kind m_kind;
    bool m_recordsEnteredBy;
};

} // namespace ap
