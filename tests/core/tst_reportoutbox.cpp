// Reports of a server plan waiting on this computer to be sent (ReportOutbox, and the document's
// part: PlanDocument::waitingReports): kept on the disk before they are sent, read back as typed,
// sent once however often they are sent (server format 9's request keys), kept when the server is
// away or refuses them, and never lost to a crash between the send and its confirmation. The server
// cases run against the private cluster scripts/test.sh starts (ANNUALPLAN_TEST_PG, ANNUALPLAN_PG_DIR).
#include "document/plandocument.h"
#include "document/reportoutbox.h"
#include "document/serverplans.h"
#include "monitor/collectionforms.h"

#include "../support/formfill.h"
#include "../support/testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

using namespace ap;

namespace {

ServerAddress addressOf(const QString &user, const QString &plan)
{
    ServerAddress a;
    a.user = user;
    a.host = QStringLiteral("localhost");
    a.database = QStringLiteral("bureau");
    a.plan = plan;
    return a;
}

ProgressReport typedReport()
{
    ProgressReport c;
    c.taskId = 42;
    c.period = QStringLiteral("2026Q3");
    c.reportDate = QDate(2026, 9, 28);
    c.status = TaskStatus::InProgress;
    c.percent = 70;
    c.progress = QStringLiteral("已完成三个乡镇的签约，\"引号\"与换行\n第二行");
    c.problems = QStringLiteral("人手不足");
    c.nextSteps = QStringLiteral("十月完成其余乡镇");
    c.departmentId = 7;
    c.actuals = {{3, 84.5}, {5, 12}};
    return c;
}

// The sample plan on the server, opened by its owner: the document, a task, and a period of its
// year open for reports.
struct ServerSample
{
    QString address;
    std::unique_ptr<PlanDocument> doc;
    Id task = 0;
    QString period;

    explicit ServerSample(const QString &stem)
        : address(testutil::publishedSample(stem))
    {
        open();
        REQUIRE_FALSE(doc->reportableTasks().isEmpty());
        task = doc->reportableTasks().first();
        for (const QString &p : period::ofYear(doc->plan().info.year, doc->plan().info.cadence))
            if (period.isEmpty() && !doc->reports().isLocked(p))
                period = p;
        REQUIRE(task != 0);
        REQUIRE_FALSE(period.isEmpty());
    }
    void open()
    {
        QString error;
        doc = PlanDocument::open(testutil::planAt(address), PlanDocument::Mode::ReadWrite, &error);
        INFO(error.toStdString());
        REQUIRE(doc);
        doc->useOutbox();   // as the window does
    }
    ProgressReport report(const QString &words) const
    {
        ProgressReport c;
        c.taskId = task;
        c.period = period;
        c.reportDate = QDate::currentDate();
        c.status = TaskStatus::InProgress;
        c.percent = 50;
        c.progress = words;
        return c;
    }
    // How many reports the server has with these words.
    int onServer(const QString &words) const
    {
        PlanData plan;
        ReportLog log;
        QString error;
        REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &plan, nullptr, &error, &log));
        return int(std::count_if(log.entries.cbegin(), log.entries.cend(),
                                 [&words](const ProgressReport &c) { return c.progress == words; }));
    }
};

} // namespace

TEST_CASE("A report kept waiting is on the disk whole, read back as typed, and gone once confirmed")
{
    QTemporaryDir root;
    ReportOutbox outbox(addressOf(QStringLiteral("wsj_rep"), QStringLiteral("清河区2026年计划")), root.path());
    CHECK(outbox.waiting().isEmpty());
    WaitingReport w;
    w.report = typedReport();
    w.taskTitle = QStringLiteral("扩大签约覆盖面");
    QString error;
    REQUIRE(outbox.keep(w, &error));
    // A key of its own, made when kept; the file is named by it and nothing else is left beside it.
    CHECK_FALSE(QUuid::fromString(w.key).isNull());
    CHECK(QDir(outbox.folder()).entryList(QDir::Files) == QStringList{w.key + QStringLiteral(".json")});

    const QList<WaitingReport> back = outbox.waiting();
    REQUIRE(back.size() == 1);
    CHECK(back.first().key == w.key);
    CHECK(back.first().report == w.report);
    CHECK(back.first().report.requestKey == w.key);
    CHECK(back.first().taskTitle == w.taskTitle);
    CHECK(back.first().typedAt == w.typedAt);
    CHECK(back.first().refusal.isEmpty());

    // Another login's, or another plan's, outbox on this computer is another folder.
    CHECK(ReportOutbox(addressOf(QStringLiteral("other"), QStringLiteral("清河区2026年计划")), root.path()).waiting().isEmpty());
    CHECK(ReportOutbox(addressOf(QStringLiteral("wsj_rep"), QStringLiteral("另一个计划")), root.path()).waiting().isEmpty());
    // The same plan named with other case or spaces is the same plan (as the server names it).
    CHECK(ReportOutbox(addressOf(QStringLiteral("wsj_rep"), QStringLiteral(" 清河区2026年计划")), root.path()).count() == 1);

    // Refused later: kept with the reason, in place.
    w.refusal = QStringLiteral("该期已锁定");
    REQUIRE(outbox.keep(w, &error));
    REQUIRE(outbox.count() == 1);
    CHECK(outbox.waiting().first().refusal == w.refusal);

    CHECK(outbox.remove(w.key));
    CHECK(outbox.waiting().isEmpty());
    CHECK_FALSE(outbox.remove(w.key));
    CHECK_FALSE(outbox.remove(QStringLiteral("../../etc/passwd")));
}

TEST_CASE("What is not a whole entry of the outbox is left alone: a torn write, another file, a renamed entry")
{
    QTemporaryDir root;
    ReportOutbox outbox(addressOf(QStringLiteral("wsj_rep"), QStringLiteral("计划")), root.path());
    WaitingReport w;
    w.report = typedReport();
    REQUIRE(outbox.keep(w, nullptr));
    const QString dir = outbox.folder();
    const QByteArray whole = testutil::readAll(dir + QLatin1Char('/') + w.key + QStringLiteral(".json"));
    auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir + QLatin1Char('/') + name);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);
    write(other + QStringLiteral(".json"), whole.left(whole.size() / 2));          // torn
    write(other + QStringLiteral(".json.part-99999"), whole);                       // a writer's part
    write(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".json"), whole);   // another's key inside
    write(QStringLiteral("notes.json"), QByteArrayLiteral("{\"format\": 1}"));
    const QList<WaitingReport> listed = outbox.waiting();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().key == w.key);
    // Nothing was removed: they are not ours to throw away.
    CHECK(QDir(dir).entryList(QDir::Files).size() == 5);
}

TEST_CASE("A report sent again with its key is on the server once, and a key is its own login's")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    ServerSample sample(QStringLiteral("一次-"));
    const QString words = QStringLiteral("只收一次的报告");
    ProgressReport first = sample.report(words);
    first.requestKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(sample.doc->addReport(first));
    REQUIRE(first.id != 0);
    CHECK(sample.doc->waitingReports().isEmpty());   // confirmed: nothing waits
    // Its confirmation lost on the way back: sent again, from another window of the same login.
    std::unique_ptr<PlanDocument> again = PlanDocument::open(testutil::planAt(sample.address), PlanDocument::Mode::ReadWrite, nullptr);
    REQUIRE(again);
    again->useOutbox();
    ProgressReport second = sample.report(words);
    second.requestKey = first.requestKey;
    REQUIRE(again->addReport(second));
    CHECK(second.id == first.id);
    CHECK(sample.onServer(words) == 1);
    // The window that had read it already shows it once.
    CHECK(std::count_if(again->reports().entries.cbegin(), again->reports().entries.cend(),
                        [&words](const ProgressReport &c) { return c.progress == words; })
          == 1);
    // A new report is a new key: a second report.
    ProgressReport third = sample.report(words);
    third.requestKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(again->addReport(third));
    CHECK(third.id != first.id);
    CHECK(sample.onServer(words) == 2);
    // The server keeps the key beside the report it was sent with.
    const QString schema = testutil::psql(QStringLiteral("SELECT schema_name FROM annualplan.plans WHERE name = '%1'")
                                              .arg(testutil::parsedAddress(sample.address).plan));
    CHECK(testutil::psql(QStringLiteral("SELECT count(*) FROM \"%1\".checkin WHERE request_key = '%2'").arg(schema, first.requestKey))
          == QStringLiteral("1"));
}

TEST_CASE("A report typed while the server is away is kept on this computer and reaches it once when it is back")
{
    if (!testutil::clusterMayHalt()) {
        WARN("no private PostgreSQL cluster (ANNUALPLAN_PG_DIR): skipped");
        return;
    }
    ServerSample sample(QStringLiteral("发件箱-"));
    const QString words = QStringLiteral("断线时填写的报告");
    testutil::HaltedCluster halted;
    // The send fails (the server does not answer): the report is kept, and said so.
    ProgressReport typed = sample.report(words);
    QString told;
    int tellings = 0;
    QObject::connect(sample.doc.get(), &PlanDocument::writeFailed, [&](const QString &m) {
        told = m;
        ++tellings;
    });
    CHECK_FALSE(sample.doc->addReport(typed));
    CHECK(sample.doc->lastFailure() == PlanDocument::WriteFailure::Kept);
    CHECK(told.contains(QStringLiteral("kept on this computer")));
    // Said once, as kept: never first as a change not saved (which would have it typed again).
    CHECK(tellings == 1);
    REQUIRE(sample.doc->isDisconnected());
    // While it is away more may be typed; each waits.
    CHECK(sample.doc->mayAddReports());
    ProgressReport another = sample.report(words + QStringLiteral("（二）"));
    CHECK_FALSE(sample.doc->addReport(another));
    CHECK(sample.doc->lastFailure() == PlanDocument::WriteFailure::Kept);
    REQUIRE(sample.doc->waitingReports().size() == 2);
    CHECK(sample.doc->waitingReports().first().report.progress == words);

    // The window is closed (or the program killed) before the server is back: the disk has them.
    sample.doc.reset();
    halted.resume();
    sample.open();
    REQUIRE(sample.doc->waitingReports().size() == 2);
    int refused = -1;
    CHECK(sample.doc->sendWaitingReports(&refused) == 2);
    CHECK(refused == 0);
    CHECK(sample.doc->waitingReports().isEmpty());
    CHECK(sample.onServer(words) == 1);
    CHECK(sample.onServer(words + QStringLiteral("（二）")) == 1);
}

TEST_CASE("A waiting report whose confirmation was lost is sent again and kept once; one the server refuses stays with the reason")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    ServerSample sample(QStringLiteral("重发-"));
    const QString words = QStringLiteral("确认丢失的报告");
    ProgressReport sent = sample.report(words);
    REQUIRE(sample.doc->addReport(sent));
    REQUIRE_FALSE(sent.requestKey.isEmpty());
    // As if the program died after the server's commit and before the entry was taken out.
    ReportOutbox outbox(testutil::parsedAddress(sample.address));
    WaitingReport left{sent.requestKey, sample.report(words), QDateTime::currentDateTimeUtc(), QStringLiteral("任务"), QString()};
    REQUIRE(outbox.keep(left, nullptr));
    sample.open();
    REQUIRE(sample.doc->waitingReports().size() == 1);
    CHECK(sample.doc->sendWaitingReports() == 1);
    CHECK(sample.onServer(words) == 1);
    CHECK(sample.doc->waitingReports().isEmpty());

    // A report on a task the plan no longer has: refused, kept with the reason, not sent again
    // by itself, and gone only when discarded.
    ProgressReport gone = sample.report(QStringLiteral("已删除任务的报告"));
    gone.taskId = 987654;
    WaitingReport orphan{QString(), gone, QDateTime::currentDateTimeUtc(), QStringLiteral("已删除的任务"), QString()};
    REQUIRE(outbox.keep(orphan, nullptr));
    int refused = 0;
    CHECK(sample.doc->sendWaitingReports(&refused) == 0);
    CHECK(refused == 1);
    REQUIRE(sample.doc->waitingReports().size() == 1);
    CHECK_FALSE(sample.doc->waitingReports().first().refusal.isEmpty());
    CHECK(sample.doc->sendWaitingReports(&refused) == 0);
    CHECK(refused == 0);
    CHECK(sample.doc->discardWaitingReport(orphan.key));
    CHECK(sample.doc->waitingReports().isEmpty());
}

TEST_CASE("A plan file has no outbox: its reports are written where it is")
{
    QTemporaryDir dir;
    const QString file = testutil::openSamplePlan(dir)->filePath();
    auto doc = PlanDocument::open(file, PlanDocument::Mode::ReadWrite, nullptr);
    REQUIRE(doc);
    doc->useOutbox();   // nothing for a file
    REQUIRE_FALSE(doc->plan().tasks.isEmpty());
    const Id task = doc->plan().tasks.cbegin().key();
    ProgressReport c;
    c.taskId = task;
    c.period = period::ofYear(doc->plan().info.year, doc->plan().info.cadence).first();
    c.status = TaskStatus::InProgress;
    c.progress = QStringLiteral("文件计划的报告");
    auto filesKept = [] {
        int n = 0;
        for (QDirIterator it(ReportOutbox::defaultRoot(), QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
            ++n;
        return n;
    };
    const int before = filesKept();
    REQUIRE(doc->addReport(c));
    CHECK(doc->waitingReports().isEmpty());
    CHECK(filesKept() == before);
}

TEST_CASE("A return form taken in while the server is away waits with the typed reports and reaches the server once it is back")
{
    if (!testutil::clusterMayHalt()) {
        WARN("no private PostgreSQL cluster (ANNUALPLAN_PG_DIR): skipped");
        return;
    }
    ServerSample sample(QStringLiteral("回执-"));
    const Id department = sample.doc->plan().tasks.value(sample.task).departmentIds(DepartmentRole::Lead).value(0);
    REQUIRE(department != 0);
    QTemporaryDir dir;
    const QString blank = dir.filePath(QStringLiteral("form.xlsx")), back = dir.filePath(QStringLiteral("back.xlsx"));
    QString error;
    REQUIRE(CollectionForms::writeForm(*sample.doc, department, sample.period, blank, &error));
    // The department fills in its first task: in progress, 55 %.
    REQUIRE(testutil::writeAll(back, testutil::filled(testutil::readAll(blank), [](QString xml) {
                                   xml = testutil::setCell(xml, QStringLiteral("G4"), QStringLiteral("推进中"));
                                   return testutil::setCell(xml, QStringLiteral("H4"), QStringLiteral("55"));
                               })));
    testutil::HaltedCluster halted;
    ReturnedForm form;
    REQUIRE(CollectionForms::readForm(*sample.doc, back, &form, &error));
    const QList<FormChange> changes = CollectionForms::changes(*sample.doc, form, QDate::currentDate());
    REQUIRE(changes.size() >= 1);
    int marksLeft = -1;
    CHECK(CollectionForms::keep(sample.doc.get(), changes, QStringLiteral("back.xlsx"), &marksLeft) == 1);
    CHECK(marksLeft == 0);
    REQUIRE(sample.doc->waitingReports().size() == 1);
    // Taken in again (the clerk unsure it went in): it waits once.
    CHECK(CollectionForms::keep(sample.doc.get(), changes, QStringLiteral("back.xlsx"), &marksLeft) == 1);
    REQUIRE(sample.doc->waitingReports().size() == 1);
    const ProgressReport waiting = sample.doc->waitingReports().first().report;
    CHECK(waiting.percent == 55.0);

    sample.doc.reset();
    halted.resume();
    sample.open();
    CHECK(sample.doc->sendWaitingReports() == 1);
    PlanData plan;
    ReportLog log;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(sample.address), &plan, nullptr, &error, &log));
    CHECK(std::count_if(log.entries.cbegin(), log.entries.cend(), [&](const ProgressReport &c) {
              return c.taskId == waiting.taskId && c.period == waiting.period && c.percent == 55.0;
          })
          == 1);
}

TEST_CASE("A document the window did not give an outbox (the command line's) keeps nothing: its failure is said and run again")
{
    if (!testutil::clusterMayHalt()) {
        WARN("no private PostgreSQL cluster (ANNUALPLAN_PG_DIR): skipped");
        return;
    }
    const QString address = testutil::publishedSample(QStringLiteral("命令行-"));
    QString error;
    auto doc = PlanDocument::open(testutil::planAt(address), PlanDocument::Mode::ReadWrite, &error);
    REQUIRE(doc);
    const Id task = doc->reportableTasks().value(0);
    ProgressReport c;
    c.taskId = task;
    c.period = period::ofYear(doc->plan().info.year, doc->plan().info.cadence).first();
    c.status = TaskStatus::InProgress;
    c.progress = QStringLiteral("命令行的报告");
    testutil::HaltedCluster halted;
    CHECK_FALSE(doc->addReport(c));
    CHECK(doc->lastFailure() == PlanDocument::WriteFailure::ConnectionLost);
    CHECK(doc->waitingReports().isEmpty());
    CHECK(ReportOutbox(testutil::parsedAddress(address)).waiting().isEmpty());
}
