#include "status/assessmentengine.h"

#include <catch2/catch.hpp>

using namespace ap;

namespace {

// A plan of two units (A: 1, B: 2) and one section; each test adds its tasks.
struct YearEnd
{
    PlanData plan;
    ReportLog log;
    Id nextReport = 1;

    YearEnd()
    {
        plan.info.year = 2026;
        plan.departments = {{1, QStringLiteral("甲科"), QString(), 0}, {2, QStringLiteral("乙科"), QString(), 1}};
        plan.sections.insert(10, {10, 0, QStringLiteral("重点工作")});
        plan.childSections[0] = {10};
        plan.assessment.tiers = AssessmentScheme::defaultTiers();
    }

    Task &add(Id id, QList<Id> leads, const AssessmentItem &item, QList<Target> targets = {})
    {
        Task t;
        t.id = id;
        t.title = QStringLiteral("任务%1").arg(id);
        for (Id d : leads)
            t.assignments.append({d, DepartmentRole::Lead});
        t.targets = targets;
        t.assessment = item;
        plan.tasks.insert(id, t);
        plan.sectionTasks[10].append(id);
        plan.taskSection.insert(id, 10);
        return plan.tasks[id];
    }

    // The year's final report on a task: its status and its figures, target id -> figure.
    void report(Id task, TaskStatus status, QHash<Id, double> figures = {}, std::optional<double> percent = {})
    {
        ProgressReport r;
        r.id = nextReport++;
        r.taskId = task;
        r.period = QStringLiteral("2026Q4");
        r.reportDate = QDate(2026, 12, 28);
        r.enteredAt = QDateTime(QDate(2026, 12, 28), QTime(9, 0), Qt::UTC);
        r.status = status;
        r.percent = percent;
        r.actuals = figures;
        r.yearEnd = true;
        log.entries.append(r);
    }

    AssessmentResult assess() const { return AssessmentEngine::assess(plan, log); }
    UnitScore unit(Id id) const
    {
        for (const UnitScore &u : assess().units)
            if (u.departmentId == id)
                return u;
        FAIL("no such unit");
        return {};
    }
    ItemScore item(Id unitId, Id task) const
    {
        for (const ItemScore &i : unit(unitId).items)
            if (i.taskId == task)
                return i;
        FAIL("no such item");
        return {};
    }
};

AssessmentItem rule(ScoringRule r, double points)
{
    AssessmentItem i;
    i.rule = r;
    i.points = points;
    return i;
}

Target target(Id id, TargetOp op, double value, const QString &unit, const QString &indicator)
{
    Target t;
    t.id = id;
    t.op = op;
    t.value = value;
    t.unit = unit;
    t.indicator = indicator;
    return t;
}

} // namespace

TEST_CASE("Proportional scoring gives the share of the target reached, and nothing below the floor")
{
    YearEnd y;
    y.add(1, {1}, rule(ScoringRule::Proportional, 10), {target(11, TargetOp::AtLeast, 85, QStringLiteral("%"), QStringLiteral("签约率"))});
    SECTION("80% of the way: 8 of 10")
    {
        y.report(1, TaskStatus::InProgress, {{11, 68}});
        const ItemScore i = y.item(1, 1);
        CHECK(i.completion.value() == Approx(0.8));
        CHECK(i.points == 8);
        CHECK(i.targets.value(0).yearEnd);
    }
    SECTION("exactly at the floor counts; just under it gives nothing")
    {
        y.report(1, TaskStatus::InProgress, {{11, 51}});   // 60%
        CHECK(y.item(1, 1).points == 6);
        y.log.entries.clear();
        y.report(1, TaskStatus::InProgress, {{11, 50.9}});
        CHECK(y.item(1, 1).points == 0);
    }
    SECTION("met or beyond is full points, never more")
    {
        y.report(1, TaskStatus::Done, {{11, 97}});
        CHECK(y.item(1, 1).points == 10);
    }
    SECTION("a target without a figure counts as none reached")
    {
        y.report(1, TaskStatus::Done);
        const ItemScore i = y.item(1, 1);
        CHECK(i.points == 0);
        CHECK_FALSE(i.targets.value(0).actual.has_value());
    }
    SECTION("an 'at most' target is reached in proportion of the value to the figure")
    {
        y.plan.tasks[1].targets = {target(11, TargetOp::AtMost, 8, QStringLiteral("‰"), QStringLiteral("孕产妇死亡率"))};
        y.report(1, TaskStatus::Done, {{11, 10}});
        CHECK(y.item(1, 1).points == 8);
    }
}

TEST_CASE("Deduction scoring takes points per started step of shortfall, up to its cap or until none are left")
{
    YearEnd y;
    AssessmentItem item = rule(ScoringRule::Deduction, 10);
    item.step = 1;
    item.deduct = 1.5;
    y.add(1, {1}, item, {target(11, TargetOp::AtLeast, 10, QStringLiteral("家"), QStringLiteral("建成中心"))});
    SECTION("met: nothing off")
    {
        y.report(1, TaskStatus::Done, {{11, 10}});
        CHECK(y.item(1, 1).points == 10);
    }
    SECTION("half a step short is one step")
    {
        y.report(1, TaskStatus::Done, {{11, 9.5}});
        const ItemScore i = y.item(1, 1);
        CHECK(i.points == 8.5);
        CHECK(i.targets.value(0).shortfall == Approx(0.5));
        CHECK(i.targets.value(0).deducted == 1.5);
    }
    SECTION("the cap holds")
    {
        y.plan.tasks[1].assessment->cap = 6;
        y.report(1, TaskStatus::Done, {{11, 2}});
        CHECK(y.item(1, 1).points == 4);
    }
    SECTION("without a cap, until none are left, never below zero")
    {
        y.report(1, TaskStatus::Done, {{11, 0}});
        CHECK(y.item(1, 1).points == 0);
    }
    SECTION("no figure: every point off")
    {
        y.report(1, TaskStatus::Done);
        CHECK(y.item(1, 1).points == 0);
    }
}

TEST_CASE("Met, done and manual items: all or nothing, and the assessors' points once reviewed")
{
    YearEnd y;
    y.add(1, {1}, rule(ScoringRule::Met, 5),
          {target(11, TargetOp::AtLeast, 90, QStringLiteral("%"), QStringLiteral("知晓率")),
           target(12, TargetOp::AtMost, 5, QStringLiteral("‰"), QStringLiteral("死亡率"))});
    y.add(2, {1}, rule(ScoringRule::Done, 4));
    y.add(3, {1}, rule(ScoringRule::Manual, 6));
    y.report(1, TaskStatus::Done, {{11, 92}, {12, 5.2}});
    y.report(2, TaskStatus::InProgress, {}, 90);
    CHECK(y.item(1, 1).points == 0);   // one of two targets missed
    CHECK(y.item(1, 2).points == 0);   // 90% is not done
    ItemScore manual = y.item(1, 3);
    CHECK(manual.pending);
    CHECK_FALSE(manual.computed.has_value());
    CHECK(manual.points == 0);
    CHECK(y.assess().pendingCount == 1);

    y.log.assessment.marks.append({3, 1, 5.5, QStringLiteral("自评说明"), 4.5, QStringLiteral("台账不全")});
    manual = y.item(1, 3);
    CHECK_FALSE(manual.pending);
    CHECK(manual.points == 4.5);
    CHECK(manual.selfPoints == 5.5);
    CHECK(y.assess().pendingCount == 0);
}

TEST_CASE("A review overrides the computed points of that unit only")
{
    YearEnd y;
    y.add(1, {1, 2}, rule(ScoringRule::Done, 10));
    y.report(1, TaskStatus::InProgress);
    y.log.assessment.marks.append({1, 2, std::nullopt, QString(), 7, QStringLiteral("已基本完成")});
    CHECK(y.item(1, 1).points == 0);
    CHECK(y.item(2, 1).points == 7);
    CHECK(y.item(2, 1).computed == 0);
}

TEST_CASE("A unit's score is its points on a scale of 100 plus capped bonuses, nothing when vetoed; the points add up")
{
    YearEnd y;
    y.add(1, {1}, rule(ScoringRule::Done, 6));
    y.add(2, {1}, rule(ScoringRule::Done, 4));
    y.add(3, {2}, rule(ScoringRule::Done, 8));
    y.report(1, TaskStatus::Done);
    y.report(2, TaskStatus::InProgress);
    y.report(3, TaskStatus::Done);
    y.plan.assessment.extras = {{101, AssessmentExtra::Kind::Bonus, QStringLiteral("获省级表彰"), 1, 2},
                                {102, AssessmentExtra::Kind::Veto, QStringLiteral("发生重大安全事故"), 0, 0}};

    UnitScore a = y.unit(1);
    CHECK(a.available == 10);
    CHECK(a.earned == 6);
    CHECK(a.base == 60);
    CHECK(a.score == 60);
    CHECK(a.tier == QStringLiteral("合格"));
    double sum = 0;
    for (const ItemScore &i : a.items)
        sum += i.points;
    CHECK(sum == a.earned);

    y.log.assessment.awards.append({101, 1, 3, QStringLiteral("三项表彰")});
    a = y.unit(1);
    CHECK(a.bonus == 2);   // 3 × 1, capped at 2
    CHECK(a.score == 62);

    y.log.assessment.awards.append({102, 2, 1, QStringLiteral("发生事故")});
    const UnitScore b = y.unit(2);
    CHECK(b.base == 100);
    CHECK(b.vetoed);
    CHECK(b.score == 0);
    const AssessmentResult r = y.assess();
    REQUIRE(r.units.size() == 2);
    CHECK(r.units.at(0).departmentId == 1);
    CHECK(r.units.at(0).rank == 1);
    CHECK(r.units.at(1).rank == 2);
}

TEST_CASE("Equal scores share a rank, and the next rank skips")
{
    YearEnd y;
    y.plan.departments.append({3, QStringLiteral("丙科"), QString(), 2});
    y.add(1, {1}, rule(ScoringRule::Done, 5));
    y.add(2, {2}, rule(ScoringRule::Done, 5));
    y.add(3, {3}, rule(ScoringRule::Done, 5));
    y.report(1, TaskStatus::Done);
    y.report(2, TaskStatus::Done);
    const AssessmentResult r = y.assess();
    REQUIRE(r.units.size() == 3);
    CHECK(r.units.at(0).rank == 1);
    CHECK(r.units.at(1).rank == 1);
    CHECK(r.units.at(2).rank == 3);
    CHECK(r.units.at(2).departmentId == 3);
}

TEST_CASE("The self-assessed score is given once every item of the unit has one")
{
    YearEnd y;
    y.add(1, {1}, rule(ScoringRule::Done, 6));
    y.add(2, {1}, rule(ScoringRule::Done, 4));
    y.log.assessment.marks.append({1, 1, 6, QString(), std::nullopt, QString()});
    CHECK_FALSE(y.unit(1).selfScore.has_value());
    y.log.assessment.marks.append({2, 1, 3, QString(), std::nullopt, QString()});
    CHECK(y.unit(1).selfScore == 90);
}

TEST_CASE("A scheme made from the plan spreads 100 points over its sections by weight, leaving out tasks no unit leads")
{
    YearEnd y;
    y.plan.sections.insert(20, {20, 0, QStringLiteral("保障措施")});
    y.plan.childSections[0] = {10, 20};
    y.add(1, {1}, rule(ScoringRule::Done, 0), {target(11, TargetOp::AtLeast, 85, QStringLiteral("%"), QStringLiteral("签约率"))});
    y.add(2, {2}, rule(ScoringRule::Done, 0));
    y.add(3, {}, rule(ScoringRule::Done, 0));
    Task t;
    t.id = 4;
    t.assignments = {{1, DepartmentRole::Lead}};
    y.plan.tasks.insert(4, t);
    y.plan.sectionTasks[20] = {4};
    y.plan.taskSection.insert(4, 20);

    AssessmentChange c = AssessmentEngine::defaultScheme(y.plan);
    REQUIRE(c.items.value(1).has_value());
    CHECK(c.items.value(1)->rule == ScoringRule::Proportional);
    CHECK(c.items.value(2)->rule == ScoringRule::Done);
    CHECK(c.items.value(1)->points == 25);
    CHECK(c.items.value(4)->points == 50);
    CHECK(c.items.contains(3));
    CHECK_FALSE(c.items.value(3).has_value());   // assessed before, no lead now: left out
    CHECK(c.scheme.tiers == AssessmentScheme::defaultTiers());

    c = AssessmentEngine::defaultScheme(y.plan, {{10, 3}, {20, 1}});
    CHECK(c.items.value(1)->points == 37.5);
    CHECK(c.items.value(4)->points == 25);
}

TEST_CASE("A scheme made from the plan adds up to 100 points exactly, in tenths")
{
    YearEnd y;
    for (Id id = 1; id <= 3; ++id)
        y.add(id, {1}, rule(ScoringRule::Done, 0));
    y.plan.sections.insert(20, {20, 0, QStringLiteral("保障措施")});
    y.plan.sections.insert(30, {30, 0, QStringLiteral("组织实施")});
    y.plan.childSections[0] = {10, 20, 30};
    for (Id id : {4, 5}) {
        Task t;
        t.id = id;
        t.assignments = {{2, DepartmentRole::Lead}};
        y.plan.tasks.insert(id, t);
        const Id section = id == 4 ? 20 : 30;
        y.plan.sectionTasks[section] = {id};
        y.plan.taskSection.insert(id, section);
    }
    const AssessmentChange c = AssessmentEngine::defaultScheme(y.plan);
    double sum = 0;
    for (const auto &item : c.items) {
        REQUIRE(item.has_value());
        CHECK(std::abs(item->points * 10 - std::round(item->points * 10)) < 1e-9);
        sum += item->points;
    }
    CHECK(sum == Approx(100).margin(1e-9));
    CHECK(c.items.value(1)->points == Approx(11.2));   // 33.4 (the section's remainder first), 11.2 + 11.1 + 11.1
    CHECK(c.items.value(4)->points == Approx(33.3));
}
