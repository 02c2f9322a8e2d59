#include "servernames.h"

#include "serversql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ap {

namespace {

QString randomHex(int digits)
{
    QString hex;
    while (hex.size() < digits)
        hex += QUuid::createUuid().toString(QUuid::Id128);
    return hex.left(digits);
}

} // namespace

ServerNames ServerNames::fresh(const QString &schema)
{
    ServerNames n;
    n.schema = schema;
    const QString stem = QStringLiteral("ap_") + randomHex(20) + QLatin1Char('_');
    n.editor = stem + QStringLiteral("editor");
    n.reporter = stem + QStringLiteral("reporter");
    n.viewer = stem + QStringLiteral("viewer");
    n.channel = QStringLiteral("ap_") + randomHex(32);
    return n;
}

bool ServerNames::read(QSqlDatabase &db, const QString &schema, ServerNames *out, QString *detail)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, name FROM %1.server_name").arg(quoted(schema)))) {
        if (detail)
            *detail = serversql::errorText(q.lastError());
        return false;
    }
    ServerNames n;
    n.schema = schema;
    while (q.next()) {
        const QString key = q.value(0).toString(), name = q.value(1).toString();
        if (key == QLatin1String("editor"))
            n.editor = name;
        else if (key == QLatin1String("reporter"))
            n.reporter = name;
        else if (key == QLatin1String("viewer"))
            n.viewer = name;
        else if (key == QLatin1String("channel"))
            n.channel = name;
    }
    if (n.editor.isEmpty() || n.reporter.isEmpty() || n.viewer.isEmpty() || n.channel.isEmpty()) {
        if (detail)
            *detail = QStringLiteral("server_name is incomplete");
        return false;
    }
    *out = n;
    return true;
}

QString ServerNames::role(ServerRole r) const
{
    switch (r) {
    case ServerRole::Editor: return editor;
    case ServerRole::Reporter: return reporter;
    case ServerRole::Viewer: return viewer;
    case ServerRole::Owner:
    case ServerRole::None: break;
    }
    return QString();
}

QString ServerNames::quoted(const QString &name)
{
    QString n = name;
    n.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + n + QLatin1Char('"');
}

const QString &ServerNames::fixedPath()
{
    static const QString path = QStringLiteral("SET search_path = pg_catalog, pg_temp");
    return path;
}

QStringList ServerNames::changeNotices(const QString &schema, const QStringList &tables)
{
    QStringList out;
    for (const QString &table : tables)
        out << QStringLiteral("CREATE TRIGGER %2_changed AFTER INSERT OR UPDATE OR DELETE ON %1.%2 "
                              "FOR EACH STATEMENT EXECUTE FUNCTION %1.notify_change()")
                   .arg(schema, table);
    return out;
}

} // namespace ap
