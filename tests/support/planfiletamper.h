#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <catch2/catch.hpp>

// What another tool does to a plan file: statements run on a plain SQLite connection, as the
// sqlite3 shell runs them (none of the program's hardening, so triggers, writable_schema and
// values of any size go in). For the tests of untrusted plan files; they link Qt Sql.
namespace testutil {

inline void tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements) {
            const bool done = q.exec(s);
            INFO(s.toStdString() << " " << q.lastError().text().toStdString());
            REQUIRE(done);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

} // namespace testutil
