// Two people editing one server plan at once (the private cluster of scripts/pg-cluster.sh,
// ANNUALPLAN_TEST_PG): the second edit of a row someone else changed first is refused, told as
// such, and leaves the first edit on the server; moves and one's own edits in a row are no
// conflict; a change made by raw SQL counts too; and a server that stops answering is found out.
#include "document/commands.h"
#include "document/plandocument.h"
#include "document/serverplans.h"

#include "../support/testutil.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace ap;

namespace {

struct SharedPlan
{
    QString name, address;
    std::unique_ptr<PlanDocument> first, second;   // two clerks' windows on it
};

SharedPlan publishSample(const QString &stem)
{
    SharedPlan out;
    out.address = testutil::publishedSample(stem);
    out.name = QUrl::fromPercentEncoding(out.address.section(QStringLiteral("?plan="), 1).toUtf8());
    QString error;
    out.first = PlanDocument::open(testutil::planAt(out.address), PlanDocument::Mode::ReadWrite, &error);
    out.second = PlanDocument::open(testutil::planAt(out.address), PlanDocument::Mode::ReadWrite, &error);
    INFO(error.toStdString());
    REQUIRE(out.first);
    REQUIRE(out.second);
    return out;
}

Task onServer(const QString &address, Id task)
{
    PlanData plan;
    QString error;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &plan, nullptr, &error));
    return plan.tasks.value(task);
}

// psql as the test database's administrator (the plan's owner): what a script might do.
using testutil::psql;

Id firstTask(const PlanDocument &doc, int which = 0)
{
    const PlanData &p = doc.plan();
    return p.sectionTasks.value(p.sectionsInOrder().at(1)).at(which);
}

} // namespace

TEST_CASE("The second of two edits to one task is refused and told, and the first stays on the server")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    SharedPlan plan = publishSample(QStringLiteral("冲突-"));
    const Id id = firstTask(*plan.first);
    Task mine = plan.first->plan().tasks.value(id);
    mine.title += QStringLiteral("（甲改）");
    plan.first->undoStack()->push(new EditTaskCommand(plan.first.get(), mine));
    REQUIRE(onServer(plan.address, id).title == mine.title);

    // The second window still shows the task as it was, and changes its deadline.
    Task theirs = plan.second->plan().tasks.value(id);
    REQUIRE(theirs.title != mine.title);
    const Task before = theirs;
    theirs.deadline = QDate(2026, 11, 30);
    QSignalSpy failed(plan.second.get(), &PlanDocument::writeFailed);
    plan.second->undoStack()->push(new EditTaskCommand(plan.second.get(), theirs));
    REQUIRE(failed.size() == 1);
    CHECK(plan.second->lastErrorCode() == StoreError::Conflict);
    CHECK(failed.first().first().toString().contains(QStringLiteral("changed")));
    // Nothing written over the first edit; nothing changed in the second window, nothing to undo.
    CHECK(onServer(plan.address, id).title == mine.title);
    CHECK(onServer(plan.address, id).deadline == mine.deadline);
    CHECK(plan.second->plan().tasks.value(id) == before);
    CHECK(plan.second->undoStack()->count() == 0);

    // Read again, the second window has the first's change and may edit on top of it.
    QString error;
    plan.second = PlanDocument::open(testutil::planAt(plan.address), PlanDocument::Mode::ReadWrite, &error);
    REQUIRE(plan.second);
    theirs = plan.second->plan().tasks.value(id);
    CHECK(theirs.title == mine.title);
    theirs.deadline = QDate(2026, 11, 30);
    failed.clear();
    plan.second->undoStack()->push(new EditTaskCommand(plan.second.get(), theirs));
    CHECK(onServer(plan.address, id).deadline == QDate(2026, 11, 30));

    // The first window's undo would now put back a title over the second's deadline edit: refused.
    QSignalSpy firstFailed(plan.first.get(), &PlanDocument::writeFailed);
    plan.first->undoStack()->undo();
    REQUIRE(firstFailed.size() == 1);
    CHECK(plan.first->lastErrorCode() == StoreError::Conflict);
    CHECK(onServer(plan.address, id).title == mine.title);
    CHECK(onServer(plan.address, id).deadline == QDate(2026, 11, 30));
}

TEST_CASE("One's own edits in a row, and others' moves and edits of other rows, are no conflict")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    SharedPlan plan = publishSample(QStringLiteral("不冲突-"));
    QSignalSpy failed(plan.first.get(), &PlanDocument::writeFailed);
    const Id id = firstTask(*plan.first), neighbour = firstTask(*plan.first, 1);
    for (int i = 1; i <= 3; ++i) {
        Task t = plan.first->plan().tasks.value(id);
        t.title += QString::number(i);
        plan.first->undoStack()->push(new EditTaskCommand(plan.first.get(), t));
    }
    plan.first->undoStack()->undo();
    plan.first->undoStack()->redo();
    CHECK(failed.isEmpty());
    // The second window moves the neighbour (the task's position shifts) and edits the neighbour.
    const PlanData &p = plan.second->plan();
    const Id section = p.taskSection.value(neighbour);
    plan.second->undoStack()->push(new MoveTaskCommand(plan.second.get(), neighbour, section, 0));
    Task n = plan.second->plan().tasks.value(neighbour);
    n.notes = QStringLiteral("乙的备注");
    plan.second->undoStack()->push(new EditTaskCommand(plan.second.get(), n));
    // The first window's next edit of its own task goes through.
    Task t = plan.first->plan().tasks.value(id);
    t.notes = QStringLiteral("甲的备注");
    plan.first->undoStack()->push(new EditTaskCommand(plan.first.get(), t));
    CHECK(failed.isEmpty());
    CHECK(onServer(plan.address, id).notes == QStringLiteral("甲的备注"));
    CHECK(onServer(plan.address, neighbour).notes == QStringLiteral("乙的备注"));
}

TEST_CASE("A section renamed, a task removed or a change made by raw SQL first: the other's change is refused")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    SharedPlan plan = publishSample(QStringLiteral("三种-"));
    QSignalSpy failed(plan.second.get(), &PlanDocument::writeFailed);
    // A section renamed in both.
    const Id section = plan.first->plan().sectionsInOrder().at(1);
    plan.first->undoStack()->push(new RenameSectionCommand(plan.first.get(), section, QStringLiteral("甲的标题")));
    plan.second->undoStack()->push(new RenameSectionCommand(plan.second.get(), section, QStringLiteral("乙的标题")));
    REQUIRE(failed.size() == 1);
    CHECK(plan.second->lastErrorCode() == StoreError::Conflict);
    // A task removed in one and edited in the other: told as removed.
    const Id id = firstTask(*plan.first, 1);
    plan.first->undoStack()->push(new RemoveTaskCommand(plan.first.get(), id));
    Task t = plan.second->plan().tasks.value(id);
    t.title = QStringLiteral("乙改");
    plan.second->undoStack()->push(new EditTaskCommand(plan.second.get(), t));
    REQUIRE(failed.size() == 2);
    CHECK(failed.last().first().toString().contains(QStringLiteral("removed")));
    // The first window puts the task back (undo): the same id again, editable there.
    plan.first->undoStack()->undo();
    Task back = plan.first->plan().tasks.value(id);
    back.notes = QStringLiteral("放回后");
    QSignalSpy firstFailed(plan.first.get(), &PlanDocument::writeFailed);
    plan.first->undoStack()->push(new EditTaskCommand(plan.first.get(), back));
    CHECK(firstFailed.isEmpty());
    // A task changed by someone with psql, not through the program, counts as a change too.
    const Id other = firstTask(*plan.first, 2);
    const QString schema = psql(QStringLiteral("SELECT schema_name FROM annualplan.plans WHERE name = '%1'").arg(plan.name));
    REQUIRE(!schema.isEmpty());
    psql(QStringLiteral("UPDATE \"%1\".task SET notes = 'psql 改' WHERE id = %2").arg(schema).arg(other));
    Task o = plan.first->plan().tasks.value(other);
    o.title = QStringLiteral("甲改");
    plan.first->undoStack()->push(new EditTaskCommand(plan.first.get(), o));
    REQUIRE(firstFailed.size() == 1);
    CHECK(plan.first->lastErrorCode() == StoreError::Conflict);
    CHECK(onServer(plan.address, other).notes == QStringLiteral("psql 改"));
    // Moved and then edited in one transaction by a script: the edit counts all the same.
    const PlanData &now = plan.first->plan();
    const Id third = now.sectionTasks.value(now.sectionsInOrder().at(2)).first();
    REQUIRE(third != other);
    psql(QStringLiteral("BEGIN; UPDATE \"%1\".task SET position = position + 100 WHERE id = %2; "
                        "UPDATE \"%1\".task SET notes = 'psql 移后改' WHERE id = %2; COMMIT")
             .arg(schema)
             .arg(third));
    Task m = plan.first->plan().tasks.value(third);
    m.title = QStringLiteral("甲再改");
    plan.first->undoStack()->push(new EditTaskCommand(plan.first.get(), m));
    REQUIRE(firstFailed.size() == 2);
    CHECK(plan.first->lastErrorCode() == StoreError::Conflict);
    CHECK(onServer(plan.address, third).notes == QStringLiteral("psql 移后改"));
}

TEST_CASE("A task removed and put back is a row of its own: an edit of it read before is refused")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    SharedPlan plan = publishSample(QStringLiteral("放回-"));
    const Id id = firstTask(*plan.first);
    Task t = plan.first->plan().tasks.value(id);
    t.title += QStringLiteral("（甲改）");
    plan.first->undoStack()->push(new EditTaskCommand(plan.first.get(), t));
    plan.first->undoStack()->push(new RemoveTaskCommand(plan.first.get(), id));
    plan.first->undoStack()->undo();   // the task is back, with the first clerk's title
    REQUIRE(onServer(plan.address, id).title == t.title);
    // The second clerk read the task before all of it: its edit would put the old title back.
    QSignalSpy failed(plan.second.get(), &PlanDocument::writeFailed);
    Task theirs = plan.second->plan().tasks.value(id);
    theirs.notes = QStringLiteral("乙的备注");
    plan.second->undoStack()->push(new EditTaskCommand(plan.second.get(), theirs));
    REQUIRE(failed.size() == 1);
    CHECK(plan.second->lastErrorCode() == StoreError::Conflict);
    CHECK(onServer(plan.address, id).title == t.title);
    // The first clerk goes on editing the task it put back.
    QSignalSpy firstFailed(plan.first.get(), &PlanDocument::writeFailed);
    t = plan.first->plan().tasks.value(id);
    t.notes = QStringLiteral("甲的备注");
    plan.first->undoStack()->push(new EditTaskCommand(plan.first.get(), t));
    CHECK(firstFailed.isEmpty());
    CHECK(onServer(plan.address, id).notes == QStringLiteral("甲的备注"));
}

TEST_CASE("Removing a section or a department is refused when someone else changed what goes with it")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    SharedPlan plan = publishSample(QStringLiteral("连带-"));
    // The second clerk edits a task; the first, who has not seen it, removes its section.
    const Id section = plan.first->plan().sectionsInOrder().at(1);
    const Id id = plan.first->plan().sectionTasks.value(section).first();
    Task theirs = plan.second->plan().tasks.value(id);
    theirs.notes = QStringLiteral("乙刚写的");
    plan.second->undoStack()->push(new EditTaskCommand(plan.second.get(), theirs));
    QSignalSpy failed(plan.first.get(), &PlanDocument::writeFailed);
    plan.first->undoStack()->push(new RemoveSectionCommand(plan.first.get(), section));
    REQUIRE(failed.size() == 1);
    CHECK(plan.first->lastErrorCode() == StoreError::Conflict);
    CHECK(onServer(plan.address, id).notes == QStringLiteral("乙刚写的"));
    CHECK(plan.first->plan().sections.contains(section));

    // The second clerk names a department on another task; the first removes the department.
    const Id other = firstTask(*plan.second, 1);
    const Department department = plan.second->plan().departments.last();
    Task named = plan.second->plan().tasks.value(other);
    REQUIRE_FALSE(named.departmentIds(DepartmentRole::Support).contains(department.id));
    named.assignments.append({department.id, DepartmentRole::Support});
    plan.second->undoStack()->push(new EditTaskCommand(plan.second.get(), named));
    REQUIRE(onServer(plan.address, other).departmentIds(DepartmentRole::Support).contains(department.id));
    plan.first->undoStack()->push(new RemoveDepartmentCommand(plan.first.get(), department.id));
    REQUIRE(failed.size() == 2);
    CHECK(plan.first->lastErrorCode() == StoreError::Conflict);
    CHECK(onServer(plan.address, other).departmentIds(DepartmentRole::Support).contains(department.id));

    // Read again, the first clerk removes the section with what is in it now, and puts it back.
    QString error;
    plan.first = PlanDocument::open(testutil::planAt(plan.address), PlanDocument::Mode::ReadWrite, &error);
    REQUIRE(plan.first);
    QSignalSpy again(plan.first.get(), &PlanDocument::writeFailed);
    plan.first->undoStack()->push(new RemoveSectionCommand(plan.first.get(), section));
    plan.first->undoStack()->undo();
    CHECK(again.isEmpty());
    CHECK(onServer(plan.address, id).notes == QStringLiteral("乙刚写的"));
}

TEST_CASE("A plan published over the one a window has open: the window's next edit is refused, not written into it")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    SharedPlan plan = publishSample(QStringLiteral("重发-"));
    QTemporaryDir dir;
    const QString file = testutil::smallPlanFile(dir);
    QString error;
    REQUIRE(ServerPlans::publish(file, testutil::parsedAddress(plan.address), true, &error));
    const PlanData before = [&] {
        PlanData p;
        REQUIRE(ServerPlans::read(testutil::parsedAddress(plan.address), &p, nullptr, &error));
        return p;
    }();
    QSignalSpy failed(plan.first.get(), &PlanDocument::writeFailed);
    const Id section = plan.first->plan().sectionsInOrder().first();
    plan.first->undoStack()->push(new RenameSectionCommand(plan.first.get(), section, QStringLiteral("旧窗口的标题")));
    REQUIRE(failed.size() == 1);
    CHECK(plan.first->lastErrorCode() == StoreError::Conflict);
    PlanData after;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(plan.address), &after, nullptr, &error));
    CHECK(testutil::samePlan(after, before));
}

TEST_CASE("A change the server refuses for its own reasons is told as such, and the plan stays connected")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    SharedPlan plan = publishSample(QStringLiteral("拒绝-"));
    // Two departments may not share a name (the table's UNIQUE): the server refuses the rename.
    Department d = plan.first->plan().departments.at(1);
    d.name = plan.first->plan().departments.at(0).name;
    QSignalSpy failed(plan.first.get(), &PlanDocument::writeFailed);
    plan.first->undoStack()->push(new EditDepartmentCommand(plan.first.get(), d));
    REQUIRE(failed.size() == 1);
    CHECK(plan.first->lastErrorCode() != StoreError::Disconnected);
    CHECK_FALSE(plan.first->isDisconnected());
    CHECK_FALSE(plan.first->isReadOnly());
}

TEST_CASE("A task someone has just reported on is not removed from under the report, and once read it is, undo and all")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    SharedPlan plan = publishSample(QStringLiteral("报告-"));
    const Id id = firstTask(*plan.first);
    ProgressReport report;
    report.taskId = id;
    report.period = QStringLiteral("2026Q2");
    report.percent = 40;
    report.progress = QStringLiteral("刚报的进展");
    plan.second->undoStack()->push(new AddReportCommand(plan.second.get(), report));
    // The first window has not heard of it yet (its event loop has not run): the removal is refused.
    QSignalSpy failed(plan.first.get(), &PlanDocument::writeFailed);
    plan.first->undoStack()->push(new RemoveTaskCommand(plan.first.get(), id));
    REQUIRE(failed.size() == 1);
    CHECK(plan.first->lastErrorCode() == StoreError::Conflict);
    CHECK(plan.first->plan().tasks.contains(id));
    ReportLog log;
    PlanData onIt;
    QString error;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(plan.address), &onIt, nullptr, &error, &log));
    REQUIRE(log.entries.size() == 1);
    // Once the report has reached it, the task goes with the report, and comes back with it.
    QTRY_COMPARE_WITH_TIMEOUT(plan.first->reports().entries.size(), 1, 60000);
    plan.first->undoStack()->push(new RemoveTaskCommand(plan.first.get(), id));
    CHECK(failed.size() == 1);
    REQUIRE(ServerPlans::read(testutil::parsedAddress(plan.address), &onIt, nullptr, &error, &log));
    CHECK(log.entries.isEmpty());
    plan.first->undoStack()->undo();
    REQUIRE(ServerPlans::read(testutil::parsedAddress(plan.address), &onIt, nullptr, &error, &log));
    REQUIRE(log.entries.size() == 1);
    CHECK(log.entries.first().progress == QStringLiteral("刚报的进展"));
}
