#include "document/assessmentcommands.h"
#include "document/commands.h"
#include "status/assessmentengine.h"

#include "../support/testutil.h"

#include <QFile>
#include <QTemporaryDir>

using namespace ap;

namespace {

// The document in memory and the file agree, and both equal the expected plan.
void checkState(const PlanDocument &doc, const PlanData &expected)
{
    std::string why;
    const PlanData onDisk = testutil::fileState(doc);
    INFO("memory vs file");
    CHECK(testutil::samePlan(doc.plan(), onDisk, &why));
    INFO("differs in " << why);
    CHECK(testutil::samePlan(doc.plan(), expected, &why));
}

using Fixture = testutil::DocumentFixture;

// Pushes cmd, then runs undo → redo → undo, checking memory and file at every step.
void roundTrip(Fixture &f, QUndoCommand *cmd, const std::function<void(const PlanData &)> &checkAfter)
{
    const PlanData before = f.plan();
    QUndoStack *stack = f.doc->undoStack();
    stack->push(cmd);
    REQUIRE(stack->count() == 1);
    const PlanData after = f.plan();
    checkAfter(after);
    checkState(*f.doc, after);
    stack->undo();
    checkState(*f.doc, before);
    stack->redo();
    checkState(*f.doc, after);
    checkAfter(f.plan());
    stack->undo();
    checkState(*f.doc, before);
}

} // namespace

TEST_CASE("Every command writes through and undoes, redoes and undoes again to the same plan")
{
    // On a plan file, and on the same plan on a server: the same rows, the same contract.
    const bool onServer = GENERATE(false, true);
    INFO((onServer ? "on the server" : "in a plan file"));
    auto fixture = onServer ? std::make_unique<Fixture>(Fixture::OnServer{}) : std::make_unique<Fixture>();
    if (!fixture->doc) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): the server half skipped");
        return;
    }
    Fixture &f = *fixture;
    const Id first = f.topSection(0);    // 基层服务 with two subsections
    const Id second = f.topSection(1);   // 医疗质量
    const Id family = f.childSection(first, 0);
    const Id signing = f.task(family, 0);

    SECTION("plan properties")
    {
        PlanInfo info = f.plan().info;
        info.title = QStringLiteral("新标题");
        info.year = 2027;
        info.cadence = Cadence::Monthly;
        info.documentDate = QDate();
        // The notice it is issued in, every part, SQL's quotes among its words.
        info.notice = IssueNotice{true, QStringLiteral("测试区卫生健康委员会文件"), QStringLiteral("测卫发〔2027〕2号"),
                                  QStringLiteral("各单位'); DROP TABLE plan; --"), QStringLiteral("现将计划印发给你们。\n请遵照执行。"),
                                  QStringLiteral("区政府办"), QStringLiteral("测试区卫生健康委员会办公室"), QDate(2027, 1, 5)};
        roundTrip(f, new SetPlanInfoCommand(f.doc.get(), info), [&info](const PlanData &p) {
            CHECK(p.info.year == 2027);
            CHECK(p.info.notice == info.notice);
        });
    }
    SECTION("add a section between two others")
    {
        roundTrip(f, new AddSectionCommand(f.doc.get(), 0, 1, QStringLiteral("新章节")), [](const PlanData &p) {
            CHECK(p.childSections.value(0).size() == 3);
            CHECK(p.sections.value(p.childSections.value(0).at(1)).title == QStringLiteral("新章节"));
        });
    }
    SECTION("remove a section with subsections, tasks, targets and departments")
    {
        roundTrip(f, new RemoveSectionCommand(f.doc.get(), first), [](const PlanData &p) {
            CHECK(p.sections.size() == 1);
            CHECK(p.tasks.size() == 1);
        });
    }
    SECTION("move a section down among its siblings")
    {
        roundTrip(f, new MoveSectionCommand(f.doc.get(), first, 0, 1), [&](const PlanData &p) {
            CHECK(p.childSections.value(0) == QList<Id>{second, first});
        });
    }
    SECTION("move a section under another parent")
    {
        roundTrip(f, new MoveSectionCommand(f.doc.get(), second, first, 1), [&](const PlanData &p) {
            CHECK(p.childSections.value(0) == QList<Id>{first});
            CHECK(p.childSections.value(first).at(1) == second);
            CHECK(p.sectionDepth(second) == 2);
        });
    }
    SECTION("move a subsection out to the top level")
    {
        roundTrip(f, new MoveSectionCommand(f.doc.get(), family, 0, 0), [&](const PlanData &p) {
            CHECK(p.childSections.value(0) == (QList<Id>{family, first, second}));
        });
    }
    SECTION("rename a section")
    {
        roundTrip(f, new RenameSectionCommand(f.doc.get(), second, QStringLiteral("医疗质量安全")),
                  [&](const PlanData &p) { CHECK(p.sections.value(second).title == QStringLiteral("医疗质量安全")); });
    }
    SECTION("add a task with targets and departments")
    {
        Task t;
        t.title = QStringLiteral("新任务");
        t.deadline = QDate(2026, 11, 30);
        Target target;
        target.indicator = QStringLiteral("覆盖率");
        target.value = 90;
        target.unit = QStringLiteral("%");
        t.targets = {target};
        t.assignments = {{f.plan().departments.at(1).id, DepartmentRole::Lead}};
        roundTrip(f, new AddTaskCommand(f.doc.get(), family, 1, t), [&](const PlanData &p) {
            REQUIRE(p.sectionTasks.value(family).size() == 3);
            const Task &added = p.tasks.value(p.sectionTasks.value(family).at(1));
            CHECK(added.title == QStringLiteral("新任务"));
            REQUIRE(added.targets.size() == 1);
            CHECK(added.targets.first().id != 0);
        });
    }
    SECTION("add a block of tasks between two tasks, as a paste does")
    {
        QList<Task> block;
        for (int i = 0; i < 3; ++i) {
            Task t;
            t.title = QStringLiteral("粘贴的任务%1").arg(i + 1);
            Target target;
            target.indicator = QStringLiteral("完成数");
            target.value = 10 + i;
            t.targets = {target};
            t.assignments = {{f.plan().departments.at(0).id, DepartmentRole::Lead}};
            block << t;
        }
        const QList<Id> before = f.plan().sectionTasks.value(family);
        roundTrip(f, new AddTasksCommand(f.doc.get(), family, 1, block), [&](const PlanData &p) {
            const QList<Id> now = p.sectionTasks.value(family);
            REQUIRE(now.size() == before.size() + 3);
            CHECK(now.first() == before.first());
            CHECK(now.last() == before.last());
            for (int i = 0; i < 3; ++i) {
                CHECK(p.tasks.value(now.at(1 + i)).title == QStringLiteral("粘贴的任务%1").arg(i + 1));
                CHECK(p.tasks.value(now.at(1 + i)).targets.first().id != 0);
            }
        });
    }
    SECTION("remove a task")
    {
        roundTrip(f, new RemoveTaskCommand(f.doc.get(), signing), [&](const PlanData &p) {
            CHECK_FALSE(p.tasks.contains(signing));
            CHECK(p.sectionTasks.value(family).size() == 1);
        });
    }
    SECTION("move a task within its section")
    {
        roundTrip(f, new MoveTaskCommand(f.doc.get(), signing, family, 1), [&](const PlanData &p) {
            CHECK(p.sectionTasks.value(family).at(1) == signing);
        });
    }
    SECTION("move a task to another section")
    {
        roundTrip(f, new MoveTaskCommand(f.doc.get(), signing, second, 0), [&](const PlanData &p) {
            CHECK(p.taskSection.value(signing) == second);
            CHECK(p.sectionTasks.value(second).first() == signing);
        });
    }
    SECTION("edit a task's text, dates, targets and departments at once")
    {
        Task t = f.plan().tasks.value(signing);
        t.title = QStringLiteral("扩大签约覆盖面(修订)");
        t.description.clear();
        t.start = QDate();
        t.deadline = QDate(2026, 10, 31);
        t.notes = QStringLiteral("备注");
        t.targets.removeFirst();
        t.targets.first().value = 0.3;
        Target added;
        added.indicator = QStringLiteral("满意度");
        added.value = 95;
        added.unit = QStringLiteral("%");
        added.due = QDate(2026, 6, 30);
        t.targets.append(added);
        t.assignments = {{f.plan().departments.at(2).id, DepartmentRole::Lead},
                         {f.plan().departments.at(0).id, DepartmentRole::Support}};
        roundTrip(f, new EditTaskCommand(f.doc.get(), t), [&](const PlanData &p) {
            const Task &now = p.tasks.value(signing);
            CHECK(now.title == QStringLiteral("扩大签约覆盖面(修订)"));
            REQUIRE(now.targets.size() == 2);
            CHECK(now.targets.at(1).id != 0);
            CHECK(now.assignments.first().role == DepartmentRole::Lead);
        });
    }
    SECTION("add a department")
    {
        roundTrip(f, new AddDepartmentCommand(f.doc.get(), Department{0, QStringLiteral("区民政局"), QString(), 0}, 1),
                  [](const PlanData &p) {
                      REQUIRE(p.departments.size() == 4);
                      CHECK(p.departments.at(1).name == QStringLiteral("区民政局"));
                      CHECK(p.departments.at(3).position == 3);
                  });
    }
    SECTION("remove a department that tasks name")
    {
        const Id dep = f.plan().departments.at(0).id;
        roundTrip(f, new RemoveDepartmentCommand(f.doc.get(), dep), [&](const PlanData &p) {
            CHECK(p.department(dep) == nullptr);
            for (const Task &t : p.tasks)
                for (const Assignment &a : t.assignments)
                    CHECK(a.departmentId != dep);
        });
    }
    SECTION("merge a department into another, re-pointing every task")
    {
        const Id health = f.plan().departments.at(0).id;  // leads two tasks
        const Id finance = f.plan().departments.at(1).id; // supports the first of them
        roundTrip(f, new MergeDepartmentsCommand(f.doc.get(), finance, health), [&](const PlanData &p) {
            CHECK(p.department(finance) == nullptr);
            const Task &t = p.tasks.value(signing);
            REQUIRE(t.assignments.size() == 1);
            CHECK(t.assignments.first().departmentId == health);
        });
        const Id insurance = f.plan().departments.at(2).id;
        roundTrip(f, new MergeDepartmentsCommand(f.doc.get(), health, insurance), [&](const PlanData &p) {
            CHECK(p.department(health) == nullptr);
            CHECK(p.tasks.value(signing).assignments.first() == Assignment{insurance, DepartmentRole::Lead});
        });
    }
    SECTION("rename a department")
    {
        Department d = f.plan().departments.at(2);
        d.name = QStringLiteral("区医疗保障局");
        d.shortName = QStringLiteral("医保局");
        roundTrip(f, new EditDepartmentCommand(f.doc.get(), d),
                  [](const PlanData &p) { CHECK(p.departments.at(2).name == QStringLiteral("区医疗保障局")); });
    }
    SECTION("move a department")
    {
        const Id dep = f.plan().departments.at(2).id;
        roundTrip(f, new MoveDepartmentCommand(f.doc.get(), dep, 0),
                  [&](const PlanData &p) { CHECK(p.departments.at(0).id == dep); });
    }
    SECTION("make the assessment scheme: every led task's points and rule, bonus and veto items, tiers")
    {
        AssessmentChange change = AssessmentEngine::defaultScheme(f.plan());
        change.scheme.extras = {{0, AssessmentExtra::Kind::Bonus, QStringLiteral("获省级表彰'); --"), 1, 3},
                                {0, AssessmentExtra::Kind::Veto, QStringLiteral("发生重大安全事故"), 0, 0}};
        AssessmentItem &item = *change.items[signing];
        item.rule = ScoringRule::Deduction;
        item.step = 2;
        item.deduct = 0.5;
        item.cap = 4;
        item.method = QStringLiteral("核对数据");
        roundTrip(f, new SetAssessmentCommand(f.doc.get(), change, QStringLiteral("考核方案")), [&](const PlanData &p) {
            REQUIRE(p.tasks.value(signing).assessment.has_value());
            CHECK(p.tasks.value(signing).assessment->cap == 4);
            REQUIRE(p.assessment.extras.size() == 2);
            CHECK(p.assessment.extras.at(0).id != 0);
            CHECK(p.assessment.tiers.size() == 4);
        });
    }
    SECTION("a unit's self-assessment and the review, an award; removing the task keeps its marks for the undo")
    {
        AssessmentChange change = AssessmentEngine::defaultScheme(f.plan());
        change.scheme.extras = {{0, AssessmentExtra::Kind::Bonus, QStringLiteral("表彰"), 1, 0}};
        REQUIRE(f.doc->applyAssessment(change));
        const Id lead = f.plan().tasks.value(signing).departmentIds(DepartmentRole::Lead).value(0);
        const double points = f.plan().tasks.value(signing).assessment->points;
        QUndoStack *stack = f.doc->undoStack();
        auto marksAgree = [&] {
            INFO("marks in memory and on disk");
            CHECK(testutil::fileReports(*f.doc).assessment == f.doc->reports().assessment);
        };
        stack->push(new SetAssessmentMarkCommand(f.doc.get(), {signing, lead, points, QStringLiteral("已完成"), std::nullopt, QString()}));
        marksAgree();
        stack->push(new SetAssessmentMarkCommand(f.doc.get(), {signing, lead, points, QStringLiteral("已完成"), points - 1,
                                                               QStringLiteral("台账不全")}));
        marksAgree();
        REQUIRE(f.doc->reports().assessment.mark(signing, lead));
        CHECK(f.doc->reports().assessment.mark(signing, lead)->reviewPoints == points - 1);
        stack->push(new SetAssessmentAwardCommand(f.doc.get(), f.plan().assessment.extras.at(0).id, lead,
                                                  AssessmentAward{0, 0, 2, QStringLiteral("两项")}));
        marksAgree();
        CHECK(f.doc->reports().assessment.awards.size() == 1);
        stack->push(new RemoveTaskCommand(f.doc.get(), signing));
        marksAgree();
        CHECK_FALSE(f.doc->reports().assessment.mark(signing, lead));
        stack->undo();
        marksAgree();
        REQUIRE(f.doc->reports().assessment.mark(signing, lead));
        CHECK(f.doc->reports().assessment.mark(signing, lead)->reviewReason == QStringLiteral("台账不全"));
        stack->undo();
        stack->undo();
        marksAgree();
        CHECK(f.doc->reports().assessment.mark(signing, lead)->reviewPoints == std::nullopt);
        stack->undo();
        marksAgree();
        CHECK(f.doc->reports().assessment.marks.isEmpty());
    }
    SECTION("a published assessment takes no marks, and says why")
    {
        AssessmentChange change = AssessmentEngine::defaultScheme(f.plan());
        change.scheme.published = true;
        REQUIRE(f.doc->applyAssessment(change));
        const Id lead = f.plan().tasks.value(signing).departmentIds(DepartmentRole::Lead).value(0);
        f.doc->undoStack()->push(new SetAssessmentMarkCommand(f.doc.get(), {signing, lead, 1, QString(), std::nullopt, QString()}));
        CHECK(f.doc->undoStack()->count() == 0);
        CHECK(f.doc->lastError().contains(QStringLiteral("published")));
        CHECK(testutil::fileReports(*f.doc).assessment.marks.isEmpty());
    }
}

TEST_CASE("Undo never reaches past the state in which the file was opened")
{
    QTemporaryDir dir;
    const PlanData content = testutil::smallPlan();
    QString error;
    const QString path = dir.filePath(QStringLiteral("undo.aplan"));
    REQUIRE(PlanStore::create(path, content.info, &error, nullptr, &content));
    {
        auto doc = PlanDocument::open(path, PlanStore::Mode::ReadWrite, &error);
        REQUIRE(doc);
        doc->undoStack()->push(new AddSectionCommand(doc.get(), 0, 0, QStringLiteral("第一")));
        doc->undoStack()->push(new AddSectionCommand(doc.get(), 0, 0, QStringLiteral("第二")));
        CHECK(doc->undoStack()->count() == 2);
    }
    auto doc = PlanDocument::open(path, PlanStore::Mode::ReadWrite, &error);
    REQUIRE(doc);
    CHECK_FALSE(doc->undoStack()->canUndo());
    CHECK(doc->plan().sections.value(doc->plan().childSections.value(0).at(0)).title == QStringLiteral("第二"));
    doc->undoStack()->undo();
    CHECK(doc->plan().sections.size() == 6);
}

TEST_CASE("A command that cannot be written is dropped and reported, and changes nothing")
{
    QTemporaryDir dir;
    const PlanData content = testutil::smallPlan();
    QString error;
    const QString path = dir.filePath(QStringLiteral("ro.aplan"));
    REQUIRE(PlanStore::create(path, content.info, &error, nullptr, &content));
    const QByteArray before = testutil::sha256(path);
    auto doc = PlanDocument::open(path, PlanStore::Mode::ReadOnly, &error);
    REQUIRE(doc);
    QStringList reported;
    QObject::connect(doc.get(), &PlanDocument::writeFailed, [&](const QString &m) { reported << m; });
    const PlanData plan = doc->plan();
    doc->undoStack()->push(new AddSectionCommand(doc.get(), 0, 0, QStringLiteral("不能保存")));
    doc->undoStack()->push(new RenameSectionCommand(doc.get(), plan.childSections.value(0).at(0), QStringLiteral("x")));
    CHECK(doc->undoStack()->count() == 0);
    CHECK(reported.size() == 2);
    std::string why;
    CHECK(testutil::samePlan(doc->plan(), plan, &why));
    doc.reset();
    CHECK(testutil::sha256(path) == before);
}

TEST_CASE("Labels of sections and tasks follow their place in the outline")
{
    Fixture f;
    const Id first = f.topSection(0);
    const Id family = f.childSection(first, 0);
    const Id publicHealth = f.childSection(first, 1);
    CHECK(f.doc->sectionLabel(first) == QStringLiteral("一、"));
    CHECK(f.doc->sectionLabel(f.topSection(1)) == QStringLiteral("二、"));
    CHECK(f.doc->sectionLabel(family) == QStringLiteral("（一）"));
    CHECK(f.doc->sectionLabel(publicHealth) == QStringLiteral("（二）"));
    CHECK(f.doc->taskLabel(f.task(family, 1)) == QStringLiteral("2."));
    CHECK(f.doc->taskLabel(f.task(f.topSection(1), 0)) == QStringLiteral("（一）"));
    f.doc->undoStack()->push(new MoveSectionCommand(f.doc.get(), publicHealth, 0, 0));
    CHECK(f.doc->sectionLabel(publicHealth) == QStringLiteral("一、"));
    CHECK(f.doc->sectionLabel(first) == QStringLiteral("二、"));
}

TEST_CASE("An imported fragment is added in one step with its new departments, and undone whole")
{
    Fixture f;
    // A fragment as an import builds it: provisional ids, one department the plan already has.
    PlanData fragment;
    const QString existing = f.plan().departments.first().name;
    fragment.departments = {{1, existing, QString(), 0}, {2, QStringLiteral("区疾控中心"), QString(), 1}};
    fragment.sections.insert(10, {10, 0, QStringLiteral("导入的章节")});
    fragment.sections.insert(11, {11, 10, QStringLiteral("导入的小节")});
    fragment.childSections[0] = {10};
    fragment.childSections[10] = {11};
    Task t;
    t.id = 20;
    t.title = QStringLiteral("导入的任务");
    Target target;
    target.indicator = QStringLiteral("接种率");
    target.value = 95;
    target.unit = QStringLiteral("%");
    t.targets = {target};
    t.assignments = {{1, DepartmentRole::Lead}, {2, DepartmentRole::Support}};
    fragment.tasks.insert(20, t);
    fragment.sectionTasks[11] = {20};
    fragment.taskSection.insert(20, 11);

    const int sectionsBefore = int(f.plan().childSections.value(0).size());
    const int departmentsBefore = int(f.plan().departments.size());
    roundTrip(f, new InsertContentCommand(f.doc.get(), fragment, QStringLiteral("Import")), [&](const PlanData &p) {
        REQUIRE(p.childSections.value(0).size() == sectionsBefore + 1);
        CHECK(p.departments.size() == departmentsBefore + 1);
        const Id root = p.childSections.value(0).last();
        CHECK(p.sections.value(root).title == QStringLiteral("导入的章节"));
        const Id sub = p.childSections.value(root).first();
        REQUIRE(p.sectionTasks.value(sub).size() == 1);
        const Task &imported = p.tasks.value(p.sectionTasks.value(sub).first());
        CHECK(imported.title == QStringLiteral("导入的任务"));
        REQUIRE(imported.assignments.size() == 2);
        CHECK(p.department(imported.assignments.at(0).departmentId)->name == existing);
        CHECK(p.department(imported.assignments.at(1).departmentId)->name == QStringLiteral("区疾控中心"));
        CHECK(imported.targets.first().id > 0);
    });
}

TEST_CASE("A new plan made from content is open for writing with that content, and never over a file")
{
    QTemporaryDir dir;
    const PlanData content = testutil::smallPlan();
    const QString path = dir.filePath(QStringLiteral("made.aplan"));
    QString error;
    auto doc = PlanDocument::create(path, content, &error);
    REQUIRE(doc);
    CHECK_FALSE(doc->isReadOnly());
    CHECK(doc->plan().info.title == content.info.title);
    CHECK(doc->plan().sections.size() == content.sections.size());
    CHECK(doc->plan().tasks.size() == content.tasks.size());
    CHECK(doc->plan().targetCount() == content.targetCount());
    checkState(*doc, doc->plan());
    doc.reset();

    // The same name again is refused and the first file stays as it was.
    const QByteArray before = testutil::sha256(path);
    StoreError code = StoreError::None;
    CHECK_FALSE(PlanDocument::create(path, PlanData{}, &error, &code));
    CHECK_FALSE(error.isEmpty());
    CHECK(testutil::sha256(path) == before);
}
