#include "storage/file/planstore.h"
#include "storage/schema.h"

#include "../support/testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <functional>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace ap;
using testutil::sha256;

namespace {

std::unique_ptr<PlanStore> createSmall(const QString &path)
{
    const PlanData content = testutil::smallPlan();
    QString error;
    auto store = PlanStore::create(path, content.info, &error, nullptr, &content);
    INFO(error.toStdString());
    REQUIRE(store);
    return store;
}

quint32 headerWord(const QString &path, int offset)
{
    const QByteArray h = testutil::readAll(path).left(100);
    REQUIRE(h.size() == 100);
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(h.constData()) + offset);
}

void patchFile(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, reinterpret_cast<uchar *>(b.data()));
    return b;
}

// smallPlan() with count more tasks in its first section, copies of its first task.
PlanData planWithMoreTasks(int count)
{
    PlanData content = testutil::smallPlan();
    for (int i = 0; i < count; ++i) {
        Task t = content.tasks.value(100);
        t.id = 1000 + i;
        t.title = QStringLiteral("任务%1").arg(i + 1);
        content.tasks.insert(t.id, t);
        content.sectionTasks[11].append(t.id);
        content.taskSection.insert(t.id, 11);
    }
    return content;
}

} // namespace

TEST_CASE("A new plan file carries our application id, the current schema version and a rollback journal")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.aplan"));
    {
        auto store = createSmall(path);
        CHECK(store->rows().schemaVersion() == kSchemaVersion);
        CHECK_FALSE(store->rows().isReadOnly());
    }
    CHECK(headerWord(path, 68) == quint32(kApplicationId));
    CHECK(headerWord(path, 60) == quint32(kSchemaVersion));
    const QByteArray h = testutil::readAll(path).left(20);
    CHECK(int(h.at(18)) == 1);  // file format write version 1 = rollback journal, not WAL
    CHECK(PlanStore::integrityCheck(path) == QStringLiteral("ok"));
    // Only the plan file remains: no temporary, journal or lock file.
    CHECK(testutil::listing(dir.path()) == QStringList{QStringLiteral("new.aplan")});
}

TEST_CASE("A plan written and read back is the same plan")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roundtrip.aplan"));
    createSmall(path).reset();
    QString error;
    auto store = PlanStore::open(path, PlanStore::Mode::ReadOnly, &error);
    REQUIRE(store);
    PlanData loaded;
    REQUIRE(store->rows().load(&loaded, &error));
    const PlanData original = testutil::smallPlan();

    CHECK(loaded.info == original.info);
    REQUIRE(loaded.departments.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(loaded.departments.at(i).name == original.departments.at(i).name);
        CHECK(loaded.departments.at(i).shortName == original.departments.at(i).shortName);
        CHECK(loaded.departments.at(i).position == i);
    }
    // Same outline: titles in document order with the same depths.
    const QList<Id> a = original.sectionsInOrder(), b = loaded.sectionsInOrder();
    REQUIRE(a.size() == b.size());
    for (int i = 0; i < a.size(); ++i) {
        CHECK(loaded.sections.value(b[i]).title == original.sections.value(a[i]).title);
        CHECK(loaded.sectionDepth(b[i]) == original.sectionDepth(a[i]));
        const QList<Id> ta = original.sectionTasks.value(a[i]), tb = loaded.sectionTasks.value(b[i]);
        REQUIRE(ta.size() == tb.size());
        for (int j = 0; j < ta.size(); ++j) {
            const Task &x = original.tasks[ta[j]], &y = loaded.tasks[tb[j]];
            CHECK(y.title == x.title);
            CHECK(y.description == x.description);
            CHECK(y.start == x.start);
            CHECK(y.deadline == x.deadline);
            REQUIRE(y.targets.size() == x.targets.size());
            for (int k = 0; k < x.targets.size(); ++k) {
                Target tx = x.targets[k], ty = y.targets[k];
                CHECK(ty.id != 0);
                tx.id = ty.id = 0;
                CHECK(ty == tx);
            }
            REQUIRE(y.assignments.size() == x.assignments.size());
            for (int k = 0; k < x.assignments.size(); ++k) {
                CHECK(y.assignments[k].role == x.assignments[k].role);
                CHECK(loaded.department(y.assignments[k].departmentId)->name
                      == original.department(x.assignments[k].departmentId)->name);
            }
        }
    }
}

TEST_CASE("A transaction that is not committed changes nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tx.aplan"));
    auto store = createSmall(path);
    PlanData before;
    QString error;
    REQUIRE(store->rows().load(&before, &error));
    {
        PlanRows::Transaction tx(store->rows());
        REQUIRE(tx.isActive());
        PlanInfo info = before.info;
        info.title = QStringLiteral("不应保存");
        REQUIRE(store->rows().writePlanInfo(info));
        Section s{0, 0, QStringLiteral("不应保存")};
        REQUIRE(store->rows().insertSection(s, 0));
    }  // rolled back here
    PlanData after;
    REQUIRE(store->rows().load(&after, &error));
    CHECK(after.info == before.info);
    CHECK(after.sections.size() == before.sections.size());
}

TEST_CASE("A plan whose content is checked alongside its first read refuses every write until that check has passed")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alongside.aplan"));
    createSmall(path).reset();
    QString error;
    auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite, &error, nullptr, nullptr,
                                 PlanStore::ContentCheckTime::AlongsideFirstRead);
    REQUIRE(store);
    {
        PlanRows::Transaction tx(store->rows());
        CHECK_FALSE(tx.isActive());
        CHECK(store->rows().lastErrorCode() == StoreError::ReadOnly);
    }
    PlanData plan;
    ReportLog reports;
    REQUIRE(store->read(&plan, &reports, &error));
    CHECK_FALSE(plan.tasks.isEmpty());
    PlanRows::Transaction tx(store->rows());
    REQUIRE(tx.isActive());
    PlanInfo info = plan.info;
    info.title = QStringLiteral("检查通过后可以保存");
    REQUIRE(store->rows().writePlanInfo(info));
    CHECK(tx.commit(&error));
}

TEST_CASE("Committed write steps are in the file when it is opened again")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("steps.aplan"));
    QString error;
    {
        auto store = createSmall(path);
        PlanData p;
        REQUIRE(store->rows().load(&p, &error));
        const Id first = p.childSections.value(0).at(0);
        const Id second = p.childSections.value(0).at(1);
        PlanRows::Transaction tx(store->rows());
        Section s{0, 0, QStringLiteral("新增章节")};
        REQUIRE(store->rows().insertSection(s, 1));
        REQUIRE(store->rows().moveSection(second, first, 0));
        REQUIRE(store->rows().renameSection(first, QStringLiteral("改名")));
        Department d{0, QStringLiteral("区教育局"), QString(), 0};
        REQUIRE(store->rows().insertDepartment(d, 0));
        REQUIRE(tx.commit(&error));
    }
    auto store = PlanStore::open(path, PlanStore::Mode::ReadOnly, &error);
    REQUIRE(store);
    PlanData p;
    REQUIRE(store->rows().load(&p, &error));
    const QList<Id> top = p.childSections.value(0);
    REQUIRE(top.size() == 2);
    CHECK(p.sections.value(top[0]).title == QStringLiteral("改名"));
    CHECK(p.sections.value(top[1]).title == QStringLiteral("新增章节"));
    const QList<Id> kids = p.childSections.value(top[0]);
    REQUIRE(kids.size() == 3);
    CHECK(p.sections.value(kids[0]).title == QStringLiteral("医疗质量"));
    CHECK(p.departments.first().name == QStringLiteral("区教育局"));
}

namespace {
// The page (from 1) a table's rows start on in a plan file: a page that holds data, whichever
// pages the schema's empty tables take.
int rootPage(const QString &path, const QString &table)
{
    int page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rootpage"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?"));
            q.addBindValue(table);
            if (q.exec() && q.next())
                page = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rootpage"));
    return page;
}

struct BadFile
{
    const char *name;
    StoreError code;
    std::function<void(const QString &path, const QString &good)> make;
};
} // namespace

TEST_CASE("Opening a file that is not a sound plan of ours fails with a message and leaves every byte as it was")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.aplan"));
    createSmall(good).reset();
    const qint64 goodSize = QFileInfo(good).size();
    const int taskPage = rootPage(good, QStringLiteral("task"));
    REQUIRE(taskPage > 1);

    const std::vector<BadFile> cases = {
        {"empty file", StoreError::NotOurs, [](const QString &p, const QString &) { testutil::writeAll(p, {}); }},
        {"random bytes", StoreError::NotOurs,
         [](const QString &p, const QString &) {
             QByteArray b(8192, '\0');
             for (char &c : b)
                 c = char(QRandomGenerator::global()->bounded(256));
             testutil::writeAll(p, b);
         }},
        {"a renamed .docx (zip)", StoreError::NotOurs,
         [](const QString &p, const QString &) {
             testutil::writeAll(p, QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(4000, 'x'));
         }},
        {"plain text", StoreError::NotOurs,
         [](const QString &p, const QString &) { testutil::writeAll(p, QStringLiteral("一、总体要求\n").toUtf8()); }},
        {"another program's SQLite database", StoreError::NotOurs,
         [](const QString &p, const QString &g) {
             QFile::copy(g, p);
             patchFile(p, 68, be32(0));
         }},
        {"truncated to half", StoreError::Damaged,
         [goodSize](const QString &p, const QString &g) {
             QFile::copy(g, p);
             QFile f(p);
             REQUIRE(f.resize(goodSize / 2));
         }},
        {"truncated to its header", StoreError::Damaged,
         [](const QString &p, const QString &g) { testutil::writeAll(p, testutil::readAll(g).left(100)); }},
        {"flipped magic byte", StoreError::NotOurs,
         [](const QString &p, const QString &g) {
             QFile::copy(g, p);
             patchFile(p, 0, QByteArray("s"));
         }},
        {"flipped page size bytes", StoreError::Damaged,
         [](const QString &p, const QString &g) {
             QFile::copy(g, p);
             patchFile(p, 16, QByteArray("\x03\x01", 2));
         }},
        {"garbage inside a data page", StoreError::Damaged,
         [taskPage](const QString &p, const QString &g) {
             QFile::copy(g, p);
             // Overwrite the tasks' b-tree page past its header (its cell pointers and cells) with a pattern.
             patchFile(p, qint64(taskPage - 1) * 4096 + 8, QByteArray(2000, '\xA5'));
         }},
        {"written by a newer version", StoreError::Newer,
         [](const QString &p, const QString &g) {
             QFile::copy(g, p);
             patchFile(p, 60, be32(kSchemaVersion + 7));
         }},
        {"a plan file never finished (version 0)", StoreError::Damaged,
         [](const QString &p, const QString &g) {
             QFile::copy(g, p);
             patchFile(p, 60, be32(0));
         }},
    };

    for (const BadFile &c : cases) {
        SECTION(c.name)
        {
            const QString path = dir.filePath(QStringLiteral("bad.aplan"));
            QFile::remove(path);
            c.make(path, good);
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            const QByteArray before = sha256(path);
            const QStringList listing = testutil::listing(dir.path());

            QString error;
            StoreError code = StoreError::None;
            auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite, &error, &code);
            CHECK_FALSE(store);
            CHECK(code == c.code);
            CHECK_FALSE(error.isEmpty());
            CHECK(error.contains(QStringLiteral("bad.aplan")));

            int version = 0;
            CHECK_FALSE(PlanStore::probe(path, &version, &error, &code));
            CHECK(sha256(path) == before);
            CHECK(testutil::listing(dir.path()) == listing);
        }
    }
}

TEST_CASE("Opening a missing file or a folder creates nothing")
{
    QTemporaryDir dir;
    QString error;
    StoreError code = StoreError::None;
    CHECK_FALSE(PlanStore::open(dir.filePath(QStringLiteral("missing.aplan")), PlanStore::Mode::ReadWrite, &error, &code));
    CHECK(code == StoreError::Missing);
    CHECK(testutil::listing(dir.path()).isEmpty());
    QDir(dir.path()).mkdir(QStringLiteral("folder.aplan"));
    CHECK_FALSE(PlanStore::open(dir.filePath(QStringLiteral("folder.aplan")), PlanStore::Mode::ReadWrite, &error, &code));
    CHECK(code == StoreError::NotAFile);
    CHECK(testutil::listing(dir.path()) == QStringList{QStringLiteral("folder.aplan")});
}

namespace {

// Opened for writing, the small plan at `path` comes up for viewing only: it loads, and a transaction
// is refused as read-only. `whileOpen` runs with the store still open.
void checkOpensForViewingOnly(const QString &path, const std::function<void()> &whileOpen = {})
{
    QString error;
    auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite, &error);
    INFO(error.toStdString());
    REQUIRE(store);
    CHECK(store->rows().isReadOnly());
    PlanData p;
    REQUIRE(store->rows().load(&p, &error));
    CHECK(p.tasks.size() == 3);
    PlanRows::Transaction tx(store->rows());
    CHECK_FALSE(tx.isActive());
    CHECK(store->rows().lastErrorCode() == StoreError::ReadOnly);
    CHECK_FALSE(tx.commit(&error));
    CHECK_FALSE(error.isEmpty());
    if (whileOpen)
        whileOpen();
}

} // namespace

TEST_CASE("A read-only plan file opens for viewing, refuses edits and keeps its bytes")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.aplan"));
    createSmall(path).reset();
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = sha256(path);
    checkOpensForViewingOnly(path);
    CHECK(sha256(path) == before);
    CHECK(testutil::listing(dir.path()) == QStringList{QStringLiteral("ro.aplan")});
}

TEST_CASE("A plan in a read-only folder opens for viewing and nothing is written in that folder")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/plan.aplan");
    createSmall(path).reset();
    const QByteArray before = sha256(path);
    const auto writable = QFile::permissions(folder);
    REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
    // No lock file, journal or backup next to it, while open or after.
    checkOpensForViewingOnly(path, [&] { CHECK(testutil::listing(folder) == QStringList{QStringLiteral("plan.aplan")}); });
    CHECK(testutil::listing(folder) == QStringList{QStringLiteral("plan.aplan")});
    CHECK(sha256(path) == before);
    QFile::setPermissions(folder, writable);
}

TEST_CASE("A version 1 file is upgraded in place after a backup copy of the original is kept")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.aplan"));
    REQUIRE(QFile::copy(testutil::dataPath(QStringLiteral("plan-v1.aplan")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = sha256(path);
    QString error;
    {
        auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite, &error);
        INFO(error.toStdString());
        REQUIRE(store);
        CHECK(store->rows().schemaVersion() == kSchemaVersion);
        PlanData p;
        REQUIRE(store->rows().load(&p, &error));
        CHECK(p.info.year == 2025);
        CHECK(p.info.title == QStringLiteral("2025年卫生健康工作计划"));
        CHECK(p.sections.size() == 3);
        REQUIRE(p.tasks.size() == 2);
        CHECK(p.targetCount() == 2);
        const Id firstTask = p.sectionTasks.value(p.childSections.value(p.childSections.value(0).at(0)).at(0)).at(0);
        const Task &t = p.tasks[firstTask];
        CHECK(t.title == QStringLiteral("扩大签约覆盖"));
        REQUIRE(t.targets.size() == 1);
        CHECK(t.targets[0].baseline == 75.0);
        CHECK(t.targets[0].baselineYear == 2024);
        CHECK(t.assignments.size() == 2);
    }
    CHECK(headerWord(path, 60) == quint32(kSchemaVersion));
    CHECK(PlanStore::integrityCheck(path) == QStringLiteral("ok"));
    const QString backup = dir.filePath(QStringLiteral("old.v1-backup.aplan"));
    REQUIRE(QFileInfo::exists(backup));
    int version = 0;
    QString probeError;
    StoreError code = StoreError::None;
    CHECK(PlanStore::probe(backup, &version, &probeError, &code));
    CHECK(version == 1);
    // Opening again does not migrate or back up again.
    const QByteArray migrated = sha256(path);
    CHECK(PlanStore::open(path, PlanStore::Mode::ReadWrite, &error));
    CHECK(sha256(path) == migrated);
    CHECK(migrated != original);
}

TEST_CASE("An older file holding a table another program added is refused before its upgrade and left exactly as it was")
{
    // The version 2 upgrade would have met this file's own "checkin" table; it is refused before
    // (not ours: tst_schemacheck), with no backup copy, journal or lock left. A failing upgrade
    // step is tst_faults' (an I/O error at any write of an upgrade).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conflict.aplan"));
    REQUIRE(QFile::copy(testutil::dataPath(QStringLiteral("plan-v1-conflict.aplan")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = sha256(path);
    QString error;
    StoreError code = StoreError::None;
    CHECK_FALSE(PlanStore::open(path, PlanStore::Mode::ReadWrite, &error, &code));
    CHECK(code == StoreError::Foreign);
    CHECK(error.contains(QStringLiteral("conflict.aplan")));
    CHECK(error.contains(QStringLiteral("checkin")));
    CHECK(sha256(path) == before);
    CHECK(headerWord(path, 60) == 1u);
    CHECK(testutil::listing(dir.path()) == QStringList{QStringLiteral("conflict.aplan")});
}

TEST_CASE("A read-only store shows an older file without upgrading it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.aplan"));
    REQUIRE(QFile::copy(testutil::dataPath(QStringLiteral("plan-v1.aplan")), path));
    const QByteArray before = sha256(path);
    QString error;
    auto store = PlanStore::open(path, PlanStore::Mode::ReadOnly, &error);
    REQUIRE(store);
    CHECK(store->rows().schemaVersion() == 1);
    PlanData p;
    CHECK(store->rows().load(&p, &error));
    CHECK(p.tasks.size() == 2);
    store.reset();
    CHECK(sha256(path) == before);
    CHECK(testutil::listing(dir.path()) == QStringList{QStringLiteral("old.aplan")});
}

TEST_CASE("A backup copy is complete, verified and replaces an older copy; a failed one leaves nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.aplan"));
    auto store = createSmall(path);
    const QString copy = dir.filePath(QStringLiteral("copy.aplan"));
    REQUIRE(testutil::writeAll(copy, "old contents"));
    QString error;
    REQUIRE(store->backupTo(copy, &error));
    CHECK(PlanStore::integrityCheck(copy) == QStringLiteral("ok"));
    auto reopened = PlanStore::open(copy, PlanStore::Mode::ReadOnly, &error);
    REQUIRE(reopened);
    PlanData a, b;
    REQUIRE(store->rows().load(&a, &error));
    REQUIRE(reopened->rows().load(&b, &error));
    CHECK(b.tasks.size() == a.tasks.size());
    CHECK(b.info == a.info);

    QDir(dir.path()).mkdir(QStringLiteral("locked"));
    const QString lockedDir = dir.filePath(QStringLiteral("locked"));
    QFile::setPermissions(lockedDir, QFile::ReadOwner | QFile::ExeOwner);
    const bool rootCanWrite = QFileInfo(lockedDir).isWritable() && ::geteuid() == 0;
    if (!rootCanWrite) {
        CHECK_FALSE(store->backupTo(lockedDir + QStringLiteral("/x.aplan"), &error));
        CHECK_FALSE(error.isEmpty());
        CHECK(testutil::listing(lockedDir).isEmpty());
    }
    CHECK_FALSE(store->backupTo(dir.filePath(QStringLiteral("no/such/folder/x.aplan")), &error));
    CHECK_FALSE(error.isEmpty());
    QFile::setPermissions(lockedDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_CASE("A second process cannot open a plan for writing, is told who holds it and may open it read-only")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.aplan"));
    createSmall(path).reset();

    QProcess holder;
    holder.start(QStringLiteral(ANNUALPLAN_CRASH_CHILD), {QStringLiteral("hold"), path});
    REQUIRE(holder.waitForStarted());
    REQUIRE(holder.waitForReadyRead(10000));
    CHECK(holder.readLine().trimmed() == "holding");

    QString error;
    StoreError code = StoreError::None;
    LockOwner owner;
    auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite, &error, &code, &owner);
    CHECK_FALSE(store);
    CHECK(code == StoreError::Locked);
    CHECK(owner.pid == holder.processId());
    CHECK_FALSE(owner.host.isEmpty());
    CHECK(error.contains(QString::number(holder.processId())));

    auto viewer = PlanStore::open(path, PlanStore::Mode::ReadOnly, &error, &code);
    REQUIRE(viewer);
    CHECK(viewer->rows().isReadOnly());
    PlanData p;
    CHECK(viewer->rows().load(&p, &error));
    CHECK(p.tasks.size() == 3);

    holder.closeWriteChannel();
    REQUIRE(holder.waitForFinished(10000));
    CHECK(holder.exitCode() == 0);
    auto after = PlanStore::open(path, PlanStore::Mode::ReadWrite, &error, &code);
    CHECK(after);
}

TEST_CASE("A lock left by a killed process does not keep the plan from opening")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stale.aplan"));
    createSmall(path).reset();
    QProcess holder;
    holder.start(QStringLiteral(ANNUALPLAN_CRASH_CHILD), {QStringLiteral("hold"), path});
    REQUIRE(holder.waitForStarted());
    REQUIRE(holder.waitForReadyRead(10000));
    holder.kill();
    holder.waitForFinished();
    CHECK(QFileInfo::exists(path + QStringLiteral(".lock")));
    QString error;
    auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite, &error);
    INFO(error.toStdString());
    CHECK(store);
}

TEST_CASE("A lock file left without its owner (killed or a power cut while taking the lock) does not keep the plan from opening, while one still held does")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ownerless.aplan"));
    createSmall(path).reset();
    const QString lockPath = path + QStringLiteral(".lock");
    REQUIRE(testutil::writeAll(lockPath, QByteArray()));

    // A process that has just created the lock file holds its file lock: the plan stays locked.
    {
        const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
        REQUIRE(fd >= 0);
        REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
        QString error;
        StoreError code = StoreError::None;
        CHECK_FALSE(PlanStore::open(path, PlanStore::Mode::ReadWrite, &error, &code));
        CHECK(code == StoreError::Locked);
        ::close(fd);
    }
    // Nobody holds it: a leftover, taken over.
    QString error;
    auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite, &error);
    INFO(error.toStdString());
    REQUIRE(store);
    qint64 pid = 0;
    QString host, application;
    CHECK(QLockFile(lockPath).getLockInfo(&pid, &host, &application));
    CHECK(pid == QCoreApplication::applicationPid());
}

namespace {

// A plan file as AnnualPlan wrote format 5: one target row per step of an indicator. Its task
// has the stepped indicator's rows around another target, and reports that gave figures for
// several of the rows: 2 for the June row in Q2; 4 in June's and 5 in September's box in Q3;
// 9 in June's and 10 in the year's box in Q4.
struct FormatFiveFile
{
    qint64 june = 0, september = 0, year = 0, rate = 0;
};

FormatFiveFile writeFormatFive(const QString &path)
{
    FormatFiveFile ids;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("format5"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const schema::Migration &m : schema::migrations())
            if (m.toVersion <= 5)
                for (const QString &statement : schema::statements(m, SqlDialect::sqlite()))
                    REQUIRE(q.exec(statement));
        const QStringList rows = {
            QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
            QStringLiteral("PRAGMA user_version = 5"),
            QStringLiteral("INSERT INTO plan (id, year, title, uid) VALUES (1, 2026, '2026年工作计划', 'a1')"),
            QStringLiteral("INSERT INTO section (id, parent_id, position, title) VALUES (1, NULL, 0, '基层')"),
            QStringLiteral("INSERT INTO task (id, section_id, position, title) VALUES (1, 1, 0, '社区卫生服务中心标准化改造')"),
            QStringLiteral("INSERT INTO target (id, task_id, position, indicator, op, value, unit, due_date, baseline, baseline_year) "
                           "VALUES (11, 1, 0, '完成改造的中心', '>=', 3, '家', '2026-06-30', 1, 2025)"),
            QStringLiteral("INSERT INTO target (id, task_id, position, indicator, op, value, unit) "
                           "VALUES (12, 1, 1, '居民满意率', '>=', 90, '%')"),
            QStringLiteral("INSERT INTO target (id, task_id, position, indicator, op, value, unit, due_date) "
                           "VALUES (13, 1, 2, '完成改造的中心', '>=', 6, '家', '2026-09-30')"),
            QStringLiteral("INSERT INTO target (id, task_id, position, indicator, op, value, unit, due_date) "
                           "VALUES (14, 1, 3, '完成改造的中心', '>=', 10, '家', '2026-12-31')"),
            QStringLiteral("INSERT INTO checkin (id, task_id, period, entered_at, status) VALUES (1, 1, '2026Q2', '2026-07-02T08:00:00.000Z', 'in_progress')"),
            QStringLiteral("INSERT INTO checkin (id, task_id, period, entered_at, status) VALUES (2, 1, '2026Q3', '2026-10-02T08:00:00.000Z', 'in_progress')"),
            QStringLiteral("INSERT INTO checkin (id, task_id, period, entered_at, status) VALUES (3, 1, '2026Q4', '2027-01-05T08:00:00.000Z', 'done')"),
            QStringLiteral("INSERT INTO checkin_value VALUES (1, 11, 2), (1, 12, 88), (2, 11, 4), (2, 13, 5), (3, 11, 9), (3, 14, 10)"),
        };
        for (const QString &statement : rows) {
            INFO(statement.toStdString());
            REQUIRE(q.exec(statement));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("format5"));
    ids.june = 11;
    ids.rate = 12;
    ids.september = 13;
    ids.year = 14;
    return ids;
}

// What a format 5 file with step rows reads as, upgraded or not.
void checkSteppedIndicator(PlanStore &store)
{
    PlanData plan;
    ReportLog log;
    QString error;
    REQUIRE(store.rows().readAll(&plan, &log, &error));
    REQUIRE(plan.tasks.size() == 1);
    const Task &task = plan.tasks.value(1);
    REQUIRE(task.targets.size() == 2);
    // One indicator where its first row stood, with the year's row's id and value, its steps
    // before, and the baseline its first row gave.
    const Target &centres = task.targets.at(0);
    CHECK(centres.id == 14);
    CHECK(centres.indicator == QStringLiteral("完成改造的中心"));
    CHECK(centres.value == 10.0);
    CHECK(centres.due == QDate(2026, 12, 31));
    CHECK(centres.milestones == QList<TargetStep>{{3.0, QDate(2026, 6, 30)}, {6.0, QDate(2026, 9, 30)}});
    CHECK(centres.baseline == 1.0);
    CHECK(centres.baselineYear == 2025);
    CHECK(task.targets.at(1).indicator == QStringLiteral("居民满意率"));
    // One figure per report: the year's row's own, else its latest step's.
    REQUIRE(log.entries.size() == 3);
    CHECK(log.entries.at(0).actuals == QHash<Id, double>{{14, 2}, {12, 88}});
    CHECK(log.entries.at(1).actuals == QHash<Id, double>{{14, 5}});
    CHECK(log.entries.at(2).actuals == QHash<Id, double>{{14, 10}});
}

} // namespace

TEST_CASE("A format 5 file keeping one row per step opens upgraded: one target with steps, every report's figure kept")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("steps.aplan"));
    writeFormatFive(path);
    const QByteArray original = sha256(path);
    SECTION("read-only, it reads the same without being changed")
    {
        QString error;
        auto store = PlanStore::open(path, PlanStore::Mode::ReadOnly, &error);
        INFO(error.toStdString());
        REQUIRE(store);
        CHECK(store->rows().schemaVersion() == 5);
        checkSteppedIndicator(*store);
        store.reset();
        CHECK(sha256(path) == original);
    }
    SECTION("writable, it is upgraded in place after a backup, and its steps are written as steps")
    {
        QString error;
        auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite, &error);
        INFO(error.toStdString());
        REQUIRE(store);
        CHECK(store->rows().schemaVersion() == kSchemaVersion);
        checkSteppedIndicator(*store);
        CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("steps.v5-backup.aplan"))));
        // A step changed and a year-end report are kept as such.
        PlanData plan;
        REQUIRE(store->rows().load(&plan, &error));
        Task task = plan.tasks.value(1);
        task.targets[0].milestones[1].value = 7;
        task.targets[0].measure = TargetMeasure::Steady;
        ProgressReport final;
        final.taskId = 1;
        final.period = QStringLiteral("2026Q4");
        final.enteredAt = QDateTime(QDate(2027, 1, 9), QTime(9, 0), Qt::UTC);
        final.status = TaskStatus::Done;
        final.yearEnd = true;
        final.actuals = {{14, 11}};
        {
            PlanRows::Transaction tx(store->rows());
            REQUIRE(store->rows().updateTask(task));
            REQUIRE(store->rows().insertReport(final));
            REQUIRE(tx.commit(&error));
        }
        PlanData again;
        ReportLog log;
        REQUIRE(store->rows().readAll(&again, &log, &error));
        CHECK(again.tasks.value(1).targets.at(0) == task.targets.at(0));
        CHECK(log.yearEndActual(1, 14) == 11.0);
        CHECK(PlanStore::integrityCheck(path) == QStringLiteral("ok"));
    }
}

TEST_CASE("A new plan file's write tells how many tasks it has written, and the file opens with all of them")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.aplan"));
    const PlanData content = planWithMoreTasks(600);
    QList<QPair<qint64, qint64>> heard;
    QString error;
    REQUIRE(PlanStore::createFile(path, content.info, &error, nullptr, &content, nullptr, nullptr, {},
                                  [&heard](qint64 done, qint64 total) {
                                      heard.append({done, total});
                                      return true;
                                  }));
    // From nothing, every 256 tasks, to the whole, never back.
    const qint64 total = content.tasks.size();
    REQUIRE(heard.size() >= 3);
    CHECK(heard.first() == qMakePair(qint64(0), total));
    CHECK(heard.last() == qMakePair(total, total));
    for (int i = 1; i < heard.size(); ++i) {
        CHECK(heard.at(i).first >= heard.at(i - 1).first);
        CHECK(heard.at(i).second == total);
    }
    CHECK(heard.contains(qMakePair(qint64(256), total)));
    auto store = PlanStore::open(path, PlanStore::Mode::ReadOnly, &error);
    INFO(error.toStdString());
    REQUIRE(store);
    PlanData read;
    ReportLog reports;
    REQUIRE(store->read(&read, &reports, &error));
    CHECK(read.tasks.size() == content.tasks.size());
}

TEST_CASE("A new plan file's write stopped at any of its reports leaves nothing in the folder")
{
    const PlanData content = planWithMoreTasks(600);
    // Stopped at the first report, in the middle, and at the last (just before the file takes its name).
    const int stopAt = GENERATE(1, 2, 4);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.aplan"));
    int reports = 0;
    QString error;
    StoreError code = StoreError::None;
    CHECK_FALSE(PlanStore::createFile(path, content.info, &error, &code, &content, nullptr, nullptr, {},
                                      [&reports, stopAt](qint64, qint64) { return ++reports < stopAt; }));
    CHECK(reports == stopAt);
    CHECK(code == StoreError::Stopped);
    CHECK_FALSE(error.isEmpty());
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}
