// PDF import figures (issue "Import any plan"): a plan printed by AnnualPlan to a PDF of about
// 30 and about 300 body pages, then read back by File ▸ Import's reader (Poppler, lines joined,
// page numbers and running lines dropped, the outline recognised). Prints medians.
//   bench_pdfimport [RUNS]
#include "generate.h"

#include "document/plandocument.h"
#include "import/planimport.h"
#include "print/planprinter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <poppler-qt6.h>

#include <algorithm>
#include <cstdio>

using namespace ap;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 11;
    QTemporaryDir dir;
    // About 5.2 work items to a body page of the generated plan. The body alone, then the whole
    // print (body and 分解表, whose rows are read by where their words stand), then the table alone.
    struct Case
    {
        int tasks;
        int parts;
        const char *what;
    };
    const QList<Case> cases = {{155, PrintOptions::Plan, "body"}, {1550, PrintOptions::Plan, "body"},
                               {155, PrintOptions::Plan | PrintOptions::Annex, "body and 分解表"},
                               {155, PrintOptions::Annex, "分解表 alone"}};
    for (const Case &c : cases) {
        const int tasks = c.tasks;
        const QString planPath = dir.filePath(QStringLiteral("plan%1-%2.aplan").arg(tasks).arg(c.parts));
        QString error;
        auto doc = PlanDocument::create(planPath, bench::generate(tasks, std::min(tasks, 50)), &error);
        if (!doc) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        PrintOptions options;
        options.parts = c.parts;
        const QString pdf = dir.filePath(QStringLiteral("plan%1-%2.pdf").arg(tasks).arg(c.parts));
        if (!PlanPrinter(*doc, options).writePdf(pdf, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const int pages = Poppler::Document::load(pdf)->numPages();
        QList<double> times;
        ImportResult result;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            if (!PlanImport::readFile(pdf, &result, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            times << t.nsecsElapsed() / 1e6;
        }
        int dated = 0;
        for (const ImportNode &n : std::as_const(result.nodes))
            dated += n.kind == ImportNode::Kind::Task && n.deadline.isValid() ? 1 : 0;
        std::printf("PDF import, %s, %d pages (%d tasks printed; %d sections, %d tasks, %d with a deadline, %d targets "
                    "read back): median %.1f ms (min %.1f, max %.1f; %d runs)\n",
                    c.what, pages, tasks, result.count(ImportNode::Kind::Section), result.count(ImportNode::Kind::Task),
                    dated, result.targetCount(), median(times), *std::min_element(times.cbegin(), times.cend()),
                    *std::max_element(times.cbegin(), times.cend()), runs);
    }
    return 0;
}
