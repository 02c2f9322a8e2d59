#include "serverstore.h"

#include "serverchangestamps.h"
#include "serverevidence.h"
#include "serverfirstpassword.h"
#include "serverreportkeys.h"
#include "serverdatabase.h"

#include "servererror.h"

#include "storage/contentwriter.h"

#include "storage/file/planstore.h"
#include "fs/atomicfile.h"
#include "storage/schema.h"
#include "storage/sqlerror.h"
#include "storage/file/sqliteconnection.h"
#include "serverassessment.h"
#include "serverboundary.h"
#include "servernamedversions.h"
#include "servercredentials.h"
#include "serversql.h"
#include "storage/sqlvalues.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace ap {

using serversql::exec;
using serversql::errorText;

namespace {

// Each server schema version after 1: the statements that bring the version before it there.
// Publishing makes version 1's tables and runs them all, so a new plan and an upgraded one are
// the same.
// A version may also bring a plan file format's step (its tables and rows, run first): server
// format 4 is file format 6's targets with steps, measures and year-end reports.
// Server format 5 is the database as the plan's boundary (ServerBoundary), with the plan's own
// names (ServerNames); format 6 is file format 7's year-end assessment with its rights
// (ServerAssessment); format 7 is file format 8's named versions (ServerNamedVersions); format 8
// keeps the owner's published versions' saver and time, and moves a row's version at every change;
// format 9 keeps a report sent again with its request key once (ServerReportKeys); format 10 says
// who last changed a row and when (ServerChangeStamps); format 11 lets a member choose its own
// password on first open (ServerFirstPassword); format 12 is file format 9's evidence files with
// their rights and limits (ServerEvidence).
struct Upgrade
{
    int version;
    QStringList (*statements)(const ServerNames &names);
    int fileStep = 0;
};
const QList<Upgrade> &upgrades()
{
    static const QList<Upgrade> list = {
        {2, [](const ServerNames &n) { return ServerRights::upgradeTo2(n.schema); }},
        {3, [](const ServerNames &n) { return ServerVersions::upgradeTo3(n.schema); }},
        {4, [](const ServerNames &n) { return ServerRights::upgradeTo4(n.schema); }, 6},
        {5, &ServerBoundary::upgradeTo5},
        {6, &ServerAssessment::upgradeTo6, 7},
        {7, &ServerNamedVersions::upgradeTo7, 8},
        {8, [](const ServerNames &n) { return ServerNamedVersions::upgradeTo8(n) + ServerVersions::upgradeTo8(n.schema); }},
        {9, &ServerReportKeys::upgradeTo9},
        {10, &ServerChangeStamps::upgradeTo10},
        {11, &ServerFirstPassword::upgradeTo11},
        {12, &ServerEvidence::upgradeTo12, 9}};
    return list;
}

bool upgradeSchema(QSqlDatabase &db, ServerNames names, int from, QString *detail)
{
    for (const Upgrade &u : upgrades()) {
        if (u.version <= from)
            continue;
        // Formats after 5 use the names the plan keeps (given by format 5, now or before).
        if (u.version > 5 && !ServerNames::read(db, names.schema, &names, detail))
            return false;
        if (u.fileStep && !schema::run(schema::migrationTo(u.fileStep), db, SqlDialect::postgres(true), detail))
            return false;
        for (const QString &statement : u.statements(names))
            if (!exec(db, statement, detail))
                return false;
    }
    return true;
}

// The schema a plan's tables live in: from its name, so that any name (Chinese, quotes, spaces)
// gives a plain identifier.
QString schemaFor(const QString &plan)
{
    return QStringLiteral("plan_")
        + QString::fromLatin1(QCryptographicHash::hash(plan.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

// The list of plans is written by more than one login once a database is prepared (ServerDatabase):
// a schema's name read from it is used only when it is one this program makes.
bool isPlanSchema(const QString &schema)
{
    static const QRegularExpression form(QStringLiteral("^plan_[0-9a-f]{24}$"));
    return form.match(schema).hasMatch();
}

// Whether libpq can verify the server's certificate: a root certificate named by the address,
// by PGSSLROOTCERT, or in ~/.postgresql/root.crt.
bool hasRootCertificate(const ServerAddress &address)
{
    return !address.option(QStringLiteral("sslrootcert")).isEmpty() || !qEnvironmentVariableIsEmpty("PGSSLROOTCERT")
        || QFile::exists(QDir::homePath() + QStringLiteral("/.postgresql/root.crt"));
}

} // namespace

ServerStore::~ServerStore() = default;

QStringList ServerStore::connectionOptions(const ServerAddress &address)
{
    QStringList options = address.options;
    // A server that stops answering is found out in seconds, not at TCP's timeout of minutes:
    // the window then says so and refuses changes. An address may set connect_timeout itself.
    for (const QString &option : {QStringLiteral("connect_timeout=10"), QStringLiteral("keepalives_idle=10"),
                                  QStringLiteral("keepalives_interval=5"), QStringLiteral("keepalives_count=2"),
                                  QStringLiteral("tcp_user_timeout=15000")}) {
        const QString key = option.section(QLatin1Char('='), 0, 0) + QLatin1Char('=');
        if (!std::any_of(options.cbegin(), options.cend(), [&](const QString &o) { return o.startsWith(key); }))
            options << option;
    }
    // A password goes to a server elsewhere over TLS only, unless the address itself says
    // otherwise (and is warned about: ServerAddress::clearTextWarning): verified against the
    // server's certificate when a root certificate is at hand, else encrypted at least.
    if (address.option(QStringLiteral("sslmode")).isEmpty() && !address.isLoopback())
        options << (hasRootCertificate(address) ? QStringLiteral("sslmode=verify-full") : QStringLiteral("sslmode=require"));
    options << QStringLiteral("application_name=AnnualPlan");
    return options;
}

void ServerStore::watchChanges(QObject *receiver, std::function<void(const QString &table)> changed)
{
    QSqlDatabase connection = rows().db();
    QSqlDriver *driver = connection.driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    // Our own commits are told too (SelfSource): the document has them already.
    QObject::connect(driver, &QSqlDriver::notification, receiver,
                     [changed = std::move(changed), channel = m_names.channel](const QString &name, QSqlDriver::NotificationSource source,
                                                                        const QVariant &payload) {
                         if (name == channel && source == QSqlDriver::OtherSource)
                             changed(payload.toString());
                     });
    if (!driver->subscribedToNotifications().contains(m_names.channel))
        driver->subscribeToNotification(m_names.channel);
}

QString ServerStore::planUid() const
{
    QSqlDatabase connection = rows().db();
    return serversql::value(connection, QStringLiteral("SELECT uid FROM plan WHERE id = 1"), nullptr).toString();
}

bool ServerStore::backupTo(const QString &path, QString *error) const
{
    // Read on this connection, written as a new plan file beside the target, then put in its place.
    auto *self = const_cast<ServerStore *>(this);
    PlanData plan;
    ReportLog reports;
    // The rows and the evidence files' bytes of one moment.
    const PlanRows::Snapshot moment(self->rows());
    if (!self->rows().readAll(&plan, &reports, error))
        return false;
    return fs::writeByName(QFileInfo(path).absoluteFilePath(), fs::OutputTarget::Kind::PlanCopy,
                           [&](const QString &part, QString *why) {
                               return PlanStore::create(part, plan.info, why, nullptr, &plan, &reports, nullptr,
                                                        evidenceOf(self->rows()))
                                   != nullptr;
                           },
                           error);
}

bool ServerStore::isReachable()
{
    QSqlQuery q(rows().db());
    // Asked right after a refused statement, the server answers that the transaction is
    // aborted (25P02): it answers, so it is there.
    return q.exec(QStringLiteral("SELECT 1")) || q.lastError().nativeErrorCode() == QLatin1String("25P02");
}

bool ServerStore::read(PlanData *plan, ReportLog *reports, QString *error)
{
    // A plan from before row versions (server format 2, read by someone who may not upgrade it)
    // is read and written as it is.
    if (m_serverVersion < 3)
        return rows().readAll(plan, reports, error);
    if (!rows().readAll(plan, reports, error, [this](QString *why) { return m_claims.read(why); }))
        return false;
    rows().setClaims(&m_claims);
    return true;
}

std::unique_ptr<ServerStore> ServerStore::connect(const ServerAddress &address, QString *error, StoreError *code)
{
    auto fail = [&](const QString &why, StoreError c) {
        if (error)
            *error = why;
        if (code)
            *code = c;
        return std::unique_ptr<ServerStore>();
    };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(tr("Plans on a server need Qt's PostgreSQL driver, which is not installed: install the package "
                       "libqt6sql6-psql."),
                    StoreError::Unreadable);
    const QString name = sqlite::newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.user);
        // A password typed into the window's login, for this run; else libpq finds its own.
        if (const QString password = ServerCredentials::password(address); !password.isEmpty())
            db.setPassword(password);
        // The password from libpq's own places (PGPASSWORD, ~/.pgpass); never from settings.
        db.setConnectOptions(connectionOptions(address).join(QLatin1Char(';')));
        if (!db.open()) {
            const QSqlError refused = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return fail(tr("Cannot connect to the server for “%1”. %2").arg(address.toString(), ServerError::describe(refused)),
                        ServerError::kindOf(refused) == ServerError::Kind::WrongPassword ? StoreError::LoginRefused
                                                                                          : StoreError::Unreadable);
        }
    }
    std::unique_ptr<ServerStore> store(new ServerStore);
    store->rows().attach(name, false, kSchemaVersion, SqlDialect::postgres(true));
    store->m_claims.attach(name);
    QSqlDatabase db = store->rows().db();
    QString detail;
    // Messages from the server in plain words, dates as the rows write them.
    if (!exec(db, QStringLiteral("SET client_min_messages TO warning"), &detail))
        return fail(tr("The server of “%1” answered with an error: %2").arg(address.toString(), detail), StoreError::Unreadable);
    return store;
}

std::unique_ptr<ServerStore> ServerStore::open(const ServerAddress &address, QString *error, StoreError *code)
{
    std::unique_ptr<ServerStore> store = connect(address, error, code);
    if (!store)
        return store;
    auto fail = [&](const QString &why, StoreError c) {
        if (error)
            *error = why;
        if (code)
            *code = c;
        return std::unique_ptr<ServerStore>();
    };
    QSqlDatabase db = store->rows().db();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT schema_name, schema_version FROM annualplan.plans WHERE name = ?"));
    q.addBindValue(address.plan);
    if (!q.exec() || !q.next())
        return fail(tr("There is no plan named “%1” in the database “%2” on %3.")
                        .arg(address.plan, address.database, address.host),
                    StoreError::Missing);
    const QString schema = q.value(0).toString();
    const int version = q.value(1).toInt();
    q.finish();
    if (version > kServerSchemaVersion)
        return fail(tr("The plan “%1” on the server was written by a newer version of AnnualPlan (server format %2; "
                       "this version reads up to %3). Please update AnnualPlan. Nothing on the server was changed.")
                        .arg(address.plan)
                        .arg(version)
                        .arg(kServerSchemaVersion),
                    StoreError::Newer);
    QString detail;
    if (!isPlanSchema(schema))
        return fail(tr("The list of plans on the server names the plan “%1” in a way AnnualPlan does not make; it was not "
                       "opened. Ask the server's administrator to check the database's list of plans.")
                        .arg(address.plan),
                    StoreError::Damaged);
    // A login that is not the plan's member (nor its owner) is told so, in those words, before
    // anything reads the plan's tables (which would only say "permission denied").
    if (!serversql::value(db, QStringLiteral("SELECT has_schema_privilege(?, 'USAGE')"), &detail, {schema}).toBool())
        return fail(tr("Your login “%1” is not a member of the plan “%2”: ask the plan's owner to give it a role "
                       "(viewer, reporter or editor). Nothing was read.")
                        .arg(address.user.isEmpty() ? serversql::value(db, QStringLiteral("SELECT session_user::text"), &detail).toString()
                                                    : address.user,
                             address.plan),
                    StoreError::Unreadable);
    if (!exec(db, QStringLiteral("SET search_path TO %1").arg(ServerNames::quoted(schema)), &detail))
        return fail(tr("The plan “%1” cannot be read from the server: %2").arg(address.plan, detail), StoreError::Damaged);
    store->m_schema = schema;
    store->m_serverVersion = version;
    store->m_address = address;
    if (version < kServerSchemaVersion) {
        // An older plan is brought up to date by its owner, all at once; anyone else is told.
        const bool owner = serversql::value(db, QStringLiteral("SELECT pg_get_userbyid(nspowner) = session_user FROM pg_namespace "
                                                               "WHERE nspname = ?"),
                                            &detail, {schema})
                               .toBool();
        if (!owner)
            return fail(tr("The plan “%1” on the server is in an older format (server format %2). Its owner must open it "
                           "once with this version of AnnualPlan to bring it up to date; nothing was changed.")
                            .arg(address.plan)
                            .arg(version),
                        StoreError::Unreadable);
        PlanRows::Transaction tx(store->rows());
        if (!tx.isActive() || !upgradeSchema(db, ServerNames::fresh(schema), version, &detail)
            || !exec(db, QStringLiteral("UPDATE annualplan.plans SET schema_version = ? WHERE schema_name = ?"), &detail,
                     {kServerSchemaVersion, schema})
            || !tx.commit(&detail))
            return fail(tr("The plan “%1” on the server could not be brought up to date: %2").arg(address.plan, detail),
                        StoreError::WriteFailed);
        store->m_serverVersion = kServerSchemaVersion;
    }
    if (!ServerNames::read(db, schema, &store->m_names, &detail))
        return fail(tr("The plan “%1” cannot be read from the server: %2").arg(address.plan, detail), StoreError::Damaged);
    store->rows().setDialect(SqlDialect::postgres(true));
    if (!store->readAccess(error)) {
        if (code)
            *code = StoreError::Unreadable;
        return nullptr;
    }
    return store;
}

bool ServerStore::publish(const PlanData &content, const ServerAddress &address, bool replace, QString *error,
                          StoreError *code, const ReportLog *reports, const QList<CarriedVersion> *versions,
                          const EvidenceReader &evidence)
{
    std::unique_ptr<ServerStore> store = connect(address, error, code);
    if (!store)
        return false;
    QSqlDatabase db = store->rows().db();
    const QString schema = schemaFor(address.plan);
    QString detail;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        if (code)
            *code = StoreError::WriteFailed;
        return false;
    };
    PlanRows::Transaction tx(store->rows());
    if (!tx.isActive())
        return fail(tr("The plan could not be published to “%1”: %2").arg(address.toString(), store->rows().lastError()));
    // The list of plans, made once per database (by `annualplan server init`, or by the first to
    // publish); the lock makes two publishers wait in turn. A list that is there is not made again:
    // a publisher other than its owner may not create in its schema, not even "if not exists".
    const bool listed = serversql::value(db, QStringLiteral("SELECT to_regclass('annualplan.plans') IS NOT NULL"), &detail).toBool();
    if (!listed)
        for (const QString &statement : ServerDatabase::listTable())
            if (!exec(db, statement, &detail))
                return fail(tr("The plan could not be published to “%1”: %2").arg(address.toString(), detail));
    if (!exec(db, QStringLiteral("LOCK TABLE annualplan.plans IN SHARE ROW EXCLUSIVE MODE"), &detail))
        return fail(detail.contains(QLatin1String("42501"))
                        ? tr("The login may not publish plans into the database “%1”: its owner prepares it once with "
                             "“annualplan server init” and names the logins that publish (docs/SERVER.md). Nothing was "
                             "changed. %2")
                              .arg(address.database, detail)
                        : tr("The plan could not be published to “%1”: %2").arg(address.toString(), detail));
    // Every login finds a plan by its name: the list is readable by all, made so by its owner.
    if (serversql::value(db, QStringLiteral("SELECT pg_get_userbyid(relowner) = current_user FROM pg_class "
                                            "WHERE oid = 'annualplan.plans'::regclass"),
                         &detail)
            .toBool()
        && (!exec(db, QStringLiteral("GRANT USAGE ON SCHEMA annualplan TO PUBLIC"), &detail)
            || !exec(db, QStringLiteral("GRANT SELECT ON annualplan.plans TO PUBLIC"), &detail)))
        return fail(tr("The plan could not be published to “%1”: %2").arg(address.toString(), detail));
    // Two plans whose names look alike ("qinghe" and "qinghe ", é in two Unicode forms) would be
    // taken for one another: a name that looks like another plan's is refused.
    {
        QSqlQuery names(db);
        if (!names.exec(QStringLiteral("SELECT name FROM annualplan.plans")))
            return fail(tr("The plan could not be published to “%1”: %2").arg(address.toString(), errorText(names.lastError())));
        while (names.next()) {
            const QString other = names.value(0).toString();
            if (other != address.plan && ServerAddress::planKey(other) == ServerAddress::planKey(address.plan))
                return fail(tr("The database has a plan named “%1”, which looks the same as “%2”; nothing was changed. "
                               "Publish under that plan's name exactly (with --replace), or choose a name unlike it.")
                                .arg(other, address.plan));
        }
    }
    // A plan published again keeps its members: login, role, department by name, and whether
    // the plan made the login.
    struct Member
    {
        QString login, role, department;
        bool madeHere = false;
    };
    QList<Member> members;
    QSet<QString> firstPasswords;   // members still on a first password (ServerFirstPassword)
    ServerNames oldNames;
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT schema_name FROM annualplan.plans WHERE name = ?"));
    existing.addBindValue(address.plan);
    if (!existing.exec())
        return fail(tr("The plan could not be published to “%1”: %2").arg(address.toString(), errorText(existing.lastError())));
    if (existing.next()) {
        if (!replace)
            return fail(tr("A plan named “%1” is on the server already; nothing was changed. Publish with --replace to "
                           "replace it, or choose another name.")
                            .arg(address.plan));
        const QString old = existing.value(0).toString();
        existing.finish();
        if (!isPlanSchema(old))
            return fail(tr("The list of plans on the server names the plan “%1” in a way AnnualPlan does not make; nothing "
                           "was changed.")
                            .arg(address.plan));
        // Another publisher's plan is that publisher's to replace (the database would refuse it in
        // its own words).
        const QString owner = serversql::value(db, QStringLiteral("SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = ?"),
                                               &detail, {old})
                                  .toString();
        if (!owner.isEmpty()
            && owner != serversql::value(db, QStringLiteral("SELECT session_user::text"), &detail).toString())
            return fail(tr("The plan “%1” on the server was published by the login “%2”: only that login may replace it. "
                           "Nothing was changed; publish under another name.")
                            .arg(address.plan, owner));
        QSqlQuery kept(db);
        if (serversql::value(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), &detail,
                             {QStringLiteral("\"%1\".member").arg(old)})
                .toBool()
            && kept.exec(QStringLiteral("SELECT m.login, m.role, coalesce(d.name, ''), %2 FROM \"%1\".member m "
                                        "LEFT JOIN \"%1\".department d ON d.id = m.department_id ORDER BY m.login")
                             .arg(old,
                                  serversql::value(db,
                                                   QStringLiteral("SELECT count(*) FROM information_schema.columns "
                                                                  "WHERE table_schema = ? AND table_name = 'member' AND column_name = 'made_here'"),
                                                   &detail, {old})
                                          .toInt()
                                      ? QStringLiteral("m.made_here")
                                      : QStringLiteral("false"))))
            while (kept.next())
                members.append({kept.value(0).toString(), kept.value(1).toString(), kept.value(2).toString(),
                                kept.value(3).toBool()});
        kept.finish();
        // Who is still on a first password stays so (format 11 and after).
        if (serversql::value(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), &detail,
                             {QStringLiteral("\"%1\".member_first_password").arg(old)})
                .toBool()
            && kept.exec(QStringLiteral("SELECT login FROM \"%1\".member_first_password").arg(old)))
            while (kept.next())
                firstPasswords.insert(kept.value(0).toString());
        kept.finish();
        // The old plan's own roles go with it (a plan of format 4 or before had none of its own).
        const bool ownRoles = serversql::value(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), &detail,
                                               {QStringLiteral("\"%1\".server_name").arg(old)})
                                  .toBool();
        if (ownRoles && !ServerNames::read(db, old, &oldNames, &detail))
            return fail(tr("The plan “%1” on the server could not be replaced: %2").arg(address.plan, detail));
        if (!exec(db, QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(old), &detail)
            || !exec(db, QStringLiteral("DELETE FROM annualplan.plans WHERE name = ?"), &detail, {address.plan}))
            return fail(tr("The plan “%1” on the server could not be replaced: %2").arg(address.plan, detail));
        for (const QString &role : {oldNames.editor, oldNames.reporter, oldNames.viewer})
            if (!role.isEmpty() && !exec(db, QStringLiteral("DROP ROLE IF EXISTS %1").arg(ServerNames::quoted(role)), &detail))
                return fail(tr("The plan “%1” on the server could not be replaced: %2").arg(address.plan, detail));
    }
    existing.finish();
    if (!exec(db, QStringLiteral("CREATE SCHEMA \"%1\"").arg(schema), &detail)
        || !exec(db, QStringLiteral("SET LOCAL search_path TO \"%1\"").arg(schema), &detail))
        return fail(tr("The plan could not be published to “%1”: %2").arg(address.toString(), detail));
    // Server schema version 1: the plan file's tables (schema version 5) in PostgreSQL's dialect.
    for (const QString &statement : schema::tables(SqlDialect::postgres(true), 5))
        if (!exec(db, statement, &detail))
            return fail(tr("The plan could not be published to “%1”: %2").arg(address.toString(), detail));
    const ServerNames names = ServerNames::fresh(schema);
    if (!upgradeSchema(db, names, 1, &detail))
        return fail(detail.contains(QLatin1String("42501"))
                        ? tr("The plan could not be published to “%1”: the login may not create the plan's roles. Give "
                             "it the right with ALTER ROLE … CREATEROLE (docs/SERVER.md). (%2)")
                              .arg(address.toString(), detail)
                        : tr("The plan could not be published to “%1”: %2").arg(address.toString(), detail));
    if (!exec(db, QStringLiteral("INSERT INTO plan (id, year, uid) VALUES (1, ?, replace(gen_random_uuid()::text, '-', ''))"),
              &detail, {content.info.year})
        || !exec(db, QStringLiteral("INSERT INTO annualplan.plans (name, schema_name, schema_version) VALUES (?, ?, ?)"),
                 &detail, {address.plan, schema, kServerSchemaVersion}))
        return fail(tr("The plan could not be published to “%1”: %2").arg(address.toString(), detail));
    if (!store->rows().writePlanInfo(content.info) || !writeContent(store->rows(), content, reports, versions, evidence))
        return fail(tr("The plan could not be published to “%1”: %2").arg(address.toString(), store->rows().lastError()));
    for (const Member &m : std::as_const(members)) {
        const std::optional<ServerRole> role = ServerRights::roleFromKey(m.role);
        const bool login = serversql::value(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin"),
                                            &detail, {m.login})
                               .toInt()
            > 0;
        if (!exec(db, QStringLiteral("INSERT INTO member (login, role, department_id, made_here) "
                                     "VALUES (?, ?, (SELECT id FROM department WHERE name = ?), ?)"),
                  &detail, {m.login, m.role, m.department, m.madeHere})
            || (firstPasswords.contains(m.login)
                && !exec(db, QStringLiteral("INSERT INTO member_first_password VALUES (?)"), &detail, {m.login}))
            || (role && login
                && !exec(db, QStringLiteral("GRANT %1 TO %2").arg(ServerNames::quoted(names.role(*role)), ServerNames::quoted(m.login)),
                         &detail)))
            return fail(tr("The plan could not be published to “%1”: %2").arg(address.toString(), detail));
    }
    if (!tx.commit(&detail))
        return fail(tr("The plan could not be published to “%1”: %2").arg(address.toString(), detail));
    return true;
}

} // namespace ap
