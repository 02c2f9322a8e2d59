// Plans on a PostgreSQL server: the private cluster scripts/pg-cluster.sh starts for the test run
// (ANNUALPLAN_TEST_PG names its database). Published and copied back a plan is the same plan, SQL
// in its words kept as words; an existing plan is replaced only when asked; a newer server schema
// is refused; and the file's write steps work on the server as they do on the file.
#include "document/checkinrequest.h"
#include "document/serverplans.h"
#include "io/planjson.h"
#include "storage/planstore.h"
#include "storage/serverstore.h"

#include "../support/testutil.h"

#include <QProcess>
#include <QUrl>
#include <QTemporaryDir>
#include <QUuid>

using namespace ap;

namespace {

// The test database's address, without ?plan=; empty (and the test skipped) where no cluster runs.
QString database()
{
    const QString base = qEnvironmentVariable("ANNUALPLAN_TEST_PG");
    if (base.isEmpty() && qEnvironmentVariableIsSet("CI"))
        FAIL("ANNUALPLAN_TEST_PG is not set: scripts/test.sh starts the PostgreSQL cluster the server tests need");
    return base;
}

// An address for a plan of its own in each test, so that tests never see each other's plans.
QString address(const QString &plan)
{
    return database() + QStringLiteral("?plan=") + QString::fromUtf8(QUrl::toPercentEncoding(plan));
}

QString uniquePlan(const QString &stem)
{
    return stem + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

ServerAddress parsed(const QString &text)
{
    QString error;
    const auto a = ServerAddress::parse(text, &error);
    INFO(error.toStdString());
    REQUIRE(a);
    return *a;
}

// psql on the test database, for what the program itself never does (a newer schema, raw SQL).
QString psql(const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("psql"), {database(), QStringLiteral("-XAtqc"), sql});
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
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
    CheckInLog reports;
    CheckIn report;
    report.id = 7001;
    report.taskId = first.id;
    report.period = QStringLiteral("2026Q1");
    report.enteredAt = QDateTime(QDate(2026, 3, 31), QTime(9, 30), Qt::UTC);
    report.status = TaskStatus::InProgress;
    report.percent = 30;
    report.progress = QStringLiteral("已完成摸底'; --");
    report.departmentId = first.assignments.first().departmentId;
    report.actuals.insert(first.targets.first().id, 81);
    CheckIn correction = report;
    correction.id = 7002;
    correction.percent = 35;
    correction.supersedesId = report.id;
    correction.correctionReason = QStringLiteral("数据更正");
    reports.entries = {report, correction};
    reports.locks.insert(QStringLiteral("2026Q1"),
                         {QStringLiteral("2026Q1"), true, QDateTime(QDate(2026, 4, 10), QTime(8, 0), Qt::UTC), QString()});
    const QString where = address(uniquePlan(QStringLiteral("清河区2026年计划-")));
    QString error;
    const bool published = ServerStore::publish(original, parsed(where), false, &error, nullptr, &reports);
    INFO(error.toStdString());
    REQUIRE(published);
    PlanData onServer;
    {
        auto store = ServerStore::open(parsed(where), &error);
        INFO(error.toStdString());
        REQUIRE(store);
        REQUIRE(store->load(&onServer, &error));
    }
    CHECK(PlanJson::write(onServer) == PlanJson::write(original));
    CHECK(onServer.info == original.info);
    // The reports, pointed at the new ids: the same words, values and correction.
    auto sameReports = [&](const PlanData &plan, const CheckInLog &log) {
        REQUIRE(log.entries.size() == 2);
        const CheckIn &a = log.entries.at(0), &b = log.entries.at(1);
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
        CheckInLog log;
        REQUIRE(ServerPlans::read(where, &onServer, nullptr, &error, &log));
        sameReports(onServer, log);
    }
    CHECK(psql(QStringLiteral("SELECT count(*) FROM annualplan.plans")).toInt() >= 1);

    // And back into a new file, an ordinary plan file.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("copy.aplan"));
    REQUIRE(ServerPlans::copy(where, file, &error));
    auto copy = PlanStore::open(file, PlanStore::Mode::ReadOnly, &error);
    REQUIRE(copy);
    PlanData back;
    REQUIRE(copy->load(&back, &error));
    CHECK(PlanJson::write(back) == PlanJson::write(original));
    CheckInLog copied;
    REQUIRE(copy->loadCheckIns(&copied, &error));
    sameReports(back, copied);
    // A copy never goes over a file.
    CHECK_FALSE(ServerPlans::copy(where, file, &error));
}

TEST_CASE("Publishing over a plan of the same name is refused unless it replaces it, and a refusal changes nothing")
{
    if (database().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString where = address(uniquePlan(QStringLiteral("replace-")));
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
    REQUIRE(ServerPlans::read(where, &now, nullptr, &error));
    CHECK(now.info.title == first.info.title);
    CHECK(now.tasks.size() == first.tasks.size());
    REQUIRE(ServerStore::publish(second, parsed(where), true, &error));
    REQUIRE(ServerPlans::read(where, &now, nullptr, &error));
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
    const QString name = uniquePlan(QStringLiteral("newer-"));
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

TEST_CASE("The file's write steps work on the server: sections, tasks, targets, reports and locks, each transaction whole or not at all")
{
    if (database().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString where = address(uniquePlan(QStringLiteral("steps-")));
    QString error;
    const bool published = ServerStore::publish(testutil::smallPlan(), parsed(where), false, &error);
    INFO(error.toStdString());
    REQUIRE(published);
    auto store = ServerStore::open(parsed(where), &error);
    REQUIRE(store);
    PlanData before;
    REQUIRE(store->load(&before, &error));
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
        PlanRows::Transaction tx(*store);
        REQUIRE(tx.isActive());
        REQUIRE(store->insertSection(added, 0));
        REQUIRE(store->insertTask(task, added.id, 0));
        CheckIn report;
        report.taskId = task.id;
        report.period = QStringLiteral("2026Q2");
        report.enteredAt = QDateTime::currentDateTimeUtc();
        report.status = TaskStatus::InProgress;
        report.percent = 40;
        report.actuals.insert(task.targets.first().id, 86);
        REQUIRE(store->insertCheckIn(report));
        REQUIRE(store->writePeriodLock({QStringLiteral("2026Q1"), true, QDateTime::currentDateTimeUtc(), QString()}));
        REQUIRE(store->writePeriodLock({QStringLiteral("2026Q1"), false, QDateTime::currentDateTimeUtc(), QStringLiteral("改正")}));
        INFO(store->lastError().toStdString());
        REQUIRE(tx.commit(&error));
    }
    CHECK(added.id > 0);
    CHECK(task.id > 0);
    CHECK(task.targets.first().id > 0);
    PlanData after;
    REQUIRE(store->load(&after, &error));
    CHECK(after.tasks.size() == before.tasks.size() + 1);
    CHECK(after.childSections.value(top).first() == added.id);
    CHECK(after.tasks.value(task.id).targets.first().value == 90.0);
    CheckInLog log;
    REQUIRE(store->loadCheckIns(&log, &error));
    REQUIRE(log.entries.size() == 1);
    CHECK(log.entries.first().actuals.value(task.targets.first().id) == 86.0);
    CHECK(log.locks.value(QStringLiteral("2026Q1")).reason == QStringLiteral("改正"));
    CHECK_FALSE(log.isLocked(QStringLiteral("2026Q1")));

    // Deleting the section takes its task along (the database's cascade); not committed, nothing.
    {
        PlanRows::Transaction tx(*store);
        REQUIRE(store->deleteSection(added.id));
    }
    PlanData same;
    REQUIRE(store->load(&same, &error));
    CHECK(same.tasks.size() == after.tasks.size());
    {
        PlanRows::Transaction tx(*store);
        REQUIRE(store->deleteSection(added.id));
        REQUIRE(tx.commit(&error));
    }
    REQUIRE(store->load(&same, &error));
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
    CHECK(ServerPlans::isAddress(QStringLiteral("postgres://x")));
    CHECK_FALSE(ServerPlans::isAddress(QStringLiteral("/home/clerk/plan.aplan")));
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
    const QString where = address(uniquePlan(QStringLiteral("columns-")));
    QString error;
    REQUIRE(ServerStore::publish(testutil::smallPlan(), parsed(where), false, &error));
    auto store = ServerStore::open(parsed(where), &error);
    REQUIRE(store);
    const QStringList serverColumns = psql(QStringLiteral("SELECT table_name || '|' || column_name FROM information_schema.columns "
                                                          "WHERE table_schema = '%1' ORDER BY 1")
                                               .arg(store->schemaName()))
                                          .split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(fileColumns.size() > 40);
    CHECK(serverColumns == fileColumns);
}

TEST_CASE("A report recorded on a server plan is on the server for everyone who reads it")
{
    if (database().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString where = address(uniquePlan(QStringLiteral("checkin-")));
    QString error;
    REQUIRE(ServerStore::publish(testutil::smallPlan(), parsed(where), false, &error));
    PlanData plan;
    REQUIRE(ServerPlans::read(where, &plan, nullptr, &error));
    // The server's ids, found by the task's title.
    Id task = 0;
    for (const Task &t : plan.tasks)
        if (t.title == QStringLiteral("扩大签约覆盖面"))
            task = t.id;
    REQUIRE(task != 0);
    CheckInRequest r;
    r.task = task;
    r.period = QStringLiteral("2026Q3");
    r.percent = 60;
    r.actuals = {{QStringLiteral("重点人群签约率"), 84}};
    r.progress = QStringLiteral("三季度进展'); DROP TABLE checkin; --");
    Id id = 0;
    const bool recorded = r.record(where, &error, &id);
    INFO(error.toStdString());
    REQUIRE(recorded);
    CheckInLog log;
    REQUIRE(ServerPlans::read(where, &plan, nullptr, &error, &log));
    REQUIRE(log.entries.size() == 1);
    CHECK(log.entries.first().id == id);
    CHECK(log.entries.first().progress == r.progress);
    CHECK(log.entries.first().actuals.value(plan.tasks.value(task).targets.first().id) == 84.0);
    // A task the server plan does not have is refused there too.
    r.task = 987654;
    CHECK_FALSE(r.record(where, &error));
}
