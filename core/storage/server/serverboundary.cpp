#include "serverboundary.h"

#include "domain/plan.h"

namespace ap::ServerBoundary {

namespace {

// What formats 2–4 granted to the roles named after the plan's name ("plan_<hash>_editor"), which
// a plan of the same name in another database shared: taken back in this schema. The roles stay,
// with their members: they may still serve that other plan until its owner opens it once.
QStringList legacyTakenBack(const ServerNames &n)
{
    QStringList legacy;
    for (ServerRole r : {ServerRole::Editor, ServerRole::Reporter, ServerRole::Viewer})
        legacy << QLatin1Char('\'') + n.schema + QLatin1Char('_') + ServerRights::roleKey(r) + QLatin1Char('\'');
    QStringList out;
    for (const char *table : {"checkin", "checkin_value"})
        for (const char *policy : {"members_read", "editors_write", "reporters_add"})
            out << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QLatin1String(policy), QLatin1String(table));
    out << QStringLiteral("DROP FUNCTION IF EXISTS checkin_period_open() CASCADE")
        << QStringLiteral("DROP FUNCTION IF EXISTS period_lock_guard() CASCADE")
        << QStringLiteral("DROP FUNCTION IF EXISTS checkin_entered_by() CASCADE")
        << QStringLiteral("ALTER TABLE checkin DROP CONSTRAINT IF EXISTS checkin_entered_at_iso")
        << QStringLiteral("DO $$ DECLARE r text; BEGIN FOREACH r IN ARRAY ARRAY[%1] LOOP "
                          "IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) THEN "
                          "EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', '%2', r); "
                          "EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', '%2', r); "
                          "EXECUTE format('REVOKE ALL ON SCHEMA %I FROM %I', '%2', r); "
                          "END IF; END LOOP; END $$")
               .arg(legacy.join(QLatin1Char(',')), n.schema);
    return out;
}

// The plan's own names, its roles (given to the members it has), and who of them was made by it.
QStringList ownNames(const ServerNames &n)
{
    const QString s = ServerNames::quoted(n.schema);
    QStringList out = {
        QStringLiteral("CREATE TABLE %1.server_name (key TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE)").arg(s),
        QStringLiteral("INSERT INTO %1.server_name VALUES ('editor', '%2'), ('reporter', '%3'), ('viewer', '%4'), "
                       "('channel', '%5')")
            .arg(s, n.editor, n.reporter, n.viewer, n.channel),
        // A password is set only for a login the plan's owner made for the plan.
        QStringLiteral("ALTER TABLE %1.member ADD COLUMN made_here BOOLEAN NOT NULL DEFAULT false").arg(s),
    };
    for (const QString &role : {n.editor, n.reporter, n.viewer})
        out << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(ServerNames::quoted(role));
    out << QStringLiteral("DO $$ DECLARE m record; BEGIN FOR m IN SELECT login, role FROM %1.member LOOP "
                          "IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = m.login AND rolcanlogin) THEN "
                          "EXECUTE format('GRANT %I TO %I', CASE m.role WHEN 'editor' THEN '%2' WHEN 'reporter' THEN '%3' "
                          "ELSE '%4' END, m.login); END IF; END LOOP; END $$")
               .arg(s, n.editor, n.reporter, n.viewer);
    return out;
}

// What a period's lock closes, and the lock's meeting with a report: the functions the other
// guards call, and the lock's own trigger function.
QStringList lockFunctions(const ServerNames &n)
{
    const QString s = ServerNames::quoted(n.schema);
    const QString &path = ServerNames::fixedPath();
    // A period as months since year 0: a quarter is three, a month one; "" (a report of no
    // period) is none. Two periods overlap when their months do.
    const QString span = QStringLiteral(
        "CREATE FUNCTION %1.period_span(p text) RETURNS int4range LANGUAGE sql IMMUTABLE %2 AS $$ SELECT CASE "
        "WHEN p ~ '^[0-9]{4}Q[1-4]$' THEN int4range(left(p, 4)::int * 12 + (right(p, 1)::int - 1) * 3, "
        "left(p, 4)::int * 12 + right(p, 1)::int * 3) "
        "WHEN p ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' THEN int4range(left(p, 4)::int * 12 + right(p, 2)::int - 1, "
        "left(p, 4)::int * 12 + right(p, 2)::int) END $$")
                             .arg(s, path);
    // Whether the session's login is one of the plan's reporters (the lock binds them; editors
    // and the owner may still correct a locked period).
    const QString reporter = QStringLiteral(
        "CREATE FUNCTION %1.reports_only() RETURNS boolean LANGUAGE sql STABLE %2 AS $$ SELECT EXISTS ("
        "SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles u ON u.oid = a.member "
        "WHERE g.rolname = '%3' AND u.rolname = session_user) $$")
                                 .arg(s, path, n.reporter);
    // A report and the lock of its year's periods never cross: a lock waits for the reports being
    // written, a report for a lock being written, and a report then reads the locks afresh (a
    // statement of a READ COMMITTED transaction sees what committed before it; an older snapshot
    // would not, so a reporter writes in READ COMMITTED only).
    const QString key = QStringLiteral("hashtextextended('%1:' || left(%2, 4), 0)").arg(n.schema);
    const QString open = QStringLiteral(
        "CREATE FUNCTION %1.period_open(p text) RETURNS void LANGUAGE plpgsql %2 AS $$ BEGIN "
        "IF coalesce(p, '') = '' THEN RETURN; END IF; "
        "IF current_setting('transaction_isolation') <> 'read committed' THEN "
        "RAISE EXCEPTION 'reports are written in READ COMMITTED transactions only, not in %', "
        "current_setting('transaction_isolation') USING ERRCODE = '42501'; END IF; "
        "PERFORM pg_advisory_xact_lock_shared(%3); "
        "IF EXISTS (SELECT 1 FROM %1.period_lock l WHERE l.locked <> 0 AND %1.period_span(l.period) && %1.period_span(p)) THEN "
        "RAISE EXCEPTION 'period % is locked', p USING ERRCODE = '42501'; END IF; END $$")
                             .arg(s, path, key.arg(QStringLiteral("p")));
    const QString lockGuard = QStringLiteral(
        "CREATE FUNCTION %1.period_lock_guard() RETURNS trigger LANGUAGE plpgsql %2 AS $$ BEGIN "
        "IF TG_OP = 'DELETE' THEN PERFORM pg_advisory_xact_lock(%3); RETURN OLD; END IF; "
        "PERFORM pg_advisory_xact_lock(%4); "
        "IF TG_OP = 'UPDATE' THEN PERFORM pg_advisory_xact_lock(%3); END IF; RETURN NEW; END $$")
                                  .arg(s, path, key.arg(QStringLiteral("OLD.period")), key.arg(QStringLiteral("NEW.period")));
    return {span, reporter, open, lockGuard};
}

// The reports' guards and the change notice, and the triggers that run them all.
QStringList reportGuards(const ServerNames &n)
{
    const QString s = ServerNames::quoted(n.schema);
    const QString &path = ServerNames::fixedPath();
    // Who entered a report and when: the server's words, not the client's. The owner's own
    // writing (a plan published with its reports) keeps the times it brings. A reporter's report
    // without a department is its department's.
    const QString entered = QStringLiteral(
        "CREATE FUNCTION %1.checkin_entered() RETURNS trigger LANGUAGE plpgsql %2 AS $$ BEGIN "
        "IF TG_OP = 'UPDATE' THEN NEW.entered_by := OLD.entered_by; NEW.entered_at := OLD.entered_at; RETURN NEW; END IF; "
        "NEW.entered_by := session_user; "
        "IF NEW.department_id IS NULL AND %1.reports_only() THEN "
        "NEW.department_id := (SELECT department_id FROM %1.member WHERE login = session_user); END IF; "
        "IF session_user <> (SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = '%3') THEN "
        "NEW.entered_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'); END IF; "
        "RETURN NEW; END $$")
                                .arg(s, path, n.schema);
    // A correction replaces a report of its own task and department; a reporter's, none in a
    // locked period; a reporter's report, none in one either.
    const QString report = QStringLiteral(
        "CREATE FUNCTION %1.checkin_guard() RETURNS trigger LANGUAGE plpgsql %2 AS $$ DECLARE old record; "
        "reporter boolean := %1.reports_only(); BEGIN "
        "IF reporter THEN PERFORM %1.period_open(NEW.period); END IF; "
        "IF NEW.supersedes_id IS NOT NULL THEN "
        "SELECT task_id, department_id, period INTO old FROM %1.checkin WHERE id = NEW.supersedes_id; "
        "IF NOT FOUND OR old.task_id <> NEW.task_id OR old.department_id IS DISTINCT FROM NEW.department_id THEN "
        "RAISE EXCEPTION 'a correction replaces a report of its own task and department only' USING ERRCODE = '42501'; "
        "END IF; "
        "IF reporter THEN PERFORM %1.period_open(old.period); END IF; END IF; "
        "RETURN NEW; END $$")
                               .arg(s, path);
    // A report's figures are for its own task's targets; a reporter's, never in a locked period.
    const QString value = QStringLiteral(
        "CREATE FUNCTION %1.checkin_value_guard() RETURNS trigger LANGUAGE plpgsql %2 AS $$ DECLARE r record; BEGIN "
        "SELECT task_id, period INTO r FROM %1.checkin WHERE id = NEW.checkin_id; "
        "IF NOT FOUND THEN RETURN NEW; END IF; "
        "IF NOT EXISTS (SELECT 1 FROM %1.target t WHERE t.id = NEW.target_id AND t.task_id = r.task_id) THEN "
        "RAISE EXCEPTION 'a report''s figures are for its own task''s targets only' USING ERRCODE = '42501'; END IF; "
        "IF %1.reports_only() THEN PERFORM %1.period_open(r.period); END IF; "
        "RETURN NEW; END $$")
                              .arg(s, path);
    // Changes are told on the plan's own channel, read from the table only its members read.
    const QString notify = QStringLiteral(
        "CREATE OR REPLACE FUNCTION %1.notify_change() RETURNS trigger LANGUAGE plpgsql %2 AS $$ BEGIN "
        "PERFORM pg_notify((SELECT name FROM %1.server_name WHERE key = 'channel'), TG_TABLE_NAME); "
        "RETURN NULL; END $$")
                               .arg(s, path);
    return {
        entered, report, value, notify,
        QStringLiteral("ALTER FUNCTION %1.count_row_version() %2").arg(s, path),
        QStringLiteral("CREATE TRIGGER period_lock_guard BEFORE INSERT OR UPDATE OR DELETE ON %1.period_lock "
                       "FOR EACH ROW EXECUTE FUNCTION %1.period_lock_guard()")
            .arg(s),
        QStringLiteral("CREATE TRIGGER checkin_entered BEFORE INSERT OR UPDATE ON %1.checkin "
                       "FOR EACH ROW EXECUTE FUNCTION %1.checkin_entered()")
            .arg(s),
        QStringLiteral("CREATE TRIGGER checkin_guard BEFORE INSERT OR UPDATE ON %1.checkin "
                       "FOR EACH ROW EXECUTE FUNCTION %1.checkin_guard()")
            .arg(s),
        QStringLiteral("CREATE TRIGGER checkin_value_guard BEFORE INSERT OR UPDATE ON %1.checkin_value "
                       "FOR EACH ROW EXECUTE FUNCTION %1.checkin_value_guard()")
            .arg(s),
    };
}

// What every row must be, whoever writes it. NOT VALID: a plan's rows from before are read as
// they are (they were a format's rules then); every new or changed row is checked.
QStringList checks(const ServerNames &n)
{
    const QString s = ServerNames::quoted(n.schema);
    const QString period = QStringLiteral("'^[0-9]{4}(Q[1-4]|-(0[1-9]|1[0-2]))$'");
    const QString time = QStringLiteral("'^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
                                        "(\\.[0-9]{1,3})?Z$'");
    const QString date = QStringLiteral("'^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'");
    return {
        QStringLiteral("ALTER TABLE %1.checkin ADD CONSTRAINT checkin_period_form CHECK (period = '' OR period ~ %2) NOT VALID")
            .arg(s, period),
        QStringLiteral("ALTER TABLE %1.period_lock ADD CONSTRAINT period_lock_period_form CHECK (period ~ %2) NOT VALID")
            .arg(s, period),
        QStringLiteral("ALTER TABLE %1.checkin ADD CONSTRAINT checkin_entered_at_form CHECK (entered_at ~ %2 "
                       "AND left(entered_at, 10)::date IS NOT NULL) NOT VALID")
            .arg(s, time),
        QStringLiteral("ALTER TABLE %1.checkin ADD CONSTRAINT checkin_report_date_form CHECK (report_date IS NULL "
                       "OR (report_date ~ %2 AND report_date::date IS NOT NULL)) NOT VALID")
            .arg(s, date),
        QStringLiteral("ALTER TABLE %1.checkin ADD CONSTRAINT checkin_percent_range CHECK (percent IS NULL "
                       "OR (percent >= 0 AND percent <= 100 AND percent <> 'NaN'::float8)) NOT VALID")
            .arg(s),
        // Every figure finite, every text within kMaxTextLength: column by column, as the schema
        // has them (a new plan and an upgraded one alike).
        QStringLiteral("DO $$ DECLARE c record; BEGIN FOR c IN SELECT table_name, column_name, data_type "
                       "FROM information_schema.columns WHERE table_schema = '%1' AND data_type IN ('text', 'double precision') "
                       "ORDER BY table_name, ordinal_position LOOP "
                       "IF c.data_type = 'text' THEN EXECUTE format('ALTER TABLE %I.%I ADD CONSTRAINT %I "
                       "CHECK (char_length(%I) <= %2) NOT VALID', '%1', c.table_name, c.table_name || '_' || c.column_name || '_length', "
                       "c.column_name); "
                       "ELSE EXECUTE format('ALTER TABLE %I.%I ADD CONSTRAINT %I CHECK (%I IS NULL OR %I NOT IN "
                       "(''NaN''::float8, ''Infinity''::float8, ''-Infinity''::float8)) NOT VALID', '%1', c.table_name, "
                       "c.table_name || '_' || c.column_name || '_finite', c.column_name, c.column_name); "
                       "END IF; END LOOP; END $$")
            .arg(n.schema)
            .arg(kMaxTextLength),
    };
}

// Who may do what: editors every plan table but the members and the names, viewers reading,
// reporters adding reports (and their figures) for their own department's tasks.
QStringList grants(const ServerNames &n)
{
    const QString s = ServerNames::quoted(n.schema);
    const QString e = ServerNames::quoted(n.editor), r = ServerNames::quoted(n.reporter), v = ServerNames::quoted(n.viewer);
    const QString all = QStringList{e, r, v}.join(QStringLiteral(", "));
    return {
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(s, all),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(s, all),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2").arg(s, e),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON %1.member, %1.server_name FROM %2").arg(s, e),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(s, e),
        QStringLiteral("GRANT INSERT ON %1.checkin, %1.checkin_value TO %2").arg(s, r),
        QStringLiteral("GRANT USAGE ON SEQUENCE %1.checkin_id_seq TO %2").arg(s, r),
        QStringLiteral("ALTER TABLE %1.checkin ENABLE ROW LEVEL SECURITY").arg(s),
        QStringLiteral("ALTER TABLE %1.checkin_value ENABLE ROW LEVEL SECURITY").arg(s),
        QStringLiteral("CREATE POLICY members_read ON %1.checkin FOR SELECT USING (true)").arg(s),
        QStringLiteral("CREATE POLICY editors_write ON %1.checkin FOR ALL TO %2 USING (true) WITH CHECK (true)").arg(s, e),
        QStringLiteral("CREATE POLICY reporters_add ON %1.checkin FOR INSERT TO %2 WITH CHECK ("
                       " EXISTS (SELECT 1 FROM %1.task_department td JOIN %1.member m ON m.department_id = td.department_id"
                       "  WHERE td.task_id = checkin.task_id AND m.login = session_user AND m.role = 'reporter'"
                       "  AND checkin.department_id = m.department_id))")
            .arg(s, r),
        QStringLiteral("CREATE POLICY members_read ON %1.checkin_value FOR SELECT USING (true)").arg(s),
        QStringLiteral("CREATE POLICY editors_write ON %1.checkin_value FOR ALL TO %2 USING (true) WITH CHECK (true)").arg(s, e),
        QStringLiteral("CREATE POLICY reporters_add ON %1.checkin_value FOR INSERT TO %2 WITH CHECK ("
                       " EXISTS (SELECT 1 FROM %1.checkin c WHERE c.id = checkin_value.checkin_id AND c.entered_by = session_user))")
            .arg(s, r),
    };
}

} // namespace

QStringList upgradeTo5(const ServerNames &names)
{
    return legacyTakenBack(names) + ownNames(names) + lockFunctions(names) + reportGuards(names) + checks(names)
        + grants(names);
}

} // namespace ap::ServerBoundary
