#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace ap {

// What a PostgreSQL server (or libpq, on the way to it) said, in the program's words: the kind of
// trouble and what the clerk or the server's administrator can do about it. The server's own text
// (English, with its SQLSTATE) is kept apart, after ErrorDetails' label, where the window shows it
// only under "details" (ui/shell/errorbox) and the command line on a line of its own.
class ServerError
{
    Q_DECLARE_TR_FUNCTIONS(ap::ServerError)
public:
    enum class Kind {
        Refused,           // nothing answers at the address and port
        Timeout,           // no answer in time (network down, a firewall dropping packets)
        UnknownHost,       // the server's name is not known
        WrongPassword,     // the password is wrong, or the login does not exist (never told apart)
        NotAllowedHere,    // pg_hba.conf has no line for this computer and login
        TlsRequired,       // the server takes this login only over TLS, and the address asked for none
        TlsUnavailable,    // the address asks for TLS and the server offers none
        NoDatabase,        // the address names a database the server does not have
        Denied,            // the login may not do this (grants, row-level security, our guards)
        PeriodLocked,      // a report into a locked period
        AssessmentPublished,   // a mark or award after the assessment was published
        OutOfRange,        // a value past what the server's checks allow
        LimitReached,      // past a limit the plan keeps (its evidence files' number or size)
        Busy,              // someone else holds the same rows (lock, serialization, deadlock)
        Full,              // no room for another connection
        DiskFull,          // the server's disk is full
        ReadOnlyServer,    // a standby, or a database set read-only
        ShuttingDown,      // stopping, starting or recovering
        Cancelled,         // stopped for taking too long
        ConnectionLost,    // the connection broke while a request was on it
        Other
    };

    // The kind from the SQLSTATE (empty when the connection itself failed) and the server's text.
    static Kind kindOf(const QString &sqlstate, const QString &text);
    // What happened and what to do, a sentence or two.
    static QString advice(Kind kind);
    // The advice for what the server said, followed by its own words (ErrorDetails::join).
    static QString describe(const QSqlError &e);
    static Kind kindOf(const QSqlError &e);
    static QString describe(const QString &sqlstate, const QString &text);
};

} // namespace ap
