// The progress report and the year-end assessment, read back from the PDF with pdftotext.
#include "document/commands.h"
#include "print/reportprinter.h"

#include "../support/docxparts.h"
#include "../support/testutil.h"

#include <QProcess>
#include <QRegularExpression>

using namespace ap;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    // Layout spacing is not part of the text a reader searches for.
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s+")));
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(p.waitForFinished(60000));
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

// The small plan with reports: the first task at 40% with a problem, the 30 June task not done.
void reportOn(testutil::DocumentFixture &f)
{
    for (const Task &t : f.plan().tasks) {
        CheckIn c;
        c.taskId = t.id;
        c.period = QStringLiteral("2026Q2");
        c.reportDate = QDate(2026, 6, 30);
        c.status = TaskStatus::InProgress;
        c.percent = t.title == QStringLiteral("扩大签约覆盖面") ? 40 : 20;
        c.progress = QStringLiteral("%1进展顺利").arg(t.title.left(2));
        c.problems = t.title == QStringLiteral("扩大签约覆盖面") ? QStringLiteral("团队人手紧张") : QString();
        if (!t.targets.isEmpty())
            c.actuals.insert(t.targets.first().id, 86);
        f.stack()->push(new AddCheckInCommand(f.doc.get(), c));
    }
}

} // namespace

TEST_CASE("The quarterly progress report names its period, counts, overdue work and each task's progress")
{
    testutil::DocumentFixture f;
    reportOn(f);
    const ReportPrinter report(*f.doc, ReportPrinter::Kind::Progress, QStringLiteral("2026Q3"), QDate(2026, 9, 30));
    const QString path = f.dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    REQUIRE(report.writePdf(path, &error));
    const QString text = pdfText(path);
    CHECK(pdfPages(path) >= 2);
    CHECK(text.contains(QStringLiteral("2026年测试工作计划")));
    CHECK(text.contains(QStringLiteral("进展")));
    CHECK(text.contains(QStringLiteral("团队人手紧张")));
    CHECK(text.contains(QStringLiteral("扩大签约覆盖面")));
    // 健康档案更新 was due on 30 June and is reported at 20%: overdue, under its lead department.
    CHECK(text.contains(QStringLiteral("区卫健委")));
    CHECK(report.summaryText().contains(QString::number(f.plan().tasks.size())));
    CHECK(testutil::listing(f.dir.path()).contains(QStringLiteral("report.pdf")));
}

TEST_CASE("The year-end assessment lists each target planned against actual, met or not")
{
    testutil::DocumentFixture f;
    reportOn(f);
    const ReportPrinter report(*f.doc, ReportPrinter::Kind::Annual, QStringLiteral("2026"), QDate(2026, 12, 31));
    const QString path = f.dir.filePath(QStringLiteral("annual.pdf"));
    QString error;
    REQUIRE(report.writePdf(path, &error));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("重点人群签约率")));
    CHECK(text.contains(QStringLiteral("≥85%")));
    CHECK(text.contains(QStringLiteral("86%")));
}

TEST_CASE("The progress report also goes to Word with its table, its colours and its Chinese words")
{
    testutil::DocumentFixture f;
    reportOn(f);
    const ReportPrinter report(*f.doc, ReportPrinter::Kind::Progress, QStringLiteral("2026Q2"));
    const QString path = f.dir.filePath(QStringLiteral("report.docx"));
    QString error;
    REQUIRE(report.writeDocx(path, &error));
    const testutil::Docx docx = testutil::readDocx(path);
    INFO(docx.error.toStdString());
    REQUIRE(docx.ok);
    REQUIRE(docx.paragraphs.size() > 3);
    // The title broken between its words, by line breaks in its paragraph.
    CHECK(docx.withStyle(QStringLiteral("APTitle")).value(0).text.remove(u'\n') == report.title());
    CHECK(docx.withStyle(QStringLiteral("APBody")).value(1).text == report.summaryText());
    REQUIRE(docx.sections.size() == 2);
    CHECK(docx.sections.at(1).landscape);
    QString cells;
    bool coloured = false;
    for (const testutil::DocxRow &r : docx.rows) {
        cells += r.cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        coloured = coloured || r.fills.contains(QStringLiteral("F4B4B4")) || r.fills.contains(QStringLiteral("FAE79A"))
                   || r.fills.contains(QStringLiteral("E0E0E0"));   // 逾期, 滞后, 未填报
    }
    CHECK(cells.contains(QStringLiteral("团队人手紧张")));
    CHECK(cells.contains(QStringLiteral("扩大签约覆盖面")));
    const PrintedTable annex = report.content().annexes.value(0);
    REQUIRE_FALSE(docx.rows.isEmpty());
    CHECK(docx.rows.first().header);
    CHECK(docx.rows.first().cells.value(0) == annex.columns.value(0).header);
    CHECK(docx.rows.first().cells.size() == annex.columns.size());
    CHECK(coloured);
}
