// What a field still holds when the clerk quits, closes, opens another plan or moves to another
// task is written to the file first (issue: a changed deadline was lost, and the window crashed,
// on Ctrl+Q with the focus still in the date field). Every test drives the real window with key
// and mouse events and then reads the file itself.
#include "shell/mainwindow.h"
#include "models/targettablemodel.h"
#include "models/tasktablemodel.h"
#include "editor/taskeditor.h"

#include "../support/keyboard.h"
#include "../support/testutil.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

#include <functional>

using namespace ap;

namespace {

// The task the window selects when the plan opens (smallPlan()'s first), which the fields edit.
Id g_task = 0;

// One kind of field in the window: how a clerk changes it with the keyboard, what it then
// shows, and the same value as a plan file holds it.
struct Field
{
    const char *name;
    std::function<void(MainWindow &)> edit;
    std::function<QString(MainWindow &)> shown;
    std::function<QString(const PlanDocument &)> stored;
};

template <typename W>
W *field(MainWindow &w, const char *name)
{
    auto *widget = w.findChild<W *>(QLatin1String(name));
    REQUIRE(widget);
    return widget;
}

QLineEdit *dateField(MainWindow &w, const char *name)
{
    return field<OptionalDateEdit>(w, name)->lineEdit();
}

void focus(QWidget *widget)
{
    widget->setFocus(Qt::TabFocusReason);
    REQUIRE(QApplication::focusWidget() == widget);
}

// Types into a line edit or plain text edit at its end.
void typeAtEnd(QWidget *widget, const QString &text)
{
    focus(widget);
    QTest::keyClick(widget, Qt::Key_End, qobject_cast<QPlainTextEdit *>(widget) ? Qt::ControlModifier : Qt::NoModifier);
    testutil::type(widget, text);
}

// Opens the cell's editor with F2 and types at its end; the editor stays open.
void typeInCell(QAbstractItemView *view, const QModelIndex &cell, const QString &text)
{
    view->setCurrentIndex(cell);
    focus(view);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor != view);
    QTest::keyClick(editor, Qt::Key_End);
    testutil::type(editor, text);
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

Task storedTask(const PlanDocument &doc)
{
    REQUIRE(doc.plan().tasks.contains(g_task));
    return doc.plan().tasks.value(g_task);
}

QList<Field> fields()
{
    return {
        {"title",
         [](MainWindow &w) { typeAtEnd(field<QLineEdit>(w, "TaskTitle"), QStringLiteral("工作")); },
         [](MainWindow &w) { return field<QLineEdit>(w, "TaskTitle")->text(); },
         [](const PlanDocument &d) { return storedTask(d).title; }},
        {"description",
         [](MainWindow &w) { typeAtEnd(field<QPlainTextEdit>(w, "TaskDescription"), QStringLiteral("按季度通报。")); },
         [](MainWindow &w) { return field<QPlainTextEdit>(w, "TaskDescription")->toPlainText(); },
         [](const PlanDocument &d) { return storedTask(d).description; }},
        {"start date (Up arrow)",
         [](MainWindow &w) {
             QLineEdit *e = dateField(w, "TaskStart");
             focus(e);
             QTest::keyClick(e, Qt::Key_Up);
         },
         [](MainWindow &w) { return dateField(w, "TaskStart")->text(); },
         [](const PlanDocument &d) { return dateText(storedTask(d).start); }},
        {"deadline (Down arrow)",
         [](MainWindow &w) {
             QLineEdit *e = dateField(w, "TaskDeadline");
             focus(e);
             QTest::keyClick(e, Qt::Key_Down);
         },
         [](MainWindow &w) { return dateField(w, "TaskDeadline")->text(); },
         [](const PlanDocument &d) { return dateText(storedTask(d).deadline); }},
        {"lead departments",
         [](MainWindow &w) { typeAtEnd(field<QLineEdit>(w, "TaskLead"), QStringLiteral("、区医保局")); },
         [](MainWindow &w) { return field<QLineEdit>(w, "TaskLead")->text(); },
         [](const PlanDocument &d) { return d.departmentNames(storedTask(d), DepartmentRole::Lead, QStringLiteral("、")); }},
        {"cooperating departments",
         [](MainWindow &w) { typeAtEnd(field<QLineEdit>(w, "TaskSupport"), QStringLiteral("、区医保局")); },
         [](MainWindow &w) { return field<QLineEdit>(w, "TaskSupport")->text(); },
         [](const PlanDocument &d) { return d.departmentNames(storedTask(d), DepartmentRole::Support, QStringLiteral("、")); }},
        {"notes",
         [](MainWindow &w) { typeAtEnd(field<QPlainTextEdit>(w, "TaskNotes"), QStringLiteral("需财政配套")); },
         [](MainWindow &w) { return field<QPlainTextEdit>(w, "TaskNotes")->toPlainText(); },
         [](const PlanDocument &d) { return storedTask(d).notes; }},
        {"a target's indicator in the target grid",
         [](MainWindow &w) {
             auto *view = field<QTableView>(w, "TargetTable");
             typeInCell(view, view->model()->index(0, TargetTableModel::IndicatorColumn), QStringLiteral("（老年人）"));
         },
         [](MainWindow &) { return QStringLiteral("重点人群签约率（老年人）"); },
         [](const PlanDocument &d) { return storedTask(d).targets.value(0).indicator; }},
        {"a title cell of the task table",
         [](MainWindow &w) {
             auto *view = field<QTableView>(w, "TaskView");
             typeInCell(view, view->model()->index(0, TaskTableModel::TitleColumn), QStringLiteral("提质"));
         },
         [](MainWindow &) { return QStringLiteral("扩大签约覆盖面提质"); },
         [](const PlanDocument &d) { return storedTask(d).title; }},
    };
}

// Presses an action's key, as the platform defines it, where the focus is.
void pressShortcut(MainWindow &w, const char *action)
{
    auto *a = w.findChild<QAction *>(QLatin1String(action));
    REQUIRE(a);
    REQUIRE(!a->shortcut().isEmpty());
    QTest::keySequence(QApplication::focusWidget(), a->shortcut());
}

// How the clerk leaves the field: each must write what it holds before anything else happens.
struct Ending
{
    const char *name;
    std::function<void(MainWindow &, const QString &other)> leave;
};

QList<Ending> endings()
{
    return {
        {"the Quit key (Ctrl+Q)", [](MainWindow &w, const QString &) { pressShortcut(w, "QuitAction"); }},
        {"the Close key (Ctrl+W)", [](MainWindow &w, const QString &) { pressShortcut(w, "CloseAction"); }},
        {"Ctrl+T (a new task takes the editor)",
         [](MainWindow &w, const QString &) { pressShortcut(w, "AddTaskAction"); }},
        {"opening another plan", [](MainWindow &w, const QString &other) { REQUIRE(w.openFile(other)); }},
        {"a click on another task", [](MainWindow &w, const QString &) {
             QTableView *table = w.taskView();
             const QRect row = table->visualRect(table->model()->index(1, TaskTableModel::TitleColumn));
             QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
         }},
    };
}

QString makePlan(const QTemporaryDir &dir, const QString &name = QStringLiteral("plan.aplan"))
{
    return testutil::smallPlanFile(dir, name);
}

} // namespace

TEST_CASE("Whatever a field holds is in the file after quitting, closing, opening another plan or moving on")
{
    const QList<Field> all = fields();
    const QList<Ending> ways = endings();
    const int f = GENERATE(range(0, 9));
    const int e = GENERATE(range(0, 5));
    REQUIRE(all.size() == 9);
    REQUIRE(ways.size() == 5);
    const Field &what = all.at(f);
    const Ending &how = ways.at(e);
    INFO("field: " << what.name << "; then " << how.name);

    QTemporaryDir dir;
    const QString path = makePlan(dir, QStringLiteral("plan.aplan"));
    const QString other = makePlan(dir, QStringLiteral("other.aplan"));
    MainWindow window;
    REQUIRE(testutil::showActive(&window));
    REQUIRE(window.openFile(path));
    g_task = window.taskEditor()->task();
    REQUIRE(window.document()->plan().tasks.value(g_task).title == QStringLiteral("扩大签约覆盖面"));
    const QString before = what.stored(*window.document());

    what.edit(window);
    const QString shown = what.shown(window);
    REQUIRE(shown != before);  // the keys did change the field
    how.leave(window, path == other ? path : other);

    auto reopened = PlanDocument::open(path, PlanStore::Mode::ReadOnly, nullptr);
    REQUIRE(reopened);
    CHECK(what.stored(*reopened) == shown);
    CHECK(PlanStore::integrityCheck(path) == QStringLiteral("ok"));
}

TEST_CASE("Dates are typed as a clerk types them, in the editor and in the task table, and nonsense changes nothing")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir, QStringLiteral("plan.aplan"));
    MainWindow window;
    REQUIRE(testutil::showActive(&window));
    REQUIRE(window.openFile(path));
    g_task = window.taskEditor()->task();
    auto stored = [&]() {
        auto doc = PlanDocument::open(path, PlanStore::Mode::ReadOnly, nullptr);
        REQUIRE(doc);
        return doc->plan().tasks.value(g_task).deadline;
    };
    QLineEdit *deadline = dateField(window, "TaskDeadline");
    auto retype = [&](const QString &text) {
        focus(deadline);
        QTest::keyClick(deadline, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(deadline, Qt::Key_Delete);
        testutil::type(deadline, text);
        QTest::keyClick(deadline, Qt::Key_Tab);
    };
    const struct
    {
        const char *typed;
        QDate meant;
    } forms[] = {{"2026-06-30", {2026, 6, 30}}, {"2026/9/15", {2026, 9, 15}}, {"2026.10.8", {2026, 10, 8}},
                 {"20261120", {2026, 11, 20}}, {"2026年7月31日", {2026, 7, 31}}, {"6月底", {2026, 6, 30}},
                 {"年底", {2026, 12, 31}}, {"三季度末", {2026, 9, 30}}};
    for (const auto &form : forms) {
        INFO(form.typed);
        retype(QString::fromUtf8(form.typed));
        CHECK(deadline->text() == form.meant.toString(Qt::ISODate));
        CHECK(stored() == form.meant);
    }
    const int steps = window.document()->undoStack()->count();
    retype(QStringLiteral("明天"));
    CHECK(deadline->text() == QStringLiteral("2026-09-30"));
    CHECK(stored() == QDate(2026, 9, 30));
    CHECK(window.document()->undoStack()->count() == steps);
    retype(QString());
    CHECK_FALSE(stored().isValid());

    // In the task table's deadline cell: typing starts the editor, Enter takes the date.
    QTableView *table = window.taskView();
    table->setCurrentIndex(table->model()->index(0, TaskTableModel::DeadlineColumn));
    focus(table);
    testutil::typeIntoFocus(QStringLiteral("2027-06-30"));
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor != table);
    // The editor shows the whole date, not "2027-0".
    CHECK(editor->width() >= editor->fontMetrics().horizontalAdvance(QStringLiteral("2027-06-30")));
    QTest::keyClick(editor, Qt::Key_Return);
    CHECK(stored() == QDate(2027, 6, 30));
    CHECK(table->model()->index(0, TaskTableModel::DeadlineColumn).data().toString() == QStringLiteral("2027-06-30"));
}
