// Status figures (issue "Monitoring", and "The plan's year, modelled right"): recompute every
// task's status, expected progress and warning for 10,000 tasks with 8 monthly reports each; then
// the same plan with 3 steps per indicator and four quarters of reports, judged against the step
// due. Prints the median of repeated runs of each.
//   bench_status [RUNS]
#include "generate.h"

#include "status/statusengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cstdio>

using namespace ap;

namespace {

void measure(const char *what, const PlanData &plan, const ReportLog &log, int runs)
{
    QList<double> times;
    QHash<Warning, int> counts;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QList<TaskResult> results = StatusEngine::evaluateAll(plan, log, QDate(2026, 10, 15));
        times.append(timer.nsecsElapsed() / 1e6);
        counts.clear();
        for (const TaskResult &r : results)
            ++counts[r.warning];
    }
    std::sort(times.begin(), times.end());
    printf(what, static_cast<long long>(plan.tasks.size()), static_cast<long long>(log.entries.size()));
    printf(": median %.1f ms, min %.1f ms, max %.1f ms (%d runs, goal <= 100 ms); %d overdue, %d behind, %d not reported\n",
           times.at(times.size() / 2), times.first(), times.last(), runs, counts.value(Warning::Red),
           counts.value(Warning::Yellow), counts.value(Warning::Unreported));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 21;
    const PlanData plan = bench::generate(10000);
    const ReportLog log = bench::monthlyReports(plan);
    measure("status of %lld tasks with %lld monthly reports", plan, log, runs);

    // The plan's year: each indicator due in three steps (June, September, the year's end), a
    // level or a count, reported once a quarter, the fourth quarter's figures the year's.
    PlanData stepped = plan;
    for (Task &t : stepped.tasks)
        for (Target &target : t.targets) {
            const double year = target.value.value_or(100);
            target.milestones = {{year * 0.3, QDate(2026, 6, 30)}, {year * 0.6, QDate(2026, 9, 30)}};
            target.due = QDate(2026, 12, 31);
        }
    ReportLog quarters;
    Id next = 1;
    for (const Task &t : stepped.tasks)
        for (int q = 1; q <= 4; ++q) {
            ProgressReport c;
            c.id = next++;
            c.taskId = t.id;
            c.period = period::quarter(2026, q);
            c.reportDate = QDate(2026, q * 3, 28);
            c.status = TaskStatus::InProgress;
            c.percent = q * 24.0;
            c.yearEnd = q == 4;
            for (const Target &target : t.targets)
                c.actuals.insert(target.id, target.value.value_or(100) * q * (t.id % 4 == 0 ? 0.15 : 0.26));
            quarters.entries.append(c);
        }
    measure("status of %lld tasks, 3 steps per indicator, %lld quarterly reports", stepped, quarters, runs);
    return 0;
}
