// What changed between two states of a plan: every kind of change, matched by identity, in the
// later plan's order; nothing reported for what did not change (a reorder included).
#include "domain/plancomparison.h"

#include "../support/testutil.h"

using namespace ap;

namespace {

const PlanChange *find(const QList<PlanChange> &changes, PlanChange::Item item, Id id)
{
    for (const PlanChange &c : changes)
        if (c.item == item && c.id == id)
            return &c;
    return nullptr;
}

PlanData withTargetIds(PlanData p)
{
    Id next = 500;
    for (Task &t : p.tasks)
        for (Target &target : t.targets)
            target.id = next++;
    return p;
}

} // namespace

TEST_CASE("A plan compared with itself, or only reordered, has no changes")
{
    const PlanData plan = withTargetIds(testutil::smallPlan());
    CHECK(comparePlans(plan, plan).isEmpty());
    PlanData reordered = plan;
    reordered.sectionTasks[11] = {101, 100};
    reordered.childSections[10] = {12, 11};
    CHECK(comparePlans(plan, reordered).isEmpty());
}

TEST_CASE("Every kind of change is found, matched by identity, with its parts as they were and are")
{
    const PlanData from = withTargetIds(testutil::smallPlan());
    PlanData to = from;
    // Task 100: a target lowered, a step added, the deadline moved, the lead unit changed, retitled.
    Task &signing = to.tasks[100];
    signing.title = QStringLiteral("稳步扩大签约覆盖面");
    signing.targets[0].value = 80;
    signing.targets[0].milestones = {{70, QDate(2026, 6, 30)}};
    signing.deadline = QDate(2026, 11, 30);
    signing.assignments = {{3, DepartmentRole::Lead}, {2, DepartmentRole::Support}};
    // Task 101 removed; task 103 added after 100; task 102 moved under 公共卫生 (12).
    to.tasks.remove(101);
    to.sectionTasks[11] = {100, 103};
    to.taskSection.remove(101);
    Task added;
    added.id = 103;
    added.title = QStringLiteral("签约服务包更新");
    added.deadline = QDate(2026, 10, 31);
    added.assignments = {{1, DepartmentRole::Lead}};
    to.tasks.insert(103, added);
    to.taskSection.insert(103, 11);
    to.sectionTasks[13] = {};
    to.sectionTasks[12] = {102};
    to.taskSection[102] = 12;
    // Section 13 renamed; a new section 14 at the top level; a department renamed, one removed, one added.
    to.sections[13].title = QStringLiteral("医疗质量安全");
    to.sections.insert(14, {14, 0, QStringLiteral("综合保障")});
    to.childSections[0] = {10, 13, 14};
    to.departments[0].name = QStringLiteral("区卫生健康委员会");
    to.departments.removeAt(1);   // 区财政局: still named on task 100 as support? no: named below
    to.tasks[100].assignments = {{3, DepartmentRole::Lead}};
    to.departments.append({4, QStringLiteral("区疾控中心"), QString(), 3});
    to.info.title = QStringLiteral("2026年测试工作计划（调整）");

    const QList<PlanChange> changes = comparePlans(from, to);

    const PlanChange *plan = find(changes, PlanChange::Item::Plan, 0);
    REQUIRE(plan);
    CHECK(plan->kind == PlanChange::Kind::Changed);
    CHECK(plan->after.contains(QStringLiteral("（调整）")));

    const PlanChange *renamedUnit = find(changes, PlanChange::Item::Department, 1);
    REQUIRE(renamedUnit);
    CHECK(renamedUnit->kind == PlanChange::Kind::Changed);
    CHECK(renamedUnit->before.endsWith(QStringLiteral("区卫健委")));
    CHECK(renamedUnit->after.endsWith(QStringLiteral("区卫生健康委员会")));
    REQUIRE(find(changes, PlanChange::Item::Department, 2));
    CHECK(find(changes, PlanChange::Item::Department, 2)->kind == PlanChange::Kind::Removed);
    REQUIRE(find(changes, PlanChange::Item::Department, 4));
    CHECK(find(changes, PlanChange::Item::Department, 4)->kind == PlanChange::Kind::Added);

    const PlanChange *task = find(changes, PlanChange::Item::Task, 100);
    REQUIRE(task);
    CHECK(task->kind == PlanChange::Kind::Changed);
    CHECK(task->key() == QStringLiteral("task:100"));
    CHECK(task->place == QStringLiteral("一、（一）1."));
    CHECK(task->groupTitle == QStringLiteral("一、基层服务"));
    CHECK(task->aspects == QStringList{QStringLiteral("Task"), QStringLiteral("Targets"), QStringLiteral("Deadline"),
                                       QStringLiteral("Lead units"), QStringLiteral("Supporting units")});
    CHECK(task->before.contains(QStringLiteral("重点人群签约率≥85%")));
    CHECK(task->after.contains(QStringLiteral("重点人群签约率≥70%(6月底)、80%")));
    CHECK(task->before.contains(QStringLiteral("2026年12月31日")));
    CHECK(task->after.contains(QStringLiteral("2026年11月30日")));
    CHECK(task->after.contains(QStringLiteral("Lead units：区医保局")));
    // What did not change is not said: the description, the other target.
    CHECK_FALSE(task->before.contains(QStringLiteral("面向老年人")));
    CHECK_FALSE(task->before.contains(QStringLiteral("投诉率")));
    CHECK_FALSE(task->after.contains(QStringLiteral("投诉率")));

    const PlanChange *removed = find(changes, PlanChange::Item::Task, 101);
    REQUIRE(removed);
    CHECK(removed->kind == PlanChange::Kind::Removed);
    CHECK(removed->place == QStringLiteral("一、（一）2."));
    CHECK(removed->before.startsWith(QStringLiteral("健康档案更新")));
    CHECK(removed->after.isEmpty());

    const PlanChange *fresh = find(changes, PlanChange::Item::Task, 103);
    REQUIRE(fresh);
    CHECK(fresh->kind == PlanChange::Kind::Added);
    CHECK(fresh->before.isEmpty());
    CHECK(fresh->after.startsWith(QStringLiteral("签约服务包更新")));
    CHECK(fresh->after.contains(QStringLiteral("2026年10月31日")));

    const PlanChange *moved = find(changes, PlanChange::Item::Task, 102);
    REQUIRE(moved);
    CHECK(moved->aspects == QStringList{QStringLiteral("Under")});
    CHECK(moved->before.contains(QStringLiteral("二、医疗质量")));
    CHECK(moved->after.contains(QStringLiteral("一、（二）公共卫生")));

    const PlanChange *renamed = find(changes, PlanChange::Item::Section, 13);
    REQUIRE(renamed);
    CHECK(renamed->kind == PlanChange::Kind::Changed);
    CHECK(renamed->after.contains(QStringLiteral("医疗质量安全")));
    const PlanChange *newSection = find(changes, PlanChange::Item::Section, 14);
    REQUIRE(newSection);
    CHECK(newSection->kind == PlanChange::Kind::Added);
    CHECK(newSection->after.contains(QStringLiteral("三、综合保障")));

    // In the later plan's order: the plan, the units (the removed one where it stood), then 一's changes (100, the removed 101 where
    // it stood, 103, then 102 under （二）), then 二 and 三.
    QStringList order;
    for (const PlanChange &c : changes)
        order << c.key();
    CHECK(order
          == QStringList{QStringLiteral("plan"), QStringLiteral("department:1"), QStringLiteral("department:2"),
                         QStringLiteral("department:4"), QStringLiteral("task:100"), QStringLiteral("task:101"),
                         QStringLiteral("task:103"), QStringLiteral("task:102"), QStringLiteral("section:13"),
                         QStringLiteral("section:14")});
}

TEST_CASE("A removed section is grouped where it stood, and its tasks go with it")
{
    const PlanData from = withTargetIds(testutil::smallPlan());
    PlanData to = from;
    to.sections.remove(13);
    to.childSections[0] = {10};
    to.sectionTasks.remove(13);
    to.tasks.remove(102);
    to.taskSection.remove(102);
    const QList<PlanChange> changes = comparePlans(from, to);
    REQUIRE(changes.size() == 2);
    CHECK(changes.at(0).key() == QStringLiteral("section:13"));
    CHECK(changes.at(0).kind == PlanChange::Kind::Removed);
    CHECK(changes.at(0).groupTitle == QStringLiteral("二、医疗质量"));
    CHECK(changes.at(1).key() == QStringLiteral("task:102"));
    CHECK(changes.at(1).before.contains(QStringLiteral("督查次数≥4次")));
}
