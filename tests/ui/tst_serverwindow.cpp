// A plan on a server in the window, as a clerk opens it: File ▸ Open Server Plan with the address
// and the password typed (a wrong address said in the dialog), the reports a department entered
// from the command line there, an edit written through to the server, undone and redone there.
// Runs against the private cluster scripts/test.sh starts (ANNUALPLAN_TEST_PG).
#include "dialogs/conflictdialog.h"
#include "dialogs/outboxdialog.h"
#include "monitor/collectionforms.h"
#include "dialogs/reportdialog.h"
#include "document/reportoutbox.h"
#include "document/commands.h"
#include "document/planedits.h"
#include "server/choosepassworddialog.h"
#include "server/memberform.h"
#include "server/membersdialog.h"
#include "document/reportrequest.h"
#include "document/plandocument.h"
#include "document/serverplans.h"
#include "shell/mainwindow.h"
#include "models/tasktablemodel.h"
#include "server/serverplandialog.h"

#include "../support/answers.h"
#include "../support/formfill.h"
#include "../support/keyboard.h"
#include "../support/serverlogins.h"
#include "../support/testutil.h"
#include "../support/windowsteps.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QToolButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTreeWidget>
#include <QPlainTextEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

using namespace ap;

namespace {

void menu(MainWindow &w, char menuLetter, char itemLetter)
{
    QTest::keyClick(&w, menuLetter, Qt::AltModifier);
    QWidget *popup = QApplication::activePopupWidget();
    REQUIRE(popup);
    QTest::keyClick(popup, itemLetter);
}

// File ▸ Close's keys, as the window has them.
QKeySequence closeKeys(const MainWindow &w)
{
    auto *close = w.findChild<QAction *>(QStringLiteral("CloseAction"));
    REQUIRE(close);
    return close->shortcut();
}

QString titleOnServer(const QString &address, Id task)
{
    PlanData plan;
    QString error;
    INFO(error.toStdString());
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &plan, nullptr, &error));
    return plan.tasks.value(task).title;
}

} // namespace

TEST_CASE("A server plan opened from File ▸ Open Server Plan shows the departments' reports and takes edits, undo and redo")
{
    const QString database = testutil::testDatabase();
    if (database.isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString address = testutil::publishedSample(QStringLiteral("窗口-"));
    QString error;
    // A department's login reports on its own task from the command line.
    const QString login = QStringLiteral("jc_win_") + tag;
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), login, QStringLiteral("reporter"), QStringLiteral("区卫健委基层卫生科"),
                               QStringLiteral("pw-") + tag, &error));
    PlanData onServer;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &onServer, nullptr, &error));
    const Id first = onServer.sectionTasks.value(onServer.sectionsInOrder().at(1)).first();
    QString asLogin = address;
    asLogin.replace(QRegularExpression(QStringLiteral("//[^@]+@")), QStringLiteral("//%1@").arg(login));
    const testutil::CliResult reported = testutil::runCli(
        {QStringLiteral("checkin"), asLogin, QStringLiteral("--task"), QString::number(first), QStringLiteral("--period"),
         QStringLiteral("2026Q1"), QStringLiteral("--percent"), QStringLiteral("25")},
        "C.UTF-8", {{QStringLiteral("PGPASSWORD"), QStringLiteral("pw-") + tag}});
    INFO(reported.err.toStdString());
    REQUIRE(reported.code == 0);

    // The clerk has no PGPASSWORD: the password is typed into the dialog.
    const QByteArray password = qgetenv("PGPASSWORD");
    const testutil::WithoutPassword noPassword;

    MainWindow window;
    REQUIRE(testutil::showActive(&window));
    bool problemShown = false;
    testutil::Answers answers;
    answers.then<ServerPlanDialog>([&](ServerPlanDialog *d) {
        auto *edit = d->findChild<QComboBox *>(QStringLiteral("ServerAddressEdit"));
        REQUIRE(edit);
        // First a wrong address: the dialog says what is wrong and stays.
        edit->lineEdit()->setFocus();
        edit->lineEdit()->selectAll();
        testutil::type(edit->lineEdit(), QStringLiteral("postgresql://127.0.0.1/没有计划名"));
        QTest::keyClick(edit->lineEdit(), Qt::Key_Return);
        auto *problem = d->findChild<QLabel *>(QStringLiteral("ServerAddressProblem"));
        REQUIRE(problem);
        problemShown = d->isVisible() && problem->isVisible() && !problem->text().isEmpty();
        edit->lineEdit()->selectAll();
        testutil::type(edit->lineEdit(), address);
        QTest::keyClick(d, Qt::Key_P, Qt::AltModifier);   // the password's label
        REQUIRE(QApplication::focusWidget() == d->findChild<QLineEdit *>(QStringLiteral("ServerPasswordEdit")));
        testutil::typeIntoFocus(QString::fromUtf8(password));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    menu(window, 'f', 'h');
    REQUIRE(answers.allAnswered());
    CHECK(problemShown);
    PlanDocument *doc = window.document();
    REQUIRE(doc);
    CHECK(doc->isOnServer());
    CHECK(window.windowTitle().contains(testutil::planAt(address).displayName()));
    // The department's report is there.
    REQUIRE(doc->reports().entries.size() == 1);
    CHECK(doc->reports().entries.first().taskId == first);

    // An edit in the task table is on the server when it shows; undone and redone there too.
    // (As a window manager does when a dialog closes: the window is active again.)
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QStringList failures;
    QObject::connect(doc, &PlanDocument::writeFailed, [&](const QString &m) { failures << m; });
    QTableView *table = window.taskView();
    REQUIRE(table->model()->rowCount() > 0);
    table->setCurrentIndex(table->model()->index(0, TaskTableModel::TitleColumn));
    const Id edited = table->currentIndex().siblingAtColumn(0).data(TaskTableModel::TaskIdRole).toLongLong();
    REQUIRE(edited != 0);
    const QString was = titleOnServer(address, edited);
    // The clerk types at the end of the title in the task editor and presses Enter.
    auto *title = window.findChild<QLineEdit *>(QStringLiteral("TaskTitle"));
    REQUIRE(title);
    REQUIRE(title->text() == was);
    title->setFocus(Qt::TabFocusReason);
    REQUIRE(QApplication::focusWidget() == title);
    QTest::keyClick(title, Qt::Key_End);
    testutil::type(title, QStringLiteral("（修订）"));
    QTest::keyClick(title, Qt::Key_Return);
    INFO("in the window: " << doc->plan().tasks.value(edited).title.toStdString() << "; failures: "
                           << failures.join(QLatin1Char('|')).toStdString());
    CHECK(titleOnServer(address, edited) == was + QStringLiteral("（修订）"));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(titleOnServer(address, edited) == was);
    QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
    CHECK(titleOnServer(address, edited) == was + QStringLiteral("（修订）"));
    CHECK(failures.isEmpty());

    // A report the department enters now shows in the open window within seconds.
    const testutil::CliResult later = testutil::runCli(
        {QStringLiteral("checkin"), asLogin, QStringLiteral("--task"), QString::number(first), QStringLiteral("--period"),
         QStringLiteral("2026Q2"), QStringLiteral("--percent"), QStringLiteral("60")},
        "C.UTF-8", {{QStringLiteral("PGPASSWORD"), QStringLiteral("pw-") + tag}});
    REQUIRE(later.code == 0);
    QTRY_COMPARE_WITH_TIMEOUT(doc->reports().entries.size(), 2, 60000);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("New progress reports")));

    // The department's login in the window: the plan is shown read-only (the server would refuse
    // its changes to the plan: tst_serverstore tries them), its report there like any other.
    QString reporterAddress = address;
    reporterAddress.replace(QRegularExpression(QStringLiteral("//[^@]+@")), QStringLiteral("//%1@").arg(login));
    ServerPlans::rememberPassword(testutil::parsedAddress(reporterAddress), QStringLiteral("pw-") + tag);
    REQUIRE(window.openPlan(testutil::planAt(reporterAddress)));
    doc = window.document();
    REQUIRE(doc);
    CHECK(doc->isReadOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("read-only")));
    CHECK(doc->reports().entries.size() == 2);
    auto *readOnlyTitle = window.findChild<QLineEdit *>(QStringLiteral("TaskTitle"));
    REQUIRE(readOnlyTitle);
    CHECK_FALSE(readOnlyTitle->isEnabled());
}

TEST_CASE("Two departments report at once, one from its window on its own tasks only, and the clerk's open window shows both")
{
    const QString database = testutil::testDatabase();
    if (database.isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString address = testutil::publishedSample(QStringLiteral("两科-"));
    QString error;
    PlanData plan;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &plan, nullptr, &error));
    auto tasksOf = [&](Id department) {
        QList<Id> out;
        for (Id s : plan.sectionsInOrder())
            for (Id t : plan.sectionTasks.value(s)) {
                const Task &task = plan.tasks.value(t);
                if (task.departmentIds(DepartmentRole::Lead).contains(department)
                    || task.departmentIds(DepartmentRole::Support).contains(department))
                    out.append(t);
            }
        return out;
    };
    // The window's department (基层卫生科) and another that leads a task the first has no part in.
    const Department *own = nullptr;
    for (const Department &d : plan.departments)
        if (d.name == QStringLiteral("区卫健委基层卫生科"))
            own = &d;
    REQUIRE(own);
    const QList<Id> ownTasks = tasksOf(own->id);
    REQUIRE(ownTasks.size() >= 2);
    const Department *other = nullptr;
    Id otherTask = 0;
    for (const Department &d : plan.departments)
        for (Id t : tasksOf(d.id))
            if (!other && d.id != own->id && !ownTasks.contains(t)) {
                other = &d;
                otherTask = t;
            }
    REQUIRE(other);
    const Id ownId = own->id;   // the plan is read again below
    const QString password = QStringLiteral("pw-") + tag;
    const QString windowLogin = QStringLiteral("jc_form_") + tag, cliLogin = QStringLiteral("yz_cli_") + tag;
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), windowLogin, QStringLiteral("reporter"), own->name, password, &error));
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), cliLogin, QStringLiteral("reporter"), other->name, password, &error));
    auto as = [&](const QString &login) {
        QString a = address;
        return a.replace(QRegularExpression(QStringLiteral("//[^@]+@")), QStringLiteral("//%1@").arg(login));
    };

    // The clerk's window is open on the plan.
    MainWindow clerk;
    REQUIRE(clerk.openPlan(testutil::planAt(address)));
    PlanDocument *clerkDoc = clerk.document();
    REQUIRE(clerkDoc);
    REQUIRE(clerkDoc->reports().entries.isEmpty());

    // The department's window: the plan read-only, Report Progress open to it.
    ServerPlans::rememberPassword(testutil::parsedAddress(as(windowLogin)), password);
    MainWindow reporter;
    REQUIRE(reporter.openPlan(testutil::planAt(as(windowLogin))));
    REQUIRE(testutil::showActive(&reporter));
    PlanDocument *doc = reporter.document();
    REQUIRE(doc);
    CHECK(doc->isReadOnly());
    CHECK(doc->reportableTasks() == ownTasks);
    CHECK(reporter.statusBar()->findChildren<QLabel *>().size() > 0);
    bool reportingShown = false;
    for (QLabel *l : reporter.statusBar()->findChildren<QLabel *>())
        reportingShown = reportingShown || l->text().contains(own->name);
    CHECK(reportingShown);

    // The other department reports from the command line while the form is open.
    QList<Id> offered;
    testutil::CliResult cli;
    testutil::Answers answers;
    answers.then<ReportDialog>([&](ReportDialog *d) {
        QComboBox *box = d->taskBox();
        REQUIRE(box->isVisible());
        for (int i = 0; i < box->count(); ++i)
            offered.append(box->itemData(i).toLongLong());
        // The second of its tasks, by the keyboard; then the percent typed, and Enter.
        box->setFocus(Qt::TabFocusReason);
        QTest::keyClick(box, Qt::Key_Down);
        cli = testutil::runCli({QStringLiteral("checkin"), as(cliLogin), QStringLiteral("--task"), QString::number(otherTask),
                                QStringLiteral("--period"), QStringLiteral("2026Q1"), QStringLiteral("--percent"),
                                QStringLiteral("30")},
                               "C.UTF-8", {{QStringLiteral("PGPASSWORD"), password}});
        QTest::keyClick(box, Qt::Key_Tab);   // the period
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);   // the status
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);   // percent complete
        REQUIRE(QApplication::focusWidget() == static_cast<QWidget *>(d->percentBox()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        testutil::typeIntoFocus(QStringLiteral("45"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    QTest::keyClick(&reporter, Qt::Key_R, Qt::ControlModifier);
    REQUIRE(answers.allAnswered());
    CHECK(offered == ownTasks);
    INFO(cli.err.toStdString());
    CHECK(cli.code == 0);

    // The form's report is on the server, entered by the department's login, as its department.
    ReportLog log;
    PlanData after;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &after, nullptr, &error, &log));
    REQUIRE(log.entries.size() == 2);
    const auto fromWindow = std::find_if(log.entries.cbegin(), log.entries.cend(),
                                         [&](const ProgressReport &c) { return c.taskId == ownTasks.at(1); });
    REQUIRE(fromWindow != log.entries.cend());
    CHECK(fromWindow->percent == 45.0);
    CHECK(fromWindow->departmentId == ownId);
    CHECK(fromWindow->enteredBy == windowLogin);
    CHECK(doc->undoStack()->count() == 0);

    // The clerk's window shows both within seconds, without being asked.
    QTRY_COMPARE_WITH_TIMEOUT(clerkDoc->reports().entries.size(), 2, 60000);
    CHECK(clerk.statusBar()->currentMessage().contains(QStringLiteral("New progress reports")));
    // Who entered each is shown with it (the progress cell's tip).
    CHECK(TaskTableModel::progressTip(*clerkDoc, ownTasks.at(1)).contains(windowLogin));
    CHECK(TaskTableModel::progressTip(*clerkDoc, otherTask).contains(cliLogin));

    // The database refuses the department's report on the other's task, whatever the window offers.
    ProgressReport stray;
    stray.taskId = otherTask;
    stray.period = QStringLiteral("2026Q1");
    QString told;
    testutil::Answers refusal;
    refusal.then<QMessageBox>([&](QMessageBox *box) {
        told = box->text();
        box->accept();
    });
    CHECK_FALSE(doc->addReport(stray));
    QTRY_VERIFY_WITH_TIMEOUT(refusal.allAnswered() && !told.isEmpty(), 60000);
    CHECK_FALSE(told.isEmpty());
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &after, nullptr, &error, &log));
    CHECK(log.entries.size() == 2);
    // And so does it the other department's, from the command line, on this one's task.
    const testutil::CliResult strayCli = testutil::runCli(
        {QStringLiteral("checkin"), as(cliLogin), QStringLiteral("--task"), QString::number(ownTasks.first()),
         QStringLiteral("--period"), QStringLiteral("2026Q1"), QStringLiteral("--percent"), QStringLiteral("10")},
        "C.UTF-8", {{QStringLiteral("PGPASSWORD"), password}});
    CHECK(strayCli.code == 2);
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &after, nullptr, &error, &log));
    CHECK(log.entries.size() == 2);

    // `copy` brings it back as an offline plan file: the same plan, the same two reports.
    QTemporaryDir copyDir;
    const QString copyFile = copyDir.filePath(QStringLiteral("back.aplan"));
    const testutil::CliResult copied =
        testutil::runCli({QStringLiteral("copy"), address, QStringLiteral("-o"), copyFile});
    INFO(copied.err.toStdString());
    REQUIRE(copied.code == 0);
    auto offline = PlanDocument::open(copyFile, PlanDocument::Mode::ReadOnly, &error);
    REQUIRE(offline);
    CHECK(testutil::samePlan(offline->plan(), after));
    REQUIRE(offline->reports().entries.size() == 2);
    for (int i = 0; i < 2; ++i) {
        const ProgressReport &a = offline->reports().entries.at(i), &b = log.entries.at(i);
        // (A new file numbers its rows afresh: the reports are compared by what they point at.)
        CHECK(offline->plan().tasks.value(a.taskId).title == after.tasks.value(b.taskId).title);
        CHECK(a.percent == b.percent);
        CHECK(a.actuals.values() == b.actuals.values());
        CHECK(offline->plan().department(a.departmentId)->name == after.department(b.departmentId)->name);
    }
}

namespace {

using testutil::publishedSample;

// The clerk puts the cursor at the end of the current task's title in the editor, types, and
// presses Enter.
void appendToTitle(MainWindow &w, const QString &text)
{
    auto *title = w.findChild<QLineEdit *>(QStringLiteral("TaskTitle"));
    REQUIRE(title);
    REQUIRE(title->isEnabled());
    title->setFocus(Qt::TabFocusReason);
    QTest::keyClick(title, Qt::Key_End);
    testutil::type(title, text);
    QTest::keyClick(title, Qt::Key_Return);
}

// A department's login (stem and a tag) made the reporter of the plan at address for its first
// department, its password remembered for the run: the plan's address as that login opens it.
QString grantedReporter(const QString &address, const QString &stem)
{
    PlanData plan;
    QString error;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &plan, nullptr, &error));
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString login = stem + tag, password = QStringLiteral("pw-") + tag;
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), login, QStringLiteral("reporter"), plan.departments.first().name,
                               password, &error));
    QString asLogin = address;
    asLogin.replace(QRegularExpression(QStringLiteral("//[^@]+@")), QStringLiteral("//%1@").arg(login));
    ServerPlans::rememberPassword(testutil::parsedAddress(asLogin), password);
    return asLogin;
}

void selectFirstTask(MainWindow &w)
{
    QTableView *table = w.taskView();
    REQUIRE(table->model()->rowCount() > 0);
    table->setCurrentIndex(table->model()->index(0, TaskTableModel::TitleColumn));
}


// Two windows on the server plan at address; the first appends （甲） to its first task's title,
// and the server has it. The task, and its title before.
std::pair<Id, QString> firstClerkAppends(MainWindow &first, MainWindow &second, const QString &address)
{
    REQUIRE(first.openPlan(testutil::planAt(address)));
    REQUIRE(second.openPlan(testutil::planAt(address)));
    REQUIRE(testutil::showActive(&first));
    selectFirstTask(first);
    const Id id = first.taskView()->currentIndex().siblingAtColumn(0).data(TaskTableModel::TaskIdRole).toLongLong();
    const QString was = titleOnServer(address, id);
    appendToTitle(first, QStringLiteral("（甲）"));
    REQUIRE(titleOnServer(address, id) == was + QStringLiteral("（甲）"));
    return {id, was};
}

} // namespace

// A ConflictDialog's rows: part, as seen, as the clerk made it, as it is now.
static QList<QStringList> conflictRows(ConflictDialog *dialog)
{
    QList<QStringList> rows;
    for (int r = 0; r < dialog->table()->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < 4; ++c)
            row << dialog->table()->item(r, c)->text();
        rows << row;
    }
    return rows;
}

TEST_CASE("Two clerks change the same task at once: the second sees both changes side by side with who and when, keeps its own by Enter, and Ctrl+Z gives the first's back")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString address = publishedSample(QStringLiteral("两人-"));
    MainWindow first, second;
    const std::pair<Id, QString> changed = firstClerkAppends(first, second, address);
    const Id id = changed.first;
    const QString was = changed.second;
    const QString login = testutil::parsedAddress(address).user;

    // The second clerk, on the same task, still sees the old title and types at its end.
    REQUIRE(testutil::showActive(&second));
    selectFirstTask(second);
    PlanDocument *before = second.document();
    QString said, title;
    QList<QStringList> rows;
    testutil::Answers answers;
    answers.then<ConflictDialog>([&](ConflictDialog *dialog) {
        said = dialog->findChild<QLabel *>(QStringLiteral("ConflictSaid"))->text();
        title = dialog->windowTitle();
        rows = conflictRows(dialog);
        QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Return);
    });
    appendToTitle(second, QStringLiteral("（乙）"));
    QTRY_VERIFY_WITH_TIMEOUT(answers.allAnswered() && !said.isEmpty(), 60000);
    CHECK(title.contains(QStringLiteral("Someone Else")));
    // Who changed it first, and when (today's date in the window's form).
    CHECK(said.contains(login));
    CHECK(said.contains(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    // The one part both changed, as each of them has it.
    REQUIRE(rows.size() == 1);
    CHECK(rows.first() == QStringList{QStringLiteral("Title"), was, was + QStringLiteral("（乙）"), was + QStringLiteral("（甲）")});
    // Enter kept the second's words: on the server and in the field, the plan read again.
    CHECK(second.document() != before);
    CHECK(titleOnServer(address, id) == was + QStringLiteral("（乙）"));
    CHECK(second.document()->plan().tasks.value(id).title == was + QStringLiteral("（乙）"));
    QTRY_COMPARE(second.findChild<QLineEdit *>(QStringLiteral("TaskTitle"))->text(), was + QStringLiteral("（乙）"));
    CHECK(second.statusBar()->currentMessage().contains(QStringLiteral("is saved")));
    // Ctrl+Z puts the first clerk's title back, as a step of its own.
    REQUIRE(testutil::showActive(&second));
    QTest::keyClick(&second, Qt::Key_Z, Qt::ControlModifier);
    CHECK(titleOnServer(address, id) == was + QStringLiteral("（甲）"));
}

TEST_CASE("A lost server is shown at once, changes are refused while it is away, and the window goes on when it is back")
{
    if (testutil::testDatabase().isEmpty() || qEnvironmentVariable("ANNUALPLAN_PG_DIR").isEmpty()) {
        WARN("no private PostgreSQL cluster (ANNUALPLAN_PG_DIR): skipped");
        return;
    }
    const QString address = publishedSample(QStringLiteral("断线-"));
    MainWindow window;
    REQUIRE(window.openPlan(testutil::planAt(address)));
    REQUIRE(testutil::showActive(&window));
    selectFirstTask(window);
    const Id id = window.taskView()->currentIndex().siblingAtColumn(0).data(TaskTableModel::TaskIdRole).toLongLong();
    appendToTitle(window, QStringLiteral("（断线前）"));
    const QString confirmed = titleOnServer(address, id);

    testutil::HaltedCluster halted;
    // An edit made before the window has noticed is refused and said so, never kept to send later.
    QString told;
    testutil::Answers answers;
    answers.then<QMessageBox>([&](QMessageBox *box) {
        told = box->windowTitle() + QLatin1Char('|') + box->text();
        box->accept();
    });
    appendToTitle(window, QStringLiteral("（断线中）"));
    QTRY_VERIFY_WITH_TIMEOUT(answers.allAnswered() && !told.isEmpty(), 60000);
    CHECK(told.contains(QStringLiteral("Connection Lost")));
    PlanDocument *lost = window.document();
    REQUIRE(lost->isDisconnected());
    CHECK(lost->plan().tasks.value(id).title == confirmed);
    // The window says so, and offers no change.
    bool shown = false;
    for (QLabel *l : window.statusBar()->findChildren<QLabel *>())
        shown = shown || l->text().contains(QStringLiteral("connection lost"));
    CHECK(shown);
    CHECK_FALSE(window.findChild<QLineEdit *>(QStringLiteral("TaskTitle"))->isEnabled());
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("AddTaskAction"))->isEnabled());
    // Progress may still be reported: it waits on this computer for the server (ReportOutbox).
    CHECK(window.findChild<QAction *>(QStringLiteral("ReportProgressAction"))->isEnabled());

    // Back: the plan is read again, the task still in hand, and changes go in again.
    halted.resume();
    QTRY_VERIFY_WITH_TIMEOUT(window.document() != lost && !window.document()->isDisconnected(), 30000);
    CHECK(window.document()->plan().tasks.value(id).title == confirmed);
    CHECK(window.findChild<QLineEdit *>(QStringLiteral("TaskTitle"))->text() == confirmed);
    appendToTitle(window, QStringLiteral("（恢复后）"));
    CHECK(titleOnServer(address, id) == confirmed + QStringLiteral("（恢复后）"));
}

TEST_CASE("A server plan whose server stops while the window is idle shows it within seconds; back, each window says what its login may do again")
{
    if (testutil::testDatabase().isEmpty() || qEnvironmentVariable("ANNUALPLAN_PG_DIR").isEmpty()) {
        WARN("no private PostgreSQL cluster (ANNUALPLAN_PG_DIR): skipped");
        return;
    }
    const QString address = publishedSample(QStringLiteral("空闲-"));
    MainWindow window;
    REQUIRE(window.openPlan(testutil::planAt(address)));
    // A department's window beside it: the plan read-only to its login, its progress reported.
    const QString reporterAddress = grantedReporter(address, QStringLiteral("idle_rep_"));
    MainWindow reporter;
    REQUIRE(reporter.openPlan(testutil::planAt(reporterAddress)));
    REQUIRE(reporter.document()->isReadOnly());
    REQUIRE(testutil::showActive(&window));
    testutil::HaltedCluster halted;
    QTRY_VERIFY_WITH_TIMEOUT(window.document()->isDisconnected(), 60000);
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("AddSectionAction"))->isEnabled());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("connection to the server is lost")));
    QTRY_VERIFY_WITH_TIMEOUT(reporter.document()->isDisconnected(), 60000);

    // Back: each window says what its login may do again, and no more.
    halted.resume();
    QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isDisconnected() && !reporter.document()->isDisconnected(), 60000);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("changes can be made again")));
    CHECK(reporter.statusBar()->currentMessage().contains(QStringLiteral("progress can be reported again")));
    CHECK_FALSE(reporter.statusBar()->currentMessage().contains(QStringLiteral("changes can be made")));
    CHECK(reporter.document()->isReadOnly());
}

TEST_CASE("A department's report typed while the server is away waits on this computer and reaches the server once it is back, without retyping")
{
    if (!testutil::clusterMayHalt()) {
        WARN("no private PostgreSQL cluster (ANNUALPLAN_PG_DIR): skipped");
        return;
    }
    const QString address = publishedSample(QStringLiteral("发件-"));
    const QString reporterAddress = grantedReporter(address, QStringLiteral("outbox_rep_"));
    const QString login = testutil::parsedAddress(reporterAddress).user;
    MainWindow reporter;
    REQUIRE(reporter.openPlan(testutil::planAt(reporterAddress)));
    REQUIRE(testutil::showActive(&reporter));
    auto *outboxButton = reporter.findChild<QToolButton *>(QStringLiteral("OutboxButton"));
    REQUIRE(outboxButton);
    CHECK_FALSE(outboxButton->isVisible());

    testutil::HaltedCluster halted;
    QTRY_VERIFY_WITH_TIMEOUT(reporter.document()->isDisconnected(), 60000);
    PlanDocument *lost = reporter.document();
    // Reporting goes on while the server is away, and the window says so.
    REQUIRE(reporter.findChild<QAction *>(QStringLiteral("ReportProgressAction"))->isEnabled());
    CHECK(reporter.statusBar()->currentMessage().contains(QStringLiteral("progress can still be reported")));

    // Ctrl+R, the percent and the progress typed, Enter: told it is kept and will be sent.
    const QString words = QStringLiteral("断线时从窗口填写的进展");
    QString told;
    testutil::Answers answers;
    answers.then<ReportDialog>([&](ReportDialog *d) {
        d->progressEdit()->setFocus(Qt::TabFocusReason);
        testutil::typeIntoFocus(words);
        d->percentBox()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        testutil::typeIntoFocus(QStringLiteral("60"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    answers.then<QMessageBox>([&](QMessageBox *box) {
        told = box->windowTitle() + QLatin1Char('|') + box->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    QTest::keyClick(&reporter, Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(answers.allAnswered() && !told.isEmpty(), 60000);
    CHECK(told.contains(QStringLiteral("Report Kept to Send")));
    CHECK(told.contains(QStringLiteral("Nothing needs to be typed again")));
    REQUIRE(lost->waitingReports().size() == 1);
    CHECK(lost->waitingReports().first().report.progress == words);
    CHECK(outboxButton->isVisible());
    CHECK(outboxButton->text().contains(QStringLiteral("1 report")));

    // Back: the window reads the plan again and sends it by itself, once.
    halted.resume();
    QTRY_VERIFY_WITH_TIMEOUT(reporter.document() != lost && !reporter.document()->isDisconnected(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(reporter.document()->waitingReports().isEmpty(), 30000);
    CHECK_FALSE(outboxButton->isVisible());
    INFO(reporter.statusBar()->currentMessage().toStdString());
    CHECK(reporter.statusBar()->currentMessage().contains(QStringLiteral("reached it")));
    PlanData plan;
    ReportLog log;
    QString error;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &plan, nullptr, &error, &log));
    const auto sent = std::count_if(log.entries.cbegin(), log.entries.cend(), [&](const ProgressReport &c) {
        return c.progress == words && c.percent == 60.0 && c.enteredBy == login;
    });
    CHECK(sent == 1);
}

TEST_CASE("Return forms the clerk takes in while the server is away wait on this computer and reach the server once it is back")
{
    if (!testutil::clusterMayHalt()) {
        WARN("no private PostgreSQL cluster (ANNUALPLAN_PG_DIR): skipped");
        return;
    }
    const QString address = publishedSample(QStringLiteral("断线回执-"));
    MainWindow window;
    REQUIRE(window.openPlan(testutil::planAt(address)));
    REQUIRE(testutil::showActive(&window));
    PlanDocument *doc = window.document();
    const Id task = doc->reportableTasks().value(0);
    const Id department = doc->plan().tasks.value(task).departmentIds(DepartmentRole::Lead).value(0);
    REQUIRE(department != 0);
    const QString period = period::ofYear(doc->plan().info.year, doc->plan().info.cadence).first();
    QTemporaryDir dir;
    const QString blank = dir.filePath(QStringLiteral("form.xlsx")), back = dir.filePath(QStringLiteral("回执.xlsx"));
    QString error;
    REQUIRE(CollectionForms::writeForm(*doc, department, period, blank, &error));
    REQUIRE(testutil::writeAll(back, testutil::filled(testutil::readAll(blank), [](QString xml) {
                                   xml = testutil::setCell(xml, QStringLiteral("G4"), QStringLiteral("推进中"));
                                   return testutil::setCell(xml, QStringLiteral("H4"), QStringLiteral("45"));
                               })));

    testutil::HaltedCluster halted;
    QTRY_VERIFY_WITH_TIMEOUT(window.document()->isDisconnected(), 60000);
    PlanDocument *lost = window.document();
    REQUIRE(window.findChild<QAction *>(QStringLiteral("TakeInFormsAction"))->isEnabled());
    QString told;
    testutil::Answers answers;
    answers.then<QFileDialog>([&](QFileDialog *d) { testutil::chooseFile(d, back); });
    answers.then<QMessageBox>([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Return); });   // record them: Yes
    answers.then<QMessageBox>([&](QMessageBox *box) {
        told = box->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    window.findChild<QAction *>(QStringLiteral("TakeInFormsAction"))->trigger();
    REQUIRE(answers.allAnswered());
    CHECK(told.contains(QStringLiteral("kept on this computer")));
    REQUIRE(lost->waitingReports().size() == 1);

    halted.resume();
    QTRY_VERIFY_WITH_TIMEOUT(window.document() != lost && !window.document()->isDisconnected(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(window.document()->waitingReports().isEmpty(), 30000);
    PlanData plan;
    ReportLog log;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &plan, nullptr, &error, &log));
    CHECK(std::count_if(log.entries.cbegin(), log.entries.cend(),
                        [&](const ProgressReport &c) { return c.taskId == task && c.period == period && c.percent == 45.0; })
          == 1);
}

TEST_CASE("Reports Waiting to Be Sent lists a refused report with the reason, copies its words and discards it only when told")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString address = publishedSample(QStringLiteral("拒收-"));
    // A report left waiting for a task the plan no longer has (as one typed before the task was removed).
    ProgressReport gone;
    gone.taskId = 987654;
    gone.period = QStringLiteral("2026Q1");
    gone.progress = QStringLiteral("任务删除前填写的进展");
    WaitingReport orphan{QString(), gone, QDateTime::currentDateTimeUtc(), QStringLiteral("已删除的任务"), QString()};
    REQUIRE(ReportOutbox(testutil::parsedAddress(address)).keep(orphan, nullptr));
    MainWindow window;
    REQUIRE(window.openPlan(testutil::planAt(address)));
    REQUIRE(testutil::showActive(&window));
    auto *outboxButton = window.findChild<QToolButton *>(QStringLiteral("OutboxButton"));
    QTRY_VERIFY_WITH_TIMEOUT(outboxButton->text().contains(QStringLiteral("1 refused")), 30000);
    CHECK(outboxButton->isVisible());

    // Plan ▸ Reports Waiting to Be Sent: the reason beside it; Copy Text; Discard asks, Esc keeps it.
    QString state;
    testutil::Answers answers;
    answers.then<OutboxDialog>([&](OutboxDialog *d) {
        REQUIRE(d->table()->rowCount() == 1);
        state = d->table()->item(0, 3)->text();
        QTest::keyClick(d, Qt::Key_C, Qt::AltModifier);
        // Discard's question is answered next, once this answer has returned.
        QTimer::singleShot(0, d, [d] { QTest::keyClick(d, Qt::Key_D, Qt::AltModifier); });
    });
    answers.then<QMessageBox>([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Escape); });
    answers.then<OutboxDialog>([](OutboxDialog *d) {
        REQUIRE(d->table()->rowCount() == 1);   // kept
        QTimer::singleShot(0, d, [d] { QTest::keyClick(d, Qt::Key_D, Qt::AltModifier); });
    });
    answers.then<QMessageBox>([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_D, Qt::AltModifier); });
    answers.then<OutboxDialog>([](OutboxDialog *d) {
        CHECK(d->table()->rowCount() == 0);
        QTest::keyClick(d, Qt::Key_Escape);
    });
    window.findChild<QAction *>(QStringLiteral("WaitingReportsAction"))->trigger();
    REQUIRE(answers.allAnswered());
    CHECK(state.startsWith(QStringLiteral("Refused")));
    CHECK(QApplication::clipboard()->text().contains(gone.progress));
    CHECK(window.document()->waitingReports().isEmpty());
    CHECK_FALSE(outboxButton->isVisible());
}

TEST_CASE("A department opens a shared plan by server, login and password, picking it from the plans its login may open")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString address = publishedSample(QStringLiteral("按名-"));
    const QString other = publishedSample(QStringLiteral("别人的-"));
    PlanData plan;
    QString error;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &plan, nullptr, &error));
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString login = QStringLiteral("byname_") + tag, password = QStringLiteral("pw-") + tag;
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), login, QStringLiteral("reporter"), plan.departments.first().name,
                               password, &error));
    const QUrl cluster(testutil::testDatabase());
    // The department's machine has no PGPASSWORD: the password is typed.
    const testutil::WithoutPassword noPassword;

    MainWindow window;
    REQUIRE(testutil::showActive(&window));
    QStringList listed, roles;
    QString problem;
    testutil::Answers answers;
    answers.then<ServerPlanDialog>([&](ServerPlanDialog *d) {
        // Server, port, database, login and a wrong password typed, field by field with Tab.
        auto *host = d->findChild<QComboBox *>(QStringLiteral("ServerHostBox"));
        REQUIRE(host);
        QTest::keyClick(d, Qt::Key_S, Qt::AltModifier);   // the server's label
        REQUIRE(QApplication::focusWidget() == static_cast<QWidget *>(host));
        // Each field may hold what was used before: replaced, as a clerk selects and types over it.
        for (const QString &typed : {cluster.host(), QString::number(cluster.port()), cluster.path().mid(1), login}) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
            testutil::typeIntoFocus(typed);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        REQUIRE(QApplication::focusWidget() == d->findChild<QLineEdit *>(QStringLiteral("ServerPasswordEdit")));
        testutil::typeIntoFocus(QStringLiteral("wrong"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *problemLine = d->findChild<QLabel *>(QStringLiteral("ServerAddressProblem"));
        // Said in the dialog, which stays open (waited for: the server is asked on a thread).
        QTRY_VERIFY_WITH_TIMEOUT(problemLine->isVisible(), 60000);
        problem = problemLine->text();
        CHECK(d->isVisible());
        // The right password, Enter: the plans this login may open, and only those.
        QTest::keyClick(d, Qt::Key_P, Qt::AltModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        testutil::typeIntoFocus(password);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(d->planList()->topLevelItemCount() > 0, 60000);
        for (int i = 0; i < d->planList()->topLevelItemCount(); ++i) {
            listed << d->planList()->topLevelItem(i)->text(0);
            roles << d->planList()->topLevelItem(i)->text(2);
        }
        REQUIRE(QApplication::focusWidget() == static_cast<QWidget *>(d->planList()));
        QTest::keyClick(d->planList(), Qt::Key_Return);
    });
    menu(window, 'f', 'h');
    REQUIRE(answers.allAnswered());
    CHECK(problem.contains(QStringLiteral("password")));
    CHECK(listed == QStringList{plan.info.title});
    CHECK(roles == QStringList{QStringLiteral("reporter")});
    PlanDocument *doc = window.document();
    REQUIRE(doc);
    CHECK(doc->location().address().plan == testutil::parsedAddress(address).plan);
    CHECK(doc->location().address().user == login);
    CHECK(doc->mayAddReports());
    Q_UNUSED(other);

    // The next time the server's fields are filled in again; never the password.
    ServerPlanDialog again({});
    CHECK(again.findChild<QComboBox *>(QStringLiteral("ServerHostBox"))->currentText() == cluster.host());
    CHECK(again.findChild<QSpinBox *>(QStringLiteral("ServerPortBox"))->value() == cluster.port());
    CHECK(again.findChild<QLineEdit *>(QStringLiteral("ServerLoginEdit"))->text() == login);
    CHECK(again.findChild<QLineEdit *>(QStringLiteral("ServerPasswordEdit"))->text().isEmpty());
    QSettings settings;
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(password));
}

TEST_CASE("The owner gives a department's login its rights on the Members page, changes nothing else, and takes them back")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString address = publishedSample(QStringLiteral("成员-"));
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString login = QStringLiteral("jc_page_") + tag, password = QStringLiteral("pw-") + tag;
    QString asLogin = address;
    asLogin.replace(QRegularExpression(QStringLiteral("//[^@]+@")), QStringLiteral("//%1@").arg(login));
    const QString department = QStringLiteral("区卫健委基层卫生科");
    MainWindow window;
    REQUIRE(window.openPlan(testutil::planAt(address)));
    REQUIRE(testutil::showActive(&window));
    REQUIRE(window.findChild<QAction *>(QStringLiteral("MembersAction"))->isEnabled());

    // What the login may do, as the server says when it opens the plan.
    auto opened = [&]() {
        ServerPlans::rememberPassword(testutil::parsedAddress(asLogin), password);
        QString error;
        return PlanDocument::open(testutil::planAt(asLogin), PlanDocument::Mode::ReadWrite, &error);
    };
    int rowsAtFirst = -1, rowsAfterAdd = -1, rowsAfterRemove = -1;
    QString shownLogin, shownDepartment;
    bool reportsAfterAdd = false, reportsAfterRemove = true, removable = false, tabbedToDepartment = false;
    bool choiceOffOnlyWithoutPassword = false, memberToChoose = false;
    testutil::Answers answers;
    answers.then<MembersDialog>([&](MembersDialog *d) {
        rowsAtFirst = d->table()->rowCount();
        QTimer::singleShot(0, d, [d] { QTest::keyClick(d, Qt::Key_A, Qt::AltModifier); });
    });
    answers.then<MemberForm>([&](MemberForm *f) {
        // (The form is the active window before the clerk types, as on a desktop.)
        f->activateWindow();
        if (!QTest::qWaitForWindowActive(f))
            return f->reject();
        auto *edit = f->findChild<QLineEdit *>(QStringLiteral("MemberLogin"));
        edit->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        testutil::type(edit, login);
        QTest::keyClick(edit, Qt::Key_Tab);   // the role: a reporter, the first
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *box = f->findChild<QComboBox *>(QStringLiteral("MemberDepartment"));
        tabbedToDepartment = QApplication::focusWidget() == static_cast<QWidget *>(box);
        for (int i = 0; i < box->count() && box->currentText() != department; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        QTest::keyClick(box, Qt::Key_Tab);
        auto *chooses = f->findChild<QCheckBox *>(QStringLiteral("MemberChoosesPassword"));
        choiceOffOnlyWithoutPassword = !chooses->isEnabled();
        testutil::typeIntoFocus(password);
        choiceOffOnlyWithoutPassword = choiceOffOnlyWithoutPassword && chooses->isEnabled() && !chooses->isChecked();
        // The owner says the member chooses its own: Tab to the box, Space, Enter.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    answers.then<MembersDialog>([&](MembersDialog *d) {
        rowsAfterAdd = d->table()->rowCount();
        if (rowsAfterAdd > 0) {
            shownLogin = d->table()->item(0, 0)->text();
            shownDepartment = d->table()->item(0, 2)->text();
        }
        auto doc = opened();
        reportsAfterAdd = doc && doc->mayAddReports() && doc->isReadOnly();
        bool asked = false;
        QString why;
        memberToChoose = ServerPlans::passwordToChoose(testutil::parsedAddress(asLogin), &asked, &why) && asked;
        // (As a window manager does when the form closes: the page is active again.)
        // (No REQUIRE in here: a failure thrown through Qt's event loop would crash the test.)
        d->activateWindow();
        if (!QTest::qWaitForWindowActive(d) || rowsAfterAdd < 1)
            return d->reject();
        // The row chosen with the mouse, Remove with its key.
        QTest::mouseClick(d->table()->viewport(), Qt::LeftButton, {}, d->table()->visualItemRect(d->table()->item(0, 0)).center());
        removable = d->findChild<QPushButton *>(QStringLiteral("MemberRemoveButton"))->isEnabled()
            && QApplication::focusWidget() == static_cast<QWidget *>(d->table());
        QTimer::singleShot(0, d, [d] { QTest::keyClick(d->table(), Qt::Key_R, Qt::AltModifier); });
    });
    answers.then<QMessageBox>([&](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    answers.then<MembersDialog>([&](MembersDialog *d) {
        rowsAfterRemove = d->table()->rowCount();
        auto doc = opened();
        reportsAfterRemove = doc && doc->mayAddReports();
        d->reject();
    });
    QTest::keyClick(&window, 'p', Qt::AltModifier);
    QWidget *popup = QApplication::activePopupWidget();
    REQUIRE(popup);
    QTest::keyClick(popup, 'm');
    INFO("rows " << rowsAtFirst << ", " << rowsAfterAdd << ", " << rowsAfterRemove << "; removable " << removable);
    REQUIRE(answers.allAnswered());
    CHECK(tabbedToDepartment);
    CHECK(choiceOffOnlyWithoutPassword);
    CHECK(memberToChoose);
    CHECK(rowsAtFirst == 0);
    CHECK(rowsAfterAdd == 1);
    CHECK(shownLogin == login);
    CHECK(shownDepartment == department);
    CHECK(reportsAfterAdd);
    CHECK(removable);
    CHECK(rowsAfterRemove == 0);
    CHECK_FALSE(reportsAfterRemove);
    QList<PlanMember> members;
    QString error;
    REQUIRE(ServerPlans::members(testutil::parsedAddress(address), &members, &error));
    CHECK(members.isEmpty());
}

TEST_CASE("The owner's invitation on the Members page opens the plan for the member by double-click, asking only its password")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString address = publishedSample(QStringLiteral("邀请-"));
    PlanData plan;
    QString error;
    REQUIRE(ServerPlans::read(testutil::parsedAddress(address), &plan, nullptr, &error));
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString login = QStringLiteral("invited_") + tag, password = QStringLiteral("pw-") + tag;
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), login, QStringLiteral("reporter"), plan.departments.first().name,
                               password, &error));
    MainWindow owner;
    REQUIRE(owner.openPlan(testutil::planAt(address)));
    REQUIRE(testutil::showActive(&owner));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("邀请.apinvite"));
    QString told;
    testutil::Answers answers;
    answers.then<MembersDialog>([&](MembersDialog *d) {
        d->table()->setFocus();
        d->table()->selectRow(0);
        QTimer::singleShot(0, d, [d] { QTest::keyClick(d, Qt::Key_I, Qt::AltModifier); });
    });
    answers.then<QFileDialog>([&](QFileDialog *d) { testutil::chooseFile(d, file); });
    answers.then<MembersDialog>([&](MembersDialog *d) {
        told = d->findChild<QLabel *>(QStringLiteral("MembersTold"))->text();
        d->reject();
    });
    owner.findChild<QAction *>(QStringLiteral("MembersAction"))->trigger();
    REQUIRE(answers.allAnswered());
    CHECK(told.contains(login));
    REQUIRE(QFileInfo::exists(file));
    const QString text = QString::fromUtf8(testutil::readAll(file));
    // The same words on the clipboard, for a message; the plan, its server and login; no password.
    CHECK(QApplication::clipboard()->text() == text);
    CHECK(text.contains(plan.info.title));
    CHECK(text.contains(QStringLiteral("登录名：") + login));
    CHECK_FALSE(text.contains(password));
    CHECK_FALSE(text.contains(qEnvironmentVariable("PGPASSWORD")));

    // The member's machine: no PGPASSWORD; the file given to the program as the desktop does.
    const testutil::WithoutPassword noPassword;
    MainWindow member;
    REQUIRE(testutil::showActive(&member));
    bool passwordFirst = false;
    testutil::Answers asked;
    asked.then<ServerPlanDialog>([&](ServerPlanDialog *d) {
        passwordFirst = QApplication::focusWidget() == d->findChild<QLineEdit *>(QStringLiteral("ServerPasswordEdit"));
        testutil::typeIntoFocus(password);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    CHECK(member.openNamed(file));
    REQUIRE(asked.allAnswered());
    CHECK(passwordFirst);
    REQUIRE(member.document());
    CHECK(member.document()->location().address().user == login);
    CHECK(member.document()->location().address().plan == testutil::parsedAddress(address).plan);
    CHECK(member.document()->mayAddReports());
}

TEST_CASE("A member whose login the owner made with a first password chooses its own when it first opens the plan, by keyboard, and is not asked again")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString address = publishedSample(QStringLiteral("首次-"));
    const QString name = QUrl::fromPercentEncoding(address.section(QStringLiteral("?plan="), 1).toUtf8());
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString login = QStringLiteral("first_") + tag, first = QStringLiteral("first-") + tag;
    QString error;
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), login, QStringLiteral("viewer"), QString(), first, &error, true));
    const QString asMember = testutil::addressAs(login, name);
    ServerPlans::rememberPassword(testutil::parsedAddress(asMember), first);

    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    QString said;
    testutil::Answers answers;
    answers.then<ChoosePasswordDialog>([&](ChoosePasswordDialog *d) {
        said = d->windowTitle();
        auto *again = d->findChild<QLineEdit *>(QStringLiteral("ChosenPasswordAgain"));
        // Typed twice, differently first: said in the dialog, and OK is off until they agree.
        testutil::type(QApplication::focusWidget(), QStringLiteral("自己设置的密码-1"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        testutil::type(QApplication::focusWidget(), QStringLiteral("自己设置的密码-2"));
        CHECK(d->findChild<QLabel *>(QStringLiteral("ChosenPasswordProblem"))->isVisible());
        again->clear();
        testutil::type(again, QStringLiteral("自己设置的密码-1"));
        QTest::keyClick(again, Qt::Key_Return);
    });
    REQUIRE(w.openPlan(testutil::planAt(asMember)));
    QTRY_VERIFY_WITH_TIMEOUT(answers.allAnswered() && !said.isEmpty(), 60000);
    CHECK(said.contains(QStringLiteral("Password")));
    const QString database = testutil::testDatabase().section(u'/', -1);
    CHECK(testutil::psqlAs(login, QStringLiteral("自己设置的密码-1"), database, QString(), QStringLiteral("SELECT 1")).exitCode == 0);
    CHECK(testutil::psqlAs(login, first, database, QString(), QStringLiteral("SELECT 1")).exitCode != 0);
    CHECK(w.document()->isOnServer());

    // Opened again (the chosen password kept for the run): nothing asked.
    MainWindow again;
    testutil::Answers none;
    REQUIRE(again.openPlan(testutil::planAt(asMember)));
    QCoreApplication::processEvents();
    CHECK(none.allAnswered());
}

TEST_CASE("A server plan opened by its address with no password known this run asks for it where it can be typed, the address filled in, and opens")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString address = publishedSample(QStringLiteral("再问-"));
    const QString name = QUrl::fromPercentEncoding(address.section(QStringLiteral("?plan="), 1).toUtf8());
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString login = QStringLiteral("ask_") + tag, password = QStringLiteral("pw-") + tag;
    QString error;
    REQUIRE(ServerPlans::grant(testutil::parsedAddress(address), login, QStringLiteral("viewer"), QString(), password, &error));
    const QString asMember = testutil::addressAs(login, name);
    const testutil::WithoutPassword typed;   // (as on a clerk's machine: no libpq password)

    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    QString problem, shownAddress;
    bool inPassword = false;
    testutil::Answers answers;
    answers.then<ServerPlanDialog>([&](ServerPlanDialog *d) {
        problem = d->findChild<QLabel *>(QStringLiteral("ServerAddressProblem"))->text();
        shownAddress = d->findChild<QComboBox *>(QStringLiteral("ServerAddressEdit"))->currentText();
        inPassword = QApplication::focusWidget() == d->findChild<QLineEdit *>(QStringLiteral("ServerPasswordEdit"));
        testutil::typeIntoFocus(password);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    // (What the recent plans and the command line do: the plan by its address.)
    REQUIRE(w.openPlan(testutil::planAt(asMember)));
    CHECK(answers.allAnswered());
    CHECK(problem.contains(QStringLiteral("password")));
    CHECK(shownAddress == testutil::parsedAddress(asMember).toString());
    CHECK(inPassword);
    REQUIRE(w.document());
    CHECK(w.document()->location().address().user == login);
}

TEST_CASE("File ▸ Publish to a Server puts the open plan file on the server and opens it there; a plan of that name is replaced only when asked")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString name = QStringLiteral("发布-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString address = testutil::serverPlanAddress(name);
    QTemporaryDir dir;
    auto sample = testutil::openSamplePlan(dir);
    REQUIRE(sample);
    const QString file = sample->filePath();
    const QByteArray fileBefore = testutil::sha256(file);
    const PlanData plan = sample->plan();
    sample.reset();
    MainWindow window;
    REQUIRE(window.openFile(file));
    REQUIRE(testutil::showActive(&window));
    auto publish = [&](bool expectReplace, bool replace) {
        bool asked = false;
        // (As a window manager does when a dialog closes: the window is active again.)
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        testutil::Answers answers;
        answers.then<ServerPlanDialog>([&](ServerPlanDialog *d) {
            auto *edit = d->findChild<QComboBox *>(QStringLiteral("ServerAddressEdit"));
            edit->lineEdit()->setFocus();
            edit->lineEdit()->selectAll();
            testutil::type(edit->lineEdit(), address);
            QTest::keyClick(edit->lineEdit(), Qt::Key_Return);
        });
        if (expectReplace)
            answers.then<QMessageBox>([&](QMessageBox *box) {
                asked = true;
                box->button(replace ? QMessageBox::Yes : QMessageBox::Cancel)->click();
            });
        menu(window, 'f', 'u');
        REQUIRE(answers.allAnswered());
        return asked;
    };
    publish(false, false);
    REQUIRE(window.document());
    CHECK(window.document()->isOnServer());
    CHECK(window.document()->displayName().startsWith(name));
    CHECK(testutil::samePlan(window.document()->plan(), plan));
    CHECK(testutil::sha256(file) == fileBefore);
    // Publishing is a plan file's: on the server plan it is not offered.
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("PublishAction"))->isEnabled());

    // The file again, changed, published to the same name: replaced only on Yes.
    REQUIRE(window.openFile(file));
    Task t = window.document()->plan().tasks.cbegin().value();
    t.title = QStringLiteral("发布前改过的标题");
    window.document()->undoStack()->push(new EditTaskCommand(window.document(), t));
    CHECK(publish(true, false));
    CHECK_FALSE(window.document()->isOnServer());
    CHECK(titleOnServer(address, t.id) != t.title);
    CHECK(publish(true, true));
    CHECK(window.document()->isOnServer());
    CHECK(titleOnServer(address, t.id) == t.title);
}

TEST_CASE("A server plan opened once is listed on the welcome page by its name and server, and opens again with Enter")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    QSettings().clear();
    QTemporaryDir dir;
    const QString file = testutil::smallPlanFile(dir);
    const QString address = publishedSample(QStringLiteral("最近-"));
    const PlanLocation onServer = testutil::planAt(address);
    {
        MainWindow window;
        REQUIRE(window.openFile(file));
        REQUIRE(window.openPlan(onServer));
        REQUIRE(testutil::showActive(&window));
        QTest::keySequence(QApplication::focusWidget(), closeKeys(window));
        REQUIRE(window.document() == nullptr);
    }
    MainWindow window;
    REQUIRE(testutil::showActive(&window));
    auto *list = window.findChild<QListWidget *>(QStringLiteral("RecentList"));
    REQUIRE(list);
    REQUIRE(list->count() == 2);
    // The server plan, opened last, first: by its title, name, server and login; the file by its folder.
    CHECK(list->item(0)->text().contains(onServer.displayName()));
    CHECK(list->item(0)->text().endsWith(QStringLiteral("(login %1)").arg(onServer.address().user)));
    CHECK(list->item(0)->text().contains(QStringLiteral(" @ ") + onServer.address().host));
    CHECK(list->item(1)->text().contains(QFileInfo(file).fileName()));
    CHECK(list->item(1)->text().contains(QDir::toNativeSeparators(dir.path())));
    auto *button = window.findChild<QPushButton *>(QStringLiteral("ContinueButton"));
    REQUIRE(button);
    CHECK(button->text().contains(onServer.displayName()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(window.document());
    CHECK(window.document()->isOnServer());
    CHECK(window.document()->location() == onServer);
    // Down the list to the file and Enter: the file opens in its place.
    QTest::keySequence(QApplication::focusWidget(), closeKeys(window));
    REQUIRE(window.document() == nullptr);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(window.document());
    CHECK(window.document()->location() == PlanLocation::file(file));
}

TEST_CASE("A change refused while a dialog is open is shown, and the plan read again, once the dialog closes; Esc keeps the other's change and puts the clerk's words on the clipboard")
{
    if (testutil::testDatabase().isEmpty()) {
        WARN("no PostgreSQL cluster (ANNUALPLAN_TEST_PG): skipped");
        return;
    }
    const QString address = publishedSample(QStringLiteral("对话框-"));
    MainWindow first, second;
    const std::pair<Id, QString> changed = firstClerkAppends(first, second, address);
    const Id id = changed.first;
    const QString was = changed.second;

    // The second window has a dialog open (window-modal, as the program's sheets are) when its
    // stale change is refused: nothing may replace the document under the dialog.
    REQUIRE(testutil::showActive(&second));
    PlanDocument *before = second.document();
    QDialog dialog(&second);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.open();
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() == &dialog, 60000);
    QString toldTitle;
    testutil::Answers answers;
    answers.then<ConflictDialog>([&](ConflictDialog *box) {
        toldTitle = box->windowTitle();
        QTest::keyClick(box->focusWidget() ? box->focusWidget() : box, Qt::Key_Escape);
    });
    Task stale = before->plan().tasks.value(id);
    stale.title += QStringLiteral("（乙）");
    CHECK(edits::editTask(*before, stale) == false);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(second.document() == before);
    CHECK(toldTitle.isEmpty());

    dialog.close();
    QTRY_VERIFY_WITH_TIMEOUT(answers.allAnswered() && !toldTitle.isEmpty(), 60000);
    CHECK(toldTitle.contains(QStringLiteral("Someone Else")));
    CHECK(second.document() != before);
    CHECK(second.document()->plan().tasks.value(id).title == was + QStringLiteral("（甲）"));
    CHECK(titleOnServer(address, id) == was + QStringLiteral("（甲）"));
    // Nothing the clerk typed is lost: the words wait on the clipboard, and the window says so.
    CHECK(QApplication::clipboard()->text() == QStringLiteral("Title：") + was + QStringLiteral("（乙）"));
    CHECK(second.statusBar()->currentMessage().contains(QStringLiteral("clipboard")));
}

TEST_CASE("An address that would send the password unencrypted to another machine is asked about first: Esc goes back to it, Alt+A connects")
{
    ServerPlanDialog dialog({});
    REQUIRE(testutil::showActive(&dialog));
    auto *edit = dialog.findChild<QComboBox *>(QStringLiteral("ServerAddressEdit"));
    REQUIRE(edit);
    // The warning is answered as a clerk would, once it is in front (waited for, not timed).
    QString warned;
    int key = Qt::Key_Escape;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("ClearTextWarning"))
            return;
        if (!box->isActiveWindow()) {
            box->activateWindow();
            return;
        }
        warned = box->text();
        if (key == Qt::Key_Escape)
            QTest::keyClick(box, Qt::Key_Escape);
        else
            QTest::keyClick(box, Qt::Key_A, Qt::AltModifier);
    });
    answer.start(20);
    edit->lineEdit()->setFocus();
    testutil::type(edit->lineEdit(), QStringLiteral("postgresql://clerk@db.example/plans?plan=清河&sslmode=disable"));
    QTest::keyClick(edit->lineEdit(), Qt::Key_Return);
    CHECK(warned.contains(QStringLiteral("sslmode=disable")));
    CHECK(warned.contains(QStringLiteral("db.example")));
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    // Connecting anyway is the clerk's choice, said with the button's shortcut.
    warned.clear();
    key = Qt::Key_A;
    QTest::keyClick(edit->lineEdit(), Qt::Key_Return);
    CHECK_FALSE(warned.isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.location().address().host == QStringLiteral("db.example"));
    // This machine's server, or one asked for TLS: no question.
    ServerPlanDialog local({});
    REQUIRE(testutil::showActive(&local));
    auto *localEdit = local.findChild<QComboBox *>(QStringLiteral("ServerAddressEdit"));
    localEdit->lineEdit()->setFocus();
    warned.clear();
    testutil::type(localEdit->lineEdit(), QStringLiteral("postgresql://clerk@db.example/plans?plan=清河"));
    QTest::keyClick(localEdit->lineEdit(), Qt::Key_Return);
    CHECK(warned.isEmpty());
    CHECK(local.result() == QDialog::Accepted);
}
