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
    out.name = stem + QUuid::createUuid().toString(QUuid::Id128).left(8);
    out.address = testutil::testDatabase() + QStringLiteral("?plan=") + QString::fromUtf8(QUrl::toPercentEncoding(out.name));
    QTemporaryDir dir;
    QString error;
    {
        auto sample = testutil::openSamplePlan(dir);
        REQUIRE(sample);
        const QString file = sample->filePath();
        sample.reset();
        REQUIRE(ServerPlans::publish(file, out.address, false, &error));
    }
    out.first = PlanDocument::open(out.address, PlanDocument::Mode::ReadWrite, &error);
    out.second = PlanDocument::open(out.address, PlanDocument::Mode::ReadWrite, &error);
    INFO(error.toStdString());
    REQUIRE(out.first);
    REQUIRE(out.second);
    return out;
}

Task onServer(const QString &address, Id task)
{
    PlanData plan;
    QString error;
    REQUIRE(ServerPlans::read(address, &plan, nullptr, &error));
    return plan.tasks.value(task);
}

// psql on the test database as its administrator (the plan's owner): what a script might do.
QString psql(const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("psql"), {testutil::testDatabase(), QStringLiteral("-XAtq"), QStringLiteral("-v"),
                                     QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql});
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

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
    plan.second = PlanDocument::open(plan.address, PlanDocument::Mode::ReadWrite, &error);
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
}
