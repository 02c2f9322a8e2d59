// Versions and the year month by month (issue "The plan as the year changes it"): on the generated
// 10,000-task plan, save a version (one transaction; its size beside the plan's tables), compare it
// with the plan after 300 changes (goal <= 300 ms, with the versions read), and paint the
// timeline screen by screen while scrolling (goal <= 16 ms a screen). Prints p50 and p99.
//   bench_versions [TASKS] [RUNS]
#include "generate.h"
#include "stats.h"

#include "document/planedits.h"
#include "document/plandocument.h"
#include "document/versioncomparison.h"
#include "storage/versioncontent.h"
#include "widgets/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QScrollBar>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace ap;

namespace {

QList<double> timed(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return times;
}

void report(const char *what, const QList<double> &times)
{
    std::printf("%-44s p50 %8.2f ms   p99 %8.2f ms   (%lld runs)\n", what, bench::percentile(times, 0.5),
                bench::percentile(times, 0.99), static_cast<long long>(times.size()));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int tasks = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 10;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.aplan"));
    QString error;
    const PlanData generated = bench::generate(tasks);
    auto doc = PlanDocument::create(path, generated, &error);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 before = QFileInfo(path).size();
    int saved = 0;
    report("save a version (one transaction)", timed(runs, [&]() {
               if (!doc->saveVersion(QStringLiteral("版本%1").arg(++saved)))
                   std::fprintf(stderr, "%s\n", qPrintable(doc->lastError()));
           }));
    const qint64 parts = [&]() {
        qint64 n = 0;
        for (const QByteArray &p : VersionContent::encode(doc->plan()))
            n += p.size();
        return n;
    }();
    std::printf("plan file %.1f MB; one version's content %.2f MB (%.0f%% of the file)\n", before / 1e6, parts / 1e6,
                100.0 * parts / before);

    // 300 changes: a target, a deadline or a title each.
    int n = 0;
    for (Id sid : doc->plan().sectionsInOrder())
        for (Id tid : doc->plan().sectionTasks.value(sid)) {
            if (n >= 300)
                break;
            if ((tid % 31) != 0)
                continue;
            Task t = doc->plan().tasks.value(tid);
            if (n % 3 == 0 && !t.targets.isEmpty() && t.targets[0].value)
                t.targets[0].value = *t.targets[0].value + 1;
            else if (n % 3 == 1)
                t.deadline = QDate(doc->plan().info.year, 11, 30);
            else
                t.title += QStringLiteral("（调整）");
            edits::editTask(*doc, t, QStringLiteral("adjust"));
            ++n;
        }
    const Id first = doc->versions().list.first().id;
    int changes = 0;
    report("compare a version with the plan now", timed(runs, [&]() {
               VersionComparison c;
               // Each run reads the version anew: the document keeps none between runs here.
               VersionComparison::make(*doc, first, 0, &c, &error);
               changes = int(c.changes.size());
           }));
    std::printf("  %d changes found\n", changes);
    report("measure a day under a version (planInForce)", timed(runs, [&]() { doc->planInForce(QDate(2000, 1, 1)); }));

    // The timeline: a screen of 1366×700, scrolled a page at a time from top to bottom, by month.
    TimelineView view(doc.get());
    view.resize(1300, 700);
    view.setZoom(TimelineView::Zoom::Month);
    view.show();
    QImage screen(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QScrollBar *bar = view.verticalScrollBar();
    QList<double> paints;
    for (int value = 0; value <= bar->maximum(); value += bar->pageStep() / 2) {
        bar->setValue(value);
        QElapsedTimer timer;
        timer.start();
        view.viewport()->render(&screen);
        paints.append(timer.nsecsElapsed() / 1e6);
    }
    report("timeline: paint a screen while scrolling", paints);
    return 0;
}
