#include "serverlogins.h"

#include "testutil.h"

#include <catch2/catch.hpp>

#include <QProcessEnvironment>
#include <QRegularExpression>

namespace testutil {

void startPsqlAs(QProcess &p, const QString &login, const QString &password, const QString &in, const QString &schema,
                 const QString &sql)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    p.setProcessEnvironment(env);
    QString url = testDatabaseUrl(in);
    url.replace(QRegularExpression(QStringLiteral("//[^@]+@")), QStringLiteral("//%1@").arg(login));
    const QString path = schema.isEmpty() ? QStringLiteral("SELECT 1 WHERE false")
                                          : QStringLiteral("SET search_path TO \"%1\"").arg(schema);
    QStringList args = {url, QStringLiteral("-XAtq"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")};
    if (!sql.isEmpty())
        args << QStringLiteral("-c") << path << QStringLiteral("-c") << sql;
    p.start(QStringLiteral("psql"), args);
    REQUIRE(p.waitForStarted(30000));
    if (sql.isEmpty())
        p.write((path + QStringLiteral(";\n")).toUtf8());
}

Psql finished(QProcess &p)
{
    // Waited for until it ends, however slow the machine: ctest's timeout stops a hang.
    REQUIRE(p.waitForFinished(-1));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError()).trimmed()};
}

Psql psqlAs(const QString &login, const QString &password, const QString &in, const QString &schema, const QString &sql)
{
    QProcess p;
    startPsqlAs(p, login, password, in, schema, sql);
    return finished(p);
}

AsLogin::AsLogin(const QString &password) : m_saved(qgetenv("PGPASSWORD"))
{
    qputenv("PGPASSWORD", password.toUtf8());
}

AsLogin::~AsLogin()
{
    qputenv("PGPASSWORD", m_saved);
}

QString addressAs(const QString &login, const QString &plan, const QString &database)
{
    QString a = serverPlanAddress(plan);
    a.replace(QRegularExpression(QStringLiteral("//[^@]+@")), QStringLiteral("//%1@").arg(login));
    if (!database.isEmpty())
        a.replace(QStringLiteral("/%1?").arg(testDatabase().section(QLatin1Char('/'), -1)), QStringLiteral("/%1?").arg(database));
    return a;
}

Bureau::Bureau(const QString &tag)
    : clerk(QStringLiteral("clerk_") + tag), password(QStringLiteral("pw-") + tag), database(QStringLiteral("bureau_") + tag)
{
    psql(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'").arg(clerk, password));
    psql(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, clerk));
}

QString backToServerFormat4(const QString &s)
{
    const QString e = s + QStringLiteral("_editor"), r = s + QStringLiteral("_reporter"), v = s + QStringLiteral("_viewer");
    QStringList sql = {QStringLiteral("SET search_path TO \"%1\"").arg(s)};
    // Format 12 undone (and file format 9's table with it).
    sql << QStringLiteral("DROP TABLE evidence") << QStringLiteral("DROP FUNCTION evidence_guard(), evidence_limits()");
    // Format 7 undone (and file format 8's tables with it).
    sql << QStringLiteral("DROP TABLE adjustment_reason, plan_version_part, plan_version")
        << QStringLiteral("DROP FUNCTION plan_version_saved(), plan_version_frozen()");
    // Format 6 undone (and file format 7's tables with it).
    sql << QStringLiteral("DROP TABLE assessment_award, assessment_mark, assessment_tier, assessment_extra, task_assessment")
        << QStringLiteral("DROP FUNCTION assessment_open(), assessment_mark_within()")
        << QStringLiteral("ALTER TABLE plan DROP COLUMN assessment_published");
    // Format 5 undone.
    for (const char *table : {"checkin", "checkin_value"})
        for (const char *policy : {"members_read", "editors_write", "reporters_add"})
            sql << QStringLiteral("DROP POLICY %1 ON %2").arg(QLatin1String(policy), QLatin1String(table));
    for (const char *function : {"checkin_guard()", "checkin_value_guard()", "checkin_entered()", "period_lock_guard()",
                                 "period_open(text)", "reports_only()", "period_span(text)"})
        sql << QStringLiteral("DROP FUNCTION %1 CASCADE").arg(QLatin1String(function));
    sql << QStringLiteral("ALTER FUNCTION count_row_version() RESET search_path")
        << QStringLiteral("DO $$ DECLARE c record; r text; BEGIN "
                          "FOR c IN SELECT conrelid::regclass::text AS t, conname FROM pg_constraint "
                          "WHERE connamespace = '%1'::regnamespace AND contype = 'c' AND conname ~ '(_length|_finite|_form|_range)$' LOOP "
                          "EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.t, c.conname); END LOOP; "
                          "FOR r IN SELECT name FROM server_name WHERE key <> 'channel' LOOP "
                          "EXECUTE format('DROP OWNED BY %I', r); EXECUTE format('DROP ROLE %I', r); END LOOP; END $$")
               .arg(s)
        << QStringLiteral("DROP TABLE server_name") << QStringLiteral("ALTER TABLE member DROP COLUMN made_here");
    // Format 4 as it was: roles named after the schema, the cluster's, shared by name.
    sql << QStringLiteral("CREATE OR REPLACE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                          "PERFORM pg_notify('%1', TG_TABLE_NAME); RETURN NULL; END $$")
               .arg(s)
        << QStringLiteral("CREATE FUNCTION checkin_entered_by() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                          "IF TG_OP = 'UPDATE' THEN NEW.entered_by := OLD.entered_by; ELSE NEW.entered_by := session_user; "
                          "END IF; RETURN NEW; END $$")
        << QStringLiteral("CREATE TRIGGER checkin_entered_by BEFORE INSERT OR UPDATE ON checkin FOR EACH ROW EXECUTE FUNCTION "
                          "checkin_entered_by()")
        << QStringLiteral("ALTER TABLE checkin ADD CONSTRAINT checkin_entered_at_iso CHECK (entered_at ~ "
                          "'^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}')");
    for (const QString &role : {e, r, v})
        sql << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                              "CREATE ROLE \"%1\" NOLOGIN; END IF; END $$")
                   .arg(role);
    sql << QStringLiteral("CREATE FUNCTION period_lock_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                          "PERFORM pg_advisory_xact_lock(hashtextextended('%1:' || NEW.period, 0)); RETURN NEW; END $$")
               .arg(s)
        << QStringLiteral("CREATE TRIGGER period_lock_guard BEFORE INSERT OR UPDATE ON period_lock FOR EACH ROW EXECUTE "
                          "FUNCTION period_lock_guard()")
        << QStringLiteral("CREATE FUNCTION checkin_period_open() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                          "PERFORM pg_advisory_xact_lock_shared(hashtextextended('%1:' || NEW.period, 0)); "
                          "IF EXISTS (SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                          "JOIN pg_roles u ON u.oid = a.member WHERE g.rolname = '%2' AND u.rolname = session_user) "
                          "AND EXISTS (SELECT 1 FROM period_lock WHERE period = NEW.period AND locked <> 0) THEN "
                          "RAISE EXCEPTION 'period %% is locked', NEW.period USING ERRCODE = '42501'; END IF; "
                          "RETURN NEW; END $$")
               .arg(s, r)
               .replace(QStringLiteral("%%"), QStringLiteral("%"))
        << QStringLiteral("CREATE TRIGGER checkin_period_open BEFORE INSERT ON checkin FOR EACH ROW EXECUTE FUNCTION "
                          "checkin_period_open()")
        << QStringLiteral("GRANT USAGE ON SCHEMA \"%1\" TO \"%2\", \"%3\", \"%4\"").arg(s, e, r, v)
        << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA \"%1\" TO \"%2\", \"%3\", \"%4\"").arg(s, e, r, v)
        << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \"%1\" TO \"%2\"").arg(s, e)
        << QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON member FROM \"%1\"").arg(e)
        << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA \"%1\" TO \"%2\"").arg(s, e)
        << QStringLiteral("GRANT INSERT ON checkin, checkin_value TO \"%1\"").arg(r)
        << QStringLiteral("GRANT USAGE ON SEQUENCE checkin_id_seq TO \"%1\"").arg(r)
        << QStringLiteral("CREATE POLICY members_read ON checkin FOR SELECT USING (true)")
        << QStringLiteral("CREATE POLICY editors_write ON checkin FOR ALL TO \"%1\" USING (true) WITH CHECK (true)").arg(e)
        << QStringLiteral("CREATE POLICY reporters_add ON checkin FOR INSERT TO \"%1\" WITH CHECK ("
                          " EXISTS (SELECT 1 FROM task_department td JOIN member m ON m.department_id = td.department_id"
                          "  WHERE td.task_id = checkin.task_id AND m.login = session_user AND m.role = 'reporter'"
                          "  AND (checkin.department_id IS NULL OR checkin.department_id = m.department_id))"
                          " AND NOT EXISTS (SELECT 1 FROM period_lock l WHERE l.period = checkin.period AND l.locked <> 0))")
               .arg(r)
        << QStringLiteral("CREATE POLICY members_read ON checkin_value FOR SELECT USING (true)")
        << QStringLiteral("CREATE POLICY editors_write ON checkin_value FOR ALL TO \"%1\" USING (true) WITH CHECK (true)").arg(e)
        << QStringLiteral("CREATE POLICY reporters_add ON checkin_value FOR INSERT TO \"%1\" WITH CHECK ("
                          " EXISTS (SELECT 1 FROM checkin c WHERE c.id = checkin_value.checkin_id AND c.entered_by = session_user))")
               .arg(r)
        // Members had the roles named after the schema.
        << QStringLiteral("DO $$ DECLARE m record; BEGIN FOR m IN SELECT login, role FROM member LOOP "
                          "EXECUTE format('GRANT %I TO %I', '%1_' || m.role, m.login); END LOOP; END $$")
               .arg(s)
        << QStringLiteral("UPDATE annualplan.plans SET schema_version = 4 WHERE schema_name = '%1'").arg(s);
    return sql.join(QStringLiteral(";\n"));
}

} // namespace testutil
