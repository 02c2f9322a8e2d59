#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace ap {

// SQLite's errors in the program's own words: its texts ("unable to open database file") are
// English and say nothing a clerk can act on. A server's go to ServerError.
class SqlError
{
    Q_DECLARE_TR_FUNCTIONS(ap::SqlError)
public:
    // SQLite result codes told apart (the low byte of the extended code).
    static constexpr int kFull = 13;
    static constexpr int kReadOnly = 8;
    static constexpr int kIoErr = 10;

    static bool isDiskFull(const QSqlError &e);
    // SQLITE_IOERR and its extended codes: the disk (or the network share) failed a read or write.
    static bool isIoError(const QSqlError &e);
    static bool isReadOnly(const QSqlError &e);
    // A server's "insufficient privilege" (SQLSTATE 42501): a grant missing, or a row its
    // row-level security refuses.
    static bool isDenied(const QSqlError &e);
    // What went wrong, as a clause ("the disk is full").
    static QString describe(const QSqlError &e);
    // The whole sentence for a change lost to a read or write error.
    static QString ioErrorMessage();
};

} // namespace ap
