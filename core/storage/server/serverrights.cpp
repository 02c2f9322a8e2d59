#include "serverrights.h"

#include "serversql.h"
#include "serverstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ap {

namespace ServerRights {

QString roleKey(ServerRole role)
{
    switch (role) {
    case ServerRole::Editor: return QStringLiteral("editor");
    case ServerRole::Reporter: return QStringLiteral("reporter");
    case ServerRole::Viewer: return QStringLiteral("viewer");
    case ServerRole::Owner: return QStringLiteral("owner");
    case ServerRole::None: break;
    }
    return QString();
}

std::optional<ServerRole> roleFromKey(const QString &key)
{
    for (ServerRole r : {ServerRole::Editor, ServerRole::Reporter, ServerRole::Viewer})
        if (key == roleKey(r))
            return r;
    return std::nullopt;
}

QString groupRole(const QString &schema, ServerRole role)
{
    return schema + QLatin1Char('_') + roleKey(role);
}

QStringList upgradeTo2(const QString &schema)
{
    const QString editor = QLatin1Char('"') + groupRole(schema, ServerRole::Editor) + QLatin1Char('"');
    const QString reporter = QLatin1Char('"') + groupRole(schema, ServerRole::Reporter) + QLatin1Char('"');
    const QString viewer = QLatin1Char('"') + groupRole(schema, ServerRole::Viewer) + QLatin1Char('"');
    const QString all = QStringList{editor, reporter, viewer}.join(QStringLiteral(", "));
    const QString s = QLatin1Char('"') + schema + QLatin1Char('"');
    QStringList out = {
        // Who entered a report is the server's to say: whatever a client sends, the login.
        QStringLiteral("ALTER TABLE checkin ADD COLUMN entered_by TEXT NOT NULL DEFAULT session_user"),
        QStringLiteral("CREATE FUNCTION checkin_entered_by() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "IF TG_OP = 'UPDATE' THEN NEW.entered_by := OLD.entered_by; ELSE NEW.entered_by := session_user; "
                       "END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER checkin_entered_by BEFORE INSERT OR UPDATE ON checkin "
                       "FOR EACH ROW EXECUTE FUNCTION checkin_entered_by()"),
        // Every commit that changes the plan's rows is told to the plan's listeners (its open
        // windows), once a table: NOTIFY folds repeats within a transaction.
        QStringLiteral("CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "PERFORM pg_notify('%1', TG_TABLE_NAME); RETURN NULL; END $$")
            .arg(schema),
        // What a reporter may write by hand is still a report every copy can read.
        QStringLiteral("ALTER TABLE checkin ADD CONSTRAINT checkin_entered_at_iso "
                       "CHECK (entered_at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}')"),
        QStringLiteral("CREATE TABLE member ("
                       " login TEXT PRIMARY KEY,"
                       " role TEXT NOT NULL CHECK (role IN ('editor','reporter','viewer')),"
                       " department_id BIGINT REFERENCES department(id) ON DELETE SET NULL)"),
    };
    for (const char *table : {"plan", "department", "section", "task", "target", "task_department", "checkin",
                              "checkin_value", "period_lock"})
        out << QStringLiteral("CREATE TRIGGER %1_changed AFTER INSERT OR UPDATE OR DELETE ON %1 "
                              "FOR EACH STATEMENT EXECUTE FUNCTION notify_change()")
                   .arg(QLatin1String(table));
    // The group roles are the cluster's, not the schema's: a plan published again keeps them.
    for (const QString &role : {editor, reporter, viewer}) {
        const QString bare = role.mid(1, role.size() - 2);
        out << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                              "CREATE ROLE %2 NOLOGIN; END IF; END $$")
                   .arg(bare, role);
    }
    // A report and the lock of its period never cross: both take the period's advisory lock (a
    // report shared, a lock alone), so a report either commits before the lock or, once the lock
    // is there, is refused by the server. Row-level security alone checks at the statement's
    // start and would let a report in while a lock commits.
    const QString key = QStringLiteral("hashtextextended('%1:' || NEW.period, 0)").arg(schema);
    out << QStringLiteral("CREATE FUNCTION period_lock_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                          "PERFORM pg_advisory_xact_lock(%1); RETURN NEW; END $$")
               .arg(key)
        << QStringLiteral("CREATE TRIGGER period_lock_guard BEFORE INSERT OR UPDATE ON period_lock "
                          "FOR EACH ROW EXECUTE FUNCTION period_lock_guard()")
        << QStringLiteral("CREATE FUNCTION checkin_period_open() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                          "PERFORM pg_advisory_xact_lock_shared(%1); "
                          "IF EXISTS (SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                          "JOIN pg_roles u ON u.oid = a.member WHERE g.rolname = '%2' AND u.rolname = session_user) "
                          "AND EXISTS (SELECT 1 FROM period_lock WHERE period = NEW.period AND locked <> 0) THEN "
                          "RAISE EXCEPTION 'period % is locked', NEW.period USING ERRCODE = '42501'; END IF; "
                          "RETURN NEW; END $$")
               .arg(key, groupRole(schema, ServerRole::Reporter))
        << QStringLiteral("CREATE TRIGGER checkin_period_open BEFORE INSERT ON checkin "
                          "FOR EACH ROW EXECUTE FUNCTION checkin_period_open()");
    out << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(s, all)
        << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(s, all)
        << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2").arg(s, editor)
        << QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON member FROM %1").arg(editor)
        << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(s, editor)
        << QStringLiteral("GRANT INSERT ON checkin, checkin_value TO %1").arg(reporter)
        << QStringLiteral("GRANT USAGE ON SEQUENCE checkin_id_seq TO %1").arg(reporter)
        // Reports: everyone reads them; editors change them at will; a reporter adds them only
        // for its department's tasks, outside locked periods, and values only to its own.
        << QStringLiteral("ALTER TABLE checkin ENABLE ROW LEVEL SECURITY")
        << QStringLiteral("ALTER TABLE checkin_value ENABLE ROW LEVEL SECURITY")
        << QStringLiteral("CREATE POLICY members_read ON checkin FOR SELECT USING (true)")
        << QStringLiteral("CREATE POLICY editors_write ON checkin FOR ALL TO %1 USING (true) WITH CHECK (true)").arg(editor)
        << QStringLiteral("CREATE POLICY reporters_add ON checkin FOR INSERT TO %1 WITH CHECK ("
                          " EXISTS (SELECT 1 FROM task_department td JOIN member m ON m.department_id = td.department_id"
                          "  WHERE td.task_id = checkin.task_id AND m.login = session_user AND m.role = 'reporter'"
                          "  AND (checkin.department_id IS NULL OR checkin.department_id = m.department_id))"
                          " AND NOT EXISTS (SELECT 1 FROM period_lock l WHERE l.period = checkin.period AND l.locked <> 0))")
               .arg(reporter)
        << QStringLiteral("CREATE POLICY members_read ON checkin_value FOR SELECT USING (true)")
        << QStringLiteral("CREATE POLICY editors_write ON checkin_value FOR ALL TO %1 USING (true) WITH CHECK (true)").arg(editor)
        << QStringLiteral("CREATE POLICY reporters_add ON checkin_value FOR INSERT TO %1 WITH CHECK ("
                          " EXISTS (SELECT 1 FROM checkin c WHERE c.id = checkin_value.checkin_id AND c.entered_by = session_user))")
               .arg(reporter);
    return out;
}

QStringList upgradeTo4(const QString &schema)
{
    const QString editor = QLatin1Char('"') + groupRole(schema, ServerRole::Editor) + QLatin1Char('"');
    const QString reporter = QLatin1Char('"') + groupRole(schema, ServerRole::Reporter) + QLatin1Char('"');
    const QString viewer = QLatin1Char('"') + groupRole(schema, ServerRole::Viewer) + QLatin1Char('"');
    return {
        QStringLiteral("CREATE TRIGGER target_step_changed AFTER INSERT OR UPDATE OR DELETE ON target_step "
                       "FOR EACH STATEMENT EXECUTE FUNCTION notify_change()"),
        QStringLiteral("GRANT SELECT ON target_step TO %1, %2, %3").arg(editor, reporter, viewer),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON target_step TO %1").arg(editor),
    };
}

} // namespace ServerRights

bool ServerStore::grant(const QString &login, ServerRole role, const QString &department,
                        const std::optional<QString> &password, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_access.role != ServerRole::Owner)
        return fail(tr("Only the plan's owner grants rights on it; your login “%1” is not its owner.").arg(m_access.login));
    if (login.trimmed().isEmpty() || role == ServerRole::Owner || role == ServerRole::None)
        return fail(tr("Name a login and a role: reporter, viewer or editor."));
    QSqlDatabase connection = rows().db();
    QString detail;
    PlanRows::Transaction tx(rows());
    if (!tx.isActive())
        return fail(rows().lastError());
    QVariant departmentId(QMetaType(QMetaType::LongLong));
    if (!department.isEmpty()) {
        departmentId = serversql::value(connection, QStringLiteral("SELECT id FROM department WHERE name = ?"), &detail,
                                        {department});
        if (!departmentId.isValid()) {
            const QVariant names = serversql::value(connection,
                                                    QStringLiteral("SELECT string_agg(name, '、' ORDER BY position) FROM department"),
                                                    &detail);
            return fail(tr("The plan has no department “%1”. Its departments: %2.").arg(department, names.toString()));
        }
    } else if (role == ServerRole::Reporter) {
        return fail(tr("A reporter reports for a department: name it with --department."));
    }
    const bool exists = serversql::value(connection, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"),
                                         &detail, {login})
                            .toInt()
        > 0;
    if (!exists && !password)
        return fail(tr("There is no login “%1” on the server. Give its password with --password-stdin to create it, or "
                       "ask the server's administrator to create it.")
                        .arg(login));
    // Names and the password go through format()'s %I and %L: quoted by the server itself.
    auto run = [&](const QString &pattern, const QVariantList &values) {
        const QVariant statement = serversql::value(connection, QStringLiteral("SELECT format(%1)").arg(pattern), &detail, values);
        return statement.isValid() && serversql::exec(connection, statement.toString(), &detail);
    };
    if (password
        && !run(exists ? QStringLiteral("'ALTER ROLE %I LOGIN PASSWORD %L', ?::text, ?::text")
                       : QStringLiteral("'CREATE ROLE %I LOGIN PASSWORD %L', ?::text, ?::text"),
                {login, *password}))
        return fail(tr("The login “%1” could not be set up: %2").arg(login, detail));
    for (ServerRole other : {ServerRole::Editor, ServerRole::Reporter, ServerRole::Viewer}) {
        const QString group = ServerRights::groupRole(m_schema, other);
        const bool member = serversql::value(connection,
                                             QStringLiteral("SELECT count(*) FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                                                            "JOIN pg_roles u ON u.oid = a.member WHERE g.rolname = ? AND u.rolname = ?"),
                                             &detail, {group, login})
                                .toInt()
            > 0;
        if (other != role && member && !run(QStringLiteral("'REVOKE %I FROM %I', ?::text, ?::text"), {group, login}))
            return fail(tr("The rights of “%1” could not be changed: %2").arg(login, detail));
    }
    if (!run(QStringLiteral("'GRANT %I TO %I', ?::text, ?::text"), {ServerRights::groupRole(m_schema, role), login})
        || !serversql::exec(connection,
                            QStringLiteral("INSERT INTO member (login, role, department_id) VALUES (?, ?, ?) "
                                           "ON CONFLICT (login) DO UPDATE SET role = excluded.role, department_id = excluded.department_id"),
                            &detail, {login, ServerRights::roleKey(role), departmentId}))
        return fail(tr("The rights of “%1” could not be changed: %2").arg(login, detail));
    return tx.commit(error);
}

bool ServerStore::members(QList<ServerMember> *out, QString *error)
{
    out->clear();
    QSqlQuery q(rows().db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT login, role, coalesce(department_id, 0) FROM member ORDER BY login"))) {
        if (error)
            *error = tr("The plan's members cannot be read from the server: %1").arg(serversql::errorText(q.lastError()));
        return false;
    }
    while (q.next())
        out->append({q.value(0).toString(), ServerRights::roleFromKey(q.value(1).toString()).value_or(ServerRole::None),
                     q.value(2).toLongLong()});
    return true;
}

bool ServerStore::revoke(const QString &login, QString *error)
{
    if (m_access.role != ServerRole::Owner) {
        if (error)
            *error = tr("Only the plan's owner grants rights on it; your login “%1” is not its owner.").arg(m_access.login);
        return false;
    }
    QSqlDatabase connection = rows().db();
    QString detail;
    PlanRows::Transaction tx(rows());
    if (!tx.isActive()) {
        if (error)
            *error = rows().lastError();
        return false;
    }
    for (ServerRole role : {ServerRole::Editor, ServerRole::Reporter, ServerRole::Viewer}) {
        const QVariant statement = serversql::value(
            connection,
            QStringLiteral("SELECT format('REVOKE %I FROM %I', ?::text, ?::text) FROM pg_auth_members a "
                           "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles u ON u.oid = a.member "
                           "WHERE g.rolname = ? AND u.rolname = ?"),
            &detail, {ServerRights::groupRole(m_schema, role), login, ServerRights::groupRole(m_schema, role), login});
        if (!detail.isEmpty() || (statement.isValid() && !serversql::exec(connection, statement.toString(), &detail))) {
            if (error)
                *error = tr("The rights of “%1” could not be changed: %2").arg(login, detail);
            return false;
        }
    }
    if (!serversql::exec(connection, QStringLiteral("DELETE FROM member WHERE login = ?"), &detail, {login})) {
        if (error)
            *error = tr("The rights of “%1” could not be changed: %2").arg(login, detail);
        return false;
    }
    return tx.commit(error);
}

PlanRights ServerStore::rights() const
{
    PlanRights r;
    r.editPlan = !rows().isReadOnly() && m_access.mayEdit();
    r.addReports = r.editPlan || (m_access.role == ServerRole::Reporter && m_access.departmentId != 0);
    r.owner = m_access.role == ServerRole::Owner;
    r.reportingDepartment = r.editPlan ? 0 : m_access.departmentId;
    return r;
}

bool ServerStore::readAccess(QString *error)
{
    QSqlDatabase connection = rows().db();
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT session_user::text,"
                             " pg_get_userbyid(n.nspowner) = session_user OR r.rolsuper,"
                             " m.role, m.department_id"
                             " FROM pg_namespace n JOIN pg_roles r ON r.rolname = session_user"
                             " LEFT JOIN member m ON m.login = session_user"
                             " WHERE n.nspname = ?"));
    q.addBindValue(m_schema);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("Your rights on the plan cannot be read from the server: %1").arg(serversql::errorText(q.lastError()));
        return false;
    }
    m_access.login = q.value(0).toString();
    m_access.role = q.value(1).toBool() ? ServerRole::Owner
                                        : ServerRights::roleFromKey(q.value(2).toString()).value_or(ServerRole::None);
    m_access.departmentId = q.value(3).toLongLong();
    return true;
}

} // namespace ap
