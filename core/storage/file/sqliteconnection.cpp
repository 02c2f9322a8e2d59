#include "sqliteconnection.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

namespace ap::sqlite {

namespace {

QAtomicInteger<int> s_connectionCounter;

// A file in write-ahead-log mode (ours are not, but another tool may have switched one) whose
// log is not there: SQLite would create "-wal" and "-shm" beside it even to read.
bool isWalWithoutLog(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray h = f.read(20);
    return h.size() == 20 && h.at(18) == 2 && h.at(19) == 2 && !QFileInfo::exists(path + QStringLiteral("-wal"));
}

// SQLite's guidance for a database file from an untrusted source (sqlite.org/security.html), set
// on the connection before it reads the schema: no SQL that the file itself carries ever runs
// (triggers and views are off; functions in its schema are untrusted), the schema cannot be
// written behind SQLite's back (defensive), damaged pages are found before they are used, and
// nothing a plan never needs (a value of megabytes, hundreds of columns, deep expressions) is
// accepted. False when the connection is not SQLite's, or a setting was refused.
bool harden(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *c = *static_cast<sqlite3 *const *>(handle.constData());
    if (!c)
        return false;
    int on = -1;
    bool ok = sqlite3_db_config(c, SQLITE_DBCONFIG_DEFENSIVE, 1, &on) == SQLITE_OK && on == 1;
    ok = ok && sqlite3_db_config(c, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &on) == SQLITE_OK && on == 0;
    ok = ok && sqlite3_db_config(c, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &on) == SQLITE_OK && on == 0;
    ok = ok && sqlite3_db_config(c, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &on) == SQLITE_OK && on == 0;
    ok = ok && sqlite3_db_config(c, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &on) == SQLITE_OK && on == 0;
    sqlite3_limit(c, SQLITE_LIMIT_LENGTH, limits::kMaxValueBytes);
    sqlite3_limit(c, SQLITE_LIMIT_SQL_LENGTH, 1000000);
    sqlite3_limit(c, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(c, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(c, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000);
    // VACUUM INTO attaches its copy: one database besides the plan, never more.
    sqlite3_limit(c, SQLITE_LIMIT_ATTACHED, 1);
    sqlite3_limit(c, SQLITE_LIMIT_WORKER_THREADS, 0);
    QSqlQuery q(db);
    ok = ok && q.exec(QStringLiteral("PRAGMA cell_size_check = ON")) && q.exec(QStringLiteral("PRAGMA mmap_size = 0"));
    return ok;
}

} // namespace

QString newConnectionName()
{
    return QStringLiteral("annualplan-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
}

bool openConnection(const QString &name, const QString &path, bool readOnly, QString *detail)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    // Every connection waits for another's write to finish instead of failing at once: a
    // reader during a writer's commit must see a busy file as busy, never as damaged.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly && isWalWithoutLog(path)) {
        // Read as the unchanging file it is, without the log files.
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY");
    } else {
        db.setDatabaseName(path);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        if (detail)
            *detail = SqlError::describe(db.lastError());
        return false;
    }
    if (!harden(db)) {
        db.close();
        if (detail)
            *detail = QCoreApplication::translate("ap::sqlite", "SQLite refused the settings that keep a plan file safe to read");
        return false;
    }
    return true;
}

TemporaryConnection::TemporaryConnection(const QString &path, bool readOnly)
    : m_name(newConnectionName())
{
    m_open = openConnection(m_name, path, readOnly, &m_detail);
}

TemporaryConnection::~TemporaryConnection()
{
    {
        QSqlDatabase d = db();
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *detail)
{
    QSqlQuery q(db);
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            if (detail)
                *detail = SqlError::describe(q.lastError());
            return false;
        }
    }
    return true;
}

QVariant scalar(QSqlDatabase &db, const QString &sql, bool *ok)
{
    QSqlQuery q(db);
    const bool good = q.exec(sql) && q.next();
    if (ok)
        *ok = good;
    return good ? q.value(0) : QVariant();
}

} // namespace ap::sqlite
