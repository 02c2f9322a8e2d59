// Long work on a thread of its own (ui/flows/backgroundwork.h): its result when it ends; longer
// work shows a modal progress dialog over the window that closes when the work ends, or returns at
// once, the result dropped, when the clerk cancels it by Esc.
#include "flows/backgroundwork.h"

#include "../support/answers.h"
#include "../support/keyboard.h"
#include "../support/testutil.h"

#include <QApplication>
#include <QProgressDialog>
#include <QSemaphore>
#include <QTest>


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
