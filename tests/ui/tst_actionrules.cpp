// Each action of the window's controllers is enabled by its named rule: with no plan open, with a
// plan open read-only, and with a plan open for writing, the enabled actions are exactly those
// listed here by objectName. The rules themselves are checked on their own first.
#include "shell/actionrules.h"
#include "shell/mainwindow.h"

#include "../support/keyboard.h"
#include "../support/testutil.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <set>

using namespace ap;

namespace {

using Names = std::set<std::string>;

// The enabled actions of the window that have a name, sorted (Qt's own, "_q_…", left out).
Names enabledActions(MainWindow &w)
{
    Names out;
    for (QAction *a : w.findChildren<QAction *>())
        if (!a->objectName().isEmpty() && !a->objectName().startsWith(QLatin1String("_q_")) && a->isEnabled())
            out.insert(a->objectName().toStdString());
    return out;
}

Names operator+(Names a, const Names &b)
{
    a.insert(b.begin(), b.end());
    return a;
}

const Names kAlways = {"NewPlanAction", "OpenAction", "OpenServerPlanAction", "RollForwardAction", "ImportAction", "ImportClipboardAction",
                       "PrintSettingsAction", "QuitAction", "AboutAction", "SubsectionsAction", "ManualAction",
                       "SampleAction"};
// Reading the plan: a read-only plan allows these, and copying the current task.
const Names kReading = {"SaveAsAction", "BackupAction", "CloseAction", "PrintPreviewAction", "PrintAction",
                        "ExportPdfAction", "ExportDocxAction", "ExportXlsxAction", "ExportCsvAction",
                        "PropertiesAction", "DepartmentsAction", "FindAction", "FindPanelAction",
                        "ChecksPanelAction", "DashboardAction", "WriteFormsAction", "ChaseReportsAction", "ProgressReportAction",
                        "AssessmentAction", "TargetsTableAction", "PublishAction", "VersionsAction", "ScheduleAction"};
const Names kWriting = {"AddSectionAction", "ReportProgressAction", "LockPeriodAction", "UnlockPeriodAction",
                        "TakeInFormsAction", "SaveVersionAction"};
const Names kOnSection = {"AddSubsectionAction", "AddTaskAction", "RenameAction", "DeleteAction", "MoveUpAction",
                          "MoveDownAction", "IndentAction", "OutdentAction", "PasteTasksAction"};

// Puts the focus on the first task of the section that has tasks, as a click would.
void focusFirstTask(MainWindow &w)
{
    QTableView *table = w.taskView();
    REQUIRE(table->model()->rowCount() > 0);
    const QRect cell = table->visualRect(table->model()->index(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QApplication::processEvents();
    REQUIRE(table->hasFocus());
}

} // namespace

TEST_CASE("Each rule allows exactly the states it names")
{
    ActionState none;
    ActionState readOnly{true, false, true, true, true};
    ActionState writableNoSelection{true, true, false, false, false};
    ActionState writableSection{true, true, true, false, false};
    ActionState writableTaskFocus{true, true, false, true, true};
    ActionState reporter{true, false, false, false, false, true};

    CHECK(allows(ActionRule::Always, none));
    CHECK_FALSE(allows(ActionRule::PlanOpen, none));
    CHECK(allows(ActionRule::PlanOpen, readOnly));
    CHECK_FALSE(allows(ActionRule::PlanWritable, readOnly));
    CHECK(allows(ActionRule::PlanWritable, writableNoSelection));
    CHECK_FALSE(allows(ActionRule::WritableSection, writableNoSelection));
    CHECK(allows(ActionRule::WritableSection, writableSection));
    CHECK_FALSE(allows(ActionRule::WritableSectionOrTask, writableNoSelection));
    CHECK(allows(ActionRule::WritableSectionOrTask, writableTaskFocus));
    CHECK(allows(ActionRule::WritableSectionOrTask, writableSection));
    CHECK(allows(ActionRule::OpenTask, readOnly));
    CHECK_FALSE(allows(ActionRule::OpenTask, writableSection));
    CHECK_FALSE(allows(ActionRule::WritableTask, readOnly));
    CHECK(allows(ActionRule::WritableTask, writableTaskFocus));
    CHECK(allows(ActionRule::Reportable, reporter));
    CHECK_FALSE(allows(ActionRule::PlanWritable, reporter));
    CHECK_FALSE(allows(ActionRule::Reportable, readOnly));
    ActionState server{true, true, false, false, false, true, true, false};
    ActionState serverOwner{true, true, false, false, false, true, true, true};
    CHECK(allows(ActionRule::PlanFile, readOnly));
    CHECK_FALSE(allows(ActionRule::PlanFile, server));
    CHECK(allows(ActionRule::ServerPlan, server));
    CHECK_FALSE(allows(ActionRule::ServerPlan, readOnly));
    CHECK_FALSE(allows(ActionRule::ServerOwner, server));
    CHECK(allows(ActionRule::ServerOwner, serverOwner));
    // An editor's server plan while its server is away: forms are taken in (kept to send), nothing changed.
    ActionState lostEditor{true, false, true, true, false, true, true, false};
    lostEditor.formsTakeable = true;
    CHECK(allows(ActionRule::FormsTakeable, lostEditor));
    CHECK_FALSE(allows(ActionRule::PlanWritable, lostEditor));
    CHECK_FALSE(allows(ActionRule::FormsTakeable, reporter));
    CHECK_FALSE(allows(ActionRule::FormsTakeable, readOnly));
}

TEST_CASE("Every action in the menus and the toolbar has a name of its own")
{
    MainWindow w;
    std::set<QString> names;
    QList<QAction *> reachable;
    std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            if (a->menu())
                collect(a->menu());
            else
                reachable << a;
        }
    };
    for (QAction *top : w.menuBar()->actions())
        collect(top->menu());
    for (QAction *a : w.findChild<QToolBar *>(QStringLiteral("MainToolBar"))->actions())
        if (!a->isSeparator())
            reachable << a;
    int recent = 0;
    for (QAction *a : std::as_const(reachable)) {
        if (a->parent() == w.findChild<QMenu *>(QStringLiteral("RecentMenu"))) {
            ++recent;   // the recent plans are named by their files
            continue;
        }
        INFO(a->text().toStdString());
        CHECK_FALSE(a->objectName().isEmpty());
        names.insert(a->objectName());
    }
    // Menu entries and toolbar buttons share actions; each name belongs to one action.
    for (const QString &name : names)
        CHECK(w.findChildren<QAction *>(name).size() == 1);
    CHECK(names.size() >= 45);
}

TEST_CASE("With no plan open only the ways to start, print settings, quit and about are enabled")
{
    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    CHECK(enabledActions(w) == kAlways);
}

TEST_CASE("A read-only plan allows reading, printing, exporting and copying, and no change")
{
    QTemporaryDir dir;
    const QString path = testutil::smallPlanFile(dir);
    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    REQUIRE(w.openFile(path, PlanDocument::Mode::ReadOnly));
    REQUIRE(w.document()->isReadOnly());
    // Opened on the first section with tasks, its first task current.
    CHECK(enabledActions(w) == kAlways + kReading + Names{"CopyTasksAction"});
    focusFirstTask(w);
    CHECK(enabledActions(w) == kAlways + kReading + Names{"CopyTasksAction"});
}

TEST_CASE("A writable plan allows changes by what is selected, and Undo once there is something to undo")
{
    QTemporaryDir dir;
    const QString path = testutil::smallPlanFile(dir);
    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    REQUIRE(w.openFile(path));
    // Opened on a section with tasks, the tree focused: the section's edits, the task's copy.
    REQUIRE(w.sectionView()->hasFocus());
    CHECK(enabledActions(w) == kAlways + kReading + kWriting + kOnSection
                                   + Names{"CopyTasksAction", "DuplicateTasksAction"});

    focusFirstTask(w);
    CHECK(enabledActions(w) == kAlways + kReading + kWriting + kOnSection
                                   + Names{"CopyTasksAction", "DuplicateTasksAction"});

    // Alt+Down moves the focused task: then Undo is there, and named after the move.
    QTest::keyClick(w.taskView(), Qt::Key_Down, Qt::AltModifier);
    QApplication::processEvents();
    auto *undo = w.findChild<QAction *>(QStringLiteral("UndoAction"));
    REQUIRE(undo);
    CHECK(undo->isEnabled());
    CHECK_FALSE(w.findChild<QAction *>(QStringLiteral("RedoAction"))->isEnabled());
    CHECK(enabledActions(w) == kAlways + kReading + kWriting + kOnSection
                                   + Names{"CopyTasksAction", "DuplicateTasksAction", "UndoAction"});

    // Closing the plan leaves the window as it started.
    w.findChild<QAction *>(QStringLiteral("CloseAction"))->trigger();
    QApplication::processEvents();
    CHECK(enabledActions(w) == kAlways);
}

TEST_CASE("A window that starts with no plan shows no empty panels, whatever showed when it last closed")
{
    QTemporaryDir dir;
    const QString path = testutil::smallPlanFile(dir);
    {
        MainWindow w;
        REQUIRE(testutil::showActive(&w));
        REQUIRE(w.openFile(path));
        // Shown by its menu item when hidden, and brought to the front: it shares its place with
        // the Find panel as a tab, and an earlier window's remembered state may have shown it
        // behind that tab already (a toggle would then hide it).
        QDockWidget *dock = w.findChild<QDockWidget *>(QStringLiteral("CheckDock"));
        if (dock->isHidden())
            w.findChild<QAction *>(QStringLiteral("ChecksPanelAction"))->trigger();
        dock->raise();
        REQUIRE(QTest::qWaitFor([&] { return dock->isVisible(); }));
        w.close();   // the window's state is remembered with the panel showing
    }
    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    CHECK_FALSE(w.findChild<QDockWidget *>(QStringLiteral("FindDock"))->isVisible());
    CHECK_FALSE(w.findChild<QDockWidget *>(QStringLiteral("CheckDock"))->isVisible());
    CHECK_FALSE(w.findChild<QToolButton *>(QStringLiteral("PlanChecksButton"))->isVisible());
    // Opening the plan again brings its panels back as they were.
    REQUIRE(w.openFile(path));
    CHECK(w.findChild<QDockWidget *>(QStringLiteral("CheckDock"))->isVisible());
    CHECK(w.findChild<QToolButton *>(QStringLiteral("PlanChecksButton"))->isVisible());
}
