// What the window tells the clerk, driven with real keys: the plan's own title, read-only said
// as such, a progress report visible in the task's row and editor at once, short undo buttons,
// recent plans by title with the last one an Enter away, and a single copied value pasted into
// the current cell rather than as a new task.
#include "dialogs/reportdialog.h"
#include "dialogs/importdialog.h"
#include "document/commands.h"
#include "document/planedits.h"
#include "shell/mainwindow.h"
#include "print/planprinter.h"
#include "widgets/optionaldateedit.h"
#include "dialogs/planpropertiesdialog.h"
#include "dialogs/departmentdialog.h"
#include "models/importreviewmodel.h"
#include "models/tasktablemodel.h"
#include "editor/checkpanel.h"
#include "editor/taskeditor.h"

#include "../support/answers.h"
#include "../support/keyboard.h"
#include "../support/testutil.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QListWidget>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QWindow>

using namespace ap;

namespace {

QString makePlan(const QTemporaryDir &dir, const QString &name = QStringLiteral("plan.aplan"))
{
    return testutil::smallPlanFile(dir, name);
}

struct Shown
{
    MainWindow window;
    Shown() { REQUIRE(testutil::showActive(&window)); }
};

QAction *action(MainWindow &w, const char *name)
{
    auto *a = w.findChild<QAction *>(QLatin1String(name));
    REQUIRE(a);
    return a;
}

// File ▸ Import's file dialog answered with path, as the clerk types it and presses Open.
void chooseFile(testutil::Answers &answers, const QString &path)
{
    answers.then<QFileDialog>([path](QFileDialog *d) {
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        REQUIRE(name);
        name->setText(path);
        static_cast<QDialog *>(d)->accept();
    });
}

// File ▸ Import (Ctrl+Shift+I) of path, its review answered with Add to the Open Plan; the
// review's row count, or -1 when a dialog went unanswered.
int importIntoOpenPlan(MainWindow &window, const QString &path)
{
    testutil::Answers answers;
    int rows = -1;
    chooseFile(answers, path);
    answers.then<ImportReviewDialog>([&](ImportReviewDialog *d) {
        rows = d->model()->rowCount();
        auto *add = d->findChild<QPushButton *>(QStringLiteral("AddToPlanButton"));
        REQUIRE(add);
        add->click();
    });
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    return answers.allAnswered() ? rows : -1;
}

} // namespace

TEST_CASE("The title names the plan by its own title, and a read-only plan says it cannot be changed")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    {
        Shown s;
        REQUIRE(s.window.openFile(path));
        CHECK(s.window.windowTitle().startsWith(QStringLiteral("2026年测试工作计划")));
        CHECK(s.window.windowTitle().contains(QStringLiteral("plan.aplan")));
        CHECK(s.window.statusBar()->findChildren<QLabel *>().first()->text().contains(QStringLiteral("saved")));
    }
    Shown s;
    REQUIRE(s.window.openFile(path, PlanStore::Mode::ReadOnly));
    CHECK(s.window.windowTitle().contains(QStringLiteral("read-only")));
    bool said = false;
    for (QLabel *l : s.window.statusBar()->findChildren<QLabel *>()) {
        CHECK_FALSE(l->text().contains(QStringLiteral("saved at once")));
        said = said || l->text().contains(QStringLiteral("nothing can be changed"));
    }
    CHECK(said);
}

TEST_CASE("A progress report entered with Ctrl+R shows in the task's row and in the editor at once")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    Shown s;
    REQUIRE(s.window.openFile(path));
    QTableView *table = s.window.taskView();
    table->setFocus();
    bool filled = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ReportDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        // Percent complete: the first spin box; typed as a clerk would, then OK.
        auto *percent = dialog->findChildren<QAbstractSpinBox *>().first();
        percent->setFocus();
        QTest::keyClick(percent, Qt::Key_A, Qt::ControlModifier);
        testutil::type(percent, QStringLiteral("55"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        filled = true;
    });
    QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
    REQUIRE(filled);
    const QString row = table->model()->index(0, TaskTableModel::ProgressColumn).data().toString();
    INFO(row.toStdString());
    CHECK(row.contains(QStringLiteral("55%")));
    auto *label = s.window.taskEditor()->findChild<QLabel *>(QStringLiteral("TaskProgress"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("55%")));
}

TEST_CASE("Undo and Redo keep short words on the toolbar whatever the edit was called")
{
    QTemporaryDir dir;
    Shown s;
    REQUIRE(s.window.openFile(makePlan(dir)));
    QTreeView *tree = s.window.sectionView();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);   // a new section, in rename
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    REQUIRE(s.window.document()->undoStack()->canUndo());
    auto *bar = s.window.findChild<QToolBar *>(QStringLiteral("MainToolBar"));
    REQUIRE(bar);
    QStringList texts;
    for (QToolButton *b : bar->findChildren<QToolButton *>())
        texts << b->text();
    CHECK(texts.contains(QStringLiteral("Undo")));
    for (const QString &t : texts)
        CHECK(t.size() <= 20);
}

TEST_CASE("Recent plans are listed by title, and the last one opens with Enter from the welcome page")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = makePlan(dir, QStringLiteral("last.aplan"));
    {
        Shown s;
        REQUIRE(s.window.openFile(path));
        QTest::keySequence(QApplication::focusWidget(), action(s.window, "CloseAction")->shortcut());
        REQUIRE(s.window.document() == nullptr);
    }
    Shown s;
    auto *button = s.window.findChild<QPushButton *>(QStringLiteral("ContinueButton"));
    REQUIRE(button);
    REQUIRE(button->isVisible());
    CHECK(button->text().contains(QStringLiteral("2026年测试工作计划")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(s.window.document());
    CHECK(s.window.document()->filePath() == QFileInfo(path).absoluteFilePath());
}

TEST_CASE("One value copied from a cell is pasted into the current cell, not as a new task")
{
    QTemporaryDir dir;
    Shown s;
    REQUIRE(s.window.openFile(makePlan(dir)));
    QTableView *table = s.window.taskView();
    const int tasks = int(s.window.document()->plan().tasks.size());
    table->setCurrentIndex(table->model()->index(0, TaskTableModel::LeadColumn));
    table->setFocus();
    QApplication::clipboard()->setText(QStringLiteral("区医保局\n"));
    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
    CHECK(s.window.document()->plan().tasks.size() == tasks);
    CHECK(table->model()->index(0, TaskTableModel::LeadColumn).data().toString() == QStringLiteral("区医保局"));
    // A date in the clerk's words fills a date cell; words that are no date change nothing.
    table->setCurrentIndex(table->model()->index(0, TaskTableModel::DeadlineColumn));
    QApplication::clipboard()->setText(QStringLiteral("9月底"));
    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
    CHECK(table->model()->index(0, TaskTableModel::DeadlineColumn).data().toString() == QStringLiteral("2026-09-30"));
    QApplication::clipboard()->setText(QStringLiteral("尽快"));
    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
    CHECK(table->model()->index(0, TaskTableModel::DeadlineColumn).data().toString() == QStringLiteral("2026-09-30"));
    CHECK(s.window.document()->plan().tasks.size() == tasks);
}

TEST_CASE("After a section is added only the new one is selected")
{
    QTemporaryDir dir;
    Shown s;
    REQUIRE(s.window.openFile(makePlan(dir)));
    QTreeView *tree = s.window.sectionView();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);   // keep the proposed name
    CHECK(tree->selectionModel()->selectedRows().size() == 1);
}

TEST_CASE("Export as Word is off while no plan is open")
{
    Shown s;
    CHECK_FALSE(action(s.window, "ExportDocxAction")->isEnabled());
    QTemporaryDir dir;
    REQUIRE(s.window.openFile(makePlan(dir)));
    CHECK(action(s.window, "ExportDocxAction")->isEnabled());
}

TEST_CASE("Tab goes down the report form as it reads, through every target's value")
{
    QTemporaryDir dir;
    auto doc = PlanDocument::open(makePlan(dir), PlanStore::Mode::ReadWrite, nullptr);
    REQUIRE(doc);
    // The small plan's first task has two targets.
    Id task = 0;
    for (const Task &t : doc->plan().tasks)
        if (t.targets.size() == 2)
            task = t.id;
    REQUIRE(task != 0);
    ReportDialog dialog(*doc, task, QStringLiteral("2026Q2"));
    REQUIRE(testutil::showActive(&dialog));
    auto *period = dialog.findChildren<QComboBox *>().first();
    period->setFocus();
    QStringList visited;
    for (int i = 0; i < 8; ++i) {
        QWidget *w = QApplication::focusWidget();
        REQUIRE(w);
        visited << QString::fromLatin1(w->metaObject()->className());
        QTest::keyClick(w, Qt::Key_Tab);
    }
    // Period, status, percent, the two targets' values, then the three texts.
    CHECK(visited.mid(0, 2) == QStringList({QStringLiteral("QComboBox"), QStringLiteral("QComboBox")}));
    CHECK(visited.at(3) == QStringLiteral("QLineEdit"));
    CHECK(visited.at(4) == QStringLiteral("QLineEdit"));
    CHECK(visited.at(5) == QStringLiteral("QPlainTextEdit"));
}

TEST_CASE("The first section of an empty plan is named as typed")
{
    QTemporaryDir dir;
    PlanInfo info;
    info.year = 2027;
    info.title = QStringLiteral("空白计划");
    const QString path = dir.filePath(QStringLiteral("empty.aplan"));
    QString error;
    REQUIRE(PlanStore::create(path, info, &error));
    Shown s;
    REQUIRE(s.window.openFile(path));
    QTreeView *tree = s.window.sectionView();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
    QCoreApplication::processEvents();
    auto *rename = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(rename);
    QTest::keyClick(rename, Qt::Key_A, Qt::ControlModifier);
    testutil::type(rename, QStringLiteral("基层服务"));
    QTest::keyClick(rename, Qt::Key_Return);
    QCoreApplication::processEvents();   // the view takes what Enter confirmed on its next turn
    CHECK(tree->model()->index(0, 0).data().toString() == QStringLiteral("基层服务"));
}

TEST_CASE("A parent section lists its subsections' tasks unless View > Tasks of Subsections Too is turned off with the keyboard")
{
    QSettings().clear();
    QTemporaryDir dir;
    Shown s;
    REQUIRE(s.window.openFile(makePlan(dir)));
    QTreeView *tree = s.window.sectionView();
    tree->setFocus();
    tree->setCurrentIndex(tree->model()->index(0, 0));   // 基层服务: tasks only in its subsections
    QTableView *table = s.window.taskView();
    CHECK(table->model()->rowCount() == 2);
    CHECK(action(s.window, "SubsectionsAction")->isChecked());
    QTest::keyClick(&s.window, Qt::Key_V, Qt::AltModifier);
    QWidget *popup = QApplication::activePopupWidget();
    REQUIRE(popup);
    QTest::keyClick(popup, Qt::Key_S);
    QCoreApplication::processEvents();
    CHECK(table->model()->rowCount() == 0);
    CHECK_FALSE(action(s.window, "SubsectionsAction")->isChecked());
    CHECK_FALSE(QSettings().value(QStringLiteral("view/includeSubsections")).toBool());
}

TEST_CASE("The dashboard's day is typed as a clerk writes dates")
{
    QTemporaryDir dir;
    Shown s;
    REQUIRE(s.window.openFile(makePlan(dir)));
    QTest::keyClick(&s.window, Qt::Key_F9);
    auto *date = s.window.findChild<OptionalDateEdit *>(QStringLiteral("DashboardDate"));
    REQUIRE(date);
    QLineEdit *field = date->lineEdit();
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    testutil::type(field, QStringLiteral("6月底"));
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(date->date() == QDate(2026, 6, 30));
    CHECK(field->text() == QStringLiteral("2026-06-30"));
}

TEST_CASE("After Undo in the task table the focus stays there, so Delete acts on a task and never on the section")
{
    QTemporaryDir dir;
    Shown s;
    REQUIRE(s.window.openFile(makePlan(dir)));
    QTableView *table = s.window.taskView();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, TaskTableModel::TitleColumn));
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);   // duplicate a task: something to undo
    const int sections = int(s.window.document()->plan().sections.size());
    const int tasks = int(s.window.document()->plan().tasks.size());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(int(s.window.document()->plan().tasks.size()) == tasks - 1);
    CHECK(QApplication::focusWidget() == table);
    // Paste of one value into a cell only when the table has the focus.
    QApplication::clipboard()->setText(QStringLiteral("新的任务"));
    s.window.sectionView()->setFocus();
    QTest::keyClick(s.window.sectionView(), Qt::Key_V, Qt::ControlModifier);
    CHECK(table->model()->index(0, TaskTableModel::TitleColumn).data().toString() != QStringLiteral("新的任务"));
    CHECK(int(s.window.document()->plan().sections.size()) == sections);
}

TEST_CASE("A plan without its date of issue says so in the plan checks, and a click there opens its properties")
{
    QTemporaryDir dir;
    PlanData content = testutil::smallPlan();
    content.info.documentDate = QDate();
    const QString path = dir.filePath(QStringLiteral("undated.aplan"));
    QString error;
    REQUIRE(PlanStore::create(path, content.info, &error, nullptr, &content));
    Shown s;
    REQUIRE(s.window.openFile(path));
    action(s.window, "ChecksPanelAction")->trigger();
    QApplication::processEvents();
    auto *dock = s.window.findChild<QDockWidget *>(QStringLiteral("CheckDock"));
    REQUIRE(dock);
    auto *list = dock->findChild<QListWidget *>();
    REQUIRE(list);
    QListWidgetItem *finding = nullptr;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(QStringLiteral("成文日期")))
            finding = list->item(i);
    REQUIRE(finding);
    testutil::Answers answers;
    bool opened = false;
    answers.then<PlanPropertiesDialog>([&opened](PlanPropertiesDialog *d) {
        opened = true;
        d->reject();
    });
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(finding).center());
    QTRY_VERIFY_WITH_TIMEOUT(opened, 60000);
    CHECK(answers.allAnswered());
}

TEST_CASE("An old Word file chosen in File ▸ Import reaches the review through LibreOffice; without it the message says what to install")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    Shown s;
    REQUIRE(s.window.openFile(path));
    const int tasks = int(s.window.document()->plan().tasks.size());
    // The Word file as an office saves it in the old format.
    const QString docx = dir.filePath(QStringLiteral("补充任务.docx"));
    testutil::writeWordDocument(docx, {QStringLiteral("2027年补充任务"), QStringLiteral("一、医疗质量"),
                                       QStringLiteral("1.开展病历质量专项检查，甲级病历率不低于90%。（区卫健委）"),
                                       QStringLiteral("2.推进检查检验结果互认，互认项目达到100项。")});
    const QString doc = testutil::savedByLibreOffice(docx, QStringLiteral("doc"), dir);
    if (doc.isEmpty()) {
        WARN("LibreOffice (soffice) is not installed: skipped");
        return;
    }
    const QByteArray before = testutil::sha256(doc);
    CHECK(importIntoOpenPlan(s.window, doc) == 3);
    CHECK(int(s.window.document()->plan().tasks.size()) == tasks + 2);
    CHECK(testutil::sha256(doc) == before);

    // As a window manager does when a dialog closes: the window is active again.
    s.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&s.window));
    // Without LibreOffice: a message naming the package, and the plan as it was.
    qputenv("ANNUALPLAN_SOFFICE", dir.filePath(QStringLiteral("no-such-program")).toLocal8Bit());
    {
        testutil::Answers answers;
        QString message;
        chooseFile(answers, doc);
        answers.then<QMessageBox>([&](QMessageBox *box) {
            message = box->text();
            box->accept();
        });
        QTest::keyClick(&s.window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(answers.allAnswered());
        CHECK(message.contains(QStringLiteral("libreoffice-writer")));
    }
    qunsetenv("ANNUALPLAN_SOFFICE");
    CHECK(int(s.window.document()->plan().tasks.size()) == tasks + 2);
}

TEST_CASE("A 分解表 printed as a PDF and chosen in File ▸ Import brings its tasks with their deadlines and departments")
{
    QTemporaryDir dir;
    // Last year's table, as a bureau's site offers it: the annex alone, landscape, as a PDF.
    auto sample = testutil::openSamplePlan(dir);
    REQUIRE(sample);
    PrintOptions options;
    options.parts = PrintOptions::Annex;
    const QString pdf = dir.filePath(QStringLiteral("重点任务分解表.pdf"));
    QString error;
    REQUIRE(PlanPrinter(*sample, options).writePdf(pdf, &error));
    const PlanData last = sample->plan();

    const QString path = makePlan(dir);
    Shown s;
    REQUIRE(s.window.openFile(path));
    const int tasks = int(s.window.document()->plan().tasks.size());
    const int rows = importIntoOpenPlan(s.window, pdf);
    REQUIRE(rows >= 0);
    CHECK(rows == last.sections.size() + last.tasks.size());
    const PlanData &plan = s.window.document()->plan();
    CHECK(int(plan.tasks.size()) == tasks + last.tasks.size());
    // Every task of the table is there with its deadline and its lead department.
    int matched = 0;
    for (const Task &was : last.tasks)
        for (const Task &t : plan.tasks)
            if (t.title == was.title) {
                ++matched;
                CHECK(t.deadline == was.deadline);
                CHECK(s.window.document()->departmentNames(t, DepartmentRole::Lead, QStringLiteral("、"))
                      == sample->departmentNames(was, DepartmentRole::Lead, QStringLiteral("、")));
            }
    CHECK(matched == last.tasks.size());
}

TEST_CASE("Paragraphs that ran together are split in the review where the clerk clicks, with Alt+S")
{
    QTemporaryDir dir;
    const QString path = makePlan(dir);
    Shown s;
    REQUIRE(s.window.openFile(path));
    const int tasks = int(s.window.document()->plan().tasks.size());
    // Text copied out of a web page: the section's two work items in one paragraph.
    const QString text = dir.filePath(QStringLiteral("网页复制.txt"));
    REQUIRE(testutil::writeAll(text, QStringLiteral("2027年补充任务\n一、基层卫生\n扩大签约覆盖，签约率达到85%。"
                                                    "强化履约服务，满意度不低于90%。建设健康小屋，新建10家。\n")
                                         .toUtf8()));
    testutil::Answers answers;
    int before = 0, after = 0, clickedAt = -100;
    QString newTitle;
    chooseFile(answers, text);
    answers.then<ImportReviewDialog>([&](ImportReviewDialog *d) {
        before = d->model()->rowCount();
        // A click on the third sentence of the text on the left (once the dialog is laid out and
        // shown, as the clerk sees it), then Alt+S.
        if (!QTest::qWaitForWindowExposed(d))
            return;
        QCoreApplication::processEvents();
        QPlainTextEdit *source = d->sourceView();
        const int third = int(source->toPlainText().indexOf(QStringLiteral("新建10家")));
        QTextCursor c(source->document());
        c.setPosition(third);
        source->setTextCursor(QTextCursor(source->document()));   // the cursor elsewhere first
        const QPoint at = source->cursorRect(c).center();
        QTest::mouseClick(source->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        clickedAt = source->textCursor().position() - third;
        QTest::keyClick(d, Qt::Key_S, Qt::AltModifier);
        // (whether it split is checked below, through after)
        static_cast<void>(QTest::qWaitFor([&] { return d->model()->rowCount() != before; }, 60000));
        after = d->model()->rowCount();
        newTitle = d->model()->index(after - 1, ImportReviewModel::TitleColumn).data().toString();
        auto *add = d->findChild<QPushButton *>(QStringLiteral("AddToPlanButton"));
        REQUIRE(add);
        add->click();
    });
    QTest::keyClick(&s.window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(answers.allAnswered());
    INFO("the click put the cursor " << clickedAt << " characters from the sentence's 新建10家");
    CHECK(std::abs(clickedAt) <= 1);
    CHECK(before == 2);
    CHECK(after == 3);
    CHECK(newTitle == QStringLiteral("建设健康小屋"));
    CHECK(int(s.window.document()->plan().tasks.size()) == tasks + 2);
}

TEST_CASE("A plan's checks wait until its window is painted on screen, then run once and the count shows")
{
    QTemporaryDir dir;
    PlanData content = testutil::smallPlan();
    content.info.documentDate = QDate();   // one finding: no date of issue
    const QString path = dir.filePath(QStringLiteral("undated.aplan"));
    QString error;
    REQUIRE(PlanStore::create(path, content.info, &error, nullptr, &content));
    // The panel closed (a shown panel checks at once).
    QSettings().setValue(QStringLiteral("window/checksShown"), false);
    Shown s;
    auto *button = s.window.findChild<QToolButton *>(QStringLiteral("PlanChecksButton"));
    REQUIRE(button);
    struct PaintSeen : QObject
    {
        bool seen = false;   // painted while its window is exposed
        bool eventFilter(QObject *o, QEvent *e) override
        {
            const QWindow *w = static_cast<QWidget *>(o)->window()->windowHandle();
            seen = seen || (e->type() == QEvent::Paint && w && w->isExposed());
            return false;
        }
    } paint;
    button->installEventFilter(&paint);
    REQUIRE(s.window.openFile(path));
    auto *checks = s.window.findChild<CheckPanel *>();
    REQUIRE(checks);
    // Opened, not yet painted: not checked, and the button claims no count.
    CHECK(checks->findingCount() == -1);
    CHECK_FALSE(button->text().contains(QRegularExpression(QStringLiteral("\\d"))));
    bool paintedBeforeChecked = false;
    int checksRun = 0;
    QObject::connect(checks, &CheckPanel::findingsChanged, checks, [&](int) {
        paintedBeforeChecked = paint.seen;
        ++checksRun;
    });
    REQUIRE(QTest::qWaitFor([&] { return checks->findingCount() >= 0; }));
    button->removeEventFilter(&paint);
    CHECK(paintedBeforeChecked);
    CHECK(checksRun == 1);
    CHECK(checks->findingCount() >= 1);
    CHECK(button->text().contains(QString::number(checks->findingCount())));
    // Painted again, it checks no more.
    button->repaint();
    QApplication::processEvents();
    CHECK(checksRun == 1);
}

TEST_CASE("A paint before the window is on screen does not start the plan checks; the window shown does")
{
    QTemporaryDir dir;
    const QString path = testutil::smallPlanFile(dir);
    QSettings().setValue(QStringLiteral("window/checksShown"), false);
    MainWindow window;
    REQUIRE(window.openFile(path));
    auto *checks = window.findChild<CheckPanel *>();
    auto *button = window.findChild<QToolButton *>(QStringLiteral("PlanChecksButton"));
    REQUIRE(checks);
    REQUIRE(button);
    // Painted into a pixmap (as Qt paints a backing store before the window is mapped).
    QPixmap pixmap(button->sizeHint());
    button->render(&pixmap);
    QApplication::processEvents();
    CHECK(checks->findingCount() == -1);
    REQUIRE(testutil::showActive(&window));
    REQUIRE(QTest::qWaitFor([&] { return checks->findingCount() >= 0; }));
}

TEST_CASE("The plan checks follow a burst of edits once it pauses, and an opened panel shows the plan as it is")
{
    QTemporaryDir dir;
    const QString path = testutil::smallPlanFile(dir);
    Shown s;
    REQUIRE(s.window.openFile(path));
    auto *dock = s.window.findChild<QDockWidget *>(QStringLiteral("CheckDock"));
    REQUIRE(dock);
    if (dock->isVisible())
        action(s.window, "ChecksPanelAction")->trigger();
    auto *list = dock->findChild<QListWidget *>();
    auto *button = s.window.findChild<QToolButton *>(QStringLiteral("PlanChecksButton"));
    REQUIRE(list);
    REQUIRE(button);
    PlanDocument *doc = s.window.document();
    const Id section = doc->plan().sectionsInOrder().last();
    const auto findingsNaming = [list](const QString &title) {
        int n = 0;
        for (int i = 0; i < list->count(); ++i)
            n += list->item(i)->text().contains(title) ? 1 : 0;
        return n;
    };
    // The first check (after the first paint) done: what follows is the pause's.
    auto *checks = s.window.findChild<CheckPanel *>();
    REQUIRE(checks);
    REQUIRE(QTest::qWaitFor([&] { return checks->findingCount() >= 0; }));
    const QString before = button->text();
    // Three tasks without a lead, one after another, as a clerk adds them.
    for (int i = 0; i < 3; ++i) {
        Task t;
        t.title = QStringLiteral("无牵头任务%1").arg(i + 1);
        edits::addTask(*doc, section, 0, t);
    }
    // Checked once the edits pause: the count on the button follows.
    REQUIRE(QTest::qWaitFor([&] { return button->text() != before; }));
    // The panel, opened, lists each of them.
    action(s.window, "ChecksPanelAction")->trigger();
    REQUIRE(QTest::qWaitFor([&] { return dock->isVisible(); }));
    CHECK(findingsNaming(QStringLiteral("无牵头任务")) == 3);
    // The panel hidden, an edit, and the panel opened again before the pause: it shows the plan
    // as it is, not as it was.
    action(s.window, "ChecksPanelAction")->trigger();
    REQUIRE(QTest::qWaitFor([&] { return !dock->isVisible(); }));
    doc->undoStack()->undo();
    action(s.window, "ChecksPanelAction")->trigger();
    REQUIRE(QTest::qWaitFor([&] { return dock->isVisible(); }));
    CHECK(findingsNaming(QStringLiteral("无牵头任务")) == 2);
}
