#include "backgroundwork.h"

#include <QApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QTimer>

namespace ap {

namespace {

int g_waiting = 0;

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

bool BackgroundWork::waitFor(QWidget *parent, const QString &label, QFutureWatcherBase &watcher)
{
    if (watcher.isFinished())
        return true;
    ++g_waiting;
    const auto waited = qScopeGuard([] { --g_waiting; });
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    // The first moments: the window is live (it paints, a server's notices are heard) but the
    // clerk's keys and clicks wait, so nothing can be started twice or closed underneath.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QTimer quiet;
    quiet.setSingleShot(true);
    QObject::connect(&quiet, &QTimer::timeout, &loop, &QEventLoop::quit);
    quiet.start(kQuietMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    QApplication::restoreOverrideCursor();
    if (watcher.isFinished())
        return true;

    // Then a dialog over the window, which takes the input, and a way out.
    QProgressDialog progress(label, tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("BackgroundWorkProgress"));
    progress.setWindowTitle(tr("Please Wait"));   // not the program's file name
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    bool cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&]() {
        cancelled = true;
        loop.quit();
    });
    QObject::connect(&progress, &QDialog::rejected, &loop, [&]() {
        cancelled = true;
        loop.quit();
    });
    progress.show();
    if (!watcher.isFinished())
        loop.exec();
    return !cancelled && watcher.isFinished();
}

} // namespace ap
