#include "servererror.h"

#include "domain/errordetails.h"
#include "domain/evidence.h"

#include <QSqlError>

namespace ap {

namespace {

bool has(const QString &text, const char *words)
{
    return text.contains(QLatin1String(words), Qt::CaseInsensitive);
}

// What libpq says when the connection itself fails: no SQLSTATE, only its text.
ServerError::Kind connectionKind(const QString &text)
{
    using Kind = ServerError::Kind;
    if (has(text, "does not support SSL"))
        return Kind::TlsUnavailable;
    if (has(text, "no pg_hba.conf entry"))
        return has(text, "no encryption") ? Kind::TlsRequired : Kind::NotAllowedHere;
    // The server checks who the login is by other means than a password (the machine's user,
    // Kerberos): no password typed would help.
    if (has(text, "Peer authentication failed") || has(text, "Ident authentication failed")
        || has(text, "GSSAPI authentication failed") || has(text, "SSPI authentication failed"))
        return Kind::NotAllowedHere;
    if (has(text, "password authentication failed") || has(text, "no password supplied")
        || (has(text, "role") && has(text, "does not exist")) || has(text, "authentication failed"))
        return Kind::WrongPassword;
    if (has(text, "database") && has(text, "does not exist"))
        return Kind::NoDatabase;
    if (has(text, "too many clients") || has(text, "too many connections") || has(text, "remaining connection slots"))
        return Kind::Full;
    if (has(text, "shutting down") || has(text, "starting up") || has(text, "in recovery mode")
        || has(text, "not yet accepting connections"))
        return Kind::ShuttingDown;
    if (has(text, "could not translate host name") || has(text, "Name or service not known")
        || has(text, "Temporary failure in name resolution"))
        return Kind::UnknownHost;
    if (has(text, "timeout expired") || has(text, "timed out"))
        return Kind::Timeout;
    if (has(text, "Connection refused") || has(text, "No route to host") || has(text, "Network is unreachable")
        || has(text, "could not connect"))
        return Kind::Refused;
    if (has(text, "server closed the connection") || has(text, "terminating connection")
        || has(text, "no connection to the server") || has(text, "connection to server was lost"))
        return Kind::ConnectionLost;
    return Kind::Other;
}

} // namespace

ServerError::Kind ServerError::kindOf(const QString &sqlstate, const QString &text)
{
    const QString code = sqlstate.trimmed().toUpper();
    // Our own guards raise 42501 with words that say which rule refused.
    if (code == QLatin1String("42501")) {
        if (has(text, "is locked"))
            return Kind::PeriodLocked;
        if (has(text, "assessment is published"))
            return Kind::AssessmentPublished;
        return Kind::Denied;
    }
    if (code == QLatin1String("28P01"))
        return Kind::WrongPassword;
    if (code == QLatin1String("3D000"))
        return Kind::NoDatabase;
    if (code == QLatin1String("55P03") || code == QLatin1String("40001") || code == QLatin1String("40P01"))
        return Kind::Busy;
    // Our evidence guard's own limits (PostgreSQL raises 54000 for limits of its own too).
    if (code == QLatin1String("54000") && has(text, "evidence files"))
        return Kind::LimitReached;
    if (code == QLatin1String("53300"))
        return Kind::Full;
    if (code == QLatin1String("53100"))
        return Kind::DiskFull;
    if (code == QLatin1String("25006"))
        return Kind::ReadOnlyServer;
    if (code == QLatin1String("57P01") || code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        return Kind::ShuttingDown;
    if (code == QLatin1String("57014"))
        return Kind::Cancelled;
    // Integrity and data exceptions: a check, a length, a number past its type.
    if (code.startsWith(QLatin1String("23")) || code.startsWith(QLatin1String("22")))
        return Kind::OutOfRange;
    // Refused at the door, or the connection broken: libpq's words say which.
    const Kind byText = connectionKind(text);
    if (code == QLatin1String("28000"))
        return byText == Kind::Other ? Kind::NotAllowedHere : byText;
    if (code.startsWith(QLatin1String("08")))
        return byText == Kind::Other ? Kind::ConnectionLost : byText;
    return code.isEmpty() ? byText : Kind::Other;
}

QString ServerError::advice(Kind kind)
{
    switch (kind) {
    case Kind::Refused:
        return tr("Nothing answers at the server's address and port: the server may be stopped, or the address or "
                  "port is wrong. Check the address, or ask the server's administrator whether it is running.");
    case Kind::Timeout:
        return tr("The server did not answer in time: the network may be down or slow, or a firewall drops the "
                  "connection. Check the network and try again.");
    case Kind::UnknownHost:
        return tr("The server's name is not known on this network. Check how it is spelled, or use its IP address.");
    case Kind::WrongPassword:
        return tr("The login or its password is wrong. Type the password again, or ask the plan's owner to check "
                  "the login.");
    case Kind::NotAllowedHere:
        return tr("The server does not accept this login from this computer. Ask the server's administrator to add "
                  "a line for it to pg_hba.conf (docs/SERVER.md).");
    case Kind::TlsRequired:
        return tr("The server accepts this login only over an encrypted connection (TLS). Remove “sslmode=disable” "
                  "from the address.");
    case Kind::TlsUnavailable:
        return tr("The server offers no encrypted connection (TLS), so the password was not sent. Ask the server's "
                  "administrator to turn TLS on (docs/SERVER.md); only on a network you trust, add "
                  "&sslmode=disable to the address.");
    case Kind::NoDatabase:
        return tr("The server has no database of the name the address gives. Check the address.");
    case Kind::Denied:
        return tr("Your login may not do this on this plan. Ask the plan's owner for the right (Plan ▸ Members and "
                  "Rights).");
    case Kind::PeriodLocked:
        return tr("The reporting period is locked: reports for it can no longer be added or changed. Ask the plan's "
                  "editors to unlock it.");
    case Kind::AssessmentPublished:
        return tr("The year-end assessment is published: its marks and awards no longer change. The plan's editors "
                  "can withdraw the publication first.");
    case Kind::OutOfRange:
        return tr("A value is outside what the plan allows (too long, too large, or not one of the choices).");
    case Kind::LimitReached:
        return tr("This is past what the plan keeps: a report carries at most %1 evidence files of at most %2 each, and "
                  "a plan's evidence files together at most %3. Leave some files out, or make them smaller.")
            .arg(evidence::kMaxFilesPerReport)
            .arg(evidence::sizeText(evidence::kMaxFileBytes), evidence::sizeText(evidence::kMaxPlanBytes));
    case Kind::Busy:
        return tr("Someone else is changing the same part of the plan at this moment. Nothing was saved; try again in "
                  "a moment.");
    case Kind::Full:
        return tr("The server takes no more connections right now (too many users at once). Try again in a minute; "
                  "if it goes on, ask the server's administrator to allow more (docs/SERVER.md).");
    case Kind::DiskFull:
        return tr("The server's disk is full, so nothing was saved. Ask the server's administrator to free space.");
    case Kind::ReadOnlyServer:
        return tr("The server is read-only at the moment (a standby, or maintenance): nothing can be changed. Try "
                  "again later, or ask the server's administrator.");
    case Kind::ShuttingDown:
        return tr("The server is stopping or starting. Try again in a minute.");
    case Kind::Cancelled:
        return tr("The server stopped the request because it took too long. Try again.");
    case Kind::ConnectionLost:
        return tr("The connection to the server broke off. Check the network; the program reconnects when the "
                  "server answers again.");
    case Kind::Other:
        break;
    }
    return tr("The server refused the request.");
}

QString ServerError::describe(const QString &sqlstate, const QString &text)
{
    const QString words = sqlstate.isEmpty() ? text.trimmed() : QStringLiteral("%1 (SQLSTATE %2)").arg(text.trimmed(), sqlstate);
    return ErrorDetails::join(advice(kindOf(sqlstate, text)), words);
}

QString ServerError::describe(const QSqlError &e)
{
    // libpq's own words where the driver has them, else the driver's.
    return describe(e.nativeErrorCode(), e.databaseText().trimmed().isEmpty() ? e.text() : e.databaseText());
}

ServerError::Kind ServerError::kindOf(const QSqlError &e)
{
    return kindOf(e.nativeErrorCode(), e.databaseText().trimmed().isEmpty() ? e.text() : e.databaseText());
}

} // namespace ap
