#include "import/importkind.h"
#include "import/tableimport.h"
#include "io/tableexport.h"

#include "../support/testutil.h"

#include <QStringEncoder>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace ap;

namespace {

int countTasks(const PlanData &p)
{
    return int(p.tasks.size());
}

const Task *taskTitled(const PlanData &p, const QString &title)
{
    for (const Task &t : p.tasks)
        if (t.title == title)
            return &t;
    return nullptr;
}

// A 任务分解表 as offices lay it out: a merged title row, a two-row header with 责任单位 merged
// over 牵头单位 and 配合单位, group rows merged across, and 完成时限 merged down two tasks.
QString writeOfficeTable(const QTemporaryDir &dir)
{
    const QByteArray path = dir.filePath(QStringLiteral("分解表.xlsx")).toLocal8Bit();
    lxw_workbook *wb = workbook_new(path.constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
    worksheet_merge_range(ws, 0, 0, 0, 5, "2027年重点任务分解表", nullptr);
    worksheet_merge_range(ws, 1, 0, 2, 0, "序号", nullptr);
    worksheet_merge_range(ws, 1, 1, 2, 1, "重点任务", nullptr);
    worksheet_merge_range(ws, 1, 2, 2, 2, "目标指标", nullptr);
    worksheet_merge_range(ws, 1, 3, 1, 4, "责任单位", nullptr);
    worksheet_write_string(ws, 2, 3, "牵头单位", nullptr);
    worksheet_write_string(ws, 2, 4, "配合单位", nullptr);
    worksheet_merge_range(ws, 1, 5, 2, 5, "完成时限", nullptr);
    worksheet_merge_range(ws, 3, 0, 3, 5, "一、基层医疗服务", nullptr);
    worksheet_write_number(ws, 4, 0, 1, nullptr);
    worksheet_write_string(ws, 4, 1, "扩大家庭医生签约", nullptr);
    worksheet_write_string(ws, 4, 2, "签约率≥82%", nullptr);
    worksheet_write_string(ws, 4, 3, "区卫健局", nullptr);
    worksheet_write_string(ws, 4, 4, "区医保分局、各街道", nullptr);
    worksheet_merge_range(ws, 4, 5, 5, 5, "2027年12月底", nullptr);
    worksheet_write_number(ws, 5, 0, 2, nullptr);
    worksheet_write_string(ws, 5, 1, "社区卫生服务站改造", nullptr);
    worksheet_write_string(ws, 5, 2, "改造站点≥8家", nullptr);
    worksheet_write_string(ws, 5, 3, "区卫健局", nullptr);
    worksheet_merge_range(ws, 6, 0, 6, 5, "二、医疗质量", nullptr);
    worksheet_write_number(ws, 7, 0, 3, nullptr);
    worksheet_write_string(ws, 7, 1, "病历质量督查", nullptr);
    worksheet_write_string(ws, 7, 3, "区卫健局", nullptr);
    worksheet_write_string(ws, 7, 5, "2027年6月底", nullptr);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
    return QString::fromLocal8Bit(path);
}

} // namespace

TEST_CASE("A task table with a merged title, a two-row header and group rows maps and imports as a new plan")
{
    QTemporaryDir dir;
    QList<QStringList> rows;
    QString error;
    REQUIRE(TableImport::read(writeOfficeTable(dir), &rows, &error));
    const TableMapping m = TableImport::guess(rows);
    CHECK(m.firstHeaderRow == 1);
    CHECK(m.headerRows == 2);
    REQUIRE(m.columns.size() == 6);
    CHECK(m.columns.at(0) == TaskTsv::Ignored);
    CHECK(m.columns.at(1) == TaskTsv::Title);
    CHECK(m.columns.at(2) == TaskTsv::Targets);
    CHECK(m.columns.at(3) == TaskTsv::Lead);
    CHECK(m.columns.at(4) == TaskTsv::Support);
    CHECK(m.columns.at(5) == TaskTsv::Deadline);
    CHECK(TableImport::headers(rows, m).at(3) == QStringLiteral("责任单位/牵头单位"));

    const PlanData plan = TableImport::toPlan(rows, m, 2027, QStringLiteral("分解表"));
    REQUIRE(plan.childSections.value(0).size() == 2);
    CHECK(plan.sections.value(plan.childSections.value(0).first()).title == QStringLiteral("基层医疗服务"));
    CHECK(countTasks(plan) == 3);
    const Task *first = taskTitled(plan, QStringLiteral("扩大家庭医生签约"));
    REQUIRE(first);
    CHECK(first->deadline == QDate(2027, 12, 31));
    REQUIRE(first->targets.size() == 1);
    CHECK(first->targets.first().value == 82.0);
    CHECK(first->assignments.size() == 3);
    // The merged deadline cell belongs to both rows it covers.
    CHECK(taskTitled(plan, QStringLiteral("社区卫生服务站改造"))->deadline == QDate(2027, 12, 31));
    CHECK(plan.departments.size() == 3);
}

TEST_CASE("Re-importing an edited export updates the matching tasks instead of adding them again")
{
    testutil::DocumentFixture f;
    const QString path = f.dir.filePath(QStringLiteral("tasks.csv"));
    QString error;
    REQUIRE(TableExport::writeCsv(*f.doc, path, &error));
    const int tasksBefore = countTasks(f.plan());
    const int sectionsBefore = int(f.plan().sections.size());

    // The clerk edits the deadline of one task in Excel and adds a task at the end.
    QString csv = QString::fromUtf8(testutil::readAll(path).mid(3));
    REQUIRE(csv.contains(QStringLiteral(",2026-12-31,")));
    csv.replace(csv.indexOf(QStringLiteral(",2026-12-31,")), 12, QStringLiteral(",2026-11-30,"));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const QString lastSection = lines.last().section(QLatin1Char(','), 1, 1);
    csv += QStringLiteral("99,%1,新增的巡查任务,,,2026年9月底,区卫健局,,,\r\n").arg(lastSection);
    REQUIRE(testutil::writeAll(path, QByteArray("\xEF\xBB\xBF") + csv.toUtf8()));

    QList<QStringList> rows;
    REQUIRE(TableImport::read(path, &rows, &error));
    const TableMapping m = TableImport::guess(rows);
    CHECK(m.columns.at(1) == TableMapping::kSection);
    QString message;
    REQUIRE(TableImport::apply(f.doc.get(), rows, m, &message));
    CHECK(countTasks(f.plan()) == tasksBefore + 1);
    CHECK(int(f.plan().sections.size()) == sectionsBefore);
    const Task *added = taskTitled(f.plan(), QStringLiteral("新增的巡查任务"));
    REQUIRE(added);
    CHECK(added->deadline == QDate(2026, 9, 30));
    bool moved = false;
    for (const Task &t : f.plan().tasks)
        moved = moved || t.deadline == QDate(2026, 11, 30);
    CHECK(moved);
    // One undo step takes the whole import back.
    f.stack()->undo();
    CHECK(countTasks(f.plan()) == tasksBefore);
    for (const Task &t : f.plan().tasks)
        CHECK(t.deadline != QDate(2026, 11, 30));

    // Importing the untouched export again changes nothing.
    REQUIRE(TableExport::writeCsv(*f.doc, path, &error));
    REQUIRE(TableImport::read(path, &rows, &error));
    const int index = f.stack()->index();
    CHECK_FALSE(TableImport::apply(f.doc.get(), rows, TableImport::guess(rows), &message));
    CHECK(f.stack()->index() == index);
}

TEST_CASE("An Excel export re-imports onto itself, and GBK semicolon text reads too")
{
    testutil::DocumentFixture f;
    const QString xlsx = f.dir.filePath(QStringLiteral("tasks.xlsx"));
    QString error;
    REQUIRE(TableExport::writeXlsx(*f.doc, xlsx, &error));
    QList<QStringList> rows;
    REQUIRE(TableImport::read(xlsx, &rows, &error));
    const TableMapping m = TableImport::guess(rows);
    CHECK(m.hasTitle());
    QString message;
    CHECK_FALSE(TableImport::apply(f.doc.get(), rows, m, &message));
    CHECK(f.stack()->count() == 0);

    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk.encode(QStringLiteral("工作任务;完成时限;牵头单位\n病历质量督查;2026年10月底;区卫健局\n"));
    REQUIRE(TableImport::readBytes(bytes, QStringLiteral("t.csv"), &rows, &error));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).at(1) == QStringLiteral("2026年10月底"));
}

TEST_CASE("Delimited text keeps quoted separators, quotes and line breaks inside cells")
{
    QList<QStringList> rows;
    QString error;
    REQUIRE(TableImport::parseDelimited(QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,\n"), &rows, &error));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0) == (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")}));
    CHECK(rows.at(1) == (QStringList{QStringLiteral("two\nlines"), QStringLiteral("x"), QString()}));
}

TEST_CASE("A table without a task-title column or rows is refused with a reason")
{
    testutil::DocumentFixture f;
    QList<QStringList> rows;
    QString error;
    CHECK_FALSE(TableImport::readBytes(QByteArray(), QStringLiteral("e.csv"), &rows, &error));
    TableMapping m;
    m.columns = {TaskTsv::Notes};
    m.headerRows = 1;
    rows = {{QStringLiteral("备注")}, {QStringLiteral("x")}};
    QString message;
    CHECK_FALSE(TableImport::apply(f.doc.get(), rows, m, &message));
    CHECK(message.contains(QStringLiteral("title")));
    CHECK(f.stack()->count() == 0);
}

TEST_CASE("Tables are told from plan documents by their file names, whatever the case")
{
    CHECK(importKindOf(QStringLiteral("/x/任务表.xlsx")) == ImportKind::Table);
    CHECK(importKindOf(QStringLiteral("a.CSV")) == ImportKind::Table);
    CHECK(importKindOf(QStringLiteral("a.tsv")) == ImportKind::Table);
    CHECK(importKindOf(QStringLiteral("plan.docx")) == ImportKind::Document);
    CHECK(importKindOf(QStringLiteral("plan.txt")) == ImportKind::Document);
    CHECK(importKindOf(QStringLiteral("xlsx")) == ImportKind::Document);
}
