// Import and roll-forward figures (issue 5): parse a ~75 KB plan .docx, and roll a
// 10,000-task plan forward into a new file. Prints medians over repeated runs.
//   bench_import [RUNS] [import]   ("import": the docx figure only)
#include "generate.h"

#include "../tests/support/zipwriter.h"

#include "document/rollforward.h"
#include "domain/numbering.h"
#include "import/docxreader.h"
#include "import/planimport.h"
#include "archive/zipreader.h"
#include "storage/file/planstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ap;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

using bench::planDocx;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 21;
    QTemporaryDir dir;

    // 1. Parse a plan .docx of about 75 KB (file size), from disk to the extracted plan.
    int paragraphs = 0;
    const QByteArray docx = planDocx(75 * 1024, &paragraphs);
    const QString docxPath = dir.filePath(QStringLiteral("plan.docx"));
    {
        QFile f(docxPath);
        f.open(QIODevice::WriteOnly);
        f.write(docx);
    }
    QList<double> parse;
    ImportResult result;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        QString error;
        if (!PlanImport::readFile(docxPath, &result, &error)) {
            fprintf(stderr, "import failed: %s\n", qPrintable(error));
            return 1;
        }
        parse.append(t.nsecsElapsed() / 1e6);
    }
    qint64 xmlBytes = 0;
    {
        ZipReader zip;
        QByteArray xml;
        QString error;
        if (zip.open(docx, &error) && zip.read(QStringLiteral("word/document.xml"), &xml, &error))
            xmlBytes = xml.size();
    }
    printf("docx import: %lld bytes, document.xml %lld bytes (%d paragraphs) -> %d sections, %d tasks, %d targets; median %.1f ms, min %.1f ms, max %.1f ms (%d runs, goal <= 50 ms)\n",
           static_cast<long long>(docx.size()), static_cast<long long>(xmlBytes), paragraphs, result.count(ImportNode::Kind::Section),
           result.count(ImportNode::Kind::Task), result.targetCount(), median(parse),
           *std::min_element(parse.cbegin(), parse.cend()), *std::max_element(parse.cbegin(), parse.cend()), runs);

    {
        // Where the time goes: unpacking and reading the XML, then recognising the plan.
        QList<double> readMs, parseMs;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            QList<DocxParagraph> paragraphsRead;
            QString error;
            DocxReader::read(docx, &paragraphsRead, &error);
            readMs.append(t.nsecsElapsed() / 1e6);
            QStringList lines;
            for (const DocxParagraph &p : paragraphsRead)
                lines.append(p.numberLabel + p.text);
            const QString text = lines.join(QLatin1Char('\n'));
            t.restart();
            const ImportResult r = PlanImport::parseText(text);
            parseMs.append(t.nsecsElapsed() / 1e6);
        }
        printf("  of which: docx unpack + XML median %.1f ms, plan recognition median %.1f ms\n", median(readMs),
               median(parseMs));
    }
    if (argc > 2 && qstrcmp(argv[2], "import") == 0)
        return 0;

    // 2. Roll a 10,000-task plan forward: read last year's file, build, write the new file.
    const PlanData plan = bench::generate(10000);
    const QString last = dir.filePath(QStringLiteral("last.aplan"));
    QString error;
    if (!PlanStore::create(last, plan.info, &error, nullptr, &plan)) {
        fprintf(stderr, "create failed: %s\n", qPrintable(error));
        return 1;
    }
    QList<double> roll, build;
    const int rollRuns = std::max(3, runs / 4);
    for (int i = 0; i < rollRuns; ++i) {
        const QString next = dir.filePath(QStringLiteral("next%1.aplan").arg(i));
        RollForwardOptions options;
        options.year = 2027;
        QString summary;
        QElapsedTimer t;
        t.start();
        if (!RollForward::run(PlanLocation::file(last), next, options, true, &summary, &error)) {
            fprintf(stderr, "roll forward failed: %s\n", qPrintable(error));
            return 1;
        }
        roll.append(t.nsecsElapsed() / 1e6);
        QElapsedTimer b;
        b.start();
        QList<YearReplacement> proposals;
        const PlanData built = RollForward::build(plan, options, &proposals);
        build.append(b.nsecsElapsed() / 1e6);
        QFile::remove(next);
    }
    printf("roll forward 10,000 tasks (%d targets): file to new file median %.0f ms, min %.0f ms, max %.0f ms; in-memory build median %.0f ms (%d runs, goal <= 1000 ms)\n",
           plan.targetCount(), median(roll), *std::min_element(roll.cbegin(), roll.cend()),
           *std::max_element(roll.cbegin(), roll.cend()), median(build), rollRuns);
    return 0;
}
