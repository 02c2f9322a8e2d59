#include "io/tableexport.h"

#include "../support/testutil.h"

#include <QProcess>

using namespace ap;

TEST_CASE("The task table exports as CSV with a byte-order mark, a header row and quoted cells")
{
    testutil::DocumentFixture f;
    const QString path = f.dir.filePath(QStringLiteral("tasks.csv"));
    QString error;
    REQUIRE(TableExport::writeCsv(*f.doc, path, &error));
    const QByteArray bytes = testutil::readAll(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.first() == TableExport::header().join(QLatin1Char(',')));
    CHECK(lines.at(1).startsWith(QStringLiteral("1,（一）家庭医生,扩大签约覆盖面,")));
    CHECK(lines.at(1).contains(QStringLiteral("重点人群签约率提升至85%（2025年为80%），投诉率控制在0.5%以内")));
    CHECK(lines.at(1).contains(QStringLiteral(",2026-12-31,区卫健委,区财政局,")));
}

TEST_CASE("The task table exports as an Excel workbook whose cells hold the plan's text")
{
    testutil::DocumentFixture f;
    const QString path = f.dir.filePath(QStringLiteral("tasks.xlsx"));
    QString error;
    REQUIRE(TableExport::writeXlsx(*f.doc, path, &error));
    // Read back with unzip in its own process: QuaZip and libxlsxwriter both export minizip's
    // symbols, so they must not share a process.
    auto member = [&path](const QString &name) {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, name});
        REQUIRE(unzip.waitForFinished(30000));
        REQUIRE(unzip.exitCode() == 0);
        return QString::fromUtf8(unzip.readAllStandardOutput());
    };
    const QString xml = member(QStringLiteral("xl/sharedStrings.xml"));
    CHECK(xml.contains(QStringLiteral("工作任务")));
    CHECK(xml.contains(QStringLiteral("扩大签约覆盖面")));
    CHECK(xml.contains(QStringLiteral("病历质量督查")));
    CHECK(member(QStringLiteral("xl/worksheets/sheet1.xml")).contains(QStringLiteral("state=\"frozen\"")));
    CHECK(testutil::listing(f.dir.path()).contains(QStringLiteral("tasks.xlsx")));
    // The plan, its lock and the workbook: no temporary file is left.
    CHECK(testutil::listing(f.dir.path())
          == (QStringList{QStringLiteral("plan.aplan"), QStringLiteral("plan.aplan.lock"), QStringLiteral("tasks.xlsx")}));
}

TEST_CASE("A spreadsheet export to a folder that does not exist fails with the file's name and leaves nothing")
{
    testutil::DocumentFixture f;
    QString error;
    CHECK_FALSE(TableExport::writeCsv(*f.doc, f.dir.filePath(QStringLiteral("none/t.csv")), &error));
    CHECK(error.contains(QStringLiteral("t.csv")));
    CHECK_FALSE(TableExport::writeXlsx(*f.doc, f.dir.filePath(QStringLiteral("none/t.xlsx")), &error));
    CHECK(error.contains(QStringLiteral("t.xlsx")));
    CHECK(testutil::listing(f.dir.path()) == (QStringList{QStringLiteral("plan.aplan"), QStringLiteral("plan.aplan.lock")}));
}

TEST_CASE("A CSV export on a full disk fails and leaves no file")
{
    testutil::SmallDisk disk(QStringLiteral("64k"));
    if (!disk.ok()) {
        WARN("cannot mount a small tmpfs here (not root?): full-disk CSV test skipped");
        return;
    }
    testutil::DocumentFixture f;
    disk.fill(0);
    QString error;
    CHECK_FALSE(TableExport::writeCsv(*f.doc, disk.path(QStringLiteral("t.csv")), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(TableExport::writeXlsx(*f.doc, disk.path(QStringLiteral("t.xlsx")), &error));
    CHECK(testutil::listing(disk.path(QString())) == QStringList{QStringLiteral("filler")});
}
