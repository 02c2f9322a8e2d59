// The benchmark suite (issue "Evidence"): plans of 1,000 / 10,000 / 100,000 tasks, and for each
//   - process start to window shown with the plan loaded (the real annualplan binary) and the peak
//     memory of that process,
//   - switching the window to the largest section, until its table has painted (in process),
//   - one edit committed to the file (p50 and p99 over 200 edits),
//   - a full status recompute,
//   - the PDF export of the whole plan (body and annexes),
//   - rolling the plan forward into a new file,
// and once, importing a 78 KB plan .docx; then, side by side in the same run, the PDF export of a
// 1,000-task plan by `annualplan export --pdf` and by LibreOffice converting the same content from
// .docx (each its own process; wall time and peak memory from GNU time), when soffice is installed.
// Prints medians; nothing is asserted.
//   bench_suite [--no-libreoffice] [--libreoffice-tasks N] [SIZES…]   default sizes: 1000 10000 100000
#include "generate.h"
#include "stats.h"
#include "startup.h"

#include "document/commands.h"
#include "document/rollforward.h"
#include "import/planimport.h"
#include "print/planprinter.h"
#include "status/statusengine.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace ap;

namespace {

using bench::percentile;

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
    const double ms = bench::timeToShown(QStringLiteral(ANNUALPLAN_BINARY), path, configDir, 120000);
    if (ms < 0)
        return -1;
    // The largest child so far: sizes run in increasing order, so this is this size's process.
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    *peakKb = usage.ru_maxrss;
    return ms;
}

// Switching the window to the section with most tasks (and back to a small one), until painted.
double sectionSwitch(const QString &path)
{
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QApplication::processEvents();
    if (!w.openFile(path))
        return -1;
    QApplication::processEvents();
    QTreeView *tree = w.sectionView();
    const QModelIndex chapter = tree->model()->index(0, 0);
    const QModelIndex big = tree->model()->index(0, 0, chapter);  // bench::generate puts the big one first
    const QModelIndex small = tree->model()->index(1, 0, chapter);
    QList<double> times;
    for (int i = 0; i < 10; ++i) {
        tree->setCurrentIndex(small);
        QApplication::processEvents();
        times.append(timed([&] {
            tree->setCurrentIndex(big);
            QApplication::processEvents();
            w.taskView()->viewport()->repaint();
        }));
    }
    return median(times);
}

// Runs a command under GNU time; returns the wall seconds and peak resident memory in KB.
bool timedProcess(const QString &program, const QStringList &args, const QString &scratch, double *seconds,
                  long *peakKb)
{
    const QString report = scratch + QStringLiteral("/time.txt");
    QProcess proc;
    proc.setStandardOutputFile(QProcess::nullDevice());
    proc.setStandardErrorFile(QProcess::nullDevice());
    proc.start(QStringLiteral("/usr/bin/time"),
               QStringList{QStringLiteral("-f"), QStringLiteral("%e %M"), QStringLiteral("-o"), report, program} + args);
    if (!proc.waitForFinished(3600 * 1000) || proc.exitCode() != 0)
        return false;
    QFile f(report);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
    if (parts.size() != 2)
        return false;
    *seconds = parts.at(0).toDouble();
    *peakKb = parts.at(1).toLong();
    return true;
}

// Runs a preparation step (not timed) with its output discarded.
void quietRun(const QString &program, const QStringList &args)
{
    QProcess proc;
    proc.setStandardOutputFile(QProcess::nullDevice());
    proc.setStandardErrorFile(QProcess::nullDevice());
    proc.start(program, args);
    proc.waitForFinished(3600 * 1000);
}

int pdfPages(const QString &pdf)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    info.waitForFinished(60000);
    return QString::fromUtf8(info.readAllStandardOutput())
        .section(QStringLiteral("Pages:"), 1)
        .trimmed()
        .section(QLatin1Char('\n'), 0, 0)
        .toInt();
}

// The PDF export of the same content by AnnualPlan and by LibreOffice, each its own process.
void compareWithLibreOffice(int tasks, const QString &scratch)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty() || !QFileInfo::exists(QStringLiteral("/usr/bin/time"))) {
        printf("\nPDF export against LibreOffice: not run (needs the packages libreoffice-writer-nogui and time; "
               "bench/run.sh installs them)\n");
        return;
    }
    const QString plan = scratch + QStringLiteral("/compare.aplan");
    const PlanData generated = bench::generate(tasks, std::min(500, tasks / 4));
    QString error;
    if (!PlanStore::create(plan, generated.info, &error, nullptr, &generated))
        return;
    // The same content for LibreOffice: our own Word export, as a leader's office suite gets it; that
    // LibreOffice opens and lays it out in time is the figure docs/BENCHMARKS.md gives.
    const QString profile = QStringLiteral("-env:UserInstallation=file://") + scratch + QStringLiteral("/lo-profile");
    quietRun(QStringLiteral(ANNUALPLAN_BINARY),
             {QStringLiteral("export"), plan, QStringLiteral("--docx"), scratch + QStringLiteral("/compare.docx")});
    const QString loDir = scratch + QStringLiteral("/lo");
    QDir().mkpath(loDir);
    QList<double> ours, theirs;
    long oursKb = 0, theirsKb = 0;
    for (int i = 0; i < 3; ++i) {
        double s = 0;
        long kb = 0;
        if (timedProcess(QStringLiteral(ANNUALPLAN_BINARY),
                         {QStringLiteral("export"), plan, QStringLiteral("--pdf"), scratch + QStringLiteral("/ours.pdf")},
                         scratch, &s, &kb)) {
            ours.append(s);
            oursKb = std::max(oursKb, kb);
        }
    }
    const int loRuns = qEnvironmentVariableIntValue("ANNUALPLAN_LIBREOFFICE_RUNS") > 0
                           ? qEnvironmentVariableIntValue("ANNUALPLAN_LIBREOFFICE_RUNS")
                           : 1;
    for (int i = 0; i < loRuns; ++i) {
        double s = 0;
        long kb = 0;
        if (timedProcess(soffice,
                         {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                          QStringLiteral("--outdir"), loDir, scratch + QStringLiteral("/compare.docx")},
                         scratch, &s, &kb)) {
            theirs.append(s);
            theirsKb = std::max(theirsKb, kb);
        }
    }
    printf("\nPDF export of the same %d-task plan, each converter its own process (wall time, peak memory):\n\n", tasks);
    printf("| converter | runs | wall time (median) | peak memory | pages |\n|---|---|---|---|---|\n");
    printf("| AnnualPlan `export --pdf` (正文, 分解表, 责任清单) | %lld | %.2f s | %.0f MB | %d |\n",
           static_cast<long long>(ours.size()), median(ours), oursKb / 1024.0, pdfPages(scratch + QStringLiteral("/ours.pdf")));
    printf("| LibreOffice `soffice --convert-to pdf` of our .docx (the same parts) | %lld | %.2f s | %.0f MB | %d |\n",
           static_cast<long long>(theirs.size()), median(theirs), theirsKb / 1024.0, pdfPages(loDir + QStringLiteral("/compare.pdf")));
    if (!ours.isEmpty() && !theirs.isEmpty() && median(ours) > 0)
        printf("\nAnnualPlan was %.0f× faster.\n", median(theirs) / median(ours));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QList<int> sizes;
    bool libreOffice = true;
    int compareTasks = 1000;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        if (arg == "--no-libreoffice")
            libreOffice = false;
        else if (arg == "--libreoffice-tasks" && i + 1 < argc)
            compareTasks = atoi(argv[++i]);
        else
            sizes.append(atoi(argv[i]));
    }
    if (sizes.isEmpty())
        sizes = {1000, 10000, 100000};
    std::sort(sizes.begin(), sizes.end());
    QTemporaryDir dir;
    printf("| tasks | file | start → window shown (median) | peak memory of the window process | switch to the largest section | edit committed p50 / p99 | status recompute | PDF export (pages) | roll forward |\n");
    printf("|---|---|---|---|---|---|---|---|---|\n");
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

        const double switchMs = sectionSwitch(path);

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
            status.append(timed([&] { StatusEngine::evaluateAll(doc->plan(), doc->reports(), QDate(2026, 7, 1)); }));

        QString pdfCell = QStringLiteral("not run (> 10,000 tasks)");
        if (size <= 10000) {
            const QString pdf = dir.filePath(QStringLiteral("plan-%1.pdf").arg(size));
            PrintOptions options;
            options.fonts = PrintFonts::defaults();
            const PlanPrinter printer(*doc, options);
            const double ms = timed([&] { printer.writePdf(pdf, &error); });
            pdfCell = QStringLiteral("%1 s (%2 pages)").arg(ms / 1000, 0, 'f', 2).arg(pdfPages(pdf));
        }
        doc.reset();
        QList<double> rolls;
        for (int i = 0; i < (size >= 100000 ? 1 : 3); ++i) {
            const QString next = dir.filePath(QStringLiteral("next-%1-%2.aplan").arg(size).arg(i));
            RollForwardOptions options;
            QString summary;
            rolls.append(timed([&] { RollForward::run(PlanLocation::file(path), next, options, true, &summary, &error); }));
            QFile::remove(next);
        }
        printf("| %d | %.1f MB | %.0f ms | %.0f MB | %.1f ms | %.2f / %.2f ms | %.1f ms | %s | %.0f ms |\n", size,
               QFileInfo(path).size() / 1048576.0, median(starts), peakKb / 1024.0, switchMs, median(edits),
               percentile(edits, 0.99),
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
    fflush(stdout);
    if (libreOffice)
        compareWithLibreOffice(compareTasks, dir.path());
    return 0;
}
