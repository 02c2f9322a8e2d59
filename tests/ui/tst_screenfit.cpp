// Every page, dock and dialog of the program on an office screen: run once on a 1366×768 screen
// and once on a 1280×720 one (the offscreen platform's configfile, see tests/CMakeLists.txt).
// No combination makes the window or a dialog larger than the screen's available area, a size
// remembered on a larger screen is not restored, and the task table keeps ten rows with Find open.
#include "dialogs/departmentdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/manualdialog.h"
#include "dialogs/pdfpreviewdialog.h"
#include "dialogs/reminderdialog.h"
#include "server/serverplandialog.h"
#include "dialogs/planpropertiesdialog.h"
#include "dialogs/printsettingsdialog.h"
#include "dialogs/reportdialog.h"
#include "dialogs/rollforwarddialog.h"
#include "dialogs/tableimportdialog.h"
#include "import/planimport.h"
#include "shell/mainwindow.h"
#include "shell/screenfit.h"

#include "../support/testutil.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <functional>
#include <map>

using namespace ap;

namespace {

QRect available()
{
    return QGuiApplication::primaryScreen()->availableGeometry();
}

int taskRowsShown(MainWindow &w)
{
    QTableView *table = w.taskView();
    return table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
}

// Inside the screen's available area, frame and all, and able to be: what it holds lets it shrink
// to the room (a taskbar of 40 px left over).
void checkFits(QWidget *w, const std::string &what)
{
    QCoreApplication::processEvents();
    const QRect area = available();
    const QSize needs = w->minimumSizeHint().expandedTo(w->minimumSize());
    INFO(what << " on " << area.width() << "×" << area.height() << ": frame " << w->frameGeometry().width() << "×"
              << w->frameGeometry().height() << " at " << w->frameGeometry().x() << "," << w->frameGeometry().y()
              << ", needs " << needs.width() << "×" << needs.height());
    CHECK(area.contains(w->frameGeometry()));
    CHECK(needs.width() <= area.width());
    CHECK(needs.height() <= area.height() - 40 - (w->frameGeometry().height() - w->height()));
}

} // namespace

TEST_CASE("The window fits the screen on every page with every dock, and a size from a larger screen is not restored")
{
    QSettings().clear();
    ScreenFit::install();
    QTemporaryDir dir;
    const QString plan = testutil::samplePlanFile(dir);
    {
        MainWindow window;
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        checkFits(&window, "welcome page");
        REQUIRE(window.openFile(plan));
        auto *find = window.findChild<QDockWidget *>(QStringLiteral("FindDock"));
        auto *checks = window.findChild<QDockWidget *>(QStringLiteral("CheckDock"));
        REQUIRE(find);
        REQUIRE(checks);
        QAction *dashboard = window.findChild<QAction *>(QStringLiteral("DashboardAction"));
        REQUIRE(dashboard);
        for (bool onDashboard : {false, true}) {
            for (int docks = 0; docks < 4; ++docks) {
                const std::string what = std::string(onDashboard ? "dashboard" : "editing page") + (docks & 1 ? " + Find" : "")
                    + (docks & 2 ? " + Plan Checks" : "");
                if (dashboard->isChecked() != onDashboard)
                    dashboard->trigger();
                // As the clerk opens them: Ctrl+F for Find, the status bar's button for the checks.
                find->setVisible(false);
                checks->setVisible(false);
                if (docks & 1)
                    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
                if (docks & 2)
                    checks->show();
                // Once the docks are as asked (shown through the window's own paths).
                REQUIRE(QTest::qWaitFor([&] {
                    return find->isVisible() == bool(docks & 1) && checks->isVisible() == bool(docks & 2);
                }));
                checkFits(&window, what);
                if (!onDashboard && (docks & 1) && !(docks & 2)) {
                    INFO(what << ": task rows shown " << taskRowsShown(window));
                    CHECK(taskRowsShown(window) >= 10);
                }
            }
        }
        // Grown past the screen by hand (or by an older version), then closed: the size is saved.
        window.setWindowState(Qt::WindowNoState);
        window.resize(available().width(), available().height() + 200);
        window.close();
    }
    MainWindow again;
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    checkFits(&again, "next start");
}

TEST_CASE("Every dialog fits the screen, whatever size it was last left at")
{
    ScreenFit::install();
    QTemporaryDir dir;
    auto doc = PlanDocument::open(testutil::samplePlanFile(dir), PlanStore::Mode::ReadWrite, nullptr);
    REQUIRE(doc);
    const Id task = doc->plan().tasks.keys().first();
    ImportResult imported;
    QString error;
    REQUIRE(PlanImport::readBytes(QStringLiteral("2027年工作计划\n一、基层服务\n1.扩大签约覆盖面，签约率达到85%。\n").toUtf8(),
                                  QStringLiteral("plan.txt"), &imported, &error));
    const QList<QStringList> table = {{QStringLiteral("工作任务"), QStringLiteral("牵头单位"), QStringLiteral("完成时限")},
                                      {QStringLiteral("签约服务"), QStringLiteral("区卫健委"), QStringLiteral("2027年底")}};
    // The import review remembers its size: one from a larger screen.
    QSettings().setValue(QStringLiteral("importDialog/size"), QSize(1600, 1000));
    const std::map<std::string, std::function<QDialog *()>> dialogs = {
        {"plan properties", [&] { return new PlanPropertiesDialog(doc->plan().info); }},
        {"departments", [&] { return new DepartmentDialog(doc.get()); }},
        {"print settings", [&] { return new PrintSettingsDialog(PrintOptions()); }},
        {"roll forward", [&] { return new RollForwardDialog(doc->plan(), doc->reports()); }},
        {"report", [&] { return new ReportDialog(*doc, task, QStringLiteral("2026Q2")); }},
        {"import review", [&] { return new ImportReviewDialog(imported, QStringLiteral("plan.txt"), true); }},
        {"table import", [&] { return new TableImportDialog(table, QStringLiteral("t.csv"), true); }},
        {"manual", [&] { return new ManualDialog; }},
        {"reminder", [&] { return new ReminderDialog(*doc, QStringLiteral("2026Q2"), PrintFonts::defaults()); }},
        {"print preview", [&] {
             return new PdfPreviewDialog(QStringLiteral("预览"), [](const QString &, QString *) { return false; });
         }},
        {"shared plan", [&] { return new ServerPlanDialog({}); }},
    };
    for (const auto &[name, make] : dialogs) {
        std::unique_ptr<QDialog> dialog(make());
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
        checkFits(dialog.get(), name);
    }
}
