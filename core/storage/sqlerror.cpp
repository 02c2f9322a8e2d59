#include "sqlerror.h"

#include "server/servererror.h"

#include <QSqlError>

namespace ap {

namespace {
// SQLite's primary result code; none for a server's five-character SQLSTATE.
int primaryCode(const QSqlError &e, bool *ok)
{
    if (e.nativeErrorCode().size() == 5) {
        *ok = false;
        return 0;
    }
    return e.nativeErrorCode().toInt(ok) & 0xff;
}
} // namespace

bool SqlError::isDiskFull(const QSqlError &e)
{
    bool ok = false;
    return primaryCode(e, &ok) == kFull && ok;
}

bool SqlError::isIoError(const QSqlError &e)
{
    bool ok = false;
    return primaryCode(e, &ok) == kIoErr && ok;
}

bool SqlError::isReadOnly(const QSqlError &e)
{
    bool ok = false;
    return primaryCode(e, &ok) == kReadOnly && ok;
}

bool SqlError::isDenied(const QSqlError &e)
{
    return e.nativeErrorCode() == QLatin1String("42501");
}

QString SqlError::describe(const QSqlError &e)
{
    // A server's error (PostgreSQL gives a five-character SQLSTATE; SQLite's codes are numbers of
    // at most four digits): in the program's words, the server's own as details.
    if (e.nativeErrorCode().size() == 5)
        return ServerError::describe(e);
    bool ok = false;
    const int code = primaryCode(e, &ok);
    if (!ok)
        return tr("the plan file could not be read or written");
    switch (code) {
    case kFull:
        return tr("the disk is full");
    case kIoErr:
        return tr("the disk reported a read or write error");
    case 3:   // SQLITE_PERM
    case 8:   // SQLITE_READONLY
    case 23:  // SQLITE_AUTH
        return tr("the file or its folder may not be written to (read-only, or no permission)");
    case 5:   // SQLITE_BUSY
    case 6:   // SQLITE_LOCKED
        return tr("another program kept the plan busy for too long; try again");
    case 11:  // SQLITE_CORRUPT
    case 26:  // SQLITE_NOTADB
        return tr("the file is damaged");
    case 18:  // SQLITE_TOOBIG: past the connection's length limit (sqliteconnection)
        return tr("a value in the file is larger than any plan holds (more than 4 MB)");
    case 14:  // SQLITE_CANTOPEN
        return tr("the file cannot be opened (its folder may be missing or read-only)");
    default:
        return tr("the plan file could not be read or written (database error %1)").arg(code);
    }
}

QString SqlError::ioErrorMessage()
{
    return tr("The disk reported a read or write error, so the change was not saved. Everything saved "
              "before is kept; check the disk or network drive, or save a copy elsewhere.");
}

} // namespace ap
