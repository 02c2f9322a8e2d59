#include "status/statusengine.h"
#include "io/statusjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "../support/testutil.h"

using namespace ap;

namespace {

PlanInfo info2026()
{
    PlanInfo i;
    i.year = 2026;
    i.warnDays = 30;
    i.behindPoints = 10;
    return i;
}

Task task(QDate start, QDate deadline)
{
    Task t;
    t.id = 1;
    t.title = QStringLiteral("任务");
    t.start = start;
    t.deadline = deadline;
    return t;
}

ProgressReport reported(TaskStatus status, std::optional<double> percent, QDate date, QHash<Id, double> actuals = {})
{
    ProgressReport c;
    c.id = 1;
    c.taskId = 1;
    c.reportDate = date;
    c.status = status;
    c.percent = percent;
    c.actuals = actuals;
    return c;
}

Target target(TargetOp op, std::optional<double> value, const QString &unit, const QString &indicator = QStringLiteral("签约率"))
{
    Target t;
    t.id = 7;
    t.op = op;
    t.value = value;
    t.unit = unit;
    t.indicator = indicator;
    return t;
}

// The first quarter's report on a task: in progress, 30% at the end of March.
ProgressReport firstQuarterReport(Id task)
{
    ProgressReport a = reported(TaskStatus::InProgress, 30, QDate(2026, 3, 31));
    a.taskId = task;
    a.period = QStringLiteral("2026Q1");
    return a;
}

} // namespace

TEST_CASE("Expected progress runs from start to deadline, else over the plan year")
{
    const Task t = task(QDate(2026, 1, 1), QDate(2026, 12, 31));
    CHECK(StatusEngine::expectedProgress(t, 2026, QDate(2025, 12, 31)) == 0.0);
    CHECK(StatusEngine::expectedProgress(t, 2026, QDate(2026, 12, 31)) == 100.0);
    CHECK(StatusEngine::expectedProgress(t, 2026, QDate(2026, 7, 2)) == Approx(100.0 * 183 / 365));
    // No dates at all: the plan year.
    CHECK(StatusEngine::expectedProgress(task(QDate(), QDate()), 2026, QDate(2026, 7, 2)) == Approx(100.0 * 183 / 365));
    // A leap year has 366 days.
    CHECK(StatusEngine::expectedProgress(task(QDate(), QDate()), 2024, QDate(2024, 2, 29)) == Approx(100.0 * 60 / 366));
    // A deadline after the plan year stretches the run; one before it starts a year earlier.
    CHECK(StatusEngine::expectedProgress(task(QDate(), QDate(2027, 12, 31)), 2026, QDate(2026, 12, 31)) == Approx(100.0 * 365 / 730));
    CHECK(StatusEngine::expectedProgress(task(QDate(), QDate(2025, 6, 30)), 2026, QDate(2025, 6, 29)) > 99.0);
}

TEST_CASE("Targets are met by direction: at least, at most, equal and strict")
{
    CHECK(StatusEngine::isMet(target(TargetOp::AtLeast, 85, QStringLiteral("%")), 85) == true);
    CHECK(StatusEngine::isMet(target(TargetOp::AtLeast, 85, QStringLiteral("%")), 84.9) == false);
    CHECK(StatusEngine::isMet(target(TargetOp::AtMost, 0.5, QStringLiteral("%")), 0.4) == true);
    CHECK(StatusEngine::isMet(target(TargetOp::AtMost, 0.5, QStringLiteral("%")), 0.6) == false);
    CHECK(StatusEngine::isMet(target(TargetOp::Equal, 3, QStringLiteral("家")), 3) == true);
    CHECK(StatusEngine::isMet(target(TargetOp::Above, 50, QStringLiteral("万例")), 50) == false);
    CHECK(StatusEngine::isMet(target(TargetOp::Below, 5, QStringLiteral("%")), 4) == true);
    CHECK_FALSE(StatusEngine::isMet(target(TargetOp::AtLeast, std::nullopt, QStringLiteral("%")), 90).has_value());
}

TEST_CASE("Counts add up over the year; rates and shares are read at a point in time")
{
    CHECK(StatusEngine::isCumulative(target(TargetOp::AtLeast, 2000, QStringLiteral("人次"), QStringLiteral("联合门诊"))));
    CHECK_FALSE(StatusEngine::isCumulative(target(TargetOp::AtLeast, 85, QStringLiteral("%"))));
    CHECK_FALSE(StatusEngine::isCumulative(target(TargetOp::AtMost, 10, QStringLiteral("/10万"), QStringLiteral("孕产妇死亡率"))));
    CHECK_FALSE(StatusEngine::isCumulative(target(TargetOp::AtLeast, 3.19, QString(), QStringLiteral("每千人口医师数比"))));
    CHECK_FALSE(StatusEngine::isCumulative(target(TargetOp::AtMost, 8, QStringLiteral("天"), QStringLiteral("平均住院日"))));
}

TEST_CASE("Warnings: red when overdue, yellow when behind, blue when due soon, none when done or cancelled")
{
    const PlanInfo info = info2026();
    const Task t = task(QDate(2026, 1, 1), QDate(2026, 6, 30));
    ProgressReport half = reported(TaskStatus::InProgress, 50, QDate(2026, 3, 31));
    // On 30 April expected is about 66%: 50% is more than 10 points behind.
    CHECK(StatusEngine::evaluate(info, t, {&half}, QDate(2026, 4, 30)).warning == Warning::Yellow);
    // On 31 March expected is about 50%: fine, and the deadline is 91 days away.
    CHECK(StatusEngine::evaluate(info, t, {&half}, QDate(2026, 3, 31)).warning == Warning::None);
    ProgressReport most = reported(TaskStatus::InProgress, 90, QDate(2026, 6, 10));
    const TaskResult soon = StatusEngine::evaluate(info, t, {&most}, QDate(2026, 6, 10));
    CHECK(soon.warning == Warning::Blue);
    CHECK(soon.daysLeft == 20);
    const TaskResult late = StatusEngine::evaluate(info, t, {&most}, QDate(2026, 7, 1));
    CHECK(late.warning == Warning::Red);
    CHECK(late.daysLeft == -1);
    ProgressReport done = reported(TaskStatus::Done, std::nullopt, QDate(2026, 6, 29));
    const TaskResult finished = StatusEngine::evaluate(info, t, {&done}, QDate(2026, 8, 1));
    CHECK(finished.warning == Warning::None);
    CHECK(finished.actual == 100.0);
    ProgressReport cancelled = reported(TaskStatus::Cancelled, std::nullopt, QDate(2026, 2, 1));
    CHECK(StatusEngine::evaluate(info, t, {&cancelled}, QDate(2026, 8, 1)).warning == Warning::None);
    // Never reported, before any period has ended: nothing is known to be wrong yet.
    CHECK(StatusEngine::evaluate(info, task(QDate(), QDate()), {}, QDate(2026, 1, 20)).warning == Warning::None);
    // A report dated after the day asked about is not known yet.
    CHECK(StatusEngine::evaluate(info, t, {&done}, QDate(2026, 6, 1)).latest == nullptr);
}

TEST_CASE("Target results carry the latest actual, whether it is met, and the expected amount so far")
{
    Task t = task(QDate(2026, 1, 1), QDate(2026, 12, 31));
    Target visits = target(TargetOp::AtLeast, 2000, QStringLiteral("人次"), QStringLiteral("联合门诊"));
    visits.id = 7;
    Target rate = target(TargetOp::AtMost, 0.5, QStringLiteral("%"), QStringLiteral("投诉率"));
    rate.id = 8;
    Target open = target(TargetOp::AtLeast, std::nullopt, QStringLiteral("%"));
    open.id = 9;
    t.targets = {visits, rate, open};
    ProgressReport q1 = reported(TaskStatus::InProgress, 20, QDate(2026, 3, 31), {{7, 400}, {8, 0.7}});
    ProgressReport q2 = reported(TaskStatus::InProgress, 45, QDate(2026, 6, 30), {{7, 1100}});
    q2.id = 2;
    const TaskResult r = StatusEngine::evaluate(info2026(), t, {&q1, &q2}, QDate(2026, 7, 1));
    REQUIRE(r.targets.size() == 3);
    CHECK(r.targets.at(0).actual == 1100.0);
    CHECK(r.targets.at(0).met == false);
    // A count with one value for the year grows steadily: expected on the line to it.
    CHECK(r.targets.at(0).measure == TargetMeasure::Steady);
    CHECK(*r.targets.at(0).expected == Approx(2000 * r.expected / 100));
    CHECK(r.targets.at(1).measure == TargetMeasure::Level);
    CHECK(r.targets.at(1).actual == 0.7);      // the latest report that gave this target a value
    CHECK(r.targets.at(1).met == false);
    CHECK_FALSE(r.targets.at(1).expected.has_value());
    CHECK_FALSE(r.targets.at(2).met.has_value());
}

TEST_CASE("The whole plan is evaluated in outline order from the current reports")
{
    testutil::DocumentFixture f;
    ReportLog log;
    const Id first = f.task(f.childSection(f.topSection(0), 0), 0);
    ProgressReport a = firstQuarterReport(first);
    ProgressReport b = a;
    b.id = 2;
    b.percent = 35;
    b.supersedesId = 1;
    log.entries = {a, b};
    const QList<TaskResult> all = StatusEngine::evaluateAll(f.plan(), log, QDate(2026, 4, 1));
    CHECK(all.size() == f.plan().tasks.size());
    CHECK(all.first().taskId == first);
    CHECK(all.first().actual == 35.0);
}

TEST_CASE("The status JSON names the plan and the day, counts every task once and reports what is known")
{
    testutil::DocumentFixture f;
    ReportLog log;
    const Id first = f.task(f.childSection(f.topSection(0), 0), 0);
    ProgressReport a = firstQuarterReport(first);
    log.entries = {a};
    const QDate day(2026, 4, 1);
    const QList<TaskResult> results = StatusEngine::evaluateAll(f.plan(), log, day);
    const QJsonObject root = QJsonDocument::fromJson(StatusJson::write(*f.doc, f.plan(), nullptr, results, day)).object();
    CHECK(root.value(QStringLiteral("plan")).toString() == f.plan().info.title);
    CHECK(root.value(QStringLiteral("year")).toInt() == f.plan().info.year);
    CHECK(root.value(QStringLiteral("date")).toString() == QStringLiteral("2026-04-01"));
    const QJsonArray tasks = root.value(QStringLiteral("tasks")).toArray();
    REQUIRE(tasks.size() == f.plan().tasks.size());
    int counted = 0;
    const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
    for (const QString &key : counts.keys())
        counted += counts.value(key).toInt();
    CHECK(counted == tasks.size());

    const QJsonObject reportedTask = tasks.first().toObject();
    CHECK(reportedTask.value(QStringLiteral("id")).toInteger() == first);
    CHECK(reportedTask.value(QStringLiteral("title")).toString() == f.plan().tasks.value(first).title);
    CHECK(reportedTask.value(QStringLiteral("status")).toString() == QStringLiteral("in_progress"));
    CHECK(reportedTask.value(QStringLiteral("actual")).toDouble() == 30.0);
    CHECK(reportedTask.value(QStringLiteral("last_report")).toString() == QStringLiteral("2026Q1"));
    CHECK(reportedTask.value(QStringLiteral("targets")).toArray().size() == f.plan().tasks.value(first).targets.size());
    // A task nobody reported on has no actual and no last report: null, not 0.
    const QJsonObject silent = tasks.last().toObject();
    CHECK(silent.value(QStringLiteral("actual")).isNull());
    CHECK(silent.value(QStringLiteral("last_report")).isNull());
}

namespace {

// 社区卫生服务中心标准化改造: 3家 by June, 6家 by September, 10家 by the year's end.
Target steppedCentres()
{
    Target t = target(TargetOp::AtLeast, 10, QStringLiteral("家"), QStringLiteral("完成标准化改造的社区卫生服务中心"));
    t.due = QDate(2026, 12, 31);
    t.milestones = {{3.0, QDate(2026, 6, 30)}, {6.0, QDate(2026, 9, 30)}};
    return t;
}

ProgressReport periodReport(const QString &period, QDate date, QHash<Id, double> actuals, TaskStatus status = TaskStatus::InProgress)
{
    ProgressReport c = reported(status, std::nullopt, date, actuals);
    c.period = period;
    return c;
}

} // namespace

TEST_CASE("A stepped target behind the step due is overdue: in Q3 two of six centres is red against September's 6家")
{
    Task t = task(QDate(2026, 1, 1), QDate(2026, 12, 31));
    t.targets = {steppedCentres()};
    ProgressReport q3 = periodReport(QStringLiteral("2026Q3"), QDate(2026, 10, 8), {{7, 2}});
    const TaskResult r = StatusEngine::evaluate(info2026(), t, {&q3}, QDate(2026, 10, 15));
    REQUIRE(r.targets.size() == 1);
    const TargetResult &centres = r.targets.first();
    CHECK(centres.measure == TargetMeasure::Cumulative);
    REQUIRE(centres.stepDue);
    CHECK(centres.stepDue->value == 6.0);
    CHECK(centres.stepDue->due == QDate(2026, 9, 30));
    CHECK(centres.expected == 6.0);
    CHECK(centres.actual == 2.0);
    CHECK(centres.actualPeriod == QStringLiteral("2026Q3"));
    CHECK(centres.stepMet == false);
    CHECK(centres.overdue);
    CHECK(centres.met == false);
    CHECK(r.warning == Warning::Red);
}

TEST_CASE("A stepped count expects nothing before its first step and, after it, the step that is due")
{
    Task t = task(QDate(2026, 1, 1), QDate(2026, 12, 31));
    t.targets = {steppedCentres()};
    ProgressReport q1 = periodReport(QStringLiteral("2026Q1"), QDate(2026, 4, 5), {{7, 1}});
    const TaskResult may = StatusEngine::evaluate(info2026(), t, {&q1}, QDate(2026, 5, 1));
    CHECK_FALSE(may.targets.first().stepDue.has_value());
    CHECK_FALSE(may.targets.first().expected.has_value());
    CHECK_FALSE(may.targets.first().overdue);
    CHECK(may.warning != Warning::Red);
    ProgressReport q2 = periodReport(QStringLiteral("2026Q2"), QDate(2026, 7, 3), {{7, 3}});
    q2.id = 2;
    const TaskResult july = StatusEngine::evaluate(info2026(), t, {&q1, &q2}, QDate(2026, 7, 15));
    CHECK(july.targets.first().expected == 3.0);
    CHECK(july.targets.first().stepMet == true);
    CHECK(july.warning != Warning::Red);
}

TEST_CASE("A steady count is expected on the line between its steps and is behind below it")
{
    Task t = task(QDate(2026, 1, 1), QDate(2026, 12, 31));
    Target visits = steppedCentres();
    visits.measure = TargetMeasure::Steady;
    visits.milestones = {{3.0, QDate(2026, 6, 30)}};
    t.targets = {visits};
    ProgressReport q1 = periodReport(QStringLiteral("2026Q1"), QDate(2026, 4, 2), {{7, 0.5}});
    q1.percent = 25;
    const TaskResult r = StatusEngine::evaluate(info2026(), t, {&q1}, QDate(2026, 4, 2));
    // 1 January to 30 June is 181 days; by 2 April 92 of them have gone by.
    REQUIRE(r.targets.first().expected);
    CHECK(*r.targets.first().expected == Approx(3.0 * 92 / 181));
    CHECK(r.targets.first().behind);
    CHECK_FALSE(r.targets.first().overdue);
    CHECK(r.warning == Warning::Yellow);
    // Between the steps the line runs from 3 at the end of June to 10 at the year's end.
    ProgressReport q3 = periodReport(QStringLiteral("2026Q3"), QDate(2026, 10, 1), {{7, 7}});
    q3.id = 3;
    q3.percent = 75;
    const TaskResult autumn = StatusEngine::evaluate(info2026(), t, {&q3}, QDate(2026, 10, 1));
    CHECK(*autumn.targets.first().expected == Approx(3.0 + 7.0 * 93 / 184));
    CHECK_FALSE(autumn.targets.first().behind);
}

TEST_CASE("A level indicator is read against the step due, never added up")
{
    Task t = task(QDate(2026, 1, 1), QDate(2026, 12, 31));
    Target rate = target(TargetOp::AtLeast, 85, QStringLiteral("%"), QStringLiteral("家庭医生签约率"));
    rate.milestones = {{80.0, QDate(2026, 6, 30)}};
    t.targets = {rate};
    ProgressReport q3 = periodReport(QStringLiteral("2026Q3"), QDate(2026, 10, 8), {{7, 82}});
    q3.percent = 75;
    const TaskResult r = StatusEngine::evaluate(info2026(), t, {&q3}, QDate(2026, 10, 15));
    CHECK(r.targets.first().measure == TargetMeasure::Level);
    CHECK(r.targets.first().expected == 80.0);
    CHECK(r.targets.first().stepMet == true);
    CHECK(r.targets.first().met == false);   // the year's 85% is not reached yet, and not due
    CHECK(r.warning == Warning::None);
}

TEST_CASE("A task without a report for the period due is 未填报, never 滞后; one that starts later owes none")
{
    const PlanInfo info = info2026();
    const Task t = task(QDate(2026, 1, 1), QDate(2026, 12, 31));
    const TaskResult silent = StatusEngine::evaluate(info, t, {}, QDate(2026, 7, 10));
    CHECK(silent.periodDue == QStringLiteral("2026Q2"));
    CHECK_FALSE(silent.reportedForPeriodDue);
    CHECK(silent.warning == Warning::Unreported);
    CHECK(warningKey(Warning::Unreported) == QStringLiteral("unreported"));
    // Reported for Q1 only: in July the Q2 report is missing.
    ProgressReport q1 = firstQuarterReport(1);
    CHECK(StatusEngine::evaluate(info, t, {&q1}, QDate(2026, 7, 10)).warning == Warning::Unreported);
    // Past the deadline and silent: still 未填报, the clerk has nothing to judge by.
    CHECK(StatusEngine::evaluate(info, task(QDate(2026, 1, 1), QDate(2026, 6, 30)), {}, QDate(2026, 7, 1)).warning
          == Warning::Unreported);
    // A task that starts in the autumn owes no report for the second quarter.
    CHECK(StatusEngine::evaluate(info, task(QDate(2026, 9, 1), QDate(2026, 12, 31)), {}, QDate(2026, 7, 10)).warning
          == Warning::None);
    // Monthly plans are due month by month; after the year, its last period is due.
    PlanInfo monthly = info;
    monthly.cadence = Cadence::Monthly;
    CHECK(StatusEngine::periodDue(monthly, QDate(2026, 5, 3)) == QStringLiteral("2026-04"));
    CHECK(StatusEngine::periodDue(info, QDate(2027, 2, 1)) == QStringLiteral("2026Q4"));
    CHECK(StatusEngine::periodDue(info, QDate(2026, 2, 1)).isEmpty());
    // On a quarter's last day that quarter is due: a 通报 as of 30 September judges the third.
    CHECK(StatusEngine::periodDue(info, QDate(2026, 9, 30)) == QStringLiteral("2026Q3"));
    CHECK(StatusEngine::periodDue(info, QDate(2026, 9, 29)) == QStringLiteral("2026Q2"));
}

TEST_CASE("Reported done with a target unmet is its own warning, 已完成·指标未达标")
{
    Task t = task(QDate(2026, 1, 1), QDate(2026, 12, 31));
    t.targets = {target(TargetOp::AtLeast, 20, QStringLiteral("台"), QStringLiteral("更新设备"))};
    ProgressReport done = periodReport(QStringLiteral("2026Q3"), QDate(2026, 10, 5), {{7, 18}}, TaskStatus::Done);
    const TaskResult r = StatusEngine::evaluate(info2026(), t, {&done}, QDate(2026, 10, 15));
    CHECK(r.warning == Warning::DoneUnmet);
    CHECK(warningKey(Warning::DoneUnmet) == QStringLiteral("done_unmet"));
    ProgressReport enough = periodReport(QStringLiteral("2026Q3"), QDate(2026, 10, 5), {{7, 20}}, TaskStatus::Done);
    CHECK(StatusEngine::evaluate(info2026(), t, {&enough}, QDate(2026, 10, 15)).warning == Warning::None);
}

TEST_CASE("A year-end report's figure is the year's final value and says so")
{
    Task t = task(QDate(2026, 1, 1), QDate(2026, 12, 31));
    t.targets = {steppedCentres()};
    ProgressReport q4 = periodReport(QStringLiteral("2026Q4"), QDate(2027, 1, 8), {{7, 10}});
    q4.yearEnd = true;
    const TaskResult r = StatusEngine::evaluate(info2026(), t, {&q4}, QDate(2027, 1, 10));
    CHECK(r.targets.first().yearEnd);
    CHECK(r.targets.first().met == true);
    CHECK(r.reportedForPeriodDue);
    ReportLog log;
    q4.taskId = 1;
    log.entries = {q4};
    CHECK(log.yearEndActual(1, 7) == 10.0);
    CHECK_FALSE(log.yearEndActual(1, 8).has_value());
}
