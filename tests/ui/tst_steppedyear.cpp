// The plan's year as a clerk lives it in the real window, with keys and the real dialogs: a target
// typed with its steps in the task table, three quarters reported with Ctrl+R, the task turning
// 逾期 when September's step is missed, its history in the editor, the 催报 list without it once it
// has reported, and next year's plan rolled forward through the review of period-only figures.
#include "dialogs/reportdialog.h"
#include "dialogs/reminderdialog.h"
#include "dialogs/rollforwarddialog.h"
#include "models/tasktablemodel.h"
#include "shell/mainwindow.h"
#include "domain/targettext.h"

#include "../support/answers.h"
#include "../support/keyboard.h"
#include "../support/testutil.h"
#include "../support/windowsteps.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace ap;
using testutil::Answers;

namespace {

using testutil::backTo;
using testutil::chooseFile;

// Ctrl+R on the current task: the period chosen from its list, the indicator's figure typed, Enter.
void report(MainWindow &w, QTableView *table, const QString &period, const QString &figure)
{
    Answers answers;
    answers.then<ReportDialog>([&](ReportDialog *d) {
        auto *periods = d->findChild<QComboBox *>(QStringLiteral("ReportPeriodBox"));
        REQUIRE(periods);
        periods->setCurrentIndex(periods->findData(period));
        REQUIRE(!d->actualEdits().isEmpty());
        QLineEdit *edit = d->actualEdits().first();
        edit->setFocus();
        testutil::type(edit, figure);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
    REQUIRE(answers.allAnswered());
    backTo(w);
}

} // namespace

TEST_CASE("A clerk records three quarters of a stepped target, sees it go 逾期 with its history and 催报 list, and rolls the year forward through the review")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = testutil::smallPlanFile(dir, QStringLiteral("2026.aplan"));
    const QString nextPath = dir.filePath(QStringLiteral("2027.aplan"));
    MainWindow w;
    w.resize(1366, 728);
    REQUIRE(testutil::showActive(&w));
    REQUIRE(w.openFile(path));
    PlanDocument *doc = w.document();
    QTableView *table = w.taskView();
    auto *tasks = qobject_cast<TaskTableModel *>(table->model());
    REQUIRE(tasks);
    tasks->standing()->setDate(QDate(2026, 10, 15));   // judged as of mid-October, whatever today is

    // 1. The first task's targets typed with steps in its cell.
    QAbstractItemModel *sections = w.sectionView()->model();
    w.sectionView()->setCurrentIndex(sections->index(0, 0, sections->index(0, 0)));   // （一）家庭医生
    REQUIRE(tasks->rowCount() > 0);
    const Id task = tasks->taskId(0);
    table->setFocus();
    table->setCurrentIndex(tasks->index(0, TaskTableModel::TargetsColumn));
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *cell = QApplication::focusWidget();
    QTest::keyClick(cell, Qt::Key_A, Qt::ControlModifier);
    testutil::type(cell, QStringLiteral("标准化改造的中心≥3家(6月底)、6家(9月底)、10家(年底)"));
    QTest::keyClick(cell, Qt::Key_Return);
    QCoreApplication::processEvents();
    REQUIRE(doc->plan().tasks.value(task).targets.size() == 1);
    const Target centres = doc->plan().tasks.value(task).targets.first();
    CHECK(centres.milestones == QList<TargetStep>{{3.0, QDate(2026, 6, 30)}, {6.0, QDate(2026, 9, 30)}});
    CHECK(centres.value == 10.0);

    // 2. Three quarters reported: 1家, 3家 (June's step met), 4家 (September's 6家 missed).
    table->setCurrentIndex(tasks->index(0, TaskTableModel::TitleColumn));
    report(w, table, QStringLiteral("2026Q1"), QStringLiteral("1"));
    report(w, table, QStringLiteral("2026Q2"), QStringLiteral("3"));
    const QModelIndex progress = tasks->index(tasks->rowOf(task), TaskTableModel::ProgressColumn);
    // Before the third quarter's report: 未填报 for it.
    CHECK(progress.data(TaskTableModel::WarningRole).toInt() == int(Warning::Unreported));
    report(w, table, QStringLiteral("2026Q3"), QStringLiteral("4"));
    CHECK(progress.data(TaskTableModel::WarningRole).toInt() == int(Warning::Red));
    CHECK(progress.data().toString().startsWith(warningDisplay(Warning::Red)));

    // 3. The task editor's history: three reports, September's against its 6家, not met.
    auto *history = w.findChild<QTableView *>(QStringLiteral("ReportHistoryView"));
    REQUIRE(history);
    REQUIRE(history->model()->rowCount() == 3);
    const QString september = history->model()->index(2, 3).data().toString();
    CHECK(september.contains(QStringLiteral("4家")));
    CHECK(september.contains(QStringLiteral("6家")));
    CHECK(september.contains(QStringLiteral("2026-09-30")));

    // 4. 催报 (Plan ▸ Chase Reports, Alt+P C) for the third quarter: the task is not on it.
    {
        Answers answers;
        answers.then<ReminderDialog>([&](ReminderDialog *d) {
            auto *period = d->findChild<QComboBox *>();
            period->setCurrentIndex(period->findData(QStringLiteral("2026Q3")));
            auto *list = d->findChild<QTreeWidget *>(QStringLiteral("ReminderList"));
            REQUIRE(list);
            int listed = 0;
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                for (int k = 0; k < list->topLevelItem(i)->childCount(); ++k) {
                    ++listed;
                    CHECK_FALSE(list->topLevelItem(i)->child(k)->text(0).endsWith(doc->plan().tasks.value(task).title));
                }
            CHECK(listed == int(doc->plan().tasks.size()) - 1);
            QTest::keyClick(d, Qt::Key_Escape);
        });
        QTest::keyClick(&w, 'p', Qt::AltModifier);
        QWidget *popup = QApplication::activePopupWidget();
        REQUIRE(popup);
        QTest::keyClick(popup, 'c');
        REQUIRE(answers.allAnswered());
        backTo(w);
    }

    // 5. Rolled forward from the open plan (File ▸ Roll Forward, Alt+F F): the review offers the
    //    September figure with its period named; accepted, the 2027 plan prints it so.
    {
        Answers answers;
        answers.then<RollForwardDialog>([&](RollForwardDialog *d) {
            auto *review = d->findChild<QTreeWidget *>(QStringLiteral("BaselineReview"));
            REQUIRE(review);
            REQUIRE(review->topLevelItemCount() == 1);
            auto *choice = qobject_cast<QComboBox *>(review->itemWidget(review->topLevelItem(0), 2));
            REQUIRE(choice);
            CHECK(choice->currentText() == QStringLiteral("（截至2026年9月为4家）"));
            d->accept();
        });
        answers.then<QFileDialog>([&](QFileDialog *d) { chooseFile(d, nextPath); });
        answers.then<QMessageBox>([](QMessageBox *box) { box->accept(); });
        QTest::keyClick(&w, 'f', Qt::AltModifier);
        QWidget *popup = QApplication::activePopupWidget();
        REQUIRE(popup);
        QTest::keyClick(popup, 'f');
        REQUIRE(answers.allAnswered());
        backTo(w);
    }
    REQUIRE(w.document());
    CHECK(QFileInfo(w.document()->filePath()) == QFileInfo(nextPath));
    const Target rolled = w.document()->plan().tasks.value(task).targets.value(0);
    CHECK(rolled.baseline == 4.0);
    CHECK(rolled.baselineSource == BaselineSource::LastYearPeriod);
    CHECK(rolled.baselinePeriod == QStringLiteral("2026Q3"));
    CHECK(rolled.milestones == QList<TargetStep>{{3.0, QDate(2027, 6, 30)}, {6.0, QDate(2027, 9, 30)}});
    CHECK(targetProse(rolled).endsWith(QStringLiteral("（截至2026年9月为4家）")));
}
