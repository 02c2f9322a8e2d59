// Evidence files (佐证材料) on progress reports: told by their content, refused past their limits,
// kept in the plan file with their report and read back checked, taken and given back by undo,
// carried by copies; on a server (format 12) under the reports' rights and limits, which the
// database holds against raw SQL too; and kept with a report waiting on this computer. The server
// cases run against the private cluster (ANNUALPLAN_TEST_PG).
#include "document/evidenceintake.h"
#include "document/planedits.h"
#include "document/plandocument.h"
#include "document/reportoutbox.h"
#include "document/reportrules.h"
#include "document/serverplans.h"
#include "storage/server/servererror.h"

#include "../support/evidencefiles.h"
#include "../support/serverlogins.h"
#include "../support/testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

using namespace ap;

namespace {

EvidenceFile made(const QString &name, const QByteArray &bytes)
{
    EvidenceFile f;
    QString error;
    INFO(error.toStdString());
    REQUIRE(EvidenceIntake::fromBytes(name, bytes, &f, &error));
    return f;
}

ProgressReport reportOn(Id task, const QList<EvidenceFile> &files, const QString &words = QStringLiteral("已完成现场核查"))
{
    ProgressReport c;
    c.taskId = task;
    c.period = QStringLiteral("2026Q2");
    c.reportDate = QDate(2026, 6, 20);
    c.status = TaskStatus::InProgress;
    c.percent = 40;
    c.progress = words;
    c.evidence = files;
    return c;
}

const ProgressReport *withWords(const ReportLog &log, const QString &words)
{
    for (const ProgressReport &c : log.entries)
        if (c.progress == words)
            return &c;
    return nullptr;
}

QString schemaOf(const QString &address)
{
    const QString plan = QUrl::fromPercentEncoding(address.section(QStringLiteral("?plan="), 1).toUtf8());
    return testutil::psql(QStringLiteral("SELECT schema_name FROM annualplan.plans WHERE name = '%1'").arg(plan));
}

} // namespace

TEST_CASE("An evidence file is told by its content, whatever its name says")
{
    CHECK(EvidenceIntake::kindOf(testutil::jpegBytes(), QStringLiteral("现场.pdf")) == QStringLiteral("jpeg"));
    CHECK(EvidenceIntake::kindOf(testutil::pngBytes(), QStringLiteral("截图")) == QStringLiteral("png"));
    CHECK(EvidenceIntake::kindOf(testutil::pdfBytes(), QStringLiteral("通报.jpg")) == QStringLiteral("pdf"));
    CHECK(EvidenceIntake::kindOf(testutil::packageWith(QStringLiteral("word/document.xml")), QStringLiteral("a.zip"))
          == QStringLiteral("docx"));
    CHECK(EvidenceIntake::kindOf(testutil::packageWith(QStringLiteral("xl/workbook.xml")), QStringLiteral("a"))
          == QStringLiteral("xlsx"));
    CHECK(EvidenceIntake::kindOf(testutil::packageWith(QStringLiteral("OFD.xml")), QStringLiteral("a")) == QStringLiteral("ofd"));
    // An old Office file and its WPS twin have the same bytes: the name tells them apart.
    CHECK(EvidenceIntake::kindOf(testutil::compoundWith("WordDocument"), QStringLiteral("通知.doc")) == QStringLiteral("doc"));
    CHECK(EvidenceIntake::kindOf(testutil::compoundWith("WordDocument"), QStringLiteral("通知.WPS")) == QStringLiteral("wps"));
    CHECK(EvidenceIntake::kindOf(testutil::compoundWith("Workbook"), QStringLiteral("台账.xls")) == QStringLiteral("xls"));
    CHECK(EvidenceIntake::kindOf(testutil::compoundWith("Book"), QStringLiteral("台账.et")) == QStringLiteral("et"));

    // What the plan does not keep, named as if it were: refused, with what may be added.
    EvidenceFile f;
    QString error;
    CHECK_FALSE(EvidenceIntake::fromBytes(QStringLiteral("照片.jpg"), QByteArrayLiteral("MZ\x90\x00 a program"), &f, &error));
    CHECK(error.contains(QStringLiteral("照片.jpg")));
    CHECK(error.contains(QStringLiteral("by its content")));
    CHECK_FALSE(EvidenceIntake::fromBytes(QStringLiteral("归档.zip"), testutil::packageWith(QStringLiteral("readme.txt")), &f, &error));
    CHECK_FALSE(EvidenceIntake::fromBytes(QStringLiteral("x.doc"), testutil::compoundWith("Other"), &f, &error));
    CHECK_FALSE(EvidenceIntake::fromBytes(QStringLiteral("空.pdf"), QByteArray(), &f, &error));
    CHECK(error.contains(QStringLiteral("empty")));
    CHECK_FALSE(EvidenceIntake::fromBytes(QStringLiteral("大.jpg"), testutil::jpegBytes(int(evidence::kMaxFileBytes) + 1), &f, &error));
    CHECK(error.contains(QStringLiteral("larger than")));
    // Exactly at the limit is taken, with its size and checksum.
    const QByteArray most = testutil::jpegBytes(int(evidence::kMaxFileBytes));
    REQUIRE(EvidenceIntake::fromBytes(QStringLiteral("最大.jpg"), most, &f, &error));
    CHECK(f.size == most.size());
    CHECK(f.sha256 == QString::fromLatin1(QCryptographicHash::hash(most, QCryptographicHash::Sha256).toHex()));

    // From the disk: only an ordinary file.
    QTemporaryDir dir;
    CHECK_FALSE(EvidenceIntake::fromFile(dir.path(), &f, &error));
    REQUIRE(testutil::writeAll(dir.filePath(QStringLiteral("整改前后.jpg")), testutil::jpegBytes()));
    REQUIRE(EvidenceIntake::fromFile(dir.filePath(QStringLiteral("整改前后.jpg")), &f, &error));
    CHECK(f.name == QStringLiteral("整改前后.jpg"));
    CHECK(f.kind == QStringLiteral("jpeg"));
}

TEST_CASE("A report's files are held to their limits: how many, the plan's total, and each as it was added")
{
    ReportLog log;
    QString error;
    ProgressReport c = reportOn(100, {made(QStringLiteral("a.jpg"), testutil::jpegBytes())});
    CHECK(ReportRules::admitEvidence(log, c, &error));

    ProgressReport many = reportOn(100, {});
    for (int i = 0; i <= evidence::kMaxFilesPerReport; ++i)
        many.evidence << made(QStringLiteral("%1.jpg").arg(i), testutil::jpegBytes(100 + i));
    CHECK_FALSE(ReportRules::admitEvidence(log, many, &error));
    CHECK(error.contains(QString::number(evidence::kMaxFilesPerReport)));

    // A file changed after it was added (its bytes not its checksum's) is not written.
    ProgressReport changed = c;
    changed.evidence[0].content[20] = 'x';
    CHECK_FALSE(ReportRules::admitEvidence(log, changed, &error));
    CHECK(error.contains(QStringLiteral("a.jpg")));

    // The plan's files together stay under the plan's limit.
    ProgressReport kept = reportOn(100, {});
    kept.id = 7;
    EvidenceFile big;
    big.id = 1;
    big.name = QStringLiteral("旧.pdf");
    big.kind = QStringLiteral("pdf");
    big.size = evidence::kMaxPlanBytes - 1000;
    kept.evidence << big;
    log.entries << kept;
    CHECK_FALSE(ReportRules::admitEvidence(log, c, &error));
    CHECK(error.contains(QStringLiteral("more than a plan keeps")));
    // The same report added again (redo) is not counted twice.
    ProgressReport again = kept;
    again.evidence[0] = made(QStringLiteral("小.jpg"), testutil::jpegBytes(500));
    CHECK(ReportRules::admitEvidence(log, again, &error));
}

TEST_CASE("A report's evidence is kept in the plan file with it, read back checked, and taken and given back by undo")
{
    testutil::DocumentFixture f;
    const QString path = f.doc->filePath();
    const QByteArray photo = testutil::jpegBytes(30000), word = testutil::packageWith(QStringLiteral("word/document.xml"));
    const Id id = edits::addReport(*f.doc, reportOn(f.taskNamed(QStringLiteral("扩大签约覆盖面")), {made(QStringLiteral("现场照片.jpg"), photo),
                                                          made(QStringLiteral("整改报告.docx"), word)}));
    REQUIRE(id);
    const ProgressReport *c = f.doc->reports().byId(id);
    REQUIRE(c);
    REQUIRE(c->evidence.size() == 2);
    CHECK(c->evidence.at(0).id != 0);
    CHECK(c->evidence.at(0).content.isEmpty());   // the log holds details, not bytes
    QByteArray back;
    QString error;
    REQUIRE(f.doc->readEvidence(c->evidence.at(1).id, &back, &error));
    CHECK(back == word);

    // Read again from the file: the same details, the same bytes.
    const QList<EvidenceFile> details = c->evidence;
    f.doc.reset();
    f.doc = PlanDocument::open(path, PlanDocument::Mode::ReadWrite, &error);
    REQUIRE(f.doc);
    c = f.doc->reports().byId(id);
    REQUIRE(c);
    CHECK(c->evidence == details);
    REQUIRE(f.doc->readEvidence(details.at(0).id, &back, &error));
    CHECK(back == photo);

    // Undo takes the report and its files; redo gives both back.
    REQUIRE(edits::addReport(*f.doc, reportOn(f.taskNamed(QStringLiteral("健康档案更新")), {made(QStringLiteral("签到表.pdf"), testutil::pdfBytes())},
                                              QStringLiteral("第二份"))));
    const ProgressReport second = *withWords(f.doc->reports(), QStringLiteral("第二份"));
    f.doc->undoStack()->undo();
    CHECK_FALSE(withWords(f.doc->reports(), QStringLiteral("第二份")));
    CHECK_FALSE(f.doc->readEvidence(second.evidence.at(0).id, &back, &error));
    f.doc->undoStack()->redo();
    REQUIRE(withWords(f.doc->reports(), QStringLiteral("第二份")));
    REQUIRE(f.doc->readEvidence(second.evidence.at(0).id, &back, &error));
    CHECK(back == testutil::pdfBytes());

    // A copy of the plan carries them.
    QString report;
    const QString copy = QFileInfo(path).absolutePath() + QStringLiteral("/副本.aplan");
    REQUIRE(PlanDocument::makeCleanCopy(path, copy, &report, &error));
    CHECK(report.contains(QStringLiteral("evidence files: 3")));
    auto copied = PlanDocument::open(copy, PlanDocument::Mode::ReadOnly, &error);
    REQUIRE(copied);
    REQUIRE(copied->reports().byId(id));
    REQUIRE(copied->readEvidence(copied->reports().byId(id)->evidence.at(0).id, &back, &error));
    CHECK(back == photo);
}

TEST_CASE("A task or section removed with reports that carry evidence comes back whole with undo, files and all")
{
    testutil::DocumentFixture f;
    const QByteArray photo = testutil::jpegBytes(12000), scan = testutil::pdfBytes();
    const Id task = f.taskNamed(QStringLiteral("扩大签约覆盖面"));
    const Id id = edits::addReport(*f.doc, reportOn(task, {made(QStringLiteral("现场.jpg"), photo), made(QStringLiteral("签到表.pdf"), scan)}));
    REQUIRE(id);
    const QList<EvidenceFile> files = f.doc->reports().byId(id)->evidence;
    auto wholeAgain = [&] {
        const ProgressReport *back = f.doc->reports().byId(id);
        REQUIRE(back);
        CHECK(back->evidence == files);
        QByteArray bytes;
        QString error;
        REQUIRE(f.doc->readEvidence(files.at(0).id, &bytes, &error));
        CHECK(bytes == photo);
        REQUIRE(f.doc->readEvidence(files.at(1).id, &bytes, &error));
        CHECK(bytes == scan);
        CHECK(back->evidence.at(0).content.isEmpty());   // the log holds no bytes again
    };
    REQUIRE(edits::removeTask(*f.doc, task));
    CHECK_FALSE(f.doc->reports().byId(id));
    f.doc->undoStack()->undo();
    REQUIRE(f.plan().tasks.contains(task));
    wholeAgain();
    // Its section (with the task in it), and back.
    const Id section = f.plan().taskSection.value(task);
    REQUIRE(edits::removeSection(*f.doc, section));
    CHECK_FALSE(f.plan().tasks.contains(task));
    f.doc->undoStack()->undo();
    REQUIRE(f.plan().tasks.contains(task));
    wholeAgain();
    // Redo and undo once more: the same.
    f.doc->undoStack()->redo();
    f.doc->undoStack()->undo();
    wholeAgain();
}

TEST_CASE("An evidence file changed in the plan file behind the program's back is refused, never opened")
{
    testutil::DocumentFixture f;
    const QString path = f.doc->filePath();
    const Id id = edits::addReport(*f.doc, reportOn(f.taskNamed(QStringLiteral("扩大签约覆盖面")), {made(QStringLiteral("照片.jpg"), testutil::jpegBytes())}));
    REQUIRE(id);
    const Id file = f.doc->reports().byId(id)->evidence.at(0).id;
    f.doc.reset();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("behind"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("UPDATE evidence SET content = X'FFD8FF00' WHERE id = %1").arg(file)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("behind"));
    QString error;
    f.doc = PlanDocument::open(path, PlanDocument::Mode::ReadWrite, &error);
    REQUIRE(f.doc);
    QByteArray back;
    CHECK_FALSE(f.doc->readEvidence(file, &back, &error));
    CHECK(error.contains(QStringLiteral("damaged")));
    CHECK(back.isEmpty());
}

TEST_CASE("A report waiting on this computer keeps its evidence files beside it, checked when it is sent")
{
    QTemporaryDir root;
    ServerAddress a;
    a.user = QStringLiteral("jc_rep");
    a.host = QStringLiteral("localhost");
    a.database = QStringLiteral("bureau");
    a.plan = QStringLiteral("计划");
    ReportOutbox outbox(a, root.path());
    WaitingReport w;
    w.report = reportOn(42, {made(QStringLiteral("照片.jpg"), testutil::jpegBytes(5000)),
                             made(QStringLiteral("台账.xlsx"), testutil::packageWith(QStringLiteral("xl/workbook.xml")))});
    QString error;
    REQUIRE(outbox.keep(w, &error));
    CHECK(QDir(outbox.folder()).entryList(QDir::Files).size() == 3);
    QList<WaitingReport> back = outbox.waiting();
    REQUIRE(back.size() == 1);
    CHECK(back.first().report.evidence == w.report.evidence);
    CHECK(back.first().report.evidence.at(0).content.isEmpty());
    REQUIRE(outbox.readEvidence(back.first(), &error));
    CHECK(back.first().report.evidence.at(0).content == w.report.evidence.at(0).content);
    CHECK(back.first().report.evidence.at(1).content == w.report.evidence.at(1).content);

    // A file changed on the disk is said, not sent.
    QList<WaitingReport> again = outbox.waiting();
    const QString file = outbox.folder() + QLatin1Char('/') + w.key + QStringLiteral(".0.evidence");
    QByteArray bytes = testutil::readAll(file);
    bytes[100] = 'X';
    REQUIRE(testutil::writeAll(file, bytes));
    CHECK_FALSE(outbox.readEvidence(again.first(), &error));
    CHECK(error.contains(QStringLiteral("照片.jpg")));

    // Confirmed: the entry and its files go.
    CHECK(outbox.remove(w.key));
    CHECK(QDir(outbox.folder()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("On a server a report's evidence is published, added by its reporter, read by members and copied back")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    testutil::DocumentFixture f;
    const QString file = f.doc->filePath();
    const QByteArray photo = testutil::jpegBytes(200000);
    REQUIRE(edits::addReport(*f.doc, reportOn(f.taskNamed(QStringLiteral("扩大签约覆盖面")), {made(QStringLiteral("发布前.jpg"), photo)}, QStringLiteral("发布前的报告"))));
    f.doc.reset();
    const QString plan = testutil::uniquePlanName(QStringLiteral("佐证-"));
    const QString address = testutil::serverPlanAddress(plan);
    QString error;
    REQUIRE(ServerPlans::publish(file, testutil::parsedAddress(address), false, &error));

    // A reporter of 区卫健委 (the lead of 扩大签约覆盖面) reports with a file of its own.
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString login = QStringLiteral("ev_") + tag, password = QStringLiteral("pw-") + tag;
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), login, QStringLiteral("reporter"), QStringLiteral("区卫健委"),
                               password, &error));
    const QByteArray scan = testutil::pdfBytes();
    {
        testutil::AsLogin as(password);
        auto reporter = PlanDocument::open(testutil::planAt(testutil::addressAs(login, plan)), PlanDocument::Mode::ReadWrite, &error);
        INFO(error.toStdString());
        REQUIRE(reporter);
        const ProgressReport *published = withWords(reporter->reports(), QStringLiteral("发布前的报告"));
        REQUIRE(published);
        QByteArray back;
        REQUIRE(reporter->readEvidence(published->evidence.at(0).id, &back, &error));
        CHECK(back == photo);
        Id task = 0;
        for (const Task &t : reporter->plan().tasks)
            if (t.title == QStringLiteral("扩大签约覆盖面"))
                task = t.id;
        ProgressReport mine = reportOn(task, {made(QStringLiteral("签约现场.pdf"), scan)}, QStringLiteral("上报的报告"));
        mine.departmentId = 0;
        mine.period = QStringLiteral("2026Q3");
        INFO(reporter->lastError().toStdString());
        REQUIRE(reporter->addReport(mine));
    }
    // The owner's window reads it, and a copy back to a file carries both files.
    PlanData onServer;
    ReportLog log;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &onServer, nullptr, &error, &log));
    const ProgressReport *theirs = withWords(log, QStringLiteral("上报的报告"));
    REQUIRE(theirs);
    REQUIRE(theirs->evidence.size() == 1);
    CHECK(theirs->evidence.at(0).name == QStringLiteral("签约现场.pdf"));
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("下载.aplan"));
    REQUIRE(ServerPlans::copy(testutil::parsedAddress(address), copy, &error));
    auto copied = PlanDocument::open(copy, PlanDocument::Mode::ReadOnly, &error);
    REQUIRE(copied);
    const ProgressReport *inCopy = withWords(copied->reports(), QStringLiteral("上报的报告"));
    REQUIRE(inCopy);
    QByteArray back;
    REQUIRE(copied->readEvidence(inCopy->evidence.at(0).id, &back, &error));
    CHECK(back == scan);
}

TEST_CASE("The server holds evidence to the reports' rights and the limits against raw SQL")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    testutil::DocumentFixture f;
    const QString file = f.doc->filePath();
    ProgressReport theirs = reportOn(f.taskNamed(QStringLiteral("扩大签约覆盖面")), {}, QStringLiteral("区卫健委的报告"));
    theirs.departmentId = f.plan().departmentByName(QStringLiteral("区卫健委"))->id;
    const Id first = edits::addReport(*f.doc, theirs);
    INFO(f.doc->lastError().toStdString());
    REQUIRE(first);
    f.doc.reset();
    const QString plan = testutil::uniquePlanName(QStringLiteral("佐证边界-"));
    const QString address = testutil::serverPlanAddress(plan);
    QString error;
    REQUIRE(ServerPlans::publish(file, testutil::parsedAddress(address), false, &error));
    const QString schema = schemaOf(address);
    const QString database = testutil::testDatabase().section(u'/', -1);
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString login = QStringLiteral("evb_") + tag, password = QStringLiteral("pw-") + tag;
    // A reporter of another department (区医保局), who has a report of its own to put files on.
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), login, QStringLiteral("reporter"), QStringLiteral("区医保局"),
                               password, &error));
    const QString others = testutil::psql(QStringLiteral("SELECT id FROM \"%1\".checkin WHERE progress = '区卫健委的报告'").arg(schema));
    REQUIRE_FALSE(others.isEmpty());
    const QString task = testutil::psql(QStringLiteral("SELECT id FROM \"%1\".task WHERE title = '病历质量督查'").arg(schema));
    const testutil::Psql own = testutil::psqlAs(
        login, password, database, schema,
        QStringLiteral("INSERT INTO checkin (task_id, period, entered_at, status, department_id) "
                       "VALUES (%1, '2026Q3', '2026-09-01T00:00:00Z', 'in_progress', "
                       "(SELECT id FROM department WHERE name = '区医保局')) RETURNING id")
            .arg(task));
    INFO(own.err.toStdString());
    REQUIRE(own.exitCode == 0);
    const QString mine = own.out.trimmed().section(u'\n', 0, 0).trimmed();
    REQUIRE_FALSE(mine.isEmpty());

    const QByteArray jpeg = testutil::jpegBytes(64);
    auto insert = [&](const QString &report, const QString &kind, const QByteArray &bytes, qint64 size = -1) {
        return QStringLiteral("INSERT INTO evidence (checkin_id, position, name, kind, size, sha256, content) "
                              "VALUES (%1, 0, 'f', '%2', %3, '%4', '\\x%5'::bytea);")
            .arg(report, kind)
            .arg(size < 0 ? bytes.size() : size)
            .arg(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 QString::fromLatin1(bytes.toHex()));
    };
    auto asReporter = [&](const QString &sql) { return testutil::psqlAs(login, password, database, schema, sql); };

    // On its own report: taken.
    const testutil::Psql taken = asReporter(insert(mine, QStringLiteral("jpeg"), jpeg));
    INFO(taken.err.toStdString());
    CHECK(taken.exitCode == 0);
    // On another department's report: refused by the database.
    const testutil::Psql refused = asReporter(insert(others, QStringLiteral("jpeg"), jpeg));
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("row-level security")));
    // A kind its bytes are not, a size that is not its bytes', more than a file may be.
    CHECK(asReporter(insert(mine, QStringLiteral("pdf"), jpeg)).err.contains(QStringLiteral("evidence_kind_is_content")));
    CHECK(asReporter(insert(mine, QStringLiteral("jpeg"), jpeg, 10)).err.contains(QStringLiteral("evidence_size_is_content")));
    // Never changed once written, by anyone: not even the cluster's administrator, whom no grant stops.
    CHECK(asReporter(QStringLiteral("UPDATE evidence SET name = 'g'")).exitCode != 0);
    CHECK(asReporter(QStringLiteral("DELETE FROM evidence")).exitCode != 0);
    const testutil::Psql changed = testutil::psqlAs(testutil::parsedAddress(testutil::testDatabase() + QStringLiteral("?plan=x")).user,
                                                    qEnvironmentVariable("PGPASSWORD"), database, schema,
                                                    QStringLiteral("UPDATE evidence SET name = 'g'"));
    CHECK(changed.exitCode != 0);
    CHECK(changed.err.contains(QStringLiteral("never changed")));
    // Written only in READ COMMITTED, where each count sees the others' files.
    CHECK(asReporter(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ; ") + insert(mine, QStringLiteral("jpeg"), testutil::jpegBytes(70))
                     + QStringLiteral(" COMMIT;"))
              .err.contains(QStringLiteral("READ COMMITTED")));
    // A viewer adds none.
    const QString viewer = QStringLiteral("evv_") + tag, viewerPassword = QStringLiteral("pv-") + tag;
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), viewer, QStringLiteral("viewer"), QString(), viewerPassword, &error));
    CHECK(testutil::psqlAs(viewer, viewerPassword, database, schema, insert(mine, QStringLiteral("jpeg"), testutil::jpegBytes(71)))
              .err.contains(QStringLiteral("permission denied")));
    CHECK(testutil::psql(QStringLiteral("SELECT count(*) FROM \"%1\".evidence").arg(schema)) == QStringLiteral("1"));
    // No report carries more than the limit: the database says so in its own code (54000),
    // which the program tells in Chinese as a limit reached.
    QString many;
    for (int i = 1; i < evidence::kMaxFilesPerReport; ++i)
        many += insert(mine, QStringLiteral("jpeg"), testutil::jpegBytes(64 + i));
    CHECK(asReporter(many).exitCode == 0);
    const testutil::Psql past = asReporter(insert(mine, QStringLiteral("jpeg"), testutil::jpegBytes(200)));
    CHECK(past.exitCode != 0);
    CHECK(past.err.contains(QStringLiteral("at most %1 evidence files").arg(evidence::kMaxFilesPerReport)));
    QString state = insert(mine, QStringLiteral("jpeg"), testutil::jpegBytes(300));
    state.chop(1);
    const testutil::Psql code = asReporter(QStringLiteral("DO $$ BEGIN %1; SET CONSTRAINTS ALL IMMEDIATE; EXCEPTION WHEN program_limit_exceeded THEN "
                                                          "RAISE NOTICE 'refused with %', SQLSTATE; END $$")
                                               .arg(state));
    INFO(code.out.toStdString() + code.err.toStdString());
    CHECK(code.err.contains(QStringLiteral("refused with 54000")));
    CHECK(ServerError::kindOf(QStringLiteral("54000"), past.err) == ServerError::Kind::LimitReached);
    // PostgreSQL's own limits (54000 too) are not told as the plan's.
    CHECK(ServerError::kindOf(QStringLiteral("54000"), QStringLiteral("index row size 3000 exceeds maximum"))
          != ServerError::Kind::LimitReached);
    // A locked period takes no more of a reporter's files, even on a report of its own.
    testutil::psql(QStringLiteral("INSERT INTO \"%1\".period_lock (period, locked, changed_at) VALUES ('2026Q3', 1, "
                                  "'2026-10-01T00:00:00Z')")
                       .arg(schema));
    CHECK(asReporter(insert(mine, QStringLiteral("jpeg"), testutil::jpegBytes(72))).err.contains(QStringLiteral("is locked")));
}

TEST_CASE("Two writers adding files to one report at once cannot both pass its limit: the one that commits second is refused")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    testutil::DocumentFixture f;
    const QString file = f.doc->filePath();
    REQUIRE(edits::addReport(*f.doc, reportOn(f.taskNamed(QStringLiteral("扩大签约覆盖面")), {}, QStringLiteral("两人同时"))));
    f.doc.reset();
    const QString address = testutil::serverPlanAddress(testutil::uniquePlanName(QStringLiteral("佐证并发-")));
    QString error;
    REQUIRE(ServerPlans::publish(file, testutil::parsedAddress(address), false, &error));
    const QString schema = schemaOf(address);
    const QString database = testutil::testDatabase().section(u'/', -1);
    const QString report = testutil::psql(QStringLiteral("SELECT id FROM \"%1\".checkin WHERE progress = '两人同时'").arg(schema));
    REQUIRE_FALSE(report.isEmpty());
    int n = 0;
    auto files = [&](int count) {
        QString sql;
        for (int i = 0; i < count; ++i) {
            const QByteArray bytes = testutil::jpegBytes(100 + ++n);
            sql += QStringLiteral("INSERT INTO evidence (checkin_id, position, name, kind, size, sha256, content) "
                                  "VALUES (%1, %2, 'f', 'jpeg', %3, '%4', '\\x%5'::bytea);")
                       .arg(report)
                       .arg(n)
                       .arg(bytes.size())
                       .arg(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                            QString::fromLatin1(bytes.toHex()));
        }
        return sql;
    };
    // The cluster's administrator, who published the plan (its owner).
    const QString owner = testutil::parsedAddress(testutil::testDatabase() + QStringLiteral("?plan=x")).user;
    const QString password = qEnvironmentVariable("PGPASSWORD");
    REQUIRE(testutil::psqlAs(owner, password, database, schema, files(5)).exitCode == 0);
    // The first writer's 8 are in its open transaction; the second adds 8 and commits meanwhile
    // (5 + 8: within the limit); the first commits then, and 5 + 8 + 8 is past it.
    QProcess first;
    testutil::startPsqlAs(first, owner, password, database, schema);
    first.write((QStringLiteral("BEGIN;") + files(8) + QStringLiteral("SELECT 'ready';\n")).toUtf8());
    QByteArray said;
    while (!said.contains("ready") && first.state() == QProcess::Running && first.waitForReadyRead(-1))
        said += first.readAllStandardOutput();
    REQUIRE(said.contains("ready"));
    const testutil::Psql second = testutil::psqlAs(owner, password, database, schema, QStringLiteral("BEGIN;") + files(8) + QStringLiteral("COMMIT;"));
    INFO(second.err.toStdString());
    CHECK(second.exitCode == 0);
    first.write("COMMIT;\n");
    first.closeWriteChannel();
    const testutil::Psql late = testutil::finished(first);
    CHECK(late.exitCode != 0);
    CHECK(late.err.contains(QStringLiteral("at most %1 evidence files").arg(evidence::kMaxFilesPerReport)));
    CHECK(testutil::psql(QStringLiteral("SELECT count(*) FROM \"%1\".evidence WHERE checkin_id = %2").arg(schema, report))
          == QStringLiteral("13"));
}

TEST_CASE("On a server, a task removed with a report that carries evidence comes back whole with undo")
{
    testutil::DocumentFixture f{testutil::DocumentFixture::OnServer()};
    if (!f.doc) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QByteArray photo = testutil::jpegBytes(9000);
    const Id task = f.taskNamed(QStringLiteral("扩大签约覆盖面"));
    const Id id = edits::addReport(*f.doc, reportOn(task, {made(QStringLiteral("服务器上的照片.jpg"), photo)}));
    INFO(f.doc->lastError().toStdString());
    REQUIRE(id);
    const EvidenceFile kept = f.doc->reports().byId(id)->evidence.first();
    REQUIRE(edits::removeTask(*f.doc, task));
    f.doc->undoStack()->undo();
    INFO(f.doc->lastError().toStdString());
    REQUIRE(f.plan().tasks.contains(task));
    REQUIRE(f.doc->reports().byId(id));
    QByteArray back;
    QString error;
    REQUIRE(f.doc->readEvidence(kept.id, &back, &error));
    CHECK(back == photo);
}
