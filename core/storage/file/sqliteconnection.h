#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ap::sqlite {

namespace limits {
// The largest value (or row) a plan file's connection reads or writes: far beyond any plan's text
// (the longest plan seen is some 400,000 characters in all), refused by SQLite past it.
constexpr int kMaxValueBytes = 4 * 1024 * 1024;
} // namespace limits

// A name for a new QSqlDatabase connection, unique in the process.
QString newConnectionName();

// Opens a connection named name to the SQLite file at path: the one place a plan file is opened,
// hardened as SQLite advises for an untrusted file (no trigger or view of the file runs, defensive
// mode, cell size checks, no memory mapping, limits a plan never needs). Every connection waits (busy timeout)
// for another's write instead of failing at once; readOnly uses SQLITE_OPEN_READONLY so the file
// cannot be written, and reads a WAL file whose log is missing as the unchanging file it is.
bool openConnection(const QString &name, const QString &path, bool readOnly, QString *detail);

// A connection of its own for one check or one step, closed and removed when it goes. Queries
// and QSqlDatabase copies made from it must go first (declare them after it).
class TemporaryConnection
{
public:
    TemporaryConnection(const QString &path, bool readOnly);
    ~TemporaryConnection();
    TemporaryConnection(const TemporaryConnection &) = delete;
    TemporaryConnection &operator=(const TemporaryConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // Why it did not open, in the program's words.
    QString detail() const { return m_detail; }

private:
    QString m_name;
    bool m_open = false;
    QString m_detail;
};

// Runs statements in order; false with the reason at the first that fails.
bool execAll(QSqlDatabase &db, const QStringList &statements, QString *detail);
// The first column of the first row of sql; null when it failed (*ok false).
QVariant scalar(QSqlDatabase &db, const QString &sql, bool *ok = nullptr);

} // namespace ap::sqlite
