// Opening a plan file another program changed, as a clerk does it in the window: the refusal says
// what was found, Enter makes a clean copy (its name chosen in the real file dialog), the copy's
// report is read and the copy opens for editing; Esc makes nothing. The original is untouched.
// A roll forward's new plan written on a thread of its own, with a bar and a Cancel that writes
// nothing.
#include "shell/mainwindow.h"
#include "dialogs/rollforwarddialog.h"
#include "document/plandocument.h"
#include "flows/workprogress.h"

#include "../support/answers.h"
#include "../support/keyboard.h"
#include "../support/planfiletamper.h"
#include "../support/testutil.h"
#include "../support/windowsteps.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QSemaphore>

#include <atomic>

using namespace ap;

namespace {

// A plan file with a trigger added by a plain SQLite connection, as the sqlite3 shell adds one.
QString tamperedPlan(const QTemporaryDir &dir)
{
    const QString path = testutil::smallPlanFile(dir);
    testutil::tamper(path, {QStringLiteral("CREATE TRIGGER sneak AFTER INSERT ON checkin BEGIN DELETE FROM task_department; END")});
    return path;
}

// File ▸ Roll Forward by its Alt letters.
void rollForwardByKeys(MainWindow &w)
{
    QTest::keyClick(&w, 'f', Qt::AltModifier);
    QWidget *popup = QApplication::activePopupWidget();
    REQUIRE(popup);
    QTest::keyClick(popup, 'f');
}

// Holds a long work at its first report until the test lets it go (go released once: every
// report after passes; the limit only ends a test that failed); the hook is removed when the
// returned guard goes.
auto holdWorkUntilReleased(std::shared_ptr<QSemaphore> go)
{
    WorkProgress::setReportHookForTests([go](const WorkProgress &) {
        if (go->tryAcquire(1, 60000))
            go->release();   // for the reports that follow
    });
    return qScopeGuard([] { WorkProgress::setReportHookForTests({}); });
}

} // namespace

TEST_CASE("A roll forward writes its new plan with a bar over the window, then opens it and tells what it did")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString last = testutil::smallPlanFile(dir);
    const QString next = dir.filePath(QStringLiteral("next.aplan"));
    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    REQUIRE(w.openFile(last));
    // The write waits at its first report until its bar was seen, whatever the machine's speed.
    auto go = std::make_shared<QSemaphore>();
    const auto held = holdWorkUntilReleased(go);
    int barMaximum = 0;
    QString summary;
    testutil::Answers answers;
    answers.then<RollForwardDialog>([](RollForwardDialog *d) { QTest::keyClick(d, Qt::Key_Return); });
    answers.then<QFileDialog>([&](QFileDialog *d) { testutil::chooseFile(d, next); });
    answers.then<QProgressDialog>([&](QProgressDialog *bar) {
        barMaximum = bar->maximum();
        go->release();
    });
    answers.then<QMessageBox>([&](QMessageBox *box) {
        summary = box->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    rollForwardByKeys(w);
    REQUIRE(answers.allAnswered());
    CHECK(barMaximum > 0);   // a bar that fills, not one that only runs
    REQUIRE(w.document());
    CHECK(QFileInfo(w.document()->filePath()) == QFileInfo(next));
    CHECK(w.document()->plan().info.year == testutil::smallPlan().info.year + 1);
    CHECK(w.document()->plan().tasks.size() == testutil::smallPlan().tasks.size());
    CHECK_FALSE(summary.isEmpty());
}

TEST_CASE("Esc on a roll forward's bar stops the write: no new file, and last year's plan stays open unchanged")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString last = testutil::smallPlanFile(dir);
    const QByteArray before = testutil::sha256(last);
    const QString next = dir.filePath(QStringLiteral("next.aplan"));
    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    REQUIRE(w.openFile(last));
    const QStringList files = testutil::listing(dir.path());   // the plan and its lock
    // The write waits at its first report until the Cancel has reached it (Esc asks it to stop
    // as the key is handled).
    auto go = std::make_shared<QSemaphore>();
    const auto held = holdWorkUntilReleased(go);
    testutil::Answers answers;
    answers.then<RollForwardDialog>([](RollForwardDialog *d) { QTest::keyClick(d, Qt::Key_Return); });
    answers.then<QFileDialog>([&](QFileDialog *d) { testutil::chooseFile(d, next); });
    answers.then<QProgressDialog>([go](QProgressDialog *bar) {
        QTest::keyClick(bar, Qt::Key_Escape);
        go->release();
    });
    rollForwardByKeys(w);
    REQUIRE(answers.allAnswered());
    // No summary box came, nothing was left in the folder, and the window says why.
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(testutil::listing(dir.path()) == files);
    CHECK_FALSE(QFileInfo::exists(next));
    REQUIRE(w.document());
    CHECK(QFileInfo(w.document()->filePath()) == QFileInfo(last));
    CHECK(w.statusBar()->currentMessage() == QStringLiteral("Stopped: the new plan was not written."));
    w.close();
    CHECK(testutil::sha256(last) == before);
}

TEST_CASE("A plan another program changed is refused with the offer of a clean copy, which Enter makes and opens")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = tamperedPlan(dir);
    const QByteArray before = testutil::sha256(path);
    const QString copy = dir.filePath(QStringLiteral("clean.aplan"));
    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    QString warning, report, defaultButton;
    testutil::Answers answers;
    answers.then<QMessageBox>([&](QMessageBox *box) {
        warning = box->text();
        defaultButton = box->defaultButton() ? box->defaultButton()->objectName() : QString();
        QTest::keyClick(box, Qt::Key_Return);
    });
    answers.then<QFileDialog>([&](QFileDialog *d) { testutil::chooseFile(d, copy); });
    answers.then<QMessageBox>([&](QMessageBox *box) {
        report = box->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    CHECK(w.openFile(path));
    CHECK(answers.allAnswered());
    CHECK(warning.contains(QStringLiteral("sneak")));
    CHECK(defaultButton == QStringLiteral("CleanCopyButton"));
    CHECK(report.contains(QStringLiteral("sneak")));
    REQUIRE(w.document());
    CHECK(w.document()->location().toString() == QFileInfo(copy).absoluteFilePath());
    CHECK_FALSE(w.document()->isReadOnly());
    CHECK(w.document()->plan().tasks.size() == testutil::smallPlan().tasks.size());
    CHECK(testutil::sha256(path) == before);
}

TEST_CASE("Esc at the offer of a clean copy opens nothing and makes nothing")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = tamperedPlan(dir);
    const QStringList files = testutil::listing(dir.path());
    const QByteArray before = testutil::sha256(path);
    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    testutil::Answers answers;
    answers.then<QMessageBox>([&](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Escape); });
    CHECK_FALSE(w.openFile(path));
    CHECK(answers.allAnswered());
    CHECK(w.document() == nullptr);
    CHECK(testutil::listing(dir.path()) == files);
    CHECK(testutil::sha256(path) == before);
}
