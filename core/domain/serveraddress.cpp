#include "serveraddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace ap {

bool ServerAddress::looksLikeAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("“%1” is not a plan address: %2 An address reads "
                        "postgresql://USER@HOST[:PORT]/DATABASE?plan=NAME.")
                         .arg(text, why);
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
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("plan"))
            a.plan = value;
        else
            a.options << key + QLatin1Char('=') + value;
    }
    if (a.plan.trimmed().isEmpty())
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
