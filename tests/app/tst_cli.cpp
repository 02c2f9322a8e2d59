#include "document/planedits.h"
#include "document/serverplans.h"
#include "storage/file/planstore.h"

#include "../support/serverlogins.h"
#include "../support/testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

namespace {

using Result = testutil::CliResult;
using testutil::runCli;

Result run(const QStringList &args, const QByteArray &lang = "C.UTF-8")
{
    return runCli(args, lang);
}

QString samplePlan(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("sample.aplan"));
    const Result r = run({QStringLiteral("create"), path, QStringLiteral("--from-json"), testutil::sampleJsonPath()});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return path;
}

} // namespace

TEST_CASE("info prints year, title and counts of a plan without a display and without changing it")
{
    QTemporaryDir dir;
    const QString path = samplePlan(dir);
    const QByteArray before = testutil::sha256(path);
    const Result r = run({QStringLiteral("info"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Year: 2026")));
    CHECK(r.out.contains(QStringLiteral("Title: ")));
    CHECK(r.out.contains(QStringLiteral("Schema version: %1").arg(ap::kSchemaVersion)));
    CHECK(r.out.contains(QStringLiteral("Tasks: ")));
    CHECK(testutil::sha256(path) == before);
    CHECK(testutil::listing(dir.path()) == QStringList{QStringLiteral("sample.aplan")});
}

TEST_CASE("info speaks Chinese when asked to and when the system locale is Chinese")
{
    QTemporaryDir dir;
    const QString path = samplePlan(dir);
    Result r = run({QStringLiteral("info"), path, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("年度：2026")));
    r = run({QStringLiteral("info"), dir.filePath(QStringLiteral("nope.aplan"))}, "zh_CN.UTF-8");
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("不存在")));
}

TEST_CASE("info on a bad file prints the window's message, exits non-zero and leaves the file untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.aplan"));
    REQUIRE(testutil::writeAll(path, QByteArray("PK\x03\x04", 4) + QByteArray(1000, 'z')));
    const QByteArray before = testutil::sha256(path);
    QString expected;
    ap::StoreError code;
    int version = 0;
    ap::PlanStore::probe(path, &version, &expected, &code);
    const Result r = run({QStringLiteral("info"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(r.code == 2);
    CHECK(r.err.trimmed() == expected);
    CHECK(r.out.isEmpty());
    CHECK(testutil::sha256(path) == before);
    CHECK(testutil::listing(dir.path()) == QStringList{QStringLiteral("report.aplan")});
}

TEST_CASE("--help and --version work without a display")
{
    Result r = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("info FILE")));
    r = run({QStringLiteral("--version")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral(ANNUALPLAN_VERSION)));
    r = run({QStringLiteral("info")});
    CHECK(r.code != 0);
    r = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")});
    CHECK(r.code != 0);
}

TEST_CASE("create refuses to overwrite an existing file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.aplan"));
    REQUIRE(testutil::writeAll(path, "keep me"));
    const Result r = run({QStringLiteral("create"), path, QStringLiteral("--year"), QStringLiteral("2026")});
    CHECK(r.code == 2);
    CHECK(testutil::readAll(path) == "keep me");
}

TEST_CASE("export writes the PDF, the workbook and the CSV headless, and fails cleanly on a bad path")
{
    QTemporaryDir dir;
    const QString path = samplePlan(dir);
    const QByteArray before = testutil::sha256(path);
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("out.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    Result r = run({QStringLiteral("export"), path, QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"), xlsx,
                    QStringLiteral("--csv"), csv, QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(testutil::readAll(pdf).startsWith("%PDF"));
    CHECK(testutil::readAll(xlsx).startsWith("PK"));
    CHECK(testutil::readAll(csv).startsWith("\xEF\xBB\xBF"));
    CHECK(testutil::sha256(path) == before);

    r = run({QStringLiteral("export"), path, QStringLiteral("--pdf"), dir.filePath(QStringLiteral("none/x.pdf")),
             QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("x.pdf")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none"))));

    r = run({QStringLiteral("export"), path, QStringLiteral("--pdf"), pdf, QStringLiteral("--what"), QStringLiteral("cover")});
    CHECK(r.code == 64);
    r = run({QStringLiteral("export"), path, QStringLiteral("--pdf"), dir.filePath(QStringLiteral("annex.pdf")),
             QStringLiteral("--what"), QStringLiteral("annex")});
    CHECK(r.code == 0);
    CHECK(QFileInfo(dir.filePath(QStringLiteral("annex.pdf"))).size() > 1000);
}

TEST_CASE("import --json prints the extraction, and import -o writes a plan that opens")
{
    QTemporaryDir dir;
    const QString doc = QStringLiteral(ANNUALPLAN_TEST_DATA "/import/qinghe-2027.txt");
    const QByteArray docSum = testutil::sha256(doc);
    Result r = run({QStringLiteral("import"), doc, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("\"label\": \"(一)\"")));
    CHECK(r.out.contains(QStringLiteral("\"lead\": [")));
    CHECK(r.out.contains(QStringLiteral("\"baseline_year\": 2026")));

    const QString plan = dir.filePath(QStringLiteral("imported.aplan"));
    r = run({QStringLiteral("import"), doc, QStringLiteral("-o"), plan});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("8 sections, 13 tasks and 24 targets")));
    r = run({QStringLiteral("info"), plan});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("2027")));
    CHECK(r.out.contains(QStringLiteral("清河区卫生健康局2027年工作要点")));
    CHECK(testutil::sha256(doc) == docSum);

    // An existing output is never overwritten.
    const QByteArray planSum = testutil::sha256(plan);
    r = run({QStringLiteral("import"), doc, QStringLiteral("-o"), plan});
    CHECK(r.code != 0);
    CHECK(testutil::sha256(plan) == planSum);
}

TEST_CASE("import of bad input explains itself and writes nothing")
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken.docx"));
    REQUIRE(testutil::writeAll(bad, QByteArray("PK\x03\x04garbage")));
    const QString out = dir.filePath(QStringLiteral("out.aplan"));
    Result r = run({QStringLiteral("import"), bad, QStringLiteral("-o"), out});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("broken.docx")));
    CHECK_FALSE(QFileInfo::exists(out));
    r = run({QStringLiteral("import"), bad, QStringLiteral("--json")}, "zh_CN.UTF-8");
    CHECK(r.code == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("无法导入")));
    CHECK(testutil::listing(dir.path()) == QStringList{QStringLiteral("broken.docx")});
}

TEST_CASE("import reads a task table: an exported workbook becomes a plan with the same tasks")
{
    QTemporaryDir dir;
    const QString plan = samplePlan(dir);
    const QString xlsx = dir.filePath(QStringLiteral("分解表.xlsx"));
    REQUIRE(run({QStringLiteral("export"), plan, QStringLiteral("--xlsx"), xlsx}).code == 0);
    const QString imported = dir.filePath(QStringLiteral("from-table.aplan"));
    Result r = run({QStringLiteral("import"), xlsx, QStringLiteral("-o"), imported, QStringLiteral("--year"), QStringLiteral("2026")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    r = run({QStringLiteral("info"), imported});
    CHECK(r.out.contains(QStringLiteral("Tasks: 33")));
    CHECK(r.out.contains(QStringLiteral("Departments: 17")));
    r = run({QStringLiteral("import"), xlsx, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("\"kind\": \"task\"")));
}

TEST_CASE("A stepped target behind its September step is 逾期 in status --json once the third quarter's figure is in")
{
    QTemporaryDir dir;
    const QString plan = samplePlan(dir);
    auto centres = [&] {
        const Result r = run({QStringLiteral("status"), plan, QStringLiteral("--date"), QStringLiteral("2026-10-15"),
                              QStringLiteral("--json")});
        REQUIRE(r.code == 0);
        for (const QJsonValue &t : QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("tasks")).toArray())
            if (t.toObject().value(QStringLiteral("title")).toString() == QStringLiteral("社区卫生服务中心标准化改造"))
                return t.toObject();
        FAIL("the sample has no task 社区卫生服务中心标准化改造");
        return QJsonObject();
    };
    QJsonObject task = centres();
    CHECK(task.value(QStringLiteral("warning")).toString() == QStringLiteral("unreported"));
    // One indicator with its steps, not three targets.
    REQUIRE(task.value(QStringLiteral("targets")).toArray().size() == 1);
    const Result r = run({QStringLiteral("checkin"), plan, QStringLiteral("--task"),
                          QString::number(task.value(QStringLiteral("id")).toInteger()), QStringLiteral("--period"),
                          QStringLiteral("2026Q3"), QStringLiteral("--actual"), QStringLiteral("完成标准化改造的社区卫生服务中心=2")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    task = centres();
    CHECK(task.value(QStringLiteral("warning")).toString() == QStringLiteral("red"));
    const QJsonObject target = task.value(QStringLiteral("targets")).toArray().first().toObject();
    CHECK(target.value(QStringLiteral("actual")).toDouble() == 2);
    CHECK(target.value(QStringLiteral("actual_period")).toString() == QStringLiteral("2026Q3"));
    CHECK(target.value(QStringLiteral("step_due")).toObject().value(QStringLiteral("value")).toDouble() == 6);
    CHECK(target.value(QStringLiteral("step_due")).toObject().value(QStringLiteral("due")).toString() == QStringLiteral("2026-09-30"));
    CHECK(target.value(QStringLiteral("expected")).toDouble() == 6);
    CHECK(target.value(QStringLiteral("overdue")).toBool());
    CHECK(target.value(QStringLiteral("steps")).toArray().size() == 2);
}

TEST_CASE("rollforward --review lists last year's period figures with what each choice prints, and --choices applies them")
{
    QTemporaryDir dir;
    const QString plan = samplePlan(dir);
    Result r = run({QStringLiteral("checkin"), plan, QStringLiteral("--task"), QStringLiteral("4"), QStringLiteral("--period"),
                    QStringLiteral("2026Q2"), QStringLiteral("--actual"), QStringLiteral("完成标准化改造的社区卫生服务中心=2")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    r = run({QStringLiteral("rollforward"), plan, QStringLiteral("--review")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QJsonArray review = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(review.size() == 1);
    QJsonObject item = review.first().toObject();
    CHECK(item.value(QStringLiteral("period")).toString() == QStringLiteral("2026Q2"));
    CHECK(item.value(QStringLiteral("choice")).toString() == QStringLiteral("period"));
    const QJsonObject printed = item.value(QStringLiteral("printed")).toObject();
    CHECK(printed.value(QStringLiteral("period")).toString() == QStringLiteral("（2026年上半年为2家）"));
    CHECK(printed.value(QStringLiteral("target")).toString() == QStringLiteral("（2026年目标为10家）"));
    CHECK(printed.value(QStringLiteral("none")).toString().isEmpty());
    // By default the figure with its period named; chosen "none", no baseline.
    r = run({QStringLiteral("rollforward"), plan, QStringLiteral("-o"), dir.filePath(QStringLiteral("a.aplan"))});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("1 from a period's figure with the period named, 0 left out")));
    item.insert(QStringLiteral("choice"), QStringLiteral("none"));
    review[0] = item;
    const QString choices = dir.filePath(QStringLiteral("choices.json"));
    QFile file(choices);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(review).toJson());
    file.close();
    r = run({QStringLiteral("rollforward"), plan, QStringLiteral("-o"), dir.filePath(QStringLiteral("b.aplan")),
             QStringLiteral("--choices"), choices});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("0 from a period's figure with the period named, 1 left out")));
    // A choices file that is not one is refused, and nothing is written.
    file.open(QIODevice::WriteOnly);
    file.write("{\"choice\": 3}");
    file.close();
    r = run({QStringLiteral("rollforward"), plan, QStringLiteral("-o"), dir.filePath(QStringLiteral("c.aplan")),
             QStringLiteral("--choices"), choices});
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("rollforward --review")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("c.aplan"))));
}

TEST_CASE("status prints every task's standing as JSON, and report, forms and collect run headless")
{
    QTemporaryDir dir;
    const QString plan = samplePlan(dir);
    Result r = run({QStringLiteral("status"), plan, QStringLiteral("--date"), QStringLiteral("2026-07-01"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("date")).toString() == QStringLiteral("2026-07-01"));
    const QJsonArray tasks = root.value(QStringLiteral("tasks")).toArray();
    CHECK(tasks.size() == 33);
    const QJsonObject first = tasks.first().toObject();
    for (const char *key : {"status", "expected", "actual", "warning", "targets", "days_left"})
        CHECK(first.contains(QLatin1String(key)));
    // Nothing is reported yet: on 1 July no task has its second quarter's report, so every one is
    // 未填报 (not reported), none 逾期 or 滞后 — nothing tells how far they are.
    int unreported = 0;
    for (const QJsonValue &t : tasks) {
        unreported += t.toObject().value(QStringLiteral("warning")).toString() == QStringLiteral("unreported");
        CHECK(t.toObject().value(QStringLiteral("period_due")).toString() == QStringLiteral("2026Q2"));
    }
    CHECK(unreported == 33);
    CHECK(root.value(QStringLiteral("counts")).toObject().value(QStringLiteral("unreported")).toInt() == 33);

    const QString forms = dir.filePath(QStringLiteral("forms"));
    r = run({QStringLiteral("forms"), plan, QStringLiteral("--period"), QStringLiteral("2026Q2"), QStringLiteral("-o"), forms});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QStringList files = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(files.size() >= 5);
    // An unfilled form changes nothing.
    const QByteArray before = testutil::sha256(plan);
    r = run({QStringLiteral("collect"), plan, files.first()});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("0 new")));
    CHECK(testutil::sha256(plan) == before);
    // A form of another period's plan file is refused.
    const QString otherPlan = dir.filePath(QStringLiteral("other.aplan"));
    REQUIRE(run({QStringLiteral("create"), otherPlan, QStringLiteral("--year"), QStringLiteral("2026"),
                 QStringLiteral("--title"), QStringLiteral("别的计划")}).code == 0);
    r = run({QStringLiteral("collect"), otherPlan, files.first()});
    CHECK(r.code == 2);

    const QString pdf = dir.filePath(QStringLiteral("通报.pdf"));
    r = run({QStringLiteral("report"), plan, QStringLiteral("--period"), QStringLiteral("2026Q2"), QStringLiteral("--pdf"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(QFileInfo(pdf).size() > 1000);
    r = run({QStringLiteral("report"), plan, QStringLiteral("--period"), QStringLiteral("2026Q5"), QStringLiteral("--pdf"), pdf});
    CHECK(r.code == 64);
}

TEST_CASE("Every subcommand --help lists answers its own --help: the list and the dispatch are one table")
{
    const Result help = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(help.code == 0);
    const QStringList lines = help.out.split(QLatin1Char('\n'));
    const int start = int(lines.indexOf(QStringLiteral("Subcommands (run without a display):")));
    REQUIRE(start >= 0);
    QStringList names;
    for (int i = start + 1; i < lines.size() && lines.at(i).startsWith(QLatin1String("  ")); ++i)
        names << lines.at(i).trimmed().section(QLatin1Char(' '), 0, 0);
    CHECK(names == QStringList{QStringLiteral("info"), QStringLiteral("clean-copy"), QStringLiteral("create"), QStringLiteral("export"),
                               QStringLiteral("rollforward"), QStringLiteral("import"), QStringLiteral("status"),
                               QStringLiteral("report"), QStringLiteral("forms"), QStringLiteral("collect"), QStringLiteral("schedule"),
                               QStringLiteral("assess"), QStringLiteral("summary"), QStringLiteral("version"), QStringLiteral("compare"), QStringLiteral("publish"), QStringLiteral("copy"), QStringLiteral("checkin"), QStringLiteral("grant"), QStringLiteral("server")});
    for (const QString &name : names) {
        INFO(name.toStdString());
        const Result r = run({name, QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        CHECK(r.code == 0);
        // Its own help, not the window's: it names itself as the first argument.
        CHECK(r.out.contains(QStringLiteral(" ") + name));
        CHECK_FALSE(r.out.contains(QStringLiteral("Subcommands (run without a display):")));
    }
}

TEST_CASE("The progress report and the assessment print in Chinese under an English or C locale")
{
    QTemporaryDir dir;
    const QString plan = samplePlan(dir);
    auto pdfText = [](const QString &pdf) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        REQUIRE(p.waitForFinished(30000));
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString progress = dir.filePath(QStringLiteral("progress.pdf"));
    Result r = run({QStringLiteral("report"), plan, QStringLiteral("--period"), QStringLiteral("2026Q3"),
                    QStringLiteral("--pdf"), progress, QStringLiteral("--lang"), QStringLiteral("en")},
                   "C");
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QString text = pdfText(progress);
    CHECK(text.contains(QStringLiteral("第三季度进展通报")));
    CHECK(text.contains(QStringLiteral("附件")));
    CHECK(text.contains(QStringLiteral("序时进度")));
    // Table headers are words and stay whole on their line (not 实际进/度).
    CHECK(text.contains(QStringLiteral("实际进度")));
    CHECK(text.contains(QStringLiteral("牵头单位")));
    // Numbers stand in the sentence without spaces, as a clerk writes them; tasks nobody reported on
    // for the quarter are counted as not reported (未填报), with their share, and every
    // department leading one is named.
    QString joinedText = text;
    joinedText.remove(QLatin1Char('\n'));
    CHECK(joinedText.contains(QStringLiteral("计划共有任务33项")));
    CHECK(joinedText.contains(QStringLiteral("已完成0项，占0.0%")));
    CHECK(joinedText.contains(QStringLiteral("未填报33项，占100.0%")));
    CHECK(joinedText.contains(QStringLiteral("个单位未报送进展情况")));
    CHECK(text.contains(QStringLiteral("未填报")));
    static const QRegularExpression english(QStringLiteral("Progress Report|Annex|Overdue|Expected|Not started|"
                                                           "On track|As of|Q3 2026"));
    CHECK_FALSE(english.match(text).hasMatch());

    const QString annual = dir.filePath(QStringLiteral("annual.pdf"));
    r = run({QStringLiteral("report"), plan, QStringLiteral("--annual"), QStringLiteral("--pdf"), annual,
             QStringLiteral("--lang"), QStringLiteral("en")},
            "en_US.UTF-8");
    REQUIRE(r.code == 0);
    const QString annualText = pdfText(annual);
    CHECK(annualText.contains(QStringLiteral("年度考核")));
    CHECK_FALSE(english.match(annualText).hasMatch());
    // The window's language still decides the command's own messages.
    CHECK_FALSE(r.err.contains(QStringLiteral("已")));
}

TEST_CASE("publish puts a plan file on the server, info reads it there, copy brings it back, and a second publish is refused")
{
    const QString database = testutil::testDatabase();
    if (database.isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    QTemporaryDir dir;
    const QString file = samplePlan(dir);
    const QByteArray before = testutil::sha256(file);
    const QString address = database + QStringLiteral("?plan=cli-") + QFileInfo(dir.path()).fileName();
    Result r = run({QStringLiteral("publish"), file, address});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(testutil::sha256(file) == before);   // the file is only read
    r = run({QStringLiteral("info"), address, QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Title: 清河区2026年卫生健康工作计划")));
    CHECK(r.out.contains(QStringLiteral("Tasks: 33")));
    r = run({QStringLiteral("publish"), file, address});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--replace")));
    CHECK(run({QStringLiteral("publish"), file, address, QStringLiteral("--replace")}).code == 0);
    const QString copy = dir.filePath(QStringLiteral("copy.aplan"));
    r = run({QStringLiteral("copy"), address, QStringLiteral("-o"), copy});
    REQUIRE(r.code == 0);
    const Result original = run({QStringLiteral("info"), file, QStringLiteral("--lang"), QStringLiteral("en")});
    const Result copied = run({QStringLiteral("info"), copy, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(copied.out.section(u'\n', 1) == original.out.section(u'\n', 1));   // all but the File: line
    // A wrong address says what is wrong with it, in Chinese for a Chinese clerk.
    r = run({QStringLiteral("info"), QStringLiteral("postgresql://clerk@localhost/bureau")}, "zh_CN.UTF-8");
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("不是计划地址")));
}

TEST_CASE("server init prepares a database from the command line as its owner, says so in Chinese, and refuses anyone else")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const testutil::Bureau bureau(tag);
    const QString editor = QStringLiteral("cli_editor_") + tag;
    testutil::psql(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD 'pw-%2'").arg(editor, tag));
    QString database = testutil::addressAs(bureau.clerk, QStringLiteral("x"), bureau.database);
    database = database.left(database.indexOf(QLatin1Char('?')));
    // No plan in the address: it names the database.
    const Result ready = runCli({QStringLiteral("server"), QStringLiteral("init"), database, QStringLiteral("--publisher"), editor},
                                "zh_CN.UTF-8", {{QStringLiteral("PGPASSWORD"), bureau.password}});
    INFO(ready.err.toStdString());
    CHECK(ready.code == 0);
    CHECK(ready.err.contains(QStringLiteral("已为年度计划准备好")));
    CHECK(ready.err.contains(QStringLiteral("max_connections")));
    const QString group = QStringLiteral("annualplan_publish_")
        + testutil::psql(QStringLiteral("SELECT oid FROM pg_database WHERE datname = '%1'").arg(bureau.database));
    CHECK(ready.err.contains(group));
    CHECK(testutil::psql(QStringLiteral("SELECT pg_has_role('%1', '%2', 'member')").arg(editor, group)) == QStringLiteral("t"));
    // Someone else: refused, in Chinese, nothing changed.
    QString asEditor = database;
    asEditor.replace(bureau.clerk + QLatin1Char('@'), editor + QLatin1Char('@'));
    const Result refused = runCli({QStringLiteral("server"), QStringLiteral("init"), asEditor}, "zh_CN.UTF-8",
                                  {{QStringLiteral("PGPASSWORD"), QStringLiteral("pw-") + tag}});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(QStringLiteral("只有数据库")));
    // Without init, or a word other than init: how it is used.
    CHECK(runCli({QStringLiteral("server"), QStringLiteral("start"), database}).code != 0);
}

TEST_CASE("grant gives a department's login its reports from the command line, on its own tasks only")
{
    const QString database = testutil::testDatabase();
    if (database.isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    QTemporaryDir dir;
    const QString file = samplePlan(dir);
    const QString tag = QFileInfo(dir.path()).fileName().toLower().remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    const QString address = database + QStringLiteral("?plan=grant-") + tag;
    REQUIRE(run({QStringLiteral("publish"), file, address}).code == 0);
    const QString login = QStringLiteral("jc_cli_") + tag;
    Result r = runCli({QStringLiteral("grant"), address, QStringLiteral("--login"), login, QStringLiteral("--department"),
                       QStringLiteral("区卫健委基层卫生科"), QStringLiteral("--password-stdin")},
                      "C.UTF-8", {}, "jc-secret\n");
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.err.contains(login));
    // Without a password a login that does not exist is not made.
    r = run({QStringLiteral("grant"), address, QStringLiteral("--login"), QStringLiteral("nobody_") + tag,
             QStringLiteral("--department"), QStringLiteral("区卫健委基层卫生科")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--password-stdin")));
    // A first password for the member to replace is read from standard input, or refused.
    r = run({QStringLiteral("grant"), address, QStringLiteral("--login"), QStringLiteral("first_") + tag,
             QStringLiteral("--choose-password")});
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("--password-stdin")));
    r = runCli({QStringLiteral("grant"), address, QStringLiteral("--login"), QStringLiteral("first_") + tag,
                QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("--password-stdin"),
                QStringLiteral("--choose-password")},
               "C.UTF-8", {}, "first-secret\n");
    CHECK(r.code == 0);
    QString firstLogin = address;
    firstLogin.replace(QRegularExpression(QStringLiteral("//[^@]+@")), QStringLiteral("//first_%1@").arg(tag));
    ap::ServerPlans::rememberPassword(testutil::parsedAddress(firstLogin), QStringLiteral("first-secret"));
    bool asked = false;
    QString why;
    CHECK(ap::ServerPlans::passwordToChoose(testutil::parsedAddress(firstLogin), &asked, &why));
    // The department's login, by the ids status --json prints for the plan on the server.
    QString asLogin = address;
    asLogin.replace(QRegularExpression(QStringLiteral("//[^@]+@")), QStringLiteral("//%1@").arg(login));
    const QHash<QString, QString> password{{QStringLiteral("PGPASSWORD"), QStringLiteral("jc-secret")}};
    r = runCli({QStringLiteral("status"), asLogin, QStringLiteral("--json")}, "C.UTF-8", password);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonArray tasks = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("tasks")).toArray();
    QString mine, theirs;
    for (const QJsonValue &t : tasks) {
        const QJsonArray leads = t.toObject().value(QStringLiteral("lead")).toArray();
        const QString lead = leads.isEmpty() ? QString() : leads.first().toString();
        const QString id = QString::number(t.toObject().value(QStringLiteral("id")).toInteger());
        if (mine.isEmpty() && lead == QStringLiteral("区卫健委基层卫生科"))
            mine = id;
        if (theirs.isEmpty() && lead == QStringLiteral("区卫健委医政科"))
            theirs = id;
    }
    REQUIRE_FALSE(mine.isEmpty());
    REQUIRE_FALSE(theirs.isEmpty());
    r = runCli({QStringLiteral("checkin"), asLogin, QStringLiteral("--task"), mine, QStringLiteral("--period"),
                QStringLiteral("2026Q2"), QStringLiteral("--percent"), QStringLiteral("50"), QStringLiteral("--text"),
                QStringLiteral("按计划推进")},
               "C.UTF-8", password);
    CHECK(r.code == 0);
    // Another department's task: the server itself says no, and the clerk reads why, in Chinese.
    r = runCli({QStringLiteral("checkin"), asLogin, QStringLiteral("--task"), theirs, QStringLiteral("--period"),
                QStringLiteral("2026Q2"), QStringLiteral("--percent"), QStringLiteral("50")},
               "zh_CN.UTF-8", password);
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("区卫健委基层卫生科")));
    // The report is there for the clerk, with who entered it.
    r = run({QStringLiteral("status"), address, QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("\"last_report\": \"2026Q2\"")));
}

TEST_CASE("checkin records a report on a plan file by the ids status --json prints, and refuses a wrong one with the reason")
{
    QTemporaryDir dir;
    const QString file = samplePlan(dir);
    Result r = run({QStringLiteral("status"), file, QStringLiteral("--json"), QStringLiteral("--date"), QStringLiteral("2026-06-30")});
    REQUIRE(r.code == 0);
    const QJsonObject first = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("tasks")).toArray().at(0).toObject();
    const QString id = QString::number(first.value(QStringLiteral("id")).toInteger());
    const QString indicator = first.value(QStringLiteral("targets")).toArray().at(0).toObject().value(QStringLiteral("indicator")).toString();
    REQUIRE_FALSE(indicator.isEmpty());
    r = run({QStringLiteral("checkin"), file, QStringLiteral("--task"), id, QStringLiteral("--period"), QStringLiteral("2026Q2"),
             QStringLiteral("--status"), QStringLiteral("推进中"), QStringLiteral("--percent"), QStringLiteral("55"),
             QStringLiteral("--actual"), indicator + QStringLiteral("=83"), QStringLiteral("--text"), QStringLiteral("按计划推进")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    r = run({QStringLiteral("status"), file, QStringLiteral("--json"), QStringLiteral("--date"), QStringLiteral("2026-06-30")});
    const QJsonObject after = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("tasks")).toArray().at(0).toObject();
    CHECK(after.value(QStringLiteral("actual")).toDouble() == 55.0);
    CHECK(after.value(QStringLiteral("targets")).toArray().at(0).toObject().value(QStringLiteral("actual")).toDouble() == 83.0);
    // Wrong words are refused in the clerk's language, and the file stays as it is.
    const QByteArray before = testutil::sha256(file);
    r = run({QStringLiteral("checkin"), file, QStringLiteral("--task"), id, QStringLiteral("--period"), QStringLiteral("2026Q2"),
             QStringLiteral("--actual"), QStringLiteral("没有这个指标=1")},
            "zh_CN.UTF-8");
    CHECK(r.code == 2);
    CHECK(r.err.contains(indicator));
    CHECK(run({QStringLiteral("checkin"), file, QStringLiteral("--task"), QStringLiteral("abc")}).code == 64);
    CHECK(testutil::sha256(file) == before);
}

TEST_CASE("version saves and lists a plan's versions; compare lists what changed since one, records reasons and prints the 调整对照表; export prints a version as it was saved")
{
    using namespace ap;
    QTemporaryDir dir;
    const QString file = samplePlan(dir);
    Result r = run({QStringLiteral("version"), file, QStringLiteral("--save"), QStringLiteral("印发版")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("印发版")));
    // A name of its own: the same again is refused, and nothing written.
    QByteArray before = testutil::sha256(file);
    r = run({QStringLiteral("version"), file, QStringLiteral("--save"), QStringLiteral("印发版")}, "zh_CN.UTF-8");
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("已有名为“印发版”的版本")));
    CHECK(testutil::sha256(file) == before);
    const QString issuedCsv = dir.filePath(QStringLiteral("issued.csv"));
    REQUIRE(run({QStringLiteral("export"), file, QStringLiteral("--csv"), issuedCsv}).code == 0);

    // Two targets and a deadline adjusted.
    QStringList keys;
    {
        QString error;
        auto doc = PlanDocument::open(file, PlanDocument::Mode::ReadWrite, &error);
        REQUIRE(doc);
        for (const Task &t : doc->plan().tasks) {
            Task changed = t;
            if (t.title == QStringLiteral("扩大重点人群签约覆盖") || t.title == QStringLiteral("癌症早筛早诊早治"))
                changed.targets[0].value = *t.targets[0].value + 1;
            else if (t.title == QStringLiteral("乡村医生能力轮训"))
                changed.deadline = QDate(2026, 10, 31);
            else
                continue;
            REQUIRE(edits::editTask(*doc, changed, QStringLiteral("adjust")));
            keys << QStringLiteral("task:%1").arg(t.id);
        }
    }
    REQUIRE(keys.size() == 3);
    r = run({QStringLiteral("version"), file, QStringLiteral("--list")});
    CHECK(r.out.startsWith(QStringLiteral("1  印发版  ")));

    // A key that is no change's is refused before any reason is written.
    before = testutil::sha256(file);
    r = run({QStringLiteral("compare"), file, QStringLiteral("--from"), QStringLiteral("印发版"), QStringLiteral("--reason"),
             keys.at(0) + QStringLiteral("=理由一"), QStringLiteral("--reason"), QStringLiteral("task:999999=理由")});
    CHECK(r.code == 2);
    CHECK(testutil::sha256(file) == before);
    r = run({QStringLiteral("compare"), file, QStringLiteral("--from"), QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--reason"),
             keys.at(0) + QStringLiteral("=理由一"), QStringLiteral("--reason"), keys.at(2) + QStringLiteral("=理由三")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("from")).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("印发版"));
    CHECK(json.value(QStringLiteral("to")).toString() == QStringLiteral("now"));
    const QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
    REQUIRE(changes.size() == 3);
    QStringList found;
    for (const QJsonValue &c : changes) {
        found << c.toObject().value(QStringLiteral("key")).toString();
        CHECK(c.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("changed"));
    }
    found.sort();
    QStringList expected = keys;
    expected.sort();
    CHECK(found == expected);
    int reasons = 0;
    for (const QJsonValue &c : changes)
        reasons += c.toObject().value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("理由")) ? 1 : 0;
    CHECK(reasons == 2);

    // The list in Chinese, and the table written as PDF and Word.
    r = run({QStringLiteral("compare"), file, QStringLiteral("--from"), QStringLiteral("印发版")}, "zh_CN.UTF-8");
    CHECK(r.out.contains(QStringLiteral("共 3 处变动")));
    CHECK(r.out.contains(QStringLiteral("理由：理由一")));
    const QString pdf = dir.filePath(QStringLiteral("对照表.pdf")), docx = dir.filePath(QStringLiteral("对照表.docx"));
    r = run({QStringLiteral("compare"), file, QStringLiteral("--from"), QStringLiteral("印发版"), QStringLiteral("--pdf"), pdf,
             QStringLiteral("--docx"), docx, QStringLiteral("--cover"), QStringLiteral("request")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(QFileInfo(pdf).size() > 0);
    CHECK(QFileInfo(docx).size() > 0);
    CHECK(run({QStringLiteral("compare"), file, QStringLiteral("--from"), QStringLiteral("没有这个版本")}).code == 2);

    // The version exported as it was saved: the table as it was then, the plan now's differs.
    const QString versionCsv = dir.filePath(QStringLiteral("version.csv")), nowCsv = dir.filePath(QStringLiteral("now.csv"));
    const QString versionPdf = dir.filePath(QStringLiteral("印发版.pdf"));
    r = run({QStringLiteral("export"), file, QStringLiteral("--saved-version"), QStringLiteral("印发版"), QStringLiteral("--csv"),
             versionCsv, QStringLiteral("--pdf"), versionPdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE(run({QStringLiteral("export"), file, QStringLiteral("--csv"), nowCsv}).code == 0);
    CHECK(testutil::sha256(versionCsv) == testutil::sha256(issuedCsv));
    CHECK(testutil::sha256(nowCsv) != testutil::sha256(issuedCsv));
    CHECK(QFileInfo(versionPdf).size() > 0);
    r = run({QStringLiteral("export"), file, QStringLiteral("--saved-version"), QStringLiteral("调整版"), QStringLiteral("--csv"),
             dir.filePath(QStringLiteral("none.csv"))}, "zh_CN.UTF-8");
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("印发版")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none.csv"))));
    CHECK(run({QStringLiteral("compare"), file, QStringLiteral("--from"), QStringLiteral("1"), QStringLiteral("--cover"),
               QStringLiteral("letter")}).code == 64);
}

TEST_CASE("schedule lists what falls due this month and next, and writes the 月度工作安排表 as PDF, Word and Excel")
{
    QTemporaryDir dir;
    const QString file = samplePlan(dir);
    Result r = run({QStringLiteral("schedule"), file, QStringLiteral("--date"), QStringLiteral("2026-06-15")}, "zh_CN.UTF-8");
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("2026-06")));
    CHECK(r.out.contains(QStringLiteral("推行预约诊疗和分时段就诊")));
    CHECK(r.out.contains(QStringLiteral("远程会诊≥8000例")));
    const QString pdf = dir.filePath(QStringLiteral("安排表.pdf")), docx = dir.filePath(QStringLiteral("安排表.docx")),
                  xlsx = dir.filePath(QStringLiteral("安排表.xlsx"));
    r = run({QStringLiteral("schedule"), file, QStringLiteral("--pdf"), pdf, QStringLiteral("--docx"), docx, QStringLiteral("--xlsx"), xlsx,
             QStringLiteral("--by-unit")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    for (const QString &out : {pdf, docx, xlsx})
        CHECK(QFileInfo(out).size() > 0);
    // The workbook holds the table: its sheet's strings name the tasks and the months.
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
    REQUIRE(unzip.waitForFinished(-1));
    const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
    CHECK(strings.contains(QStringLiteral("推行预约诊疗和分时段就诊")));
    CHECK(strings.contains(QStringLiteral("12月")));
}
