// ServerStore's list of the plans a login may open in a database (File ▸ Open Shared Plan lists
// them once the server, login and password are typed), apart from serverstore.cpp, which opens and
// publishes one plan.
#include "serverstore.h"

#include "serversql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ap {

bool ServerStore::listPlans(const ServerAddress &address, QList<ServerPlanEntry> *out, QString *error)
{
    out->clear();
    std::unique_ptr<ServerStore> store = connect(address, error, nullptr);
    if (!store)
        return false;
    QSqlDatabase db = store->rows().db();
    QString detail;
    // Nothing published here yet: an empty list, not an error.
    if (serversql::value(db, QStringLiteral("SELECT to_regclass('annualplan.plans') IS NULL"), &detail).toBool())
        return true;
    if (!detail.isEmpty()) {
        if (error)
            *error = tr("The plans on “%1” cannot be listed: %2").arg(address.toString(), detail);
        return false;
    }
    // The plans whose schema the login may use; the owner's own plan is the owner's.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT p.name, p.schema_name, pg_get_userbyid(n.nspowner) = session_user "
                               "FROM annualplan.plans p JOIN pg_namespace n ON n.nspname = p.schema_name "
                               "WHERE has_schema_privilege(n.oid, 'USAGE') ORDER BY p.name"))) {
        if (error)
            *error = tr("The plans on “%1” cannot be listed: %2").arg(address.toString(), serversql::errorText(q.lastError()));
        return false;
    }
    struct Found
    {
        QString name, schema;
        bool owner;
    };
    QList<Found> found;
    while (q.next())
        found.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    q.finish();
    for (const Found &f : std::as_const(found)) {
        ServerPlanEntry entry;
        entry.name = f.name;
        const QString schema = ServerNames::quoted(f.schema);
        QString why;
        QSqlQuery plan(db);
        if (plan.exec(QStringLiteral("SELECT year, title FROM %1.plan").arg(schema)) && plan.next()) {
            entry.year = plan.value(0).toInt();
            entry.title = plan.value(1).toString();
        }
        if (f.owner)
            entry.role = ServerRole::Owner;
        else if (const QString key = serversql::value(db, QStringLiteral("SELECT role FROM %1.member WHERE login = session_user").arg(schema),
                                                      &why)
                                         .toString();
                 const std::optional<ServerRole> role = ServerRights::roleFromKey(key))
            entry.role = *role;
        // A schema the login may use without a role in it (an older plan's shared roles) is not
        // one it was given: left out.
        if (entry.role != ServerRole::None)
            out->append(entry);
    }
    return true;
}

} // namespace ap
