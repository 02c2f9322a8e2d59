// Helper process for the crash and lock tests.
//   crashchild hold FILE          open FILE for writing, print "holding", wait for stdin to close
//   crashchild edit FILE SEED N   apply edits numbered from N until killed; before each edit print
//                                 "begin N KIND NAME [NAME2]", after its commit "ok N"
//   crashchild migrate FILE       print "opening", open FILE for writing (an older file is upgraded),
//                                 print "migrated"
//   crashchild backup FILE TARGET back FILE up to TARGET over and over, "ok N" after each copy
#include "document/commands.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

using namespace ap;

namespace {

void say(const QString &line)
{
    const QByteArray b = line.toUtf8() + '\n';
    fwrite(b.constData(), 1, size_t(b.size()), stdout);
    fflush(stdout);
}

int hold(const QString &path)
{
    QString error;
    auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite, &error);
    if (!store) {
        say(QStringLiteral("error ") + error);
        return 2;
    }
    say(QStringLiteral("holding"));
    std::string line;
    while (std::getline(std::cin, line)) {
    }
    return 0;
}

int edit(const QString &path, quint32 seed, int start)
{
    QString error;
    auto doc = PlanDocument::open(path, PlanStore::Mode::ReadWrite, &error);
    if (!doc) {
        say(QStringLiteral("error ") + error);
        return 2;
    }
    QRandomGenerator rng(seed);
    QUndoStack *stack = doc->undoStack();
    const PlanData &plan = doc->plan();
    auto pushed = [&](QUndoCommand *cmd) {
        const int before = stack->index();
        stack->push(cmd);
        return stack->index() > before;
    };
    QString lastAddedTask;  // undoable only while it is the newest command
    say(QStringLiteral("ready"));
    for (int i = start; i < start + 1000000; ++i) {
        const int r = int(rng.bounded(10));
        bool ok = true;
        QStringList taskNames;
        for (const Task &t : plan.tasks)
            if (t.title.startsWith(QLatin1Char('T')))
                taskNames << t.title;
        if (plan.sections.isEmpty() || r == 5 || r == 6) {
            const QString name = QStringLiteral("S%1").arg(i);
            say(QStringLiteral("begin %1 addsection %2").arg(i).arg(name));
            ok = pushed(new AddSectionCommand(doc.get(), 0, int(plan.childSections.value(0).size()), name));
            lastAddedTask.clear();
        } else if (r <= 4) {
            const QList<Id> sections = plan.sections.keys();
            const Id section = sections.at(int(rng.bounded(quint32(sections.size()))));
            Task t;
            t.title = QStringLiteral("T%1").arg(i);
            t.deadline = QDate(2026, 12, 31);
            Target target;
            target.indicator = QStringLiteral("指标%1").arg(i);
            target.value = i;
            target.unit = QStringLiteral("%");
            t.targets = {target};
            say(QStringLiteral("begin %1 addtask %2").arg(i).arg(t.title));
            ok = pushed(new AddTaskCommand(doc.get(), section, int(plan.sectionTasks.value(section).size()), t));
            lastAddedTask = t.title;
        } else if (r == 7) {
            PlanInfo info = plan.info;
            info.title = QStringLiteral("P%1").arg(i);
            say(QStringLiteral("begin %1 title %2").arg(i).arg(info.title));
            ok = pushed(new SetPlanInfoCommand(doc.get(), info));
            lastAddedTask.clear();
        } else if (r == 8 && !lastAddedTask.isEmpty() && stack->canUndo()) {
            say(QStringLiteral("begin %1 undo %2").arg(i).arg(lastAddedTask));
            const int before = stack->index();
            stack->undo();
            ok = stack->index() < before;
            lastAddedTask.clear();
        } else if (!taskNames.isEmpty()) {
            const QString name = taskNames.at(int(rng.bounded(quint32(taskNames.size()))));
            Task t;
            for (const Task &x : plan.tasks)
                if (x.title == name)
                    t = x;
            t.notes = QStringLiteral("N%1").arg(i);
            say(QStringLiteral("begin %1 notes %2 %3").arg(i).arg(name, t.notes));
            ok = pushed(new EditTaskCommand(doc.get(), t));
            lastAddedTask.clear();
        } else {
            continue;
        }
        if (!ok) {
            say(QStringLiteral("fail %1 %2").arg(i).arg(doc->lastError()));
            return 3;
        }
        say(QStringLiteral("ok %1").arg(i));
    }
    return 0;
}

} // namespace

int migrate(const QString &path)
{
    say(QStringLiteral("opening"));
    QString error;
    auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite, &error);
    if (!store) {
        say(QStringLiteral("error ") + error);
        return 2;
    }
    say(QStringLiteral("migrated"));
    return 0;
}

int backup(const QString &path, const QString &target)
{
    QString error;
    auto store = PlanStore::open(path, PlanStore::Mode::ReadWrite, &error);
    if (!store) {
        say(QStringLiteral("error ") + error);
        return 2;
    }
    say(QStringLiteral("ready"));
    for (int i = 1;; ++i) {
        if (!store->backupTo(target, &error)) {
            say(QStringLiteral("fail ") + error);
            return 2;
        }
        say(QStringLiteral("ok %1").arg(i));
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("hold"))
        return hold(args.at(2));
    if (args.size() >= 5 && args.at(1) == QLatin1String("edit"))
        return edit(args.at(2), args.at(3).toUInt(), args.at(4).toInt());
    if (args.size() >= 3 && args.at(1) == QLatin1String("migrate"))
        return migrate(args.at(2));
    if (args.size() >= 4 && args.at(1) == QLatin1String("backup"))
        return backup(args.at(2), args.at(3));
    fprintf(stderr, "usage: crashchild hold FILE | edit FILE SEED START | migrate FILE | backup FILE TARGET\n");
    return 64;
}
