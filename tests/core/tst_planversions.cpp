// A plan's named versions (印发版, 调整版) and the reasons for what changed since one: frozen whole,
// kept in the plan file and on the server alike, never reached by undo, refused when damaged, left
// behind by a roll forward.
#include "document/planedits.h"
#include "document/rollforward.h"
#include "document/serverplans.h"
#include "document/versioncomparison.h"
#include "storage/contentwriter.h"
#include "domain/plancomparison.h"
#include "io/statusjson.h"
#include "status/statusengine.h"
#include "storage/versioncontent.h"

#include "../support/testutil.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ap;

namespace {

using Fixture = testutil::DocumentFixture;

std::unique_ptr<Fixture> fixtureFor(bool onServer)
{
    return onServer ? std::make_unique<Fixture>(Fixture::OnServer{}) : std::make_unique<Fixture>();
}

PlanData versionOf(const PlanDocument &doc, Id id)
{
    PlanData plan;
    QString error;
    const bool read = doc.readVersion(id, &plan, &error);
    INFO(error.toStdString());
    REQUIRE(read);
    return plan;
}

} // namespace

TEST_CASE("A saved version is the plan as it was: later edits, undo and redo never reach into it")
{
    const bool onServer = GENERATE(false, true);
    INFO((onServer ? "on the server" : "in a plan file"));
    auto fixture = fixtureFor(onServer);
    if (!fixture->doc) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): the server half skipped");
        return;
    }
    Fixture &f = *fixture;
    const PlanData issued = f.plan();
    QSignalSpy told(f.doc.get(), &PlanDocument::versionsChanged);
    PlanVersion saved;
    REQUIRE(f.doc->saveVersion(PlanDocument::issuedVersionName(), &saved));
    CHECK(told.count() == 1);
    CHECK(saved.id > 0);
    CHECK(saved.name == QStringLiteral("Issued version"));
    CHECK(saved.taskCount == issued.tasks.size());
    CHECK(saved.savedAt.isValid());
    CHECK(qAbs(saved.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    // Saving is no edit: nothing to undo.
    CHECK(f.stack()->count() == 0);

    // Adjust a target and a deadline, undo one and redo it: the version stays as saved.
    const Id june = f.withJuneStep();
    Task task = f.plan().tasks.value(june);
    task.deadline = QDate(2026, 11, 30);
    REQUIRE(edits::editTask(*f.doc, task, QStringLiteral("deadline")));
    f.stack()->undo();
    f.stack()->redo();
    std::string why;
    CHECK(testutil::samePlan(versionOf(*f.doc, saved.id), issued, &why));
    INFO(why);

    // The version against now: exactly the task changed, its steps and its deadline.
    const QList<PlanChange> changes = comparePlans(versionOf(*f.doc, saved.id), f.plan());
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().id == june);
    CHECK(changes.first().aspects == QStringList{QStringLiteral("Targets"), QStringLiteral("Deadline")});

    // A second version; both listed in order, and as read again from the store.
    REQUIRE(f.doc->saveVersion(QStringLiteral("年中调整版")));
    REQUIRE(f.doc->versions().list.size() == 2);
    CHECK(f.doc->versions().list.at(1).name == QStringLiteral("年中调整版"));
    CHECK(comparePlans(versionOf(*f.doc, f.doc->versions().list.at(1).id), f.plan()).isEmpty());
    const PlanLocation where = f.doc->location();
    const PlanVersions before = f.doc->versions();
    f.doc.reset();
    QString error;
    f.doc = PlanDocument::open(where, PlanDocument::Mode::ReadWrite, &error);
    INFO(error.toStdString());
    REQUIRE(f.doc);
    CHECK(f.doc->versions().list == before.list);
    CHECK(testutil::samePlan(versionOf(*f.doc, saved.id), issued, &why));
    if (onServer)
        CHECK_FALSE(f.doc->versions().list.first().savedBy.isEmpty());   // the server's login
}

TEST_CASE("A version opens as a plan of its own: read-only, as it was saved, named after its plan and itself")
{
    const bool onServer = GENERATE(false, true);
    INFO((onServer ? "on the server" : "in a plan file"));
    auto fixture = fixtureFor(onServer);
    if (!fixture->doc) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): the server half skipped");
        return;
    }
    Fixture &f = *fixture;
    const PlanData issued = f.plan();
    PlanVersion saved;
    REQUIRE(f.doc->saveVersion(QStringLiteral("印发/版"), &saved));
    const Id june = f.withJuneStep();
    const QString title = f.plan().tasks.value(june).title;
    REQUIRE(edits::removeTask(*f.doc, f.task(f.topSection(1), 0)));
    const PlanData now = f.plan();

    QString error;
    std::unique_ptr<PlanDocument> version = f.doc->openVersion(saved.id, &error);
    INFO(error.toStdString());
    REQUIRE(version);
    REQUIRE(version->shownVersion());
    CHECK(version->shownVersion()->name == QStringLiteral("印发/版"));
    CHECK(version->isReadOnly());
    CHECK_FALSE(version->isOnServer());
    // Its plan is the version's: every task it had, the step added since absent.
    CHECK(version->plan().info == issued.info);
    CHECK(version->plan().tasks.size() == issued.tasks.size());
    bool found = false;
    for (const Task &t : version->plan().tasks)
        if (t.title == title) {
            found = true;
            CHECK_FALSE(t.targets.first().hasSteps());
        }
    CHECK(found);
    CHECK(version->versions().list.isEmpty());
    // Named after its plan and itself; its files go where the plan's go.
    CHECK(version->displayName() == QStringLiteral("%1 · 印发/版").arg(f.doc->displayName()));
    CHECK(version->baseName() == f.doc->baseName() + QStringLiteral("-印发_版"));
    CHECK(version->folder() == f.doc->folder());
    // Nothing can be written to it, and nothing of the plan changed.
    Task edited = version->plan().tasks.begin().value();
    edited.title = QStringLiteral("改过");
    CHECK_FALSE(edits::editTask(*version, edited, QStringLiteral("title")));
    CHECK_FALSE(version->saveVersion(QStringLiteral("另一版")));
    std::string why;
    CHECK(testutil::samePlan(f.plan(), now, &why));
    INFO(why);
    CHECK(f.doc->versions().list.size() == 1);
    // Its scratch file goes with it.
    const QString scratch = version->filePath();
    CHECK(QFileInfo::exists(scratch));
    version.reset();
    CHECK_FALSE(QFileInfo::exists(scratch));
    // A version the plan does not have is said, nothing opened.
    CHECK_FALSE(f.doc->openVersion(saved.id + 100, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("A version needs a name of its own, and a plan open read-only saves none")
{
    Fixture f;
    QSignalSpy failed(f.doc.get(), &PlanDocument::writeFailed);
    CHECK_FALSE(f.doc->saveVersion(QStringLiteral("  ")));
    CHECK(f.doc->lastError().contains(QStringLiteral("needs a name")));
    REQUIRE(f.doc->saveVersion(QStringLiteral("印发版")));
    CHECK_FALSE(f.doc->saveVersion(QStringLiteral("印发版 ")));
    CHECK(f.doc->lastError().contains(QStringLiteral("already")));
    CHECK(failed.count() == 0);   // a name refused is no failed write: the one who asked says why
    CHECK(f.doc->versions().list.size() == 1);

    const QString path = f.doc->filePath();
    f.doc.reset();
    QString error;
    auto readOnly = PlanDocument::open(path, PlanDocument::Mode::ReadOnly, &error);
    REQUIRE(readOnly);
    CHECK_FALSE(readOnly->saveVersion(QStringLiteral("调整版")));
    CHECK(readOnly->versions().list.size() == 1);
    // A version can still be read from a plan open read-only.
    PlanData plan;
    CHECK(readOnly->readVersion(readOnly->versions().list.first().id, &plan, &error));
}

TEST_CASE("A reason for a change since a version is an edit: typed, undone, redone and kept; it goes with its version")
{
    const bool onServer = GENERATE(false, true);
    INFO((onServer ? "on the server" : "in a plan file"));
    auto fixture = fixtureFor(onServer);
    if (!fixture->doc) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): the server half skipped");
        return;
    }
    Fixture &f = *fixture;
    PlanVersion issued;
    REQUIRE(f.doc->saveVersion(QStringLiteral("印发版"), &issued));
    const QString key = PlanChange::keyOf(PlanChange::Item::Task, f.withJuneStep());
    REQUIRE(edits::setAdjustmentReason(*f.doc, issued.id, key, QStringLiteral("上级下达指标调整")));
    CHECK(f.doc->versions().reason(issued.id, key) == QStringLiteral("上级下达指标调整"));
    f.stack()->undo();
    CHECK(f.doc->versions().reason(issued.id, key).isEmpty());
    f.stack()->redo();
    CHECK(f.doc->versions().reason(issued.id, key) == QStringLiteral("上级下达指标调整"));

    const PlanLocation where = f.doc->location();
    f.doc.reset();
    QString error;
    f.doc = PlanDocument::open(where, PlanDocument::Mode::ReadWrite, &error);
    REQUIRE(f.doc);
    CHECK(f.doc->versions().reason(issued.id, key) == QStringLiteral("上级下达指标调整"));

    REQUIRE(f.doc->removeVersion(issued.id));
    CHECK(f.doc->versions().list.isEmpty());
    CHECK(f.doc->versions().reasons.isEmpty());
    f.doc.reset();
    f.doc = PlanDocument::open(where, PlanDocument::Mode::ReadWrite, &error);
    REQUIRE(f.doc);
    CHECK(f.doc->versions().list.isEmpty());
    CHECK(f.doc->versions().reasons.isEmpty());
}

TEST_CASE("A version whose content was damaged is refused with a message, never shown in part")
{
    Fixture f;
    PlanVersion saved;
    REQUIRE(f.doc->saveVersion(QStringLiteral("印发版"), &saved));
    const QString path = f.doc->filePath();
    f.doc.reset();
    // Another program rewrites the version: a claimed size past any plan's, then bytes that are no
    // zlib stream, then a valid stream holding a figure out of bounds.
    const QList<QByteArray> contents = {
        QByteArray::fromHex("7fffffff") + QByteArray(64, 'x'),
        QByteArray::fromHex("00000010") + QByteArray(64, 'x'),
        qCompress(R"({"format":1,"info":{"year":2026,"cadence":"quarterly","warnDays":30,"behindPoints":10},
                     "departments":[],"sections":[{"id":1,"parent":0,"title":"一"}],
                     "tasks":[{"id":2,"section":1,"title":"t","targets":[{"id":3,"op":">=","value":1e300}]}]})"),
    };
    for (const QByteArray &bytes : contents) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE plan_version_part SET content = ? WHERE version_id = ?"));
            q.addBindValue(bytes);
            q.addBindValue(saved.id);
            REQUIRE(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        QString error;
        auto doc = PlanDocument::open(path, PlanDocument::Mode::ReadWrite, &error);
        REQUIRE(doc);   // the plan itself is sound
        PlanData plan;
        plan.info.title = QStringLiteral("untouched");
        CHECK_FALSE(doc->readVersion(saved.id, &plan, &error));
        CHECK(error.contains(QStringLiteral("damaged")));
        CHECK(plan.info.title == QStringLiteral("untouched"));
    }
}

TEST_CASE("A version's content keeps every value and id of the plan, and is read back as it was")
{
    PlanData plan = testutil::smallPlan();
    Id next = 900;
    for (Task &t : plan.tasks)
        for (Target &target : t.targets)
            target.id = next++;
    plan.tasks[100].targets[0].milestones = {{70, QDate(2026, 6, 30)}};
    plan.tasks[100].targets[0].measure = TargetMeasure::Cumulative;
    plan.tasks[100].targets[0].baselineSource = BaselineSource::LastYearPeriod;
    plan.tasks[100].targets[0].baselinePeriod = QStringLiteral("2025Q3");
    plan.info.notice = IssueNotice{true, QStringLiteral("测试区卫生健康委员会文件"), QStringLiteral("测卫发〔2026〕1号"),
                                   QStringLiteral("各单位"), QString(), QStringLiteral("区政府办"), QStringLiteral("办公室"),
                                   QDate(2026, 1, 20)};
    const QList<QByteArray> parts = VersionContent::encode(plan);
    PlanData back;
    QString error;
    REQUIRE(VersionContent::decode(parts, &back, &error));
    std::string why;
    CHECK(testutil::samePlan(plan, back, &why));
    INFO(why);
    CHECK(back.info == plan.info);
    CHECK(back.tasks[100] == plan.tasks[100]);
}

TEST_CASE("Rolling a plan forward starts the next year without its versions")
{
    Fixture f;
    REQUIRE(f.doc->saveVersion(QStringLiteral("印发版")));
    const QString path = f.doc->filePath();
    f.doc.reset();
    QTemporaryDir dir;
    const QString next = dir.filePath(QStringLiteral("next.aplan"));
    QString summary, error;
    REQUIRE(RollForward::run(PlanLocation::file(path), next, RollForwardOptions{}, true, &summary, &error));
    auto doc = PlanDocument::open(next, PlanDocument::Mode::ReadOnly, &error);
    REQUIRE(doc);
    CHECK(doc->versions().list.isEmpty());
}

namespace {

// Another program's writing of when a version was saved (a test's stand-in for the months between).
void savedOn(const QString &path, Id version, const QString &when)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("when"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE plan_version SET saved_at = ? WHERE id = ?"));
        q.addBindValue(when);
        q.addBindValue(version);
        REQUIRE(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("when"));
}

const TargetResult &firstTarget(const QList<TaskResult> &results, Id task)
{
    for (const TaskResult &r : results)
        if (r.taskId == task) {
            REQUIRE_FALSE(r.targets.isEmpty());
            return r.targets.first();
        }
    FAIL("no result for task " << task);
    return results.first().targets.first();
}

} // namespace

TEST_CASE("Each period is measured under the version in force at its end: a step raised in July leaves the second quarter met")
{
    Fixture f;
    // Issued in January with a step of 80% by 30 June; the second quarter reports 81%.
    const Id task = f.withJuneStep();
    PlanVersion issued;
    REQUIRE(f.doc->saveVersion(QStringLiteral("印发版"), &issued));
    ProgressReport q2;
    q2.taskId = task;
    q2.period = QStringLiteral("2026Q2");
    q2.reportDate = QDate(2026, 6, 30);
    q2.status = TaskStatus::InProgress;
    q2.percent = 50;
    q2.actuals.insert(f.plan().tasks.value(task).targets.first().id, 81);
    REQUIRE(edits::addReport(*f.doc, q2));
    // In July the step is raised to 83% and the plan saved as 调整版.
    Task raised = f.plan().tasks.value(task);
    raised.targets[0].milestones[0].value = 83;
    REQUIRE(edits::editTask(*f.doc, raised, QStringLiteral("raise")));
    PlanVersion adjusted;
    REQUIRE(f.doc->saveVersion(QStringLiteral("调整版"), &adjusted));
    const QString path = f.doc->filePath();
    f.doc.reset();
    savedOn(path, issued.id, QStringLiteral("2026-01-10T02:00:00Z"));
    savedOn(path, adjusted.id, QStringLiteral("2026-07-15T02:00:00Z"));
    QString error;
    f.doc = PlanDocument::open(path, PlanDocument::Mode::ReadWrite, &error);
    REQUIRE(f.doc);

    // The second quarter: under 印发版, 81% meets its 80%; the plan now would call it overdue.
    const QDate june(2026, 6, 30);
    const PlanVersion *version = nullptr;
    const std::shared_ptr<const PlanData> then = f.doc->planInForce(june, &version);
    REQUIRE(version);
    CHECK(version->name == QStringLiteral("印发版"));
    const QList<TaskResult> measured = StatusEngine::evaluateAll(*then, f.doc->reports(), june);
    CHECK(firstTarget(measured, task).stepMet == std::optional<bool>(true));
    CHECK_FALSE(firstTarget(measured, task).overdue);
    const QList<TaskResult> now = StatusEngine::evaluateAll(f.plan(), f.doc->reports(), june);
    CHECK(firstTarget(now, task).stepMet == std::optional<bool>(false));
    // What status --json prints names the version.
    const QJsonObject json = QJsonDocument::fromJson(StatusJson::write(*f.doc, *then, version, measured, june)).object();
    CHECK(json.value(QStringLiteral("measured_against")).toString() == QStringLiteral("印发版"));

    // The third quarter, after the adjustment: the plan now (as 调整版 has it), 83%.
    const QDate september(2026, 9, 30);
    const std::shared_ptr<const PlanData> later = f.doc->planInForce(september, &version);
    CHECK_FALSE(version);
    CHECK(later->tasks.value(task).targets.first().milestones.first().value == 83.0);
    // Before the plan was issued, the first version stands.
    f.doc->planInForce(QDate(2026, 1, 2), &version);
    REQUIRE(version);
    CHECK(version->name == QStringLiteral("印发版"));
}

TEST_CASE("A task added after a version is not measured in the periods that version governs")
{
    Fixture f;
    PlanVersion issued;
    REQUIRE(f.doc->saveVersion(QStringLiteral("印发版"), &issued));
    Task added;
    added.title = QStringLiteral("年中新增任务");
    REQUIRE(edits::addTask(*f.doc, f.childSection(f.topSection(0), 0), 0, added));
    REQUIRE(f.doc->saveVersion(QStringLiteral("调整版")));
    const QString path = f.doc->filePath();
    const Id later = f.doc->versions().list.last().id;
    f.doc.reset();
    savedOn(path, issued.id, QStringLiteral("2026-01-10T02:00:00Z"));
    savedOn(path, later, QStringLiteral("2026-07-15T02:00:00Z"));
    QString error;
    f.doc = PlanDocument::open(path, PlanDocument::Mode::ReadWrite, &error);
    REQUIRE(f.doc);
    const std::shared_ptr<const PlanData> march = f.doc->planInForce(QDate(2026, 3, 31));
    CHECK(march->tasks.size() == f.plan().tasks.size() - 1);
    CHECK(testutil::samePlan(*f.doc->planInForce(QDate(2026, 9, 30)), f.plan()));
}

namespace {

// What changed since a version, as the plan's words: each change's kind, task title and reason.
QStringList changeWords(const PlanDocument &doc, const QString &version)
{
    const PlanVersion *v = doc.versions().byName(version);
    REQUIRE(v);
    VersionComparison c;
    QString error;
    REQUIRE(VersionComparison::make(doc, v->id, 0, &c, &error));
    QStringList out;
    for (const PlanChange &change : c.changes)
        out << QStringLiteral("%1 %2 %3 [%4]").arg(int(change.kind)).arg(change.title, change.after, c.reason(change, doc.versions()));
    return out;
}

} // namespace

TEST_CASE("A plan's versions go with it to a server and back: the same changes since each, with their reasons")
{
    Fixture f;
    PlanVersion issued;
    REQUIRE(f.doc->saveVersion(QStringLiteral("印发版"), &issued));
    const Id stepped = f.withJuneStep();
    const Id gone = f.task(f.topSection(1), 0);
    REQUIRE(edits::removeTask(*f.doc, gone));
    REQUIRE(edits::setAdjustmentReason(*f.doc, issued.id, PlanChange::keyOf(PlanChange::Item::Task, stepped), QStringLiteral("增设节点")));
    REQUIRE(edits::setAdjustmentReason(*f.doc, issued.id, PlanChange::keyOf(PlanChange::Item::Task, gone), QStringLiteral("并入他项")));
    const QStringList expected = changeWords(*f.doc, QStringLiteral("印发版"));
    REQUIRE(expected.size() == 2);
    const QString file = f.doc->filePath();
    f.doc.reset();

    // A new plan file made from it with its versions (as a copy from a server makes one): new ids,
    // the same changes.
    QTemporaryDir dir;
    {
        QString error;
        auto store = PlanStore::open(file, PlanStore::Mode::ReadOnly, &error);
        REQUIRE(store);
        PlanData plan;
        ReportLog reports;
        QList<CarriedVersion> versions;
        REQUIRE(store->read(&plan, &reports, &error));
        REQUIRE(readCarriedVersions(store->rows(), &versions, &error));
        REQUIRE(versions.size() == 1);
        REQUIRE(PlanStore::create(dir.filePath(QStringLiteral("copy.aplan")), plan.info, &error, nullptr, &plan, &reports, &versions));
    }
    QString error;
    auto copy = PlanDocument::open(dir.filePath(QStringLiteral("copy.aplan")), PlanDocument::Mode::ReadOnly, &error);
    REQUIRE(copy);
    CHECK(copy->versions().list.first().savedAt == issued.savedAt);
    CHECK(changeWords(*copy, QStringLiteral("印发版")) == expected);

    // Published to the server and copied back.
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): the server half skipped");
        return;
    }
    const QString address = testutil::serverPlanAddress(testutil::uniquePlanName(QStringLiteral("versions-")));
    REQUIRE(ServerPlans::publish(file, testutil::parsedAddress(address), false, &error));
    auto shared = PlanDocument::open(testutil::planAt(address), PlanDocument::Mode::ReadWrite, &error);
    INFO(error.toStdString());
    REQUIRE(shared);
    CHECK(changeWords(*shared, QStringLiteral("印发版")) == expected);
    // Published by the plan's owner: saved when the file says, by no login (a file has none).
    CHECK(shared->versions().list.first().savedAt == issued.savedAt);
    CHECK(shared->versions().list.first().savedBy.isEmpty());
    // A version saved on the server: the login and the server's time.
    PlanVersion adjusted;
    REQUIRE(shared->saveVersion(QStringLiteral("调整版"), &adjusted));
    CHECK_FALSE(adjusted.savedBy.isEmpty());
    CHECK(adjusted.savedAt.isValid());
    shared.reset();
    const QString back = dir.filePath(QStringLiteral("back.aplan"));
    REQUIRE(ServerPlans::copy(testutil::parsedAddress(address), back, &error));
    auto returned = PlanDocument::open(back, PlanDocument::Mode::ReadOnly, &error);
    REQUIRE(returned);
    CHECK(changeWords(*returned, QStringLiteral("印发版")) == expected);
    REQUIRE(returned->versions().list.size() == 2);
    CHECK(returned->versions().list.first().savedAt == issued.savedAt);
    CHECK(returned->versions().list.last().savedBy == adjusted.savedBy);
}
