// A PDF keeps no cells, only words where they stand: the task table is rebuilt from their boxes.
// Each case lays out words as office programs place them (header names centred over their
// column, cell text left-aligned and wrapped) and checks the rows that come back.
#include "import/pdftable.h"

#include <catch2/catch.hpp>

#include <QStringList>

using namespace ap;

namespace {

// A page laid out line by line: each line a list of (left x, text) in a 12 pt font, a Chinese
// character 12 pt wide and a Latin one 6.
struct PageBuilder
{
    PdfPageWords words;
    double y = 60;
    PageBuilder &line(const QList<QPair<double, QString>> &cells, double gapAfter = 2)
    {
        for (const auto &[x, text] : cells) {
            double width = 0;
            for (const QChar c : text)
                width += c.unicode() < 0x2000 ? 6 : 12;
            words.append({QRectF(x, y, width, 12), text});
        }
        y += 12 + gapAfter;
        return *this;
    }
};

const QList<QPair<double, QString>> kHeader = {{66, QStringLiteral("序号")},
                                               {146, QStringLiteral("工作任务")},
                                               {330, QStringLiteral("目标指标")},
                                               {488, QStringLiteral("完成时限")},
                                               {588, QStringLiteral("牵头单位")},
                                               {700, QStringLiteral("配合单位")}};

} // namespace

TEST_CASE("A task table's wrapped cells come back as one row a task, under the header's columns")
{
    PageBuilder page;
    page.line({{190, QStringLiteral("东川县2025年卫生健康工作要点重点任务分解表")}}, 20)
        .line(kHeader, 12)
        .line({{60, QStringLiteral("一、基层卫生")}}, 12)
        .line({{60, QStringLiteral("1")}, {106, QStringLiteral("家庭医生签约")}, {243, QStringLiteral("签约率达到85%，")},
               {470, QStringLiteral("2025年12月底")}, {561, QStringLiteral("县卫健委基层")}, {671, QStringLiteral("县医保局、")}})
        .line({{243, QStringLiteral("履约率不低于90%")}, {561, QStringLiteral("卫生股")}, {671, QStringLiteral("各乡镇")}}, 12)
        .line({{60, QStringLiteral("2")}, {106, QStringLiteral("村卫生室建设")}, {243, QStringLiteral("达标率95%")},
               {470, QStringLiteral("2025年9月底")}, {561, QStringLiteral("县卫健委")}})
        .line({{400, QStringLiteral("— 1 —")}});
    const PdfTableData t = PdfTable::read({page.words});
    CHECK(t.title == QStringLiteral("东川县2025年卫生健康工作要点重点任务分解表"));
    REQUIRE(t.headerRows == 1);
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows.at(0) == QStringList{QStringLiteral("序号"), QStringLiteral("工作任务"), QStringLiteral("目标指标"),
                                      QStringLiteral("完成时限"), QStringLiteral("牵头单位"), QStringLiteral("配合单位")});
    CHECK(t.rows.at(1).first() == QStringLiteral("一、基层卫生"));
    CHECK(t.rows.at(1).mid(1).join(QString()).isEmpty());
    CHECK(t.rows.at(2) == QStringList{QStringLiteral("1"), QStringLiteral("家庭医生签约"),
                                      QStringLiteral("签约率达到85%，履约率不低于90%"), QStringLiteral("2025年12月底"),
                                      QStringLiteral("县卫健委基层卫生股"), QStringLiteral("县医保局、各乡镇")});
    CHECK(t.rows.at(3) == QStringList{QStringLiteral("2"), QStringLiteral("村卫生室建设"), QStringLiteral("达标率95%"),
                                      QStringLiteral("2025年9月底"), QStringLiteral("县卫健委"), QString()});
}

TEST_CASE("A header of two lines gives the names under a merged cell their own columns")
{
    PageBuilder page;
    page.line({{66, QStringLiteral("序号")}, {146, QStringLiteral("重点任务")}, {330, QStringLiteral("目标")},
               {610, QStringLiteral("责任单位")}})
        .line({{560, QStringLiteral("牵头单位")}, {680, QStringLiteral("配合单位")}}, 12)
        .line({{60, QStringLiteral("1")}, {106, QStringLiteral("慢病管理")}, {243, QStringLiteral("规范管理率65%")},
               {560, QStringLiteral("县疾控中心")}, {680, QStringLiteral("各乡镇卫生院")}});
    const PdfTableData t = PdfTable::read({page.words});
    REQUIRE(t.headerRows == 2);
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows.at(0) == QStringList{QStringLiteral("序号"), QStringLiteral("重点任务"), QStringLiteral("目标"),
                                      QStringLiteral("责任单位"), QStringLiteral("责任单位")});
    CHECK(t.rows.at(1) == QStringList{QString(), QString(), QString(), QStringLiteral("牵头单位"), QStringLiteral("配合单位")});
    CHECK(t.rows.at(2) == QStringList{QStringLiteral("1"), QStringLiteral("慢病管理"), QStringLiteral("规范管理率65%"),
                                      QStringLiteral("县疾控中心"), QStringLiteral("各乡镇卫生院")});
}

TEST_CASE("Without a 序号 column the space between lines tells where a row ends")
{
    PageBuilder page;
    page.line({{146, QStringLiteral("工作任务")}, {330, QStringLiteral("目标指标")}, {588, QStringLiteral("牵头单位")}}, 12)
        .line({{106, QStringLiteral("扩大签约")}, {243, QStringLiteral("签约率达到")}, {561, QStringLiteral("县卫健委")}})
        .line({{243, QStringLiteral("85%")}}, 12)
        .line({{106, QStringLiteral("改造卫生室")}, {243, QStringLiteral("完成20家")}, {561, QStringLiteral("县财政局")}});
    const PdfTableData t = PdfTable::read({page.words});
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows.at(1) == QStringList{QStringLiteral("扩大签约"), QStringLiteral("签约率达到85%"), QStringLiteral("县卫健委")});
    CHECK(t.rows.at(2) == QStringList{QStringLiteral("改造卫生室"), QStringLiteral("完成20家"), QStringLiteral("县财政局")});
}

TEST_CASE("A table goes on over the next page, under its header again or none, and ends at the next annex")
{
    PageBuilder first;
    first.line(kHeader, 12)
        .line({{60, QStringLiteral("1")}, {106, QStringLiteral("家庭医生签约")}, {243, QStringLiteral("签约率85%")},
               {470, QStringLiteral("12月底")}, {561, QStringLiteral("县卫健委")}});
    PageBuilder second;
    second.line(kHeader, 12)
        .line({{60, QStringLiteral("2")}, {106, QStringLiteral("村卫生室建设")}, {243, QStringLiteral("达标率95%")},
               {470, QStringLiteral("9月底")}, {561, QStringLiteral("县卫健委")}});
    PageBuilder third;
    third.line({{60, QStringLiteral("3")}, {106, QStringLiteral("慢病管理")}, {243, QStringLiteral("管理率65%")},
                {470, QStringLiteral("11月底")}, {561, QStringLiteral("县疾控中心")}}, 12)
        .line({{56, QStringLiteral("附件3")}}, 12)
        .line({{190, QStringLiteral("东川县2025年卫生健康工作要点责任清单")}}, 12)
        .line({{60, QStringLiteral("县卫健委")}, {300, QStringLiteral("家庭医生签约、村卫生室建设")}});
    const PdfTableData t = PdfTable::read({first.words, second.words, third.words});
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows.at(1).at(1) == QStringLiteral("家庭医生签约"));
    CHECK(t.rows.at(2).at(1) == QStringLiteral("村卫生室建设"));
    CHECK(t.rows.at(3).at(1) == QStringLiteral("慢病管理"));
    CHECK(t.rows.at(3).at(4) == QStringLiteral("县疾控中心"));
}

TEST_CASE("Pages of running text hold no task table")
{
    PageBuilder page;
    page.line({{90, QStringLiteral("一、总体要求")}})
        .line({{60, QStringLiteral("坚持以人民健康为中心，牵头单位和配合单位按任务分工落实。")}})
        .line({{60, QStringLiteral("1.完善体系。")}});
    CHECK(PdfTable::read({page.words}).isEmpty());
    CHECK(PdfTable::read({}).isEmpty());
}
