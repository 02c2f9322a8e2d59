#include "document/commands.h"
#include "domain/targettext.h"
#include "io/tasktsv.h"

#include "../support/testutil.h"

using namespace ap;

TEST_CASE("Tab-separated text splits into cells, quoted cells keep tabs, line breaks and quotes")
{
    const auto rows = TaskTsv::parse(QStringLiteral("a\tb\r\n\"x\ty\"\t\"two\nlines\"\t\"say \"\"hi\"\"\"\n\n"));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    CHECK(rows[1] == (QStringList{QStringLiteral("x\ty"), QStringLiteral("two\nlines"), QStringLiteral("say \"hi\"")}));
    CHECK(TaskTsv::parse(QString()).isEmpty());
}

TEST_CASE("Header names map to task fields in Chinese and English, with spacing and width ignored")
{
    using F = TaskTsv::Field;
    const auto fields = TaskTsv::headerFields({QStringLiteral("序号"), QStringLiteral("重点任务"), QStringLiteral("目 标"),
                                               QStringLiteral("完成时限"), QStringLiteral("责任单位"),
                                               QStringLiteral("配合单位"), QStringLiteral("Notes")});
    CHECK(fields == (QList<F>{F::Ignored, F::Title, F::Targets, F::Deadline, F::Lead, F::Support, F::Notes}));
    CHECK(TaskTsv::headerFields({QStringLiteral("扩大签约"), QStringLiteral("85%")}).isEmpty());
}

TEST_CASE("A pasted deadline is read as the same words typed into the cell are, and a start too")
{
    // Each of these is a deadline the task table's cell takes when typed; pasted, it means the same.
    testutil::DocumentFixture f;
    const Id section = f.topSection(1);
    const QList<QPair<QString, QDate>> deadlines = {
        {QStringLiteral("上半年"), QDate(2026, 6, 30)},   {QStringLiteral("三季度末"), QDate(2026, 9, 30)},
        {QStringLiteral("年底前"), QDate(2026, 12, 31)},  {QStringLiteral("20261130"), QDate(2026, 11, 30)},
        {QStringLiteral("10/15"), QDate(2026, 10, 15)},   {QStringLiteral("2026年6月底前完成"), QDate(2026, 6, 30)},
    };
    QString block = QStringLiteral("工作任务\t开始时间\t完成时限\n");
    for (int i = 0; i < deadlines.size(); ++i)
        block += QStringLiteral("任务%1\t2026/3/1\t%2\n").arg(i).arg(deadlines.at(i).first);
    QString message;
    REQUIRE(TaskTsv::paste(f.doc.get(), section, 0, block, &message));
    const QList<Id> tasks = f.plan().sectionTasks.value(section);
    for (int i = 0; i < deadlines.size(); ++i) {
        INFO(deadlines.at(i).first.toStdString());
        const Task &t = f.plan().tasks.value(tasks.at(i));
        CHECK(t.deadline == deadlines.at(i).second);
        CHECK(t.start == QDate(2026, 3, 1));
    }
}

TEST_CASE("Targets typed as indicator, comparison, value and unit are read one per part")
{
    const auto t = parseTargets(QStringLiteral("签约率≥85%；投诉率 <= 0.5 %\n全覆盖"));
    REQUIRE(t.size() == 3);
    CHECK(t[0].indicator == QStringLiteral("签约率"));
    CHECK(t[0].op == TargetOp::AtLeast);
    CHECK(t[0].value == 85.0);
    CHECK(t[0].unit == QStringLiteral("%"));
    CHECK(t[1].op == TargetOp::AtMost);
    CHECK(t[1].value == 0.5);
    CHECK(t[2].indicator == QStringLiteral("全覆盖"));
    CHECK_FALSE(t[2].value.has_value());
}

TEST_CASE("A block copied from a spreadsheet pastes as new tasks in one undo step")
{
    testutil::DocumentFixture f;
    const Id section = f.topSection(1);
    const int departments = int(f.plan().departments.size());
    QString message;
    REQUIRE(TaskTsv::paste(f.doc.get(), section, 0, QString::fromUtf8(testutil::readAll(testutil::dataPath(QStringLiteral("excel-block.tsv")))), &message));
    CHECK(f.stack()->count() == 1);
    const QList<Id> tasks = f.plan().sectionTasks.value(section);
    REQUIRE(tasks.size() == 4);
    const Task &first = f.plan().tasks.value(tasks[0]);
    CHECK(first.title == QStringLiteral("慢病签约扩面"));
    CHECK(first.deadline == QDate(2026, 9, 30));
    REQUIRE(first.targets.size() == 2);
    CHECK(first.targets[1].indicator == QStringLiteral("糖尿病患者签约率"));
    CHECK(f.doc->departmentNames(first, DepartmentRole::Support, QStringLiteral("、"))
          == QStringLiteral("各街道办事处、区财政局"));
    const Task &second = f.plan().tasks.value(tasks[1]);
    CHECK(second.title == QStringLiteral("院前急救\n能力提升"));
    CHECK(second.notes == QStringLiteral("含新增急救站点"));
    CHECK(f.plan().tasks.value(tasks[2]).deadline == QDate(2026, 6, 30));
    CHECK(f.plan().departments.size() == departments + 4);  // 各街道办事处, 区急救中心 and two offices

    f.stack()->undo();
    CHECK(f.plan().sectionTasks.value(section).size() == 1);
    CHECK(f.plan().departments.size() == departments);
}

TEST_CASE("Pasting rows whose titles match tasks of the section updates them instead of duplicating")
{
    testutil::DocumentFixture f;
    const Id family = f.childSection(f.topSection(0), 0);
    const QList<Id> tasks = f.plan().sectionTasks.value(family);
    const QString copied = TaskTsv::write(*f.doc, tasks);
    QString message;
    CHECK_FALSE(TaskTsv::paste(f.doc.get(), family, 0, copied, &message));  // nothing to change
    CHECK(f.stack()->count() == 0);

    const Id signingTarget = f.plan().tasks.value(tasks[0]).targets.at(0).id;
    QString edited = copied;
    edited.replace(QStringLiteral("重点人群签约率≥85%"), QStringLiteral("重点人群签约率≥88%"));
    edited.replace(QStringLiteral("2026-06-30"), QStringLiteral("2026年8月底"));
    REQUIRE(TaskTsv::paste(f.doc.get(), family, 0, edited, &message));
    CHECK(f.plan().sectionTasks.value(family) == tasks);
    const Task &t = f.plan().tasks.value(tasks[0]);
    CHECK(t.targets.at(0).value == 88.0);
    CHECK(t.targets.at(0).id == signingTarget);
    CHECK(t.targets.at(0).baseline == 80.0);  // what the paste does not name stays
    CHECK(f.plan().tasks.value(tasks[1]).deadline == QDate(2026, 8, 31));
    CHECK(f.stack()->count() == 1);
}

TEST_CASE("Rows without a header paste by position; text with no titles is refused")
{
    testutil::DocumentFixture f;
    const Id section = f.topSection(1);
    QString message;
    REQUIRE(TaskTsv::paste(f.doc.get(), section, 1, QStringLiteral("新任务甲\t覆盖率≥90%\t2026-10-31\t区医保局\n"), &message));
    const QList<Id> tasks = f.plan().sectionTasks.value(section);
    REQUIRE(tasks.size() == 2);
    const Task &t = f.plan().tasks.value(tasks[1]);
    CHECK(t.title == QStringLiteral("新任务甲"));
    CHECK(t.deadline == QDate(2026, 10, 31));
    CHECK(f.doc->departmentNames(t, DepartmentRole::Lead, QStringLiteral("、")) == QStringLiteral("区医保局"));
    CHECK_FALSE(TaskTsv::paste(f.doc.get(), section, 0, QStringLiteral("\n\n"), &message));
    CHECK_FALSE(message.isEmpty());
}
