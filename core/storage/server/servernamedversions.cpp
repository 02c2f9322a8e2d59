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

// The saver and the time are the server's; a version's rows, once written, are never changed.
QStringList guards(const QString &s)
{
    const QString path = QStringLiteral("SET search_path = pg_catalog, pg_temp");
    return {
        QStringLiteral("CREATE FUNCTION %1.plan_version_saved() RETURNS trigger LANGUAGE plpgsql %2 AS $$ BEGIN "
                       "NEW.saved_by := session_user; "
                       "NEW.saved_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'); "
                       "RETURN NEW; END $$")
            .arg(s, path),
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

} // namespace ap::ServerNamedVersions
