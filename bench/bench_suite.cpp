// The benchmark suite (issue "Evidence"): plans of 1,000 / 10,000 / 100,000 tasks, and for each
//   - process start to window shown with the plan loaded (the real annualplan binary) and the peak
//     memory of that process,
//   - one edit committed to the file (p50 and p99 over 200 edits),
//   - a full status recompute,
//   - the PDF export of the whole plan (body and annexes),
//   - rolling the plan forward into a new file,
// and once, importing a 78 KB plan .docx. Prints medians; nothing is asserted.
//   bench_suite [SIZES…]       default: 1000 10000 100000
#include "generate.h"

#include "document/commands.h"
#include "document/rollforward.h"
#include "import/planimport.h"
#include "print/planprinter.h"
#include "status/statusengine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace ap;

namespace {

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int i = std::clamp(int(p * (v.size() - 1) + 0.5), 0, int(v.size()) - 1);
    return v.at(i);
}

double median(const QList<double> &v)
{
    return percentile(v, 0.5);
}

template <typename F>
double timed(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

// Start to "shown" of the real binary; the process's peak memory goes to *peakKb.
double startup(const QString &path, const QString &configDir, long *peakKb)
{
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANNUALPLAN_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    proc.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    proc.start(QStringLiteral(ANNUALPLAN_BINARY), {path});
    QByteArray out;
    while (!out.contains("shown") && proc.waitForReadyRead(120000))
        out += proc.readAllStandardOutput();
    const double ms = timer.nsecsElapsed() / 1e6;
    proc.waitForFinished(60000);
    if (!out.contains("shown"))
        return -1;
    // The largest child so far: sizes run in increasing order, so this is this size's process.
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    *peakKb = usage.ru_maxrss;
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(atoi(argv[i]));
    if (sizes.isEmpty())
        sizes = {1000, 10000, 100000};
    std::sort(sizes.begin(), sizes.end());
    QTemporaryDir dir;
    printf("| tasks | file | start → window shown (median) | peak memory of the window process | edit committed p50 / p99 | status recompute | PDF export (pages) | roll forward |\n");
    printf("|---|---|---|---|---|---|---|---|\n");
    for (int size : sizes) {
        const QString path = dir.filePath(QStringLiteral("plan-%1.aplan").arg(size));
        const PlanData generated = bench::generate(size, std::min(500, size / 4));
        QString error;
        if (!PlanStore::create(path, generated.info, &error, nullptr, &generated)) {
            fprintf(stderr, "cannot create: %s\n", qPrintable(error));
            return 1;
        }
        const int startRuns = size >= 100000 ? 3 : 7;
        QList<double> starts;
        long peakKb = 0;
        for (int i = 0; i < startRuns; ++i)
            starts.append(startup(path, dir.filePath(QStringLiteral("config")), &peakKb));

        auto doc = PlanDocument::open(path, PlanStore::Mode::ReadWrite, &error);
        if (!doc) {
            fprintf(stderr, "cannot open: %s\n", qPrintable(error));
            return 1;
        }
        // One edit committed: a task's notes changed, written through in its own transaction.
        QList<Id> ids = doc->plan().tasks.keys();
        std::sort(ids.begin(), ids.end());
        QList<double> edits;
        for (int i = 0; i < 200; ++i) {
            Task t = doc->plan().tasks.value(ids.at((i * 7919) % ids.size()));
            t.notes = QStringLiteral("编辑%1").arg(i);
            edits.append(timed([&] { doc->undoStack()->push(new EditTaskCommand(doc.get(), t)); }));
        }
        QList<double> status;
        for (int i = 0; i < 5; ++i)
            status.append(timed([&] { StatusEngine::evaluateAll(doc->plan(), doc->checkins(), QDate(2026, 7, 1)); }));

        QString pdfCell = QStringLiteral("not run (> 10,000 tasks)");
        if (size <= 10000) {
            const QString pdf = dir.filePath(QStringLiteral("plan-%1.pdf").arg(size));
            PrintOptions options;
            options.fonts = PrintFonts::defaults();
            const PlanPrinter printer(*doc, options);
            const double ms = timed([&] { printer.writePdf(pdf, &error); });
            QProcess info;
            info.start(QStringLiteral("pdfinfo"), {pdf});
            info.waitForFinished(60000);
            const QString pages = QString::fromUtf8(info.readAllStandardOutput()).section(QStringLiteral("Pages:"), 1).trimmed().section(QLatin1Char('\n'), 0, 0);
            pdfCell = QStringLiteral("%1 s (%2 pages)").arg(ms / 1000, 0, 'f', 2).arg(pages);
        }
        doc.reset();
        QList<double> rolls;
        for (int i = 0; i < (size >= 100000 ? 1 : 3); ++i) {
            const QString next = dir.filePath(QStringLiteral("next-%1-%2.aplan").arg(size).arg(i));
            RollForwardOptions options;
            QString summary;
            rolls.append(timed([&] { RollForward::run(path, next, options, true, &summary, &error); }));
            QFile::remove(next);
        }
        printf("| %d | %.1f MB | %.0f ms | %.0f MB | %.2f / %.2f ms | %.1f ms | %s | %.0f ms |\n", size,
               QFileInfo(path).size() / 1048576.0, median(starts), peakKb / 1024.0, median(edits), percentile(edits, 0.99),
               median(status), qPrintable(pdfCell), median(rolls));
        fflush(stdout);
        QFile::remove(path);
    }
    // The .docx import does not depend on the plan size: a 78 KB plan document, as in bench_import.
    int paragraphs = 0;
    const QByteArray docx = bench::planDocx(75 * 1024, &paragraphs);
    QList<double> imports;
    for (int i = 0; i < 21; ++i) {
        ImportResult r;
        QString error;
        imports.append(timed([&] { PlanImport::readBytes(docx, QStringLiteral("plan.docx"), &r, &error); }));
    }
    printf("\n.docx import (%lld bytes, %d paragraphs): median %.1f ms over 21 runs\n", static_cast<long long>(docx.size()),
           paragraphs, median(imports));
    return 0;
}
