// Import and roll-forward figures (issue 5): parse a ~75 KB plan .docx, and roll a
// 10,000-task plan forward into a new file. Prints medians over repeated runs.
//   bench_import [RUNS] [import]   ("import": the docx figure only)
#include "generate.h"

#include "../tests/support/zipwriter.h"

#include "document/rollforward.h"
#include "domain/numbering.h"
#include "import/docxreader.h"
#include "import/planimport.h"
#include "import/zipreader.h"
#include "storage/planstore.h"

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

// A plan document in Word form, marked up the way Word writes it (paragraph properties, runs
// with fonts and sizes, text split over several runs) and with varied wording, so that it
// compresses like a real one: the outline of a plan, numbered work items with targets,
// deadlines and responsibility clauses.
QString wordParagraph(const QString &text, QRandomGenerator &rng)
{
    static const QString runProps = QStringLiteral(
        "<w:rPr><w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"仿宋_GB2312\"/>"
        "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr>");
    QString p = QStringLiteral("<w:p><w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/><w:ind w:firstLine=\"640\"/></w:pPr>");
    int pos = 0;
    while (pos < text.size()) {
        const int len = 8 + int(rng.bounded(30));
        p += QStringLiteral("<w:r w:rsidR=\"%1\">").arg(rng.bounded(0x10000000u), 8, 16, QLatin1Char('0')) + runProps
            + QStringLiteral("<w:t xml:space=\"preserve\">") + text.mid(pos, len).toHtmlEscaped() + QStringLiteral("</w:t></w:r>");
        pos += len;
    }
    return p + QStringLiteral("</w:p>");
}

// Running prose of common characters (GB2312 level 1) with the punctuation of a plan, so the
// text compresses like real writing rather than like a repeated template.
QString prose(QRandomGenerator &rng, int length)
{
    QStringDecoder gb("GB18030");
    QByteArray bytes;
    for (int i = 0; i < length; ++i) {
        if (i > 0 && i % (12 + int(rng.bounded(10))) == 0) {
            bytes += "\xA3\xAC";   // ，
            continue;
        }
        bytes.append(char(0xB0 + rng.bounded(0xD7 - 0xB0)));
        bytes.append(char(0xA1 + rng.bounded(0xFE - 0xA1)));
    }
    return gb.decode(bytes) + QStringLiteral("。");
}

QByteArray planDocx(qint64 targetBytes, int *paragraphs)
{
    static const QStringList verbs = {QStringLiteral("推进"), QStringLiteral("完善"), QStringLiteral("加强"), QStringLiteral("落实"),
                                      QStringLiteral("深化"), QStringLiteral("健全"), QStringLiteral("提升"), QStringLiteral("规范")};
    static const QStringList objects = {QStringLiteral("家庭医生签约服务"), QStringLiteral("基层医疗机构标准化建设"),
                                        QStringLiteral("医疗质量安全管理"), QStringLiteral("慢性病综合防控"),
                                        QStringLiteral("妇幼健康服务"), QStringLiteral("传染病监测预警"),
                                        QStringLiteral("中医药服务能力"), QStringLiteral("卫生健康信息化"),
                                        QStringLiteral("急救体系建设"), QStringLiteral("健康教育与促进")};
    static const QStringList units = {QStringLiteral("区卫健局"), QStringLiteral("区财政局"), QStringLiteral("区医保分局"),
                                      QStringLiteral("区疾控中心"), QStringLiteral("区人社局"), QStringLiteral("各街道办事处")};
    QRandomGenerator rng(75);
    QString body = wordParagraph(QStringLiteral("某区卫生健康局2027年度工作计划"), rng);
    *paragraphs = 1;
    QByteArray docx;
    for (int chapter = 1;; ++chapter) {
        body += wordParagraph(chineseNumeral(chapter) + QStringLiteral("、") + verbs.at(chapter % verbs.size())
                                  + objects.at(chapter % objects.size()), rng);
        ++*paragraphs;
        for (int sub = 1; sub <= 3; ++sub) {
            body += wordParagraph(QStringLiteral("（") + chineseNumeral(sub) + QStringLiteral("）")
                                      + objects.at(int(rng.bounded(objects.size()))), rng);
            ++*paragraphs;
            for (int item = 1; item <= 4; ++item) {
                const QString text =
                    QStringLiteral("%1．%2%3。全年完成%4家机构改造，%5覆盖率提升至%6%（2026年为%7%），"
                                   "到2027年%8月底前完成验收，每季度调度%9次。（责任单位：%10牵头，%11、%12配合）")
                        .arg(item)
                        .arg(verbs.at(int(rng.bounded(verbs.size()))), objects.at(int(rng.bounded(objects.size()))))
                        .arg(3 + rng.bounded(40))
                        .arg(objects.at(int(rng.bounded(objects.size()))))
                        .arg(60 + rng.bounded(40))
                        .arg(50 + rng.bounded(30))
                        .arg(1 + rng.bounded(12))
                        .arg(1 + rng.bounded(3))
                        .arg(units.at(int(rng.bounded(units.size()))), units.at(int(rng.bounded(units.size()))),
                             units.at(int(rng.bounded(units.size()))));
                body += wordParagraph(text + prose(rng, 60 + int(rng.bounded(80))), rng);
                ++*paragraphs;
            }
        }
        if (chapter % 2 == 0) {
            docx = testutil::makeDocx(body);
            if (docx.size() >= targetBytes)
                return docx;
        }
    }
}

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
        if (!RollForward::run(last, next, options, true, &summary, &error)) {
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
