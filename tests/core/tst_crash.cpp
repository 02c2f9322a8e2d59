// Kills an editing process with SIGKILL at random moments and checks that the plan file is
// sound and holds every edit the process had confirmed (the one in flight may or may not be in).
#include "storage/file/planstore.h"

#include "../support/testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <iostream>

using namespace ap;

namespace {

// What the file must hold, as far as the edits of the child can tell.
struct State
{
    QSet<QString> tasks;
    QSet<QString> sections;
    QString title;
    QHash<QString, QString> notes;

    bool operator==(const State &o) const
    {
        return tasks == o.tasks && sections == o.sections && title == o.title && notes == o.notes;
    }

    State applied(const QStringList &op) const
    {
        State s = *this;
        const QString kind = op.value(2);
        if (kind == QLatin1String("addtask"))
            s.tasks.insert(op.value(3));
        else if (kind == QLatin1String("addsection"))
            s.sections.insert(op.value(3));
        else if (kind == QLatin1String("title"))
            s.title = op.value(3);
        else if (kind == QLatin1String("undo")) {
            s.tasks.remove(op.value(3));
            s.notes.remove(op.value(3));
        } else if (kind == QLatin1String("notes"))
            s.notes.insert(op.value(3), op.value(4));
        return s;
    }

    std::string describe() const
    {
        QStringList t(tasks.begin(), tasks.end()), sec(sections.begin(), sections.end());
        t.sort();
        sec.sort();
        return QStringLiteral("tasks=%1 sections=%2 title=%3 notes=%4")
            .arg(t.join(QLatin1Char(',')), sec.join(QLatin1Char(',')), title)
            .arg(notes.size())
            .toStdString();
    }
};

State readState(const PlanData &p)
{
    static const QRegularExpression tName(QStringLiteral("^T\\d+$")), sName(QStringLiteral("^S\\d+$"));
    State s;
    for (const Task &t : p.tasks)
        if (tName.match(t.title).hasMatch()) {
            s.tasks.insert(t.title);
            if (!t.notes.isEmpty())
                s.notes.insert(t.title, t.notes);
        }
    for (const Section &sec : p.sections)
        if (sName.match(sec.title).hasMatch())
            s.sections.insert(sec.title);
    s.title = p.info.title;
    return s;
}

int cycles()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("ANNUALPLAN_CRASH_CYCLES", &ok);
    return ok && n > 0 ? n : 50;
}

} // namespace

TEST_CASE("Killing the editing process at random moments never loses a confirmed edit nor damages the file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.aplan"));
    {
        const PlanData content = testutil::smallPlan();
        QString error;
        REQUIRE(PlanStore::create(path, content.info, &error, nullptr, &content));
    }
    const quint32 seed = QRandomGenerator::global()->generate();
    std::cout << "crash test seed " << seed << ", " << cycles() << " cycles" << std::endl;
    QRandomGenerator rng(seed);

    State expected;
    expected.title = testutil::smallPlan().info.title;
    int next = 1;
    int confirmedTotal = 0;
    int inFlightLanded = 0;
    for (int cycle = 0; cycle < cycles(); ++cycle) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(ANNUALPLAN_CRASH_CHILD),
                    {QStringLiteral("edit"), path, QString::number(rng.generate()), QString::number(next)});
        REQUIRE(child.waitForStarted());
        QByteArray out;
        while (!out.contains("ready\n") && child.waitForReadyRead(10000))
            out += child.readAllStandardOutput();
        INFO("child stderr: " << child.readAllStandardError().toStdString() << " stdout: " << out.toStdString());
        REQUIRE(out.contains("ready\n"));

        const int delay = 5 + int(rng.bounded(250));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < delay) {
            child.waitForReadyRead(int(qMax<qint64>(1, delay - timer.elapsed())));
            out += child.readAllStandardOutput();
        }
        child.kill();  // SIGKILL
        REQUIRE(child.waitForFinished(10000));
        out += child.readAllStandardOutput();

        QStringList pending;
        for (const QByteArray &raw : out.split('\n')) {
            const QStringList parts = QString::fromUtf8(raw).split(QLatin1Char(' '));
            if (parts.first() == QLatin1String("begin")) {
                pending = parts;
                next = parts.value(1).toInt() + 1;
            } else if (parts.first() == QLatin1String("ok")) {
                REQUIRE(!pending.isEmpty());
                REQUIRE(parts.value(1) == pending.value(1));
                expected = expected.applied(pending);
                pending.clear();
                ++confirmedTotal;
            } else if (parts.first() == QLatin1String("fail") || parts.first() == QLatin1String("error")) {
                FAIL("child reported: " << raw.toStdString());
            }
        }

        // The next open recovers a half-written transaction from its journal.
        QString error;
        auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite, &error);
        INFO("cycle " << cycle << ": " << error.toStdString());
        REQUIRE(store);
        PlanData data;
        REQUIRE(store->rows().load(&data, &error));
        store.reset();
        REQUIRE(PlanStore::integrityCheck(path) == QStringLiteral("ok"));

        const State actual = readState(data);
        if (!(actual == expected)) {
            INFO("expected " << expected.describe() << "\nactual   " << actual.describe()
                             << "\nin flight " << pending.join(QLatin1Char(' ')).toStdString());
            REQUIRE(!pending.isEmpty());
            REQUIRE(actual == expected.applied(pending));
            expected = actual;
            ++inFlightLanded;
        }
    }
    std::cout << "confirmed edits checked: " << confirmedTotal << ", in-flight edits that landed: " << inFlightLanded
              << std::endl;
    CHECK(confirmedTotal >= cycles());
}

namespace {

// Starts the helper, waits for a line, lets it run for delayMs, then kills it with SIGKILL.
QByteArray runAndKill(const QStringList &args, const QByteArray &waitFor, int delayMs)
{
    QProcess child;
    child.start(QStringLiteral(ANNUALPLAN_CRASH_CHILD), args);
    REQUIRE(child.waitForStarted());
    QByteArray out;
    while (!out.contains(waitFor) && child.waitForReadyRead(10000))
        out += child.readAllStandardOutput();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < delayMs && child.state() == QProcess::Running) {
        child.waitForReadyRead(int(qMax<qint64>(1, delayMs - timer.elapsed())));
        out += child.readAllStandardOutput();
    }
    child.kill();
    child.waitForFinished(10000);
    out += child.readAllStandardOutput();
    return out;
}

} // namespace

TEST_CASE("Killing an upgrade at random moments leaves the old file as it was or the upgraded one whole")
{
    const QString fixture = testutil::dataPath(QStringLiteral("plan-v1.aplan"));
    const QByteArray originalSum = testutil::sha256(fixture);
    // The reference: the same file upgraded without interruption.
    QTemporaryDir refDir;
    const QString ref = refDir.filePath(QStringLiteral("ref.aplan"));
    REQUIRE(QFile::copy(fixture, ref));
    QFile::setPermissions(ref, QFile::ReadOwner | QFile::WriteOwner);
    PlanData reference;
    {
        QString error;
        auto store = PlanStore::open(ref, PlanStore::Mode::ReadWrite, &error);
        REQUIRE(store);
        REQUIRE(store->rows().load(&reference, &error));
    }
    QRandomGenerator rng(QRandomGenerator::global()->generate());
    int interrupted = 0;
    for (int cycle = 0; cycle < cycles(); ++cycle) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.aplan"));
        REQUIRE(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray out = runAndKill({QStringLiteral("migrate"), path}, "opening", int(rng.bounded(25)));
        INFO("cycle " << cycle << " child said: " << out.toStdString());
        CHECK_FALSE(out.contains("error"));
        int version = 0;
        QString error;
        StoreError code = StoreError::None;
        REQUIRE(PlanStore::probe(path, &version, &error, &code));
        if (version == 1) {
            ++interrupted;
            // Not upgraded: the rollback journal, if any, is all that differs until the next open.
            if (!QFileInfo::exists(path + QStringLiteral("-journal")))
                CHECK(testutil::sha256(path) == originalSum);
        }
        // Opening again finishes the job: the upgraded file equals the uninterrupted one.
        auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite, &error);
        INFO("reopening said: " << error.toStdString() << "; files: "
                                << testutil::listing(dir.path()).join(QLatin1Char(' ')).toStdString());
        REQUIRE(store);
        CHECK(store->rows().schemaVersion() == kSchemaVersion);
        PlanData data;
        REQUIRE(store->rows().load(&data, &error));
        CHECK(testutil::samePlan(data, reference));
        store.reset();
        CHECK(PlanStore::integrityCheck(path) == QStringLiteral("ok"));
        // The copy of the original kept beside it is complete or absent.
        for (const QString &name : QDir(dir.path()).entryList({QStringLiteral("*backup*.aplan")}, QDir::Files))
            CHECK(testutil::sha256(dir.filePath(name)).size() > 0);
    }
    std::cout << "upgrade cycles: " << cycles() << ", interrupted before their commit: " << interrupted << std::endl;
}

TEST_CASE("Killing a backup at random moments leaves the copy complete or absent, and the plan untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.aplan"));
    const PlanData content = testutil::smallPlan();
    QString error;
    REQUIRE(PlanStore::create(path, content.info, &error, nullptr, &content));
    QRandomGenerator rng(QRandomGenerator::global()->generate());
    int absent = 0, complete = 0;
    for (int cycle = 0; cycle < std::max(10, cycles() / 2); ++cycle) {
        const QString target = dir.filePath(QStringLiteral("copy%1.aplan").arg(cycle));
        const QByteArray before = testutil::sha256(path);
        const QByteArray out = runAndKill({QStringLiteral("backup"), path, target}, "ready", int(rng.bounded(40)));
        INFO("cycle " << cycle << " child said: " << out.toStdString());
        CHECK_FALSE(out.contains("fail"));
        CHECK(testutil::sha256(path) == before);
        if (!QFileInfo::exists(target)) {
            ++absent;
            continue;
        }
        ++complete;
        CHECK(PlanStore::integrityCheck(target) == QStringLiteral("ok"));
        auto copy = PlanStore::open(target, PlanStore::Mode::ReadOnly, &error);
        REQUIRE(copy);
        PlanData data;
        REQUIRE(copy->rows().load(&data, &error));
        // The copy holds the whole plan (its ids are the file's own, so compare by value).
        QStringList titles, expectedTitles;
        for (const Task &t : data.tasks)
            titles.append(t.title);
        for (const Task &t : content.tasks)
            expectedTitles.append(t.title);
        titles.sort();
        expectedTitles.sort();
        CHECK(titles == expectedTitles);
        CHECK(data.info == content.info);
    }
    std::cout << "backup kills: " << complete << " left a complete copy, " << absent << " left none" << std::endl;
}
