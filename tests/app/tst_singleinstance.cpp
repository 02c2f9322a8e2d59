// A plan the desktop hands to a new process opens in the window already running when that window
// has no plan or the same plan open; a window busy with another plan is left alone and the new
// process opens its own. Real processes of the program (offscreen), each plan's lock file telling
// which process holds it.
#include "../support/testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <memory>

#include <sys/stat.h>

namespace {

// Waits for what to hold, a minute at most (a deadline for a failure, not a measure of speed).
bool withinAMinute(const std::function<bool()> &what)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000) {
        if (what())
            return true;
        QThread::msleep(50);
    }
    return what();
}

// Which process holds a plan's lock, 0 when none.
qint64 lockHolder(const QString &plan)
{
    QLockFile lock(plan + QStringLiteral(".lock"));
    qint64 pid = 0;
    QString host, app;
    return lock.getLockInfo(&pid, &host, &app) ? pid : 0;
}

struct Desktop
{
    QTemporaryDir dir;
    QString runtime = dir.filePath(QStringLiteral("runtime"));
    std::vector<std::unique_ptr<QProcess>> windows;

    Desktop()
    {
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QDir().mkpath(dir.filePath(QStringLiteral("config")));
    }
    ~Desktop()
    {
        for (auto &p : windows) {
            p->kill();
            p->waitForFinished(5000);
        }
    }

    QProcess *start(const QStringList &args)
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral(ANNUALPLAN_BINARY), args);
        REQUIRE(p->waitForStarted(10000));
        windows.push_back(std::move(p));
        return windows.back().get();
    }

    QString socket() const { return QDir(runtime).filePath(QStringLiteral("annualplan-window")); }
    bool listening() const { return QFileInfo::exists(socket()); }
    // When the socket file was made (its change time, in ns): a window that listens anew makes a
    // new one (the inode number may be reused).
    qint64 socketMade() const
    {
        struct stat st = {};
        if (::stat(QFile::encodeName(socket()).constData(), &st) != 0)
            return 0;
        return qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    }
};

} // namespace

TEST_CASE("A plan handed to a new process opens in the running window unless that window is busy with another")
{
    Desktop desktop;
    const QString first = testutil::smallPlanFile(desktop.dir, QStringLiteral("first.aplan"));
    const QString second = testutil::smallPlanFile(desktop.dir, QStringLiteral("second.aplan"));

    QProcess *window = desktop.start({});
    REQUIRE(withinAMinute([&] { return desktop.listening(); }));

    // A double click on a plan: the new process hands it over and leaves; the window holds it.
    QProcess *click = desktop.start({first});
    REQUIRE(click->waitForFinished(15000));
    CHECK(click->exitCode() == 0);
    CHECK(withinAMinute([&] { return lockHolder(first) == window->processId(); }));

    // The same plan again only brings the window forward.
    QProcess *again = desktop.start({first});
    REQUIRE(again->waitForFinished(15000));
    CHECK(again->exitCode() == 0);
    CHECK(lockHolder(first) == window->processId());
    CHECK(window->state() == QProcess::Running);

    // Another plan while the window is busy with the first: a window of its own.
    QProcess *other = desktop.start({second});
    CHECK_FALSE(other->waitForFinished(2000));
    CHECK(withinAMinute([&] { return lockHolder(second) == other->processId(); }));
    CHECK(lockHolder(first) == window->processId());
}

TEST_CASE("A window left behind by a killed process does not keep the next one from taking plans")
{
    Desktop desktop;
    const QString plan = testutil::smallPlanFile(desktop.dir, QStringLiteral("plan.aplan"));
    QProcess *dead = desktop.start({});
    REQUIRE(withinAMinute([&] { return desktop.listening(); }));
    dead->kill();
    REQUIRE(dead->waitForFinished(5000));
    // Its socket is still there; the next window clears it and listens on a new one.
    const qint64 stale = desktop.socketMade();
    REQUIRE(stale != 0);
    QProcess *window = desktop.start({});
    REQUIRE(withinAMinute([&] { return desktop.socketMade() > stale; }));
    QProcess *click = desktop.start({plan});
    REQUIRE(click->waitForFinished(15000));
    CHECK(click->exitCode() == 0);
    CHECK(withinAMinute([&] { return lockHolder(plan) == window->processId(); }));
}
