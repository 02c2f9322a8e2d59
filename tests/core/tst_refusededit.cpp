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

    PlanData plan = seen;
    Task &now = plan.tasks[5];
    now.deadline = QDate(2027, 11, 30);                       // theirs, a part the clerk left
    now.targets[0].unit = QStringLiteral("％");               // theirs, a target the clerk changed
    Target theirs;
    theirs.id = 53;
    theirs.indicator = QStringLiteral("满意度");
    now.targets << theirs;                                    // theirs, added

    const Task merged = edit.taskKept(plan);
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
    // Kept once, the added target is not added again (nothing is left to keep).
    Task written = merged;
    written.targets[2].id = 54;
    plan.tasks.insert(5, written);
    CHECK(edit.taskKept(plan) == written);
    CHECK(edit.nothingToKeep(plan));
}

TEST_CASE("A refused task's units are kept by their ids: one renamed since stays itself, one removed is left out and named, none is made again")
{
    const PlanData seen = threeUnits();
    Task mine = seen.tasks.value(5);
    mine.assignments = {{2, DepartmentRole::Lead}, {3, DepartmentRole::Support}};
    const RefusedEdit edit = RefusedEdit::ofTask(seen, mine);
    PlanData now = seen;
    now.departments[1].name = QStringLiteral("疾病预防控制科");   // renamed by someone else
    now.departments.removeAt(2);                                  // 财务科 removed
    const Task kept = edit.taskKept(now);
    CHECK(kept.departmentIds(DepartmentRole::Lead) == QList<Id>{2});
    CHECK(kept.departmentIds(DepartmentRole::Support).isEmpty());
    CHECK(edit.unitsGone(now) == QStringList{QStringLiteral("财务科")});
    CHECK(now.departments.size() == 2);
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
    const Department kept = named.departmentKept(theirs);
    CHECK(kept.name == QStringLiteral("疾病预防控制科"));
    CHECK(kept.shortName == QStringLiteral("疾控"));

    PlanInfo info = seen.info;
    info.title = QStringLiteral("2027年卫生健康工作要点");
    const RefusedEdit details = RefusedEdit::ofPlanInfo(seen, info);
    PlanInfo other = seen.info;
    other.organisation = QStringLiteral("某区卫生健康局");
    other.warnDays = 14;
    const PlanInfo merged = details.infoKept(other);
    CHECK(merged.title == info.title);
    CHECK(merged.organisation == other.organisation);
    CHECK(merged.warnDays == 14);
    // The notice's words are parts of their own: shown, kept, and on the clipboard when not kept.
    PlanInfo notice = seen.info;
    notice.notice.text = QStringLiteral("请各单位结合实际抓好落实。");
    notice.notice.addressees = QStringLiteral("各科室");
    const RefusedEdit worded = RefusedEdit::ofPlanInfo(seen, notice);
    CHECK(worded.typedText().contains(QStringLiteral("请各单位结合实际抓好落实。")));
    CHECK(worded.typedText().contains(QStringLiteral("各科室")));
    PlanInfo cadence = seen.info;
    cadence.cadence = Cadence::Monthly;   // theirs
    const PlanInfo both = worded.infoKept(cadence);
    CHECK(both.cadence == Cadence::Monthly);
    CHECK(both.notice.text == notice.notice.text);
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
    const QList<RefusedEdit> kept = second->takeRefusedEdits();
    REQUIRE(kept.size() == 1);
    CHECK(second->takeRefusedEdits().isEmpty());
    const RefusedEdit refused = kept.first();
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
    const QList<RefusedEdit> kept = second->takeRefusedEdits();
    REQUIRE(kept.size() == 1);
    const RefusedEdit refused = kept.first();
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

TEST_CASE("Who changed a row and when is the server's word: a statement's own claim is not kept, and moves no version")
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
    // A content change with a made-up writer and time: the server's own are kept.
    testutil::psql(QStringLiteral("UPDATE \"%1\".task SET notes = 'psql 改', changed_by = 'someone_else', "
                                  "changed_at = '2020-01-01' WHERE id = %2")
                       .arg(schema)
                       .arg(id));
    auto stamp = [&] {
        return testutil::psql(QStringLiteral("SELECT changed_by || ' ' || (changed_at > now() - interval '1 hour') || ' ' || "
                                             "row_version FROM \"%1\".task WHERE id = %2")
                                  .arg(schema)
                                  .arg(id));
    };
    const QString afterEdit = stamp();
    CHECK(afterEdit.startsWith(me + QStringLiteral(" true ")));
    // Another editor of the plan claims the change for someone else without changing anything:
    // the last writer stays, and the row's version does not move (no one's edit is refused for it).
    PlanData plan;
    QString error;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &plan, nullptr, &error));
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString other = QStringLiteral("spoof_") + tag, password = QStringLiteral("pw-") + tag;
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), other, QStringLiteral("editor"), QString(), password, &error));
    const testutil::Psql claim = testutil::psqlAs(other, password, testutil::testDatabase().section(u'/', -1), schema,
                                                  QStringLiteral("UPDATE task SET changed_by = 'someone_else', changed_at = "
                                                                 "'2020-01-01' WHERE id = %1")
                                                      .arg(id));
    INFO(claim.err.toStdString());
    CHECK(claim.exitCode == 0);
    CHECK(stamp() == afterEdit);
    // The window's stale edit says who, even one made by psql.
    Task t = doc->plan().tasks.value(id);
    t.title += QStringLiteral("改");
    CHECK_FALSE(edits::editTask(*doc, t));
    const QList<RefusedEdit> kept = doc->takeRefusedEdits();
    REQUIRE(kept.size() == 1);
    CHECK(kept.first().conflict.by == me);
}

TEST_CASE("A refused undo keeps nothing to offer again, and a section removed under another's change names the other")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString address = testutil::publishedSample(QStringLiteral("撤销-"));
    PlanData plan;
    QString error;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &plan, nullptr, &error));
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString login = QStringLiteral("other_") + tag, password = QStringLiteral("pw-") + tag;
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), login, QStringLiteral("editor"), QString(), password, &error));
    const QString name = QUrl::fromPercentEncoding(address.section(QStringLiteral("?plan="), 1).toUtf8());
    auto mine = openAt(address);
    std::unique_ptr<PlanDocument> theirs;
    {
        const testutil::AsLogin as(password);
        theirs = openAt(testutil::addressAs(login, name));
    }
    const Id id = firstTask(*mine);
    Task t = mine->plan().tasks.value(id);
    t.notes = QStringLiteral("我的备注");
    REQUIRE(edits::editTask(*mine, t));
    Task o = theirs->plan().tasks.value(id);
    {
        // (Their document read the task before my edit: they open it again, and change it.)
        const testutil::AsLogin as(password);
        theirs = openAt(testutil::addressAs(login, name));
        o = theirs->plan().tasks.value(id);
        o.title += QStringLiteral("（他改）");
        REQUIRE(edits::editTask(*theirs, o));
    }
    // My undo would put my old notes back over their title's row: refused, and nothing kept.
    QSignalSpy failed(mine.get(), &PlanDocument::writeFailed);
    mine->undoStack()->undo();
    REQUIRE(failed.size() == 1);
    CHECK(mine->lastFailure() == PlanDocument::WriteFailure::ChangedElsewhere);
    CHECK(mine->takeRefusedEdits().isEmpty());

    // Removing the task's section (read before their change) is refused, naming them, not me.
    mine = openAt(address);
    const Id section = mine->plan().taskSection.value(id);
    {
        const testutil::AsLogin as(password);
        theirs = openAt(testutil::addressAs(login, name));
        Task again = theirs->plan().tasks.value(id);
        again.notes = QStringLiteral("他的备注");
        REQUIRE(edits::editTask(*theirs, again));
    }
    QSignalSpy removalFailed(mine.get(), &PlanDocument::writeFailed);
    CHECK_FALSE(edits::removeSection(*mine, section));
    REQUIRE(removalFailed.size() == 1);
    CHECK(removalFailed.first().first().toString().contains(login));
    CHECK(removalFailed.first().first().toString().contains(QStringLiteral("something in this section")));
}
