// Status figures (issue "Monitoring"): recompute every task's status, expected progress and
// warning for 10,000 tasks with 8 progress reports each. Prints the median of repeated runs.
//   bench_status [RUNS]
#include "generate.h"

#include "status/statusengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace ap;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 21;
    const PlanData plan = bench::generate(10000);
    CheckInLog log;
    Id next = 1;
    for (const Task &t : plan.tasks) {
        // Eight monthly reports per task, the last one corrected once.
        for (int m = 1; m <= 8; ++m) {
            CheckIn c;
            c.id = next++;
            c.taskId = t.id;
            c.period = period::month(2026, m);
            c.reportDate = QDate(2026, m, 28);
            c.status = m == 8 && t.id % 5 == 0 ? TaskStatus::Done : TaskStatus::InProgress;
            c.percent = m * 11.0;
            for (const Target &target : t.targets)
                c.actuals.insert(target.id, m * 10.0);
            if (m == 8 && t.id % 3 == 0)
                c.supersedesId = c.id - 1;
            log.entries.append(c);
        }
    }
    QList<double> times;
    int red = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QList<TaskResult> results = StatusEngine::evaluateAll(plan, log, QDate(2026, 9, 15));
        times.append(timer.nsecsElapsed() / 1e6);
        red = int(std::count_if(results.cbegin(), results.cend(), [](const TaskResult &r) { return r.warning == Warning::Red; }));
    }
    std::sort(times.begin(), times.end());
    printf("status of %lld tasks with %lld reports: median %.1f ms, min %.1f ms, max %.1f ms (%d runs, goal <= 100 ms); %d overdue\n",
           static_cast<long long>(plan.tasks.size()), static_cast<long long>(log.entries.size()), times.at(times.size() / 2),
           times.first(), times.last(), runs, red);
    return 0;
}
