// Plans on a PostgreSQL server: the private cluster scripts/pg-cluster.sh starts for the test run
// (ANNUALPLAN_TEST_PG names its database). Published and copied back a plan is the same plan, SQL
// in its words kept as words; an existing plan is replaced only when asked; a newer server schema
// is refused; and the file's write steps work on the server as they do on the file.
#include "document/reportrequest.h"
#include "document/commands.h"
#include "document/plandocument.h"
#include "document/reportsession.h"
#include "document/serverplans.h"
#include "io/planjson.h"
#include "storage/file/planstore.h"
#include "storage/server/serverstore.h"

#include "../support/serverlogins.h"
#include "../support/testutil.h"

#include <QSet>
#include <QSignalSpy>
#include <QElapsedTimer>
#include <QTest>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>
#include <QTemporaryDir>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace ap;

namespace {

// The test database's address, without ?plan=; empty (and the test skipped) where no cluster runs.
QString database()
{
    return testutil::testDatabase();
}

// An address for a plan of its own in each test, so that tests never see each other's plans.
QString address(const QString &plan)
{
    return testutil::serverPlanAddress(plan);
}

using testutil::uniquePlanName;

ServerAddress parsed(const QString &text)
{
    return testutil::parsedAddress(text);
}

using testutil::psql;

using testutil::AsLogin;
using testutil::finished;
using testutil::Psql;
using testutil::psqlAs;
using testutil::startPsqlAs;

QString addressAs(const QString &login, const QString &plan)
{
    return testutil::addressAs(login, plan);
}

// The sample plan as a plan file holds it (every task and target with its id), with words a
// careless server would run as SQL.
PlanData samplePlan()
{
    QTemporaryDir dir;
    PlanData data = testutil::openSamplePlan(dir)->plan();
    data.info.title += QStringLiteral("'); DROP TABLE plan; --");
    data.departments.first().name = QStringLiteral("区卫健委\"; DELETE FROM task; --");
    data.info.notice.enabled = true;
    return data;
}

} // namespace

TEST_CASE("Whether a server answers is asked without a connection: the cluster does, a closed port and a silent listener do not")
{
    // A listener that takes the connection and never says a word, as a server behind a firewall
    // that drops packets seems: the ask ends at the address's connect timeout, with no.
    const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(silent >= 0);
    sockaddr_in at{};
    at.sin_family = AF_INET;
    at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(silent, reinterpret_cast<sockaddr *>(&at), sizeof at) == 0);
    REQUIRE(::listen(silent, 4) == 0);
    socklen_t size = sizeof at;
    REQUIRE(::getsockname(silent, reinterpret_cast<sockaddr *>(&at), &size) == 0);
    const QString quiet = QStringLiteral("postgresql://clerk@127.0.0.1:%1/plans?plan=x&connect_timeout=2").arg(ntohs(at.sin_port));
    CHECK_FALSE(ServerPlans::answers(testutil::parsedAddress(quiet)));
    ::close(silent);
    CHECK_FALSE(ServerPlans::answers(testutil::parsedAddress(QStringLiteral("postgresql://clerk@127.0.0.1:1/plans?plan=x"))));
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): the cluster's half skipped");
        return;
    }
    CHECK(ServerPlans::answers(testutil::parsedAddress(testutil::serverPlanAddress(QStringLiteral("any")))));
}

TEST_CASE("A plan published to the server and copied back to a file is the same plan, SQL in its words kept as words")
{
    if (database().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const PlanData original = samplePlan();
    // Two reports on the first task, the second correcting the first, and a locked quarter.
    const Task &first = original.tasks.value(original.sectionTasks.value(original.sectionsInOrder().at(1)).first());
    REQUIRE(!first.targets.isEmpty());
    ReportLog reports;
    ProgressReport report;
    report.id = 7001;
    report.taskId = first.id;
    report.period = QStringLiteral("2026Q1");
    report.enteredAt = QDateTime(QDate(2026, 3, 31), QTime(9, 30), Qt::UTC);
    report.status = TaskStatus::InProgress;
    report.percent = 30;
    report.progress = QStringLiteral("已完成摸底'; --");
    report.departmentId = first.assignments.first().departmentId;
    report.actuals.insert(first.targets.first().id, 81);
    ProgressReport correction = report;
    correction.id = 7002;
    correction.percent = 35;
    correction.supersedesId = report.id;
    correction.correctionReason = QStringLiteral("数据更正");
    reports.entries = {report, correction};
    reports.locks.insert(QStringLiteral("2026Q1"),
                         {QStringLiteral("2026Q1"), true, QDateTime(QDate(2026, 4, 10), QTime(8, 0), Qt::UTC), QString()});
    const QString where = address(uniquePlanName(QStringLiteral("清河区2026年计划-")));
    QString error;
    const bool published = ServerStore::publish(original, parsed(where), false, &error, nullptr, &reports);
    INFO(error.toStdString());
    REQUIRE(published);
    PlanData onServer;
    {
        auto store = ServerStore::open(parsed(where), &error);
        INFO(error.toStdString());
        REQUIRE(store);
        REQUIRE(store->rows().load(&onServer, &error));
    }
    CHECK(PlanJson::write(onServer) == PlanJson::write(original));
    CHECK(onServer.info == original.info);
    // The reports, pointed at the new ids: the same words, values and correction.
    auto sameReports = [&](const PlanData &plan, const ReportLog &log) {
        REQUIRE(log.entries.size() == 2);
        const ProgressReport &a = log.entries.at(0), &b = log.entries.at(1);
        CHECK(plan.tasks.value(a.taskId).title == first.title);
        CHECK(a.progress == report.progress);
        CHECK(a.enteredAt == report.enteredAt);
        CHECK(b.supersedesId == a.id);
        CHECK(b.percent == 35.0);
        CHECK(b.correctionReason == QStringLiteral("数据更正"));
        REQUIRE(a.actuals.size() == 1);
        CHECK(plan.tasks.value(a.taskId).targets.first().id == a.actuals.keys().first());
        CHECK(a.actuals.values().first() == 81.0);
        CHECK(plan.department(a.departmentId)->name == original.department(report.departmentId)->name);
        CHECK(log.isLocked(QStringLiteral("2026Q1")));
    };
    {
        ReportLog log;
        REQUIRE(ServerPlans::read(testutil::parsedAddress(where), &onServer, nullptr, &error, &log));
        sameReports(onServer, log);
    }
    CHECK(psql(QStringLiteral("SELECT count(*) FROM annualplan.plans")).toInt() >= 1);

    // And back into a new file, an ordinary plan file.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("copy.aplan"));
    REQUIRE(ServerPlans::copy(testutil::parsedAddress(where), file, &error));
    auto copy = PlanStore::open(file, PlanStore::Mode::ReadOnly, &error);
    REQUIRE(copy);
    PlanData back;
    REQUIRE(copy->rows().load(&back, &error));
    CHECK(PlanJson::write(back) == PlanJson::write(original));
    ReportLog copied;
    REQUIRE(copy->rows().loadReports(&copied, &error));
    sameReports(back, copied);
    // A copy never goes over a file.
    CHECK_FALSE(ServerPlans::copy(testutil::parsedAddress(where), file, &error));
}

TEST_CASE("Publishing over a plan of the same name is refused unless it replaces it, and a refusal changes nothing")
{
    if (database().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString where = address(uniquePlanName(QStringLiteral("replace-")));
    PlanData first = samplePlan();
    QString error;
    const bool published = ServerStore::publish(first, parsed(where), false, &error);
    INFO(error.toStdString());
    REQUIRE(published);
    PlanData second = first;
    second.info.title = QStringLiteral("另一个计划");
    second.tasks.erase(second.tasks.begin());
    CHECK_FALSE(ServerStore::publish(second, parsed(where), false, &error));
    CHECK(error.contains(QStringLiteral("--replace")));
    PlanData now;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(where), &now, nullptr, &error));
    CHECK(now.info.title == first.info.title);
    CHECK(now.tasks.size() == first.tasks.size());
    REQUIRE(ServerStore::publish(second, parsed(where), true, &error));
    REQUIRE(ServerPlans::read(testutil::parsedAddress(where), &now, nullptr, &error));
    CHECK(now.info.title == QStringLiteral("另一个计划"));
    // The old plan's tables went with it: one schema per plan name.
    CHECK(psql(QStringLiteral("SELECT count(*) FROM annualplan.plans WHERE name = '%1'")
                   .arg(parsed(where).plan))
          == QStringLiteral("1"));
}

TEST_CASE("A server plan written by a newer AnnualPlan is refused, and one that is not there is named")
{
    if (database().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString name = uniquePlanName(QStringLiteral("newer-"));
    QString error;
    const bool published = ServerStore::publish(samplePlan(), parsed(address(name)), false, &error);
    INFO(error.toStdString());
    REQUIRE(published);
    psql(QStringLiteral("UPDATE annualplan.plans SET schema_version = %1 WHERE name = '%2'")
             .arg(ServerStore::kServerSchemaVersion + 1)
             .arg(name));
    StoreError code = StoreError::None;
    CHECK_FALSE(ServerStore::open(parsed(address(name)), &error, &code));
    CHECK(code == StoreError::Newer);
    CHECK(error.contains(QStringLiteral("newer version")));
    CHECK_FALSE(ServerStore::open(parsed(address(QStringLiteral("no-such-plan"))), &error, &code));
    CHECK(code == StoreError::Missing);
    CHECK(error.contains(QStringLiteral("no-such-plan")));
}

TEST_CASE("A server plan of format 3 keeping one row per step is upgraded by its owner: one target with steps, figures kept")
{
    if (database().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString name = uniquePlanName(QStringLiteral("format3-"));
    QString error;
    REQUIRE(ServerStore::publish(samplePlan(), parsed(address(name)), false, &error));
    const QString schema = psql(QStringLiteral("SELECT schema_name FROM annualplan.plans WHERE name = '%1'").arg(name));
    // Back to what format 3 had: no steps table, no measure, no year-end reports; the steps of
    // one indicator as rows of their own, and a report that gave two of them a figure.
    psql(testutil::backToServerFormat4(schema));
    psql(QStringLiteral(
             "SET search_path TO \"%1\"; DROP TABLE target_step; ALTER TABLE target DROP COLUMN measure; "
             "ALTER TABLE checkin DROP COLUMN year_end; ALTER TABLE target DROP COLUMN baseline_period; "
             "INSERT INTO target (id, task_id, position, indicator, op, value, unit, due_date) VALUES "
             "(900001, (SELECT min(id) FROM task), 100, '完成改造的中心', '>=', 3, '家', '2026-06-30'), "
             "(900002, (SELECT min(id) FROM task), 101, '完成改造的中心', '>=', 6, '家', '2026-09-30'), "
             "(900003, (SELECT min(id) FROM task), 102, '完成改造的中心', '>=', 10, '家', '2026-12-31'); "
             "INSERT INTO checkin (id, task_id, period, entered_at, status) "
             "VALUES (900001, (SELECT min(id) FROM task), '2026Q3', '2026-10-02T08:00:00.000Z', 'in_progress'); "
             "INSERT INTO checkin_value VALUES (900001, 900001, 4), (900001, 900002, 5); "
             "UPDATE annualplan.plans SET schema_version = 3 WHERE name = '%2'")
             .arg(schema, name));
    StoreError code = StoreError::None;
    auto store = ServerStore::open(parsed(address(name)), &error, &code);
    INFO(error.toStdString());
    REQUIRE(store);
    CHECK(psql(QStringLiteral("SELECT schema_version FROM annualplan.plans WHERE name = '%1'").arg(name))
          == QString::number(ServerStore::kServerSchemaVersion));
    PlanData plan;
    ReportLog log;
    REQUIRE(store->rows().readAll(&plan, &log, &error));
    const Id task = psql(QStringLiteral("SELECT min(id) FROM \"%1\".task").arg(schema)).toLongLong();
    const QList<Target> targets = plan.tasks.value(task).targets;
    REQUIRE_FALSE(targets.isEmpty());
    const Target &centres = targets.last();
    CHECK(centres.id == 900003);
    CHECK(centres.value == 10.0);
    CHECK(centres.milestones == QList<TargetStep>{{3.0, QDate(2026, 6, 30)}, {6.0, QDate(2026, 9, 30)}});
    const ProgressReport *q3 = log.currentFor(task, QStringLiteral("2026Q3"));
    REQUIRE(q3);
    CHECK(q3->actuals.value(900003) == 5.0);
    CHECK(psql(QStringLiteral("SELECT count(*) FROM \"%1\".target WHERE id IN (900001, 900002)").arg(schema)) == QStringLiteral("0"));
    // The upgraded plan is written like a new one: its steps change and a year-end report is kept.
    Task edited = plan.tasks.value(task);
    edited.targets.last().milestones[0].value = 4;
    ProgressReport final;
    final.taskId = task;
    final.period = QStringLiteral("2026Q4");
    final.enteredAt = QDateTime(QDate(2027, 1, 9), QTime(9, 0), Qt::UTC);
    final.yearEnd = true;
    final.actuals = {{900003, 10}};
    {
        PlanRows::Transaction tx(store->rows());
        REQUIRE(store->rows().updateTask(edited));
        REQUIRE(store->rows().insertReport(final));
        REQUIRE(tx.commit(&error));
    }
    REQUIRE(store->rows().readAll(&plan, &log, &error));
    CHECK(plan.tasks.value(task).targets.last().milestones.first().value == 4.0);
    CHECK(log.yearEndActual(task, 900003) == 10.0);
}

TEST_CASE("The file's write steps work on the server: sections, tasks, targets, reports and locks, each transaction whole or not at all")
{
    if (database().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString where = address(uniquePlanName(QStringLiteral("steps-")));
    QString error;
    const bool published = ServerStore::publish(testutil::smallPlan(), parsed(where), false, &error);
    INFO(error.toStdString());
    REQUIRE(published);
    auto store = ServerStore::open(parsed(where), &error);
    REQUIRE(store);
    PlanData before;
    REQUIRE(store->rows().load(&before, &error));
    const Id top = before.childSections.value(0).first();
    Section added{0, top, QStringLiteral("新增章节")};
    Task task;
    task.title = QStringLiteral("新增任务");
    Target target;
    target.indicator = QStringLiteral("覆盖率");
    target.value = 90;
    target.unit = QStringLiteral("%");
    task.targets = {target};
    task.assignments = {{before.departments.first().id, DepartmentRole::Lead}};
    {
        PlanRows::Transaction tx(store->rows());
        REQUIRE(tx.isActive());
        REQUIRE(store->rows().insertSection(added, 0));
        REQUIRE(store->rows().insertTask(task, added.id, 0));
        ProgressReport report;
        report.taskId = task.id;
        report.period = QStringLiteral("2026Q2");
        report.enteredAt = QDateTime::currentDateTimeUtc();
        report.status = TaskStatus::InProgress;
        report.percent = 40;
        report.actuals.insert(task.targets.first().id, 86);
        REQUIRE(store->rows().insertReport(report));
        REQUIRE(store->rows().writePeriodLock({QStringLiteral("2026Q1"), true, QDateTime::currentDateTimeUtc(), QString()}));
        REQUIRE(store->rows().writePeriodLock({QStringLiteral("2026Q1"), false, QDateTime::currentDateTimeUtc(), QStringLiteral("改正")}));
        INFO(store->rows().lastError().toStdString());
        REQUIRE(tx.commit(&error));
    }
    CHECK(added.id > 0);
    CHECK(task.id > 0);
    CHECK(task.targets.first().id > 0);
    PlanData after;
    REQUIRE(store->rows().load(&after, &error));
    CHECK(after.tasks.size() == before.tasks.size() + 1);
    CHECK(after.childSections.value(top).first() == added.id);
    CHECK(after.tasks.value(task.id).targets.first().value == 90.0);
    ReportLog log;
    REQUIRE(store->rows().loadReports(&log, &error));
    REQUIRE(log.entries.size() == 1);
    CHECK(log.entries.first().actuals.value(task.targets.first().id) == 86.0);
    CHECK(log.locks.value(QStringLiteral("2026Q1")).reason == QStringLiteral("改正"));
    CHECK_FALSE(log.isLocked(QStringLiteral("2026Q1")));

    // Deleting the section takes its task along (the database's cascade); not committed, nothing.
    {
        PlanRows::Transaction tx(store->rows());
        REQUIRE(store->rows().deleteSection(added.id));
    }
    PlanData same;
    REQUIRE(store->rows().load(&same, &error));
    CHECK(same.tasks.size() == after.tasks.size());
    {
        PlanRows::Transaction tx(store->rows());
        REQUIRE(store->rows().deleteSection(added.id));
        REQUIRE(tx.commit(&error));
    }
    REQUIRE(store->rows().load(&same, &error));
    CHECK(same.tasks.size() == before.tasks.size());
    CHECK(psql(QStringLiteral("SELECT count(*) FROM \"%1\".checkin").arg(store->schemaName())) == QStringLiteral("0"));
}

TEST_CASE("Plan addresses are read as libpq reads them, and what is not one is refused with the reason")
{
    QString error;
    const auto a = ServerAddress::parse(
        QStringLiteral("postgresql://clerk@db.example.org:5433/bureau?plan=%E6%B8%85%E6%B2%B32026&sslmode=require"), &error);
    REQUIRE(a);
    CHECK(a->user == QStringLiteral("clerk"));
    CHECK(a->host == QStringLiteral("db.example.org"));
    CHECK(a->port == 5433);
    CHECK(a->database == QStringLiteral("bureau"));
    CHECK(a->plan == QStringLiteral("清河2026"));
    CHECK(a->options == QStringList{QStringLiteral("sslmode=require")});
    CHECK(ServerAddress::parse(QStringLiteral("postgresql://clerk@db/bureau?plan=x"), &error)->port == 5432);
    for (const QString &bad : {QStringLiteral("postgresql://clerk:secret@db/bureau?plan=x"), QStringLiteral("postgresql://clerk@db/bureau"),
                              QStringLiteral("postgresql://clerk@/bureau?plan=x"), QStringLiteral("postgresql://clerk@db/?plan=x")}) {
        INFO(bad.toStdString());
        CHECK_FALSE(ServerAddress::parse(bad, &error));
        CHECK(error.contains(QStringLiteral("not a plan address")));
    }
    // Text that is meant as an address is one, right or wrong: a wrong one is never taken for a file.
    CHECK_FALSE(PlanLocation::parse(QStringLiteral("postgres://x"), &error));
    CHECK(error.contains(QStringLiteral("not a plan address")));
    CHECK(PlanLocation::parse(QStringLiteral("POSTGRESQL://clerk@db/bureau?plan=x"))->isServer());
    CHECK(PlanLocation::parse(QStringLiteral("/home/clerk/plan.aplan"))->isFile());
}

TEST_CASE("The server's plan tables have the plan file's columns, table by table")
{
    if (database().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    // Two definitions of one schema (SQLite's migrations, the server's tables): they must not drift.
    QTemporaryDir dir;
    const QString file = testutil::smallPlanFile(dir);
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {file, QStringLiteral("SELECT m.name || '|' || p.name FROM sqlite_master m, "
                                                                  "pragma_table_info(m.name) p WHERE m.type = 'table' "
                                                                  "AND m.name NOT LIKE 'sqlite_%' ORDER BY 1")});
    REQUIRE(sqlite.waitForFinished(30000));
    REQUIRE(sqlite.exitCode() == 0);
    const QStringList fileColumns = QString::fromUtf8(sqlite.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    const QString where = address(uniquePlanName(QStringLiteral("columns-")));
    QString error;
    REQUIRE(ServerStore::publish(testutil::smallPlan(), parsed(where), false, &error));
    auto store = ServerStore::open(parsed(where), &error);
    REQUIRE(store);
    const QStringList serverColumns = psql(QStringLiteral("SELECT table_name || '|' || column_name FROM information_schema.columns "
                                                          "WHERE table_schema = '%1' ORDER BY 1")
                                               .arg(store->schemaName()))
                                          .split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(fileColumns.size() > 40);
    // What only a server has: who entered each report and the key it was sent with, the plan's
    // members (and who of them is still on a first password), the rows' versions and who last
    // changed them when, the plan's own names.
    QStringList shared = serverColumns;
    shared.removeIf([](const QString &c) {
        return c == QLatin1String("checkin|entered_by") || c == QLatin1String("checkin|request_key")
            || c.startsWith(QLatin1String("member|")) || c.startsWith(QLatin1String("member_first_password|"))
            || c.startsWith(QLatin1String("server_name|"))
            || c.endsWith(QLatin1String("|row_version"))
            || (QStringList{QStringLiteral("plan"), QStringLiteral("department"), QStringLiteral("section"),
                            QStringLiteral("task")}
                    .contains(c.section(u'|', 0, 0))
                && (c.endsWith(QLatin1String("|changed_by")) || c.endsWith(QLatin1String("|changed_at"))));
    });
    CHECK(shared == fileColumns);
    CHECK(serverColumns.contains(QStringLiteral("checkin|entered_by")));
    CHECK(serverColumns.contains(QStringLiteral("checkin|request_key")));
    CHECK(serverColumns.contains(QStringLiteral("member|department_id")));
    CHECK(serverColumns.contains(QStringLiteral("task|row_version")));
    CHECK(serverColumns.contains(QStringLiteral("task|changed_by")));
}

TEST_CASE("A report recorded on a server plan is on the server for everyone who reads it")
{
    if (database().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString where = address(uniquePlanName(QStringLiteral("checkin-")));
    QString error;
    REQUIRE(ServerStore::publish(testutil::smallPlan(), parsed(where), false, &error));
    PlanData plan;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(where), &plan, nullptr, &error));
    // The server's ids, found by the task's title.
    Id task = 0;
    for (const Task &t : plan.tasks)
        if (t.title == QStringLiteral("扩大签约覆盖面"))
            task = t.id;
    REQUIRE(task != 0);
    ReportRequest r;
    r.task = task;
    r.period = QStringLiteral("2026Q3");
    r.percent = 60;
    r.actuals = {{QStringLiteral("重点人群签约率"), 84}};
    r.progress = QStringLiteral("三季度进展'); DROP TABLE checkin; --");
    Id id = 0;
    const bool recorded = r.record(testutil::planAt(where), &error, &id);
    INFO(error.toStdString());
    REQUIRE(recorded);
    ReportLog log;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(where), &plan, nullptr, &error, &log));
    REQUIRE(log.entries.size() == 1);
    CHECK(log.entries.first().id == id);
    CHECK(log.entries.first().progress == r.progress);
    CHECK(log.entries.first().actuals.value(plan.tasks.value(task).targets.first().id) == 84.0);
    // A task the server plan does not have is refused there too.
    r.task = 987654;
    CHECK_FALSE(r.record(testutil::planAt(where), &error));
}

TEST_CASE("Who may write is the database's word: a reporter adds reports only on its department's tasks, a viewer reads")
{
    if (database().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    // The clerk's own login, as a bureau's IT makes it: no superuser, allowed to create logins.
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString clerk = QStringLiteral("clerk_") + tag, clerkPassword = QStringLiteral("pw-") + tag;
    // and a database of the bureau's own, which that login owns.
    const QString bureau = QStringLiteral("bureau_") + tag;
    psql(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'").arg(clerk, clerkPassword));
    psql(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(bureau, clerk));
    const QString plan = uniquePlanName(QStringLiteral("rights-"));
    auto in = [&](const QString &login) {
        QString a = addressAs(login, plan);
        return a.replace(QStringLiteral("/%1?").arg(database().section(QLatin1Char('/'), -1)), QStringLiteral("/%1?").arg(bureau));
    };
    const QString asClerk = in(clerk);
    QString error;
    QTemporaryDir dir;
    auto sample = testutil::openSamplePlan(dir);
    REQUIRE(sample);
    const QString file = sample->filePath();
    sample.reset();
    {
        AsLogin login(clerkPassword);
        const bool published = ServerPlans::publish(file, testutil::parsedAddress(asClerk), false, &error);
        INFO(error.toStdString());
        REQUIRE(published);
        // Two departments' reporters and a viewer; the logins are made with their passwords.
        const QString a = QStringLiteral("jc_") + tag, b = QStringLiteral("yz_") + tag, v = QStringLiteral("view_") + tag;
        REQUIRE(ServerPlans::grant(testutil::parsedAddress(asClerk), a, QStringLiteral("reporter"), QStringLiteral("区卫健委基层卫生科"),
                                   QStringLiteral("pa-") + tag, &error));
        REQUIRE(ServerPlans::grant(testutil::parsedAddress(asClerk), b, QStringLiteral("reporter"), QStringLiteral("区卫健委医政科"),
                                   QStringLiteral("pb-") + tag, &error));
        REQUIRE(ServerPlans::grant(testutil::parsedAddress(asClerk), v, QStringLiteral("viewer"), QString(), QStringLiteral("pv-") + tag, &error));
        // What cannot be granted: a reporter without a department, one the plan lacks, an unknown role.
        CHECK_FALSE(ServerPlans::grant(testutil::parsedAddress(asClerk), a, QStringLiteral("reporter"), QString(), std::nullopt, &error));
        CHECK_FALSE(ServerPlans::grant(testutil::parsedAddress(asClerk), a, QStringLiteral("reporter"), QStringLiteral("区不存在局"), std::nullopt, &error));
        CHECK(error.contains(QStringLiteral("区卫健委医政科")));   // the plan's departments are listed
        CHECK_FALSE(ServerPlans::grant(testutil::parsedAddress(asClerk), a, QStringLiteral("boss"), QString(), std::nullopt, &error));
    }
    const QString a = QStringLiteral("jc_") + tag, b = QStringLiteral("yz_") + tag, v = QStringLiteral("view_") + tag;
    PlanData onServer;
    {
        AsLogin login(clerkPassword);
        REQUIRE(ServerPlans::read(testutil::parsedAddress(asClerk), &onServer, nullptr, &error));
    }
    // A task each department leads, by the server's ids.
    auto ledBy = [&](const QString &department) {
        const Department *d = onServer.departmentByName(department);
        REQUIRE(d);
        for (Id s : onServer.sectionsInOrder())
            for (Id t : onServer.sectionTasks.value(s))
                for (const Assignment &as : onServer.tasks.value(t).assignments)
                    if (as.departmentId == d->id && as.role == DepartmentRole::Lead)
                        return t;
        return Id(0);
    };
    const Id jcTask = ledBy(QStringLiteral("区卫健委基层卫生科"));
    const Id yzTask = ledBy(QStringLiteral("区卫健委医政科"));
    REQUIRE(jcTask);
    REQUIRE(yzTask);
    auto request = [](Id task, const QString &period) {
        ReportRequest r;
        r.task = task;
        r.period = period;
        r.percent = 40;
        r.progress = QStringLiteral("按计划推进");
        return r;
    };
    QString schema;
    {
        AsLogin login(QStringLiteral("pa-") + tag);
        auto store = ServerStore::open(parsed(in(a)), &error);
        REQUIRE(store);
        CHECK(store->access().role == ServerRole::Reporter);
        CHECK(store->access().departmentId == onServer.departmentByName(QStringLiteral("区卫健委基层卫生科"))->id);
        schema = store->schemaName();
        store.reset();
        // Its own department's task: recorded; the other's: refused by the server, with the reason.
        CHECK(request(jcTask, QStringLiteral("2026Q1")).record(testutil::planAt(in(a)), &error));
        CHECK_FALSE(request(yzTask, QStringLiteral("2026Q1")).record(testutil::planAt(in(a)), &error));
        CHECK(error.contains(QStringLiteral("区卫健委基层卫生科")));
        // Nor can it grant.
        CHECK_FALSE(ServerPlans::grant(testutil::parsedAddress(in(a)), b, QStringLiteral("editor"), QString(), std::nullopt, &error));
    }
    {
        AsLogin login(QStringLiteral("pb-") + tag);
        CHECK(request(yzTask, QStringLiteral("2026Q1")).record(testutil::planAt(in(b)), &error));
        CHECK_FALSE(request(jcTask, QStringLiteral("2026Q1")).record(testutil::planAt(in(b)), &error));
    }
    {
        AsLogin login(QStringLiteral("pv-") + tag);
        CHECK_FALSE(request(jcTask, QStringLiteral("2026Q1")).record(testutil::planAt(in(v)), &error));
        PlanData read;
        CHECK(ServerPlans::read(testutil::parsedAddress(in(v)), &read, nullptr, &error));   // it reads
    }
    // By hand, with psql: the database itself refuses what the program never offers.
    const QString pa = QStringLiteral("pa-") + tag;
    auto refused = [](const Psql &r) {
        INFO(r.err.toStdString());
        CHECK(r.exitCode != 0);
        CHECK((r.err.contains(QStringLiteral("permission denied")) || r.err.contains(QStringLiteral("row-level security"))
               || r.err.contains(QStringLiteral("is locked"))));
    };
    refused(psqlAs(a, pa, bureau, schema, QStringLiteral("UPDATE task SET title = '改掉' WHERE id = %1").arg(jcTask)));
    refused(psqlAs(a, pa, bureau, schema, QStringLiteral("DELETE FROM section")));
    refused(psqlAs(a, pa, bureau, schema, QStringLiteral("DELETE FROM checkin")));
    refused(psqlAs(a, pa, bureau, schema, QStringLiteral("UPDATE checkin SET percent = 100")));
    refused(psqlAs(a, pa, bureau, schema, QStringLiteral("INSERT INTO member (login, role) VALUES ('%1', 'editor')").arg(a)));
    refused(psqlAs(a, pa, bureau, schema, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '2026Q2', '2026-06-30T08:00:00.000Z')").arg(yzTask)));
    refused(psqlAs(v, QStringLiteral("pv-") + tag, bureau, schema,
                   QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '2026Q2', '2026-06-30T08:00:00.000Z')").arg(jcTask)));
    // Nor can it write what no copy could read.
    const Psql garbage = psqlAs(a, pa, bureau, schema,
                                QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '2026 Q2', 'x')").arg(jcTask));
    CHECK(garbage.exitCode != 0);
    CHECK(garbage.err.contains(QStringLiteral("checkin_period_form")));
    // A report of its own, claiming to be someone else's: the server writes who entered it.
    const Psql own = psqlAs(a, pa, bureau, schema,
                            QStringLiteral("INSERT INTO checkin (task_id, period, entered_at, entered_by) VALUES (%1, '2026Q2', '2026-06-30T08:00:00.000Z', '%2') "
                                           "RETURNING entered_by")
                                .arg(jcTask)
                                .arg(b));
    CHECK(own.exitCode == 0);
    CHECK(own.out == a);
    // Values only on its own reports, reports only as its own department.
    const QString yzReport = psql(QStringLiteral("SELECT id FROM \"%1\".checkin WHERE entered_by = '%2' LIMIT 1").arg(schema, b), bureau);
    const QString target = psql(QStringLiteral("SELECT min(id) FROM \"%1\".target WHERE task_id = %2").arg(schema).arg(yzTask), bureau);
    refused(psqlAs(a, pa, bureau, schema, QStringLiteral("INSERT INTO checkin_value VALUES (%1, %2, 1)").arg(yzReport, target)));
    const Id yzDepartment = onServer.departmentByName(QStringLiteral("区卫健委医政科"))->id;
    refused(psqlAs(a, pa, bureau, schema,
                   QStringLiteral("INSERT INTO checkin (task_id, period, entered_at, department_id) VALUES (%1, '2026Q2', '2026-06-30T08:00:00.000Z', %2)")
                       .arg(jcTask)
                       .arg(yzDepartment)));
    // A locked period is closed to reporters by the server too.
    {
        AsLogin login(clerkPassword);
        auto store = ServerStore::open(parsed(asClerk), &error);
        REQUIRE(store);
        CHECK(store->access().role == ServerRole::Owner);
        PlanRows::Transaction tx(store->rows());
        REQUIRE(store->rows().writePeriodLock({QStringLiteral("2026Q3"), true, QDateTime::currentDateTimeUtc(), QString()}));
        REQUIRE(tx.commit(&error));
    }
    refused(psqlAs(a, pa, bureau, schema, QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '2026Q3', '2026-09-30T08:00:00.000Z')").arg(jcTask)));
    // Through the program, which leaves a reporter's locks to the server: refused, and told why.
    {
        AsLogin login(pa);
        CHECK_FALSE(request(jcTask, QStringLiteral("2026Q3")).record(testutil::planAt(in(a)), &error));
        CHECK(error.contains(QStringLiteral("is locked")));
    }
    // A lock and a report at the same moment: the report waits for the lock's commit and is then
    // refused (row-level security alone would have let it in while the lock committed).
    {
        // The clerk's lock, written and not yet committed...
        QProcess locker;
        startPsqlAs(locker, clerk, clerkPassword, bureau, schema);
        locker.write("BEGIN; INSERT INTO period_lock (period, locked, changed_at) "
                     "VALUES ('2026Q4', 1, '2026-12-31T00:00:00.000Z'); SELECT 'written';\n");
        REQUIRE(QTest::qWaitFor([&] { return locker.canReadLine() || locker.state() == QProcess::NotRunning; }, 60000));
        REQUIRE(locker.readLine().trimmed() == "written");
        // ...the department's report, which waits for the lock's transaction (seen from the server:
        // its session waits for the period's advisory lock)...
        QProcess reporter;
        startPsqlAs(reporter, a, pa, bureau, schema,
                    QStringLiteral("INSERT INTO checkin (task_id, period, entered_at) VALUES (%1, '2026Q4', "
                                   "'2026-12-31T00:00:01.000Z')")
                        .arg(jcTask));
        const QString waiting = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1' "
                                               "AND wait_event_type = 'Lock'")
                                    .arg(a);
        const bool waited = QTest::qWaitFor(
            [&] { return psql(waiting, bureau).toInt() == 1 || reporter.state() == QProcess::NotRunning; }, 60000);
        // ...and the lock committed while it waits.
        locker.write("COMMIT;\n");
        locker.closeWriteChannel();
        REQUIRE(locker.waitForFinished(60000));
        const Psql racing = finished(reporter);
        INFO(QString::fromUtf8(locker.readAllStandardError()).toStdString());
        CHECK(waited);
        CHECK(locker.exitCode() == 0);
        CHECK(racing.exitCode != 0);
        CHECK(racing.err.contains(QStringLiteral("locked")));
    }
    // Every report says who entered it; the plan as a whole comes back to a file with them all.
    CHECK(psql(QStringLiteral("SELECT string_agg(entered_by, ',' ORDER BY id) FROM \"%1\".checkin").arg(schema), bureau)
          == QStringList{a, b, a}.join(QLatin1Char(',')));
    {
        AsLogin login(clerkPassword);
        const QString back = dir.filePath(QStringLiteral("back.aplan"));
        const bool copied = ServerPlans::copy(testutil::parsedAddress(asClerk), back, &error);
        INFO(error.toStdString());
        REQUIRE(copied);
        auto copy = PlanDocument::open(back, PlanDocument::Mode::ReadOnly, &error);
        REQUIRE(copy);
        CHECK(copy->reports().entries.size() == 3);
        // Published again, the plan keeps its members: the reporter still reports.
        REQUIRE(ServerPlans::publish(back, testutil::parsedAddress(asClerk), true, &error));
    }
    PlanData again;
    {
        AsLogin login(clerkPassword);
        REQUIRE(ServerPlans::read(testutil::parsedAddress(asClerk), &again, nullptr, &error));
    }
    Id jcAgain = 0;
    for (const Task &t : again.tasks)
        if (t.title == onServer.tasks.value(jcTask).title)
            jcAgain = t.id;
    AsLogin login(pa);
    CHECK(request(jcAgain, QStringLiteral("2026Q2")).record(testutil::planAt(in(a)), &error));
}

TEST_CASE("What others commit reaches an open server plan within seconds: reports and locks read again, edits told")
{
    if (database().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString where = address(uniquePlanName(QStringLiteral("notify-")));
    QString error;
    REQUIRE(ServerStore::publish(testutil::smallPlan(), parsed(where), false, &error));
    auto doc = PlanDocument::open(testutil::planAt(where), PlanDocument::Mode::ReadWrite, &error);
    REQUIRE(doc);
    QSignalSpy reports(doc.get(), &PlanDocument::reportsArrived);
    QSignalSpy locks(doc.get(), &PlanDocument::periodLocksChanged);
    QSignalSpy elsewhere(doc.get(), &PlanDocument::planChangedElsewhere);
    Id task = 0;
    for (const Task &t : doc->plan().tasks)
        if (t.title == QStringLiteral("扩大签约覆盖面"))
            task = t.id;
    REQUIRE(task);
    // A department's report, from another connection (another PC).
    ReportRequest r;
    r.task = task;
    r.period = QStringLiteral("2026Q2");
    r.percent = 45;
    QElapsedTimer clock;
    clock.start();
    REQUIRE(r.record(testutil::planAt(where), &error));
    QTRY_VERIFY_WITH_TIMEOUT(doc->reports().entries.size() == 1, 60000);
    INFO("seen after " << clock.elapsed() << " ms");
    CHECK(doc->reports().entries.first().percent == 45.0);
    CHECK(reports.count() == 1);
    CHECK(reports.first().first().toInt() == 1);
    // A period locked elsewhere.
    {
        auto other = ServerStore::open(parsed(where), &error);
        REQUIRE(other);
        PlanRows::Transaction tx(other->rows());
        REQUIRE(other->rows().writePeriodLock({QStringLiteral("2026Q2"), true, QDateTime::currentDateTimeUtc(), QString()}));
        REQUIRE(tx.commit(&error));
    }
    QTRY_VERIFY_WITH_TIMEOUT(doc->reports().isLocked(QStringLiteral("2026Q2")), 60000);
    CHECK(locks.count() >= 1);
    // Another's edit to the plan is told; this document's own edits are not.
    CHECK(elsewhere.isEmpty());
    {
        auto other = PlanDocument::open(testutil::planAt(where), PlanDocument::Mode::ReadWrite, &error);
        REQUIRE(other);
        Task t = other->plan().tasks.value(task);
        t.title += QStringLiteral("（他人修改）");
        other->undoStack()->push(new EditTaskCommand(other.get(), t));
        REQUIRE(other->undoStack()->count() == 1);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!elsewhere.isEmpty(), 60000);
    elsewhere.clear();
    Task mine = doc->plan().tasks.value(task);
    mine.notes = QStringLiteral("本窗口的修改");
    doc->undoStack()->push(new EditTaskCommand(doc.get(), mine));
    QTest::qWait(500);
    CHECK(elsewhere.isEmpty());
}
