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
    // About 5.2 work items to a body page of the generated plan.
    for (const int tasks : {155, 1550}) {
        const QString planPath = dir.filePath(QStringLiteral("plan%1.aplan").arg(tasks));
        QString error;
        auto doc = PlanDocument::create(planPath, bench::generate(tasks, std::min(tasks, 50)), &error);
        if (!doc) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        PrintOptions bodyOnly;
        bodyOnly.parts = PrintOptions::Plan;
        const QString pdf = dir.filePath(QStringLiteral("plan%1.pdf").arg(tasks));
        if (!PlanPrinter(*doc, bodyOnly).writePdf(pdf, &error)) {
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
        std::printf("PDF import, %d pages (%d tasks printed; %d sections, %d tasks, %d targets read back): median %.1f ms "
                    "(min %.1f, max %.1f; %d runs)\n",
                    pages, tasks, result.count(ImportNode::Kind::Section), result.count(ImportNode::Kind::Task),
                    result.targetCount(), median(times), *std::min_element(times.cbegin(), times.cend()),
                    *std::max_element(times.cbegin(), times.cend()), runs);
    }
    return 0;
}
