#include "servernamedversions.h"

#include "domain/plan.h"

namespace ap::ServerNamedVersions {

namespace {

const QStringList &tables()
{
    static const QStringList list = {QStringLiteral("plan_version"), QStringLiteral("plan_version_part"),
                                     QStringLiteral("adjustment_reason")};
    return list;
}

// Who saved a version and when are the server's: what a client claims is kept only from the
// plan's owner (the tables' owner, who may change any row and trigger anyway) for a version that
// says when it was saved, which is a version publish carries from the file; every other row gets
// the login and the server's time.
QString savedFunction(const QString &s)
{
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1.plan_version_saved() RETURNS trigger LANGUAGE plpgsql "
                          "SET search_path = pg_catalog, pg_temp AS $$ BEGIN "
                          "IF NEW.saved_at IS NULL OR NEW.saved_by IS NULL "
                          "OR NOT pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN "
                          "NEW.saved_by := session_user; "
                          "NEW.saved_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'); "
                          "END IF; RETURN NEW; END $$")
        .arg(s);
}

// A version's rows, once written, are never changed.
QStringList guards(const QString &s)
{
    const QString &path = ServerNames::fixedPath();
    return {
        savedFunction(s),
        QStringLiteral("CREATE TRIGGER plan_version_saved BEFORE INSERT ON %1.plan_version "
                       "FOR EACH ROW EXECUTE FUNCTION %1.plan_version_saved()")
            .arg(s),
        QStringLiteral("CREATE FUNCTION %1.plan_version_frozen() RETURNS trigger LANGUAGE plpgsql %2 AS $$ BEGIN "
                       "RAISE EXCEPTION 'a saved version is never changed' USING ERRCODE = '42501'; END $$")
            .arg(s, path),
        QStringLiteral("CREATE TRIGGER plan_version_frozen BEFORE UPDATE ON %1.plan_version "
                       "FOR EACH ROW EXECUTE FUNCTION %1.plan_version_frozen()")
            .arg(s),
        QStringLiteral("CREATE TRIGGER plan_version_part_frozen BEFORE UPDATE ON %1.plan_version_part "
                       "FOR EACH ROW EXECUTE FUNCTION %1.plan_version_frozen()")
            .arg(s),
    };
}

QStringList checks(const ServerNames &n)
{
    const QString s = ServerNames::quoted(n.schema);
    return {
        QStringLiteral("ALTER TABLE %1.plan_version ADD CONSTRAINT plan_version_name_length CHECK (char_length(name) <= %2)")
            .arg(s)
            .arg(kMaxTextLength),
        QStringLiteral("ALTER TABLE %1.plan_version ADD CONSTRAINT plan_version_task_count CHECK (task_count >= 0)").arg(s),
        QStringLiteral("ALTER TABLE %1.plan_version_part ADD CONSTRAINT plan_version_part_size "
                       "CHECK (octet_length(content) <= %2)")
            .arg(s)
            .arg(4 << 20),
        QStringLiteral("ALTER TABLE %1.adjustment_reason ADD CONSTRAINT adjustment_reason_length "
                       "CHECK (char_length(item) <= 100 AND char_length(reason) <= %2)")
            .arg(s)
            .arg(kMaxTextLength),
    };
}

QStringList grants(const ServerNames &n)
{
    const QString s = ServerNames::quoted(n.schema);
    const QString e = ServerNames::quoted(n.editor), r = ServerNames::quoted(n.reporter), v = ServerNames::quoted(n.viewer);
    const QString all = QStringList{e, r, v}.join(QStringLiteral(", "));
    QStringList out;
    for (const QString &table : tables())
        out << QStringLiteral("GRANT SELECT ON %1.%2 TO %3").arg(s, table, all);
    out << QStringLiteral("GRANT INSERT, DELETE ON %1.plan_version, %1.plan_version_part TO %2").arg(s, e)
        << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1.adjustment_reason TO %2").arg(s, e)
        << QStringLiteral("GRANT USAGE ON SEQUENCE %1.plan_version_id_seq TO %2").arg(s, e);
    return out;
}

} // namespace

QStringList upgradeTo7(const ServerNames &names)
{
    const QString s = ServerNames::quoted(names.schema);
    return ServerNames::changeNotices(s, {QStringLiteral("plan_version"), QStringLiteral("adjustment_reason")})
        + guards(s) + checks(names) + grants(names);
}

QStringList upgradeTo8(const ServerNames &names)
{
    return {savedFunction(ServerNames::quoted(names.schema))};
}

} // namespace ap::ServerNamedVersions
