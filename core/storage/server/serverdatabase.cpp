#include "serverdatabase.h"

#include "servernames.h"
#include "serversql.h"
#include "serverstore.h"
#include "storage/planrows.h"

#include <QSqlDatabase>

namespace ap {

using serversql::exec;

QStringList ServerDatabase::listTable()
{
    return {QStringLiteral("CREATE SCHEMA IF NOT EXISTS annualplan"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS annualplan.plans (name TEXT PRIMARY KEY, schema_name TEXT NOT NULL UNIQUE, "
                           "schema_version INTEGER NOT NULL, published_at TIMESTAMPTZ NOT NULL DEFAULT now())")};
}

QStringList ServerDatabase::listStatements(const QString &database, const QString &groupName)
{
    const QString group = ServerNames::quoted(groupName);
    // Who may change a row of the list: the login that listed the plan, or its schema's owner; what
    // a row may say once written: listed by its writer, of a schema its writer owns.
    const QString ownsSchema = QStringLiteral("EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname = schema_name "
                                              "AND pg_get_userbyid(n.nspowner) = session_user)");
    const QString own = QStringLiteral("(published_by = session_user OR %1)").arg(ownsSchema);
    const QString written = QStringLiteral("(published_by = session_user AND %1)").arg(ownsSchema);
    return listTable() + QStringList{
        // Who listed each plan: for plans listed before, their schema's owner.
        QStringLiteral("ALTER TABLE annualplan.plans ADD COLUMN IF NOT EXISTS published_by TEXT"),
        QStringLiteral("UPDATE annualplan.plans p SET published_by = pg_get_userbyid(n.nspowner) FROM pg_namespace n "
                       "WHERE n.nspname = p.schema_name AND p.published_by IS NULL"),
        QStringLiteral("UPDATE annualplan.plans SET published_by = current_user WHERE published_by IS NULL"),
        QStringLiteral("ALTER TABLE annualplan.plans ALTER COLUMN published_by SET DEFAULT session_user"),
        QStringLiteral("ALTER TABLE annualplan.plans ALTER COLUMN published_by SET NOT NULL"),
        QStringLiteral("GRANT CREATE ON DATABASE %1 TO %2").arg(ServerNames::quoted(database), group),
        QStringLiteral("GRANT USAGE ON SCHEMA annualplan TO PUBLIC"),
        QStringLiteral("GRANT SELECT ON annualplan.plans TO PUBLIC"),
        // A schema's name is one this program makes (a name is later put into statements).
        QStringLiteral("ALTER TABLE annualplan.plans DROP CONSTRAINT IF EXISTS plans_schema_form"),
        QStringLiteral("ALTER TABLE annualplan.plans ADD CONSTRAINT plans_schema_form CHECK (schema_name ~ '^plan_[0-9a-f]{24}$')"),
        // A publisher adds and removes its own rows, and moves only a plan's format on.
        QStringLiteral("REVOKE UPDATE ON annualplan.plans FROM %1").arg(group),
        QStringLiteral("GRANT INSERT, DELETE ON annualplan.plans TO %1").arg(group),
        QStringLiteral("GRANT UPDATE (schema_version) ON annualplan.plans TO %1").arg(group),
        QStringLiteral("ALTER TABLE annualplan.plans ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS plans_read ON annualplan.plans"),
        QStringLiteral("DROP POLICY IF EXISTS plans_add ON annualplan.plans"),
        QStringLiteral("DROP POLICY IF EXISTS plans_change ON annualplan.plans"),
        QStringLiteral("DROP POLICY IF EXISTS plans_remove ON annualplan.plans"),
        QStringLiteral("CREATE POLICY plans_read ON annualplan.plans FOR SELECT USING (true)"),
        QStringLiteral("CREATE POLICY plans_add ON annualplan.plans FOR INSERT WITH CHECK %1").arg(written),
        QStringLiteral("CREATE POLICY plans_change ON annualplan.plans FOR UPDATE USING %1 WITH CHECK %1").arg(own),
        QStringLiteral("CREATE POLICY plans_remove ON annualplan.plans FOR DELETE USING %1").arg(own),
    };
}

bool ServerDatabase::init(const ServerAddress &address, const QStringList &publishers, QString *error, QString *groupOut)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QString detail;
    std::unique_ptr<ServerStore> store = ServerStore::connect(address, error, nullptr);
    if (!store)
        return false;
    QSqlDatabase db = store->rows().db();
    // Only the database's owner prepares it (nothing else could grant CREATE on it).
    if (!serversql::value(db, QStringLiteral("SELECT pg_get_userbyid(datdba) = session_user FROM pg_database "
                                             "WHERE datname = current_database()"),
                          &detail)
             .toBool())
        return fail(detail.isEmpty() ? tr("Only the owner of the database “%1” may prepare it for AnnualPlan; nothing was changed. "
                                          "Run this with the owner's login.")
                                           .arg(address.database)
                                     : tr("The database “%1” could not be prepared: %2").arg(address.database, detail));
    // A list of plans another login made (the first publisher before init) is that login's to prepare.
    if (serversql::value(db, QStringLiteral("SELECT to_regclass('annualplan.plans') IS NOT NULL AND "
                                            "pg_get_userbyid((SELECT relowner FROM pg_class WHERE oid = 'annualplan.plans'::regclass)) "
                                            "<> session_user"),
                         &detail)
            .toBool())
        return fail(tr("The list of plans in “%1” belongs to the login “%2”, which published there first. That login gives it "
                       "to the database's owner once (psql: ALTER SCHEMA annualplan OWNER TO the owner; ALTER TABLE "
                       "annualplan.plans OWNER TO the owner), then the owner runs this again. Nothing was changed.")
                        .arg(address.database,
                             serversql::value(db, QStringLiteral("SELECT pg_get_userbyid(relowner) FROM pg_class "
                                                                 "WHERE oid = 'annualplan.plans'::regclass"),
                                              &detail)
                                 .toString()));
    PlanRows::Transaction tx(store->rows());
    if (!tx.isActive())
        return fail(tr("The database “%1” could not be prepared: %2").arg(address.database, store->rows().lastError()));
    // The group of the database's publishers (a role is the cluster's: made once, kept).
    const QString group = QStringLiteral("annualplan_publish_")
        + serversql::value(db, QStringLiteral("SELECT oid::text FROM pg_database WHERE datname = current_database()"), &detail)
              .toString();
    if (group.endsWith(QLatin1Char('_')))
        return fail(tr("The database “%1” could not be prepared: %2").arg(address.database, detail));
    if (!serversql::value(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), &detail, {group}).toInt()
        && !exec(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(ServerNames::quoted(group)), &detail))
        return fail(tr("The database “%1” could not be prepared: %2").arg(address.database, detail));
    for (const QString &statement : listStatements(address.database, group))
        if (!exec(db, statement, &detail))
            return fail(tr("The database “%1” could not be prepared: %2").arg(address.database, detail));
    for (const QString &login : publishers) {
        if (!serversql::value(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin"), &detail,
                              {login})
                 .toInt())
            return fail(tr("There is no login “%1” on the server; nothing was changed.").arg(login));
        if (!exec(db, QStringLiteral("GRANT %1 TO %2").arg(ServerNames::quoted(group), ServerNames::quoted(login)), &detail))
            return fail(tr("The database “%1” could not be prepared: %2").arg(address.database, detail));
    }
    if (!tx.commit(&detail))
        return fail(tr("The database “%1” could not be prepared: %2").arg(address.database, detail));
    if (groupOut)
        *groupOut = group;
    return true;
}

} // namespace ap
