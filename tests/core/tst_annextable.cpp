// The 分解表 of a plan document, as rows of cells, in the import's terms: the plan itself when the
// document is the table, else what the plan's text leaves out of each task.
#include "import/annextable.h"

#include <catch2/catch.hpp>

using namespace ap;

namespace {

const QList<QStringList> kTable = {
    {QStringLiteral("序号"), QStringLiteral("工作任务"), QStringLiteral("目标指标"), QStringLiteral("完成时限"),
     QStringLiteral("牵头单位"), QStringLiteral("配合单位")},
    {QStringLiteral("一、基层卫生"), {}, {}, {}, {}, {}},
    {QStringLiteral("（一）签约服务"), {}, {}, {}, {}, {}},
    {QStringLiteral("1"), QStringLiteral("扩大家庭医生签约覆盖"), QStringLiteral("重点人群签约率提升至85%"),
     QStringLiteral("2025年12月底"), QStringLiteral("县卫健委基层卫生股"), QStringLiteral("县医保局、各乡镇")},
    {QStringLiteral("2"), QStringLiteral("落实履约服务"), QStringLiteral("面对面健康指导4次以上"),
     QStringLiteral("9月底"), QStringLiteral("县卫健委基层卫生股"), {}},
    {QStringLiteral("二、医疗服务"), {}, {}, {}, {}, {}},
    {QStringLiteral("3"), QStringLiteral("改善就医体验"), QStringLiteral("预约诊疗率达到60%"),
     QStringLiteral("2025年11月底"), QStringLiteral("县卫健委医政股"), QStringLiteral("县人民医院")},
};

} // namespace

TEST_CASE("A document that is a task table alone becomes the plan: groups are sections, rows tasks")
{
    ImportResult r;
    CHECK(AnnexTable::apply(&r, QStringLiteral("东川县2025年卫生健康工作要点重点任务分解表"), kTable) == 3);
    CHECK(r.title == QStringLiteral("东川县2025年卫生健康工作要点"));
    CHECK(r.year == 2025);
    REQUIRE(r.nodes.size() == 6);
    auto is = [&](int i, ImportNode::Kind kind, int level, const char *label, const char *title) {
        INFO(i);
        CHECK(r.nodes.at(i).kind == kind);
        CHECK(r.nodes.at(i).level == level);
        CHECK(r.nodes.at(i).label == QString::fromUtf8(label));
        CHECK(r.nodes.at(i).title == QString::fromUtf8(title));
    };
    is(0, ImportNode::Kind::Section, 1, "一、", "基层卫生");
    is(1, ImportNode::Kind::Section, 2, "(一)", "签约服务");
    is(2, ImportNode::Kind::Task, 3, "1.", "扩大家庭医生签约覆盖");
    is(3, ImportNode::Kind::Task, 3, "2.", "落实履约服务");
    is(4, ImportNode::Kind::Section, 1, "二、", "医疗服务");
    // Labelled by its 序号 as the table writes it, which runs on across the groups.
    is(5, ImportNode::Kind::Task, 2, "3.", "改善就医体验");
    const ImportNode &first = r.nodes.at(2);
    CHECK(first.lead == QStringList{QStringLiteral("县卫健委基层卫生股")});
    CHECK(first.support == QStringList{QStringLiteral("县医保局"), QStringLiteral("各乡镇")});
    CHECK(first.deadline == QDate(2025, 12, 31));
    REQUIRE(first.targets.size() == 1);
    CHECK(*first.targets.first().value == 85);
    CHECK(r.nodes.at(3).deadline == QDate(2025, 9, 30));   // the plan's year where the cell has none
    // The review screen shows each node beside its row, its targets marked there.
    const QString row = r.source.mid(first.sourceStart, first.sourceEnd - first.sourceStart);
    CHECK(row.startsWith(QStringLiteral("扩大家庭医生签约覆盖")));
    CHECK(row.contains(QStringLiteral("县医保局、各乡镇")));
    REQUIRE(first.targetSpans.size() == 1);
    CHECK(r.source.mid(first.targetSpans.first().first, 3) == QStringLiteral("85%"));
}

TEST_CASE("Beside a plan's text the table fills in only what the text left out of a task")
{
    ImportResult r = PlanImport::parseText(QStringLiteral(
        "东川县2025年卫生健康工作要点\n一、基层卫生\n（一）签约服务\n"
        "1.扩大家庭医生签约覆盖。重点人群签约率提升至85%。\n"
        "2.落实履约服务。（责任单位：县卫健委医政股）\n"
        "二、医疗服务\n1.改善就医体验。6月底前完成。\n"));
    REQUIRE(r.count(ImportNode::Kind::Task) == 3);
    const ImportResult before = r;
    CHECK(AnnexTable::apply(&r, QString(), kTable) == 3);
    CHECK(r.source == before.source);
    REQUIRE(r.nodes.size() == before.nodes.size());
    const ImportNode &first = r.nodes.at(2);
    CHECK(first.lead == QStringList{QStringLiteral("县卫健委基层卫生股")});
    CHECK(first.deadline == QDate(2025, 12, 31));
    CHECK(first.targets == before.nodes.at(2).targets);
    // The text's own departments and deadline stand.
    CHECK(r.nodes.at(3).lead == QStringList{QStringLiteral("县卫健委医政股")});
    CHECK(r.nodes.at(3).deadline == QDate(2025, 9, 30));
    CHECK(r.nodes.at(5).deadline == QDate(2025, 6, 30));
    CHECK(r.nodes.at(5).lead == QStringList{QStringLiteral("县卫健委医政股")});
}

TEST_CASE("A table row that fits two of the text's tasks, or none, changes nothing")
{
    ImportResult r = PlanImport::parseText(QStringLiteral(
        "东川县2025年卫生健康工作要点\n一、基层卫生\n1.落实履约服务。\n2.落实履约服务质量。\n3.其他工作。\n"));
    const ImportResult before = r;
    CHECK(AnnexTable::apply(&r, QString(), kTable) == 0);
    CHECK(r.nodes == before.nodes);
    const QList<QStringList> noTasks = {{QStringLiteral("单位"), QStringLiteral("联系人")},
                                        {QStringLiteral("县卫健委"), QStringLiteral("张三")}};
    ImportResult empty;
    CHECK(AnnexTable::apply(&empty, QString(), noTasks) == 0);
    CHECK(empty.nodes.isEmpty());
}
