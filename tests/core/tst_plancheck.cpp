#include "document/commands.h"
#include "document/plancheck.h"
#include "document/planedits.h"

#include "../support/testutil.h"

using namespace ap;

namespace {
QList<PlanFinding::Kind> kinds(const PlanDocument &doc)
{
    QList<PlanFinding::Kind> out;
    for (const PlanFinding &f : PlanCheck::run(doc))
        out << f.kind;
    return out;
}
} // namespace

TEST_CASE("A complete plan passes the plan checks")
{
    testutil::DocumentFixture f;
    // The small plan's 公共卫生 subsection is empty on purpose: the one finding.
    const auto findings = PlanCheck::run(*f.doc);
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().kind == PlanFinding::EmptySection);
    CHECK(findings.first().sectionId == f.childSection(f.topSection(0), 1));
    CHECK(findings.first().message.contains(QStringLiteral("（二）公共卫生")));
}

TEST_CASE("Plan checks find a missing lead, targets without value or deadline, stray deadlines and repeated titles")
{
    testutil::DocumentFixture f;
    const Id quality = f.topSection(1);
    Task t;
    t.title = QStringLiteral("病历质量督查");  // same title as the task already there
    t.deadline = QDate(2027, 3, 31);
    Target noValue;
    noValue.indicator = QStringLiteral("合格率");
    t.targets = {noValue};
    f.stack()->push(new AddTaskCommand(f.doc.get(), quality, 1, t));
    Task open;
    open.title = QStringLiteral("无时限任务");
    Target undated;
    undated.indicator = QStringLiteral("覆盖率");
    undated.value = 50;
    open.targets = {undated};
    open.assignments = {{f.plan().departments.at(0).id, DepartmentRole::Lead}};
    f.stack()->push(new AddTaskCommand(f.doc.get(), quality, 2, open));

    const auto found = kinds(*f.doc);
    CHECK(found.count(PlanFinding::TaskWithoutLead) == 1);
    CHECK(found.count(PlanFinding::TargetWithoutValue) == 1);
    CHECK(found.count(PlanFinding::TargetWithoutDeadline) == 1);
    CHECK(found.count(PlanFinding::DeadlineOutsideYear) == 1);
    CHECK(found.count(PlanFinding::DuplicateTitle) == 1);
    for (const PlanFinding &finding : PlanCheck::run(*f.doc))
        if (finding.kind == PlanFinding::DuplicateTitle)
            CHECK(finding.taskId == f.plan().sectionTasks.value(quality).at(1));
}

TEST_CASE("A plan without its date of issue is flagged until the date is set, and undoing brings the finding back")
{
    testutil::DocumentFixture f;
    PlanInfo undated = f.doc->plan().info;
    undated.documentDate = QDate();
    f.stack()->push(new SetPlanInfoCommand(f.doc.get(), undated));
    const QList<PlanFinding> findings = PlanCheck::run(*f.doc);
    const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                 [](const PlanFinding &x) { return x.kind == PlanFinding::NoDocumentDate; });
    REQUIRE(it != findings.cend());
    CHECK(it->sectionId == 0);
    CHECK(it->taskId == 0);
    CHECK(it->message.contains(QStringLiteral("成文日期")));
    f.stack()->undo();
    CHECK_FALSE(kinds(*f.doc).contains(PlanFinding::NoDocumentDate));
    f.stack()->redo();
    CHECK(kinds(*f.doc).contains(PlanFinding::NoDocumentDate));
}

TEST_CASE("A department no task names is a plan check, named, until a task names it")
{
    testutil::DocumentFixture f;
    REQUIRE(edits::addDepartment(*f.doc, QStringLiteral("区卫建委"), int(f.plan().departments.size())) != 0);
    QList<PlanFinding> unused;
    for (const PlanFinding &finding : PlanCheck::run(*f.doc))
        if (finding.kind == PlanFinding::UnusedDepartment)
            unused << finding;
    REQUIRE(unused.size() == 1);
    CHECK(unused.first().message.contains(QStringLiteral("区卫建委")));
    CHECK(unused.first().taskId == 0);
    // Named on a task, it is no finding.
    Task t = f.plan().tasks.value(f.plan().tasks.keys().first());
    t.assignments.append({f.plan().departmentByName(QStringLiteral("区卫建委"))->id, DepartmentRole::Support});
    REQUIRE(edits::editTask(*f.doc, t));
    CHECK_FALSE(kinds(*f.doc).contains(PlanFinding::UnusedDepartment));
}
