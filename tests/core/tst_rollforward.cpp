#include "document/rollforward.h"

#include "../support/testutil.h"

#include <QProcess>

using namespace ap;

TEST_CASE("Dates move on one year and the last day of a month stays the last day")
{
    CHECK(RollForward::nextYear(QDate(2025, 12, 31)) == QDate(2026, 12, 31));
    CHECK(RollForward::nextYear(QDate(2025, 6, 15)) == QDate(2026, 6, 15));
    CHECK(RollForward::nextYear(QDate(2024, 2, 29)) == QDate(2025, 2, 28));
    CHECK(RollForward::nextYear(QDate(2027, 2, 28)) == QDate(2028, 2, 29));
    CHECK(RollForward::nextYear(QDate(2027, 2, 27)) == QDate(2028, 2, 27));
    CHECK_FALSE(RollForward::nextYear(QDate()).isValid());
}

TEST_CASE("Rolling forward keeps the outline, moves dates and makes last year's targets the baselines")
{
    const PlanData last = testutil::smallPlan();
    QList<YearReplacement> proposals;
    const PlanData next = RollForward::build(last, RollForwardOptions{}, &proposals);
    CHECK(next.info.year == 2027);
    CHECK_FALSE(next.info.documentDate.isValid());
    CHECK(next.sectionsInOrder().size() == last.sectionsInOrder().size());
    CHECK(next.departments == last.departments);
    const Task &t = next.tasks.value(100);
    CHECK(t.deadline == QDate(2027, 12, 31));
    CHECK(t.start == QDate(2027, 1, 1));
    REQUIRE(t.targets.size() == 2);
    CHECK(t.targets[0].value == 85.0);
    CHECK(t.targets[0].baseline == 85.0);
    CHECK(t.targets[0].baselineYear == 2026);
    CHECK(t.targets[0].id == 0);
    CHECK(next.tasks.value(102).targets[0].due == QDate(2027, 9, 30));
    // "2026年测试工作计划": the plan title names the year once.
    REQUIRE(proposals.size() == 1);
    CHECK(proposals[0].field == YearReplacement::PlanTitle);

    RollForwardOptions clear;
    clear.keepTargetValues = false;
    clear.year = 2028;
    const PlanData cleared = RollForward::build(last, clear, nullptr);
    CHECK(cleared.info.year == 2028);
    CHECK_FALSE(cleared.tasks.value(100).targets[0].value.has_value());
    CHECK(cleared.tasks.value(100).targets[0].baseline == 85.0);
}

TEST_CASE("Each mention of the old year is a proposal that can be declined on its own")
{
    PlanData last = testutil::smallPlan();
    last.tasks[100].description = QStringLiteral("到2026年底覆盖全区，较20261项多（2026年为基数）");
    QList<YearReplacement> proposals;
    PlanData next = RollForward::build(last, RollForwardOptions{}, &proposals);
    QList<YearReplacement> forTask;
    for (const YearReplacement &r : proposals)
        if (r.field == YearReplacement::TaskDescription)
            forTask << r;
    REQUIRE(forTask.size() == 2);  // "20261项" is no year
    for (YearReplacement &r : proposals)
        if (r.field == YearReplacement::TaskDescription && r.position > 10)
            r.accepted = false;
    RollForward::applyReplacements(&next, 2026, proposals);
    CHECK(next.tasks.value(100).description == QStringLiteral("到2027年底覆盖全区，较20261项多（2026年为基数）"));
    CHECK(next.info.title == QStringLiteral("2027年测试工作计划"));
}

TEST_CASE("The command line rolls a plan file forward without touching it")
{
    testutil::DocumentFixture f;
    const QString last = f.doc->filePath();
    f.doc.reset();  // closed, as last year's file would be
    const QByteArray before = testutil::sha256(last);
    const QString next = f.dir.filePath(QStringLiteral("2027.aplan"));
    QProcess p;
    p.start(QStringLiteral(ANNUALPLAN_BINARY),
            {QStringLiteral("rollforward"), last, QStringLiteral("-o"), next, QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    CHECK(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("2027 plan started from the 2026 plan")));
    CHECK(testutil::sha256(last) == before);
    auto doc = PlanDocument::open(next, PlanStore::Mode::ReadOnly, nullptr);
    REQUIRE(doc);
    CHECK(doc->plan().info.year == 2027);
    CHECK(doc->plan().info.title == QStringLiteral("2027年测试工作计划"));
    CHECK(doc->plan().tasks.size() == 3);
    // An existing file is never overwritten.
    p.start(QStringLiteral(ANNUALPLAN_BINARY), {QStringLiteral("rollforward"), last, QStringLiteral("-o"), next});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 2);
}
