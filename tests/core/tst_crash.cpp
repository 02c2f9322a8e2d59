// Kills an editing process with SIGKILL at random moments and checks that the plan file is
// sound and holds every edit the process had confirmed (the one in flight may or may not be in).
#include "storage/planstore.h"

#include "../support/testutil.h"

#include <QElapsedTimer>
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
        REQUIRE(store->load(&data, &error));
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
