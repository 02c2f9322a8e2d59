// A plan's versions and its year month by month in the window, by keyboard: Plan ▸ Save Version… proposes 印发版 for the first
// and takes it with Enter; two targets are typed over in the target grid; Plan ▸ Versions and
// Adjustments… lists exactly those changes, the reasons are typed in place as in a spreadsheet (type,
// Enter, Down), kept in the plan file, undone with Ctrl+Z; the 调整对照表 behind its notice previewed;
// the issued version opened read-only in a window of its own and exported; a name given twice is
// refused and asked again, nothing written; a plan first exported with its 成文日期 is offered as 印发版.
#include "dialogs/pdfpreviewdialog.h"
#include "editor/planeditor.h"
#include "models/targettablemodel.h"
#include "widgets/gridview.h"
#include "dialogs/scheduledialog.h"
#include "editor/taskeditor.h"
#include "dialogs/versionsdialog.h"
#include "document/planedits.h"
#include "models/comparisonmodel.h"
#include "shell/mainwindow.h"
#include "widgets/dashboard.h"
#include "widgets/optionaldateedit.h"
#include "widgets/timelineview.h"

#include "../support/answers.h"
#include "../support/keyboard.h"
#include "../support/testutil.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace ap;

namespace {

PlanVersions onDisk(const QString &path)
{
    auto doc = PlanDocument::open(path, PlanStore::Mode::ReadOnly, nullptr);
    REQUIRE(doc);
    return doc->versions();
}

QAction *action(MainWindow &window, const char *name)
{
    auto *a = window.findChild<QAction *>(QLatin1String(name));
    REQUIRE(a);
    return a;
}

// The first target of the task named title typed over in the target grid, as a clerk adjusts it:
// the task shown, Home and Right to its value, the figure typed and taken with Enter; done when
// the plan has it.
Id typeTargetValue(MainWindow &window, const QString &title, const QString &value)
{
    PlanDocument *doc = window.document();
    Id id = 0;
    for (const Task &t : doc->plan().tasks)
        if (t.title == title)
            id = t.id;
    REQUIRE(id != 0);
    auto *editor = window.findChild<PlanEditor *>();
    REQUIRE(editor);
    editor->showTask(id);
    auto *grid = window.findChild<GridView *>(QStringLiteral("TargetTable"));
    REQUIRE(grid);
    REQUIRE(grid->isVisible());
    grid->setFocus(Qt::TabFocusReason);
    QTest::keyClick(grid, Qt::Key_Home, Qt::ControlModifier);
    for (int column = 0; column < TargetTableModel::ValueColumn; ++column)
        QTest::keyClick(grid, Qt::Key_Right);
    REQUIRE(grid->currentIndex().column() == TargetTableModel::ValueColumn);
    testutil::typeIntoFocus(value);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    const double typed = value.toDouble();
    REQUIRE(QTest::qWaitFor([&] { return doc->plan().tasks.value(id).targets.first().value == typed; }, 60000));
    return id;
}

// The window beside this one showing a version (Open Read-Only), once it is up.
MainWindow *versionWindow(const MainWindow &plan)
{
    MainWindow *found = nullptr;
    // Null when none came up: the caller's REQUIRE says so.
    (void)QTest::qWaitFor([&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *m = qobject_cast<MainWindow *>(w); m && m != &plan && m->isVisible() && m->document()
                                                         && m->document()->shownVersion())
                found = m;
        return found != nullptr;
    }, 60000);
    return found;
}

// Export ▸ PDF answered with a new file in folder (prefix before the name the window suggests);
// the suggested name is kept in *suggested.
void exportPdfAs(testutil::Answers &answers, const QString &folder, QString *suggested, const QString &prefix = QString())
{
    answers.then<QFileDialog>([folder, suggested, prefix](QFileDialog *d) {
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        REQUIRE(name);
        if (suggested)
            *suggested = name->text();
        name->setText(QDir(folder).filePath(prefix + name->text()));
        QTimer::singleShot(0, d, [d] { static_cast<QDialog *>(d)->accept(); });
    });
}

} // namespace

TEST_CASE("A clerk saves the issued version, adjusts two targets and types the reasons by keyboard")
{
    QTemporaryDir dir;
    const QString path = testutil::samplePlanFile(dir);
    MainWindow window;
    REQUIRE(testutil::showActive(&window));
    REQUIRE(window.openFile(path));
    PlanDocument *doc = window.document();

    // Save Version…: the first is proposed as the issued one; Enter takes it.
    {
        testutil::Answers answers;
        answers.then<QInputDialog>([](QInputDialog *d) {
            CHECK(d->textValue() == PlanDocument::issuedVersionName());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        action(window, "SaveVersionAction")->trigger();
        REQUIRE(answers.allAnswered());
    }
    REQUIRE(onDisk(path).list.size() == 1);
    const PlanVersion issued = onDisk(path).list.first();
    CHECK(issued.name == PlanDocument::issuedVersionName());

    // The same name again is refused with why, asked again, and Esc leaves it: nothing written.
    {
        testutil::Answers answers;
        answers.then<QInputDialog>([](QInputDialog *d) {
            auto *edit = d->findChild<QLineEdit *>();
            REQUIRE(edit);
            edit->selectAll();
            testutil::typeIntoFocus(PlanDocument::issuedVersionName());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        answers.then<QMessageBox>([](QMessageBox *box) {
            CHECK(box->text().contains(QStringLiteral("already")));
            QTest::keyClick(box, Qt::Key_Return);
        });
        answers.then<QInputDialog>([](QInputDialog *) { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); });
        action(window, "SaveVersionAction")->trigger();
        REQUIRE(answers.allAnswered());
    }
    CHECK(onDisk(path).list.size() == 1);

    // Two targets adjusted after the plan was issued.
    REQUIRE(testutil::showActive(&window));
    const QString firstTitle = QStringLiteral("扩大重点人群签约覆盖");
    const QString secondTitle = doc->plan().tasks.value(doc->plan().sectionTasks.value(doc->plan().sectionsInOrder().last()).first()).title;
    const double issuedValue = *doc->plan().tasks.value([&] {
        for (const Task &t : doc->plan().tasks)
            if (t.title == firstTitle)
                return t.id;
        return Id(0);
    }()).targets.first().value;
    const Id first = typeTargetValue(window, firstTitle, QStringLiteral("88"));
    const Id second = typeTargetValue(window, secondTitle, QStringLiteral("1"));
    REQUIRE(first != second);
    REQUIRE(issuedValue != 88);

    // Versions and Adjustments…: the latest version against the plan now, two changes; the reason
    // column is where the cursor starts; each reason typed and taken with Enter, Down to the next.
    {
        testutil::Answers answers;
        answers.then<VersionsDialog>([&](VersionsDialog *d) {
            auto *table = d->findChild<QTableView *>(QStringLiteral("ChangeTable"));
            REQUIRE(table);
            const auto *model = qobject_cast<const ComparisonModel *>(table->model());
            REQUIRE(model);
            REQUIRE(model->rowCount() == 2);
            CHECK(model->change(0).id == first);
            CHECK(model->change(1).id == second);
            CHECK(d->findChild<QLabel *>(QStringLiteral("ComparisonSummary"))->text().contains(QStringLiteral("2 change")));
            table->setFocus(Qt::TabFocusReason);
            CHECK(table->currentIndex() == model->index(0, ComparisonModel::ReasonColumn));
            // The editor hands its text over once Return is handled: the reason shows when it is in.
            auto reasonIn = [&](int row, const QString &text) {
                return QTest::qWaitFor([&] { return model->data(model->index(row, ComparisonModel::ReasonColumn)).toString() == text; },
                                       60000);
            };
            testutil::typeIntoFocus(QStringLiteral("上级下达指标调整"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            CHECK(reasonIn(0, QStringLiteral("上级下达指标调整")));
            QTest::keyClick(table, Qt::Key_Down);
            testutil::typeIntoFocus(QStringLiteral("年中评估后调整"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            CHECK(reasonIn(1, QStringLiteral("年中评估后调整")));
            // The 调整对照表 behind its notice, previewed: its pages as the PDF export has them.
            auto *cover = d->findChild<QComboBox *>(QStringLiteral("AdjustmentCover"));
            REQUIRE(cover);
            cover->setFocus(Qt::TabFocusReason);
            QTest::keyClick(cover, Qt::Key_Down);
            QTest::keyClick(cover, Qt::Key_Down);
            CHECK(cover->currentIndex() == 2);
            int pages = 0;
            {
                testutil::Answers preview;
                preview.then<PdfPreviewDialog>([&](PdfPreviewDialog *p) {
                    pages = p->pageCount();
                    p->reject();
                });
                auto *button = d->findChild<QPushButton *>(QStringLiteral("PreviewAdjustmentButton"));
                REQUIRE(button);
                button->setFocus(Qt::TabFocusReason);
                QTest::keyClick(button, Qt::Key_Space);
                REQUIRE(preview.allAnswered());
            }
            CHECK(pages >= 2);   // the notice, then the table on a landscape page
            QTest::keyClick(table, Qt::Key_Escape);
        });
        action(window, "VersionsAction")->trigger();
        REQUIRE(answers.allAnswered());
    }
    PlanVersions versions = onDisk(path);
    CHECK(versions.reason(issued.id, QStringLiteral("task:%1").arg(first)) == QStringLiteral("上级下达指标调整"));
    CHECK(versions.reason(issued.id, QStringLiteral("task:%1").arg(second)) == QStringLiteral("年中评估后调整"));

    // A reason is an edit: Ctrl+Z in the window takes the last back, in the file too.
    REQUIRE(testutil::showActive(&window));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    versions = onDisk(path);
    CHECK(versions.reason(issued.id, QStringLiteral("task:%1").arg(first)) == QStringLiteral("上级下达指标调整"));
    CHECK(versions.reason(issued.id, QStringLiteral("task:%1").arg(second)).isEmpty());

    // The issued version opened read-only beside the plan (Alt+E in the dialog): its own window,
    // the target as issued, nothing to change, and exported under its own name.
    {
        testutil::Answers answers;
        answers.then<VersionsDialog>([&](VersionsDialog *d) {
            auto *open = d->findChild<QPushButton *>(QStringLiteral("OpenVersionButton"));
            REQUIRE(open);
            CHECK(open->isEnabled());
            QTest::keyClick(d, Qt::Key_E, Qt::AltModifier);
        });
        action(window, "VersionsAction")->trigger();
        REQUIRE(answers.allAnswered());
    }
    MainWindow *shown = versionWindow(window);
    REQUIRE(shown);
    CHECK(shown->windowTitle().contains(PlanDocument::issuedVersionName()));
    CHECK(shown->document()->isReadOnly());
    CHECK(shown->document()->plan().tasks.size() == doc->plan().tasks.size());
    bool asIssued = false;
    for (const Task &t : shown->document()->plan().tasks)
        asIssued = asIssued || (t.title == firstTitle && t.targets.first().value == issuedValue);
    CHECK(asIssued);
    CHECK_FALSE(action(*shown, "SaveVersionAction")->isEnabled());
    REQUIRE(testutil::showActive(shown));
    QString suggested;
    {
        testutil::Answers answers;
        exportPdfAs(answers, dir.path(), &suggested);
        action(*shown, "ExportPdfAction")->trigger();
        CHECK(answers.allAnswered());   // no question: a version is no plan going out
    }
    CHECK(suggested == QStringLiteral("sample-%1.pdf").arg(PlanDocument::issuedVersionName()));
    CHECK(QFileInfo(dir.filePath(suggested)).size() > 0);
    // The plan's own window is unchanged; the version's closes with its scratch file.
    CHECK(window.document()->plan().tasks.value(first).targets.first().value == 88.0);
    const QString scratch = shown->document()->filePath();
    shown->close();
    CHECK(QTest::qWaitFor([&] { return !QFileInfo::exists(scratch); }, 60000));
    CHECK(onDisk(path).list.size() == 1);
}

TEST_CASE("A plan first printed with its 成文日期 is offered as 印发版: Enter keeps it; declined, it is not asked again")
{
    QTemporaryDir dir;
    const QString path = testutil::samplePlanFile(dir);
    MainWindow window;
    REQUIRE(testutil::showActive(&window));
    REQUIRE(window.openFile(path));
    PlanDocument *doc = window.document();
    PlanInfo info = doc->plan().info;
    info.documentDate = QDate(2026, 2, 10);
    REQUIRE(edits::setPlanInfo(*doc, info));
    QString said;
    {
        testutil::Answers answers;
        exportPdfAs(answers, dir.path(), nullptr);
        answers.then<QMessageBox>([&](QMessageBox *box) {
            CHECK(box->objectName() == QStringLiteral("IssuedVersionQuestion"));
            said = box->text();
            QTest::keyClick(box, Qt::Key_Return);
        });
        action(window, "ExportPdfAction")->trigger();
        REQUIRE(answers.allAnswered());
    }
    CHECK(said.contains(QStringLiteral("2026-02-10")));
    REQUIRE(onDisk(path).list.size() == 1);
    CHECK(onDisk(path).list.first().name == PlanDocument::issuedVersionName());
    // With a version kept, the next export asks nothing.
    {
        testutil::Answers answers;
        exportPdfAs(answers, dir.path(), nullptr, QStringLiteral("again-"));
        action(window, "ExportPdfAction")->trigger();
        CHECK(answers.allAnswered());
    }
    CHECK(onDisk(path).list.size() == 1);

    // Another plan: Esc declines; the next export of it asks nothing again, and nothing is saved.
    QTemporaryDir other;
    const QString second = testutil::samplePlanFile(other);
    REQUIRE(window.openFile(second));
    info = window.document()->plan().info;
    info.documentDate = QDate(2026, 2, 10);
    REQUIRE(edits::setPlanInfo(*window.document(), info));
    for (int round = 0; round < 2; ++round) {
        testutil::Answers answers;
        exportPdfAs(answers, other.path(), nullptr, QString::number(round));
        if (round == 0)
            answers.then<QMessageBox>([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Escape); });
        action(window, "ExportPdfAction")->trigger();
        CHECK(answers.allAnswered());
    }
    CHECK(onDisk(second).list.isEmpty());
}

TEST_CASE("The year month by month by keyboard: Ctrl+Shift+M, Down to a task, Enter opens it; the dashboard lists what falls due")
{
    QTemporaryDir dir;
    const QString path = testutil::samplePlanFile(dir);
    MainWindow window;
    REQUIRE(testutil::showActive(&window));
    REQUIRE(window.openFile(path));
    PlanDocument *doc = window.document();
    Id opened = 0, expected = 0;
    {
        testutil::Answers answers;
        answers.then<ScheduleDialog>([&](ScheduleDialog *d) {
            TimelineView *timeline = d->timeline();
            REQUIRE(timeline);
            // Every task has its row, under its section's heading.
            CHECK(timeline->rowCount() == doc->plan().tasks.size() + doc->plan().childSections.value(0).size());
            timeline->setFocus(Qt::TabFocusReason);
            const Id first = timeline->currentTask();
            CHECK(first != 0);
            QTest::keyClick(timeline, Qt::Key_Down);
            QTest::keyClick(timeline, Qt::Key_Down);
            expected = timeline->currentTask();
            CHECK(expected != first);
            CHECK_FALSE(timeline->barRect(expected).isEmpty());
            // Zoomed by month the year no longer fits: it scrolls.
            QTest::keyClick(timeline, Qt::Key_Plus);
            CHECK(timeline->zoom() == TimelineView::Zoom::Month);
            CHECK(d->findChild<QComboBox *>(QStringLiteral("ScheduleZoom"))->currentData().toInt() == int(TimelineView::Zoom::Month));
            QTest::keyClick(timeline, Qt::Key_Return);
            opened = d->openedTask();
        });
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(answers.allAnswered());
    }
    CHECK(opened == expected);
    // The window shows the task opened, in its editor.
    CHECK(window.taskEditor()->task() == expected);

    // The dashboard lists what falls due in the month of its day and the next, each task a link.
    action(window, "DashboardAction")->trigger();
    auto *dashboard = window.findChild<Dashboard *>();
    REQUIRE(dashboard);
    auto *date = dashboard->findChild<OptionalDateEdit *>(QStringLiteral("DashboardDate"));
    REQUIRE(date);
    date->setDate(QDate(2026, 6, 10));
    const QString due = dashboard->dueLabel()->text();
    CHECK(due.contains(QStringLiteral("Due this month (2026-06): 5 task")));
    CHECK(due.contains(QStringLiteral("Due next month (2026-07): 0 task")));
    CHECK(due.contains(QStringLiteral("<a href='task:")));
}
