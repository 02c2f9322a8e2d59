// The work the instruction-count guard (check_instructions.sh) measures, one workload a run:
//   instruction_workload open TASKS      the window opens a generated plan and paints it
//   instruction_workload print TASKS     the plan printed to PDF (body and both annexes)
//   instruction_workload import DIR      every .txt plan in DIR and a generated Word plan read
//   instruction_workload status TASKS    the whole plan's status, with eight reports a task
//                                        (bench::monthlyReports, as bench_status has them)
// What a workload needs first (the plan file, the reports) is made with callgrind's counting off;
// only the workload itself is counted (CALLGRIND_START/STOP_INSTRUMENTATION). Outside valgrind
// the requests do nothing, so the program also runs as it is. It prints what it did, so that a
// workload that silently did less would show in the guard's output.
#include "generate.h"

#include "document/plandocument.h"
#include "editor/checkpanel.h"
#include "import/planimport.h"
#include "print/planprinter.h"
#include "shell/mainwindow.h"
#include "status/statusengine.h"
#include "storage/file/planstore.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>

#include <valgrind/callgrind.h>

#include <cstdio>

using namespace ap;

namespace {

bool makePlan(const QString &path, int tasks)
{
    const PlanData p = bench::generate(tasks, qMin(500, tasks / 4));
    QString error;
    if (PlanStore::create(path, p.info, &error, nullptr, &p))
        return true;
    fprintf(stderr, "%s\n", qPrintable(error));
    return false;
}

int openInWindow(const QString &path)
{
    CALLGRIND_START_INSTRUMENTATION;
    int rows = 0;
    {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        if (!w.openFile(path))
            return 1;
        QApplication::processEvents();
        w.repaint();
        // What waits for the first paint (the plan checks) is part of opening too.
        auto *checks = w.findChild<CheckPanel *>();
        if (!checks)
            return 1;
        if (checks->findingCount() < 0) {
            QEventLoop wait;
            QObject::connect(checks, &CheckPanel::findingsChanged, &wait, &QEventLoop::quit);
            QTimer::singleShot(60000, &wait, &QEventLoop::quit);
            wait.exec();
        }
        if (checks->findingCount() < 0)
            return 1;
        rows = w.taskView()->model()->rowCount();
        CALLGRIND_STOP_INSTRUMENTATION;
    }
    printf("open: %d rows in the first section's table\n", rows);
    return rows > 0 ? 0 : 1;
}

int print(const QString &path, const QString &pdf)
{
    QString error;
    auto doc = PlanDocument::open(PlanLocation::file(path), PlanStore::Mode::ReadOnly, &error);
    if (!doc)
        return 1;
    CALLGRIND_START_INSTRUMENTATION;
    const bool ok = PlanPrinter(*doc, PrintOptions()).writePdf(pdf, &error);
    CALLGRIND_STOP_INSTRUMENTATION;
    printf("print: %s, %lld bytes\n", ok ? "written" : qPrintable(error), static_cast<long long>(QFileInfo(pdf).size()));
    return ok ? 0 : 1;
}

int import(const QString &dir, const QString &scratch)
{
    int paragraphs = 0;
    QFile docx(scratch + QStringLiteral("/plan.docx"));
    if (!docx.open(QIODevice::WriteOnly) || docx.write(bench::planDocx(80000, &paragraphs)) <= 0)
        return 1;
    docx.close();
    QStringList files;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files << QDir(dir).filePath(name);
    files << docx.fileName();
    int tasks = 0;
    CALLGRIND_START_INSTRUMENTATION;
    for (const QString &file : files) {
        ImportResult result;
        QString error;
        if (PlanImport::readFile(file, &result, &error))
            tasks += result.count(ImportNode::Kind::Task);
    }
    CALLGRIND_STOP_INSTRUMENTATION;
    printf("import: %lld files, %d tasks\n", static_cast<long long>(files.size()), tasks);
    return files.size() > 1 && tasks > 0 ? 0 : 1;
}

int status(int tasks)
{
    const PlanData plan = bench::generate(tasks);
    const ReportLog log = bench::monthlyReports(plan);
    CALLGRIND_START_INSTRUMENTATION;
    const QList<TaskResult> results = StatusEngine::evaluateAll(plan, log, QDate(2026, 10, 15));
    CALLGRIND_STOP_INSTRUMENTATION;
    printf("status: %lld tasks judged\n", static_cast<long long>(results.size()));
    return results.size() == tasks ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        fprintf(stderr, "usage: instruction_workload open|print|status TASKS | import DIR\n");
        return 64;
    }
    const QByteArray what = argv[1];
    const QString arg = QString::fromLocal8Bit(argv[2]);
    QTemporaryDir scratch;
    const QString plan = scratch.filePath(QStringLiteral("plan.aplan"));
    if (what == "open")
        return makePlan(plan, arg.toInt()) ? openInWindow(plan) : 1;
    if (what == "print")
        return makePlan(plan, arg.toInt()) ? print(plan, scratch.filePath(QStringLiteral("plan.pdf"))) : 1;
    if (what == "import")
        return import(arg, scratch.path());
    if (what == "status")
        return status(arg.toInt());
    return 64;
}
