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
// A cancelled work that cannot stop runs to its end on a pool of its own, so the print preview's
// layout never waits behind it.
// A work that tells its progress (an import's reading: a PDF page by page, LibreOffice's
// conversion) fills a bar, and Cancel also asks it to stop. A work that writes (a roll forward's
// new plan) is run stoppable instead: Cancel asks it to stop and waits the moment it takes to
// undo what it began.
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

    // The same for a work that tells its progress (a bar that fills) and may stop part of the
    // way (an import's reading: a PDF at its next page, LibreOffice at once): Cancel asks it to
    // stop and returns at once all the same, since some of its steps cannot stop (a damaged
    // file's parse); what it then does is dropped.
    template <typename Result>
    static std::optional<Result> run(QWidget *parent, const QString &label, std::function<Result(WorkProgress &)> work)
    {
        auto progress = std::make_shared<WorkProgress>();
        QFutureWatcher<Result> watcher;
        watcher.setFuture(QtConcurrent::run(pool(), [progress, work = std::move(work)] { return work(*progress); }));
        if (!waitFor(parent, label, watcher, progress.get(), Cancel::Returns))
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
        (void)waitFor(parent, label, watcher, progress.get(), Cancel::WaitsForTheStop);
        return watcher.result();
    }

    // True while a work is waited for: what comes meanwhile from outside the clerk's input (a
    // plan handed over by another instance) waits until it is over.
    static bool isWaiting();

private:
    static QThreadPool *pool();
    enum class Cancel { Returns, WaitsForTheStop };
    // Waits until watcher's work has finished (true) or the clerk cancelled (false). With progress,
    // the dialog shows it and a cancel asks the work to stop; then, as cancel says, returns at
    // once or waits until the work has stopped (and the work has finished: true).
    static bool waitFor(QWidget *parent, const QString &label, QFutureWatcherBase &watcher,
                        WorkProgress *progress = nullptr, Cancel cancel = Cancel::Returns);
};

} // namespace ap
