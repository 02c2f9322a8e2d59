#include "serverrights.h"

#include "serverpassword.h"
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

QStringList upgradeTo2(const QString &schema)
{
    QStringList out = {
        // Who entered a report is the server's to say (ServerBoundary's trigger writes it).
        QStringLiteral("ALTER TABLE checkin ADD COLUMN entered_by TEXT NOT NULL DEFAULT session_user"),
        // Every commit that changes the plan's rows is told to the plan's listeners (its open
        // windows), once a table: NOTIFY folds repeats within a transaction. (Format 5 tells it on
        // the plan's own channel.)
        QStringLiteral("CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "PERFORM pg_notify('%1', TG_TABLE_NAME); RETURN NULL; END $$")
            .arg(schema),
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
    // The roles, their grants and the policies are format 5's (ServerBoundary): a plan of an
    // older format on a server has the ones formats 2–4 gave, which format 5 takes back.
    return out;
}

QStringList upgradeTo4(const QString &)
{
    return {
        QStringLiteral("CREATE TRIGGER target_step_changed AFTER INSERT OR UPDATE OR DELETE ON target_step "
                       "FOR EACH STATEMENT EXECUTE FUNCTION notify_change()"),
    };
}

} // namespace ServerRights

bool ServerStore::grant(const QString &name, ServerRole role, const QString &department,
                        const std::optional<QString> &password, QString *error, bool passwordToChoose)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_access.role != ServerRole::Owner)
        return fail(tr("Only the plan's owner grants rights on it; your login “%1” is not its owner.").arg(m_access.login));
    const QString login = name.normalized(QString::NormalizationForm_C).trimmed();
    if (login.isEmpty() || role == ServerRole::Owner || role == ServerRole::None)
        return fail(tr("Name a login and a role: reporter, viewer or editor."));
    // PostgreSQL would cut a longer name and make (or grant) another login than the one named.
    if (login.toUtf8().size() > ServerAddress::kMaxNameBytes)
        return fail(tr("A login's name is at most %1 bytes on PostgreSQL, and “%2” has %3: choose a shorter one. Nothing "
                       "was changed.")
                        .arg(ServerAddress::kMaxNameBytes)
                        .arg(login)
                        .arg(login.toUtf8().size()));
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
    QSqlQuery found(connection);
    found.prepare(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"));
    found.addBindValue(login);
    if (!found.exec())
        return fail(tr("The rights of “%1” could not be changed: %2").arg(login, serversql::errorText(found.lastError())));
    const bool exists = found.next();
    if (exists && !found.value(0).toBool())
        return fail(tr("“%1” is a group role on the server, not a login: only a login can be a plan's member. Nothing was "
                       "changed.")
                        .arg(login));
    found.finish();
    if (!exists && !password)
        return fail(tr("There is no login “%1” on the server. Give its password with --password-stdin to create it, or "
                       "ask the server's administrator to create it.")
                        .arg(login));
    const bool madeHere = !exists
        || serversql::value(connection, QStringLiteral("SELECT made_here FROM member WHERE login = ?"), &detail, {login}).toBool();
    // Names and the verifier go through format()'s %I and %L: quoted by the server itself.
    auto run = [&](const QString &pattern, const QVariantList &values) {
        const QVariant statement = serversql::value(connection, QStringLiteral("SELECT format(%1)").arg(pattern), &detail, values);
        return statement.isValid() && serversql::exec(connection, statement.toString(), &detail);
    };
    if (password) {
        // A login of the server's that this plan did not make has a password of its own: only
        // the one who keeps it (or the server's administrator) changes it.
        if (!madeHere)
            return fail(tr("The login “%1” is on the server already and was not made for this plan: its password is its "
                           "own, and stays. Grant it without a password. Nothing was changed.")
                            .arg(login));
        const QString verifier = ServerPassword::verifier(connection, login, *password, &detail);
        if (verifier.isEmpty()
            || !run(exists ? QStringLiteral("'ALTER ROLE %I PASSWORD %L', ?::text, ?::text")
                           : QStringLiteral("'CREATE ROLE %I LOGIN PASSWORD %L', ?::text, ?::text"),
                    {login, verifier}))
            return fail(tr("The login “%1” could not be set up: %2").arg(login, detail));
    }
    // Only the plan's own roles are given or taken back: no other role of the cluster is touched.
    for (ServerRole other : {ServerRole::Editor, ServerRole::Reporter, ServerRole::Viewer}) {
        const QString group = m_names.role(other);
        const bool member = serversql::value(connection,
                                             QStringLiteral("SELECT count(*) FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                                                            "JOIN pg_roles u ON u.oid = a.member WHERE g.rolname = ? AND u.rolname = ?"),
                                             &detail, {group, login})
                                .toInt()
            > 0;
        if (other != role && member && !run(QStringLiteral("'REVOKE %I FROM %I', ?::text, ?::text"), {group, login}))
            return fail(tr("The rights of “%1” could not be changed: %2").arg(login, detail));
    }
    if (!run(QStringLiteral("'GRANT %I TO %I', ?::text, ?::text"), {m_names.role(role), login})
        || !serversql::exec(connection,
                            QStringLiteral("INSERT INTO member (login, role, department_id, made_here) VALUES (?, ?, ?, ?) "
                                           "ON CONFLICT (login) DO UPDATE SET role = excluded.role, department_id = excluded.department_id"),
                            &detail, {login, ServerRights::roleKey(role), departmentId, madeHere}))
        return fail(tr("The rights of “%1” could not be changed: %2").arg(login, detail));
    // A new password is a first one to choose again, or the member's own; no password leaves it as it was.
    if (password
        && !serversql::exec(connection,
                            passwordToChoose ? QStringLiteral("INSERT INTO member_first_password VALUES (?) ON CONFLICT DO NOTHING")
                                             : QStringLiteral("DELETE FROM member_first_password WHERE login = ?"),
                            &detail, {login}))
        return fail(tr("The rights of “%1” could not be changed: %2").arg(login, detail));
    return tx.commit(error);
}

bool ServerStore::choosePassword(const QString &password, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QSqlDatabase connection = rows().db();
    QString detail;
    PlanRows::Transaction tx(rows());
    if (!tx.isActive())
        return fail(rows().lastError());
    const QString login = serversql::value(connection, QStringLiteral("SELECT session_user::text"), &detail).toString();
    const QString verifier = login.isEmpty() ? QString() : ServerPassword::verifier(connection, login, password, &detail);
    const QVariant statement = verifier.isEmpty()
        ? QVariant()
        : serversql::value(connection, QStringLiteral("SELECT format('ALTER ROLE SESSION_USER PASSWORD %L', ?::text)"), &detail,
                           {verifier});
    if (!statement.isValid() || !serversql::exec(connection, statement.toString(), &detail)
        || !serversql::value(connection, QStringLiteral("SELECT password_chosen() IS NULL"), &detail).isValid())
        return fail(tr("Your password could not be changed: %1").arg(detail));
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
            &detail, {m_names.role(role), login, m_names.role(role), login});
        if (!detail.isEmpty() || (statement.isValid() && !serversql::exec(connection, statement.toString(), &detail))) {
            if (error)
                *error = tr("The rights of “%1” could not be changed: %2").arg(login, detail);
            return false;
        }
    }
    if (!serversql::exec(connection, QStringLiteral("DELETE FROM member WHERE login = ?"), &detail, {login})
        || !serversql::exec(connection, QStringLiteral("DELETE FROM member_first_password WHERE login = ?"), &detail, {login})) {
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
    r.passwordToChoose = m_access.passwordToChoose;
    return r;
}

bool ServerStore::readAccess(QString *error)
{
    QSqlDatabase connection = rows().db();
    QSqlQuery q(connection);
    // A member's first password (format 11), asked here on the same connection; the owner has none.
    q.prepare(QStringLiteral("SELECT session_user::text,"
                             " pg_get_userbyid(n.nspowner) = session_user OR r.rolsuper,"
                             " m.role, m.department_id,"
                             " m.login IS NOT NULL AND password_to_choose()"
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
    m_access.passwordToChoose = q.value(4).toBool();
    return true;
}

} // namespace ap
