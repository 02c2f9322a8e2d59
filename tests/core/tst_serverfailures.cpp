// A server plan when something dies in the middle (the private cluster of scripts/pg-cluster.sh,
// ANNUALPLAN_TEST_PG and ANNUALPLAN_PG_DIR): the server stopped at once and started again, and a
// client killed while it writes. Whatever a client confirmed is there once; what it had not
// committed is not there at all, and nothing is left half-written or locked.
#include "document/reportrequest.h"
#include "document/plandocument.h"
#include "document/reportsession.h"
#include "document/serverplans.h"
#include "io/planjson.h"
#include "storage/server/serverstore.h"

#include "../../bench/generate.h"
#include "../support/testutil.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <csignal>

using namespace ap;

namespace {

using testutil::serverPlanAddress;
using testutil::uniquePlanName;

QString database()
{
    return testutil::testDatabase();
}

ServerAddress parsed(const QString &text)
{
    return testutil::parsedAddress(text);
}

using testutil::psql;

// The program's sessions on the server that are inside a transaction that has written.
int writingSessions()
{
    return psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'AnnualPlan' "
                               "AND backend_xid IS NOT NULL"))
        .toInt();
}

int programSessions()
{
    return psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'AnnualPlan'")).toInt();
}

QByteArray planJson(const QString &where)
{
    PlanData plan;
    ReportLog log;
    QString error;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(where), &plan, nullptr, &error, &log));
    return PlanJson::write(plan);
}

void startCli(QProcess &p, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ANNUALPLAN_BINARY), args);
    REQUIRE(p.waitForStarted(30000));
}

} // namespace

TEST_CASE("A server stopped at once in the middle of reports and started again has every confirmed report, none twice")
{
    const QString cluster = qEnvironmentVariable("ANNUALPLAN_PG_DIR");
    if (database().isEmpty() || cluster.isEmpty()) {
        WARN("no private PostgreSQL cluster (ANNUALPLAN_PG_DIR): skipped");
        return;
    }
    const QString where = serverPlanAddress(uniquePlanName(QStringLiteral("crash-")));
    QString error;
    REQUIRE(ServerStore::publish(testutil::smallPlan(), parsed(where), false, &error));
    Id task = 0;
    {
        PlanData plan;
        REQUIRE(ServerPlans::read(testutil::parsedAddress(where), &plan, nullptr, &error));
        task = plan.tasks.cbegin()->id;
    }
    // A department enters report after report; at the 20th the server goes down at once (as in a
    // power cut) and comes back a moment later, while the reports go on.
    QProcess crash;
    auto session = ReportSession::open(testutil::parsedAddress(where), &error);
    REQUIRE(session);
    QSet<int> confirmed;
    int refused = 0, afterCrash = 0, last = -1;
    QElapsedTimer clock;
    clock.start();
    // At least 60 reports, and on until ten more are confirmed once the crash is over (a busy
    // machine may take a while to stop and recover the server; ten minutes is reached only on failure).
    for (int k = 0; (k < 60 || afterCrash < 10) && clock.elapsed() < 600000; ++k) {
        if (k == 20)
            crash.start(QStringLiteral("bash"), {QStringLiteral(ANNUALPLAN_SOURCE_DIR "/scripts/pg-cluster.sh"),
                                                 QStringLiteral("crash"), cluster});
        QCoreApplication::processEvents();   // (the crash process's end is told by the event loop)
        const bool crashOver = k > 20 && crash.state() == QProcess::NotRunning;
        if (!session)
            session = ReportSession::open(testutil::parsedAddress(where), &error);   // reconnects when the server is back
        ReportRequest r;
        r.task = task;
        r.period = QStringLiteral("2026Q%1").arg(1 + k % 4);
        r.progress = QStringLiteral("第%1次").arg(k);
        if (session && session->add(r, &error)) {
            confirmed.insert(k);
            afterCrash += crashOver;
        } else {
            ++refused;
            session.reset();   // a lost connection: a new one for the next report
            QTest::qWait(200);
        }
        last = k;
    }
    // The crash script's end is the event waited for, however long a busy machine takes; a hang is
    // stopped by the test's own timeout (ctest). (waitForFinished is false for a process already done.)
    if (crash.state() != QProcess::NotRunning)
        REQUIRE(crash.waitForFinished(-1));
    INFO(QString::fromUtf8(crash.readAllStandardError()).toStdString());
    REQUIRE(crash.exitCode() == 0);
    INFO(refused << " reports refused while the server was down");
    CHECK(refused > 0);                 // the crash did happen in the middle
    CHECK(confirmed.contains(0));
    CHECK(afterCrash >= 10);            // and the reports went on after it
    CHECK(confirmed.contains(last));
    ReportLog log;
    PlanData plan;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(where), &plan, nullptr, &error, &log));
    QHash<QString, int> times;
    for (const ProgressReport &c : log.entries)
        ++times[c.progress];
    for (int k : std::as_const(confirmed)) {
        INFO("report " << k);
        CHECK(times.value(QStringLiteral("第%1次").arg(k)) == 1);   // every confirmed one is there
    }
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        CHECK(it.value() == 1);                                      // none twice
}

TEST_CASE("A publish killed in the middle of its writing leaves the plan on the server as it was, and unlocked")
{
    if (database().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString where = serverPlanAddress(uniquePlanName(QStringLiteral("killed-")));
    QString error;
    REQUIRE(ServerStore::publish(testutil::smallPlan(), parsed(where), false, &error));
    const QByteArray before = planJson(where);
    // A large plan (10,000 tasks: seconds of writing) published over it, killed as it writes.
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.aplan"));
    REQUIRE(PlanDocument::create(big, bench::generate(), &error));
    REQUIRE(programSessions() == 0);
    QProcess publish;
    startCli(publish, {QStringLiteral("publish"), big, where, QStringLiteral("--replace")});
    QElapsedTimer clock;
    clock.start();
    while (writingSessions() == 0 && publish.state() != QProcess::NotRunning && clock.elapsed() < 60000)
        QTest::qWait(20);
    REQUIRE(publish.state() != QProcess::NotRunning);   // caught in the middle, not after
    ::kill(pid_t(publish.processId()), SIGKILL);
    if (publish.state() != QProcess::NotRunning)
        REQUIRE(publish.waitForFinished(30000));
    CHECK(publish.exitStatus() == QProcess::CrashExit);
    // The server ends the dead client's session and rolls its transaction back.
    clock.restart();
    while (programSessions() > 0 && clock.elapsed() < 30000)
        QTest::qWait(50);
    REQUIRE(programSessions() == 0);
    CHECK(planJson(where) == before);
    // Nothing is left locked: the same publish, let run, goes through.
    const testutil::CliResult again = testutil::runCli({QStringLiteral("publish"), big, where, QStringLiteral("--replace")});
    INFO(again.err.toStdString());
    CHECK(again.code == 0);
    PlanData plan;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(where), &plan, nullptr, &error));
    CHECK(plan.tasks.size() == 10000);
}

TEST_CASE("Reporters killed at any moment of their report leave each report whole or not there, and every confirmed one once")
{
    if (database().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString where = serverPlanAddress(uniquePlanName(QStringLiteral("killed-report-")));
    QString error;
    REQUIRE(ServerStore::publish(testutil::smallPlan(), parsed(where), false, &error));
    PlanData plan;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(where), &plan, nullptr, &error));
    const Task *found = nullptr;
    for (const Task &t : std::as_const(plan.tasks))
        if (!t.targets.isEmpty())
            found = &t;
    REQUIRE(found);
    const Task task = *found;   // the plan is read again below
    const QString indicator = task.targets.first().indicator;
    auto start = [&](QProcess &report, int k) {
        startCli(report, {QStringLiteral("checkin"), where, QStringLiteral("--task"), QString::number(task.id),
                          QStringLiteral("--period"), QStringLiteral("2026Q%1").arg(1 + k % 4), QStringLiteral("--percent"),
                          QString::number(k), QStringLiteral("--actual"), indicator + QStringLiteral("=%1").arg(k),
                          QStringLiteral("--text"), QStringLiteral("第%1份").arg(k)});
    };
    auto finishedWell = [](const QProcess &report) {
        return report.exitStatus() == QProcess::NormalExit && report.exitCode() == 0;
    };
    // How long a whole report takes on this machine as it is now (a sanitized build, a busy CPU):
    // the median of three let run to their end. These three are confirmed reports too.
    constexpr int kReports = 24;   // killed ones, below
    QSet<QString> confirmed;
    QList<qint64> spans;
    for (int k = kReports; k < kReports + 3; ++k) {
        QProcess report;
        QElapsedTimer clock;
        clock.start();
        start(report, k);
        REQUIRE(report.waitForFinished(120000));
        spans << clock.elapsed();
        INFO(QString::fromUtf8(report.readAllStandardError()).toStdString());
        REQUIRE(finishedWell(report));
        confirmed.insert(QStringLiteral("第%1份").arg(k));
    }
    std::sort(spans.begin(), spans.end());
    const qint64 whole = spans.at(1);
    // Each further report is its own process, killed a little later each time, in steps of that
    // measure: from right after it starts, through its connection and transaction, to a little
    // after a report would have finished.
    int killed = 0;
    for (int k = 0; k < kReports; ++k) {
        QProcess report;
        start(report, k);
        QTest::qWait(int(whole * 5 / 4 * k / (kReports - 1)));
        if (report.state() != QProcess::NotRunning) {
            ::kill(pid_t(report.processId()), SIGKILL);
            ++killed;
        }
        // (waitForFinished is false for a process already done.)
        if (report.state() != QProcess::NotRunning)
            REQUIRE(report.waitForFinished(30000));
        if (finishedWell(report))
            confirmed.insert(QStringLiteral("第%1份").arg(k));
    }
    INFO("a whole report takes " << whole << " ms");
    INFO(killed << " killed, " << confirmed.size() << " confirmed");
    CHECK(killed > 0);   // the first, at least: no report is done the moment its process starts
    QElapsedTimer clock;
    clock.start();
    while (programSessions() > 0 && clock.elapsed() < 30000)
        QTest::qWait(50);
    ReportLog log;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(where), &plan, nullptr, &error, &log));
    QHash<QString, int> times;
    for (const ProgressReport &c : log.entries) {
        ++times[c.progress];
        // Whole: a report that is there has its value with it.
        CHECK(c.actuals.value(task.targets.first().id) == c.percent.value_or(-1));
    }
    for (const QString &c : std::as_const(confirmed)) {
        INFO(c.toStdString());
        CHECK(times.value(c) == 1);
    }
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        CHECK(it.value() == 1);
}
