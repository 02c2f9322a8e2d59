// The text rules of printed documents: titles break between words and evenly (GB/T 9704 7.3.3),
// body lines keep closing marks off their starts.
#include "print/printtext.h"

#include <catch2/catch.hpp>

#include <QStringList>

using namespace ap::printlayout;

namespace {
// Every character one unit wide, as on the document grid.
double oneEach(const QString &unit)
{
    return unit.size();
}
} // namespace

TEST_CASE("A title's words are its numbers with their units, 第…季度 and the words titles end with")
{
    CHECK(titleWords(QStringLiteral("清河区2026年卫生健康工作计划2026年第三季度进展通报"))
          == QStringList{QStringLiteral("清"), QStringLiteral("河"), QStringLiteral("区"), QStringLiteral("2026年"),
                         QStringLiteral("卫生健康"), QStringLiteral("工作计划"), QStringLiteral("2026年"),
                         QStringLiteral("第三季度"), QStringLiteral("进展通报")});
    CHECK(titleWords(QStringLiteral("任务33项")) == QStringList{QStringLiteral("任"), QStringLiteral("务"), QStringLiteral("33项")});
}

TEST_CASE("A long title breaks between words into even lines, never inside 第三季度 or a year")
{
    const QString title = QStringLiteral("清河区2026年卫生健康工作计划2026年第三季度进展通报");
    // 26 characters wide in all: two lines of at most 16.
    const QStringList lines = titleLines(title, oneEach, 16);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0) == QStringLiteral("清河区2026年卫生健康工作计划"));
    CHECK(lines.at(1) == QStringLiteral("2026年第三季度进展通报"));
    CHECK(lines.join(QString()) == title);
    // Narrower: as many lines as whole words need (four here: no three fit in 10), each within it.
    const QStringList narrow = titleLines(title, oneEach, 10);
    REQUIRE(narrow.size() == 4);
    CHECK(narrow.join(QString()) == title);
    for (const QString &line : narrow) {
        CHECK(line.size() <= 10);
        CHECK_FALSE(line.endsWith(QStringLiteral("第三")));
        CHECK_FALSE(line.startsWith(QStringLiteral("度")));
        CHECK_FALSE(line.endsWith(QStringLiteral("20")));
    }
    // One that fits stays one line.
    CHECK(titleLines(QStringLiteral("2027年工作计划"), oneEach, 16) == QStringList{QStringLiteral("2027年工作计划")});
}

TEST_CASE("Body lines never start with a closing mark nor end with an opening one")
{
    const QList<QStringList> lines = breakLines(QStringLiteral("一二三四五，六七八（九十）"), oneEach, 5, 0);
    for (const QStringList &line : lines) {
        REQUIRE_FALSE(line.isEmpty());
        CHECK_FALSE(kNoLineStart.contains(line.first().front()));
        CHECK_FALSE(kNoLineEnd.contains(line.last().back()));
    }
}

TEST_CASE("A number keeps its measure word on its line")
{
    const QList<QStringList> lines = breakLines(QStringLiteral("其中已完成0项、推进中12项、未开始3项"), oneEach, 6, 0);
    for (int i = 1; i < lines.size(); ++i) {
        INFO(lines.at(i).join(QString()).toStdString());
        CHECK_FALSE(QStringLiteral("项").contains(lines.at(i).first().front()));
    }
    QStringList all;
    for (const QStringList &l : lines)
        all << l.join(QString());
    CHECK(all.join(QString()) == QStringLiteral("其中已完成0项、推进中12项、未开始3项"));
}
