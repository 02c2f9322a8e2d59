// The plan's year month by month: each task's span, its steps and deadline in their months, the
// tasks due in a month, and a month cell's words; grouped by section or by lead unit.
#include "status/monthlyschedule.h"

#include "../support/testutil.h"

using namespace ap;

TEST_CASE("Each task spans its start to its deadline, with its steps and deadline in their months")
{
    PlanData plan = testutil::smallPlan();
    // 扩大签约覆盖面: 重点人群签约率 80% by 30 June, then 85% by the deadline; 病历质量督查's 4 by 30 September.
    plan.tasks[100].targets[0].milestones = {{80, QDate(2026, 6, 30)}, {82, QDate(2026, 8, 15)}};
    const ScheduleRow r = MonthlySchedule::row(plan, 100);
    CHECK(r.start == QDate(2026, 1, 1));
    CHECK(r.end == QDate(2026, 12, 31));
    CHECK(r.group == 10);
    REQUIRE(r.items.size() == 3);
    CHECK(r.items.at(0).due == QDate(2026, 6, 30));
    CHECK(r.items.at(0).text == QStringLiteral("重点人群签约率≥80%"));
    CHECK(r.items.at(2).kind == ScheduleItem::Kind::Deadline);
    CHECK(r.activeIn(2026, 1));
    CHECK(MonthlySchedule::cellText(r, 2026, 6) == QStringLiteral("≥80%"));
    CHECK(MonthlySchedule::cellText(r, 2026, 8) == QStringLiteral("≥82% by day 15"));
    CHECK(MonthlySchedule::cellText(r, 2026, 12) == QStringLiteral("Done"));
    CHECK(MonthlySchedule::cellText(r, 2026, 7).isEmpty());

    // 健康档案更新 ends in June: not running in July.
    const ScheduleRow june = MonthlySchedule::row(plan, 101);
    CHECK(june.activeIn(2026, 6));
    CHECK_FALSE(june.activeIn(2026, 7));
    // A target's year's value due with the deadline is the deadline's; one due before it falls due
    // in its own month.
    CHECK(MonthlySchedule::row(plan, 102).itemsIn(2026, 9).size() == 1);
    PlanData earlier = plan;
    earlier.tasks[102].targets[0].due = QDate(2026, 8, 31);
    const ScheduleRow checks = MonthlySchedule::row(earlier, 102);
    REQUIRE(checks.itemsIn(2026, 8).size() == 1);
    CHECK(checks.itemsIn(2026, 8).first().text == QStringLiteral("督查次数≥4次"));

    CHECK(MonthlySchedule::dueIn(plan, 2026, 6) == QList<Id>{100, 101});
    CHECK(MonthlySchedule::dueIn(plan, 2026, 9) == QList<Id>{102});
    CHECK(MonthlySchedule::dueIn(plan, 2026, 7).isEmpty());
}

TEST_CASE("The tasks due in a month are those whose row has an item in it, whatever the month")
{
    PlanData plan = testutil::smallPlan();
    plan.tasks[100].targets[0].milestones = {{80, QDate(2026, 6, 30)}, {82, QDate(2026, 8, 15)}};
    plan.tasks[102].targets[0].due = QDate(2026, 8, 31);
    plan.tasks[101].start = QDate(2026, 5, 1);
    plan.tasks[101].deadline = QDate(2026, 3, 1);   // a deadline before the start: the span ends at the start
    for (int year : {2025, 2026, 2027})
        for (int month = 1; month <= 12; ++month) {
            CAPTURE(year, month);
            QList<Id> fromRows;
            for (const ScheduleRow &r : MonthlySchedule::rows(plan))
                if (!r.itemsIn(year, month).isEmpty())
                    fromRows << r.taskId;
            CHECK(MonthlySchedule::dueIn(plan, year, month) == fromRows);
        }
    CHECK(MonthlySchedule::dueIn(plan, 2026, 5) == QList<Id>{101});
    CHECK(MonthlySchedule::dueIn(plan, 2026, 8) == QList<Id>{100, 102});
    // No deadline: the task falls due at the year's end; a target with a date but no value has
    // nothing to fall due; a month that is no month has nothing.
    plan.tasks[100].deadline = QDate();
    plan.tasks[102].targets[0].value.reset();
    CHECK(MonthlySchedule::dueIn(plan, 2026, 12).contains(100));
    CHECK(MonthlySchedule::dueIn(plan, 2026, 8) == QList<Id>{100});
    CHECK(MonthlySchedule::dueIn(plan, 2026, 13).isEmpty());
    CHECK(MonthlySchedule::dueIn(plan, 0, 1).isEmpty());
}

TEST_CASE("The schedule groups tasks by section in the plan's order, or by lead unit in the registry's")
{
    const PlanData plan = testutil::smallPlan();
    QList<Id> bySection, groups;
    for (const ScheduleRow &r : MonthlySchedule::rows(plan)) {
        bySection << r.taskId;
        groups << r.group;
    }
    CHECK(bySection == QList<Id>{100, 101, 102});
    CHECK(groups == QList<Id>{10, 10, 13});
    QList<Id> byUnit;
    for (const ScheduleRow &r : MonthlySchedule::rows(plan, MonthlySchedule::Grouping::ByDepartment))
        byUnit << r.group;
    CHECK(byUnit == QList<Id>{1, 1, 3});
}
