#include "sqliteconnection.h"

#include "storage/sqlerror.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

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
