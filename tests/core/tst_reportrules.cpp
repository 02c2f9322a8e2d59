// The rules every progress report meets, wherever it comes from, in one wording: the document (the
// window, a return form, a plan file's command line) and the command line's request refuse alike.
#include "document/reportrequest.h"
#include "document/planedits.h"
#include "document/reportrules.h"

#include "../support/testutil.h"

using namespace ap;

namespace {

// A report on the first task with a target of its own.
ProgressReport reportOn(const PlanData &plan, const QString &period)
{
    for (const Task &t : plan.tasks)
        if (!t.targets.isEmpty()) {
            ProgressReport c;
            c.taskId = t.id;
            c.period = period;
            c.actuals.insert(t.targets.first().id, 5);
            return c;
        }
    FAIL("the small plan has a task with a target");
    return {};
}

} // namespace

TEST_CASE("A report is admitted on a task of the plan in an open period of its year, with its own targets' figures only")
{
    const PlanData plan = testutil::smallPlan();
    ProgressReport c = reportOn(plan, QStringLiteral("2026Q2"));
    const Id own = c.actuals.keys().first();
    c.actuals.insert(999999, 1);   // not a target of this task
    c.percent = 40;
    QString error;
    REQUIRE(ReportRules::admit(plan, {}, &c, &error));
    CHECK(c.actuals.keys() == QList<Id>{own});
    CHECK(c.enteredAt.isValid());

    ProgressReport old = reportOn(plan, QString());   // an old report without a period is kept as it is
    CHECK(ReportRules::admit(plan, {}, &old, &error));
}

TEST_CASE("A report on no task of the plan, in another year's period, a locked period or with a percent outside 0 to 100 is refused with the reason")
{
    const PlanData plan = testutil::smallPlan();
    QString error;
    ProgressReport gone = reportOn(plan, QStringLiteral("2026Q2"));
    gone.taskId = 424242;
    CHECK_FALSE(ReportRules::admit(plan, {}, &gone, &error));
    CHECK(error.contains(QStringLiteral("no longer in the plan")));

    ProgressReport otherYear = reportOn(plan, QStringLiteral("2025Q4"));
    CHECK_FALSE(ReportRules::admit(plan, {}, &otherYear, &error));
    CHECK(error == ReportRules::periodRefusal(plan, QStringLiteral("2025Q4")));

    QHash<QString, PeriodLock> locks;
    locks.insert(QStringLiteral("2026Q2"), {QStringLiteral("2026Q2"), true, QDateTime::currentDateTimeUtc(), QString()});
    ProgressReport locked = reportOn(plan, QStringLiteral("2026Q2"));
    CHECK_FALSE(ReportRules::admit(plan, locks, &locked, &error));
    CHECK(error == ReportRules::lockedRefusal(QStringLiteral("2026Q2")));
    ProgressReport unlockedPeriod = reportOn(plan, QStringLiteral("2026Q3"));
    CHECK(ReportRules::admit(plan, locks, &unlockedPeriod, &error));

    ProgressReport over = reportOn(plan, QStringLiteral("2026Q2"));
    over.percent = 120;
    CHECK_FALSE(ReportRules::admit(plan, {}, &over, &error));
    CHECK(error.contains(QStringLiteral("120")));
}

TEST_CASE("The document and the command line's request refuse a report in a locked period in the same words")
{
    testutil::DocumentFixture f;
    REQUIRE(f.doc);
    REQUIRE(edits::setPeriodLock(*f.doc, QStringLiteral("2026Q2"), true, QString()));
    QStringList said;
    QObject::connect(f.doc.get(), &PlanDocument::writeFailed, [&](const QString &m) { said << m; });
    const ProgressReport c = reportOn(f.plan(), QStringLiteral("2026Q2"));
    CHECK(edits::addReport(*f.doc, c) == 0);
    REQUIRE(said.size() == 1);
    CHECK(said.first() == ReportRules::lockedRefusal(QStringLiteral("2026Q2")));

    ReportRequest request;
    request.task = c.taskId;
    request.period = QStringLiteral("2026Q2");
    ProgressReport out;
    QString error;
    CHECK_FALSE(request.toReport(f.plan(), f.doc->reports(), &out, &error));
    CHECK(error == said.first());
}

TEST_CASE("The year's final values come with the year's last period or a report without one, and are refused with another")
{
    const PlanData plan = testutil::smallPlan();
    QString error;
    ProgressReport q3 = reportOn(plan, QStringLiteral("2026Q3"));
    q3.yearEnd = true;
    CHECK_FALSE(ReportRules::admit(plan, {}, &q3, &error));
    CHECK(error.contains(QStringLiteral("Q4 2026")));
    ProgressReport q4 = reportOn(plan, QStringLiteral("2026Q4"));
    q4.yearEnd = true;
    CHECK(ReportRules::admit(plan, {}, &q4, &error));
    ProgressReport adHoc = reportOn(plan, QString());
    adHoc.yearEnd = true;
    CHECK(ReportRules::admit(plan, {}, &adHoc, &error));
    // The command line's request says the same.
    ReportRequest request;
    request.task = q3.taskId;
    request.period = QStringLiteral("2026Q3");
    request.yearEnd = true;
    ProgressReport out;
    CHECK_FALSE(request.toReport(plan, ReportLog(), &out, &error));
    CHECK(error.contains(QStringLiteral("Q4 2026")));
    request.period = QStringLiteral("2026Q4");
    REQUIRE(request.toReport(plan, ReportLog(), &out, &error));
    CHECK(out.yearEnd);
}
