// Fault tests on a real full disk: a small tmpfs is mounted for the test (when the test may
// mount, e.g. as root in CI); elsewhere the test says so and skips.
#include "document/commands.h"

#include "../support/testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <unistd.h>

using namespace ap;

namespace {

using testutil::SmallDisk;

Task bigTask(int i)
{
    Task t;
    t.title = QStringLiteral("任务%1").arg(i);
    t.description = QString(3000, QChar(u'字'));
    return t;
}

} // namespace

TEST_CASE("When the disk fills up, the edit that does not fit is refused and everything saved before stays")
{
    SmallDisk disk(QStringLiteral("512k"));
    if (!disk.ok()) {
        WARN("cannot mount a small tmpfs here (not root?): full-disk test skipped");
        return;
    }
    const QString path = disk.path(QStringLiteral("full.aplan"));
    const PlanData content = testutil::smallPlan();
    QString error;
    REQUIRE(PlanStore::create(path, content.info, &error, nullptr, &content));
    auto doc = PlanDocument::open(path, PlanStore::Mode::ReadWrite, &error);
    REQUIRE(doc);
    QStringList reported;
    QObject::connect(doc.get(), &PlanDocument::writeFailed, [&](const QString &m) { reported << m; });
    disk.fill(48 * 1024);

    const Id section = doc->plan().childSections.value(0).at(1);
    int saved = 0;
    for (int i = 0; i < 200 && reported.isEmpty(); ++i) {
        const int before = doc->undoStack()->count();
        doc->undoStack()->push(new AddTaskCommand(doc.get(), section, 0, bigTask(i)));
        if (doc->undoStack()->count() > before)
            ++saved;
    }
    REQUIRE(reported.size() == 1);
    CHECK(reported.first().contains(QStringLiteral("disk is full")));
    CHECK(doc->plan().sectionTasks.value(section).size() == 1 + saved);

    // A backup copy on the full disk fails and leaves no partial file behind.
    const QStringList before = testutil::listing(disk.path(QString()));
    CHECK_FALSE(doc->backupTo(disk.path(QStringLiteral("copy.aplan")), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(testutil::listing(disk.path(QString())) == before);

    doc.reset();
    CHECK(PlanStore::integrityCheck(path) == QStringLiteral("ok"));
    auto reopened = PlanDocument::open(path, PlanStore::Mode::ReadWrite, &error);
    REQUIRE(reopened);
    CHECK(reopened->plan().sectionTasks.value(section).size() == 1 + saved);

    // With room again, editing goes on.
    disk.emptyFiller();
    const int count = reopened->undoStack()->count();
    reopened->undoStack()->push(new AddTaskCommand(reopened.get(), section, 0, bigTask(999)));
    CHECK(reopened->undoStack()->count() == count + 1);
}
