// A task table that arrived as text, found and cut into rows as a spreadsheet's would be.
#include "import/texttable.h"

#include <catch2/catch.hpp>

using namespace ap;

namespace {

QStringList row(const TextTable::Found &t, int i)
{
    return i < t.rows.size() ? t.rows.at(i) : QStringList();
}

} // namespace

TEST_CASE("A header on one line and rows parted by bars, tabs or runs of spaces are the table's cells")
{
    auto bars = TextTable::find(QStringLiteral("标题\n序号|重点任务|牵头单位|责任单位\n1|建设胸痛中心。|县卫健局|县人民医院\n"));
    REQUIRE(bars);
    CHECK(bars->start == 3);
    CHECK(row(*bars, 1) == (QStringList{QStringLiteral("1"), QStringLiteral("建设胸痛中心。"), QStringLiteral("县卫健局"),
                                        QStringLiteral("县人民医院")}));
    // Two tabs are an empty cell, kept in its column.
    auto tabs = TextTable::find(QStringLiteral("序号\t工作任务\t牵头单位\t配合单位\t完成时限\n36\t开展接种\t区疾控中心\t\t9月底前\n"));
    REQUIRE(tabs);
    CHECK(row(*tabs, 1).value(3).isEmpty());
    CHECK(row(*tabs, 1).value(4) == QStringLiteral("9月底前"));
    auto spaces = TextTable::find(QStringLiteral("序号    工作任务    牵头单位\n12    筛查两癌    县妇联\n"));
    REQUIRE(spaces);
    CHECK(row(*spaces, 1).value(2) == QStringLiteral("县妇联"));
}

TEST_CASE("A PDF's single-spaced header of known column names is a header, and a row the page broke goes on")
{
    const QString text = QStringLiteral("序号 工作任务 责任领导 牵头单位 配合单位\n"
                                        "13 加快智慧医院建设，达到4级。 孙燕 市卫健委\n"
                                        "市大数据局、各区人民政府\n"
                                        "14 推动医养结合，新增床位500张。 周涛 市民政局 市卫健委，市医保\n"
                                        "局\n");
    auto t = TextTable::find(text);
    REQUIRE(t);
    REQUIRE(t->rows.size() == 3);
    // A short row gets the cells the break moved down; a full row's last cell goes on.
    CHECK(row(*t, 1).value(4) == QStringLiteral("市大数据局、各区人民政府"));
    CHECK(row(*t, 2).value(4) == QStringLiteral("市卫健委，市医保局"));
    // An ordinary sentence with spaces is no header.
    CHECK_FALSE(TextTable::find(QStringLiteral("全面 推进 工作任务 落实 责任单位 要求\n")));
}

TEST_CASE("A table with each cell on a line of its own starts a row at each 序号; a leader's name goes to the leaders' column only")
{
    const QString text = QStringLiteral("北塘区任务分解表\n序号\n目标与任务\n分管领导\n牵头责任单位\n责任单位\n"
                                        "一、医疗服务\n"
                                        "80\n全面提升基层医疗服务能力，\n社区卫生服务中心不少于3家。\n李华\n区卫健委\n各街道办事处\n"
                                        "81\n推进新院区建设。\n区卫健委\n区发改委、区住建局\n");
    auto t = TextTable::find(text);
    REQUIRE(t);
    REQUIRE(t->rows.size() == 4);
    CHECK(row(*t, 0) == (QStringList{QStringLiteral("序号"), QStringLiteral("目标与任务"), QStringLiteral("分管领导"),
                                     QStringLiteral("牵头责任单位"), QStringLiteral("责任单位")}));
    CHECK(row(*t, 1) == QStringList{QStringLiteral("一、医疗服务")});
    // The task's text the page broke is joined; the row has every cell.
    CHECK(row(*t, 2) == (QStringList{QStringLiteral("80"), QStringLiteral("全面提升基层医疗服务能力，社区卫生服务中心不少于3家。"),
                                     QStringLiteral("李华"), QStringLiteral("区卫健委"), QStringLiteral("各街道办事处")}));
    // No leader named in row 81: 区卫健委 is no person's name, so it is the lead unit.
    CHECK(row(*t, 3).value(2).isEmpty());
    CHECK(row(*t, 3).value(3) == QStringLiteral("区卫健委"));
    CHECK(row(*t, 3).value(4) == QStringLiteral("区发改委、区住建局"));
}

TEST_CASE("A tabbed table printed to PDF, its cells wrapped at the page's edge, is put back together")
{
    // As Poppler reads such a page: wide gaps where tab stops were, one space where a cell ran up
    // to the next, and lines broken inside a cell (区卫|健委, 王海|涛) or before the last cell.
    const QString text = QStringLiteral("序号   重点任务         分管领导   牵头单位        责任单位 完成时限\n"
                                        "32   实施能力提升行动，新增10家达标 王海\n"
                                        "涛    区卫健委         各街道办事处2026年10月\n"
                                        "34   做好传染病防控 李晓红 区疾控中心        区卫\n"
                                        "健委、区教育局 全年\n"
                                        "36   开展疫苗接种      李晓红 区疾控中心\n"
                                        "     2026年9月30日前\n");
    auto t = TextTable::find(text);
    REQUIRE(t);
    REQUIRE(t->rows.size() == 4);
    CHECK(row(*t, 0).size() == 6);
    CHECK(row(*t, 1) == (QStringList{QStringLiteral("32"), QStringLiteral("实施能力提升行动，新增10家达标"), QStringLiteral("王海涛"),
                                     QStringLiteral("区卫健委"), QStringLiteral("各街道办事处"), QStringLiteral("2026年10月")}));
    CHECK(row(*t, 2) == (QStringList{QStringLiteral("34"), QStringLiteral("做好传染病防控"), QStringLiteral("李晓红"),
                                     QStringLiteral("区疾控中心"), QStringLiteral("区卫健委、区教育局"), QStringLiteral("全年")}));
    CHECK(row(*t, 3) == (QStringList{QStringLiteral("36"), QStringLiteral("开展疫苗接种"), QStringLiteral("李晓红"),
                                     QStringLiteral("区疾控中心"), QString(), QStringLiteral("2026年9月30日前")}));
}

TEST_CASE("Text with no table header is no table")
{
    CHECK_FALSE(TextTable::find(QStringLiteral("一、总体要求\n1.推进工作，责任单位：县卫健局。\n")));
    CHECK_FALSE(TextTable::find(QString()));
}
