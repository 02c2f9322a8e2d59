// The window typed in and answered as a clerk does, with real key events: the task table as a
// spreadsheet (Tab and Enter in every kind of cell: text, targets, dates, departments with their
// completer; Esc; letters that are no date), Delete only where the clerk is, an import review that
// survives a cancelled save and Esc, refusals that say so and never write elsewhere, the manual on
// F1 and the sample plan of a first start. Each test reads the plan file itself afterwards.
#include "dialogs/importdialog.h"
#include "dialogs/manualdialog.h"
#include "flows/plansession.h"
#include "flows/sampleplan.h"
#include "domain/targettext.h"
#include "editor/targetsdelegate.h"
#include "editor/taskeditor.h"
#include "models/importreviewmodel.h"
#include "models/targettablemodel.h"
#include "models/tasktablemodel.h"
#include "widgets/gridview.h"
#include "shell/mainwindow.h"

#include "../support/answers.h"
#include "../support/keyboard.h"
#include "../support/testutil.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeView>

using namespace ap;

namespace {

const Id kSection = 10;

// The plan's one section, by the id its file gave it.
Id sectionOf(const PlanDocument &doc)
{
    const QList<Id> sections = doc.plan().sectionsInOrder();
    REQUIRE(sections.size() == 1);
    return sections.first();
}

// A 2027 plan with one empty section and three departments.
QString emptyPlan(const QTemporaryDir &dir)
{
    PlanData p;
    p.info.year = 2027;
    p.info.title = QStringLiteral("2027年测试工作计划");
    p.departments = {{1, QStringLiteral("区卫健委"), QString(), 0},
                     {2, QStringLiteral("区财政局"), QString(), 1},
                     {3, QStringLiteral("区医保局"), QString(), 2}};
    p.sections.insert(kSection, {kSection, 0, QStringLiteral("基层服务")});
    p.childSections[0] = {kSection};
    const QString path = dir.filePath(QStringLiteral("typed.aplan"));
    QString error;
    REQUIRE(PlanStore::create(path, p.info, &error, nullptr, &p));
    return path;
}

bool editing(QTableView *table)
{
    auto *grid = qobject_cast<GridView *>(table);
    REQUIRE(grid);
    return grid->isEditing();
}

// The empty plan open in a shown window, the focus in its task table.
struct TypingWindow
{
    QTemporaryDir dir;
    QString path = emptyPlan(dir);
    MainWindow window;
    QTableView *table = nullptr;
    TypingWindow()
    {
        REQUIRE(testutil::showActive(&window));
        REQUIRE(window.openFile(path));
        table = window.taskView();
        table->setFocus();
    }
};

// A key as a keyboard delivers it: to an open popup (a completer's list) first, else to the focus.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *to = QApplication::activePopupWidget() ? QApplication::activePopupWidget() : QApplication::focusWidget();
    REQUIRE(to);
    QTest::keyClick(to, key, modifiers);
}

struct Row
{
    QString title, targets, start, deadline, lead, support;
    // What the file then holds.
    QString storedTargets;
    QDate storedStart, storedDeadline;
    QString storedLead, storedSupport;
    // Department names typed as a prefix, then Down to take the completer's first name.
    bool completeLead = false;
};

QList<Row> twentyRows()
{
    QList<Row> rows;
    for (int i = 0; i < 20; ++i) {
        Row r;
        r.title = QStringLiteral("第%1项工作").arg(i + 1);
        switch (i % 4) {
        case 0:
            r.targets = QStringLiteral("高血压患者规范管理率≥65%（2026年为60%）");
            r.storedTargets = r.targets;
            break;
        case 1:
            r.targets = QStringLiteral("签约率提升至85%（基数80%）；投诉率控制在0.5%以内");
            r.storedTargets = QStringLiteral("签约率≥85%（基数80%）；投诉率≤0.5%");
            break;
        case 2:
            r.targets = QStringLiteral("培训达到500人次以上");
            r.storedTargets = QStringLiteral("培训≥500人次");
            break;
        default:
            r.targets = QStringLiteral("标准化改造≥3家(6月底)、6家(年底)");
            r.storedTargets = r.targets;
            break;
        }
        r.start = i % 2 ? QStringLiteral("3月1日") : QStringLiteral("2027-02-%1").arg(10 + i, 2, 10, QLatin1Char('0'));
        r.storedStart = i % 2 ? QDate(2027, 3, 1) : QDate(2027, 2, 10 + i);
        r.deadline = i % 3 == 0 ? QStringLiteral("6月底") : i % 3 == 1 ? QStringLiteral("年底") : QStringLiteral("2027/9/30");
        r.storedDeadline = i % 3 == 0 ? QDate(2027, 6, 30) : i % 3 == 1 ? QDate(2027, 12, 31) : QDate(2027, 9, 30);
        r.completeLead = i % 2 == 1;
        r.lead = r.completeLead ? QStringLiteral("医保") : QStringLiteral("区卫健委");
        r.storedLead = r.completeLead ? QStringLiteral("区医保局") : QStringLiteral("区卫健委");
        r.support = i % 5 == 4 ? QStringLiteral("区财政局、区疾控中心") : QStringLiteral("区财政局");
        r.storedSupport = r.support;
        rows << r;
    }
    return rows;
}

} // namespace

TEST_CASE("Twenty tasks typed with Tab and Enter only, through every kind of cell, are all in the file")
{
    QTemporaryDir dir;
    const QString path = emptyPlan(dir);
    const QList<Row> rows = twentyRows();
    {
        MainWindow window;
        REQUIRE(testutil::showActive(&window));
        REQUIRE(window.openFile(path));
        QTableView *table = window.taskView();
        table->setFocus();
        // Enter on the empty table adds the first task, its title open for typing.
        press(Qt::Key_Return);
        for (int i = 0; i < rows.size(); ++i) {
            const Row &r = rows.at(i);
            INFO("row " << i + 1);
            REQUIRE(editing(table));
            REQUIRE(table->currentIndex().row() == i);
            REQUIRE(table->currentIndex().column() == TaskTableModel::TitleColumn);
            testutil::typeIntoFocus(r.title);
            press(Qt::Key_Tab);
            // Tab wrote the cell and moved on without opening the next: typing opens it.
            CHECK(table->currentIndex().column() == TaskTableModel::TargetsColumn);
            CHECK(!editing(table));
            testutil::typeIntoFocus(r.targets);
            press(Qt::Key_Tab);
            testutil::typeIntoFocus(r.start);
            press(Qt::Key_Tab);
            CHECK(table->currentIndex().column() == TaskTableModel::DeadlineColumn);
            testutil::typeIntoFocus(r.deadline);
            press(Qt::Key_Tab);
            CHECK(table->currentIndex().column() == TaskTableModel::LeadColumn);
            testutil::typeIntoFocus(r.lead);
            if (r.completeLead) {
                REQUIRE(QApplication::activePopupWidget());   // the completer's list of names
                press(Qt::Key_Down);
            }
            press(Qt::Key_Tab);
            CHECK(QApplication::activePopupWidget() == nullptr);
            CHECK(table->currentIndex().column() == TaskTableModel::SupportColumn);
            testutil::typeIntoFocus(r.support);
            // Enter writes the last cell (one press, the completer's list open or not) ...
            press(Qt::Key_Return);
            CHECK(!editing(table));
            CHECK(table->currentIndex().row() == i);
            CHECK(table->hasFocus());
            // ... and Enter again on the last row adds the next task.
            if (i + 1 < rows.size())
                press(Qt::Key_Return);
        }
        CHECK(window.document()->plan().sectionTasks.value(sectionOf(*window.document())).size() == rows.size());
    }
    auto doc = PlanDocument::open(path, PlanStore::Mode::ReadOnly, nullptr);
    REQUIRE(doc);
    const PlanData &plan = doc->plan();
    const QList<Id> tasks = plan.sectionTasks.value(sectionOf(*doc));
    REQUIRE(tasks.size() == rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        const Task &t = plan.tasks.value(tasks.at(i));
        INFO("row " << i + 1 << ": " << t.title.toStdString());
        CHECK(t.title == r.title);
        CHECK(targetsText(t.targets, 2027) == r.storedTargets);
        CHECK(t.start == r.storedStart);
        CHECK(t.deadline == r.storedDeadline);
        CHECK(doc->departmentNames(t, DepartmentRole::Lead, QStringLiteral("、")) == r.storedLead);
        CHECK(doc->departmentNames(t, DepartmentRole::Support, QStringLiteral("、")) == r.storedSupport);
    }
    // The target typed with its baseline prints as raised from it.
    CHECK(targetProse(plan.tasks.value(tasks.at(0)).targets.first())
          == QStringLiteral("高血压患者规范管理率提升至65%（2026年为60%）"));
}

TEST_CASE("Tab in a date cell moves to the next cell, never to another view; Delete acts only where the clerk is")
{
    TypingWindow typing;
    MainWindow &window = typing.window;
    QTableView *table = typing.table;
    press(Qt::Key_Return);
    testutil::typeIntoFocus(QStringLiteral("督查"));
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    REQUIRE(table->currentIndex().column() == TaskTableModel::StartColumn);
    testutil::typeIntoFocus(QStringLiteral("4月1日"));
    press(Qt::Key_Tab);
    CHECK(table->hasFocus());
    CHECK(!editing(table));
    CHECK(table->currentIndex().column() == TaskTableModel::DeadlineColumn);
    // Shift+Tab goes back the same way, from a cell being edited too.
    testutil::typeIntoFocus(QStringLiteral("5"));
    press(Qt::Key_Escape);
    press(Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(table->currentIndex().column() == TaskTableModel::StartColumn);
    const Task typed = window.document()->plan().tasks.value(window.document()->plan().sectionTasks.value(sectionOf(*window.document())).first());
    CHECK(typed.start == QDate(2027, 4, 1));
    // Past the row's last cell on the last row the focus leaves the table, for the task editor.
    table->setCurrentIndex(table->model()->index(0, TaskTableModel::SupportColumn));
    press(Qt::Key_Tab);
    CHECK_FALSE(table->hasFocus());
    CHECK_FALSE(window.sectionView()->hasFocus());
    // Delete from a field of the task editor deletes nothing and says where to go.
    QWidget *field = QApplication::focusWidget();
    REQUIRE(field);
    window.findChild<QAction *>(QStringLiteral("DeleteAction"))->trigger();
    CHECK(window.document()->plan().sections.size() == 1);
    CHECK(window.document()->plan().sectionTasks.value(sectionOf(*window.document())).size() == 1);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("section tree")));
    // In the section tree it asks, saying how many tasks go with the section.
    testutil::Answers answers;
    QString asked;
    answers.then<QMessageBox>([&](QMessageBox *box) {
        asked = box->text();
        box->button(QMessageBox::No)->click();
    });
    window.sectionView()->setFocus();
    press(Qt::Key_Delete);
    CHECK(answers.allAnswered());
    CHECK(asked.contains(QStringLiteral("1 task")));
    CHECK(window.document()->plan().sections.size() == 1);
}

TEST_CASE("Letters typed into a date cell are refused where they were typed, and nothing changes")
{
    TypingWindow typing;
    MainWindow &window = typing.window;
    QTableView *table = typing.table;
    press(Qt::Key_Return);
    press(Qt::Key_Return);   // the title as it is
    const Id task = window.document()->plan().sectionTasks.value(sectionOf(*window.document())).first();
    const QDate before = window.document()->plan().tasks.value(task).deadline;
    table->setCurrentIndex(table->model()->index(0, TaskTableModel::DeadlineColumn));
    for (const QString &words : {QStringLiteral("abc"), QStringLiteral("持续推进")}) {
        INFO(words.toStdString());
        testutil::typeIntoFocus(words);
        press(Qt::Key_Return);

        // The cell stays open with what was typed, for correcting; the status line says why.
        CHECK(editing(table));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        REQUIRE(editor);
        CHECK(editor->text() == words);
        CHECK(window.statusBar()->currentMessage().contains(words));
        CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("not a date")));
        press(Qt::Key_Tab);
        CHECK(editing(table));
        press(Qt::Key_Escape);
        CHECK(!editing(table));
        CHECK(window.document()->plan().tasks.value(task).deadline == before);
    }
}

TEST_CASE("An import review survives a cancelled save and Esc, and reopens from the File menu")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("plan.txt"));
    REQUIRE(testutil::writeAll(source, QStringLiteral("2027年工作计划\n一、基层服务\n1.扩大签约覆盖面，签约率达到85%。\n"
                                                      "2.开展健康教育。\n")
                                           .toUtf8()));
    MainWindow window;
    REQUIRE(testutil::showActive(&window));
    testutil::Answers answers;
    const QString corrected = QStringLiteral("扩大家庭医生签约覆盖面");
    // The clerk corrects a title, asks for a new plan, cancels the save dialog ...
    answers.then<ImportReviewDialog>([&](ImportReviewDialog *d) {
        REQUIRE(d->model()->rowCount() >= 2);
        d->model()->setData(d->model()->index(1, ImportReviewModel::TitleColumn), corrected, Qt::EditRole);
        d->findChild<QPushButton *>(QStringLiteral("CreatePlanButton"))->click();
    });
    answers.then<QFileDialog>([](QFileDialog *d) { static_cast<QDialog *>(d)->reject(); });
    // ... and is back in the review with the correction; Esc there asks first.
    bool backWithCorrection = false;
    answers.then<ImportReviewDialog>([&](ImportReviewDialog *d) {
        backWithCorrection = d->model()->index(1, ImportReviewModel::TitleColumn).data().toString() == corrected;
        // Pressed once this answer has returned: the question it brings is the next answer's.
        QTimer::singleShot(0, d, [d] { QTest::keyClick(d, Qt::Key_Escape); });
    });
    answers.then<QMessageBox>([](QMessageBox *box) {
        CHECK(box->objectName() == QStringLiteral("CloseReviewQuestion"));
        QTest::keyClick(box, Qt::Key_Escape);   // keep reviewing
    });
    answers.then<ImportReviewDialog>([&](ImportReviewDialog *d) {
        QTimer::singleShot(0, d, [d] { QTest::keyClick(d, Qt::Key_Escape); });
    });
    answers.then<QMessageBox>([](QMessageBox *box) {
        box->findChild<QPushButton *>(QStringLiteral("CloseReviewButton"))->click();
    });
    window.importFile(source);
    CHECK(answers.allAnswered());
    CHECK(backWithCorrection);
    CHECK(window.document() == nullptr);
    // Kept for the session: File ▸ Reopen the Import Review brings it back as it was left.
    QAction *reopen = window.findChild<QAction *>(QStringLiteral("ReopenReviewAction"));
    REQUIRE(reopen);
    CHECK(reopen->isEnabled());
    const QString target = dir.filePath(QStringLiteral("new.aplan"));
    testutil::Answers again;
    again.then<ImportReviewDialog>([&](ImportReviewDialog *d) {
        CHECK(d->model()->index(1, ImportReviewModel::TitleColumn).data().toString() == corrected);
        d->findChild<QPushButton *>(QStringLiteral("CreatePlanButton"))->click();
    });
    again.then<QFileDialog>([&](QFileDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(target);
        static_cast<QDialog *>(d)->accept();
    });
    reopen->trigger();
    CHECK(again.allAnswered());
    REQUIRE(window.document());
    bool found = false;
    for (const Task &t : window.document()->plan().tasks)
        found = found || t.title == corrected;
    CHECK(found);
    // Written: nothing left to reopen.
    CHECK_FALSE(reopen->isEnabled());
}

TEST_CASE("An export onto the plan's own file asks for another name and writes nothing else")
{
    TypingWindow typing;
    MainWindow &window = typing.window;
    const QString &path = typing.path;
    QTemporaryDir &dir = typing.dir;
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);
    testutil::Answers answers;
    answers.then<QFileDialog>([&](QFileDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(path);
        // Accepted once this answer has returned: the question it brings is the next answer's.
        QTimer::singleShot(0, d, [d] { static_cast<QDialog *>(d)->accept(); });
    });
    // Qt's dialog asks whether to replace the existing file; the clerk says yes.
    answers.then<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QString said;
    answers.then<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    // Asked again: this time the clerk cancels.
    answers.then<QFileDialog>([](QFileDialog *d) { static_cast<QDialog *>(d)->reject(); });
    window.findChild<QAction *>(QStringLiteral("ExportPdfAction"))->trigger();
    CHECK(answers.allAnswered());
    CHECK(said.contains(QStringLiteral("never writes over it")));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == before);
}

TEST_CASE("A Word document opened as a plan is offered for import")
{
    QTemporaryDir dir;
    const QString docx = dir.filePath(QStringLiteral("2027年工作计划.docx"));
    testutil::writeWordDocument(docx, {QStringLiteral("2027年工作计划"), QStringLiteral("一、基层服务"),
                                       QStringLiteral("1.扩大签约覆盖面，签约率达到85%。")});
    MainWindow window;
    REQUIRE(testutil::showActive(&window));
    testutil::Answers answers;
    answers.then<QMessageBox>([](QMessageBox *box) {
        CHECK(box->objectName() == QStringLiteral("OfferImportQuestion"));
        QTest::keyClick(box, Qt::Key_Return);   // 导入计划文档 is the default
    });
    bool reviewed = false;
    answers.then<ImportReviewDialog>([&](ImportReviewDialog *d) {
        reviewed = d->model()->rowCount() >= 2;
        static_cast<QDialog *>(d)->reject();
    });
    CHECK_FALSE(window.openFile(docx));
    CHECK(answers.allAnswered());
    CHECK(reviewed);
    CHECK(window.document() == nullptr);
}

TEST_CASE("F1 opens the manual in Chinese with its pictures, and the welcome page opens a copy of the sample plan")
{
    // The documents folder of this test only (made first: it outlives the window's plan).
    QTemporaryDir documents;
    MainWindow window;
    REQUIRE(testutil::showActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    auto *manual = window.findChild<ManualDialog *>();
    REQUIRE(manual);
    CHECK(manual->isVisible());
    QTextDocument *text = manual->browser()->document();
    CHECK(text->toPlainText().contains(QStringLiteral("起草计划")));
    CHECK(text->toPlainText().contains(QStringLiteral("Tab")));
    int pictures = 0;
    for (QTextBlock b = text->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            ++pictures;
            const QVariant loaded = manual->browser()->loadResource(QTextDocument::ImageResource, QUrl(image.name()));
            INFO(image.name().toStdString());
            CHECK(loaded.isValid());
        }
    CHECK(pictures >= 5);
    manual->close();

    if (SamplePlan::shipped().isEmpty()) {
        WARN("no sample plan beside the test program: the welcome page's sample is not tried");
        return;
    }
    const QString userDirs = qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/user-dirs.dirs");
    QDir().mkpath(qEnvironmentVariable("XDG_CONFIG_HOME"));
    REQUIRE(testutil::writeAll(userDirs, QStringLiteral("XDG_DOCUMENTS_DIR=\"%1\"\n").arg(documents.path()).toUtf8()));
    auto *sample = window.findChild<QPushButton *>(QStringLiteral("SampleButton"));
    REQUIRE(sample);
    sample->click();
    REQUIRE(window.document());
    CHECK(window.document()->filePath().startsWith(documents.path()));
    CHECK_FALSE(window.document()->isReadOnly());
    CHECK(window.document()->plan().tasks.size() > 10);
    QFile::remove(userDirs);
}

TEST_CASE("A target is typed into the target grid with Tab and Enter, its operator chosen from the keyboard")
{
    TypingWindow typing;
    MainWindow &window = typing.window;
    press(Qt::Key_Return);
    testutil::typeIntoFocus(QStringLiteral("降低投诉"));
    press(Qt::Key_Return);
    auto *grid = window.findChild<GridView *>(QStringLiteral("TargetTable"));
    REQUIRE(grid);
    grid->setFocus();
    // Enter on the empty grid adds a target, its indicator open for typing.
    press(Qt::Key_Return);
    REQUIRE(grid->isEditing());
    testutil::typeIntoFocus(QStringLiteral("投诉率"));
    press(Qt::Key_Tab);
    CHECK(grid->currentIndex().column() == TargetTableModel::OpColumn);
    press(Qt::Key_F2);
    press(Qt::Key_Down);   // ≥ → ≤
    press(Qt::Key_Tab);
    CHECK(grid->currentIndex().column() == TargetTableModel::ValueColumn);
    testutil::typeIntoFocus(QStringLiteral("0.5"));
    press(Qt::Key_Tab);
    testutil::typeIntoFocus(QStringLiteral("%"));
    press(Qt::Key_Tab);
    testutil::typeIntoFocus(QStringLiteral("1.2"));
    press(Qt::Key_Tab);
    testutil::typeIntoFocus(QStringLiteral("2025"));
    press(Qt::Key_Return);
    CHECK_FALSE(grid->isEditing());
    CHECK(grid->hasFocus());
    const PlanData &plan = window.document()->plan();
    const Task &t = plan.tasks.value(plan.sectionTasks.value(sectionOf(*window.document())).first());
    REQUIRE(t.targets.size() == 1);
    CHECK(targetsText(t.targets, 2027) == QStringLiteral("投诉率≤0.5%（2025年为1.2%）"));
    CHECK(targetProse(t.targets.first()) == QStringLiteral("投诉率降至0.5%以下（2025年为1.2%）"));
}

TEST_CASE("A targets cell says what it understood, and which part it did not")
{
    const QString shown = TargetsDelegate::understanding(QStringLiteral("签约率提升至85%（2025年为80%）；约500人次培训"), 2027);
    CHECK(shown.contains(QStringLiteral("签约率 ≥ 85%")));
    CHECK(shown.contains(QStringLiteral("80%")));
    CHECK(shown.contains(QStringLiteral("Not understood, kept as typed: “约500人次培训”")));
    TypingWindow typing;
    MainWindow &window = typing.window;
    press(Qt::Key_Return);
    press(Qt::Key_Tab);   // the title as it is, on to the targets
    testutil::typeIntoFocus(QStringLiteral("签约率≥85%（较上年提高5个百分点）"));
    press(Qt::Key_Return);
    // Kept as typed, and the status line says which part and how to write it.
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("较上年提高5个百分点")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("not understood")));
}

TEST_CASE("What the status line said of a paste goes when the paste is undone")
{
    TypingWindow typing;
    MainWindow &window = typing.window;
    QTableView *table = typing.table;
    QApplication::clipboard()->setText(QStringLiteral("工作任务\t完成时限\n甲项工作\t2027-06-30\n乙项工作\t2027-09-30\n"));
    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
    REQUIRE(window.document()->plan().tasks.size() == 2);
    CHECK_FALSE(window.statusBar()->currentMessage().isEmpty());
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(window.document()->plan().tasks.isEmpty());
    INFO(window.statusBar()->currentMessage().toStdString());
    CHECK(window.statusBar()->currentMessage().isEmpty());
}
