// Values in a plan file are as untrusted as the file: each case writes into a valid plan what
// another tool could (infinity, text in a number's column, numbers out of any plan's range, a year
// of 99999, a period that is none, sections in a circle, a value of megabytes) and asserts that the
// plan is refused with a message naming it, in the core and on the command line, never shown or
// looped on, its bytes unchanged; and that a merely long text opens and is flagged by Plan Checks.
#include "document/plancheck.h"
#include "document/plandocument.h"
#include "storage/rowquery.h"
#include "storage/rowvalues.h"

#include "../support/planfiletamper.h"
#include "../support/testutil.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ap;
using testutil::runCli;
using testutil::tamper;

namespace {

// The small plan with one report on its first task.
QString reportedPlan(const QTemporaryDir &dir)
{
    const QString path = testutil::smallPlanFile(dir);
    QString error;
    Id task = 0;
    {
        auto doc = PlanDocument::open(path, PlanDocument::Mode::ReadOnly, &error);
        REQUIRE(doc);
        task = doc->plan().tasks.cbegin().key();
    }
    const testutil::CliResult r = runCli({QStringLiteral("checkin"), path, QStringLiteral("--task"), QString::number(task),
                                          QStringLiteral("--period"), QStringLiteral("2026Q1"), QStringLiteral("--percent"),
                                          QStringLiteral("30")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return path;
}

} // namespace

TEST_CASE("A plan file with a value no plan has is refused by name, in the core and the command line, and left as it was")
{
    struct Case
    {
        const char *what;
        QString statement;
        QString named;
    };
    const QList<Case> cases = {
        {"an infinite target", QStringLiteral("UPDATE target SET value = 9e999"), QStringLiteral("value")},
        {"text in a number's column", QStringLiteral("UPDATE target SET value = 'NaN'"), QStringLiteral("NaN")},
        {"a baseline out of any range", QStringLiteral("UPDATE target SET baseline = 1e300"), QStringLiteral("baseline")},
        {"an infinite step", QStringLiteral("INSERT INTO target_step SELECT id, 0, -9e999, '2026-06-30' FROM target"),
         QStringLiteral("target_step")},
        {"a percent past 100", QStringLiteral("UPDATE checkin SET percent = 250"), QStringLiteral("percent")},
        {"an infinite figure", QStringLiteral("INSERT INTO checkin_value SELECT c.id, t.id, 9e999 FROM checkin c, target t"),
         QStringLiteral("actual")},
        {"a period that is none", QStringLiteral("UPDATE checkin SET period = '2026q1 '"), QStringLiteral("period")},
        {"a locked period that is none", QStringLiteral("INSERT INTO period_lock VALUES ('Q1', 1, '2026-04-01', '')"),
         QStringLiteral("period_lock")},
        {"a deadline that is no date", QStringLiteral("UPDATE task SET deadline = '2026-13-45'"), QStringLiteral("2026-13-45")},
        {"a due date in the year 9999", QStringLiteral("UPDATE target SET due_date = '9999-12-31'"), QStringLiteral("due_date")},
        {"a date of issue that is a number", QStringLiteral("UPDATE plan SET document_date = 20260115"),
         QStringLiteral("document_date")},
        {"a report date that is no date", QStringLiteral("UPDATE checkin SET report_date = 'soon'"), QStringLiteral("report_date")},
        {"a year of 99999", QStringLiteral("UPDATE plan SET year = 99999"), QStringLiteral("99999")},
        {"days of warning past any year", QStringLiteral("UPDATE plan SET warn_days = -5"), QStringLiteral("warn_days")},
        {"sections in a circle", QStringLiteral("UPDATE section SET parent_id = id WHERE parent_id IS NOT NULL"),
         QStringLiteral("")},
        {"a task in no section", QStringLiteral("UPDATE task SET section_id = 99999"), QStringLiteral("")},
        {"a baseline year as text", QStringLiteral("UPDATE target SET baseline_year = 'MMXXV'"), QStringLiteral("MMXXV")},
        {"a due date that is a number", QStringLiteral("UPDATE target SET due_date = 2026.5"), QStringLiteral("due_date")},
        {"a step due on no day", QStringLiteral("INSERT INTO target_step SELECT id, 0, 5, '2026-02-30' FROM target"),
         QStringLiteral("2026-02-30")},
        {"a start date in the year 0", QStringLiteral("UPDATE task SET start_date = '0000-01-01'"), QStringLiteral("start_date")},
        {"a value of megabytes", QStringLiteral("UPDATE task SET description = printf('%.*c', 5000000, 'x')"),
         QStringLiteral("4 MB")},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            QTemporaryDir dir;
            const QString path = reportedPlan(dir);
            tamper(path, {c.statement});
            const QByteArray bytes = testutil::sha256(path);
            for (PlanDocument::Mode mode : {PlanDocument::Mode::ReadWrite, PlanDocument::Mode::ReadOnly}) {
                QString error;
                auto doc = PlanDocument::open(path, mode, &error);
                INFO(error.toStdString());
                CHECK(!doc);
                CHECK(!error.isEmpty());
                CHECK(error.contains(c.named));
            }
            const testutil::CliResult r = runCli({QStringLiteral("status"), path, QStringLiteral("--json")}, "zh_CN.UTF-8");
            INFO(r.err.toStdString());
            CHECK(r.code == 2);
            CHECK(!r.err.trimmed().isEmpty());
            CHECK(testutil::sha256(path) == bytes);
        }
    }
}

TEST_CASE("A long text opens, and Plan Checks flag it where it is")
{
    QTemporaryDir dir;
    const QString path = testutil::smallPlanFile(dir);
    tamper(path, {QStringLiteral("UPDATE task SET notes = printf('%.*c', 30000, 'x') WHERE id = (SELECT min(id) FROM task)")});
    QString error;
    auto doc = PlanDocument::open(path, PlanDocument::Mode::ReadOnly, &error);
    INFO(error.toStdString());
    REQUIRE(doc);
    int flagged = 0;
    for (const PlanFinding &f : PlanCheck::run(*doc))
        if (f.kind == PlanFinding::TextTooLong) {
            ++flagged;
            CHECK(f.taskId != 0);
            CHECK(f.message.contains(QStringLiteral("30000")));
        }
    CHECK(flagged == 1);
}

TEST_CASE("A date in a plan file is read as Qt reads an ISO date, the usual form without Qt's parse")
{
    const QStringList texts = {
        QStringLiteral("2026-06-30"), QStringLiteral("2024-02-29"), QStringLiteral("2026-02-29"), QStringLiteral("2026-13-01"),
        QStringLiteral("2026-00-10"), QStringLiteral("0000-01-01"), QStringLiteral("2026-6-30"),  QStringLiteral("2026/06/30"),
        QStringLiteral("2026-06-30T08:00"), QStringLiteral("2026-06-3x"), QStringLiteral("２０２６-06-30"), QStringLiteral(""),
        QStringLiteral("20260630"), QStringLiteral(" 2026-06-30"), QStringLiteral("+026-06-30"), QStringLiteral("9999-12-31"),
    };
    for (const QString &text : texts) {
        INFO(text.toStdString());
        CHECK(rowvalues::isoDate(text) == QDate::fromString(text, Qt::ISODate));
        // As SQLite holds it (UTF-8), and as Latin-1 where it is.
        const QByteArray utf8 = text.toUtf8();
        CHECK(rowvalues::isoDate(QUtf8StringView(utf8)) == QDate::fromString(text, Qt::ISODate));
        const QByteArray latin1 = text.toLatin1();
        if (QString::fromLatin1(latin1) == text)
            CHECK(rowvalues::isoDate(QLatin1StringView(latin1)) == QDate::fromString(text, Qt::ISODate));
    }
}

TEST_CASE("A row's values read by kind are what its values converted are, for every kind SQLite keeps")
{
    QTemporaryDir dir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kinds"));
        db.setDatabaseName(dir.filePath(QStringLiteral("kinds.sqlite")));
        REQUIRE(db.open());
        QSqlQuery make(db);
        REQUIRE(make.exec(QStringLiteral("CREATE TABLE t (a, b, c, d, e, f, g)")));
        REQUIRE(make.exec(QStringLiteral("INSERT INTO t VALUES (NULL, 42, -3.5, '卫生健康 12.5', x'00ff', '7', 1e300)")));
        RowQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT a, b, c, d, e, f, g FROM t")));
        REQUIRE(q.next());
        const QList<RowQuery::Kind> kinds = {RowQuery::Kind::Null, RowQuery::Kind::Integer, RowQuery::Kind::Real,
                                             RowQuery::Kind::Text, RowQuery::Kind::Other,   RowQuery::Kind::Text,
                                             RowQuery::Kind::Real};
        for (int c = 0; c < 8; ++c) {   // 7: past the row's end
            INFO("column " << c);
            const QVariant v = q.value(c);
            if (c < 7)
                CHECK(q.kind(c) == kinds.at(c));
            CHECK(q.text(c) == v.toString());
            CHECK(q.text(c).isNull() == v.toString().isNull());
            CHECK(q.textView(c).toString() == v.toString());
            CHECK(q.integer(c) == v.toLongLong());
            CHECK(q.real(c) == v.toDouble());
        }
        CHECK(q.text(3) == QStringLiteral("卫生健康 12.5"));
        CHECK(!q.next());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kinds"));
}
