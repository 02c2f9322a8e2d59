// The adversarial suite: what a careless or unlucky command line does to a plan. Outputs aimed
// at plan files, second names of a plan (symbolic and hard links) to get round its lock, readers
// while a writer commits, readers after a writer was killed. Each case asserts on the plan's own
// bytes afterwards. ANNUALPLAN_ADVERSARIAL_ROUNDS sets how long the timing cases run (long mode:
// scripts/faults-long.sh).
#include "document/plandocument.h"
#include "storage/file/planstore.h"
#include "storage/file/sqlitefile.h"

#include "../support/formfill.h"
#include "../support/testutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace ap;
using testutil::runCli;

namespace {

int rounds(int shortMode)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("ANNUALPLAN_ADVERSARIAL_ROUNDS", &ok);
    return ok && n > 0 ? n : shortMode;
}

QString makePlan(const QString &path)
{
    const PlanData content = testutil::smallPlan();
    QString error;
    INFO(error.toStdString());
    REQUIRE(PlanStore::create(path, content.info, &error, nullptr, &content));
    return path;
}

// The folder's names and every file's digest: what "nothing changed" means for a folder.
QStringList snapshot(const QString &dir)
{
    QStringList out;
    for (const QString &name : testutil::listing(dir))
        out << name + QLatin1Char(' ') + QString::fromLatin1(testutil::sha256(QDir(dir).filePath(name)));
    return out;
}

// A process that holds a plan open for writing until it is told to stop.
struct Holder
{
    QProcess process;
    explicit Holder(const QString &path)
    {
        process.start(QStringLiteral(ANNUALPLAN_CRASH_CHILD), {QStringLiteral("hold"), path});
        REQUIRE(process.waitForReadyRead(10000));
        const QByteArray line = process.readLine().trimmed();
        INFO(line.toStdString());
        REQUIRE(line == "holding");
    }
    ~Holder()
    {
        process.closeWriteChannel();
        process.waitForFinished(10000);
    }
};

// Whether SQLite has written the journal's header (its magic number), which it does only when it
// is about to overwrite pages of the database itself: from then on the journal is hot if its
// writer dies.
bool journalHeaderWritten(const QString &journal)
{
    static const QByteArray magic = QByteArray::fromHex("d9d505f920a163d7");
    QFile f(journal);
    return f.open(QIODevice::ReadOnly) && f.read(magic.size()) == magic;
}

} // namespace

TEST_CASE("No export or report replaces a plan file, whatever its name, with --force or without")
{
    QTemporaryDir dir;
    const QString plan = makePlan(dir.filePath(QStringLiteral("plan.aplan")));
    // A second plan file named like an output, a symbolic and a hard link to the plan, and a
    // plan that another process has open for editing.
    const QString disguised = makePlan(dir.filePath(QStringLiteral("draft.pdf")));
    REQUIRE(QFile::link(plan, dir.filePath(QStringLiteral("link.docx"))));
    REQUIRE(::link(QFile::encodeName(plan).constData(), QFile::encodeName(dir.filePath(QStringLiteral("hard.csv"))).constData()) == 0);
    const QString held = makePlan(dir.filePath(QStringLiteral("held.xlsx")));
    Holder holder(held);

    const QStringList targets = {plan, disguised, dir.filePath(QStringLiteral("link.docx")),
                                 dir.filePath(QStringLiteral("hard.csv")), held};
    const QList<QStringList> commands = {
        {QStringLiteral("export"), plan, QStringLiteral("--pdf")},
        {QStringLiteral("export"), plan, QStringLiteral("--docx")},
        {QStringLiteral("export"), plan, QStringLiteral("--csv")},
        {QStringLiteral("export"), plan, QStringLiteral("--xlsx")},
        {QStringLiteral("report"), plan, QStringLiteral("--period"), QStringLiteral("2026Q2"), QStringLiteral("--pdf")},
        {QStringLiteral("report"), plan, QStringLiteral("--annual"), QStringLiteral("--docx")},
    };
    const QStringList before = snapshot(dir.path());
    for (const QStringList &command : commands)
        for (const QString &target : targets)
            for (bool force : {false, true}) {
                QStringList args = command;
                args << target;
                if (force)
                    args << QStringLiteral("--force");
                const testutil::CliResult r = runCli(args);
                INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
                CHECK(r.code == 2);
                CHECK(!r.err.trimmed().isEmpty());
                CHECK(snapshot(dir.path()) == before);
            }
    CHECK(PlanStore::integrityCheck(plan) == QStringLiteral("ok"));
}

TEST_CASE("An existing file that is not a plan is replaced by an output only with --force, and says why in Chinese")
{
    QTemporaryDir dir;
    const QString plan = makePlan(dir.filePath(QStringLiteral("plan.aplan")));
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    REQUIRE(testutil::writeAll(out, "a draft the clerk keeps"));
    testutil::CliResult r = runCli({QStringLiteral("export"), plan, QStringLiteral("--pdf"), out}, "zh_CN.UTF-8");
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("已存在")));
    CHECK(testutil::readAll(out) == "a draft the clerk keeps");
    r = runCli({QStringLiteral("export"), plan, QStringLiteral("--pdf"), out, QStringLiteral("--force")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(testutil::readAll(out).startsWith("%PDF"));
    // No part file of the export is left beside it.
    CHECK(testutil::listing(dir.path()) == QStringList({QStringLiteral("out.pdf"), QStringLiteral("plan.aplan")}));
}

TEST_CASE("Return forms already in the folder are not written over unless told")
{
    QTemporaryDir dir;
    const QString plan = makePlan(dir.filePath(QStringLiteral("plan.aplan")));
    const QString forms = dir.filePath(QStringLiteral("forms"));
    testutil::CliResult r = runCli({QStringLiteral("forms"), plan, QStringLiteral("--period"), QStringLiteral("2026Q2"),
                                    QStringLiteral("-o"), forms});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QStringList written = snapshot(forms);
    REQUIRE(!written.isEmpty());
    // The clerk's colleague filled one in; writing the period's forms again must not lose it.
    const QString first = QDir(forms).filePath(testutil::listing(forms).first());
    REQUIRE(testutil::writeAll(first, "filled in"));
    const QStringList filled = snapshot(forms);
    r = runCli({QStringLiteral("forms"), plan, QStringLiteral("--period"), QStringLiteral("2026Q2"),
                QStringLiteral("-o"), forms});
    CHECK(r.code == 2);
    CHECK(snapshot(forms) == filled);
    r = runCli({QStringLiteral("forms"), plan, QStringLiteral("--period"), QStringLiteral("2026Q2"),
                QStringLiteral("-o"), forms, QStringLiteral("--force")});
    CHECK(r.code == 0);
    CHECK(snapshot(forms).size() == written.size());
    CHECK(testutil::readAll(first) != "filled in");
}

TEST_CASE("A plan open for editing under one name cannot be opened for writing under another")
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("a"));
    QDir(dir.path()).mkpath(QStringLiteral("b"));
    const QString plan = makePlan(dir.filePath(QStringLiteral("a/p.aplan")));
    const QString symlink = dir.filePath(QStringLiteral("b/link.aplan"));
    const QString hardlink = dir.filePath(QStringLiteral("b/hard.aplan"));
    REQUIRE(QFile::link(plan, symlink));
    REQUIRE(::link(QFile::encodeName(plan).constData(), QFile::encodeName(hardlink).constData()) == 0);

    SECTION("in this process")
    {
        QString error;
        auto first = PlanStore::open(plan, PlanStore::Mode::ReadWrite, &error);
        REQUIRE(first);
        for (const QString &other : {symlink, hardlink}) {
            StoreError code = StoreError::None;
            CHECK_FALSE(PlanStore::open(other, PlanStore::Mode::ReadWrite, &error, &code));
            CHECK(code == StoreError::Locked);
            // Reading stays possible.
            CHECK(PlanStore::open(other, PlanStore::Mode::ReadOnly, &error));
        }
    }
    SECTION("held by another process, under each of the names")
    {
        for (const QString &holderName : {plan, symlink, hardlink}) {
            Holder holder(holderName);
            for (const QString &other : {plan, symlink, hardlink}) {
                QString error;
                StoreError code = StoreError::None;
                INFO("held as " << holderName.toStdString() << ", opened as " << other.toStdString());
                CHECK_FALSE(PlanStore::open(other, PlanStore::Mode::ReadWrite, &error, &code));
                CHECK(code == StoreError::Locked);
            }
        }
    }
    SECTION("once the first writer has let go, any name opens for writing")
    {
        QString error;
        { auto first = PlanStore::open(plan, PlanStore::Mode::ReadWrite, &error); REQUIRE(first); }
        CHECK(PlanStore::open(symlink, PlanStore::Mode::ReadWrite, &error));
        CHECK(PlanStore::open(hardlink, PlanStore::Mode::ReadWrite, &error));
    }
    CHECK(PlanStore::integrityCheck(plan) == QStringLiteral("ok"));
}

TEST_CASE("Readers while another process commits edits never call the plan damaged, busy or in need of recovery")
{
    QTemporaryDir dir;
    const QString plan = makePlan(dir.filePath(QStringLiteral("plan.aplan")));
    QProcess writer;
    writer.start(QStringLiteral(ANNUALPLAN_CRASH_CHILD), {QStringLiteral("edit"), plan, QStringLiteral("7"), QStringLiteral("1")});
    REQUIRE(writer.waitForReadyRead(10000));
    const int n = rounds(150);
    int opened = 0, commands = 0;
    for (int i = 0; i < n; ++i) {
        QString error;
        StoreError code = StoreError::None;
        auto reader = PlanStore::open(plan, PlanStore::Mode::ReadOnly, &error, &code);
        INFO("round " << i << ": " << error.toStdString());
        REQUIRE(reader);
        PlanData data;
        ReportLog reports;
        const bool loaded = reader->read(&data, &reports, &error);
        INFO("read: " << error.toStdString());
        REQUIRE(loaded);
        ++opened;
        if (i % 15 == 0) {
            const testutil::CliResult r = runCli({QStringLiteral("status"), plan, QStringLiteral("--json")});
            INFO(r.err.toStdString());
            REQUIRE(r.code == 0);
            ++commands;
        }
    }
    // The writer really was writing all along.
    writer.readAll();
    REQUIRE(writer.state() == QProcess::Running);
    writer.kill();
    writer.waitForFinished();
    CHECK(opened == n);
    CHECK(commands > 0);
    CHECK(PlanStore::integrityCheck(plan) == QStringLiteral("ok"));
}

TEST_CASE("After a writer was killed in the middle of a change, read-only commands read the plan as it was before it")
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        WARN("the sqlite3 shell (scripts/install-deps.sh installs it) is not here: skipped");
        return;
    }
    QTemporaryDir dir;
    const QString plan = makePlan(dir.filePath(QStringLiteral("plan.aplan")));
    PlanData original;
    {
        auto doc = PlanDocument::open(plan, PlanStore::Mode::ReadOnly, nullptr);
        REQUIRE(doc);
        original = doc->plan();
    }
    // A writer that has changed pages of the plan itself (their old content is in the journal) and
    // dies before its commit. SQLite writes the journal's header last, just before the first page of
    // the plan is overwritten: until then the journal is not hot, the plan is untouched and a reader
    // rightly leaves the journal alone. So the writer is killed once its journal is hot, whenever
    // that happens on this machine (a small page cache makes it spill pages before its commit).
    const QByteArray before = testutil::readAll(plan);
    QProcess writer;
    writer.start(QStringLiteral("sqlite3"), {plan});
    REQUIRE(writer.waitForStarted());
    writer.write("PRAGMA cache_size = 1;\nBEGIN IMMEDIATE;\nUPDATE task SET notes = 'half written';\n"
                 "UPDATE plan SET title = 'half written';\n");
    REQUIRE(writer.waitForBytesWritten(10000));
    const QString journal = plan + QStringLiteral("-journal");
    const bool overwriting = QTest::qWaitFor(
        [&] { return journalHeaderWritten(journal) && testutil::readAll(plan) != before; }, 120000);
    ::kill(pid_t(writer.processId()), SIGKILL);
    writer.waitForFinished();
    REQUIRE(overwriting);
    REQUIRE(sqlite::hasHotJournal(plan));   // the journal is needed to read the plan as it was

    const testutil::CliResult r = runCli({QStringLiteral("info"), plan});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(original.info.title));
    auto doc = PlanDocument::open(plan, PlanStore::Mode::ReadOnly, nullptr);
    REQUIRE(doc);
    std::string why;
    CHECK(testutil::samePlan(doc->plan(), original, &why));
    INFO(why);
    CHECK_FALSE(QFileInfo::exists(journal));
    CHECK(PlanStore::integrityCheck(plan) == QStringLiteral("ok"));
}

namespace {

// The 2026Q2 forms of a plan, written by the command line; the first one's path.
QString firstForm(const QString &plan, const QString &dir)
{
    const testutil::CliResult r = runCli({QStringLiteral("forms"), plan, QStringLiteral("--period"),
                                          QStringLiteral("2026Q2"), QStringLiteral("-o"), dir});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
    REQUIRE(!names.isEmpty());
    return QDir(dir).filePath(names.first());
}

int reportCount(const QString &plan)
{
    auto doc = PlanDocument::open(plan, PlanStore::Mode::ReadOnly, nullptr);
    REQUIRE(doc);
    return int(doc->reports().entries.size());
}

} // namespace

TEST_CASE("A return form with a bad cell is reported by cell and changes nothing, with --dry-run or without")
{
    QTemporaryDir dir;
    const QString plan = makePlan(dir.filePath(QStringLiteral("plan.aplan")));
    const QString form = firstForm(plan, dir.filePath(QStringLiteral("forms")));
    const QByteArray blank = testutil::readAll(form);
    REQUIRE(testutil::writeAll(form, testutil::filled(blank, [](QString xml) {
        xml = testutil::setCell(xml, QStringLiteral("G4"), QStringLiteral("推进中"));
        return testutil::setCell(xml, QStringLiteral("H4"), QStringLiteral("五十"));
    })));
    const QStringList before = snapshot(dir.path());
    for (bool dry : {true, false}) {
        QStringList args = {QStringLiteral("collect"), plan, form};
        if (dry)
            args << QStringLiteral("--dry-run");
        const testutil::CliResult r = runCli(args, "zh_CN.UTF-8");
        INFO(r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("H4")));
        CHECK(snapshot(dir.path()) == before);
    }
    // Corrected, --dry-run shows it and writes nothing; then it is taken in once.
    REQUIRE(testutil::writeAll(form, testutil::filled(blank, [](QString xml) {
        xml = testutil::setCell(xml, QStringLiteral("G4"), QStringLiteral("推进中"));
        return testutil::setCell(xml, QStringLiteral("H4"), QStringLiteral("50"));
    })));
    const QStringList corrected = snapshot(dir.path());
    testutil::CliResult r = runCli({QStringLiteral("collect"), plan, form, QStringLiteral("--dry-run")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("1 new")));
    CHECK(snapshot(dir.path()) == corrected);
    r = runCli({QStringLiteral("collect"), plan, form});
    CHECK(r.code == 0);
    CHECK(reportCount(plan) == 1);
    r = runCli({QStringLiteral("collect"), plan, form});
    CHECK(r.code == 0);
    CHECK(reportCount(plan) == 1);
}

TEST_CASE("A refused collect leaves an older plan file as it was: no upgrade, no backup copy")
{
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("old.aplan"));
    REQUIRE(QFile::copy(testutil::dataPath(QStringLiteral("plan-v1.aplan")), old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    QTemporaryDir elsewhere;
    const QString other = makePlan(elsewhere.filePath(QStringLiteral("other.aplan")));
    const QString form = firstForm(other, elsewhere.filePath(QStringLiteral("forms")));
    const QStringList before = snapshot(dir.path());
    const testutil::CliResult r = runCli({QStringLiteral("collect"), old, form});
    INFO(r.err.toStdString());
    CHECK(r.code == 2);
    CHECK(snapshot(dir.path()) == before);
}

TEST_CASE("Arguments that mean nothing are refused with a message, and nothing is written")
{
    QTemporaryDir dir;
    const QString plan = makePlan(dir.filePath(QStringLiteral("plan.aplan")));
    const QString next = dir.filePath(QStringLiteral("next.aplan"));
    for (const QString &year : {QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("-5"), QStringLiteral("2027x")}) {
        const testutil::CliResult r = runCli({QStringLiteral("rollforward"), plan, QStringLiteral("--year"), year,
                                              QStringLiteral("-o"), next});
        INFO(year.toStdString() << ": " << r.err.toStdString());
        CHECK(r.code == 64);
        CHECK(r.err.contains(year));
        CHECK_FALSE(QFileInfo::exists(next));
    }
    // Not after the plan's own year.
    testutil::CliResult r = runCli({QStringLiteral("rollforward"), plan, QStringLiteral("--year"), QStringLiteral("2026"),
                                    QStringLiteral("-o"), next});
    CHECK(r.code == 2);
    CHECK_FALSE(QFileInfo::exists(next));
    // Two years on, the dates move two years too.
    r = runCli({QStringLiteral("rollforward"), plan, QStringLiteral("--year"), QStringLiteral("2028"), QStringLiteral("-o"), next});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    {
        auto doc = PlanDocument::open(next, PlanStore::Mode::ReadOnly, nullptr);
        REQUIRE(doc);
        CHECK(doc->plan().info.year == 2028);
        for (const Task &t : doc->plan().tasks)
            if (t.deadline.isValid())
                CHECK(t.deadline.year() == 2028);
    }
    r = runCli({QStringLiteral("report"), plan, QStringLiteral("--period"), QStringLiteral("2026Q2"), QStringLiteral("--pdf"),
                dir.filePath(QStringLiteral("r.pdf")), QStringLiteral("--date"), QStringLiteral("nonsense")});
    CHECK(r.code == 64);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("r.pdf"))));
    r = runCli({QStringLiteral("status"), plan, QStringLiteral("--date"), QStringLiteral("2026-02-30")});
    CHECK(r.code == 64);
    r = runCli({QStringLiteral("create"), dir.filePath(QStringLiteral("e.aplan")), QStringLiteral("--year"), QStringLiteral("abc")});
    CHECK(r.code == 64);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("e.aplan"))));
}

TEST_CASE("Plan JSON with a wrong year, date, operator, cadence or a department twice is refused, and no plan is made")
{
    const char *good = R"({"year": 2026, "title": "测试", "cadence": "quarterly",
        "departments": [{"name": "区卫健委"}, {"name": "区财政局"}],
        "nodes": [{"kind": "section", "level": 1, "title": "一"},
                  {"kind": "task", "level": 2, "title": "任务", "deadline": "2026-06-30",
                   "targets": [{"indicator": "覆盖率", "op": "≥", "value": 90, "unit": "%", "due": "2026-06-30"}]}]})";
    const QList<QPair<QByteArray, QByteArray>> bad = {
        {"\"year\": 2026", "\"year\": \"abc\""},
        {"\"year\": 2026", "\"year\": 26.5"},
        {"\"cadence\": \"quarterly\"", "\"cadence\": \"weekly\""},
        {"\"deadline\": \"2026-06-30\"", "\"deadline\": \"2026-13-40\""},
        {"\"due\": \"2026-06-30\"", "\"due\": \"六月底\""},
        {"\"op\": \"≥\"", "\"op\": \"about\""},
        {"\"value\": 90", "\"value\": \"ninety\""},
        {"{\"name\": \"区财政局\"}", "{\"name\": \"区卫健委\"}"},
    };
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("plan.json"));
    const QString out = dir.filePath(QStringLiteral("new.aplan"));
    REQUIRE(testutil::writeAll(json, good));
    testutil::CliResult r = runCli({QStringLiteral("create"), out, QStringLiteral("--from-json"), json});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QFile::remove(out);
    for (const auto &change : bad) {
        QByteArray text(good);
        REQUIRE(text.contains(change.first));
        text.replace(change.first, change.second);
        REQUIRE(testutil::writeAll(json, text));
        r = runCli({QStringLiteral("create"), out, QStringLiteral("--from-json"), json}, "zh_CN.UTF-8");
        INFO(change.second.toStdString() << ": " << r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(!r.err.trimmed().isEmpty());
        CHECK_FALSE(QFileInfo::exists(out));
    }
}

TEST_CASE("A pipe, a folder or a link that goes round in a circle is refused as an input at once")
{
    QTemporaryDir dir;
    const QString plan = makePlan(dir.filePath(QStringLiteral("plan.aplan")));
    const QString fifo = dir.filePath(QStringLiteral("form.xlsx"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("loop2.docx")), dir.filePath(QStringLiteral("loop1.docx"))));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("loop1.docx")), dir.filePath(QStringLiteral("loop2.docx"))));
    const QByteArray before = testutil::sha256(plan);
    const QList<QStringList> commands = {
        {QStringLiteral("collect"), plan, fifo},
        {QStringLiteral("import"), fifo, QStringLiteral("--json")},
        {QStringLiteral("import"), dir.filePath(QStringLiteral("loop1.docx")), QStringLiteral("--json")},
        {QStringLiteral("import"), dir.path(), QStringLiteral("--json")},
        {QStringLiteral("create"), dir.filePath(QStringLiteral("x.aplan")), QStringLiteral("--from-json"), fifo},
    };
    for (const QStringList &args : commands) {
        const testutil::CliResult r = runCli(args, "zh_CN.UTF-8");
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(!r.err.trimmed().isEmpty());
    }
    CHECK(testutil::sha256(plan) == before);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.aplan"))));
}

TEST_CASE("A plan whose index no longer matches its table is never written to, nor read as ours")
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        WARN("the sqlite3 shell (scripts/install-deps.sh installs it) is not here: skipped");
        return;
    }
    QTemporaryDir dir;
    const QString plan = makePlan(dir.filePath(QStringLiteral("plan.aplan")));
    // The index's definition changed without rebuilding it: quick_check passes, integrity_check fails.
    REQUIRE(QProcess::execute(QStringLiteral("sqlite3"),
                              {plan, QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = "
                                                    "'CREATE INDEX task_section ON task(position, section_id)' "
                                                    "WHERE name = 'task_section';")})
            == 0);
    REQUIRE(PlanStore::integrityCheck(plan) != QStringLiteral("ok"));
    const QByteArray before = testutil::sha256(plan);
    QString error;
    StoreError code = StoreError::None;
    CHECK_FALSE(PlanStore::open(plan, PlanStore::Mode::ReadWrite, &error, &code));
    CHECK(code == StoreError::Damaged);
    // Read-only, quick_check passes; the index's definition is not ours (tst_schemacheck).
    CHECK_FALSE(PlanStore::open(plan, PlanStore::Mode::ReadOnly, &error, &code));
    CHECK(code == StoreError::Foreign);
    CHECK(error.contains(QStringLiteral("task_section")));
    CHECK(testutil::sha256(plan) == before);
}

TEST_CASE("A plan whose index no longer matches its table, though its schema is ours, is refused by the window's open and left as it was")
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        WARN("the sqlite3 shell (scripts/install-deps.sh installs it) is not here: skipped");
        return;
    }
    QTemporaryDir dir;
    const QString plan = makePlan(dir.filePath(QStringLiteral("plan.aplan")));
    // The index's definition swapped, a row added under it, and the definition put back: the schema
    // is ours again but the index misses a row of its table (only integrity_check sees it).
    auto shell = [&plan](const QString &sql) {
        return QProcess::execute(QStringLiteral("sqlite3"), {plan, sql}) == 0;
    };
    REQUIRE(shell(QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = "
                                 "'CREATE INDEX task_section ON task(position, section_id)' WHERE name = 'task_section';")));
    REQUIRE(shell(QStringLiteral("INSERT INTO task (section_id, position, title) VALUES ((SELECT max(id) FROM section), 99, 'x');")));
    REQUIRE(shell(QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = "
                                 "'CREATE INDEX task_section ON task(section_id, position)' WHERE name = 'task_section';")));
    REQUIRE(PlanStore::integrityCheck(plan) != QStringLiteral("ok"));
    const QByteArray before = testutil::sha256(plan);
    QString error;
    StoreError code = StoreError::None;
    // The window's open checks the content while it reads the rows, and refuses the plan all the same.
    CHECK_FALSE(PlanDocument::open(PlanLocation::file(plan), PlanStore::Mode::ReadWrite, &error, &code));
    CHECK(code == StoreError::Damaged);
    CHECK(error.contains(QStringLiteral("damaged")));
    CHECK(testutil::sha256(plan) == before);
}

TEST_CASE("Reading a plan another tool switched to write-ahead logging leaves no log files beside it")
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        WARN("the sqlite3 shell (scripts/install-deps.sh installs it) is not here: skipped");
        return;
    }
    QTemporaryDir dir;
    const QString plan = makePlan(dir.filePath(QStringLiteral("plan.aplan")));
    REQUIRE(QProcess::execute(QStringLiteral("sqlite3"), {plan, QStringLiteral("PRAGMA journal_mode = WAL;")}) == 0);
    const QStringList before = snapshot(dir.path());
    for (const QString &command : {QStringLiteral("info"), QStringLiteral("status")}) {
        const testutil::CliResult r = runCli({command, plan});
        INFO(r.err.toStdString());
        CHECK(r.code == 0);
    }
    CHECK(snapshot(dir.path()) == before);
}

TEST_CASE("What killed writers left beside a plan is removed when it is next opened for writing, and nothing else")
{
    QTemporaryDir dir;
    const QString plan = makePlan(dir.filePath(QStringLiteral("plan.aplan")));
    // Above Linux's largest process number: a process that is surely gone.
    const QString dead = QStringLiteral("4194399");
    const QString alive = QString::number(QCoreApplication::applicationPid());
    const QStringList leftovers = {QStringLiteral("plan.aplan.creating-") + dead,
                                   QStringLiteral("plan.aplan.creating-") + dead + QStringLiteral("-journal"),
                                   QStringLiteral("report.pdf.part-") + dead, QStringLiteral("plan.v2-backup.aplan.part-") + dead};
    const QStringList kept = {QStringLiteral("notes.part-") + alive, QStringLiteral("fresh.pdf.part-") + dead,
                              QStringLiteral("plan.part-x.txt")};
    const QDateTime old = QDateTime::currentDateTime().addSecs(-600);
    for (const QString &name : leftovers + kept) {
        REQUIRE(testutil::writeAll(dir.filePath(name), "x"));
        if (!name.startsWith(QLatin1String("fresh"))) {
            QFile f(dir.filePath(name));
            REQUIRE(f.open(QIODevice::ReadWrite));
            REQUIRE(f.setFileTime(old, QFileDevice::FileModificationTime));
        }
    }
    QString error;
    REQUIRE(PlanStore::open(plan, PlanStore::Mode::ReadWrite, &error));
    const QStringList now = testutil::listing(dir.path());
    for (const QString &name : leftovers)
        CHECK_FALSE(now.contains(name));
    for (const QString &name : kept)
        CHECK(now.contains(name));
}

TEST_CASE("Every output is on the disk before it takes its name, and the name is on the disk after")
{
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty()) {
        WARN("strace (scripts/install-deps.sh installs it) is not here: skipped");
        return;
    }
    QTemporaryDir dir;
    const QString plan = makePlan(dir.filePath(QStringLiteral("plan.aplan")));
    const QString out = dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    const QList<QStringList> commands = {
        {QStringLiteral("export"), plan, QStringLiteral("--pdf"), out + QStringLiteral("/p.pdf"), QStringLiteral("--docx"),
         out + QStringLiteral("/p.docx"), QStringLiteral("--csv"), out + QStringLiteral("/p.csv"), QStringLiteral("--xlsx"),
         out + QStringLiteral("/p.xlsx")},
        {QStringLiteral("report"), plan, QStringLiteral("--period"), QStringLiteral("2026Q2"), QStringLiteral("--pdf"),
         out + QStringLiteral("/r.pdf"), QStringLiteral("--docx"), out + QStringLiteral("/r.docx")},
        {QStringLiteral("forms"), plan, QStringLiteral("--period"), QStringLiteral("2026Q2"), QStringLiteral("-o"),
         out + QStringLiteral("/forms")},
    };
    int renames = 0;
    for (const QStringList &command : commands) {
        const QString log = dir.filePath(QStringLiteral("strace.log"));
        QProcess p;
        p.start(strace, QStringList{QStringLiteral("-f"), QStringLiteral("-y"), QStringLiteral("-e"),
                                    QStringLiteral("trace=fsync,fdatasync,rename,renameat,renameat2"),
                                    QStringLiteral("-o"), log, QStringLiteral(ANNUALPLAN_BINARY)}
                            + command);
        REQUIRE(p.waitForFinished(60000));
        INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << p.readAllStandardError().toStdString());
        REQUIRE(p.exitCode() == 0);
        const QStringList lines = QString::fromUtf8(testutil::readAll(log)).split(QLatin1Char('\n'));
        static const QRegularExpression rename(QStringLiteral("rename(?:at2?)?\\(.*\"([^\"]+\\.part-\\d+)\", .*\"([^\"]+)\""));
        for (int i = 0; i < lines.size(); ++i) {
            const QRegularExpressionMatch m = rename.match(lines.at(i));
            if (!m.hasMatch() || !lines.at(i).contains(QLatin1String(" = 0")))
                continue;
            ++renames;
            const QString part = m.captured(1), target = m.captured(2);
            INFO(target.toStdString());
            bool partSynced = false, folderSynced = false;
            for (int j = 0; j < i; ++j)
                partSynced = partSynced || (lines.at(j).contains(QLatin1String("sync(")) && lines.at(j).contains(part + QLatin1Char('>')));
            const QString folder = QFileInfo(target).absolutePath();
            for (int j = i + 1; j < lines.size(); ++j)
                folderSynced = folderSynced || (lines.at(j).contains(QLatin1String("fsync(")) && lines.at(j).contains(QLatin1Char('<') + folder + QLatin1Char('>')));
            CHECK(partSynced);
            CHECK(folderSynced);
        }
    }
    // Four exports, two reports and a form per lead department.
    CHECK(renames >= 7);
}

TEST_CASE("What goes wrong is said in Chinese under zh_CN, in the program's own words, never the libraries'")
{
    QTemporaryDir dir;
    const QString plan = makePlan(dir.filePath(QStringLiteral("plan.aplan")));
    const QString locked = dir.filePath(QStringLiteral("ro"));
    REQUIRE(QDir().mkpath(locked));
    REQUIRE(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("loop2.aplan")), dir.filePath(QStringLiteral("loop1.aplan"))));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("loop1.aplan")), dir.filePath(QStringLiteral("loop2.aplan"))));
    const QStringList english = {QStringLiteral("unable"), QStringLiteral("Unable"), QStringLiteral("[ERROR]"),
                                 QStringLiteral("Read-only file system"), QStringLiteral("Permission denied"),
                                 QStringLiteral("database"), QStringLiteral("does not exist")};
    const QList<QStringList> commands = {
        {QStringLiteral("create"), locked + QStringLiteral("/new.aplan"), QStringLiteral("--year"), QStringLiteral("2027")},
        {QStringLiteral("export"), plan, QStringLiteral("--xlsx"), locked + QStringLiteral("/t.xlsx")},
        {QStringLiteral("export"), plan, QStringLiteral("--pdf"), locked + QStringLiteral("/t.pdf")},
        {QStringLiteral("rollforward"), plan, QStringLiteral("-o"), locked + QStringLiteral("/next.aplan")},
        {QStringLiteral("info"), dir.filePath(QStringLiteral("loop1.aplan"))},
    };
    for (const QStringList &args : commands) {
        const testutil::CliResult r = runCli(args, "zh_CN.UTF-8");
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.code == 2);
        bool chinese = false;
        for (QChar c : r.err)
            chinese = chinese || (c.unicode() >= 0x4E00 && c.unicode() < 0xA000);
        CHECK(chinese);
        for (const QString &word : english)
            CHECK_FALSE(r.err.contains(word));
    }
    CHECK(testutil::listing(locked).isEmpty());

    // A folder where the lock file should be: said so, not "computer “”, process 0".
    REQUIRE(QDir().mkpath(plan + QStringLiteral(".lock")));
    QString error;
    StoreError code = StoreError::None;
    CHECK_FALSE(PlanStore::open(plan, PlanStore::Mode::ReadWrite, &error, &code));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("plan.aplan.lock")));
    CHECK_FALSE(error.contains(QStringLiteral("process 0")));
}

namespace {

QByteArray workbook(const QString &sheet)
{
    return testutil::makeZip({
        {QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>")},
        {QStringLiteral("xl/workbook.xml"),
         QByteArray("<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         QByteArray("<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>")},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet.toUtf8()},
    });
}

// Inputs of a few kilobytes to a few megabytes that used to take minutes, gigabytes or the process.
QList<QPair<QString, QByteArray>> bombs()
{
    const QString head = QStringLiteral(
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>工作任务</t></is></c>"
        "<c r=\"B1\" t=\"inlineStr\"><is><t>牵头单位</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\">"
        "<is><t>任务</t></is></c></row></sheetData>");
    QString manyMerges = head + QStringLiteral("<mergeCells>");
    for (int i = 0; i < 20000; ++i)
        manyMerges += QStringLiteral("<mergeCell ref=\"A%1:IV99999\"/>").arg(2 + i % 5);
    manyMerges += QStringLiteral("</mergeCells></worksheet>");
    QString wideSheet = QStringLiteral("<worksheet><sheetData>");
    for (int r = 1; r <= 12000; ++r)
        wideSheet += QStringLiteral("<row r=\"%1\"><c r=\"IV%1\"><v>1</v></c></row>").arg(r);
    wideSheet += QStringLiteral("</sheetData></worksheet>");
    QString wideRows = QStringLiteral("<worksheet><sheetData>");
    for (int r = 1; r <= 9000; ++r) {
        wideRows += QStringLiteral("<row r=\"%1\">").arg(r);
        for (int c = 0; c < 250; ++c)
            wideRows += QStringLiteral("<c><v>1</v></c>");
        wideRows += QStringLiteral("</row>");
    }
    wideRows += QStringLiteral("</sheetData></worksheet>");
    const QString letters = QStringLiteral(
        "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"2147483600\"/>"
        "<w:numFmt w:val=\"upperLetter\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
    QString listed;
    for (int i = 0; i < 60; ++i)
        listed += testutil::docxParagraph(QStringLiteral("任务%1").arg(i), 1);
    // Forty megabytes of XML that packs only about three to one: ten times the text of any plan.
    QRandomGenerator rng(7);
    const QString chars = QStringLiteral("一二三四五六七八九十卫生健康医疗服务能力提升基层建设完善体系推进落实加强管理");
    QString text;
    text.reserve(14'000'000);
    while (text.size() < 13'000'000) {
        text += QStringLiteral("</w:t></w:r></w:p><w:p><w:r><w:t>");
        for (int i = 0; i < 60; ++i)
            text += chars.at(int(rng.bounded(quint32(chars.size()))));
    }
    return {
        {QStringLiteral("merged-everything.xlsx"),
         workbook(head + QStringLiteral("<mergeCells><mergeCell ref=\"A2:IV99999\"/></mergeCells></worksheet>"))},
        {QStringLiteral("merged-20000.xlsx"), workbook(manyMerges)},
        {QStringLiteral("far-cells.xlsx"), workbook(wideSheet)},
        {QStringLiteral("wide-rows.xlsx"), workbook(wideRows)},
        {QStringLiteral("commas.csv"), "工作任务" + QByteArray(8'000'000, ',') + "\n"},
        {QStringLiteral("rows.csv"), "工作任务,牵头单位\n" + QByteArray("a,b\n").repeated(2'000'000)},
        {QStringLiteral("one-cell.csv"), "工作任务\n\"" + QByteArray(6'000'000, 'x') + "\"\n"},
        {QStringLiteral("letters.docx"), testutil::makeDocx(listed, letters)},
        {QStringLiteral("text.docx"), testutil::makeDocx(QStringLiteral("<w:p><w:r><w:t>") + text + QStringLiteral("</w:t></w:r></w:p>"))},
    };
}

} // namespace

TEST_CASE("Inputs built to exhaust the machine finish or are refused with a message, within 500 MB")
{
    QTemporaryDir dir;
    for (const auto &bomb : bombs()) {
        const QString path = dir.filePath(bomb.first);
        REQUIRE(testutil::writeAll(path, bomb.second));
        REQUIRE(QFileInfo(path).size() < 10 * 1024 * 1024);
        // Under the sanitizers the address space is reserved up front: the cap only without them.
#if defined(__SANITIZE_ADDRESS__)
        const QString cap;
#else
        const QString cap = QStringLiteral("ulimit -v 500000; ");
#endif
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"), {QStringLiteral("-c"), cap + QStringLiteral("exec \"$0\" import \"$1\" --json > /dev/null"),
                                         QStringLiteral(ANNUALPLAN_BINARY), path});
        REQUIRE(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        INFO(bomb.first.toStdString() << ": " << err.toStdString());
        CHECK(p.exitStatus() == QProcess::NormalExit);
        CHECK((p.exitCode() == 0 || p.exitCode() == 2));
        if (p.exitCode() == 2)
            CHECK(err.contains(bomb.first));
        CHECK_FALSE(err.contains(QStringLiteral("bad_alloc")));
    }
}

TEST_CASE("A CSV whose quote is never closed is refused, naming the line where it opens")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quote.csv"));
    REQUIRE(testutil::writeAll(path, "工作任务,牵头单位\n任务一,区卫健委\n任务二,\"区财政局\n任务三,区医保局\n任务四,区卫健委\n"));
    const testutil::CliResult r = runCli({QStringLiteral("import"), path, QStringLiteral("--json")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("Line 3")));
}

TEST_CASE("Neither a copy nor a new plan takes a name that has an interrupted change's journal beside it")
{
    QTemporaryDir dir;
    const QString plan = makePlan(dir.filePath(QStringLiteral("plan.aplan")));
    const QString target = dir.filePath(QStringLiteral("copy.aplan"));
    REQUIRE(testutil::writeAll(target + QStringLiteral("-journal"), QByteArray(512, '\xd9')));
    QString error;
    auto store = PlanStore::open(plan, PlanStore::Mode::ReadWrite, &error);
    REQUIRE(store);
    CHECK_FALSE(store->backupTo(target, &error));
    CHECK(error.contains(QStringLiteral("journal")));
    CHECK_FALSE(QFileInfo::exists(target));
    const PlanData content = testutil::smallPlan();
    CHECK_FALSE(PlanStore::create(target, content.info, &error, nullptr, &content));
    CHECK(error.contains(QStringLiteral("journal")));
    CHECK_FALSE(QFileInfo::exists(target));
}
