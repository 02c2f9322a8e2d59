#include "editor/outlinedelegate.h"
#include "flows/printerpdf.h"
#include "editor/choicedelegate.h"
#include "editor/optionaldatedelegate.h"
#include "editor/departmentcompleter.h"
#include "editor/departmentdelegate.h"
#include "document/commands.h"
#include "shell/mainwindow.h"
#include "models/sectiontreemodel.h"
#include "models/tasktablemodel.h"
#include "dialogs/printsettingsdialog.h"
#include "../support/answers.h"
#include "../support/keyboard.h"
#include "dialogs/rollforwarddialog.h"
#include "dialogs/reminderdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/reportdialog.h"
#include "widgets/dashboard.h"
#include "models/statustablemodel.h"
#include "models/importreviewmodel.h"
#include "editor/taskeditor.h"
#include "flows/workprogress.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QSettings>
#include <QFontComboBox>
#include <QClipboard>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QTreeWidget>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QSemaphore>

#include <algorithm>
#include <atomic>

#include "print/planprinter.h"

#include "../support/testutil.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace ap;

namespace {

QString makePlan(const QTemporaryDir &dir, const QString &name = QStringLiteral("window.aplan"))
{
    const PlanData content = testutil::smallPlan();
    QString error;
    const QString path = dir.filePath(name);
    REQUIRE(PlanStore::create(path, content.info, &error, nullptr, &content));
    return path;
}

// Actions are found by their objectName, whatever language their text is in.
QAction *action(MainWindow &w, const char *name)
{
    auto *a = w.findChild<QAction *>(QLatin1String(name));
    if (!a)
        FAIL("no action " << name);
    return a;
}

// A shown main window with the small plan open.
struct OpenWindow
{
    QTemporaryDir dir;
    QString path = makePlan(dir);
    MainWindow window;
    OpenWindow()
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openFile(path));
    }
};

} // namespace

TEST_CASE("The window opens a plan, shows its sections and tasks and names the file and year")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    MainWindow w;
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    CHECK(w.windowTitle() == QStringLiteral("AnnualPlan"));
    REQUIRE(w.openFile(path));
    CHECK(w.windowTitle().contains(QStringLiteral("window.aplan")));
    CHECK(w.windowTitle().contains(QStringLiteral("2026")));
    QTreeView *tree = w.sectionView();
    REQUIRE(tree->model()->rowCount() == 2);
    CHECK(tree->model()->index(0, 0).data(SectionTreeModel::LabelRole).toString() == QStringLiteral("一、"));
    CHECK(tree->model()->index(0, 0).data().toString() == QStringLiteral("基层服务"));

    // Choosing a subsection lists its tasks and fills the editor with the first one.
    const QModelIndex family = tree->model()->index(0, 0, tree->model()->index(0, 0));
    tree->setCurrentIndex(family);
    QTableView *table = w.taskView();
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(table->model()->index(0, TaskTableModel::TitleColumn).data().toString() == QStringLiteral("扩大签约覆盖面"));
    CHECK(w.taskEditor()->task() == w.document()->plan().sectionTasks.value(family.internalId()).at(0));
}

TEST_CASE("Keyboard actions add a task and a section, and Undo takes them back from the file too")
{
    OpenWindow f;
    MainWindow &w = f.window;
    const QString path = f.path;
    QTreeView *tree = w.sectionView();
    const QModelIndex second = tree->model()->index(1, 0);
    tree->setCurrentIndex(second);
    tree->setFocus();
    QApplication::processEvents();

    action(w, "AddTaskAction")->trigger();
    QApplication::processEvents();
    CHECK(w.taskView()->model()->rowCount() == 2);
    CHECK(w.document()->plan().tasks.size() == 4);
    // The new title is being edited in place; type a name.
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(qobject_cast<QLineEdit *>(editor));
    // QTest types ASCII only; put the Chinese text in and confirm with the keyboard.
    static_cast<QLineEdit *>(editor)->setText(QStringLiteral("新增工作"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    const Id added = w.document()->plan().sectionTasks.value(second.internalId()).at(1);
    CHECK(w.document()->plan().tasks.value(added).title == QStringLiteral("新增工作"));
    CHECK(w.document()->plan().tasks.value(added).deadline == QDate(2026, 12, 31));

    tree->setFocus();
    tree->setCurrentIndex(tree->model()->index(1, 0));
    action(w, "AddSectionAction")->trigger();
    QApplication::processEvents();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK(tree->model()->rowCount() == 3);
    CHECK(w.document()->undoStack()->count() == 3);

    QUndoStack *stack = w.document()->undoStack();
    QTest::keySequence(&w, QKeySequence::Undo);
    QTest::keySequence(&w, QKeySequence::Undo);
    QTest::keySequence(&w, QKeySequence::Undo);
    QApplication::processEvents();
    CHECK(stack->index() == 0);
    CHECK(tree->model()->rowCount() == 2);
    w.close();

    auto reopened = PlanDocument::open(path, PlanStore::Mode::ReadOnly, nullptr);
    REQUIRE(reopened);
    CHECK(reopened->plan().tasks.size() == 3);
    CHECK(reopened->plan().sections.size() == 4);
}

TEST_CASE("The task editor commits a field when editing finishes, as one undo step")
{
    OpenWindow f;
    MainWindow &w = f.window;
    const QString path = f.path;
    QTreeView *tree = w.sectionView();
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    TaskEditor *editor = w.taskEditor();
    const Id task = editor->task();
    REQUIRE(task != 0);
    QList<QLineEdit *> edits = editor->findChildren<QLineEdit *>();
    QLineEdit *title = nullptr;
    for (QLineEdit *e : edits)
        if (e->text() == QStringLiteral("扩大签约覆盖面"))
            title = e;
    REQUIRE(title);
    title->setFocus();
    title->setText(QStringLiteral("签约服务扩面提质"));
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(w.document()->plan().tasks.value(task).title == QStringLiteral("签约服务扩面提质"));
    CHECK(w.document()->undoStack()->count() == 1);
    w.document()->undoStack()->undo();
    CHECK(title->text() == QStringLiteral("扩大签约覆盖面"));
}

TEST_CASE("A read-only plan opens for viewing with editing actions disabled")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
    const QByteArray before = testutil::sha256(path);
    {
        MainWindow w;
        w.show();
        REQUIRE(w.openFile(path));
        CHECK(w.document()->isReadOnly());
        CHECK(w.windowTitle().contains(QStringLiteral("read-only")));
        CHECK_FALSE(action(w, "AddSectionAction")->isEnabled());
        CHECK_FALSE(action(w, "AddTaskAction")->isEnabled());
        w.close();
    }
    CHECK(testutil::sha256(path) == before);
}

TEST_CASE("A message in the status bar is never drawn over the plan's summary, even when a button of the bar shows or hides meanwhile")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    REQUIRE(w.openFile(path));
    auto *summary = w.findChild<QLabel *>(QStringLiteral("PlanSummaryLabel"));
    REQUIRE(summary);
    QTRY_VERIFY(summary->isVisible());
    w.statusBar()->showMessage(QStringLiteral("a message"), 60000);
    CHECK_FALSE(summary->isVisible());
    // The bar lays itself out again (a permanent button of it shown and hidden): the summary stays
    // under the message (the layout would show it again, drawn over the message's text).
    auto *outbox = w.findChild<QToolButton *>(QStringLiteral("OutboxButton"));
    REQUIRE(outbox);
    // (The bar's new layout is a posted event, and the summary's showing a queued call: both run here.)
    outbox->show();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    outbox->hide();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    CHECK_FALSE(summary->isVisible());
    CHECK(w.statusBar()->currentMessage() == QStringLiteral("a message"));
    // The message gone, the summary is back.
    w.statusBar()->clearMessage();
    CHECK(summary->isVisible());
    CHECK_FALSE(summary->text().isEmpty());
}

TEST_CASE("A file that is not a plan is refused and the window stays on the welcome page")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.aplan"));
    REQUIRE(testutil::writeAll(path, "just some notes"));
    MainWindow w;
    w.show();
    // The message box is modal; close it as soon as it appears.
    QTimer::singleShot(0, [&]() {
        for (QWidget *top : QApplication::topLevelWidgets())
            if (top->inherits("QMessageBox"))
                top->close();
    });
    QTimer::singleShot(200, [&]() {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    CHECK_FALSE(w.openFile(path));
    CHECK(w.document() == nullptr);
    CHECK(testutil::readAll(path) == "just some notes");
}

TEST_CASE("Tab and Shift+Tab on the section tree indent and outdent, Alt+Down moves, each one undo step")
{
    OpenWindow f;
    MainWindow &w = f.window;
    const QString path = f.path;
    QTreeView *tree = w.sectionView();
    const PlanData &plan = w.document()->plan();
    const Id first = plan.childSections.value(0).at(0), second = plan.childSections.value(0).at(1);
    tree->setCurrentIndex(tree->model()->index(1, 0));
    tree->setFocus();
    QApplication::processEvents();
    QTest::keyClick(tree, Qt::Key_Tab);
    CHECK(plan.sections.value(second).parentId == first);
    CHECK(w.document()->sectionLabel(second) == QStringLiteral("（三）"));
    QTest::keyClick(tree, Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(plan.sections.value(second).parentId == 0);
    CHECK(w.document()->sectionLabel(second) == QStringLiteral("二、"));
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
    CHECK(plan.childSections.value(0) == (QList<Id>{second, first}));
    CHECK(w.document()->undoStack()->count() == 3);
}

TEST_CASE("Copy and paste of tasks go through the clipboard as tab-separated rows")
{
    OpenWindow f;
    MainWindow &w = f.window;
    const QString path = f.path;
    QTreeView *tree = w.sectionView();
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    QTableView *table = w.taskView();
    table->setFocus();
    table->selectAll();
    QApplication::processEvents();
    QTest::keySequence(table, QKeySequence::Copy);
    const QString copied = QApplication::clipboard()->text();
    CHECK(copied.startsWith(QStringLiteral("序号\t工作任务")));
    CHECK(copied.contains(QStringLiteral("扩大签约覆盖面")));

    tree->setCurrentIndex(tree->model()->index(1, 0));
    table->setFocus();
    QApplication::clipboard()->setText(QStringLiteral("工作任务\t完成时限\n新粘贴的任务\t2026-11-30\n"));
    QTest::keySequence(table, QKeySequence::Paste);
    const Id quality = w.document()->plan().childSections.value(0).at(1);
    REQUIRE(w.document()->plan().sectionTasks.value(quality).size() == 2);
    CHECK(table->model()->rowCount() == 2);
    CHECK(w.document()->undoStack()->count() == 1);
}

TEST_CASE("Department names complete one after another from the registry")
{
    testutil::DocumentFixture f;
    QLineEdit edit;
    auto *completer = new DepartmentCompleter(f.doc.get(), &edit);
    edit.setCompleter(completer);
    edit.setText(QStringLiteral("区卫健委、区财"));
    CHECK(completer->splitPath(edit.text()) == QStringList{QStringLiteral("区财")});
    completer->setCompletionPrefix(QStringLiteral("区财"));
    REQUIRE(completer->completionCount() == 1);
    CHECK(completer->pathFromIndex(completer->currentIndex()) == QStringLiteral("区卫健委、区财政局"));
    f.stack()->push(new AddDepartmentCommand(f.doc.get(), Department{0, QStringLiteral("区财政所"), QString(), 0}, 3));
    completer->setCompletionPrefix(QStringLiteral("区财"));
    CHECK(completer->completionCount() == 2);
}

TEST_CASE("A task's deadline can be cleared and set again through the date cell editor")
{
    OpenWindow f;
    QTreeView *tree = f.window.sectionView();
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    QAbstractItemModel *model = f.window.taskView()->model();
    const QModelIndex cell = model->index(0, TaskTableModel::DeadlineColumn);
    OptionalDateDelegate delegate;
    std::unique_ptr<QWidget> editor(delegate.createEditor(f.window.taskView()->viewport(), {}, cell));
    auto *dateEdit = qobject_cast<OptionalDateEdit *>(editor.get());
    REQUIRE(dateEdit);
    delegate.setEditorData(dateEdit, cell);
    CHECK(dateEdit->date() == QDate(2026, 12, 31));
    dateEdit->setDate(QDate());
    delegate.setModelData(dateEdit, model, cell);
    CHECK(cell.data().toString().isEmpty());
    dateEdit->setDate(QDate(2026, 10, 15));
    delegate.setModelData(dateEdit, model, cell);
    CHECK(cell.data().toString() == QStringLiteral("2026-10-15"));
    CHECK(f.window.document()->undoStack()->count() == 2);
}

TEST_CASE("The print settings dialog returns the fonts, parts and columns it shows")
{
    PrintOptions in;
    in.parts = PrintOptions::Plan | PrintOptions::Annex;
    in.annexColumns = {PrintOptions::TaskTitle, PrintOptions::Deadline};
    PrintSettingsDialog dialog(in);
    const PrintOptions out = dialog.options();
    CHECK(out.parts == in.parts);
    CHECK(out.annexColumns == in.annexColumns);
    CHECK_FALSE(out.fonts.body.isEmpty());
    const auto boxes = dialog.findChildren<QCheckBox *>();
    for (QCheckBox *b : boxes)
        if (b->text() == QStringLiteral("配合单位"))
            b->setChecked(true);
    CHECK(dialog.options().annexColumns.contains(PrintOptions::Support));
    // The baseline wording is a setting of its own and comes back as shown.
    auto *targets = dialog.findChild<QCheckBox *>(QStringLiteral("LastYearTargetsBox"));
    REQUIRE(targets);
    CHECK(dialog.options().lastYearTargets == BaselineWording::SayTarget);
    targets->setChecked(false);
    CHECK(dialog.options().lastYearTargets == BaselineWording::LeaveOutTargets);
}

TEST_CASE("A font typed into Print Settings for the annex tables is the clerk's and kept; the other roles follow what is installed")
{
    QSettings().remove(QStringLiteral("print"));
    const PrintFonts automatic = PrintFonts::defaults();
    // The dialog as File ▸ Print Settings shows it (PrintFlow: what it is accepted with is saved).
    PrintSettingsDialog d(PrintOptions::fromSettings());
    REQUIRE(testutil::showActive(&d));
    // A row for each role, showing the font chosen for it at print time.
    for (int r = 0; r < PrintFonts::RoleCount; ++r) {
        auto *combo = d.findChild<QFontComboBox *>(QStringLiteral("FontRole%1").arg(r));
        REQUIRE(combo);
        CHECK(combo->currentFont().family() == automatic.family(PrintFonts::Role(r)));
    }
    auto *table = d.findChild<QFontComboBox *>(QStringLiteral("FontRole%1").arg(int(PrintFonts::Table)));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    testutil::type(table, QStringLiteral("AR PL UKai CN"));
    // Return takes the font typed, in the completion list where it shows, else in the field (which
    // also accepts the dialog); then Return accepts it.
    QWidget *popup = QApplication::activePopupWidget();
    QTest::keyClick(popup ? popup : table->lineEdit(), Qt::Key_Return);
    CHECK(table->currentFont().family() == QStringLiteral("AR PL UKai CN"));
    if (d.isVisible())
        QTest::keyClick(table->lineEdit(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&d] { return !d.isVisible(); }, 60000));
    REQUIRE(d.result() == QDialog::Accepted);
    d.options().save();
    const PrintOptions saved = PrintOptions::fromSettings();
    CHECK(saved.fonts.table == QStringLiteral("AR PL UKai CN"));
    CHECK(saved.fonts.body == automatic.body);
    CHECK(saved.fonts.title == automatic.title);
    // Only the clerk's choice is stored: a 公文 font installed later still takes the other roles.
    QSettings s;
    CHECK(s.contains(QStringLiteral("print/fontRoles/table")));
    CHECK_FALSE(s.contains(QStringLiteral("print/fontRoles/body")));
    QSettings().remove(QStringLiteral("print"));
}

TEST_CASE("Print settings name each 公文 font that is missing and the font printed instead")
{
    const QList<PrintFonts::Substitute> subs = PrintFonts::substitutes();
    PrintSettingsDialog dialog{PrintOptions()};
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("FontNotice"));
    // A machine with every 公文 font has nothing to say; one without names each and its stand-in.
    CHECK((notice != nullptr) == !subs.isEmpty());
    for (const PrintFonts::Substitute &s : subs) {
        REQUIRE(notice);
        CHECK(notice->text().contains(s.wanted));
        CHECK(notice->text().contains(s.used));
    }
    // How to install them is one button away.
    CHECK((dialog.findChild<QPushButton *>(QStringLiteral("FontHelpButton")) != nullptr) == !subs.isEmpty());
    if (!subs.isEmpty())
        CHECK(PrintSettingsDialog::fontNotice().contains(QStringLiteral("~/.local/share/fonts")));
}

TEST_CASE("Printing and print preview paint the same pages as the PDF export")
{
    testutil::DocumentFixture f;
    const QString exported = f.dir.filePath(QStringLiteral("export.pdf"));
    QString error;
    REQUIRE(PlanPrinter(*f.doc, PrintOptions{}).writePdf(exported, &error));
    // The preview and the print dialog hand PlanPrinter::paint a QPrinter; print one to a file.
    const QString printed = f.dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    int pages = 0;
    printOn(printer, [&](QPagedPaintDevice *device) { pages = PlanPrinter(*f.doc, PrintOptions{}).paint(device); });
    auto text = [](const QString &pdf) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        REQUIRE(p.waitForFinished(30000));
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    CHECK(pages >= 3);
    CHECK(text(printed) == text(exported));
}

TEST_CASE("The roll-forward dialog lists each mention of the old year and leaves out the declined ones")
{
    PlanData last = testutil::smallPlan();
    last.tasks[100].description = QStringLiteral("到2026年底完成，2026年数据为基数");
    RollForwardDialog dialog(last, ReportLog());
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("YearReplacements"));
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() == 3);  // the plan title and two in the description
    CHECK(dialog.options().year == 2027);
    list->topLevelItem(2)->setCheckState(0, Qt::Unchecked);  // the baseline year stays
    const PlanData next = dialog.result();
    CHECK(next.info.title == QStringLiteral("2027年测试工作计划"));
    CHECK(next.tasks.value(100).description == QStringLiteral("到2027年底完成，2026年数据为基数"));
    CHECK(next.tasks.value(100).deadline == QDate(2027, 12, 31));
    auto *keep = dialog.findChild<QCheckBox *>();
    REQUIRE(keep);
    keep->setChecked(false);
    CHECK_FALSE(dialog.result().tasks.value(100).targets.at(0).value.has_value());
}

TEST_CASE("An imported document is reviewed, corrected and added to the open plan as one undo step")
{
    OpenWindow o;
    const PlanData before = o.window.document()->plan();
    const QString doc = QStringLiteral(ANNUALPLAN_TEST_DATA "/import/qinghe-2027.txt");
    bool reviewed = false;
    // The document is read on a thread of its own; the review comes once it has been.
    testutil::Answers answers;
    answers.then<ImportReviewDialog>([&](ImportReviewDialog *dialog) {
        reviewed = true;
        ImportReviewModel *model = dialog->model();
        REQUIRE(model->rowCount() == 21);
        // Leave out the last top-level section (四、 and its task) and rename the first task.
        int last = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, ImportReviewModel::ItemColumn).data(Qt::EditRole).toString() == QStringLiteral("四、"))
                last = r;
        REQUIRE(last > 0);
        REQUIRE(model->setData(model->index(last, ImportReviewModel::ItemColumn), Qt::Unchecked, Qt::CheckStateRole));
        CHECK_FALSE(model->isIncluded(last + 1));
        REQUIRE(model->setData(model->index(2, ImportReviewModel::TitleColumn), QStringLiteral("扩大重点人群签约")));
        // Selecting a row shows its text in the source pane.
        dialog->view()->selectRow(2);
        CHECK(dialog->sourceView()->textCursor().selectedText().startsWith(QStringLiteral("1．扩大")));
        auto *add = dialog->findChild<QPushButton *>(QStringLiteral("AddToPlanButton"));
        REQUIRE(add);
        add->click();
    });
    o.window.importFile(doc);
    CHECK(answers.allAnswered());
    REQUIRE(reviewed);
    const PlanData &after = o.window.document()->plan();
    CHECK(after.childSections.value(0).size() == before.childSections.value(0).size() + 3);
    CHECK(after.tasks.size() == before.tasks.size() + 12);
    bool renamed = false;
    for (const Task &t : after.tasks)
        renamed = renamed || t.title == QStringLiteral("扩大重点人群签约");
    CHECK(renamed);
    CHECK(o.window.document()->undoStack()->count() == 1);
    o.window.document()->undoStack()->undo();
    CHECK(o.window.document()->plan().tasks.size() == before.tasks.size());
    CHECK(o.window.document()->plan().departments.size() == before.departments.size());
}

TEST_CASE("Esc while a PDF is read stops its reading at the next page: no review, nothing added, and the window says so")
{
    OpenWindow o;
    const QString pdf = o.dir.filePath(QStringLiteral("去年的计划.pdf"));
    QString error;
    REQUIRE(PlanPrinter(*o.window.document(), PrintOptions{}).writePdf(pdf, &error));
    // The reading waits at its first page until Esc was handled on its bar, whatever the
    // machine's speed, and notes every page it was told of and whether it was asked to stop (in
    // state of its own: the reading may go on past the test's return).
    struct Seen
    {
        QSemaphore go;
        std::atomic<int> pages{0};
        std::atomic<bool> stopAsked{false};
    };
    auto seen = std::make_shared<Seen>();
    WorkProgress::setReportHookForTests([seen](const WorkProgress &progress) {
        ++seen->pages;
        if (seen->go.tryAcquire(1, 60000))
            seen->go.release();
        if (progress.stopRequested())
            seen->stopAsked = true;
    });
    const auto unhook = qScopeGuard([] { WorkProgress::setReportHookForTests({}); });
    bool reviewed = false;
    testutil::Answers answers;
    answers.then<QProgressDialog>([seen](QProgressDialog *bar) {
        QTest::keyClick(bar, Qt::Key_Escape);
        seen->go.release();
    });
    answers.then<ImportReviewDialog>([&](ImportReviewDialog *dialog) {
        reviewed = true;
        dialog->reject();
    });
    o.window.importFile(pdf);
    // The reading, let go, hears the stop at the page it was held at and reads no other.
    REQUIRE(QTest::qWaitFor([seen] { return seen->stopAsked.load(); }, 60000));
    CHECK(seen->pages == 1);
    CHECK_FALSE(reviewed);
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(o.window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    CHECK(o.window.document()->undoStack()->count() == 0);
}

TEST_CASE("A document that cannot be read is reported and nothing is added")
{
    OpenWindow o;
    const QString bad = o.dir.filePath(QStringLiteral("broken.docx"));
    REQUIRE(testutil::writeAll(bad, QByteArray("PK\x03\x04 broken")));
    QString shown;
    testutil::Answers answers;
    answers.then<QMessageBox>([&](QMessageBox *box) {
        shown = box->text();
        box->close();
    });
    o.window.importFile(bad);
    CHECK(answers.allAnswered());
    CHECK(shown.contains(QStringLiteral("broken.docx")));
    CHECK(o.window.document()->undoStack()->count() == 0);
}

TEST_CASE("Pasted plan text goes through the same review and is added as one step")
{
    OpenWindow o;
    const int before = int(o.window.document()->plan().tasks.size());
    QTimer::singleShot(0, [&]() {
        auto *dialog = qobject_cast<ImportReviewDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        CHECK(dialog->model()->rowCount() == 3);
        dialog->findChild<QPushButton *>(QStringLiteral("AddToPlanButton"))->click();
    });
    o.window.importText(QStringLiteral("一、急救体系\n1.新增急救站点4个。\n2.城区急救平均反应时间缩短至12分钟以内。\n"),
                        QStringLiteral("test"));
    CHECK(int(o.window.document()->plan().tasks.size()) == before + 2);
}

TEST_CASE("The report dialog shows what each indicator owes by the period's end, and takes the year's final values with the last period")
{
    OpenWindow o;
    PlanDocument *doc = o.window.document();
    Task task;
    for (const Task &t : doc->plan().tasks)
        if (t.title == QStringLiteral("扩大签约覆盖面"))
            task = t;
    REQUIRE(task.id);
    // 重点人群签约率: 80% due by June, 85% for the year.
    task.targets[0].milestones = {{80.0, QDate(2026, 6, 30)}};
    doc->undoStack()->push(new EditTaskCommand(doc, task));
    {
        ReportDialog dialog(*doc, task.id, QStringLiteral("2026Q2"));
        REQUIRE_FALSE(dialog.actualEdits().isEmpty());
        CHECK(dialog.actualEdits().first()->placeholderText().contains(QStringLiteral("80%")));
        CHECK(dialog.actualEdits().first()->placeholderText().contains(QStringLiteral("2026-06-30")));
        auto *yearEnd = dialog.findChild<QCheckBox *>(QStringLiteral("YearEndBox"));
        REQUIRE(yearEnd);
        CHECK_FALSE(yearEnd->isEnabled());   // not with the second quarter
        CHECK_FALSE(dialog.report().yearEnd);
    }
    {
        ReportDialog dialog(*doc, task.id, QStringLiteral("2026Q4"));
        CHECK(dialog.actualEdits().first()->placeholderText().contains(QStringLiteral("85%")));
        auto *yearEnd = dialog.findChild<QCheckBox *>(QStringLiteral("YearEndBox"));
        REQUIRE(yearEnd->isEnabled());
        yearEnd->setChecked(true);
        dialog.actualEdits().first()->setText(QStringLiteral("86"));
        const ProgressReport c = dialog.report();
        CHECK(c.yearEnd);
        doc->undoStack()->push(new AddReportCommand(doc, c));
    }
    CHECK(doc->reports().yearEndActual(task.id, task.targets.at(0).id) == 86.0);
    // Opened again on the fourth quarter, the report says it is the year's.
    ReportDialog again(*doc, task.id, QStringLiteral("2026Q4"));
    CHECK(again.findChild<QCheckBox *>(QStringLiteral("YearEndBox"))->isChecked());
}

TEST_CASE("催报 lists who has not reported for the period, follows reports as they come in, and copies the notice")
{
    OpenWindow o;
    PlanDocument *doc = o.window.document();
    ReminderDialog dialog(*doc, QStringLiteral("2026Q2"), PrintFonts::defaults());
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("ReminderList"));
    REQUIRE(list);
    const int departments = list->topLevelItemCount();
    REQUIRE(departments > 0);
    int tasks = 0;
    for (int i = 0; i < departments; ++i)
        tasks += list->topLevelItem(i)->childCount();
    CHECK(tasks == int(doc->plan().tasks.size()));   // nothing reported yet
    // A report that comes in takes its task off the list at once.
    const Id first = doc->plan().sectionTasks.value(doc->plan().sectionsInOrder().value(1)).value(0);
    ProgressReport c;
    c.taskId = first;
    c.period = QStringLiteral("2026Q2");
    c.status = TaskStatus::InProgress;
    doc->undoStack()->push(new AddReportCommand(doc, c));
    int after = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        after += list->topLevelItem(i)->childCount();
    CHECK(after == tasks - 1);
    // The notice to the department chosen goes to the clipboard, addressed to it and naming its
    // tasks (its words are tst_bulletinprinter's to check).
    list->setCurrentItem(list->topLevelItem(0));
    REQUIRE(dialog.currentDepartment() != 0);
    QApplication::clipboard()->clear();
    dialog.findChild<QPushButton *>(QStringLiteral("CopyNoticeButton"))->click();
    const QString notice = QApplication::clipboard()->text();
    CHECK(notice.contains(doc->plan().department(dialog.currentDepartment())->name + QStringLiteral("：")));
    REQUIRE(list->topLevelItem(0)->childCount() > 0);
    const QString taskRow = list->topLevelItem(0)->child(0)->text(0);   // "place title"
    CHECK(notice.contains(taskRow.section(QLatin1Char(' '), 1)));
}

TEST_CASE("Progress is reported through the report dialog, a second report is a correction, and the dashboard shows it")
{
    OpenWindow o;
    PlanDocument *doc = o.window.document();
    const Id task = [&] {
        for (const Task &t : doc->plan().tasks)
            if (t.title == QStringLiteral("扩大签约覆盖面"))
                return t.id;
        return Id(0);
    }();
    {
        ReportDialog dialog(*doc, task, QStringLiteral("2026Q2"));
        dialog.percentBox()->setValue(40);
        dialog.progressEdit()->setPlainText(QStringLiteral("已签约3.2万人"));
        REQUIRE_FALSE(dialog.actualEdits().isEmpty());
        dialog.actualEdits().first()->setText(QStringLiteral("82"));
        CHECK_FALSE(dialog.reasonEdit()->isVisible());
        const ProgressReport c = dialog.report();
        CHECK(c.period == QStringLiteral("2026Q2"));
        CHECK(c.percent == 40.0);
        CHECK(c.actuals.size() == 1);
        CHECK(c.departmentId != 0);
        doc->undoStack()->push(new AddReportCommand(doc, c));
    }
    {
        ReportDialog dialog(*doc, task, QStringLiteral("2026Q2"));
        dialog.show();
        // The form starts from the existing report; saving needs a reason.
        CHECK(dialog.percentBox()->value() == 40.0);
        CHECK(dialog.reasonEdit()->isVisible());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled());
        dialog.reasonEdit()->setText(QStringLiteral("数据核实后更正"));
        CHECK(ok->isEnabled());
        dialog.percentBox()->setValue(45);
        const ProgressReport c = dialog.report();
        CHECK(c.supersedesId != 0);
        doc->undoStack()->push(new AddReportCommand(doc, c));
    }
    CHECK(doc->reports().currentFor(task, QStringLiteral("2026Q2"))->percent == 45.0);
    CHECK(doc->reports().entries.size() == 2);

    // The dashboard is built when first shown (F9), not when the plan opens.
    CHECK_FALSE(o.window.findChild<Dashboard *>());
    action(o.window, "DashboardAction")->trigger();
    auto *dashboard = o.window.findChild<Dashboard *>();
    REQUIRE(dashboard);
    dashboard->dateEdit()->setDate(QDate(2026, 7, 1));
    QCoreApplication::processEvents();
    CHECK(dashboard->countsLabel()->text().contains(QStringLiteral("overdue")));
    // The department view lists what the chosen department leads or supports.
    dashboard->departmentBox()->setCurrentIndex(0);
    CHECK(dashboard->departmentModel()->rowCount() > 0);
    QAbstractItemModelTester tester(dashboard->alertModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    bool signalled = false;
    QObject::connect(dashboard, &Dashboard::taskActivated, [&](Id id) { signalled = id != 0; });
    auto *alerts = dashboard->findChild<QTableView *>(QStringLiteral("AlertView"));
    REQUIRE(alerts);
    if (alerts->model()->rowCount() > 0) {
        Q_EMIT alerts->doubleClicked(alerts->model()->index(0, 0));
        CHECK(signalled);
    }
}

TEST_CASE("The dashboard's lists are sorted once as shown, and their columns hold their words, also after the day changes")
{
    OpenWindow o;
    o.window.resize(1366, 768);   // the clerk's screen
    QCoreApplication::processEvents();
    QTest::keyClick(&o.window, Qt::Key_F9);
    auto *dashboard = o.window.findChild<Dashboard *>();
    REQUIRE(dashboard);
    REQUIRE(dashboard->isVisible());
    auto *alerts = dashboard->findChild<QTableView *>(QStringLiteral("AlertView"));
    auto *byDepartment = dashboard->findChild<QTableView *>(QStringLiteral("DepartmentView"));
    REQUIRE(alerts);
    REQUIRE(byDepartment);
    // The alerts by warning (the sort indicator shows it); a department's work in the outline's order.
    CHECK(alerts->horizontalHeader()->sortIndicatorSection() == StatusTableModel::WarningColumn);
    for (int r = 1; r < alerts->model()->rowCount(); ++r)
        CHECK(alerts->model()->index(r - 1, StatusTableModel::WarningColumn).data(StatusTableModel::SortRole).toInt()
              <= alerts->model()->index(r, StatusTableModel::WarningColumn).data(StatusTableModel::SortRole).toInt());
    for (int r = 0; r < byDepartment->model()->rowCount(); ++r)
        CHECK(byDepartment->model()->index(r, 0).data(StatusTableModel::TaskIdRole)
              == dashboard->departmentModel()->index(r, 0).data(StatusTableModel::TaskIdRole));
    // Every shown column at least as wide as each of its words in view (none cut to "…").
    auto wholeWords = [](QTableView *view) {
        bool whole = true;
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            if (view->isColumnHidden(c) || c == StatusTableModel::TitleColumn)   // the title takes what is left
                continue;
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                const QString text = view->model()->index(r, c).data().toString();
                const int needed = view->fontMetrics().horizontalAdvance(text);
                if (view->columnWidth(c) < needed) {
                    UNSCOPED_INFO("column " << c << " row " << r << ": " << text.toStdString());
                    whole = false;
                }
            }
        }
        return whole;
    };
    // The task's title takes what the other columns leave: all of them within the list's width.
    auto fitsWidth = [](QTableView *view) {
        int sum = 0;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            sum += view->isColumnHidden(c) ? 0 : view->columnWidth(c);
        UNSCOPED_INFO("columns " << sum << " in " << view->viewport()->width());
        return sum <= view->viewport()->width() + 1 && view->columnWidth(StatusTableModel::TitleColumn) > 0;
    };
    CHECK(alerts->model()->rowCount() > 0);
    CHECK(wholeWords(alerts));
    CHECK(wholeWords(byDepartment));
    CHECK(fitsWidth(alerts));
    CHECK(fitsWidth(byDepartment));
    // The day moved to the year's end, while shown: the lists change and their columns fit again.
    dashboard->dateEdit()->setDate(QDate(2026, 12, 31));
    QCoreApplication::processEvents();
    CHECK(wholeWords(alerts));
    CHECK(wholeWords(byDepartment));
    CHECK(fitsWidth(alerts));
    CHECK(fitsWidth(byDepartment));

    // A click on 完成时限's header sorts the alerts by it, a second click the other way.
    QHeaderView *header = alerts->horizontalHeader();
    const QPoint deadlineHeader(header->sectionViewportPosition(StatusTableModel::DeadlineColumn)
                                    + header->sectionSize(StatusTableModel::DeadlineColumn) / 2,
                                header->height() / 2);
    auto deadlines = [alerts] {
        QList<QDate> out;
        for (int r = 0; r < alerts->model()->rowCount(); ++r)
            out << QDate::fromString(alerts->model()->index(r, StatusTableModel::DeadlineColumn).data().toString(), Qt::ISODate);
        return out;
    };
    REQUIRE(alerts->model()->rowCount() > 1);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, deadlineHeader);
    CHECK(header->sortIndicatorSection() == StatusTableModel::DeadlineColumn);
    QList<QDate> days = deadlines();
    CHECK(std::is_sorted(days.cbegin(), days.cend()));
    CHECK(days.first() < days.last());   // the sample's alerts fall due on different days
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, deadlineHeader);
    days = deadlines();
    CHECK(std::is_sorted(days.crbegin(), days.crend()));
}

TEST_CASE("Edits while another page is shown cost the dashboard nothing, and it shows them when it comes back")
{
    OpenWindow o;
    QTest::keyClick(&o.window, Qt::Key_F9);
    auto *dashboard = o.window.findChild<Dashboard *>();
    REQUIRE(dashboard);
    const int tasks = int(o.window.document()->plan().tasks.size());
    CHECK(dashboard->countsLabel()->text().startsWith(QStringLiteral("%1 tasks").arg(tasks)));
    QTest::keyClick(&o.window, Qt::Key_F9);   // back to editing
    REQUIRE_FALSE(dashboard->isVisible());
    // A task added in the editor: the dashboard's lists are only dropped, not computed again.
    o.window.sectionView()->setCurrentIndex(o.window.sectionView()->model()->index(1, 0));
    action(o.window, "AddTaskAction")->trigger();
    QCoreApplication::processEvents();
    REQUIRE(int(o.window.document()->plan().tasks.size()) == tasks + 1);
    CHECK(dashboard->alertModel()->isStale());
    CHECK(dashboard->alertModel()->rowCount() == 0);
    CHECK(dashboard->countsLabel()->text().startsWith(QStringLiteral("%1 tasks").arg(tasks)));
    // Shown again, it has the new task.
    QTest::keyClick(&o.window, Qt::Key_F9);
    REQUIRE(dashboard->isVisible());
    CHECK_FALSE(dashboard->alertModel()->isStale());
    CHECK(dashboard->countsLabel()->text().startsWith(QStringLiteral("%1 tasks").arg(tasks + 1)));
    // While it is shown, a change reaches it once the event loop turns.
    action(o.window, "UndoAction")->trigger();
    QCoreApplication::processEvents();
    CHECK(dashboard->countsLabel()->text().startsWith(QStringLiteral("%1 tasks").arg(tasks)));
}
