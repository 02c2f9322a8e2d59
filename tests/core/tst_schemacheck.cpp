// A plan file is untrusted input: only our schema runs in it. Each case adds to a valid plan file
// what another tool could (a trigger on any table, a view, an index on an expression, a virtual
// table, an extra column, a changed CHECK or DEFAULT) and asserts that the file is refused before
// anything reads or writes it, by the core, the command line's report and its info, with its bytes
// unchanged; that a clean copy keeps every row of ours and nothing else; and that the connection
// itself never runs what a file carries (defence in depth behind the check).
#include "document/plandocument.h"
#include "storage/file/cleancopy.h"
#include "storage/file/planstore.h"
#include "storage/file/schemacheck.h"
#include "storage/file/sqliteconnection.h"

#include "../support/planfiletamper.h"
#include "../support/testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThreadPool>

using namespace ap;
using testutil::runCli;
using testutil::tamper;

namespace {

QString uidOf(const QString &path)
{
    QString uid;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("uid"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE((q.exec(QStringLiteral("SELECT uid FROM plan")) && q.next()));
        uid = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("uid"));
    return uid;
}

// A definition of ours rewritten in place, as only a tool that edits the schema's text can.
QStringList rewriteDefinition(const QString &name, const QString &from, const QString &to)
{
    return {QStringLiteral("PRAGMA writable_schema = ON"),
            QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, '%1', '%2') WHERE name = '%3'")
                .arg(QString(from).replace(QLatin1Char('\''), QStringLiteral("''")),
                     QString(to).replace(QLatin1Char('\''), QStringLiteral("''")), name),
            QStringLiteral("PRAGMA writable_schema = OFF")};
}

// A small plan with one progress report, as the command line records it.
struct ReportedPlan
{
    QTemporaryDir dir;
    QString path;
    Id task = 0;
    PlanData plan;
    ReportLog reports;

    ReportedPlan()
    {
        path = testutil::smallPlanFile(dir);
        QString error;
        {
            auto doc = PlanDocument::open(path, PlanDocument::Mode::ReadOnly, &error);
            REQUIRE(doc);
            task = doc->plan().tasks.cbegin().key();
        }
        REQUIRE(task != 0);
        const testutil::CliResult r = runCli({QStringLiteral("checkin"), path, QStringLiteral("--task"), QString::number(task),
                                              QStringLiteral("--period"), QStringLiteral("2026Q1"), QStringLiteral("--percent"),
                                              QStringLiteral("30")});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        auto doc = PlanDocument::open(path, PlanDocument::Mode::ReadOnly, &error);
        REQUIRE(doc);
        plan = doc->plan();
        reports = doc->reports();
        REQUIRE(reports.entries.size() == 1);
    }
};

struct Tampering
{
    const char *what;
    QStringList statements;
    QString named;   // what the refusal and the clean copy's report name
};

QList<Tampering> foreignObjects()
{
    QList<Tampering> out;
    const QStringList tables = {QStringLiteral("plan"), QStringLiteral("department"), QStringLiteral("section"),
                                QStringLiteral("task"), QStringLiteral("target"), QStringLiteral("task_department"),
                                QStringLiteral("checkin"), QStringLiteral("checkin_value"), QStringLiteral("period_lock"),
                                QStringLiteral("target_step")};
    for (const QString &t : tables)
        out << Tampering{"a trigger",
                         {QStringLiteral("CREATE TRIGGER sneak_%1 AFTER INSERT ON %1 BEGIN DELETE FROM task_department; "
                                         "UPDATE plan SET title = 'renamed'; END").arg(t)},
                         QStringLiteral("sneak_%1").arg(t)};
    out << Tampering{"a trigger before an update",
                     {QStringLiteral("CREATE TRIGGER quiet BEFORE UPDATE ON task BEGIN SELECT 1; END")}, QStringLiteral("quiet")}
        << Tampering{"a view", {QStringLiteral("CREATE VIEW overview AS SELECT title FROM task")}, QStringLiteral("overview")}
        << Tampering{"an index on an expression", {QStringLiteral("CREATE INDEX title_length ON task(length(title))")},
                     QStringLiteral("title_length")}
        << Tampering{"a table of another program", {QStringLiteral("CREATE TABLE notes (x)")}, QStringLiteral("notes")}
        << Tampering{"a virtual table", {QStringLiteral("CREATE VIRTUAL TABLE finder USING fts5(title)")}, QStringLiteral("finder")}
        << Tampering{"an extra column", {QStringLiteral("ALTER TABLE task ADD COLUMN extra TEXT")}, QStringLiteral("extra")}
        << Tampering{"a changed CHECK",
                     rewriteDefinition(QStringLiteral("target"), QStringLiteral("CHECK (op IN ('>=','<=','=','>','<'))"),
                                       QStringLiteral("CHECK (1)")),
                     QStringLiteral("target")}
        << Tampering{"a changed DEFAULT",
                     rewriteDefinition(QStringLiteral("plan"), QStringLiteral("DEFAULT 'quarterly'"),
                                       QStringLiteral("DEFAULT 'monthly'")),
                     QStringLiteral("plan")};
    return out;
}

} // namespace

TEST_CASE("The schema made on another thread as a window starts is the one the first open checks a file against")
{
    // First in this file, so that no check before it made the schema: this process's first is
    // made on the pool's thread, before any open.
    CHECK_FALSE(sqlite::SchemaCheck::isMade(kSchemaVersion));
    PlanDocument::prepareToOpen();
    QThreadPool::globalInstance()->waitForDone();
    CHECK(sqlite::SchemaCheck::isMade(kSchemaVersion));
    QTemporaryDir dir;
    const QString path = testutil::smallPlanFile(dir);
    QString error;
    StoreError code = StoreError::None;
    CHECK(PlanStore::open(path, PlanStore::Mode::ReadWrite, &error, &code));
    INFO(error.toStdString());
    CHECK(code == StoreError::None);
    CHECK(sqlite::SchemaCheck::expected(kSchemaVersion).size() > 20);
}

TEST_CASE("A plan file holding anything that is not ours is refused before any read or write, and left as it was")
{
    for (const Tampering &t : foreignObjects()) {
        DYNAMIC_SECTION(t.what << " " << t.named.toStdString())
        {
            ReportedPlan p;
            tamper(p.path, t.statements);
            const QByteArray bytes = testutil::sha256(p.path);
            const QStringList files = testutil::listing(p.dir.path());

            for (PlanStore::Mode mode : {PlanStore::Mode::ReadWrite, PlanStore::Mode::ReadOnly}) {
                QString error;
                StoreError code = StoreError::None;
                CHECK(!PlanStore::open(p.path, mode, &error, &code));
                CHECK(code == StoreError::Foreign);
                CHECK(error.contains(t.named));
            }
            // The command line's report and info: refused in Chinese, the way to a clean copy named.
            const testutil::CliResult report = runCli({QStringLiteral("checkin"), p.path, QStringLiteral("--task"),
                                                       QString::number(p.task), QStringLiteral("--period"),
                                                       QStringLiteral("2026Q2"), QStringLiteral("--percent"),
                                                       QStringLiteral("60")},
                                                      "zh_CN.UTF-8");
            INFO(report.err.toStdString());
            CHECK(report.code == 2);
            CHECK(report.err.contains(QStringLiteral("不属于")));
            CHECK(report.err.contains(QStringLiteral("annualplan clean-copy")));
            CHECK(runCli({QStringLiteral("info"), p.path}).code == 2);
            CHECK(testutil::sha256(p.path) == bytes);
            CHECK(testutil::listing(p.dir.path()) == files);
        }
    }
}

TEST_CASE("A clean copy keeps every row of the plan and its reports, leaves behind what is not ours, and opens")
{
    for (const Tampering &t : foreignObjects()) {
        DYNAMIC_SECTION(t.what << " " << t.named.toStdString())
        {
            ReportedPlan p;
            tamper(p.path, t.statements);
            const QByteArray bytes = testutil::sha256(p.path);
            const QString copy = p.dir.filePath(QStringLiteral("clean.aplan"));
            CleanCopyReport report;
            QString error;
            REQUIRE(CleanCopy::make(p.path, copy, &report, &error));
            CHECK(testutil::sha256(p.path) == bytes);
            CHECK(report.text().contains(t.named));
            CHECK(report.version == kSchemaVersion);

            auto doc = PlanDocument::open(copy, PlanDocument::Mode::ReadWrite, &error);
            INFO(error.toStdString());
            REQUIRE(doc);
            std::string why;
            CHECK(testutil::samePlan(doc->plan(), p.plan, &why));
            INFO(why);
            CHECK(doc->reports().entries == p.reports.entries);
            CHECK(uidOf(copy) == uidOf(p.path));
            doc.reset();
            // The next report goes into the copy and changes nothing else.
            const testutil::CliResult r = runCli({QStringLiteral("checkin"), copy, QStringLiteral("--task"),
                                                  QString::number(p.task), QStringLiteral("--period"),
                                                  QStringLiteral("2026Q2"), QStringLiteral("--percent"), QStringLiteral("60")});
            INFO(r.err.toStdString());
            CHECK(r.code == 0);
            doc = PlanDocument::open(copy, PlanDocument::Mode::ReadOnly, &error);
            REQUIRE(doc);
            CHECK(doc->plan().info.title == p.plan.info.title);
            CHECK(doc->plan().tasks.value(p.task).assignments == p.plan.tasks.value(p.task).assignments);
            CHECK(doc->reports().entries.size() == 2);
        }
    }
}

TEST_CASE("The command line makes a clean copy, says what it left behind, and never writes over a file")
{
    ReportedPlan p;
    tamper(p.path, {QStringLiteral("CREATE TRIGGER sneak AFTER INSERT ON checkin BEGIN DELETE FROM task_department; END")});
    const QString copy = p.dir.filePath(QStringLiteral("clean.aplan"));
    testutil::CliResult r = runCli({QStringLiteral("clean-copy"), p.path, QStringLiteral("-o"), copy}, "zh_CN.UTF-8");
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("sneak")));
    CHECK(runCli({QStringLiteral("info"), copy}).code == 0);
    const QByteArray made = testutil::sha256(copy);
    r = runCli({QStringLiteral("clean-copy"), p.path, QStringLiteral("-o"), copy});
    CHECK(r.code == 2);
    CHECK(testutil::sha256(copy) == made);
}

TEST_CASE("No clean copy is made of a file that lost a column of ours, and it says which")
{
    ReportedPlan p;
    tamper(p.path, {QStringLiteral("ALTER TABLE task DROP COLUMN notes")});
    QString error;
    CleanCopyReport report;
    const QString copy = p.dir.filePath(QStringLiteral("clean.aplan"));
    CHECK_FALSE(CleanCopy::make(p.path, copy, &report, &error));
    CHECK(error.contains(QStringLiteral("notes")));
    CHECK_FALSE(QFileInfo::exists(copy));
}

TEST_CASE("A plan file missing one of our indexes is damaged, not foreign, and no clean copy is offered for it")
{
    ReportedPlan p;
    tamper(p.path, {QStringLiteral("DROP INDEX task_section")});
    QString error;
    StoreError code = StoreError::None;
    CHECK(!PlanStore::open(p.path, PlanStore::Mode::ReadOnly, &error, &code));
    CHECK(code == StoreError::Damaged);
    CHECK(error.contains(QStringLiteral("task_section")));
}

TEST_CASE("The schema a version defines is what our migrations make, and a plan we write has exactly it")
{
    QTemporaryDir dir;
    const QString path = testutil::smallPlanFile(dir);
    sqlite::TemporaryConnection connection(path, true);
    REQUIRE(connection.isOpen());
    QSqlDatabase db = connection.db();
    bool ok = false;
    const sqlite::SchemaDifference d = sqlite::SchemaCheck::compare(db, kSchemaVersion, &ok);
    CHECK(ok);
    CHECK(d.isEmpty());
    CHECK(d.extraColumns.isEmpty());
    // Every version has its tables, and a later version never has fewer objects.
    for (int v = 1; v < kSchemaVersion; ++v)
        CHECK(sqlite::SchemaCheck::expected(v).size() <= sqlite::SchemaCheck::expected(v + 1).size());
    CHECK(sqlite::SchemaCheck::tables(1).size() == 6);
}

TEST_CASE("A connection to a plan file never runs a trigger or view the file carries, and is set as SQLite advises")
{
    QTemporaryDir dir;
    const QString path = testutil::smallPlanFile(dir);
    tamper(path, {QStringLiteral("CREATE TRIGGER sneak AFTER INSERT ON department BEGIN UPDATE plan SET title = 'renamed'; END"),
                  QStringLiteral("CREATE VIEW overview AS SELECT title FROM plan")});
    sqlite::TemporaryConnection connection(path, false);
    REQUIRE(connection.isOpen());
    QSqlDatabase db = connection.db();
    QSqlQuery q(db);
    CHECK(sqlite::scalar(db, QStringLiteral("PRAGMA trusted_schema")).toInt() == 0);
    CHECK(sqlite::scalar(db, QStringLiteral("PRAGMA cell_size_check")).toInt() == 1);
    CHECK(sqlite::scalar(db, QStringLiteral("PRAGMA mmap_size")).toInt() == 0);
    REQUIRE(q.exec(QStringLiteral("INSERT INTO department (name, position) VALUES ('新部门', 9)")));
    CHECK(sqlite::scalar(db, QStringLiteral("SELECT title FROM plan")).toString() != QStringLiteral("renamed"));
    CHECK(!q.exec(QStringLiteral("SELECT * FROM overview")));
    // The schema's text cannot be written behind SQLite's back (defensive mode).
    q.exec(QStringLiteral("PRAGMA writable_schema = ON"));
    CHECK(!q.exec(QStringLiteral("UPDATE sqlite_master SET sql = sql WHERE name = 'plan'")));
    // A value past any plan's size is refused, not read.
    const bool made = q.exec(QStringLiteral("SELECT length(randomblob(5000000))")) && q.next();
    CHECK_FALSE(made);
    CHECK(sqlite::scalar(db, QStringLiteral("SELECT length(randomblob(4000000))")).toInt() == 4000000);
}
