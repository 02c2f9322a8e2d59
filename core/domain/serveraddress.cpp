#include "serveraddress.h"

#include <algorithm>

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace ap {

bool ServerAddress::looksLikeAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

namespace {

// The libpq options an address may give, each with what its value may be. Others (dbname, user,
// host, password, options, service …) would change what the address says it opens, or put a
// password where it is seen: refused.
bool knownOption(const QString &key, const QString &value, QString *why)
{
    static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                      QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (key == QLatin1String("sslmode")) {
        if (!modes.contains(value))
            *why = ServerAddress::tr("sslmode is one of %1.").arg(modes.join(QStringLiteral(", ")));
        return true;
    }
    if (key == QLatin1String("connect_timeout")) {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600)
            *why = ServerAddress::tr("connect_timeout is a number of seconds from 1 to 600.");
        return true;
    }
    return key == QLatin1String("sslrootcert") || key == QLatin1String("sslcert") || key == QLatin1String("sslkey")
        || key == QLatin1String("sslcrl");
}

// A value goes to libpq inside a connection string Qt joins with spaces: no white space, no ";"
// (Qt's separator), no quotes, backslashes or "=" that would start another option.
bool plainValue(const QString &value)
{
    for (const QChar c : value)
        if (c.isSpace() || c.category() == QChar::Other_Control || c == QLatin1Char(';') || c == QLatin1Char('\'')
            || c == QLatin1Char('\\') || c == QLatin1Char('=') || c == QLatin1Char('"'))
            return false;
    return !value.isEmpty();
}

bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

// The text as it may be repeated in a message: a password in it (user:password@, password=…)
// replaced by ***.
QString withoutPassword(const QString &text)
{
    QString out = text;
    out.replace(QRegularExpression(QStringLiteral("^([A-Za-z]+://[^:@/?]*):[^@/?]*@")), QStringLiteral("\\1:***@"));
    out.replace(QRegularExpression(QStringLiteral("([?&]password=)[^&]*"), QRegularExpression::CaseInsensitiveOption),
                QStringLiteral("\\1***"));
    return out;
}

} // namespace

QString ServerAddress::planKey(const QString &name)
{
    return name.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded();
}

bool ServerAddress::isLoopback() const
{
    if (host.startsWith(QLatin1Char('/')) || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // 127.0.0.0/8 and ::1, as written in an address (QUrl gives IPv6 without its brackets).
    if (host == QLatin1String("::1") || host == QLatin1String("0:0:0:0:0:0:0:1"))
        return true;
    const QStringList parts = host.split(QLatin1Char('.'));
    return parts.size() == 4 && parts.first() == QLatin1String("127")
        && std::all_of(parts.cbegin(), parts.cend(), [](const QString &p) {
               bool ok = false;
               const int n = p.toInt(&ok);
               return ok && n >= 0 && n <= 255;
           });
}

QString ServerAddress::option(const QString &key) const
{
    for (const QString &o : options)
        if (o.section(QLatin1Char('='), 0, 0) == key)
            return o.section(QLatin1Char('='), 1);
    return QString();
}

bool ServerAddress::sendsInClear() const
{
    const QString mode = option(QStringLiteral("sslmode"));
    return !isLoopback()
        && (mode == QLatin1String("disable") || mode == QLatin1String("allow") || mode == QLatin1String("prefer"));
}

QString ServerAddress::clearTextWarning() const
{
    if (!sendsInClear())
        return QString();
    return tr("Warning: the address says sslmode=%1, so the password of “%2” may cross the network to %3 unencrypted, "
              "where anyone on the way can read it. Use sslmode=verify-full (or require) unless this network is "
              "trusted.")
        .arg(option(QStringLiteral("sslmode")), user, host);
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text, QString *error, Needs needs)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("“%1” is not a plan address: %2 An address reads "
                        "postgresql://USER@HOST[:PORT]/DATABASE?plan=NAME.")
                         .arg(withoutPassword(text), why);
        return std::nullopt;
    };
    if (!looksLikeAddress(text))
        return fail(tr("it does not begin with postgresql://."));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(url.errorString() + QLatin1Char('.'));
    ServerAddress a;
    a.user = url.userName();
    if (!url.password().isEmpty())
        return fail(tr("it holds a password, which an address must not (give it in PGPASSWORD or ~/.pgpass)."));
    a.host = url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    if (a.host.isEmpty())
        return fail(tr("it names no server."));
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        return fail(tr("it names no database."));
    // PostgreSQL cuts a name at 63 bytes; the address would then name one login and use another.
    if (a.user.toUtf8().size() > kMaxNameBytes || a.database.toUtf8().size() > kMaxNameBytes)
        return fail(tr("a login or database name is longer than PostgreSQL's 63 bytes."));
    if (hasControl(a.user) || hasControl(a.database))
        return fail(tr("a login or database name holds control characters."));
    const QUrlQuery query(url);
    QStringList seen;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (seen.contains(key))
            return fail(tr("it gives “%1” twice.").arg(key));
        seen << key;
        if (key == QLatin1String("plan")) {
            a.plan = value.normalized(QString::NormalizationForm_C).trimmed();
            if (hasControl(a.plan))
                return fail(tr("the plan's name holds control characters."));
            continue;
        }
        if (key == QLatin1String("password"))
            return fail(tr("it holds a password, which an address must not (give it in PGPASSWORD or ~/.pgpass)."));
        QString why;
        if (!knownOption(key, value, &why))
            return fail(tr("“%1” is not an option a plan address takes (it takes plan, sslmode, sslrootcert, sslcert, "
                           "sslkey, sslcrl and connect_timeout).")
                            .arg(key));
        if (!why.isEmpty())
            return fail(why);
        if (!plainValue(value))
            return fail(tr("the value of “%1” holds a space, a “;”, a quote or an “=”, which an option's value must not.").arg(key));
        a.options << key + QLatin1Char('=') + value;
    }
    if (a.plan.isEmpty() && needs == Needs::Plan)
        return fail(tr("it names no plan (?plan=NAME)."));
    return a;
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("plan"), plan);
    for (const QString &o : options)
        query.addQueryItem(o.section(QLatin1Char('='), 0, 0), o.section(QLatin1Char('='), 1));
    url.setQuery(query);
    return url.toDisplayString();
}

} // namespace ap
