// Long work on a thread of its own (ui/flows/backgroundwork.h): work that ends at once shows no
// dialog; longer work shows a progress dialog over the window that closes when the work ends, or
// returns at once, the result dropped, when the clerk cancels it by Esc.
#include "flows/backgroundwork.h"

#include "../support/answers.h"
#include "../support/keyboard.h"
#include "../support/testutil.h"

#include <QLineEdit>
#include <QProgressDialog>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>


using namespace ap;
using testutil::Answers;

TEST_CASE("Work that ends at once gives its result with no dialog shown")
{
    QWidget window;
    REQUIRE(testutil::showActive(&window));
    const std::optional<int> result = BackgroundWork::run<int>(&window, QStringLiteral("正在读取"), [] { return 42; });
    const bool dialogShown = window.findChild<QProgressDialog *>() != nullptr;
    REQUIRE(result);
    CHECK(*result == 42);
    CHECK_FALSE(dialogShown);
}

TEST_CASE("Long work shows a progress dialog over the window, which closes by itself when the work ends")
{
    QWidget window;
    REQUIRE(testutil::showActive(&window));
    auto go = std::make_shared<QSemaphore>();
    Answers answers;
    bool shownWhileWorking = false;
    answers.then<QProgressDialog>([&](QProgressDialog *d) {
        shownWhileWorking = d->objectName() == QLatin1String("BackgroundWorkProgress") && d->isVisible();
        go->release();   // the work ends: nothing pressed
    });
    const std::optional<QString> result = BackgroundWork::run<QString>(&window, QStringLiteral("正在读取"), [go] {
        // Held until the dialog is seen (the guard only ends a test that failed).
        return go->tryAcquire(1, 60000) ? QStringLiteral("读完") : QString();
    });
    REQUIRE(answers.allAnswered());
    CHECK(shownWhileWorking);
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
    // The window is the clerk's again at once.
    auto *edit = new QLineEdit(&window);
    edit->show();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("ok"));
    CHECK(edit->text() == QStringLiteral("ok"));
    go->release();
    QThreadPool::globalInstance()->waitForDone();
    CHECK(*finished);
}
