// The progress report and the year-end assessment, read back from the PDF with pdftotext.
#include "document/commands.h"
#include "domain/documentlanguage.h"
#include "print/bulletinprinter.h"
#include "print/reminderprinter.h"

#include "../support/docxparts.h"
#include "../support/printedwords.h"
#include "../support/testutil.h"

#include <QProcess>
#include <QRegularExpression>

using namespace ap;

namespace {

using testutil::paragraphs;
using testutil::pdfText;

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(p.waitForFinished(-1));
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

// The small plan with reports: the first task at 40% with a problem, the 30 June task not done.
void reportOn(testutil::DocumentFixture &f)
{
    for (const Task &t : f.plan().tasks) {
        ProgressReport c;
        c.taskId = t.id;
        c.period = QStringLiteral("2026Q2");
        c.reportDate = QDate(2026, 6, 30);
        c.status = TaskStatus::InProgress;
        c.percent = t.title == QStringLiteral("扩大签约覆盖面") ? 40 : 20;
        c.progress = QStringLiteral("%1进展顺利").arg(t.title.left(2));
        c.problems = t.title == QStringLiteral("扩大签约覆盖面") ? QStringLiteral("团队人手紧张") : QString();
        if (!t.targets.isEmpty())
            c.actuals.insert(t.targets.first().id, 86);
        f.stack()->push(new AddReportCommand(f.doc.get(), c));
    }
}

} // namespace

namespace {

// The printed documents in Chinese, as the program prints them, for one test.
struct ChineseDocuments : testutil::ChineseDocuments
{
    ChineseDocuments() : testutil::ChineseDocuments(QStringLiteral(ANNUALPLAN_QM)) {}
};

} // namespace

TEST_CASE("The quarterly progress report names its period, counts, overdue work and each task's progress")
{
    ChineseDocuments chinese;   // as the program prints it, whatever the window's language
    testutil::DocumentFixture f;
    reportOn(f);
    const BulletinPrinter report(*f.doc, BulletinPrinter::Kind::Progress, QStringLiteral("2026Q3"), QDate(2026, 9, 30));
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
    const BulletinPrinter report(*f.doc, BulletinPrinter::Kind::Annual, QStringLiteral("2026"), QDate(2026, 12, 31));
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
    const BulletinPrinter report(*f.doc, BulletinPrinter::Kind::Progress, QStringLiteral("2026Q2"));
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



TEST_CASE("The 通报 opens with the counts a bureau reports, names who has not reported and lists overdue work by section against the step due")
{
    ChineseDocuments chinese;
    testutil::DocumentFixture f;
    // 扩大签约覆盖面: 80% due by June, 78% in the third quarter — 逾期. 健康档案更新: done.
    // 病历质量督查 (区医保局): no third-quarter report — 未填报.
    const Task signing = f.plan().tasks.value(f.withJuneStep());
    ProgressReport q3;
    q3.taskId = signing.id;
    q3.period = QStringLiteral("2026Q3");
    q3.reportDate = QDate(2026, 10, 8);
    q3.status = TaskStatus::InProgress;
    q3.percent = 75;
    q3.actuals = {{signing.targets.at(0).id, 78}};
    f.stack()->push(new AddReportCommand(f.doc.get(), q3));
    ProgressReport done = q3;
    done.taskId = f.taskNamed(QStringLiteral("健康档案更新"));
    done.status = TaskStatus::Done;
    done.actuals.clear();
    f.stack()->push(new AddReportCommand(f.doc.get(), done));

    const BulletinPrinter report(*f.doc, BulletinPrinter::Kind::Progress, QStringLiteral("2026Q3"));
    CHECK(report.asOf() == QDate(2026, 9, 30));
    CHECK(report.summaryText()
          == QStringLiteral("截至2026年9月30日，计划共有任务3项，其中已完成1项，占33.3%；达到序时进度0项，占0.0%；"
                            "滞后0项，占0.0%；逾期1项，占33.3%；未填报1项，占33.3%。"));
    CHECK(report.departmentsNotReported() == QStringList{QStringLiteral("区医保局")});
    const QStringList body = paragraphs(report.content());
    CHECK(body.contains(QStringLiteral("2026年第三季度，以下1个单位未报送进展情况：区医保局。")));
    CHECK(body.contains(QStringLiteral("（一）基层服务")));
    CHECK(body.contains(QStringLiteral("1.扩大签约覆盖面（逾期，牵头单位：区卫健委）：重点人群签约率78%（6月30日节点目标≥80%）；"
                                       "投诉率未填报数据（全年目标≤0.5%）。")));
    CHECK_FALSE(body.join(QString()).contains(QStringLiteral("病历质量督查（")));   // 未填报 is not 逾期 or 滞后
    // The annex row of each task: its warning and its indicators against the step due.
    const PrintedTable annex = report.content().annexes.value(0);
    bool signingRow = false, silentRow = false;
    for (const PrintedTable::Row &row : annex.rows) {
        if (row.cells.value(1) == QStringLiteral("扩大签约覆盖面")) {
            signingRow = true;
            CHECK(row.cells.value(4) == QStringLiteral("逾期"));
            CHECK(row.cells.value(7).startsWith(QStringLiteral("重点人群签约率78%（6月30日节点目标≥80%）")));
        }
        if (row.cells.value(1) == QStringLiteral("病历质量督查")) {
            silentRow = true;
            CHECK(row.cells.value(3) == QStringLiteral("未填报"));
            CHECK(row.cells.value(4) == QStringLiteral("未填报"));
        }
    }
    CHECK(signingRow);
    CHECK(silentRow);
}

TEST_CASE("催报 names each department with tasks unreported for the period, and its notice says which, by when and from whom")
{
    ChineseDocuments chinese;
    testutil::DocumentFixture f;
    const Id signing = f.taskNamed(QStringLiteral("扩大签约覆盖面"));
    const Id records = f.taskNamed(QStringLiteral("健康档案更新"));
    const Id quality = f.taskNamed(QStringLiteral("病历质量督查"));
    // 扩大签约覆盖面 is reported for the second quarter, after the quarter ended: it counts.
    ProgressReport q2;
    q2.taskId = signing;
    q2.period = QStringLiteral("2026Q2");
    q2.reportDate = QDate(2026, 7, 8);
    q2.status = TaskStatus::InProgress;
    f.stack()->push(new AddReportCommand(f.doc.get(), q2));
    const ReminderPrinter chase(*f.doc, QStringLiteral("2026Q2"), QDate(2026, 7, 10), QDate(2026, 7, 15));
    const QList<Reminder> reminders = chase.reminders();
    REQUIRE(reminders.size() == 2);
    CHECK(reminders.at(0).department == QStringLiteral("区卫健委"));
    CHECK(reminders.at(0).tasks == QList<Id>{records});
    CHECK(reminders.at(1).department == QStringLiteral("区医保局"));
    CHECK(reminders.at(1).tasks == QList<Id>{quality});
    const QStringList notice = paragraphs(chase.content(reminders.at(0)));
    CHECK(notice.value(0) == QStringLiteral("关于报送2026年第二季度重点工作进展情况的催报通知"));
    CHECK(notice.value(1) == QStringLiteral("区卫健委："));
    CHECK(notice.value(2) == QStringLiteral("截至2026年7月10日，你单位牵头的《2026年测试工作计划》以下1项任务尚未报送2026年第二季度"
                                            "进展情况：1.健康档案更新。请于2026年7月15日前报送。"));
    CHECK(notice.contains(QStringLiteral("测试区卫生健康委员会")));
    CHECK(chase.plainText(reminders.at(0)).contains(QStringLiteral("请于2026年7月15日前报送")));
    // Saved, its words are in the PDF.
    const QString pdf = f.dir.filePath(QStringLiteral("chase.pdf"));
    QString error;
    REQUIRE(chase.writePdf(reminders.at(0), pdf, &error));
    CHECK(pdfText(pdf).contains(QStringLiteral("催报通知")));
    // Once everyone has reported, there is no one to chase.
    for (Id t : {records, quality}) {
        ProgressReport c = q2;
        c.taskId = t;
        f.stack()->push(new AddReportCommand(f.doc.get(), c));
    }
    CHECK(ReminderPrinter(*f.doc, QStringLiteral("2026Q2")).reminders().isEmpty());
}
