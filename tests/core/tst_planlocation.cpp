// Where a plan lives, read from text once where it comes in: a file or a server plan, a wrong
// address refused with the reason (never taken for a file), and what the window and the command
// line say and compare of it.
#include "document/planlocation.h"

#include "../support/testutil.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ap;

TEST_CASE("Text names a plan file unless it is meant as an address, and a wrong address is refused with the reason")
{
    QString error;
    const auto file = PlanLocation::parse(QStringLiteral("/home/clerk/清河区2026年计划.aplan"), &error);
    REQUIRE(file);
    CHECK(file->isFile());
    CHECK_FALSE(file->isServer());
    CHECK(file->filePath() == QStringLiteral("/home/clerk/清河区2026年计划.aplan"));
    CHECK(file->displayName() == QStringLiteral("清河区2026年计划.aplan"));
    CHECK(file->baseName() == QStringLiteral("清河区2026年计划"));
    CHECK(file->folder() == QStringLiteral("/home/clerk"));

    const auto server = PlanLocation::parse(
        QStringLiteral("postgresql://clerk@db.example.org/bureau?plan=%E6%B8%85%E6%B2%B32026/%E6%96%B0"), &error);
    REQUIRE(server);
    CHECK(server->isServer());
    CHECK(server->filePath().isEmpty());
    CHECK(server->address().plan == QStringLiteral("清河2026/新"));
    CHECK(server->displayName() == QStringLiteral("清河2026/新 @ db.example.org"));
    CHECK(server->baseName() == QStringLiteral("清河2026_新"));   // no folder separator in a file name
    CHECK(server->folder() == QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));

    for (const QString &bad : {QStringLiteral("postgres://x"), QStringLiteral("PostgreSQL://clerk@db/bureau"),
                              QStringLiteral("postgresql://clerk:secret@db/bureau?plan=x")}) {
        INFO(bad.toStdString());
        error.clear();
        CHECK_FALSE(PlanLocation::parse(bad, &error));
        CHECK(error.contains(QStringLiteral("not a plan address")));
    }
    CHECK_FALSE(PlanLocation::parse(QStringLiteral("  "), &error));
    CHECK_FALSE(error.isEmpty());
    // Where only a server plan may be named, a file's path is refused too.
    CHECK_FALSE(PlanLocation::parseServer(QStringLiteral("/home/clerk/plan.aplan"), &error));
    CHECK(error.contains(QStringLiteral("postgresql://")));
}

TEST_CASE("A location's text reads back to the same location, and the same plan is the same location however it is written")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.aplan"));
    REQUIRE(testutil::writeAll(path, "x"));
    // A file by its absolute path: a relative name, a link and the path itself are one plan.
    const PlanLocation byPath = PlanLocation::file(path);
    CHECK(*PlanLocation::parse(byPath.toString()) == byPath);
    CHECK(byPath.toString() == QFileInfo(path).absoluteFilePath());
    const QString link = dir.filePath(QStringLiteral("link.aplan"));
    REQUIRE(QFile::link(path, link));
    CHECK(PlanLocation::file(link) == byPath);
    const QString cwd = QDir::currentPath();
    REQUIRE(QDir::setCurrent(dir.path()));
    CHECK(PlanLocation::file(QStringLiteral("plan.aplan")) == byPath);
    REQUIRE(QDir::setCurrent(cwd));
    CHECK(PlanLocation::file(dir.filePath(QStringLiteral("other.aplan"))) != byPath);
    CHECK(byPath.mayExist());
    CHECK_FALSE(PlanLocation::file(dir.filePath(QStringLiteral("other.aplan"))).mayExist());

    // A server plan keeps the address as it was written (the recent-plans list finds it again
    // by it), and equals the same address written otherwise.
    const QString typed = QStringLiteral("postgresql://clerk@db:5432/bureau?plan=%E6%B8%85%E6%B2%B3");
    const PlanLocation server = testutil::planAt(typed);
    CHECK(server.toString() == typed);
    CHECK(testutil::planAt(server.toString()) == server);
    CHECK(testutil::planAt(QStringLiteral("postgresql://clerk@db/bureau?plan=清河")) == server);
    CHECK(PlanLocation::server(server.address()) == server);
    CHECK(testutil::planAt(QStringLiteral("postgresql://clerk@db/bureau?plan=清河2")) != server);
    CHECK(server != byPath);
    CHECK(server.mayExist());
    CHECK(PlanLocation().isNull());
    CHECK(PlanLocation() != byPath);
}
