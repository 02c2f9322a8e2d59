// The attacks on a shared plan that got past the server's rights once, each tried again as the
// login it needs (reporter, viewer, editor, a stranger, another plan's owner) by raw SQL through
// psql or through the program, against the test command's private cluster: each must be refused by
// the database itself (or be impossible to say). And the classes that always held, so that they
// keep holding. docs/SERVER.md's threat model names what each case stands for.
#include "document/reportrequest.h"
#include "document/plandocument.h"
#include "document/reportrules.h"
#include "document/serverplans.h"
#include "models/assessmentscoremodel.h"
#include "storage/server/serverstore.h"

#include "../support/serverlogins.h"
#include "../support/testutil.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ap;
using testutil::AsLogin;
using testutil::Psql;
using testutil::psql;

namespace {

struct Login
{
    QString name, password;
};

QString newTag()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

// The sample plan published by a bureau's clerk in the bureau's own database, with two
// departments' reporters, a viewer, an editor, and a stranger who has a login on the cluster
// but no part in the plan.
struct SharedPlan
{
    QString tag = newTag();
    testutil::Bureau bureau{tag};
    QString plan;
    QString schema;
    Login jc{QStringLiteral("jc_") + tag, QStringLiteral("pjc-") + tag};        // 区卫健委基层卫生科's reporter
    Login yz{QStringLiteral("yz_") + tag, QStringLiteral("pyz-") + tag};        // 区卫健委医政科's reporter
    Login viewer{QStringLiteral("view_") + tag, QStringLiteral("pv-") + tag};
    Login editor{QStringLiteral("ed_") + tag, QStringLiteral("pe-") + tag};
    Login stranger{QStringLiteral("x_") + tag, QStringLiteral("px-") + tag};
    Id jcTask = 0, yzTask = 0;

    explicit SharedPlan(const QString &name = QString()) : plan(name.isEmpty() ? testutil::uniquePlanName(QStringLiteral("attack-")) : name)
    {
        QTemporaryDir dir;
        auto sample = testutil::openSamplePlan(dir);
        REQUIRE(sample);
        const QString file = sample->filePath();
        sample.reset();
        QString error;
        {
            AsLogin as(bureau.password);
            const bool published = ServerPlans::publish(file, at(bureau.clerk), false, &error);
            INFO(error.toStdString());
            REQUIRE(published);
            REQUIRE(ServerPlans::grant(at(bureau.clerk), jc.name, QStringLiteral("reporter"), QStringLiteral("区卫健委基层卫生科"),
                                       jc.password, &error));
            REQUIRE(ServerPlans::grant(at(bureau.clerk), yz.name, QStringLiteral("reporter"), QStringLiteral("区卫健委医政科"),
                                       yz.password, &error));
            REQUIRE(ServerPlans::grant(at(bureau.clerk), viewer.name, QStringLiteral("viewer"), QString(), viewer.password, &error));
            REQUIRE(ServerPlans::grant(at(bureau.clerk), editor.name, QStringLiteral("editor"), QString(), editor.password, &error));
        }
        psql(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(stranger.name, stranger.password));
        schema = admin(QStringLiteral("SELECT schema_name FROM annualplan.plans WHERE name = '%1'").arg(plan));
        REQUIRE_FALSE(schema.isEmpty());
        jcTask = ledBy(QStringLiteral("区卫健委基层卫生科"));
        yzTask = ledBy(QStringLiteral("区卫健委医政科"));
        REQUIRE(jcTask);
        REQUIRE(yzTask);
    }
    ServerAddress at(const QString &login) const
    {
        return testutil::parsedAddress(testutil::addressAs(login, plan, bureau.database));
    }
    // psql as login on the bureau's database, the plan's schema first in its search path.
    Psql as(const Login &login, const QString &sql) const
    {
        return testutil::psqlAs(login.name, login.password, bureau.database, schema, sql);
    }
    Psql asClerk(const QString &sql) const
    {
        return testutil::psqlAs(bureau.clerk, bureau.password, bureau.database, schema, sql);
    }
    QString admin(const QString &sql) const { return psql(sql, bureau.database); }
    Id ledBy(const QString &department) const
    {
        return admin(QStringLiteral("SELECT min(td.task_id) FROM \"%1\".task_department td JOIN \"%1\".department d ON "
                                    "d.id = td.department_id WHERE d.name = '%2' AND td.role = 'lead'")
                         .arg(schema, department))
            .toLongLong();
    }
    QString targetOf(Id task) const
    {
        return admin(QStringLiteral("SELECT min(id) FROM \"%1\".target WHERE task_id = %2").arg(schema).arg(task));
    }
    // A report by login on task for period, by hand; its id.
    QString report(const Login &login, Id task, const QString &period) const
    {
        const Psql r = as(login, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at, status) VALUES (%1, '%2', "
                                                "'2026-06-30T08:00:00.000Z', 'in_progress') RETURNING id")
                                     .arg(task)
                                     .arg(period));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out;
    }
    void lock(const QString &period) const
    {
        const Psql r = asClerk(QStringLiteral("INSERT INTO period_lock (period, locked, changed_at) VALUES ('%1', 1, "
                                              "'2026-12-31T00:00:00.000Z')")
                                   .arg(period));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
};

// Refused by the server, for the reason expected (in the server's words).
void refused(const Psql &r, const QString &because)
{
    INFO(r.err.toStdString());
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(because));
}

void accepted(const Psql &r)
{
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
}

bool skipped()
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return true;
    }
    return false;
}

} // namespace

TEST_CASE("1. Rights stay in their plan: the same plan name in another database, published by another owner, shares nothing")
{
    if (skipped())
        return;
    const QString name = testutil::uniquePlanName(QStringLiteral("twin-"));
    SharedPlan first(name), second(name);
    // Each plan has roles of its own, not named after the plan's name.
    CHECK(first.admin(QStringLiteral("SELECT string_agg(name, ',' ORDER BY key) FROM \"%1\".server_name").arg(first.schema))
          != second.admin(QStringLiteral("SELECT string_agg(name, ',' ORDER BY key) FROM \"%1\".server_name").arg(second.schema)));
    CHECK(first.admin(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE '%1\\_%'").arg(first.schema)) == QStringLiteral("0"));
    // The first plan's editor edits the first plan, and not the second.
    accepted(first.as(first.editor, QStringLiteral("UPDATE task SET title = title || '（改）' WHERE id = %1").arg(first.jcTask)));
    const Psql across = testutil::psqlAs(first.editor.name, first.editor.password, second.bureau.database, second.schema,
                                        QStringLiteral("UPDATE \"%1\".task SET title = '改掉' WHERE id = %2").arg(second.schema).arg(second.jcTask));
    refused(across, QStringLiteral("permission denied"));
    // The second owner grants the first plan's editor a viewer's part in the second plan: its
    // password is not the second owner's to set, and its part in the first plan stays.
    QString error;
    {
        AsLogin as(second.bureau.password);
        CHECK_FALSE(ServerPlans::grant(second.at(second.bureau.clerk), first.editor.name, QStringLiteral("viewer"), QString(),
                                       QStringLiteral("taken-over"), &error));
        CHECK(error.contains(QStringLiteral("was not made for this plan")));
        REQUIRE(ServerPlans::grant(second.at(second.bureau.clerk), first.editor.name, QStringLiteral("viewer"), QString(),
                                   std::nullopt, &error));
        REQUIRE(ServerPlans::revoke(second.at(second.bureau.clerk), first.editor.name, &error));
    }
    // Nor may it take a role of the first plan's as if it were a login.
    const QString firstEditors = first.admin(QStringLiteral("SELECT name FROM \"%1\".server_name WHERE key = 'editor'").arg(first.schema));
    {
        AsLogin as(second.bureau.password);
        CHECK_FALSE(ServerPlans::grant(second.at(second.bureau.clerk), firstEditors, QStringLiteral("viewer"), QString(),
                                       std::nullopt, &error));
        CHECK(error.contains(QStringLiteral("not a login")));
    }
    accepted(first.as(first.editor, QStringLiteral("UPDATE task SET title = title || '（再改）' WHERE id = %1").arg(first.jcTask)));
    CHECK(first.admin(QStringLiteral("SELECT role FROM \"%1\".member WHERE login = '%2'").arg(first.schema, first.editor.name))
          == QStringLiteral("editor"));
    // Its password is still its own: it logs in with it.
    CHECK(first.as(first.editor, QStringLiteral("SELECT 1")).out == QStringLiteral("1"));
}

TEST_CASE("1. Plans of format 4 that shared roles by name are parted when their owner opens them: the other plan's members lose the way in")
{
    if (skipped())
        return;
    const QString name = testutil::uniquePlanName(QStringLiteral("legacy-"));
    SharedPlan first(name), second(name);
    for (const SharedPlan *p : {&first, &second})
        p->admin(testutil::backToServerFormat4(p->schema));
    // As format 4 had it: the second plan's editor, by the roles both share, edits the first.
    const Psql before = testutil::psqlAs(second.editor.name, second.editor.password, first.bureau.database, first.schema,
                                        QStringLiteral("UPDATE task SET title = title WHERE id = %1").arg(first.jcTask));
    accepted(before);
    // The first plan's owner opens it: format 5, roles of its own.
    QString error;
    {
        AsLogin as(first.bureau.password);
        auto store = ServerStore::open(first.at(first.bureau.clerk), &error);
        INFO(error.toStdString());
        REQUIRE(store);
        CHECK(store->serverSchemaVersion() == ServerStore::kServerSchemaVersion);
    }
    refused(testutil::psqlAs(second.editor.name, second.editor.password, first.bureau.database, first.schema,
                             QStringLiteral("UPDATE \"%1\".task SET title = '改掉' WHERE id = %2").arg(first.schema).arg(first.jcTask)),
            QStringLiteral("permission denied"));
    // Its own members keep their parts.
    accepted(first.as(first.editor, QStringLiteral("UPDATE task SET title = title WHERE id = %1").arg(first.jcTask)));
    first.report(first.jc, first.jcTask, QStringLiteral("2026Q1"));
    refused(first.as(first.viewer, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '2026Q1', "
                                                  "'2026-03-31T00:00:00.000Z')")
                                       .arg(first.jcTask)),
            QStringLiteral("permission denied"));
}

TEST_CASE("2. A correction replaces a report of its own task and department only, never one in a locked period")
{
    if (skipped())
        return;
    SharedPlan p;
    const QString theirs = p.report(p.yz, p.yzTask, QStringLiteral("2026Q1"));
    // Hiding the other department's report behind a correction of one's own task: refused.
    refused(p.as(p.jc, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at, supersedes_id) VALUES (%1, '2026Q1', "
                                      "'2026-03-31T00:00:00.000Z', %2)")
                           .arg(p.jcTask)
                           .arg(theirs)),
            QStringLiteral("own task and department"));
    // Its own report corrected: accepted; once the period is locked, not.
    const QString own = p.report(p.jc, p.jcTask, QStringLiteral("2026Q1"));
    accepted(p.as(p.jc, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at, supersedes_id) VALUES (%1, '2026Q2', "
                                       "'2026-06-30T00:00:00.000Z', %2)")
                            .arg(p.jcTask)
                            .arg(own)));
    const QString early = p.report(p.jc, p.jcTask, QStringLiteral("2026-02"));
    p.lock(QStringLiteral("2026Q1"));
    refused(p.as(p.jc, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at, supersedes_id) VALUES (%1, '2026Q2', "
                                      "'2026-06-30T00:00:00.000Z', %2)")
                           .arg(p.jcTask)
                           .arg(early)),
            QStringLiteral("is locked"));
    // The other department's report is as it was: nothing supersedes it.
    CHECK(p.admin(QStringLiteral("SELECT count(*) FROM \"%1\".checkin WHERE supersedes_id = %2").arg(p.schema, theirs))
          == QStringLiteral("0"));
}

TEST_CASE("3. No report gets into a locked period: not from an earlier snapshot, not past a temporary table, and psql's own path finds the lock")
{
    if (skipped())
        return;
    SharedPlan p;
    // A REPEATABLE READ transaction that took its snapshot before the lock...
    QProcess reporter;
    testutil::startPsqlAs(reporter, p.jc.name, p.jc.password, p.bureau.database, p.schema);
    reporter.write("BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM period_lock;\n");
    REQUIRE(QTest::qWaitFor([&] { return reporter.canReadLine() || reporter.state() == QProcess::NotRunning; }, 60000));
    CHECK(reporter.readLine().trimmed() == "0");
    // ...then the lock, committed...
    p.lock(QStringLiteral("2026Q3"));
    // ...then its report: refused.
    reporter.write(QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '2026Q3', "
                                  "'2026-09-30T00:00:00.000Z');\nCOMMIT;\n")
                       .arg(p.jcTask)
                       .toUtf8());
    reporter.closeWriteChannel();
    refused(testutil::finished(reporter), QStringLiteral("READ COMMITTED"));
    // A temporary table of the same name does not stand in for the plan's locks.
    refused(p.as(p.jc, QStringLiteral("CREATE TEMP TABLE period_lock (period text, locked int); "
                                      "SET search_path TO pg_temp, \"%1\"; "
                                      "INSERT INTO checkin (task_id, period, entered_at) VALUES (%2, '2026Q3', '2026-09-30T00:00:00.000Z')")
                           .arg(p.schema)
                           .arg(p.jcTask)),
            QStringLiteral("is locked"));
    // psql with its default search path: the lock is found (not "relation does not exist"), and an
    // open period takes the report.
    refused(testutil::psqlAs(p.jc.name, p.jc.password, p.bureau.database, QString(),
                             QStringLiteral("INSERT INTO \"%1\".checkin (task_id, period, entered_at) VALUES (%2, '2026Q3', "
                                            "'2026-09-30T00:00:00.000Z')")
                                 .arg(p.schema)
                                 .arg(p.jcTask)),
            QStringLiteral("is locked"));
    accepted(testutil::psqlAs(p.jc.name, p.jc.password, p.bureau.database, QString(),
                              QStringLiteral("INSERT INTO \"%1\".checkin (task_id, period, entered_at) VALUES (%2, '2026Q2', "
                                             "'2026-06-30T00:00:00.000Z')")
                                  .arg(p.schema)
                                  .arg(p.jcTask)));
    CHECK(p.admin(QStringLiteral("SELECT count(*) FROM \"%1\".checkin WHERE period = '2026Q3'").arg(p.schema)) == QStringLiteral("0"));
}

TEST_CASE("4. A report's figures go to its own task's targets only, and never to a report in a locked period")
{
    if (skipped())
        return;
    SharedPlan p;
    const QString own = p.report(p.jc, p.jcTask, QStringLiteral("2026Q2"));
    refused(p.as(p.jc, QStringLiteral("INSERT INTO checkin_value VALUES (%1, %2, 5)").arg(own, p.targetOf(p.yzTask))),
            QStringLiteral("own task's targets"));
    accepted(p.as(p.jc, QStringLiteral("INSERT INTO checkin_value VALUES (%1, %2, 5)").arg(own, p.targetOf(p.jcTask))));
    const QString second = p.report(p.jc, p.jcTask, QStringLiteral("2026-05"));
    p.lock(QStringLiteral("2026Q2"));
    refused(p.as(p.jc, QStringLiteral("INSERT INTO checkin_value VALUES (%1, %2, 6)").arg(second, p.targetOf(p.jcTask))),
            QStringLiteral("is locked"));
    // Nor does an editor put one task's figure on another's target.
    const QString byEditor = p.as(p.editor, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '2026Q3', "
                                                            "'2026-09-30T00:00:00.000Z') RETURNING id")
                                                 .arg(p.yzTask))
                                 .out;
    refused(p.as(p.editor, QStringLiteral("INSERT INTO checkin_value VALUES (%1, %2, 5)").arg(byEditor, p.targetOf(p.jcTask))),
            QStringLiteral("own task's targets"));
}

TEST_CASE("5. An entry time sent by a member is replaced by the server's, a malformed one is refused, and every copy reads the plan")
{
    if (skipped())
        return;
    SharedPlan p;
    const Psql forged = p.as(p.jc, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '2026Q1', "
                                                  "'9999-12-31T23:59:59 forged') RETURNING entered_at")
                                       .arg(p.jcTask));
    accepted(forged);
    const QString year = QString::number(QDate::currentDate().year());
    CHECK(forged.out.startsWith(year));
    CHECK(forged.out.endsWith(QLatin1Char('Z')));
    const Psql byEditor = p.as(p.editor, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '2026Q1', "
                                                        "'1999-01-01T00:00:00.000Z') RETURNING entered_at")
                                             .arg(p.yzTask));
    accepted(byEditor);
    CHECK(byEditor.out.startsWith(year));
    // The owner's own writing keeps the times it brings (a published history), in the one form.
    refused(p.asClerk(QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '2026Q1', "
                                     "'9999-12-31T23:59:59 forged')")
                          .arg(p.jcTask)),
            QStringLiteral("checkin_entered_at_form"));
    refused(p.asClerk(QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '2026Q1', "
                                     "'2026-02-30T08:00:00.000Z')")
                          .arg(p.jcTask)),
            QStringLiteral("out of range"));
    // Nor may anyone change it afterwards.
    accepted(p.as(p.editor, QStringLiteral("UPDATE checkin SET entered_at = 'forged' WHERE task_id = %1").arg(p.jcTask)));
    CHECK(p.admin(QStringLiteral("SELECT count(*) FROM \"%1\".checkin WHERE entered_at = 'forged'").arg(p.schema)) == QStringLiteral("0"));
    QTemporaryDir dir;
    QString error;
    for (const Login &who : {Login{p.bureau.clerk, p.bureau.password}, p.jc}) {
        AsLogin as(who.password);
        const QString file = dir.filePath(who.name + QStringLiteral(".aplan"));
        const bool copied = ServerPlans::copy(p.at(who.name), file, &error);
        INFO(error.toStdString());
        CHECK(copied);
    }
}

TEST_CASE("6. No password is in the server's log, the home folder or any output, and none goes out unencrypted unasked")
{
    if (skipped())
        return;
    SharedPlan p;
    const QString secret = QStringLiteral("Secret-") + newTag() + QStringLiteral("-口令");
    QTemporaryDir home;
    const QHash<QString, QString> env = {{QStringLiteral("PGPASSWORD"), p.bureau.password},
                                         {QStringLiteral("HOME"), home.path()},
                                         {QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config"))}};
    const QString address = testutil::addressAs(p.bureau.clerk, p.plan, p.bureau.database);
    const QString login = QStringLiteral("new_") + p.tag;
    QList<testutil::CliResult> runs;
    // A login made with its password, its password changed, and a grant that fails.
    runs << testutil::runCli({QStringLiteral("grant"), address, QStringLiteral("--login"), login, QStringLiteral("--role"),
                              QStringLiteral("viewer"), QStringLiteral("--password-stdin")},
                             "zh_CN.UTF-8", env, (secret + QStringLiteral("\n")).toUtf8());
    CHECK(runs.last().code == 0);
    runs << testutil::runCli({QStringLiteral("grant"), address, QStringLiteral("--login"), login, QStringLiteral("--role"),
                              QStringLiteral("viewer"), QStringLiteral("--password-stdin")},
                             "zh_CN.UTF-8", env, (secret + QStringLiteral("2\n")).toUtf8());
    CHECK(runs.last().code == 0);
    runs << testutil::runCli({QStringLiteral("grant"), address, QStringLiteral("--login"), login, QStringLiteral("--role"),
                              QStringLiteral("reporter"), QStringLiteral("--department"), QStringLiteral("区不存在科"),
                              QStringLiteral("--password-stdin")},
                             "zh_CN.UTF-8", env, (secret + QStringLiteral("3\n")).toUtf8());
    CHECK(runs.last().code != 0);
    // The login works with the changed password, and the server keeps a verifier only.
    CHECK(testutil::psqlAs(login, secret + QStringLiteral("2"), p.bureau.database, p.schema, QStringLiteral("SELECT 1")).out
          == QStringLiteral("1"));
    CHECK(psql(QStringLiteral("SELECT left(rolpassword, 14) FROM pg_authid WHERE rolname = '%1'").arg(login))
          == QStringLiteral("SCRAM-SHA-256$"));
    // An address with a password is refused without repeating it.
    runs << testutil::runCli({QStringLiteral("status"), address + QStringLiteral("&password=") + secret}, "zh_CN.UTF-8", env);
    CHECK(runs.last().code != 0);
    QString error;
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://u:%1@db.example/plans?plan=x").arg(secret), &error));
    CHECK_FALSE(error.contains(secret));
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://u@db.example/plans?plan=x&password=%1").arg(secret), &error));
    CHECK_FALSE(error.contains(secret));
    for (const testutil::CliResult &r : std::as_const(runs)) {
        CHECK_FALSE(r.out.contains(secret));
        CHECK_FALSE(r.err.contains(secret));
    }
    // The server's log (DDL logged, as scripts/pg-cluster.sh runs it) has no password.
    QFile log(qEnvironmentVariable("ANNUALPLAN_PG_DIR") + QStringLiteral("/server.log"));
    if (log.open(QIODevice::ReadOnly)) {
        const QByteArray text = log.readAll();
        CHECK(text.contains(login.toUtf8()));   // the grants are in it...
        CHECK_FALSE(text.contains(secret.toUtf8()));   // ...their password is not
        CHECK_FALSE(text.contains(p.jc.password.toUtf8()));
    } else {
        WARN("no server log at $ANNUALPLAN_PG_DIR/server.log: that check skipped");
    }
    // Nor does any file the runs left in the home folder; the settings file is the user's alone.
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    bool settings = false;
    while (files.hasNext()) {
        QFile f(files.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK_FALSE(f.readAll().contains(secret.toUtf8()));
        if (f.fileName().endsWith(QLatin1String(".conf"))) {
            settings = true;
            CHECK(f.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
        }
    }
    CHECK(settings);
    // A server elsewhere is asked for TLS unless the address says otherwise, and then warned about.
    const ServerAddress away = testutil::parsedAddress(QStringLiteral("postgresql://clerk@db.example/plans?plan=x"));
    CHECK_FALSE(away.sendsInClear());
    CHECK(ServerStore::connectionOptions(away).contains(QStringLiteral("sslmode=require")));
    CHECK_FALSE(ServerStore::connectionOptions(testutil::parsedAddress(address)).join(QLatin1Char(' ')).contains(QStringLiteral("sslmode")));
    const ServerAddress clear = testutil::parsedAddress(QStringLiteral("postgresql://clerk@db.example/plans?plan=x&sslmode=disable"));
    CHECK(clear.sendsInClear());
    const testutil::CliResult warned = testutil::runCli(
        {QStringLiteral("status"), QStringLiteral("postgresql://clerk@127.0.0.1:1/plans?plan=x&sslmode=disable")}, "zh_CN.UTF-8", env);
    CHECK_FALSE(warned.err.contains(QStringLiteral("未加密")));   // this machine: no warning
    const testutil::CliResult away2 = testutil::runCli(
        {QStringLiteral("status"), QStringLiteral("postgresql://clerk@192.0.2.1/plans?plan=x&sslmode=disable&connect_timeout=1")},
        "zh_CN.UTF-8", env);
    CHECK(away2.err.contains(QStringLiteral("未加密")));
}

TEST_CASE("7. A locked quarter closes its months, and a period is written only in the program's form")
{
    if (skipped())
        return;
    SharedPlan p;
    p.lock(QStringLiteral("2026Q1"));
    refused(p.as(p.jc, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '2026-03', "
                                      "'2026-03-31T00:00:00.000Z')")
                           .arg(p.jcTask)),
            QStringLiteral("is locked"));
    accepted(p.as(p.jc, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '2026-04', "
                                       "'2026-04-30T00:00:00.000Z')")
                            .arg(p.jcTask)));
    // A month's lock closes its quarter's report too.
    p.lock(QStringLiteral("2026-05"));
    refused(p.as(p.jc, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '2026Q2', "
                                      "'2026-06-30T00:00:00.000Z')")
                           .arg(p.jcTask)),
            QStringLiteral("is locked"));
    for (const QString &period : {QStringLiteral("2026q1"), QStringLiteral("2026Q1 "), QStringLiteral("２０２６Q1"),
                                  QStringLiteral("2026-13"), QStringLiteral("2026Q5")}) {
        INFO(period.toStdString());
        refused(p.as(p.jc, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '%2', "
                                          "'2026-03-31T00:00:00.000Z')")
                               .arg(p.jcTask)
                               .arg(period)),
                QStringLiteral("checkin_period_form"));
        refused(p.asClerk(QStringLiteral("INSERT INTO period_lock (period, locked, changed_at) VALUES ('%1', 1, '2026-12-31T00:00:00.000Z')")
                              .arg(period)),
                QStringLiteral("period_lock_period_form"));
    }
    // The program says the same before it asks the server.
    PlanData plan = testutil::smallPlan();
    ProgressReport c;
    c.taskId = plan.tasks.begin().key();
    c.period = QStringLiteral("%1-03").arg(plan.info.year);
    QString error;
    const QHash<QString, PeriodLock> locks = {{QStringLiteral("%1Q1").arg(plan.info.year),
                                               {QStringLiteral("%1Q1").arg(plan.info.year), true, QDateTime::currentDateTimeUtc(), QString()}}};
    CHECK_FALSE(ReportRules::admit(plan, locks, &c, &error));
    CHECK(error.contains(QStringLiteral("Q1")));
}

TEST_CASE("8. Text past 20,000 characters is refused, and a stranger can neither read a plan's channel nor reach its windows")
{
    if (skipped())
        return;
    SharedPlan p;
    refused(p.as(p.jc, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at, progress) VALUES (%1, '2026Q1', "
                                      "'2026-03-31T00:00:00.000Z', repeat('长', 20001))")
                           .arg(p.jcTask)),
            QStringLiteral("checkin_progress_length"));
    accepted(p.as(p.jc, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at, progress) VALUES (%1, '2026Q1', "
                                       "'2026-03-31T00:00:00.000Z', repeat('长', 20000))")
                            .arg(p.jcTask)));
    refused(p.as(p.editor, QStringLiteral("UPDATE task SET notes = repeat('x', 30000000) WHERE id = %1").arg(p.jcTask)),
            QStringLiteral("task_notes_length"));
    refused(p.as(p.stranger, QStringLiteral("SELECT name FROM \"%1\".server_name").arg(p.schema)), QStringLiteral("permission denied"));
    // A window listening: a stranger's NOTIFY on the plan's schema name reaches nothing; a real
    // change is told.
    QString error;
    AsLogin as(p.bureau.password);
    auto store = ServerStore::open(p.at(p.bureau.clerk), &error);
    REQUIRE(store);
    CHECK(store->channel() != p.schema);
    QObject receiver;
    QStringList told;
    store->watchChanges(&receiver, [&](const QString &table) { told << table; });
    accepted(p.as(p.stranger, QStringLiteral("NOTIFY \"%1\", 'task'").arg(p.schema)));
    p.report(p.jc, p.jcTask, QStringLiteral("2026Q2"));
    REQUIRE(QTest::qWaitFor([&] { return !told.isEmpty(); }, 60000));
    CHECK(told == QStringList{QStringLiteral("checkin")});
}

TEST_CASE("9. NaN and infinity are refused in percents, figures and targets")
{
    if (skipped())
        return;
    SharedPlan p;
    for (const QString &bad : {QStringLiteral("NaN"), QStringLiteral("Infinity"), QStringLiteral("-Infinity")}) {
        INFO(bad.toStdString());
        CHECK(p.as(p.jc, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at, percent) VALUES (%1, '2026Q1', "
                                        "'2026-03-31T00:00:00.000Z', '%2')")
                             .arg(p.jcTask)
                             .arg(bad))
                  .exitCode
              != 0);
        const QString own = p.report(p.jc, p.jcTask, QStringLiteral("2026Q1"));
        refused(p.as(p.jc, QStringLiteral("INSERT INTO checkin_value VALUES (%1, %2, '%3')").arg(own, p.targetOf(p.jcTask), bad)),
                QStringLiteral("checkin_value_actual_finite"));
        refused(p.as(p.editor, QStringLiteral("UPDATE target SET value = '%1' WHERE task_id = %2").arg(bad).arg(p.jcTask)),
                QStringLiteral("target_value_finite"));
    }
    // The program refuses them too.
    PlanData plan = testutil::smallPlan();
    ProgressReport c;
    c.taskId = plan.tasks.begin().key();
    c.period = QStringLiteral("%1Q1").arg(plan.info.year);
    c.percent = std::numeric_limits<double>::quiet_NaN();
    QString error;
    CHECK_FALSE(ReportRules::admit(plan, {}, &c, &error));
}

TEST_CASE("10. An address opens what it shows, a login's name is whole, a non-member is told so, and look-alike plans are refused")
{
    if (skipped())
        return;
    QString error;
    for (const QString &text :
         {QStringLiteral("postgresql://clerk@db.example/plans?plan=p&application_name=x%20dbname=plans2%20user=clerk2"),
          QStringLiteral("postgresql://clerk@db.example/plans?plan=p&dbname=plans2"),
          QStringLiteral("postgresql://clerk@db.example/plans?plan=p&options=-csearch_path%3Dx"),
          QStringLiteral("postgresql://clerk@db.example/plans?plan=p&sslrootcert=a;dbname=x"),
          QStringLiteral("postgresql://clerk@db.example/plans?plan=p&sslrootcert=a%20b"),
          QStringLiteral("postgresql://clerk@db.example/plans?plan=p&sslmode=whatever"),
          QStringLiteral("postgresql://%1@db.example/plans?plan=p").arg(QString(70, QLatin1Char('a')))}) {
        INFO(text.toStdString());
        CHECK_FALSE(ServerAddress::parse(text, &error));
    }
    const std::optional<ServerAddress> fine =
        ServerAddress::parse(QStringLiteral("postgresql://clerk@db.example/plans?plan=%20qinghe%20&sslmode=verify-full"), &error);
    REQUIRE(fine);
    CHECK(fine->plan == QStringLiteral("qinghe"));
    SharedPlan p;
    // A login of 70 characters would be cut to 63 by the server: refused before anything is made.
    const QString longLogin = QStringLiteral("l") + p.tag + QString(61, QLatin1Char('x'));
    {
        AsLogin as(p.bureau.password);
        CHECK_FALSE(ServerPlans::grant(p.at(p.bureau.clerk), longLogin, QStringLiteral("viewer"), QString(), QStringLiteral("pw"), &error));
        CHECK(error.contains(QStringLiteral("63")));
    }
    CHECK(psql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'l%1%%'").arg(p.tag)) == QStringLiteral("0"));
    // A stranger opening the plan is told it is not a member.
    {
        AsLogin as(p.stranger.password);
        CHECK_FALSE(ServerStore::open(p.at(p.stranger.name), &error));
        CHECK(error.contains(QStringLiteral("not a member")));
    }
    // Look-alike names: the same name in another case, or composed otherwise, is refused.
    QTemporaryDir dir;
    const QString file = testutil::smallPlanFile(dir);
    const QString decomposed = p.plan + QStringLiteral("-e\u0301");
    const QString composed = p.plan + QStringLiteral("-\u00e9");
    {
        AsLogin as(p.bureau.password);
        REQUIRE(ServerPlans::publish(file, testutil::parsedAddress(testutil::addressAs(p.bureau.clerk, decomposed, p.bureau.database)),
                                     false, &error));
        CHECK_FALSE(ServerPlans::publish(
            file, testutil::parsedAddress(testutil::addressAs(p.bureau.clerk, p.plan.toUpper(), p.bureau.database)), false, &error));
        CHECK(error.contains(p.plan));
    }
    CHECK(p.admin(QStringLiteral("SELECT count(*) FROM annualplan.plans WHERE name = '%1'").arg(composed)) == QStringLiteral("1"));
}

TEST_CASE("What always held still holds: by hand, each member and a stranger get no further than their part")
{
    if (skipped())
        return;
    SharedPlan p;
    const QString report = p.report(p.jc, p.jcTask, QStringLiteral("2026Q1"));
    const QString editors = p.admin(QStringLiteral("SELECT name FROM \"%1\".server_name WHERE key = 'editor'").arg(p.schema));
    const QStringList everyoneRefused = {
        QStringLiteral("TRUNCATE checkin"),
        QStringLiteral("INSERT INTO member (login, role) VALUES (session_user, 'editor')"),
        QStringLiteral("UPDATE member SET role = 'editor'"),
        QStringLiteral("UPDATE server_name SET name = 'x'"),
        QStringLiteral("GRANT \"%1\" TO session_user").arg(editors),
        QStringLiteral("ALTER TABLE checkin DISABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE checkin DISABLE TRIGGER ALL"),
        QStringLiteral("CREATE TABLE \"%1\".sneak (x int)").arg(p.schema),
        QStringLiteral("CREATE OR REPLACE FUNCTION \"%1\".reports_only() RETURNS boolean LANGUAGE sql AS 'SELECT false'").arg(p.schema),
    };
    for (const Login &who : {p.jc, p.viewer, p.editor, p.stranger})
        for (const QString &sql : everyoneRefused) {
            INFO(who.name.toStdString() << ": " << sql.toStdString());
            CHECK(p.as(who, sql).exitCode != 0);
        }
    for (const Login &who : {p.jc, p.viewer, p.stranger}) {
        INFO(who.name.toStdString());
        CHECK(p.as(who, QStringLiteral("DELETE FROM checkin")).exitCode != 0);
        CHECK(p.as(who, QStringLiteral("SET ROLE \"%1\"").arg(editors)).exitCode != 0);
        CHECK(p.as(who, QStringLiteral("UPDATE task SET title = 'x'")).exitCode != 0);
        CHECK(p.as(who, QStringLiteral("UPDATE checkin SET percent = 100 WHERE id = %1").arg(report)).exitCode != 0);
    }
    // Another department's task, another department's name, someone else's name on a report.
    refused(p.as(p.jc, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '2026Q1', "
                                      "'2026-03-31T00:00:00.000Z')")
                           .arg(p.yzTask)),
            QStringLiteral("row-level security"));
    const Psql named = p.as(p.jc, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at, entered_by) VALUES (%1, '2026Q1', "
                                                 "'2026-03-31T00:00:00.000Z', '%2') RETURNING entered_by")
                                      .arg(p.jcTask)
                                      .arg(p.yz.name));
    CHECK(named.out == p.jc.name);
    // Names with quotes and dollar signs stay names.
    const QString odd = QStringLiteral("o'd$$\"d_") + p.tag;
    QString error;
    {
        AsLogin as(p.bureau.password);
        CHECK(ServerPlans::grant(p.at(p.bureau.clerk), odd, QStringLiteral("viewer"), QString(), QStringLiteral("pw'$$"), &error));
    }
    CHECK(psql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(QString(odd).replace(QLatin1Char('\''), QStringLiteral("''"))))
          == QStringLiteral("1"));
}

TEST_CASE("11. A unit's self-assessment is its own: its own tasks, its own columns, within the task's points, never once published")
{
    if (skipped())
        return;
    SharedPlan p;
    accepted(p.asClerk(QStringLiteral("INSERT INTO task_assessment (task_id, points, rule) SELECT id, 5, 'done' FROM task")));
    const QString jcDept = p.admin(QStringLiteral("SELECT department_id FROM \"%1\".member WHERE login = '%2'").arg(p.schema, p.jc.name));
    const QString yzDept = p.admin(QStringLiteral("SELECT department_id FROM \"%1\".member WHERE login = '%2'").arg(p.schema, p.yz.name));
    auto self = [&](const Login &login, Id task, const QString &dept, const QString &points) {
        return p.as(login, QStringLiteral("INSERT INTO assessment_mark (task_id, department_id, self_points, self_note) "
                                          "VALUES (%1, %2, %3, '自评') ON CONFLICT (task_id, department_id) DO UPDATE "
                                          "SET self_points = excluded.self_points")
                               .arg(task)
                               .arg(dept, points));
    };
    accepted(self(p.jc, p.jcTask, jcDept, QStringLiteral("4.5")));
    // Another unit's task, or its own task under another unit's name: row-level security refuses.
    refused(self(p.jc, p.yzTask, yzDept, QStringLiteral("5")), QStringLiteral("row-level security"));
    refused(self(p.jc, p.jcTask, yzDept, QStringLiteral("5")), QStringLiteral("row-level security"));
    // The bureau's review is not the unit's to write, nor to clear.
    refused(p.as(p.jc, QStringLiteral("UPDATE assessment_mark SET review_points = 5 WHERE task_id = %1").arg(p.jcTask)),
            QStringLiteral("permission denied"));
    refused(p.as(p.jc, QStringLiteral("DELETE FROM assessment_mark WHERE task_id = %1").arg(p.jcTask)),
            QStringLiteral("permission denied"));
    // More than the task is worth, or not a number: refused.
    refused(self(p.jc, p.jcTask, jcDept, QStringLiteral("6")), QStringLiteral("points above"));
    refused(self(p.jc, p.jcTask, jcDept, QStringLiteral("'NaN'")), QStringLiteral("points above"));
    // A viewer and a stranger write none.
    refused(self(p.viewer, p.jcTask, jcDept, QStringLiteral("1")), QStringLiteral("permission denied"));
    refused(self(p.stranger, p.jcTask, jcDept, QStringLiteral("1")), QStringLiteral("does not exist"));
    // The review by the bureau's editor: accepted; then the result is published and nothing changes.
    accepted(p.as(p.editor, QStringLiteral("UPDATE assessment_mark SET review_points = 4, review_reason = '台账不全' "
                                           "WHERE task_id = %1")
                                .arg(p.jcTask)));
    accepted(p.asClerk(QStringLiteral("UPDATE plan SET assessment_published = 1")));
    refused(self(p.jc, p.jcTask, jcDept, QStringLiteral("5")), QStringLiteral("published"));
    refused(p.as(p.editor, QStringLiteral("UPDATE assessment_mark SET review_points = 5 WHERE task_id = %1").arg(p.jcTask)),
            QStringLiteral("published"));
    CHECK(p.admin(QStringLiteral("SELECT self_points || '/' || review_points FROM \"%1\".assessment_mark WHERE task_id = %2")
                      .arg(p.schema)
                      .arg(p.jcTask))
          == QStringLiteral("4.5/4"));
    // A task's removal still takes its marks with it.
    accepted(p.asClerk(QStringLiteral("DELETE FROM task WHERE id = %1").arg(p.jcTask)));
    CHECK(p.admin(QStringLiteral("SELECT count(*) FROM \"%1\".assessment_mark").arg(p.schema)) == QStringLiteral("0"));
}

TEST_CASE("11. Through the program, a reporter's window gives its own unit's self-assessment only")
{
    if (skipped())
        return;
    SharedPlan p;
    accepted(p.asClerk(QStringLiteral("INSERT INTO task_assessment (task_id, points, rule) SELECT id, 5, 'done' FROM task")));
    {
        AsLogin as(p.jc.password);
        QString error;
        auto doc = PlanDocument::open(PlanLocation::server(p.at(p.jc.name)), PlanDocument::Mode::ReadWrite, &error);
        INFO(error.toStdString());
        REQUIRE(doc);
        CHECK(doc->isReadOnly());
        const Id own = doc->reportingDepartment();
        REQUIRE(own != 0);
        CHECK(doc->addSelfAssessment({p.jcTask, own, 3, QStringLiteral("基本完成"), std::nullopt, QString()}));
        const Id other = doc->plan().tasks.value(p.yzTask).departmentIds(DepartmentRole::Lead).value(0);
        CHECK_FALSE(doc->addSelfAssessment({p.yzTask, other, 5, QString(), std::nullopt, QString()}));
        CHECK_FALSE(doc->lastError().isEmpty());
        // The window's table offers the same: its own unit's 自评 typed in, never the 复核, never another unit's.
        AssessmentScoreModel scores(doc.get());
        scores.setUnit(own);
        REQUIRE(scores.rowCount() > 0);
        CHECK(scores.flags(scores.index(0, AssessmentScoreModel::SelfColumn)) & Qt::ItemIsEditable);
        CHECK_FALSE(scores.flags(scores.index(0, AssessmentScoreModel::ReviewColumn)) & Qt::ItemIsEditable);
        CHECK(scores.setData(scores.index(0, AssessmentScoreModel::SelfNoteColumn), QStringLiteral("已上传佐证")));
        scores.setUnit(other);
        REQUIRE(scores.rowCount() > 0);
        CHECK_FALSE(scores.flags(scores.index(0, AssessmentScoreModel::SelfColumn)) & Qt::ItemIsEditable);
    }
    CHECK(p.admin(QStringLiteral("SELECT count(*) || ':' || max(self_points) FROM \"%1\".assessment_mark").arg(p.schema))
          == QStringLiteral("1:3"));
    CHECK(p.admin(QStringLiteral("SELECT self_note FROM \"%1\".assessment_mark").arg(p.schema)) == QStringLiteral("已上传佐证"));
}

TEST_CASE("12. A saved version is the server's record: members read it, only editors save one, the server says who and when (the owner's published ones keep theirs), no one changes it")
{
    if (skipped())
        return;
    SharedPlan p;
    const QString insert = QStringLiteral("INSERT INTO plan_version (name, saved_at, saved_by) VALUES ('印发版', '1999-01-01T00:00:00Z', '%1') "
                                          "RETURNING id");
    // A reporter, a viewer and a stranger save none, and give no reasons.
    refused(p.as(p.jc, insert.arg(p.editor.name)), QStringLiteral("permission denied"));
    refused(p.as(p.viewer, insert.arg(p.editor.name)), QStringLiteral("permission denied"));
    refused(p.as(p.stranger, insert.arg(p.editor.name)), QStringLiteral("does not exist"));
    // An editor saves one in another's name and at another time: the server writes its own.
    const Psql saved = p.as(p.editor, insert.arg(p.jc.name));
    accepted(saved);
    const QString id = saved.out.section(QLatin1Char('\n'), 0, 0).trimmed();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(p.admin(QStringLiteral("SELECT saved_by FROM \"%1\".plan_version WHERE id = %2").arg(p.schema, id)) == p.editor.name);
    CHECK_FALSE(p.admin(QStringLiteral("SELECT saved_at FROM \"%1\".plan_version WHERE id = %2").arg(p.schema, id))
                    .startsWith(QStringLiteral("1999")));
    // The plan's owner, who owns the tables and could change any row anyway, keeps the time and
    // saver a version brings (publishing a file's versions does so); one without a time gets the server's.
    const Psql carried = p.asClerk(insert.arg(QString()));
    accepted(carried);
    const QString carriedId = carried.out.section(QLatin1Char('\n'), 0, 0).trimmed();
    CHECK(p.admin(QStringLiteral("SELECT saved_at || '|' || saved_by FROM \"%1\".plan_version WHERE id = %2").arg(p.schema, carriedId))
          == QStringLiteral("1999-01-01T00:00:00Z|"));
    const Psql fresh = p.asClerk(QStringLiteral("INSERT INTO plan_version (name, saved_at, saved_by) VALUES ('调整版', NULL, '') RETURNING id"));
    accepted(fresh);
    const QString freshId = fresh.out.section(QLatin1Char('\n'), 0, 0).trimmed();
    CHECK_FALSE(p.admin(QStringLiteral("SELECT saved_at FROM \"%1\".plan_version WHERE id = %2").arg(p.schema, freshId))
                    .startsWith(QStringLiteral("1999")));
    CHECK_FALSE(p.admin(QStringLiteral("SELECT saved_by FROM \"%1\".plan_version WHERE id = %2").arg(p.schema, freshId)).isEmpty());
    accepted(p.as(p.editor, QStringLiteral("INSERT INTO plan_version_part (version_id, position, content) VALUES (%1, 0, '\\x00')").arg(id)));
    refused(p.as(p.jc, QStringLiteral("INSERT INTO adjustment_reason (version_id, item, reason) VALUES (%1, 'task:1', '理由')").arg(id)),
            QStringLiteral("permission denied"));
    accepted(p.as(p.editor, QStringLiteral("INSERT INTO adjustment_reason (version_id, item, reason) VALUES (%1, 'task:1', '理由')").arg(id)));
    // Every member reads it.
    accepted(p.as(p.viewer, QStringLiteral("SELECT name FROM plan_version")));
    accepted(p.as(p.jc, QStringLiteral("SELECT content FROM plan_version_part")));
    // No one changes a saved version, the plan's owner included; an editor may remove one whole.
    refused(p.as(p.editor, QStringLiteral("UPDATE plan_version SET name = '改名' WHERE id = %1").arg(id)),
            QStringLiteral("permission denied"));
    refused(p.asClerk(QStringLiteral("UPDATE plan_version SET name = '改名' WHERE id = %1").arg(id)), QStringLiteral("never changed"));
    refused(p.asClerk(QStringLiteral("UPDATE plan_version_part SET content = '\\x01' WHERE version_id = %1").arg(id)),
            QStringLiteral("never changed"));
    refused(p.as(p.jc, QStringLiteral("DELETE FROM plan_version WHERE id = %1").arg(id)), QStringLiteral("permission denied"));
    accepted(p.as(p.editor, QStringLiteral("DELETE FROM plan_version WHERE id = %1").arg(id)));
    CHECK(p.admin(QStringLiteral("SELECT count(*) FROM \"%1\".adjustment_reason").arg(p.schema)) == QStringLiteral("0"));
}
