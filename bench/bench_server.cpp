// A plan on a PostgreSQL server under load, against the cluster ANNUALPLAN_TEST_PG names (or the
// database address given): opening a 10,000-task plan; 50 reporter processes × 100 reports (or
// 200 × 25, a city's, on a cluster started with ANNUALPLAN_PG_MAX_CONNECTIONS=220),
// each its department's login, all at once, every report then counted (exactly once each); and
// how soon an open document shows a report committed elsewhere (LISTEN/NOTIFY).
//   bench_server [DATABASE-ADDRESS] [REPORTERS] [REPORTS-EACH]
//   bench_server --reporter ADDRESS PASSWORD TASK,TASK,… N TAG   (a reporter process; prints ms a line)
#include "document/reportrequest.h"
#include "document/plandocument.h"
#include "document/reportsession.h"
#include "document/serverplans.h"
#include "generate.h"
#include "stats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace ap;

namespace {

using bench::percentile;

// The server plan an address the benchmark made names (a well-formed one by construction).
PlanLocation planAt(const QString &address)
{
    return *PlanLocation::parseServer(address);
}

QString asLogin(const QString &address, const QString &login)
{
    QString a = address;
    return a.replace(QRegularExpression(QStringLiteral("//[^@]+@")), QStringLiteral("//%1@").arg(login));
}

int reporter(const QStringList &args)
{
    // --reporter ADDRESS PASSWORD TASKS N TAG
    ServerPlans::rememberPassword(planAt(args.at(2)).address(), args.at(3));
    QString error;
    auto session = ReportSession::open(planAt(args.at(2)).address(), &error);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QStringList tasks = args.at(4).split(QLatin1Char(','));
    const int n = args.at(5).toInt();
    for (int k = 0; k < n; ++k) {
        ReportRequest r;
        r.task = tasks.at(k % tasks.size()).toLongLong();
        r.period = QStringLiteral("2026Q%1").arg(1 + k % 4);
        r.percent = k % 100;
        r.progress = QStringLiteral("%1-%2").arg(args.at(6)).arg(k);
        QElapsedTimer t;
        t.start();
        if (!session->add(r, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%.3f\n", t.nsecsElapsed() / 1e6);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 1 && args.at(1) == QLatin1String("--reporter"))
        return reporter(args);
    const QString database = args.size() > 1 ? args.at(1) : qEnvironmentVariable("ANNUALPLAN_TEST_PG");
    const int reporters = args.size() > 2 ? args.at(2).toInt() : 50;
    const int each = args.size() > 3 ? args.at(3).toInt() : 100;
    if (database.isEmpty()) {
        std::fprintf(stderr, "no database: give its address or set ANNUALPLAN_TEST_PG (scripts/pg-cluster.sh start)\n");
        return 2;
    }
    const QString stamp = QString::number(QCoreApplication::applicationPid());
    QTemporaryDir dir;
    QString error;
    auto publish = [&](const PlanData &plan, const QString &name, double *ms) {
        const QString file = dir.filePath(name + QStringLiteral(".aplan"));
        auto doc = PlanDocument::create(file, plan, &error);
        if (!doc)
            return QString();
        doc.reset();
        const QString address = database + QStringLiteral("?plan=") + name;
        QElapsedTimer t;
        t.start();
        if (!ServerPlans::publish(file, planAt(address).address(), false, &error))
            return QString();
        *ms = t.nsecsElapsed() / 1e6;
        return address;
    };

    // 1. Opening a 10,000-task plan (20,000 targets and assignments).
    double publishMs = 0;
    const QString big = publish(bench::generate(10000, 500), QStringLiteral("bench-10k-") + stamp, &publishMs);
    if (big.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QList<double> opens;
    qsizetype opened = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto doc = PlanDocument::open(planAt(big), PlanDocument::Mode::ReadWrite, &error);
        if (!doc) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        opens << t.nsecsElapsed() / 1e6;
        opened = doc->plan().tasks.size();
    }
    std::printf("publish a 10,000-task plan: %.0f ms; open it (%lld tasks read): median %.0f ms (min %.0f, max %.0f; 5 runs)\n",
                publishMs, qlonglong(opened), percentile(opens, 0.5), percentile(opens, 0), percentile(opens, 1));

    // 2. Reporters at once: each its department's login, on the tasks that department leads.
    double ms = 0;
    const PlanData plan = bench::generate(500, 50);
    const QString address = publish(plan, QStringLiteral("bench-reports-") + stamp, &ms);
    if (address.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    PlanData onServer;
    if (!ServerPlans::read(planAt(address).address(), &onServer, nullptr, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    auto watcher = PlanDocument::open(planAt(address), PlanDocument::Mode::ReadWrite, &error);
    int arrivals = 0;
    QObject::connect(watcher.get(), &PlanDocument::reportsArrived, [&](int) { ++arrivals; });
    std::vector<std::unique_ptr<QProcess>> children;
    for (int i = 0; i < reporters; ++i) {
        const Department &d = onServer.departments.at(i % onServer.departments.size());
        const QString login = QStringLiteral("bench_%1_%2").arg(stamp).arg(i);
        const QString password = QStringLiteral("pw-%1").arg(i);
        if (!ServerPlans::grant(planAt(address).address(), login, QStringLiteral("reporter"), d.name, password, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QStringList tasks;
        for (const Task &t : onServer.tasks)
            for (const Assignment &a : t.assignments)
                if (a.departmentId == d.id && a.role == DepartmentRole::Lead)
                    tasks << QString::number(t.id);
        auto p = std::make_unique<QProcess>();
        p->setProgram(QCoreApplication::applicationFilePath());
        p->setArguments({QStringLiteral("--reporter"), asLogin(address, login), password, tasks.join(QLatin1Char(',')),
                         QString::number(each), login});
        children.push_back(std::move(p));
    }
    QElapsedTimer wall;
    wall.start();
    for (auto &p : children)
        p->start();
    QList<double> latencies;
    int failed = 0;
    for (auto &p : children) {
        // (waitForFinished is false for a process already done: the state says when it is.)
        while (p->state() != QProcess::NotRunning) {
            p->waitForFinished(50);
            QCoreApplication::processEvents();   // the watcher hears the reports meanwhile
        }
        if (p->exitCode() != 0) {
            ++failed;
            std::fprintf(stderr, "reporter failed: %s\n", p->readAllStandardError().constData());
        }
        for (const QByteArray &line : p->readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                latencies << line.toDouble();
    }
    const double seconds = wall.nsecsElapsed() / 1e9;
    // Until the open document shows every report (it reads them again a moment after a burst).
    QElapsedTimer shown;
    shown.start();
    while (watcher->reports().entries.size() < reporters * each && shown.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    const double allShownMs = shown.nsecsElapsed() / 1e6;
    const qsizetype watcherHas = watcher->reports().entries.size();
    ReportLog log;
    if (!ServerPlans::read(planAt(address).address(), &onServer, nullptr, &error, &log)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSet<QString> distinct;
    for (const ProgressReport &c : log.entries)
        distinct.insert(c.progress);
    std::printf("%d reporters × %d reports at once: %lld on the server, %lld distinct (expected %d), %d reporters failed; "
                "%.1f s, %.0f reports/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; the open document heard %d "
                "batches\n",
                reporters, each, qlonglong(log.entries.size()), qlonglong(distinct.size()), reporters * each, failed, seconds,
                latencies.size() / seconds, percentile(latencies, 0.5), percentile(latencies, 0.99),
                percentile(latencies, 1), arrivals);
    std::printf("the open document showed all %lld reports %.0f ms after the last reporter ended\n", qlonglong(watcherHas),
                allShownMs);

    // 3. How soon an open document shows a report committed elsewhere.
    auto session = ReportSession::open(planAt(address).address(), &error);
    QList<double> seen;
    for (int i = 0; i < 20 && session; ++i) {
        ReportRequest r;
        r.task = onServer.tasks.cbegin()->id;
        r.period = QStringLiteral("2026Q4");
        r.progress = QStringLiteral("watch-%1").arg(i);
        const qsizetype before = watcher->reports().entries.size();
        QElapsedTimer t;
        t.start();
        if (!session->add(r, &error))
            break;
        while (watcher->reports().entries.size() == before && t.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        seen << t.nsecsElapsed() / 1e6;
    }
    std::printf("a report committed elsewhere shown in an open document: median %.1f ms, max %.1f ms (%lld reports)\n",
                percentile(seen, 0.5), percentile(seen, 1), qlonglong(seen.size()));
    return failed == 0 && log.entries.size() == reporters * each && distinct.size() == reporters * each ? 0 : 1;
}
