// How a line of the Word file is measured, as LibreOffice and Word measure it, so that the print
// breaks its lines where they do (print/wordmeasure, print/printtext's breakLines).
#include "print/printfonts.h"
#include "print/wordmeasure.h"

#include <catch2/catch.hpp>

using namespace ap;
using namespace ap::printlayout;

namespace {

// The body font at 3号, in points (one pixel a point).
WordMeasure bodyMeasure(double condensed = kCondensedPoints)
{
    return WordMeasure(PrintFonts::defaults().font(PrintFonts::Body, 16), 1, condensed);
}

QString line(const QStringList &units)
{
    return units.join(QString());
}

} // namespace

TEST_CASE("A run of one script is condensed but for its last character")
{
    const WordMeasure word = bodyMeasure();
    const LineMeasure m = word.measure();
    const double two = word.advance(u'2');
    REQUIRE(two > 0);
    CHECK(m.width(QStringLiteral("2026")) == Approx(4 * two - 3 * kCondensedPoints));
    CHECK(m.width(QStringLiteral("生")) == Approx(word.advance(u'生')));
    // Two units of one script: the first's last character is condensed after all.
    CHECK(m.joint(u'卫', u'生') == Approx(-kCondensedPoints));
    CHECK(m.joint(u'2', u'0') == Approx(-kCondensedPoints));
}

TEST_CASE("An ideograph and a Latin letter or digit are spaced a fifth of the size apart; a mark and a digit are not")
{
    const WordMeasure word = bodyMeasure();   // the measure reads from it: kept while in use
    const LineMeasure m = word.measure();
    CHECK(m.joint(u'至', u'8') == Approx(16.0 / 5));
    CHECK(m.joint(u'5', u'年') == Approx(16.0 / 5));
    CHECK(m.joint(u'（', u'2') == Approx(0));
    CHECK(m.joint(u'%', u'）') == Approx(0));
    CHECK_FALSE(m.measureWords);
}

TEST_CASE("Twenty-eight characters of 3号 fill the 156 mm line and a twenty-ninth goes to the next")
{
    const WordMeasure word = bodyMeasure();   // the measure reads from it: kept while in use
    const LineMeasure m = word.measure();
    const double width = 156 / 25.4 * 72;
    const QString text = QString(QStringLiteral("卫")).repeated(29);
    const QList<QStringList> lines = breakLines(text, m, width, 0);
    REQUIRE(lines.size() == 2);
    CHECK(lines.first().size() == 28);
}

TEST_CASE("Lines break where a word processor breaks them: a number after a closing mark and a percentage's bracket stay together")
{
    const WordMeasure word = bodyMeasure();   // the measure reads from it: kept while in use
    const LineMeasure m = word.measure();
    const double width = 156 / 25.4 * 72;
    // Twenty-four ideographs, "以上、", then a number that does not fit: "上、" goes with it.
    const QString a = QString(QStringLiteral("卫")).repeated(24) + QStringLiteral("以上、15000例");
    const QList<QStringList> broken = breakLines(a, m, width, 0);
    REQUIRE(broken.size() == 2);
    CHECK(line(broken.at(1)).startsWith(QStringLiteral("上、15000")));
    // "85%（2025": no break between the percentage and the bracket before a number.
    const QString b = QString(QStringLiteral("卫")).repeated(24) + QStringLiteral("85%（2025年");
    const QList<QStringList> kept = breakLines(b, m, width, 0);
    REQUIRE(kept.size() == 2);
    CHECK(line(kept.at(1)).startsWith(QStringLiteral("85%（")));
    // A measure word may go to the next line without its number (the print's own rule does not
    // hold in a word processor).
    const QString c = QString(QStringLiteral("卫")).repeated(26) + QStringLiteral("20台以上");
    const QList<QStringList> apart = breakLines(c, m, width, 0);
    REQUIRE(apart.size() == 2);
    CHECK(line(apart.at(1)).startsWith(QStringLiteral("台")));
}
