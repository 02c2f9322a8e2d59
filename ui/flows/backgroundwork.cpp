#include "backgroundwork.h"

#include <QApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QTimer>

#include <algorithm>

namespace ap {

namespace {

int g_waiting = 0;

// Until watcher's work ends or kQuietMs pass: the window paints, the clerk's input waits.
void waitQuietly(QFutureWatcherBase &watcher, int ms)
{
    if (watcher.isFinished())
        return;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QTimer quiet;
    quiet.setSingleShot(true);
    QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (ms >= 0)
        quiet.start(ms);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    QApplication::restoreOverrideCursor();
}

} // namespace

QThreadPool *BackgroundWork::pool()
{
    // Room for a work the clerk started after cancelling others; at quit it waits for them.
    static QThreadPool own;
    static const bool sized = (own.setMaxThreadCount(4), true);
    Q_UNUSED(sized);
    return &own;
}

bool BackgroundWork::isWaiting()
{
    return g_waiting > 0;
}

bool BackgroundWork::waitFor(QWidget *parent, const QString &label, QFutureWatcherBase &watcher,
                             WorkProgress *work, Cancel whenCancelled)
{
    if (watcher.isFinished())
        return true;
    ++g_waiting;
    const auto waited = qScopeGuard([] { --g_waiting; });
    // The first moments: the window is live (it paints, a server's notices are heard) but the
    // clerk's keys and clicks wait, so nothing can be started twice or closed underneath.
    waitQuietly(watcher, kQuietMs);
    if (watcher.isFinished())
        return true;

    // Then a dialog over the window, which takes the input, and a way out.
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QProgressDialog progress(label, tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("BackgroundWorkProgress"));
    progress.setWindowTitle(tr("Please Wait"));   // not the program's file name
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    bool cancelled = false;
    const bool waitsForTheStop = work && whenCancelled == Cancel::WaitsForTheStop;
    auto cancel = [&]() {
        if (!waitsForTheStop) {
            if (work)
                work->requestStop();   // it stops when it can; its result is dropped
            cancelled = true;
            loop.quit();
            return;
        }
        // A stoppable work is asked to stop and waited for, the dialog saying so without its
        // button (Esc and Cancel hid it: shown again); one past its point of no return ends as
        // it began to.
        if (!cancelled) {
            cancelled = true;
            progress.setLabelText(work->requestStop() ? tr("Stopping…") : tr("Finishing…"));
        }
        QTimer::singleShot(0, &progress, [&progress] {
            progress.setCancelButton(nullptr);   // not from inside the button's own signal
            progress.show();
        });
    };
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, cancel);
    QObject::connect(&progress, &QDialog::rejected, &loop, cancel);
    // A stoppable work's bar shows how far it is, read from it every tenth of a second.
    QTimer poll;
    if (work) {
        // Busy until the work tells a total (LibreOffice's conversion never does).
        const auto showHowFar = [&progress, work] {
            const qint64 total = work->total();
            if (total <= 0)
                return;
            if (progress.maximum() != 1000)
                progress.setRange(0, 1000);
            progress.setValue(int(std::min<qint64>(1000, work->done() * 1000 / total)));
        };
        showHowFar();
        QObject::connect(&poll, &QTimer::timeout, &progress, showHowFar);
        poll.start(100);
    }
    progress.show();
    if (!watcher.isFinished())
        loop.exec();
    poll.stop();
    if (waitsForTheStop) {
        // Left before the work ended in another way (the program quits): it is told to stop
        // and waited for, so nothing it began is left half done.
        if (!watcher.isFinished()) {
            work->requestStop();
            waitQuietly(watcher, -1);
        }
        return true;
    }
    // Left before the work ended (cancelled, or the program quits): asked to stop where it can.
    if (work && !watcher.isFinished())
        work->requestStop();
    return !cancelled && watcher.isFinished();
}

} // namespace ap
