// Fault tests on a real full disk: a small tmpfs is mounted for the test (when the test may
// mount, e.g. as root in CI); elsewhere the test says so and skips.
#include "document/commands.h"

#include "../support/faultvfs.h"
#include "../support/testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <iostream>

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

// ---- injected I/O errors -----------------------------------------------------------------------
// The fault VFS (tests/support/faultvfs.h) answers the n-th read, write or flush with an I/O error,
// as a failing disk would. Each sweep tries every position an operation takes.

namespace {

// The fault VFS is the default only inside a test case that asks for it.
struct FaultVfsScope
{
    FaultVfsScope() { faultvfs::install(); }
    ~FaultVfsScope() { faultvfs::uninstall(); }
};

const char *opName(faultvfs::Op op)
{
    switch (op) {
    case faultvfs::Op::Read:
        return "read";
    case faultvfs::Op::Write:
        return "write";
    case faultvfs::Op::Sync:
        return "flush";
    case faultvfs::Op::Truncate:
        return "truncate";
    }
    return "?";
}

} // namespace

TEST_CASE("An I/O error at any write or flush of an edit refuses that edit and the saved plan stays whole")
{
    FaultVfsScope vfs;
    testutil::DocumentFixture f;
    const QString path = f.doc->filePath();
    QStringList reported;
    QObject::connect(f.doc.get(), &PlanDocument::writeFailed, [&](const QString &m) { reported << m; });
    const Id section = f.topSection(1);

    // How many writes and flushes one edit makes: the sweep covers each of them.
    faultvfs::resetCounts();
    f.stack()->push(new AddTaskCommand(f.doc.get(), section, 0, bigTask(0)));
    const int writes = faultvfs::count(faultvfs::Op::Write);
    const int syncs = faultvfs::count(faultvfs::Op::Sync);
    REQUIRE(writes > 2);
    REQUIRE(syncs > 1);

    int refused = 0, injected = 0, next = 1;
    for (const faultvfs::Op op : {faultvfs::Op::Write, faultvfs::Op::Sync}) {
        const int positions = op == faultvfs::Op::Write ? writes : syncs;
        for (int k = 0; k < positions; ++k) {
            INFO("failing " << opName(op) << " number " << k + 1 << " of an edit");
            const PlanData before = f.plan();
            const int depth = f.stack()->count();
            reported.clear();
            faultvfs::arm(op, k);
            f.stack()->push(new AddTaskCommand(f.doc.get(), section, 0, bigTask(next++)));
            const bool failed = faultvfs::failures() > 0;
            faultvfs::disarm();
            injected += failed ? 1 : 0;
            if (failed) {
                // Refused, said so, and nothing of it stays in memory.
                CHECK(reported.size() == 1);
                CHECK(f.stack()->count() == depth);
                CHECK(testutil::samePlan(f.plan(), before));
                refused += reported.isEmpty() ? 0 : 1;
            } else {
                CHECK(reported.isEmpty());
                CHECK(f.stack()->count() == depth + 1);
            }
            // What shows is what the file holds, and the file is sound.
            std::string why;
            CHECK(testutil::samePlan(f.plan(), testutil::fileState(*f.doc), &why));
            INFO("memory and file differ in " << why);
            CHECK(PlanStore::integrityCheck(path) == QStringLiteral("ok"));
        }
    }
    CHECK(injected > 0);
    CHECK(refused == injected);
    std::cout << "I/O errors in an edit: " << writes << " writes and " << syncs << " flushes per edit; " << injected
              << " edits hit by an error, " << refused << " refused with a message" << std::endl;
    for (const QString &m : std::as_const(reported))
        CHECK(m.contains(QStringLiteral("read or write error")));

    // Undo hit by an error: refused too, memory and file still agree.
    reported.clear();
    faultvfs::arm(faultvfs::Op::Write, 0);
    f.stack()->undo();
    faultvfs::disarm();
    CHECK(reported.size() == 1);
    CHECK(testutil::samePlan(f.plan(), testutil::fileState(*f.doc)));

    // Once the disk behaves, editing goes on in the same window.
    const int depth = f.stack()->count();
    f.stack()->push(new AddTaskCommand(f.doc.get(), section, 0, bigTask(next++)));
    CHECK(f.stack()->count() == depth + 1);
    CHECK(testutil::samePlan(f.plan(), testutil::fileState(*f.doc)));
    f.doc.reset();
    CHECK(PlanStore::integrityCheck(path) == QStringLiteral("ok"));
}

TEST_CASE("An I/O error while a plan is read refuses to open it and leaves its bytes as they were")
{
    FaultVfsScope vfs;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.aplan"));
    const PlanData content = testutil::smallPlan();
    QString error;
    REQUIRE(PlanStore::create(path, content.info, &error, nullptr, &content));
    PlanData expected;
    {
        auto doc = PlanDocument::open(path, PlanStore::Mode::ReadWrite, &error);
        REQUIRE(doc);
        expected = doc->plan();
    }
    const QByteArray sum = testutil::sha256(path);

    faultvfs::resetCounts();
    REQUIRE(PlanDocument::open(path, PlanStore::Mode::ReadWrite, &error));
    const int reads = faultvfs::count(faultvfs::Op::Read);
    REQUIRE(reads > 0);
    int refused = 0;
    for (int k = 0; k < reads; ++k) {
        INFO("failing read number " << k + 1 << " of " << reads);
        error.clear();
        faultvfs::arm(faultvfs::Op::Read, k);
        auto doc = PlanDocument::open(path, PlanStore::Mode::ReadWrite, &error);
        const bool failed = faultvfs::failures() > 0;
        faultvfs::disarm();
        if (doc) {
            // A read SQLite could do without (or retried) must not change what is shown.
            CHECK(testutil::samePlan(doc->plan(), expected));
        } else {
            CHECK(failed);
            CHECK_FALSE(error.isEmpty());
            ++refused;
        }
        doc.reset();
        CHECK(testutil::sha256(path) == sum);
        CHECK(testutil::listing(dir.path()) == QStringList{QStringLiteral("plan.aplan")});
    }
    CHECK(refused > 0);
    std::cout << "I/O errors while opening: " << reads << " reads, " << refused << " opens refused, the others read "
              << "the same plan" << std::endl;
}

TEST_CASE("An I/O error at any write of an upgrade leaves the file at a whole version, and the next open finishes it")
{
    FaultVfsScope vfs;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.aplan"));
    QString error;
    // What the upgraded plan reads as, and how many writes an upgrade makes (its backup copy's too).
    PlanData expected;
    int writes = 0;
    {
        REQUIRE(QFile::copy(testutil::dataPath(QStringLiteral("plan-v1.aplan")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        faultvfs::resetCounts();
        auto doc = PlanDocument::open(path, PlanStore::Mode::ReadWrite, &error);
        INFO(error.toStdString());
        REQUIRE(doc);
        writes = faultvfs::count(faultvfs::Op::Write);
        expected = doc->plan();
    }
    REQUIRE(writes > 0);
    int refused = 0;
    for (int k = 0; k < writes; ++k) {
        INFO("failing write number " << k + 1 << " of " << writes);
        QFile::remove(path);
        QFile::remove(dir.filePath(QStringLiteral("old.v1-backup.aplan")));
        REQUIRE(QFile::copy(testutil::dataPath(QStringLiteral("plan-v1.aplan")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        error.clear();
        faultvfs::arm(faultvfs::Op::Write, k);
        auto doc = PlanDocument::open(path, PlanStore::Mode::ReadWrite, &error);
        const bool failed = faultvfs::failures() > 0;
        faultvfs::disarm();
        if (!doc) {
            CHECK(failed);
            CHECK_FALSE(error.isEmpty());
            ++refused;
        }
        doc.reset();
        // Whatever step it stopped at, the file is whole and of our schema at its version, and
        // the next open upgrades it to the same plan.
        CHECK(PlanStore::integrityCheck(path) == QStringLiteral("ok"));
        doc = PlanDocument::open(path, PlanStore::Mode::ReadWrite, &error);
        INFO(error.toStdString());
        REQUIRE(doc);
        CHECK(doc->schemaVersion() == kSchemaVersion);
        CHECK(testutil::samePlan(doc->plan(), expected));
    }
    CHECK(refused > 0);
    std::cout << "I/O errors while upgrading: " << writes << " writes, " << refused << " upgrades refused" << std::endl;
}

TEST_CASE("An I/O error while a backup is written leaves no copy, keeps the older copy and the plan untouched")
{
    FaultVfsScope vfs;
    testutil::DocumentFixture f;
    const QString path = f.doc->filePath();
    const QString copy = f.dir.filePath(QStringLiteral("copy.aplan"));
    QString error;
    REQUIRE(f.doc->backupTo(copy, &error));
    const QByteArray oldCopy = testutil::sha256(copy);
    for (int i = 0; i < 20; ++i)
        f.stack()->push(new AddTaskCommand(f.doc.get(), f.topSection(1), 0, bigTask(i)));
    const QByteArray sum = testutil::sha256(path);
    const QStringList files = testutil::listing(f.dir.path());

    faultvfs::resetCounts();
    const QString probe = f.dir.filePath(QStringLiteral("probe.aplan"));
    REQUIRE(f.doc->backupTo(probe, &error));
    REQUIRE(QFile::remove(probe));
    const int writes = faultvfs::count(faultvfs::Op::Write);
    const int syncs = faultvfs::count(faultvfs::Op::Sync);
    REQUIRE(writes > 10);
    int tried = 0;
    for (const faultvfs::Op op : {faultvfs::Op::Write, faultvfs::Op::Sync}) {
        const int positions = op == faultvfs::Op::Write ? writes : syncs;
        // Every flush, and writes spread over the whole copy (first, last and every third).
        for (int k = 0; k < positions; k += (op == faultvfs::Op::Sync || k + 3 >= positions) ? 1 : 3) {
            INFO("failing " << opName(op) << " number " << k + 1 << " of " << positions);
            error.clear();
            faultvfs::arm(op, k);
            const bool ok = f.doc->backupTo(copy, &error);
            const bool failed = faultvfs::failures() > 0;
            faultvfs::disarm();
            CHECK(failed);
            CHECK_FALSE(ok);
            CHECK_FALSE(error.isEmpty());
            CHECK(testutil::sha256(copy) == oldCopy);
            CHECK(testutil::listing(f.dir.path()) == files);
            CHECK(testutil::sha256(path) == sum);
            ++tried;
        }
    }
    std::cout << "I/O errors in a backup: " << tried << " of its " << writes << " writes and " << syncs
              << " flushes failed in turn, each left no copy" << std::endl;
    // With a sound disk the copy is replaced by the new one.
    REQUIRE(f.doc->backupTo(copy, &error));
    CHECK(testutil::sha256(copy) != oldCopy);
    CHECK(PlanStore::integrityCheck(copy) == QStringLiteral("ok"));
}

TEST_CASE("A disk that fills up during a backup leaves no partial copy and keeps the older copy")
{
    SmallDisk disk(QStringLiteral("1m"));
    if (!disk.ok()) {
        WARN("cannot mount a small tmpfs here (not root?): full-disk test skipped");
        return;
    }
    // The plan lives on a roomy disk; the backups go to the small one.
    testutil::DocumentFixture f;
    const QString copy = disk.path(QStringLiteral("copy.aplan"));
    QString error;
    REQUIRE(f.doc->backupTo(copy, &error));
    const QByteArray oldCopy = testutil::sha256(copy);
    const qint64 oldSize = QFileInfo(copy).size();
    for (int i = 0; i < 40; ++i)
        f.stack()->push(new AddTaskCommand(f.doc.get(), f.topSection(1), 0, bigTask(i)));
    const qint64 planSize = QFileInfo(f.doc->filePath()).size();
    REQUIRE(planSize > 200 * 1024);
    const QByteArray sum = testutil::sha256(f.doc->filePath());

    // Room for about half of the new copy: the copy starts, and the disk fills during it.
    disk.fill(planSize / 2);
    const QStringList files = testutil::listing(disk.path(QString()));
    CHECK_FALSE(f.doc->backupTo(copy, &error));
    CHECK(error.contains(QStringLiteral("disk is full")));
    CHECK(testutil::listing(disk.path(QString())) == files);
    CHECK(testutil::sha256(copy) == oldCopy);
    CHECK(QFileInfo(copy).size() == oldSize);
    CHECK(testutil::sha256(f.doc->filePath()) == sum);

    // The plan itself is still editable, and a backup with room succeeds.
    const int depth = f.stack()->count();
    f.stack()->push(new AddTaskCommand(f.doc.get(), f.topSection(1), 0, bigTask(99)));
    CHECK(f.stack()->count() == depth + 1);
    disk.emptyFiller();
    CHECK(f.doc->backupTo(copy, &error));
    CHECK(PlanStore::integrityCheck(copy) == QStringLiteral("ok"));
}
