#include "document/commands.h"
#include "models/taskstanding.h"
#include "models/departmentlistmodel.h"
#include "models/planmime.h"
#include "models/reporthistorymodel.h"
#include "models/sectiontreemodel.h"
#include "models/targettablemodel.h"
#include "models/tasksearchmodel.h"
#include "models/tasktablemodel.h"
#include "models/importreviewmodel.h"
#include "models/statussortmodel.h"
#include "models/statustablemodel.h"

#include "../support/testutil.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

using namespace ap;

namespace {

using Fixture = testutil::DocumentFixture;

// A task's third quarter reported on its last day, 75 % done, no figures.
ProgressReport thirdQuarterReport(Id taskId)
{
    ProgressReport c;
    c.taskId = taskId;
    c.period = QStringLiteral("2026Q3");
    c.reportDate = QDate(2026, 9, 30);
    c.status = TaskStatus::InProgress;
    c.percent = 75;
    return c;
}

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

} // namespace

TEST_CASE("The section tree model stays consistent through every structural command and its undo")
{
    Fixture f;
    SectionTreeModel model(f.doc.get());
    QAbstractItemModelTester tester(&model, kFatal);

    REQUIRE(model.rowCount() == 2);
    const QModelIndex first = model.index(0, 0);
    auto text = [](const QModelIndex &i) { return i.data(SectionTreeModel::LabelRole).toString() + i.data().toString(); };
    CHECK(text(first) == QStringLiteral("一、基层服务"));
    CHECK(text(model.index(1, 0, first)) == QStringLiteral("（二）公共卫生"));
    const Id firstId = model.sectionId(first);
    const Id secondId = model.sectionId(model.index(1, 0));
    const Id sub = model.sectionId(model.index(0, 0, first));

    f.stack()->push(new AddSectionCommand(f.doc.get(), 0, 0, QStringLiteral("新的")));
    CHECK(model.rowCount() == 3);
    CHECK(text(model.index(0, 0)) == QStringLiteral("一、新的"));
    CHECK(text(model.index(1, 0)) == QStringLiteral("二、基层服务"));
    f.stack()->push(new MoveSectionCommand(f.doc.get(), secondId, firstId, 0));
    CHECK(model.rowCount() == 2);
    CHECK(model.indexOf(secondId).parent() == model.indexOf(firstId));
    CHECK(text(model.indexOf(secondId)) == QStringLiteral("（一）医疗质量"));
    f.stack()->push(new MoveSectionCommand(f.doc.get(), sub, 0, 2));
    f.stack()->push(new MoveSectionCommand(f.doc.get(), sub, 0, 0));
    f.stack()->push(new RemoveSectionCommand(f.doc.get(), firstId));
    f.stack()->push(new RenameSectionCommand(f.doc.get(), sub, QStringLiteral("改名")));
    CHECK(model.indexOf(sub).data(Qt::EditRole).toString() == QStringLiteral("改名"));
    while (f.stack()->canUndo())
        f.stack()->undo();
    CHECK(model.rowCount() == 2);
    CHECK(text(model.index(0, 0)) == QStringLiteral("一、基层服务"));
    while (f.stack()->canRedo())
        f.stack()->redo();
    CHECK(model.rowCount() == 2);
}

TEST_CASE("Renaming in the section tree pushes one undoable command")
{
    Fixture f;
    SectionTreeModel model(f.doc.get());
    QAbstractItemModelTester tester(&model, kFatal);
    const QModelIndex idx = model.index(1, 0);
    CHECK(model.setData(idx, QStringLiteral("  医疗质量安全 ")));
    CHECK(idx.data(Qt::EditRole).toString() == QStringLiteral("医疗质量安全"));
    CHECK(f.stack()->count() == 1);
    CHECK_FALSE(model.setData(idx, QStringLiteral("医疗质量安全")));
    CHECK(f.stack()->count() == 1);
    f.stack()->undo();
    CHECK(idx.data(Qt::EditRole).toString() == QStringLiteral("医疗质量"));
}

TEST_CASE("The task table model follows inserts, removals and moves in and out of its section")
{
    Fixture f;
    TaskTableModel model(f.doc.get());
    QAbstractItemModelTester tester(&model, kFatal);
    const Id first = f.plan().childSections.value(0).at(0);
    const Id family = f.plan().childSections.value(first).at(0);
    const Id other = f.plan().childSections.value(0).at(1);
    model.setSection(family);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.headerData(0, Qt::Vertical).toString() == QStringLiteral("1."));
    CHECK(model.index(0, TaskTableModel::LeadColumn).data().toString() == QStringLiteral("区卫健委"));
    CHECK(model.index(0, TaskTableModel::SupportColumn).data().toString() == QStringLiteral("区财政局"));
    CHECK(model.index(0, TaskTableModel::TargetsColumn).data().toString().contains(QStringLiteral("重点人群签约率 ≥ 85%")));
    CHECK(model.index(0, TaskTableModel::DeadlineColumn).data().toString() == QStringLiteral("2026-12-31"));

    const Id signing = model.taskId(0);
    Task t;
    t.title = QStringLiteral("新任务");
    f.stack()->push(new AddTaskCommand(f.doc.get(), family, 0, t));
    CHECK(model.rowCount() == 3);
    CHECK(model.index(0, TaskTableModel::TitleColumn).data().toString() == QStringLiteral("新任务"));
    CHECK(model.rowOf(signing) == 1);
    f.stack()->push(new MoveTaskCommand(f.doc.get(), signing, family, 2));
    CHECK(model.rowOf(signing) == 2);
    f.stack()->push(new MoveTaskCommand(f.doc.get(), signing, other, 0));
    CHECK(model.rowCount() == 2);
    CHECK(model.rowOf(signing) == -1);
    model.setSection(other);
    CHECK(model.rowCount() == 2);
    f.stack()->undo();
    CHECK(model.rowCount() == 1);
    f.stack()->push(new RemoveSectionCommand(f.doc.get(), other));
    CHECK(model.rowCount() == 0);
    CHECK(model.section() == 0);
    while (f.stack()->canUndo())
        f.stack()->undo();
    model.setSection(family);
    CHECK(model.rowCount() == 2);
}

TEST_CASE("Editing task cells pushes commands, and unknown department names join the registry in one step")
{
    Fixture f;
    TaskTableModel model(f.doc.get());
    QAbstractItemModelTester tester(&model, kFatal);
    const Id first = f.plan().childSections.value(0).at(0);
    model.setSection(f.plan().childSections.value(first).at(0));

    CHECK(model.setData(model.index(1, TaskTableModel::TitleColumn), QStringLiteral("健康档案动态更新")));
    CHECK(model.setData(model.index(1, TaskTableModel::DeadlineColumn), QDate(2026, 8, 31)));
    CHECK(model.index(1, TaskTableModel::DeadlineColumn).data().toString() == QStringLiteral("2026-08-31"));
    CHECK(f.stack()->count() == 2);

    CHECK(model.setData(model.index(1, TaskTableModel::SupportColumn), QStringLiteral("区财政局、区教育局，区民政局")));
    CHECK(f.stack()->count() == 3);
    CHECK(f.plan().departments.size() == 5);
    CHECK(model.index(1, TaskTableModel::SupportColumn).data().toString()
          == QStringLiteral("区财政局、区教育局、区民政局"));
    CHECK_FALSE(model.setData(model.index(1, TaskTableModel::SupportColumn), QStringLiteral("区财政局、区教育局、区民政局")));
    CHECK(f.stack()->count() == 3);
    f.stack()->undo();
    CHECK(f.plan().departments.size() == 3);
    CHECK(model.index(1, TaskTableModel::SupportColumn).data().toString().isEmpty());
    // Targets are typed in their compact form, a baseline the clerk gave in brackets; a retyped
    // indicator keeps its id and baseline.
    const Id signing = model.taskId(0);
    const Id firstTarget = f.plan().tasks.value(signing).targets.at(0).id;
    CHECK(model.index(0, TaskTableModel::TargetsColumn).data(Qt::EditRole).toString()
          == QStringLiteral("重点人群签约率≥85%（2025年为80%）；投诉率≤0.5%"));
    CHECK(model.setData(model.index(0, TaskTableModel::TargetsColumn), QStringLiteral("重点人群签约率≥90%；满意度≥95%")));
    const Task &edited = f.plan().tasks.value(signing);
    REQUIRE(edited.targets.size() == 2);
    CHECK(edited.targets.at(0).id == firstTarget);
    CHECK(edited.targets.at(0).value == 90.0);
    CHECK(edited.targets.at(0).baseline == 80.0);
    CHECK(edited.targets.at(1).indicator == QStringLiteral("满意度"));
    CHECK(model.headerData(1, Qt::Vertical).toString() == QStringLiteral("2."));
}

TEST_CASE("The target table edits, adds and removes targets as undoable task edits")
{
    Fixture f;
    TargetTableModel model(f.doc.get());
    QAbstractItemModelTester tester(&model, kFatal);
    const Id first = f.plan().childSections.value(0).at(0);
    const Id task = f.plan().sectionTasks.value(f.plan().childSections.value(first).at(0)).at(0);
    model.setTask(task);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, TargetTableModel::ValueColumn).data().toString() == QStringLiteral("85"));
    CHECK(model.index(1, TargetTableModel::OpColumn).data().toString() == QStringLiteral("≤"));

    CHECK(model.setData(model.index(0, TargetTableModel::ValueColumn), QStringLiteral("88.5")));
    CHECK(f.plan().tasks.value(task).targets.at(0).value == 88.5);
    CHECK_FALSE(model.setData(model.index(0, TargetTableModel::ValueColumn), QStringLiteral("八十")));
    CHECK(model.setData(model.index(0, TargetTableModel::BaselineColumn), QString()));
    CHECK_FALSE(f.plan().tasks.value(task).targets.at(0).baseline.has_value());
    CHECK(model.setData(model.index(1, TargetTableModel::OpColumn), QStringLiteral("<")));
    CHECK(model.insertRows(2, 1));
    CHECK(model.rowCount() == 3);
    CHECK(model.setData(model.index(2, TargetTableModel::IndicatorColumn), QStringLiteral("知晓率")));
    CHECK(model.setData(model.index(2, TargetTableModel::DueColumn), QStringLiteral("2026-06-30")));
    CHECK(model.removeRows(0, 1));
    CHECK(model.rowCount() == 2);
    const int steps = f.stack()->count();
    CHECK(steps == 7);
    while (f.stack()->canUndo())
        f.stack()->undo();
    CHECK(model.rowCount() == 2);
    CHECK(model.index(0, TargetTableModel::ValueColumn).data().toString() == QStringLiteral("85"));
    CHECK(model.index(0, TargetTableModel::BaselineColumn).data().toString() == QStringLiteral("80"));
    f.stack()->push(new RemoveTaskCommand(f.doc.get(), task));
    CHECK(model.rowCount() == 0);
    CHECK(model.task() == 0);
}

TEST_CASE("A target's steps and measure are typed in the target grid and undone with the task")
{
    Fixture f;
    TargetTableModel model(f.doc.get());
    QAbstractItemModelTester tester(&model, kFatal);
    const Id first = f.plan().childSections.value(0).at(0);
    const Id task = f.plan().sectionTasks.value(f.plan().childSections.value(first).at(0)).at(0);
    model.setTask(task);
    // 重点人群签约率 ≥ 85%: 80% due by June, typed as the clerk writes it (the unit may be left out).
    CHECK(model.setData(model.index(0, TargetTableModel::StepsColumn), QStringLiteral("80（6月底）")));
    CHECK(f.plan().tasks.value(task).targets.at(0).milestones == QList<TargetStep>{{80.0, QDate(2026, 6, 30)}});
    CHECK(model.index(0, TargetTableModel::StepsColumn).data().toString() == QStringLiteral("80%(6月底)"));
    // A part without a date is refused and changes nothing.
    CHECK_FALSE(model.setData(model.index(0, TargetTableModel::StepsColumn), QStringLiteral("80、82（9月底）")));
    CHECK(f.plan().tasks.value(task).targets.at(0).milestones.size() == 1);
    // The measure: by unit says what the unit makes it; a choice from the list is kept.
    CHECK(model.index(0, TargetTableModel::MeasureColumn).data().toString().contains(TargetTableModel::measureDisplay(TargetMeasure::Level)));
    const QStringList choices = model.index(0, TargetTableModel::MeasureColumn).data(TargetTableModel::ChoicesRole).toStringList();
    REQUIRE(choices.size() == 4);
    CHECK(model.setData(model.index(0, TargetTableModel::MeasureColumn), choices.at(3)));
    CHECK(f.plan().tasks.value(task).targets.at(0).measure == TargetMeasure::Steady);
    CHECK_FALSE(model.setData(model.index(0, TargetTableModel::MeasureColumn), QStringLiteral("whatever")));
    f.stack()->undo();
    f.stack()->undo();
    CHECK(f.plan().tasks.value(task).targets.at(0).milestones.isEmpty());
    CHECK(f.plan().tasks.value(task).targets.at(0).measure == TargetMeasure::ByUnit);
}

TEST_CASE("The department list renames through commands and refreshes on registry changes")
{
    Fixture f;
    DepartmentListModel model(f.doc.get());
    QAbstractItemModelTester tester(&model, kFatal);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, DepartmentListModel::TaskCountColumn).data().toInt() == 2);
    CHECK(model.setData(model.index(1, DepartmentListModel::NameColumn), QStringLiteral("区财政")));
    CHECK_FALSE(model.setData(model.index(1, DepartmentListModel::NameColumn), QStringLiteral("区卫健委")));
    f.stack()->push(new AddDepartmentCommand(f.doc.get(), Department{0, QStringLiteral("区残联"), QString(), 0}, 3));
    CHECK(model.rowCount() == 4);
    f.stack()->push(new MoveDepartmentCommand(f.doc.get(), model.departmentId(3), 0));
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("区残联"));
    f.stack()->push(new RemoveDepartmentCommand(f.doc.get(), model.departmentId(1)));
    CHECK(model.rowCount() == 3);
    while (f.stack()->canUndo())
        f.stack()->undo();
    CHECK(model.index(1, 0).data().toString() == QStringLiteral("区财政局"));
}

TEST_CASE("Sections drag and drop through the MIME API: reorder, re-parent, refuse a drop into themselves")
{
    Fixture f;
    SectionTreeModel model(f.doc.get());
    QAbstractItemModelTester tester(&model, kFatal);
    const Id first = f.topSection(0), second = f.topSection(1);
    const Id family = f.childSection(first, 0);

    std::unique_ptr<QMimeData> data(model.mimeData({model.indexOf(first)}));
    REQUIRE(data->hasFormat(planMime::sections()));
    // Not into its own subtree.
    CHECK_FALSE(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model.indexOf(family)));
    // Below the second top-level section.
    CHECK(model.dropMimeData(data.get(), Qt::MoveAction, 2, 0, QModelIndex()));
    CHECK(f.plan().childSections.value(0) == (QList<Id>{second, first}));
    CHECK(f.stack()->count() == 1);

    // A subsection dropped onto another top-level section becomes its last child.
    std::unique_ptr<QMimeData> sub(model.mimeData({model.indexOf(family)}));
    CHECK(model.dropMimeData(sub.get(), Qt::MoveAction, -1, 0, model.indexOf(second)));
    CHECK(f.plan().sections.value(family).parentId == second);
    CHECK(f.doc->sectionLabel(family) == QStringLiteral("（一）"));

    // A drop from another plan file is refused.
    std::unique_ptr<QMimeData> foreign(planMime::encode(planMime::sections(), QStringLiteral("/elsewhere.aplan"), {first}));
    CHECK_FALSE(model.canDropMimeData(foreign.get(), Qt::MoveAction, 0, 0, QModelIndex()));

    f.stack()->undo();
    f.stack()->undo();
    CHECK(f.plan().childSections.value(0) == (QList<Id>{first, second}));
    CHECK(f.plan().sections.value(family).parentId == first);
}

TEST_CASE("Tasks drag within the table and onto a section in the tree, one undo step per drop")
{
    Fixture f;
    SectionTreeModel tree(f.doc.get());
    TaskTableModel table(f.doc.get());
    QAbstractItemModelTester t1(&tree, kFatal), t2(&table, kFatal);
    const Id family = f.childSection(f.topSection(0), 0);
    const Id quality = f.topSection(1);
    table.setSection(family);
    const Id a = table.taskId(0), b = table.taskId(1);

    std::unique_ptr<QMimeData> first(table.mimeData({table.index(0, 0), table.index(0, 2)}));
    CHECK(table.dropMimeData(first.get(), Qt::MoveAction, 2, 0, QModelIndex()));
    CHECK(f.plan().sectionTasks.value(family) == (QList<Id>{b, a}));
    CHECK(table.headerData(0, Qt::Vertical).toString() == QStringLiteral("1."));

    std::unique_ptr<QMimeData> both(table.mimeData({table.index(0, 0), table.index(1, 0)}));
    CHECK_FALSE(tree.canDropMimeData(both.get(), Qt::MoveAction, 0, 0, QModelIndex()));  // not between sections
    CHECK(tree.dropMimeData(both.get(), Qt::MoveAction, -1, 0, tree.indexOf(quality)));
    CHECK(table.rowCount() == 0);
    CHECK(f.plan().sectionTasks.value(quality).size() == 3);
    CHECK(f.stack()->count() == 2);
    f.stack()->undo();
    CHECK(f.plan().sectionTasks.value(family) == (QList<Id>{b, a}));
    f.stack()->undo();
    CHECK(f.plan().sectionTasks.value(family) == (QList<Id>{a, b}));
}

TEST_CASE("Find lists matching tasks across the plan by text, department, deadline and gaps, and follows edits")
{
    Fixture f;
    TaskSearchModel model(f.doc.get());
    QAbstractItemModelTester tester(&model, kFatal);
    CHECK(model.rowCount() == 0);  // an empty filter shows nothing

    TaskFilter byText;
    byText.text = QStringLiteral("签约率");  // in a target only
    model.setFilter(byText);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, TaskSearchModel::TitleColumn).data().toString() == QStringLiteral("扩大签约覆盖面"));
    CHECK(model.index(0, TaskSearchModel::PlaceColumn).data().toString() == QStringLiteral("一、（一）1."));

    TaskFilter byDept;
    byDept.department = f.plan().departments.at(0).id;
    model.setFilter(byDept);
    CHECK(model.rowCount() == 2);
    byDept.text = QStringLiteral("财政");  // a cooperating department's name
    model.setFilter(byDept);
    CHECK(model.rowCount() == 1);

    TaskFilter byDate;
    byDate.deadlineFrom = QDate(2026, 6, 1);
    byDate.deadlineTo = QDate(2026, 9, 30);
    model.setFilter(byDate);
    CHECK(model.rowCount() == 2);

    TaskFilter gaps;
    gaps.withoutLead = true;
    model.setFilter(gaps);
    CHECK(model.rowCount() == 0);
    f.stack()->push(new AddTaskCommand(f.doc.get(), f.topSection(1), 0, Task{0, QStringLiteral("无人牵头"), {}, {}, {}, {}, {Target{}}, {}, {}}));
    CHECK(model.rowCount() == 1);
    gaps.withoutLead = false;
    gaps.targetWithoutDeadline = true;
    model.setFilter(gaps);
    CHECK(model.rowCount() == 1);
    f.stack()->undo();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Typing on in Find narrows what it found, and a target changed since is searched in its new words")
{
    Fixture f;
    TaskSearchModel model(f.doc.get());
    QAbstractItemModelTester tester(&model, kFatal);
    TaskFilter filter;
    filter.text = QStringLiteral("签");
    model.setFilter(filter);
    const int broad = model.rowCount();
    REQUIRE(broad >= 1);
    filter.text = QStringLiteral("签约率");   // a character more: only what was found is looked at
    model.setFilter(filter);
    REQUIRE(model.rowCount() == 1);
    const Id found = model.taskId(0);
    filter.text = QStringLiteral("签");        // back: the whole plan again
    model.setFilter(filter);
    CHECK(model.rowCount() == broad);

    // The target's words change: the search reads the new ones, not what it kept of the old.
    Task t = f.plan().tasks.value(found);
    REQUIRE_FALSE(t.targets.isEmpty());
    t.targets.first().indicator = QStringLiteral("建档完成率");
    f.stack()->push(new EditTaskCommand(f.doc.get(), t));
    filter.text = QStringLiteral("建档完成率");
    model.setFilter(filter);
    CHECK(model.rowCount() == 1);
    filter.text = QStringLiteral("签约率");
    model.setFilter(filter);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Find brought up to date after every kind of change lists what a search of the whole plan finds, in its order")
{
    Fixture f;
    TaskSearchModel model(f.doc.get());
    QAbstractItemModelTester tester(&model, kFatal);
    TaskFilter filter;
    filter.text = QStringLiteral("区");   // in department names, titles and new words below
    model.setFilter(filter);
    // What a fresh model finds for the same filter: the whole plan searched.
    auto sameAsFresh = [&] {
        TaskSearchModel fresh(f.doc.get());
        fresh.setFilter(filter);
        QList<Id> kept, searched;
        for (int r = 0; r < model.rowCount(); ++r)
            kept << model.taskId(r);
        for (int r = 0; r < fresh.rowCount(); ++r)
            searched << fresh.taskId(r);
        UNSCOPED_INFO("kept " << kept.size() << ", searched " << searched.size());
        return kept == searched;
    };
    CHECK(sameAsFresh());
    // A task's title changed so that it is found, and one so that it is not.
    const QList<Id> all = f.plan().sectionTasks.value(f.plan().taskSection.value(f.plan().tasks.cbegin().key()));
    Task t = f.plan().tasks.value(all.first());
    t.title = QStringLiteral("区级示范点建设");
    f.stack()->push(new EditTaskCommand(f.doc.get(), t));
    CHECK(sameAsFresh());
    // A target's words changed: searched in the new ones.
    Task withTarget;
    for (const Task &task : f.plan().tasks)
        if (!task.targets.isEmpty())
            withTarget = task;
    REQUIRE(withTarget.id != 0);
    withTarget.targets.first().indicator = QStringLiteral("区域覆盖率");
    f.stack()->push(new EditTaskCommand(f.doc.get(), withTarget));
    CHECK(sameAsFresh());
    // Added, moved to another section, removed; each undone.
    f.stack()->push(new AddTaskCommand(f.doc.get(), f.topSection(1), 0, Task{0, QStringLiteral("区域医疗中心"), {}, {}, {}, {}, {}, {}, {}}));
    CHECK(sameAsFresh());
    const Id added = [&] {
        for (const Task &task : f.plan().tasks)
            if (task.title == QStringLiteral("区域医疗中心"))
                return task.id;
        return Id(0);
    }();
    REQUIRE(added != 0);
    f.stack()->push(new MoveTaskCommand(f.doc.get(), added, f.plan().taskSection.value(all.first()), 0));
    CHECK(sameAsFresh());
    f.stack()->push(new RemoveTaskCommand(f.doc.get(), all.first()));
    CHECK(sameAsFresh());
    // A section removed with its tasks, and back.
    f.stack()->push(new RemoveSectionCommand(f.doc.get(), f.topSection(1)));
    CHECK(sameAsFresh());
    f.stack()->undo();
    CHECK(sameAsFresh());
    // A department renamed: its tasks are found or not by the new name.
    Department d = f.plan().departments.at(0);
    d.name = QStringLiteral("卫生健康委员会");
    f.stack()->push(new EditDepartmentCommand(f.doc.get(), d));
    CHECK(sameAsFresh());
    while (f.stack()->canUndo()) {
        f.stack()->undo();
        CHECK(sameAsFresh());
    }
    while (f.stack()->canRedo()) {
        f.stack()->redo();
        CHECK(sameAsFresh());
    }
}

TEST_CASE("The import review model splits a work item at a sentence into two rows, both included")
{
    const ImportResult parsed = PlanImport::parseText(QStringLiteral(
        "2027年计划\n一、基层服务\n扩大签约覆盖，签约率达到85%。建设健康小屋，新建10家。\n二、医疗质量\n1.降低使用率至40%以下。\n"));
    ImportReviewModel model(parsed);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 4);
    const int at = int(parsed.source.indexOf(QStringLiteral("建设健康小屋")));
    CHECK(model.splitAt(at + 2) == 2);
    REQUIRE(model.rowCount() == 5);
    CHECK(model.index(1, ImportReviewModel::TitleColumn).data().toString() == QStringLiteral("扩大签约覆盖"));
    CHECK(model.index(2, ImportReviewModel::TitleColumn).data().toString() == QStringLiteral("建设健康小屋"));
    CHECK(model.index(2, ImportReviewModel::TargetsColumn).data(Qt::EditRole).toString().contains(QStringLiteral("10")));
    CHECK_FALSE(model.index(1, ImportReviewModel::TargetsColumn).data(Qt::EditRole).toString().contains(QStringLiteral("10")));
    CHECK(model.isIncluded(2));
    CHECK(model.includedCount(ImportNode::Kind::Task) == 3);
    // In a heading, in an item's first sentence, or past the end: nothing to split.
    CHECK(model.splitAt(parsed.source.indexOf(QStringLiteral("基层服务")) + 1) == -1);
    CHECK(model.splitAt(at - 3) == -1);
    CHECK(model.splitAt(int(parsed.source.size()) + 5) == -1);
    CHECK(model.rowCount() == 5);
    CHECK(model.result().count(ImportNode::Kind::Task) == 3);
}

TEST_CASE("The import review model lists the extraction, takes corrections and keeps levels consistent")
{
    const ImportResult parsed = PlanImport::parseText(QStringLiteral(
        "2027年计划\n一、基层服务\n1.扩大签约，签约率达到85%。（区卫健局牵头，区医保分局配合）\n2.建设站点10家\n二、医疗质量\n1.降低使用率至40%以下\n"));
    ImportReviewModel model(parsed);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 5);
    CHECK(model.index(1, ImportReviewModel::LeadColumn).data().toString() == QStringLiteral("区卫健局"));
    CHECK(model.index(1, ImportReviewModel::TargetsColumn).data(Qt::EditRole).toString().contains(QStringLiteral("85")));
    CHECK_FALSE(model.flags(model.index(0, ImportReviewModel::LeadColumn)).testFlag(Qt::ItemIsEditable));

    // Corrections: departments, a deadline in Chinese, targets as text, a task made a section.
    CHECK(model.setData(model.index(2, ImportReviewModel::LeadColumn), QStringLiteral("区卫健局，区住建局")));
    CHECK(model.setData(model.index(2, ImportReviewModel::DeadlineColumn), QStringLiteral("2027年9月底")));
    CHECK_FALSE(model.setData(model.index(2, ImportReviewModel::DeadlineColumn), QStringLiteral("不久")));
    CHECK(model.setData(model.index(2, ImportReviewModel::TargetsColumn), QStringLiteral("示范站点≥12家")));
    CHECK_FALSE(model.setData(model.index(2, ImportReviewModel::TitleColumn), QString()));
    ImportResult r = model.result();
    CHECK(r.nodes.at(2).lead == (QStringList{QStringLiteral("区卫健局"), QStringLiteral("区住建局")}));
    CHECK(r.nodes.at(2).deadline == QDate(2027, 9, 30));
    REQUIRE(r.nodes.at(2).targets.size() == 1);
    CHECK(r.nodes.at(2).targets.first().value == 12.0);

    // Levels: the first row cannot go deeper, a task can go one deeper than the row above.
    CHECK_FALSE(model.shiftLevel(0, +1));
    CHECK(model.shiftLevel(2, +1));
    CHECK_FALSE(model.shiftLevel(2, +1));
    CHECK(model.shiftLevel(2, -1));

    // Leaving out a section leaves out its subtree, and the plan built from the rest is whole.
    REQUIRE(model.setData(model.index(3, ImportReviewModel::ItemColumn), Qt::Unchecked, Qt::CheckStateRole));
    CHECK_FALSE(model.isIncluded(4));
    r = model.result();
    CHECK(r.nodes.size() == 3);
    const PlanData plan = PlanImport::toPlan(r);
    CHECK(plan.sections.size() == 1);
    CHECK(plan.tasks.size() == 2);
}

TEST_CASE("The status model lists every task's standing, filters by warning and department, and follows new reports")
{
    testutil::DocumentFixture f;
    StatusTableModel model(f.doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDate(QDate(2026, 7, 1));
    REQUIRE(model.rowCount() == f.plan().tasks.size());
    // Nothing reported: on 1 July 健康档案更新 (due 30 June) has no report for the second
    // quarter, so it is 未填报 (not reported), not 逾期: nothing tells it is late.
    model.setWarnings({Warning::Unreported});
    REQUIRE(model.rowCount() >= 1);
    bool overdueFound = false;
    for (int r = 0; r < model.rowCount(); ++r)
        overdueFound = overdueFound || model.index(r, StatusTableModel::TitleColumn).data().toString() == QStringLiteral("健康档案更新");
    CHECK(overdueFound);
    model.setWarnings({});

    // A report marking it done takes it off the list after the event loop turns.
    const Id task = [&] {
        for (const Task &t : f.plan().tasks)
            if (t.title == QStringLiteral("健康档案更新"))
                return t.id;
        return Id(0);
    }();
    ProgressReport c;
    c.taskId = task;
    c.period = QStringLiteral("2026Q2");
    c.reportDate = QDate(2026, 6, 29);
    c.status = TaskStatus::Done;
    c.progress = QStringLiteral("档案全部更新");
    f.stack()->push(new AddReportCommand(f.doc.get(), c));
    QCoreApplication::processEvents();
    model.setWarnings({Warning::Unreported, Warning::Red});
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(model.taskId(r) != task);
    model.setWarnings({});
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.taskId(r) == task)
            row = r;
    REQUIRE(row >= 0);
    CHECK(model.index(row, StatusTableModel::ProgressColumn).data().toString() == QStringLiteral("档案全部更新"));
    CHECK(model.index(row, StatusTableModel::ActualColumn).data().toString() == QStringLiteral("100%"));

    // The department view: only what the department leads or supports, with its role.
    const Id finance = f.plan().departments.at(1).id;
    model.setDepartment(finance);
    REQUIRE(model.rowCount() >= 1);
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(model.index(r, StatusTableModel::RoleColumn).data().toString() == QStringLiteral("Support"));
}

TEST_CASE("A status list sorted by a number or a date comes out in the order Qt's own sort gives it")
{
    // The bundled sample (33 tasks), writable.
    QTemporaryDir dir;
    const QString path = testutil::samplePlanFile(dir);
    QString error;
    const std::unique_ptr<PlanDocument> doc = PlanDocument::open(path, PlanStore::Mode::ReadWrite, &error);
    INFO(error.toStdString());
    REQUIRE(doc);
    // Some tasks done, some reported, most not; a few without a deadline: the keys differ and tie.
    QList<Id> ids;   // in the plan's order (a hash's keys come in another order at each run)
    for (Id section : doc->plan().sectionsInOrder())
        ids << doc->plan().sectionTasks.value(section);
    for (int i = 0; i < ids.size(); i += 3) {
        ProgressReport c;
        c.taskId = ids.at(i);
        c.period = QStringLiteral("2026Q2");
        c.reportDate = QDate(2026, 6, 20);
        c.status = i % 2 ? TaskStatus::Done : TaskStatus::InProgress;
        for (const Target &t : doc->plan().tasks.value(ids.at(i)).targets)
            c.actuals.insert(t.id, 40.0 + i);
        doc->undoStack()->push(new AddReportCommand(doc.get(), c));
    }
    QList<Id> undated;
    for (int i = 1; i < ids.size(); i += 7) {
        Task t = doc->plan().tasks.value(ids.at(i));
        t.deadline = QDate();
        doc->undoStack()->push(new EditTaskCommand(doc.get(), t));
        undated << ids.at(i);
    }
    QCoreApplication::processEvents();
    StatusTableModel all(doc.get(), nullptr, QDate(2026, 9, 1));
    StatusTableModel alerts(&all);   // a narrower list: its rows are not the source's
    alerts.setDepartment(doc->plan().tasks.value(ids.first()).departmentIds(DepartmentRole::Lead).value(0));
    REQUIRE(all.rowCount() > 10);
    REQUIRE(alerts.rowCount() > 3);
    REQUIRE(alerts.rowCount() < all.rowCount());
    auto ordered = [](const QSortFilterProxyModel &proxy) {
        QList<Id> out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.index(r, 0).data(StatusTableModel::TaskIdRole).toLongLong();
        return out;
    };
    auto order = [&](QSortFilterProxyModel &proxy, StatusTableModel &model, int column, Qt::SortOrder how) {
        proxy.setSourceModel(&model);
        proxy.setSortRole(StatusTableModel::SortRole);
        proxy.sort(column, how);
        return ordered(proxy);
    };
    bool reordered = false;
    for (StatusTableModel *model : {&all, &alerts}) {
        QList<Id> outline;
        for (int r = 0; r < model->rowCount(); ++r)
            outline << model->taskId(r);
        for (int column : {int(StatusTableModel::WarningColumn), int(StatusTableModel::ExpectedColumn), int(StatusTableModel::ActualColumn),
                           int(StatusTableModel::LabelColumn), int(StatusTableModel::DeadlineColumn), int(StatusTableModel::StatusColumn),
                           int(StatusTableModel::LeadColumn)})
            for (Qt::SortOrder how : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                CAPTURE(model == &all, column, int(how));
                QSortFilterProxyModel qt;
                StatusSortModel ours;
                const QList<Id> expected = order(qt, *model, column, how);
                CHECK(order(ours, *model, column, how) == expected);
                reordered = reordered || expected != outline;
            }
    }
    CHECK(reordered);   // the keys did sort something

    // By deadline: the tasks without one first, then day by day.
    StatusSortModel byDeadline;
    const QList<Id> byDay = order(byDeadline, all, StatusTableModel::DeadlineColumn, Qt::AscendingOrder);
    for (int i = 0; i < byDay.size(); ++i) {
        const QDate d = doc->plan().tasks.value(byDay.at(i)).deadline;
        CHECK(d.isValid() == (i >= undated.size()));
        if (i > 0 && d.isValid() && doc->plan().tasks.value(byDay.at(i - 1)).deadline.isValid())
            CHECK(doc->plan().tasks.value(byDay.at(i - 1)).deadline <= d);
    }

    // Sorted again as the list changes: a report comes in, both proxies follow alike.
    QSortFilterProxyModel qt;
    StatusSortModel ours;
    order(qt, alerts, StatusTableModel::ExpectedColumn, Qt::DescendingOrder);
    order(ours, alerts, StatusTableModel::ExpectedColumn, Qt::DescendingOrder);
    ProgressReport late;
    late.taskId = ordered(ours).first();
    late.period = QStringLiteral("2026Q3");
    late.reportDate = QDate(2026, 8, 30);
    late.status = TaskStatus::Done;
    doc->undoStack()->push(new AddReportCommand(doc.get(), late));
    QCoreApplication::processEvents();
    CHECK(ordered(ours) == ordered(qt));
    REQUIRE(ordered(ours).contains(late.taskId));
    const int row = int(ordered(ours).indexOf(late.taskId));
    CHECK(ours.index(row, StatusTableModel::StatusColumn).data().toString() == statusDisplay(TaskStatus::Done));
}

TEST_CASE("A narrower status list takes its source's results: its day, and every change the source sees")
{
    testutil::DocumentFixture f;
    StatusTableModel all(f.doc.get());
    StatusTableModel unreported(&all);
    QAbstractItemModelTester tester(&unreported, QAbstractItemModelTester::FailureReportingMode::Fatal);
    unreported.setWarnings({Warning::Unreported});
    // Its day is the source's, set through either.
    unreported.setDate(QDate(2026, 7, 1));
    CHECK(all.date() == QDate(2026, 7, 1));
    CHECK(unreported.date() == QDate(2026, 7, 1));
    const Id task = [&] {
        for (const Task &t : f.plan().tasks)
            if (t.title == QStringLiteral("健康档案更新"))
                return t.id;
        return Id(0);
    }();
    auto listed = [&unreported](Id id) {
        for (int r = 0; r < unreported.rowCount(); ++r)
            if (unreported.taskId(r) == id)
                return true;
        return false;
    };
    REQUIRE(listed(task));
    // The same results as the source's, narrowed.
    for (int r = 0; r < unreported.rowCount(); ++r)
        CHECK(unreported.index(r, StatusTableModel::WarningColumn).data(StatusTableModel::WarningRole).toInt()
              == int(Warning::Unreported));
    // A report reaches it through the source, once the event loop turns.
    ProgressReport c;
    c.taskId = task;
    c.period = QStringLiteral("2026Q2");
    c.reportDate = QDate(2026, 6, 29);
    c.status = TaskStatus::Done;
    f.stack()->push(new AddReportCommand(f.doc.get(), c));
    CHECK_FALSE(listed(task));   // dropped at once with the source's rows
    QCoreApplication::processEvents();
    CHECK_FALSE(listed(task));
    CHECK(all.rowCount() == int(f.plan().tasks.size()));
    // Filled again from the source's new results: every unreported task of the whole list.
    int unreportedInAll = 0;
    for (const TaskResult &r : all.allResults())
        unreportedInAll += r.warning == Warning::Unreported ? 1 : 0;
    CHECK(unreported.rowCount() == unreportedInAll);
    // Undone, it is back.
    f.stack()->undo();
    QCoreApplication::processEvents();
    CHECK(listed(task));
}

TEST_CASE("With subsections included a parent section lists the tasks under it, and follows every change")
{
    testutil::DocumentFixture f;
    TaskTableModel model(f.doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Id parent = f.topSection(0);            // 基层服务: no tasks of its own, two subsections
    model.setSection(parent);
    CHECK(model.rowCount() == 0);
    model.setIncludeSubsections(true);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, TaskTableModel::TitleColumn).data().toString() == QStringLiteral("扩大签约覆盖面"));
    // Numbers carry their section's beside tasks of other sections.
    CHECK(model.headerData(0, Qt::Vertical).toString().startsWith(QStringLiteral("（一）")));
    CHECK_FALSE(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
    // Cells still edit their task.
    REQUIRE(model.setData(model.index(1, TaskTableModel::TitleColumn), QStringLiteral("档案更新提质")));
    CHECK(f.plan().tasks.value(model.taskId(1)).title == QStringLiteral("档案更新提质"));
    // A task added in a subsection, one removed, a subsection removed: the rows follow.
    const Id sub = f.childSection(parent, 1);
    Task t;
    t.title = QStringLiteral("公共卫生任务");
    f.stack()->push(new AddTaskCommand(f.doc.get(), sub, 0, t));
    CHECK(model.rowCount() == 3);
    f.stack()->push(new RemoveTaskCommand(f.doc.get(), model.taskId(0)));
    CHECK(model.rowCount() == 2);
    f.stack()->undo();
    CHECK(model.rowCount() == 3);
    f.stack()->push(new RemoveSectionCommand(f.doc.get(), sub));
    CHECK(model.rowCount() == 2);
    f.stack()->undo();
    CHECK(model.rowCount() == 3);
    // The shown section itself removed: nothing shown.
    f.stack()->push(new RemoveSectionCommand(f.doc.get(), parent));
    CHECK(model.rowCount() == 0);
    f.stack()->undo();
    model.setIncludeSubsections(false);
    model.setSection(f.topSection(0));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The task table and the section tree show where each task stands today, and the find panel filters by it")
{
    testutil::DocumentFixture f;
    // 扩大签约覆盖面 reported for the third quarter, 80% due by June and 78% reported: 逾期.
    const Id signing = f.withJuneStep();
    const Id records = f.taskNamed(QStringLiteral("健康档案更新"));
    const Task edited = f.plan().tasks.value(signing);
    ProgressReport q3;
    q3.taskId = signing;
    q3.period = QStringLiteral("2026Q3");
    q3.reportDate = QDate(2026, 10, 8);
    q3.status = TaskStatus::InProgress;
    q3.percent = 75;
    q3.actuals = {{edited.targets.at(0).id, 78}};

    TaskTableModel table(f.doc.get());
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::Fatal);
    table.standing()->setDate(QDate(2026, 10, 15));
    table.setSection(f.plan().taskSection.value(signing));
    const int row = table.rowOf(signing);
    REQUIRE(row >= 0);
    const QModelIndex progress = table.index(row, TaskTableModel::ProgressColumn);
    // Nothing reported for the third quarter yet: 未填报, in its colour.
    CHECK(progress.data(TaskTableModel::WarningRole).toInt() == int(Warning::Unreported));
    CHECK(progress.data().toString().startsWith(warningDisplay(Warning::Unreported)));
    CHECK(progress.data(Qt::BackgroundRole).value<QColor>().isValid());
    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    f.stack()->push(new AddReportCommand(f.doc.get(), q3));
    CHECK_FALSE(changed.isEmpty());
    CHECK(progress.data(TaskTableModel::WarningRole).toInt() == int(Warning::Red));
    CHECK(progress.data().toString().startsWith(warningDisplay(Warning::Red) + QStringLiteral(" · ")));
    CHECK(progress.data(Qt::BackgroundRole).value<QColor>().red() > progress.data(Qt::BackgroundRole).value<QColor>().green());
    // The edit text is the report alone (the column is read-only, the standing is no value).
    CHECK_FALSE(progress.data(Qt::EditRole).toString().contains(warningDisplay(Warning::Red)));

    // The section over it is marked, and the sections over that; one without is not.
    SectionTreeModel tree(f.doc.get());
    tree.standing()->setDate(QDate(2026, 10, 15));
    const Id section = f.plan().taskSection.value(signing);
    CHECK(tree.indexOf(section).data(Qt::ForegroundRole).value<QColor>().isValid());
    CHECK(tree.indexOf(f.plan().sections.value(section).parentId).data(Qt::ForegroundRole).value<QColor>().isValid());
    CHECK(tree.indexOf(section).data(Qt::ToolTipRole).toString().contains(QStringLiteral("1")));
    const Id quality = f.plan().taskSection.value(f.taskNamed(QStringLiteral("病历质量督查")));
    CHECK_FALSE(tree.indexOf(quality).data(Qt::ForegroundRole).isValid());

    // The find panel's model lists the tasks of one standing.
    TaskSearchModel search(f.doc.get());
    TaskFilter overdue;
    overdue.warning = Warning::Red;
    overdue.asOf = QDate(2026, 10, 15);
    search.setFilter(overdue);
    REQUIRE(search.rowCount() == 1);
    CHECK(search.taskId(0) == signing);
    TaskFilter silent = overdue;
    silent.warning = Warning::Unreported;
    search.setFilter(silent);
    QList<Id> unreported;
    for (int r = 0; r < search.rowCount(); ++r)
        unreported << search.taskId(r);
    CHECK(unreported.contains(records));
    CHECK_FALSE(unreported.contains(signing));
    // Its third quarter reported: it leaves the list, once the event loop turns at the latest.
    f.stack()->push(new AddReportCommand(f.doc.get(), thirdQuarterReport(records)));
    QCoreApplication::processEvents();
    for (int r = 0; r < search.rowCount(); ++r)
        CHECK(search.taskId(r) != records);
    CHECK(search.rowCount() == int(unreported.size()) - 1);
}

TEST_CASE("Where a task stands, worked out when asked for, is what the engine says of the whole plan, before and after a report")
{
    testutil::DocumentFixture f;
    const Id signing = f.withJuneStep();
    const QDate day(2026, 10, 15);
    TaskStanding *standing = TaskStanding::of(f.doc.get());
    standing->setDate(day);
    const auto agrees = [&] {
        int tasks = 0;
        for (const TaskResult &r : StatusEngine::evaluateAll(f.plan(), f.doc->reports(), day)) {
            INFO("task " << r.taskId);
            CHECK(standing->warning(r.taskId) == r.warning);
            ++tasks;
        }
        return tasks;
    };
    // One task asked for first (what a view in a section does), then every one.
    CHECK(standing->warning(signing) == Warning::Unreported);
    CHECK(agrees() == int(f.plan().tasks.size()));
    // A report for a task not asked for since: it is read from the reports as they are now.
    const Id records = f.taskNamed(QStringLiteral("健康档案更新"));
    CHECK(standing->warning(records) == Warning::Unreported);
    f.stack()->push(new AddReportCommand(f.doc.get(), thirdQuarterReport(records)));
    CHECK(standing->warning(records) != Warning::Unreported);
    agrees();
    f.stack()->undo();
    CHECK(standing->warning(records) == Warning::Unreported);
    agrees();
}

TEST_CASE("Every change to the reports is counted before anyone is told of it, so nothing reads a report that has gone")
{
    // TaskStanding keeps pointers into the reports and makes them again when the count moved: a
    // change told before it is counted (or not counted) would have it read freed reports.
    testutil::DocumentFixture f;
    const Id records = f.taskNamed(QStringLiteral("健康档案更新"));
    quint64 seen = f.doc->reportsRevision();
    int told = 0;
    const auto counted = [&] {
        CHECK(f.doc->reportsRevision() > seen);
        seen = f.doc->reportsRevision();
        ++told;
    };
    QObject::connect(f.doc.get(), &PlanDocument::reportsChanged, counted);
    QObject::connect(f.doc.get(), &PlanDocument::periodLocksChanged, counted);
    f.stack()->push(new AddReportCommand(f.doc.get(), thirdQuarterReport(records)));   // added
    f.stack()->undo();                                         // removed
    f.stack()->redo();
    f.stack()->push(new SetPeriodLockCommand(f.doc.get(), QStringLiteral("2026Q2"), true, QString()));
    f.stack()->undo();
    // A task removed holds its reports back; its undo gives them back.
    f.stack()->push(new RemoveTaskCommand(f.doc.get(), records));
    f.stack()->undo();
    CHECK(told >= 7);
}

TEST_CASE("A task's report history lists each period's report against what was due, corrections after what they correct")
{
    testutil::DocumentFixture f;
    const Task signing = f.plan().tasks.value(f.withJuneStep());
    const Id rate = signing.targets.at(0).id;
    ReportHistoryModel history(f.doc.get());
    QAbstractItemModelTester tester(&history, kFatal);
    history.setTask(signing.id);
    CHECK(history.rowCount() == 0);
    auto report = [&](const QString &period, double figure, Id corrects = 0) {
        ProgressReport c;
        c.taskId = signing.id;
        c.period = period;
        c.status = TaskStatus::InProgress;
        c.actuals = {{rate, figure}};
        c.supersedesId = corrects;
        c.correctionReason = corrects ? QStringLiteral("数据核实") : QString();
        f.stack()->push(new AddReportCommand(f.doc.get(), c));
        return f.doc->reports().entries.last().id;
    };
    report(QStringLiteral("2026Q3"), 81);
    const Id q2 = report(QStringLiteral("2026Q2"), 78);
    report(QStringLiteral("2026Q2"), 79, q2);
    REQUIRE(history.rowCount() == 3);
    // Oldest period first; the corrected report kept, marked, before its correction.
    CHECK(history.index(0, ReportHistoryModel::PeriodColumn).data().toString() == period::display(QStringLiteral("2026Q2")));
    CHECK(history.index(0, 0).data(ReportHistoryModel::SupersededRole).toBool());
    CHECK_FALSE(history.index(1, 0).data(ReportHistoryModel::SupersededRole).toBool());
    CHECK(history.index(1, ReportHistoryModel::NoteColumn).data().toString().contains(QStringLiteral("数据核实")));
    CHECK(history.index(2, ReportHistoryModel::PeriodColumn).data().toString() == period::display(QStringLiteral("2026Q3")));
    // Each figure against the step due by the period's end, and whether it met it.
    const QString june = history.index(1, ReportHistoryModel::FiguresColumn).data().toString();
    CHECK(june.contains(QStringLiteral("79%")));
    CHECK(june.contains(QStringLiteral("80%")));
    CHECK(june.contains(QStringLiteral("2026-06-30")));
    CHECK(june.contains(QStringLiteral(", not met")));
    const QString september = history.index(2, ReportHistoryModel::FiguresColumn).data().toString();
    CHECK(september.contains(QStringLiteral("81%")));
    CHECK_FALSE(september.contains(QStringLiteral(", not met")));
}
