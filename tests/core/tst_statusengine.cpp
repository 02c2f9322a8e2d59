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

CheckIn reported(TaskStatus status, std::optional<double> percent, QDate date, QHash<Id, double> actuals = {})
{
    CheckIn c;
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
CheckIn firstQuarterReport(Id task)
{
    CheckIn a = reported(TaskStatus::InProgress, 30, QDate(2026, 3, 31));
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
    CheckIn half = reported(TaskStatus::InProgress, 50, QDate(2026, 3, 31));
    // On 30 April expected is about 66%: 50% is more than 10 points behind.
    CHECK(StatusEngine::evaluate(info, t, {&half}, QDate(2026, 4, 30)).warning == Warning::Yellow);
    // On 31 March expected is about 50%: fine, and the deadline is 91 days away.
    CHECK(StatusEngine::evaluate(info, t, {&half}, QDate(2026, 3, 31)).warning == Warning::None);
    CheckIn most = reported(TaskStatus::InProgress, 90, QDate(2026, 6, 10));
    const TaskResult soon = StatusEngine::evaluate(info, t, {&most}, QDate(2026, 6, 10));
    CHECK(soon.warning == Warning::Blue);
    CHECK(soon.daysLeft == 20);
    const TaskResult late = StatusEngine::evaluate(info, t, {&most}, QDate(2026, 7, 1));
    CHECK(late.warning == Warning::Red);
    CHECK(late.daysLeft == -1);
    CheckIn done = reported(TaskStatus::Done, std::nullopt, QDate(2026, 6, 29));
    const TaskResult finished = StatusEngine::evaluate(info, t, {&done}, QDate(2026, 8, 1));
    CHECK(finished.warning == Warning::None);
    CHECK(finished.actual == 100.0);
    CheckIn cancelled = reported(TaskStatus::Cancelled, std::nullopt, QDate(2026, 2, 1));
    CHECK(StatusEngine::evaluate(info, t, {&cancelled}, QDate(2026, 8, 1)).warning == Warning::None);
    // Never reported, past the deadline: red; no deadline and nothing reported mid-year: yellow.
    CHECK(StatusEngine::evaluate(info, t, {}, QDate(2026, 7, 1)).warning == Warning::Red);
    CHECK(StatusEngine::evaluate(info, task(QDate(), QDate()), {}, QDate(2026, 7, 1)).warning == Warning::Yellow);
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
    CheckIn q1 = reported(TaskStatus::InProgress, 20, QDate(2026, 3, 31), {{7, 400}, {8, 0.7}});
    CheckIn q2 = reported(TaskStatus::InProgress, 45, QDate(2026, 6, 30), {{7, 1100}});
    q2.id = 2;
    const TaskResult r = StatusEngine::evaluate(info2026(), t, {&q1, &q2}, QDate(2026, 7, 1));
    REQUIRE(r.targets.size() == 3);
    CHECK(r.targets.at(0).actual == 1100.0);
    CHECK(r.targets.at(0).met == false);
    CHECK(r.targets.at(0).cumulative);
    CHECK(*r.targets.at(0).expected == Approx(2000 * r.expected / 100));
    CHECK(r.targets.at(1).actual == 0.7);      // the latest report that gave this target a value
    CHECK(r.targets.at(1).met == false);
    CHECK_FALSE(r.targets.at(1).expected.has_value());
    CHECK_FALSE(r.targets.at(2).met.has_value());
}

TEST_CASE("The whole plan is evaluated in outline order from the current reports")
{
    testutil::DocumentFixture f;
    CheckInLog log;
    const Id first = f.task(f.childSection(f.topSection(0), 0), 0);
    CheckIn a = firstQuarterReport(first);
    CheckIn b = a;
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
    CheckInLog log;
    const Id first = f.task(f.childSection(f.topSection(0), 0), 0);
    CheckIn a = firstQuarterReport(first);
    log.entries = {a};
    const QDate day(2026, 4, 1);
    const QList<TaskResult> results = StatusEngine::evaluateAll(f.plan(), log, day);
    const QJsonObject root = QJsonDocument::fromJson(StatusJson::write(*f.doc, results, day)).object();
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
