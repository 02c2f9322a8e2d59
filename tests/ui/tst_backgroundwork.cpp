// Long work on a thread of its own (ui/flows/backgroundwork.h): its result when it ends; longer
// work shows a modal progress dialog over the window that closes when the work ends, or returns at
// once, the result dropped, when the clerk cancels it by Esc. A stoppable work's bar fills as it
// reports, and Esc asks it to stop and waits until it has.
#include "flows/backgroundwork.h"

#include "../support/answers.h"
#include "../support/keyboard.h"
#include "../support/testutil.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QTest>

#include <atomic>


using namespace ap;
using testutil::Answers;

TEST_CASE("Work that ends gives its result, and nothing is waited for after it")
{
    QWidget window;
    REQUIRE(testutil::showActive(&window));
    const std::optional<int> result = BackgroundWork::run<int>(&window, QStringLiteral("正在读取"), [] { return 42; });
    REQUIRE(result);
    CHECK(*result == 42);
    CHECK_FALSE(BackgroundWork::isWaiting());
}

TEST_CASE("Long work shows a progress dialog over the window, which closes by itself when the work ends")
{
    QWidget window;
    REQUIRE(testutil::showActive(&window));
    auto go = std::make_shared<QSemaphore>();
    Answers answers;
    bool shownWhileWorking = false;
    bool waiting = false;
    answers.then<QProgressDialog>([&](QProgressDialog *d) {
        shownWhileWorking = d->objectName() == QLatin1String("BackgroundWorkProgress") && d->isVisible()
            && d->isModal() && d->windowTitle() != QCoreApplication::applicationName();
        waiting = BackgroundWork::isWaiting();   // a plan handed over meanwhile opens after it
        go->release();   // the work ends: nothing pressed
    });
    const std::optional<QString> result = BackgroundWork::run<QString>(&window, QStringLiteral("正在读取"), [go] {
        // Held until the dialog is seen (the guard only ends a test that failed).
        return go->tryAcquire(1, 60000) ? QStringLiteral("读完") : QString();
    });
    REQUIRE(answers.allAnswered());
    CHECK(shownWhileWorking);
    CHECK(waiting);
    CHECK_FALSE(BackgroundWork::isWaiting());
    REQUIRE(result);
    CHECK(*result == QStringLiteral("读完"));
    CHECK(window.findChildren<QProgressDialog *>().isEmpty());
}

TEST_CASE("Esc on the progress dialog returns at once and drops the work's result")
{
    QWidget window;
    REQUIRE(testutil::showActive(&window));
    auto go = std::make_shared<QSemaphore>();
    auto finished = std::make_shared<std::atomic<bool>>(false);
    Answers answers;
    answers.then<QProgressDialog>([](QProgressDialog *d) { QTest::keyClick(d, Qt::Key_Escape); });
    const std::optional<int> result = BackgroundWork::run<int>(&window, QStringLiteral("正在读取"), [go, finished] {
        (void)go->tryAcquire(1, 60000);
        *finished = true;
        return 7;
    });
    REQUIRE(answers.allAnswered());
    CHECK_FALSE(result);
    CHECK_FALSE(*finished);   // returned while the work still ran
    // The window is the clerk's again at once: nothing modal over it, nothing waited for.
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK_FALSE(BackgroundWork::isWaiting());
    go->release();
    REQUIRE(QTest::qWaitFor([finished] { return finished->load(); }, 60000));
}

TEST_CASE("A stoppable work's bar shows how far it is, and Esc asks it to stop and waits until it has")
{
    QWidget window;
    REQUIRE(testutil::showActive(&window));
    auto ended = std::make_shared<std::atomic<bool>>(false);
    auto escPressed = std::make_shared<QSemaphore>();
    int barAtHalf = -1;
    QString saying;
    bool shownAfterEsc = false;
    Answers answers;
    answers.then<QProgressDialog>([&](QProgressDialog *bar) {
        // Half of the work reported: the bar shows half.
        (void)QTest::qWaitFor([bar] { return bar->value() == bar->maximum() / 2; }, 60000);
        barAtHalf = bar->value();
        QTest::keyClick(bar, Qt::Key_Escape);
        escPressed->release();
        // The dialog stays while the work stops, saying so, with no button left to press.
        (void)QTest::qWaitFor([bar] { return bar->isVisible(); }, 60000);
        shownAfterEsc = bar->isVisible() && bar->findChildren<QPushButton *>().isEmpty();
        saying = bar->labelText();
    });
    const QString result = BackgroundWork::runStoppable<QString>(
        &window, QStringLiteral("正在写入"), [ended, escPressed](WorkProgress &progress) {
            // Half done, then waiting there until Esc was pressed (the limit only ends a test that
            // failed); its next report hears the stop.
            (void)progress.report(5, 10);
            (void)escPressed->tryAcquire(1, 60000);
            (void)progress.report(5, 10);
            *ended = true;
            return progress.stopRequested() ? QStringLiteral("已停止") : QStringLiteral("超时");
        });
    REQUIRE(answers.allAnswered());
    CHECK(barAtHalf == 500);
    CHECK(shownAfterEsc);
    CHECK(saying == QStringLiteral("Stopping…"));
    CHECK(*ended);   // waited for: what it began is undone before the window is the clerk's again
    CHECK(result == QStringLiteral("已停止"));
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(window.findChildren<QProgressDialog *>().isEmpty());
    CHECK_FALSE(BackgroundWork::isWaiting());
}

TEST_CASE("A Cancel after a stoppable work's point of no return is refused: the work ends as it began to")
{
    QWidget window;
    REQUIRE(testutil::showActive(&window));
    auto cancelSeen = std::make_shared<QSemaphore>();
    QString saying;
    Answers answers;
    answers.then<QProgressDialog>([&](QProgressDialog *bar) {
        QTest::keyClick(bar, Qt::Key_Escape);
        saying = bar->labelText();
        cancelSeen->release();
    });
    const QString result = BackgroundWork::runStoppable<QString>(
        &window, QStringLiteral("正在写入"), [cancelSeen](WorkProgress &progress) {
            if (!progress.report(10, 10) || !progress.commit())
                return QStringLiteral("已停止");
            // Kept from here on (a file renamed into place); the Cancel comes now.
            (void)cancelSeen->tryAcquire(1, 60000);
            return progress.stopRequested() ? QStringLiteral("已停止") : QStringLiteral("已完成");
        });
    REQUIRE(answers.allAnswered());
    CHECK(saying == QStringLiteral("Finishing…"));
    CHECK(result == QStringLiteral("已完成"));
    CHECK(window.findChildren<QProgressDialog *>().isEmpty());
}

TEST_CASE("A stoppable work that ends by itself gives its result with no stop asked, and its bar goes")
{
    QWidget window;
    REQUIRE(testutil::showActive(&window));
    auto barSeen = std::make_shared<QSemaphore>();
    Answers answers;
    answers.then<QProgressDialog>([barSeen](QProgressDialog *) { barSeen->release(); });
    const bool stopped = BackgroundWork::runStoppable<bool>(&window, QStringLiteral("正在写入"), [barSeen](WorkProgress &progress) {
        (void)progress.report(1, 10);
        (void)barSeen->tryAcquire(1, 60000);   // held until its bar was seen
        (void)progress.report(10, 10);
        return !progress.commit();
    });
    REQUIRE(answers.allAnswered());
    CHECK_FALSE(stopped);
    CHECK(window.findChildren<QProgressDialog *>().isEmpty());
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK_FALSE(BackgroundWork::isWaiting());
}
