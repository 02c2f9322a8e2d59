// The year's end (issue "Year end"): score the 10,000-task benchmark plan's 20 units from the
// year's final reports by a scheme made from the plan (goal <= 200 ms), and draft the summary of
// the bundled sample plan after a year of reports, words and Word file (goal <= 1 s). Prints the
// median of repeated runs of each.
//   bench_yearend [RUNS]
#include "generate.h"

#include "document/planedits.h"
#include "document/plandocument.h"
#include "io/planjson.h"
#include "print/yearsummary.h"
#include "status/assessmentengine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace ap;

namespace {

struct Times
{
    double median, min, max;
};

Times measure(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.first(), times.last()};
}

// Every task's final report for the fourth quarter: one in five not reported, the rest at 70–105%
// of their targets, done or not.
ReportLog yearOf(const PlanData &plan)
{
    static const double reached[] = {1.05, 1.0, 0.9, 0.7};
    ReportLog log;
    Id next = 1;
    int n = 0;
    for (Id sid : plan.sectionsInOrder())
        for (Id tid : plan.sectionTasks.value(sid)) {
            const Task &t = plan.tasks.value(tid);
            const int kind = n++ % 5;
            if (kind == 4)
                continue;
            ProgressReport r;
            r.id = next++;
            r.taskId = tid;
            r.period = period::quarter(plan.info.year, 4);
            r.reportDate = QDate(plan.info.year, 12, 28);
            r.status = kind < 2 ? TaskStatus::Done : TaskStatus::InProgress;
            r.percent = kind < 2 ? 100 : 70;
            r.yearEnd = true;
            r.problems = kind >= 2 ? QStringLiteral("进度滞后") : QString();
            for (const Target &target : t.targets)
                if (target.value)
                    r.actuals.insert(target.id, *target.value * reached[kind]);
            log.entries.append(r);
        }
    return log;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);   // the summary's Word file measures its text with fonts
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 21;

    PlanData plan = bench::generate(10000);
    Id target = 1;
    for (Task &t : plan.tasks)
        for (Target &tg : t.targets)
            tg.id = target++;
    const AssessmentChange scheme = AssessmentEngine::defaultScheme(plan);
    for (auto it = scheme.items.cbegin(); it != scheme.items.cend(); ++it)
        plan.tasks[it.key()].assessment = it.value();
    plan.assessment = scheme.scheme;
    const ReportLog log = yearOf(plan);
    AssessmentResult result;
    const Times scoring = measure(runs, [&] { result = AssessmentEngine::assess(plan, log); });
    printf("assessment of %lld tasks, %lld units: median %.1f ms, min %.1f ms, max %.1f ms (%d runs, goal <= 200 ms)\n",
           static_cast<long long>(plan.tasks.size()), static_cast<long long>(result.units.size()), scoring.median, scoring.min,
           scoring.max, runs);

    // The sample plan after a year of reports, as a plan file.
    QFile json(QStringLiteral(ANNUALPLAN_SAMPLE_JSON));
    PlanData sample;
    QString error;
    if (!json.open(QIODevice::ReadOnly) || !PlanJson::read(json.readAll(), &sample, &error)) {
        fprintf(stderr, "cannot read the sample: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    auto doc = PlanDocument::create(dir.filePath(QStringLiteral("sample.aplan")), sample, &error);
    if (!doc) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const ReportLog sampleYear = yearOf(doc->plan());
    for (ProgressReport r : sampleYear.entries) {
        r.id = 0;
        edits::addReport(*doc, r);
    }
    const QString out = dir.filePath(QStringLiteral("summary.docx"));
    const Times summary = measure(runs, [&] {
        const YearSummary s(*doc, QDate(2027, 1, 10));
        s.writeDocx(out, &error);
    });
    printf("summary of the sample (%lld tasks, %lld reports) to .docx: median %.1f ms, min %.1f ms, max %.1f ms (%d runs, "
           "goal <= 1000 ms)\n",
           static_cast<long long>(doc->plan().tasks.size()), static_cast<long long>(doc->reports().entries.size()),
           summary.median, summary.min, summary.max, runs);
    return 0;
}
