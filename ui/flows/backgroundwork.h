#pragma once

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "workprogress.h"

#include <functional>
#include <optional>

class QWidget;

namespace ap {

// Work that may take long (reading a 300-page PDF, having LibreOffice convert a .doc) done on a
// thread of its own while the window stays live: for its first moments the window only holds
// the clerk's input back (no dialog flashes for work that ends at once); then a progress dialog
// with Cancel shows, modal to the window. Cancel returns at once and the result, when it comes,
// is dropped: the work must own all it reads and writes, and may touch no object of the window's.
// A cancelled work runs to its end on a pool of its own (a .doc's conversion has LibreOffice's
// time limit), so the print preview's layout never waits behind it.
// A work that can stop (reading an import: a PDF page by page, LibreOffice's conversion; writing
// a roll forward's new plan) is run stoppable instead: its dialog shows how far it is, and Cancel
// asks it to stop and waits the moment it takes to stop and undo what it began, so nothing goes
// on working behind the window.
class BackgroundWork
{
    Q_DECLARE_TR_FUNCTIONS(ap::BackgroundWork)
public:
    // How long work runs before its progress dialog shows: shorter than a clerk waits unsure,
    // longer than reading an ordinary plan document takes.
    static constexpr int kQuietMs = 400;

    // work's result, or none when the clerk cancelled.
    template <typename Result>
    static std::optional<Result> run(QWidget *parent, const QString &label, std::function<Result()> work)
    {
        QFutureWatcher<Result> watcher;
        watcher.setFuture(QtConcurrent::run(pool(), std::move(work)));
        if (!waitFor(parent, label, watcher))
            return std::nullopt;
        return watcher.result();
    }

    // work's result, always: it reads its progress (WorkProgress::report) and, once the clerk has
    // cancelled, stops, undoes what it began and says so in its result.
    template <typename Result>
    static Result runStoppable(QWidget *parent, const QString &label, std::function<Result(WorkProgress &)> work)
    {
        auto progress = std::make_shared<WorkProgress>();
        QFutureWatcher<Result> watcher;
        watcher.setFuture(QtConcurrent::run(pool(), [progress, work = std::move(work)] { return work(*progress); }));
        (void)waitFor(parent, label, watcher, progress.get());
        return watcher.result();
    }

    // True while a work is waited for: what comes meanwhile from outside the clerk's input (a
    // plan handed over by another instance) waits until it is over.
    static bool isWaiting();

private:
    static QThreadPool *pool();
    // Waits until watcher's work has finished (true) or the clerk cancelled (false). With progress,
    // the dialog shows it, and a cancel asks the work to stop and waits until it has.
    static bool waitFor(QWidget *parent, const QString &label, QFutureWatcherBase &watcher,
                        WorkProgress *progress = nullptr);
};

} // namespace ap
