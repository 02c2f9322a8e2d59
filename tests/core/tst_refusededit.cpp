// An edit of a shared plan refused because someone else changed the same item first keeps the
// clerk's words (RefusedEdit): what the clerk saw and made beside the item as it is now, part by
// part; the clerk's parts written over the other's (edits::keepRefusedEdit) keep the other's
// parts; and the server says who changed the item and when (server format 10), whatever a
// statement claims. The server cases run against the private cluster (ANNUALPLAN_TEST_PG).
#include "document/commands.h"
#include "document/planedits.h"
#include "document/plandocument.h"
#include "document/refusededit.h"
#include "document/serverplans.h"

#include "../support/serverlogins.h"
#include "../support/testutil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrl>
#include <QUuid>

using namespace ap;

namespace {

PlanData threeUnits()
{
    PlanData plan;
    plan.info.year = 2027;
    plan.departments = {{1, QStringLiteral("医政科"), {}, 0}, {2, QStringLiteral("疾控科"), {}, 1}, {3, QStringLiteral("财务科"), {}, 2}};
    Section s;
    s.id = 10;
    s.title = QStringLiteral("强化基层服务");
    plan.sections.insert(s.id, s);
    plan.childSections[0] = {s.id};
    Task t;
    t.id = 5;
    t.title = QStringLiteral("家庭医生签约");
    t.description = QStringLiteral("扩大签约覆盖面");
    t.deadline = QDate(2027, 12, 31);
    Target a;
    a.id = 51;
    a.indicator = QStringLiteral("签约率");
    a.value = 40;
    a.unit = QStringLiteral("%");
    Target b;
    b.id = 52;
    b.indicator = QStringLiteral("重点人群签约率");
    b.value = 60;
    b.unit = QStringLiteral("%");
    t.targets = {a, b};
    t.assignments = {{1, DepartmentRole::Lead}};
    plan.tasks.insert(t.id, t);
    plan.sectionTasks[s.id] = {t.id};
    plan.taskSection.insert(t.id, s.id);
    return plan;
}

Task onServer(const QString &address, Id task)
{
    PlanData plan;
    QString error;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &plan, nullptr, &error));
    return plan.tasks.value(task);
}

Id firstTask(const PlanDocument &doc, int which = 0)
{
    const PlanData &p = doc.plan();
    return p.sectionTasks.value(p.sectionsInOrder().at(1)).at(which);
}

std::unique_ptr<PlanDocument> openAt(const QString &address)
{
    QString error;
    auto doc = PlanDocument::open(testutil::planAt(address), PlanDocument::Mode::ReadWrite, &error);
    INFO(error.toStdString());
    REQUIRE(doc);
    return doc;
}

} // namespace

TEST_CASE("The parts a refused edit shows are the ones either side changed, as seen, as made and as they are now")
{
    const PlanData seen = threeUnits();
    Task mine = seen.tasks.value(5);
    mine.title = QStringLiteral("家庭医生签约服务");
    mine.targets[0].value = 45;
    const RefusedEdit edit = RefusedEdit::ofTask(seen, mine);
    PlanData now = seen;
    now.tasks[5].deadline = QDate(2027, 11, 30);
    now.tasks[5].targets[1].value = 65;

    const QList<RefusedEdit::Part> parts = edit.parts(now);
    QStringList aspects;
    for (const RefusedEdit::Part &p : parts)
        aspects << p.aspect;
    CHECK(aspects == QStringList{QStringLiteral("Title"), QStringLiteral("Targets"), QStringLiteral("Deadline")});
    CHECK(parts.at(0).seen == QStringLiteral("家庭医生签约"));
    CHECK(parts.at(0).mine == QStringLiteral("家庭医生签约服务"));
    CHECK(parts.at(0).now == QStringLiteral("家庭医生签约"));
    CHECK(parts.at(0).mineChanged);
    CHECK_FALSE(parts.at(0).nowChanged);
    CHECK(parts.at(1).mine.contains(QStringLiteral("45")));
    CHECK(parts.at(1).now.contains(QStringLiteral("65")));
    CHECK(parts.at(1).mineChanged);
    CHECK(parts.at(1).nowChanged);
    CHECK(parts.at(2).now == QStringLiteral("2027-11-30"));
    CHECK_FALSE(parts.at(2).mineChanged);
    // What was typed, to keep elsewhere: the clerk's parts only.
    CHECK(edit.typedText().startsWith(QStringLiteral("Title：家庭医生签约服务\nTargets：")));
    CHECK_FALSE(edit.typedText().contains(QStringLiteral("Deadline")));
}

TEST_CASE("Keeping a refused task edit writes the clerk's parts over the item as it is now and keeps the other's")
{
    const PlanData seen = threeUnits();
    Task mine = seen.tasks.value(5);
    mine.title = QStringLiteral("家庭医生签约服务");
    mine.targets[0].value = 45;                               // changed
    mine.targets.removeAt(1);                                 // removed
    Target added;
    added.indicator = QStringLiteral("履约率");
    added.value = 90;
    mine.targets << added;                                    // added
    const RefusedEdit edit = RefusedEdit::ofTask(seen, mine);

    Task now = seen.tasks.value(5);
    now.deadline = QDate(2027, 11, 30);                       // theirs, a part the clerk left
    now.targets[0].unit = QStringLiteral("％");               // theirs, a target the clerk changed
    Target theirs;
    theirs.id = 53;
    theirs.indicator = QStringLiteral("满意度");
    now.targets << theirs;                                    // theirs, added

    const Task merged = edit.taskMerged(now);
    CHECK(merged.title == QStringLiteral("家庭医生签约服务"));
    CHECK(merged.deadline == QDate(2027, 11, 30));
    REQUIRE(merged.targets.size() == 3);
    // The target both changed is the clerk's as the clerk made it (the clerk chose so).
    CHECK(merged.targets.at(0).id == 51);
    CHECK(merged.targets.at(0).value == 45);
    CHECK(merged.targets.at(0).unit == QStringLiteral("%"));
    CHECK(merged.targets.at(1).id == 53);
    CHECK(merged.targets.at(2).id == 0);
    CHECK(merged.targets.at(2).indicator == QStringLiteral("履约率"));
}

TEST_CASE("A refused section title, unit name and plan detail keep only what the clerk changed")
{
    const PlanData seen = threeUnits();
    const RefusedEdit title = RefusedEdit::ofSection(seen, 10, QStringLiteral("强化基层医疗服务"));
    PlanData now = seen;
    now.sections[10].title = QStringLiteral("夯实基层");
    REQUIRE(title.parts(now).size() == 1);
    CHECK(title.parts(now).first().now == QStringLiteral("夯实基层"));

    Department unit = *seen.department(2);
    unit.shortName = QStringLiteral("疾控");
    const RefusedEdit named = RefusedEdit::ofDepartment(seen, unit);
    Department theirs = *seen.department(2);
    theirs.name = QStringLiteral("疾病预防控制科");
    const Department kept = named.departmentMerged(theirs);
    CHECK(kept.name == QStringLiteral("疾病预防控制科"));
    CHECK(kept.shortName == QStringLiteral("疾控"));

    PlanInfo info = seen.info;
    info.title = QStringLiteral("2027年卫生健康工作要点");
    const RefusedEdit details = RefusedEdit::ofPlanInfo(seen, info);
    PlanInfo other = seen.info;
    other.organisation = QStringLiteral("某区卫生健康局");
    other.warnDays = 14;
    const PlanInfo merged = details.infoMerged(other);
    CHECK(merged.title == info.title);
    CHECK(merged.organisation == other.organisation);
    CHECK(merged.warnDays == 14);
    // Gone: nothing now, every part changed by the other.
    PlanData without = seen;
    without.sections.remove(10);
    CHECK_FALSE(title.existsIn(without));
    CHECK(title.parts(without).first().nowChanged);
}

TEST_CASE("A task edit refused on the server is kept with who changed the task and when, and kept over theirs as one undo step")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString address = testutil::publishedSample(QStringLiteral("保留-"));
    // The first clerk is a named editor of the plan with a unit: the server says so of the change.
    PlanData plan;
    QString error;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &plan, nullptr, &error));
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString login = QStringLiteral("editor_") + tag, password = QStringLiteral("pw-") + tag;
    const QString unit = plan.departments.at(1).name;
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), login, QStringLiteral("editor"), unit, password, &error));
    const QString name = QUrl::fromPercentEncoding(address.section(QStringLiteral("?plan="), 1).toUtf8());
    std::unique_ptr<PlanDocument> first, second = openAt(address);
    {
        const testutil::AsLogin as(password);
        first = openAt(testutil::addressAs(login, name));
    }
    const Id id = firstTask(*first);
    Task theirs = first->plan().tasks.value(id);
    const QString was = theirs.title;
    theirs.deadline = QDate(2026, 10, 31);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    REQUIRE(edits::editTask(*first, theirs));

    // The second clerk, not knowing, retitles the same task: refused, the words kept.
    Task mine = second->plan().tasks.value(id);
    mine.title = was + QStringLiteral("（乙）");
    QSignalSpy failed(second.get(), &PlanDocument::writeFailed);
    CHECK_FALSE(edits::editTask(*second, mine));
    REQUIRE(failed.size() == 1);
    CHECK(second->lastFailure() == PlanDocument::WriteFailure::ChangedElsewhere);
    REQUIRE(second->refusedEdit());
    const RefusedEdit refused = *second->refusedEdit();
    CHECK(refused.item == PlanChange::Item::Task);
    CHECK(refused.taskMine.title == mine.title);
    CHECK(refused.conflict.by == login);
    CHECK(refused.conflict.byUnit == unit);
    CHECK(refused.conflict.at >= before);
    CHECK(refused.conflict.at <= QDateTime::currentDateTimeUtc().addSecs(60));
    // The message says whose change it was.
    CHECK(failed.first().first().toString().contains(login));
    CHECK(failed.first().first().toString().contains(unit));

    // Read again and kept: the clerk's title over the other's deadline, both on the server.
    second = openAt(address);
    CHECK(second->plan().tasks.value(id).deadline == QDate(2026, 10, 31));
    REQUIRE(edits::keepRefusedEdit(*second, refused));
    CHECK(onServer(address, id).title == mine.title);
    CHECK(onServer(address, id).deadline == QDate(2026, 10, 31));
    CHECK(second->undoStack()->count() == 1);
    // Kept twice is nothing more.
    CHECK_FALSE(edits::keepRefusedEdit(*second, refused));
    CHECK(second->undoStack()->count() == 1);
    // Undone, the other's version is back.
    second->undoStack()->undo();
    CHECK(onServer(address, id).title == was);
    CHECK(onServer(address, id).deadline == QDate(2026, 10, 31));
}

TEST_CASE("A task someone removed while it was being edited comes back as the clerk made it, where it stood")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString address = testutil::publishedSample(QStringLiteral("删后-"));
    auto first = openAt(address), second = openAt(address);
    const Id id = firstTask(*first, 1);
    const Id section = first->plan().taskSection.value(id);
    REQUIRE(edits::removeTask(*first, id));
    Task mine = second->plan().tasks.value(id);
    mine.title = QStringLiteral("乙改过的任务");
    CHECK_FALSE(edits::editTask(*second, mine));
    REQUIRE(second->refusedEdit());
    const RefusedEdit refused = *second->refusedEdit();
    CHECK(refused.conflict.gone);

    second = openAt(address);
    CHECK_FALSE(refused.existsIn(second->plan()));
    REQUIRE(edits::keepRefusedEdit(*second, refused));
    const QList<Id> tasks = second->plan().sectionTasks.value(section);
    REQUIRE(tasks.size() > 1);
    const Task back = second->plan().tasks.value(tasks.at(1));
    CHECK(back.title == mine.title);
    CHECK(back.targets.size() == mine.targets.size());
    CHECK(back.departmentIds(DepartmentRole::Lead) == mine.departmentIds(DepartmentRole::Lead));
    CHECK(onServer(address, back.id).title == mine.title);
}

TEST_CASE("Who changed a row and when is the server's word: a statement's own claim is not kept")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString address = testutil::publishedSample(QStringLiteral("署名-"));
    auto doc = openAt(address);
    const Id id = firstTask(*doc);
    const QString name = QUrl::fromPercentEncoding(address.section(QStringLiteral("?plan="), 1).toUtf8());
    const QString schema = testutil::psql(QStringLiteral("SELECT schema_name FROM annualplan.plans WHERE name = '%1'").arg(name));
    const QString me = testutil::psql(QStringLiteral("SELECT session_user"));
    REQUIRE(!schema.isEmpty());
    testutil::psql(QStringLiteral("UPDATE \"%1\".task SET notes = 'psql 改', changed_by = 'someone_else', "
                                  "changed_at = '2020-01-01' WHERE id = %2")
                       .arg(schema)
                       .arg(id));
    CHECK(testutil::psql(QStringLiteral("SELECT changed_by || ' ' || (changed_at > now() - interval '1 hour') FROM \"%1\".task "
                                        "WHERE id = %2")
                             .arg(schema)
                             .arg(id))
          == me + QStringLiteral(" true"));
    // A statement that changes nothing but the claim keeps the last writer.
    testutil::psql(QStringLiteral("UPDATE \"%1\".task SET position = position WHERE id = %2").arg(schema).arg(id));
    testutil::psql(QStringLiteral("UPDATE \"%1\".task SET changed_by = 'someone_else' WHERE id = %2").arg(schema).arg(id));
    CHECK(testutil::psql(QStringLiteral("SELECT changed_by FROM \"%1\".task WHERE id = %2").arg(schema).arg(id)) == me);
    // The window's stale edit says who, even one made by psql.
    Task t = doc->plan().tasks.value(id);
    t.title += QStringLiteral("改");
    CHECK_FALSE(edits::editTask(*doc, t));
    REQUIRE(doc->refusedEdit());
    CHECK(doc->refusedEdit()->conflict.by == me);
}
