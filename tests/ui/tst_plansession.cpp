// Opening a plan file another program changed, as a clerk does it in the window: the refusal says
// what was found, Enter makes a clean copy (its name chosen in the real file dialog), the copy's
// report is read and the copy opens for editing; Esc makes nothing. The original is untouched.
#include "shell/mainwindow.h"
#include "document/plandocument.h"

#include "../support/answers.h"
#include "../support/keyboard.h"
#include "../support/planfiletamper.h"
#include "../support/testutil.h"
#include "../support/windowsteps.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ap;

namespace {

// A plan file with a trigger added by a plain SQLite connection, as the sqlite3 shell adds one.
QString tamperedPlan(const QTemporaryDir &dir)
{
    const QString path = testutil::smallPlanFile(dir);
    testutil::tamper(path, {QStringLiteral("CREATE TRIGGER sneak AFTER INSERT ON checkin BEGIN DELETE FROM task_department; END")});
    return path;
}

} // namespace

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
