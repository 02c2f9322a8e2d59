// A progress report given in words (annualplan checkin): checked against the plan before anything
// is written, then recorded in the plan file as the window's Report Progress records it.
#include "document/reportrequest.h"
#include "document/plandocument.h"

#include "../support/testutil.h"

#include <QTemporaryDir>

using namespace ap;

namespace {

ReportRequest onTask(Id task)
{
    ReportRequest r;
    r.task = task;
    r.period = QStringLiteral("2026Q2");
    return r;
}

} // namespace

TEST_CASE("A report in words becomes the report a clerk would enter: status by name, actuals by indicator, the lead reporting")
{
    PlanData plan = testutil::smallPlan();
    plan.tasks[100].targets[0].id = 501;   // as a stored plan has them
    plan.tasks[100].targets[1].id = 502;
    ReportRequest r = onTask(100);
    r.status = QStringLiteral("已完成");
    r.percent = 100;
    r.actuals = {{QStringLiteral("重点人群签约率"), 86}, {QStringLiteral("投诉率"), 0.3}};
    r.progress = QStringLiteral("签约团队全部到位");
    ProgressReport c;
    QString error;
    const bool made = r.toReport(plan, ReportLog(), &c, &error);
    INFO(error.toStdString());
    REQUIRE(made);
    CHECK(c.taskId == 100);
    CHECK(c.period == QStringLiteral("2026Q2"));
    CHECK(c.status == TaskStatus::Done);
    CHECK(c.percent == 100.0);
    CHECK(c.actuals.value(plan.tasks.value(100).targets.at(0).id) == 86.0);
    CHECK(c.actuals.value(plan.tasks.value(100).targets.at(1).id) == 0.3);
    CHECK(c.progress == QStringLiteral("签约团队全部到位"));
    CHECK(c.departmentId == 1);   // the lead department
    // The status key does as well as its name; none means 推进中.
    r.status = QStringLiteral("behind");
    REQUIRE(r.toReport(plan, ReportLog(), &c, &error));
    CHECK(c.status == TaskStatus::Behind);
    r.status.clear();
    REQUIRE(r.toReport(plan, ReportLog(), &c, &error));
    CHECK(c.status == TaskStatus::InProgress);
}

TEST_CASE("A report on no such task, indicator or period, a locked period, a wrong status or percent is refused with the reason")
{
    const PlanData plan = testutil::smallPlan();
    ProgressReport c;
    QString error;
    CHECK_FALSE(onTask(999).toReport(plan, ReportLog(), &c, &error));
    CHECK(error.contains(QStringLiteral("999")));
    ReportRequest r = onTask(100);
    r.actuals = {{QStringLiteral("不存在的指标"), 1}};
    CHECK_FALSE(r.toReport(plan, ReportLog(), &c, &error));
    CHECK(error.contains(QStringLiteral("重点人群签约率")));   // the targets it has
    r = onTask(100);
    r.period = QStringLiteral("2025Q2");
    CHECK_FALSE(r.toReport(plan, ReportLog(), &c, &error));
    CHECK(error.contains(QStringLiteral("2026Q1")));   // an example of the plan's periods
    r.period = QStringLiteral("第二季度");
    CHECK_FALSE(r.toReport(plan, ReportLog(), &c, &error));
    r = onTask(100);
    ReportLog locked;
    locked.locks.insert(QStringLiteral("2026Q2"), {QStringLiteral("2026Q2"), true, QDateTime::currentDateTimeUtc(), QString()});
    CHECK_FALSE(r.toReport(plan, locked, &c, &error));
    CHECK(error.contains(QStringLiteral("locked")));
    r.status = QStringLiteral("差不多");
    CHECK_FALSE(r.toReport(plan, ReportLog(), &c, &error));
    CHECK(error.contains(QStringLiteral("推进中")));
    r.status.clear();
    r.percent = 120;
    CHECK_FALSE(r.toReport(plan, ReportLog(), &c, &error));
}

TEST_CASE("A report recorded in a plan file is there when the file is opened again, and a refused one leaves the file as it was")
{
    QTemporaryDir dir;
    const QString file = testutil::smallPlanFile(dir);
    // The file's own ids, found by the task's title.
    Id task = 0;
    {
        QString error;
        auto doc = PlanDocument::open(file, PlanDocument::Mode::ReadOnly, &error);
        REQUIRE(doc);
        for (const Task &t : doc->plan().tasks)
            if (t.title == QStringLiteral("健康档案更新"))
                task = t.id;
    }
    REQUIRE(task != 0);
    ReportRequest r = onTask(task);
    r.percent = 40;
    r.progress = QStringLiteral("档案更新过半");
    QString error;
    Id id = 0;
    const bool recorded = r.record(PlanLocation::file(file), &error, &id);
    INFO(error.toStdString());
    REQUIRE(recorded);
    CHECK(id > 0);
    {
        auto doc = PlanDocument::open(file, PlanDocument::Mode::ReadOnly, &error);
        REQUIRE(doc);
        REQUIRE(doc->reports().entries.size() == 1);
        CHECK(doc->reports().entries.first().id == id);
        CHECK(doc->reports().entries.first().progress == QStringLiteral("档案更新过半"));
    }
    const QByteArray before = testutil::sha256(file);
    CHECK_FALSE(onTask(999).record(PlanLocation::file(file), &error));
    CHECK(testutil::sha256(file) == before);
}
