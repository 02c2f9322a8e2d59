// A clerk's whole day in the real window, with keys (menus by their Alt letters, shortcuts, typing)
// and the dialogs answered as a person answers them: a new plan, sections and tasks typed, targets,
// a block pasted from a spreadsheet, the print preview, a Word document imported, the plan rolled
// forward, a progress report, the dashboard, return forms out and back, close, and reopen. Each
// step checks what the clerk would see, and the end checks the file.
#include "dialogs/reportdialog.h"
#include "dialogs/importdialog.h"
#include "shell/mainwindow.h"
#include "dialogs/pdfpreviewdialog.h"
#include "models/tasktablemodel.h"
#include "dialogs/planpropertiesdialog.h"
#include "dialogs/departmentdialog.h"
#include "dialogs/rollforwarddialog.h"

#include "../support/formfill.h"
#include "../support/answers.h"
#include "../support/docxparts.h"
#include "../support/keyboard.h"
#include "../support/pdfpages.h"
#include "../support/testutil.h"
#include "../support/windowsteps.h"
#include "../support/zipwriter.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <deque>
#include <functional>

using namespace ap;
using testutil::Answers;

namespace {

using testutil::backTo;
using testutil::chooseFile;

void chooseFolder(QFileDialog *d, const QString &path)
{
    d->setDirectory(path);
    chooseFile(d, path);
    if (d->isVisible())   // the field named a folder to go into; the button chooses it
        static_cast<QDialog *>(d)->accept();
}

// A menu item by its Alt letters, as a clerk reaches it with the keyboard.
void menu(MainWindow &w, char menuLetter, char itemLetter)
{
    QTest::keyClick(&w, menuLetter, Qt::AltModifier);
    QWidget *popup = QApplication::activePopupWidget();
    REQUIRE(popup);
    QTest::keyClick(popup, itemLetter);
}

// File ▸ Export ▸ an item by its Alt letter.
void exportBy(MainWindow &w, char itemLetter)
{
    QTest::keyClick(&w, 'f', Qt::AltModifier);
    QWidget *file = QApplication::activePopupWidget();
    REQUIRE(file);
    QTest::keyClick(file, 'e');
    QWidget *submenu = QApplication::activePopupWidget();
    REQUIRE(submenu);
    REQUIRE(submenu != file);   // the Export submenu is open
    QTest::keyClick(submenu, itemLetter);
}

int taskCount(const QString &path)
{
    auto doc = PlanDocument::open(path, PlanStore::Mode::ReadOnly, nullptr);
    REQUIRE(doc);
    return int(doc->plan().tasks.size());
}

} // namespace

TEST_CASE("A clerk's day, from a new plan to the return forms and back, with the keyboard and the real dialogs")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString planPath = dir.filePath(QStringLiteral("2027.aplan"));
    const QString nextPath = dir.filePath(QStringLiteral("2028.aplan"));
    MainWindow w;
    w.setWindowState(Qt::WindowNoState);
    w.resize(1366, 728);
    REQUIRE(testutil::showActive(&w));

    // 1. A new plan: Ctrl+N, the year and title typed, Enter; then where to keep it.
    {
        Answers answers;
        answers.then<PlanPropertiesDialog>([](PlanPropertiesDialog *d) {
            auto *year = d->findChild<QSpinBox *>();
            REQUIRE(year);
            year->setFocus();
            QTest::keyClick(year, Qt::Key_A, Qt::ControlModifier);
            testutil::type(year, QStringLiteral("2027"));
            QTest::keyClick(year, Qt::Key_Tab);
            testutil::type(QApplication::focusWidget(), QStringLiteral("2027年卫生健康工作计划"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        answers.then<QFileDialog>([&](QFileDialog *d) { chooseFile(d, planPath); });
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        REQUIRE(answers.allAnswered());
        backTo(w);
    }
    REQUIRE(w.document());
    CHECK(w.windowTitle().startsWith(QStringLiteral("2027年卫生健康工作计划")));
    INFO("created " << w.document()->filePath().toStdString());
    REQUIRE(QFileInfo(w.document()->filePath()) == QFileInfo(planPath));

    // 2. A section typed in the tree, a task typed in the table, its target, lead and deadline.
    QTreeView *tree = w.sectionView();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
    QCoreApplication::processEvents();
    QWidget *rename = QApplication::focusWidget();
    REQUIRE(rename != tree);
    {
        std::string chain;
        for (QWidget *p = rename; p; p = p->parentWidget())
            chain += std::string(p->metaObject()->className()) + "/" + p->objectName().toStdString() + " < ";
        INFO("rename field: " << chain);
        CHECK(rename->parentWidget() == tree->viewport());
    }
    QTest::keyClick(rename, Qt::Key_A, Qt::ControlModifier);
    testutil::type(rename, QStringLiteral("基层服务"));
    INFO("the rename field held “" << (qobject_cast<QLineEdit *>(rename) ? qobject_cast<QLineEdit *>(rename)->text().toStdString() : std::string("?")) << "”");
    QTest::keyClick(rename, Qt::Key_Return);
    QCoreApplication::processEvents();   // the view takes what Enter confirmed on its next turn
    CHECK(tree->model()->index(0, 0).data().toString() == QStringLiteral("基层服务"));
    QTest::keyClick(tree, Qt::Key_T, Qt::ControlModifier);
    QCoreApplication::processEvents();
    QWidget *title = QApplication::focusWidget();
    INFO("typing the task title into " << title->metaObject()->className());
    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    testutil::type(title, QStringLiteral("扩大签约覆盖面"));
    QTest::keyClick(title, Qt::Key_Return);
    QCoreApplication::processEvents();
    QTableView *table = w.taskView();
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, TaskTableModel::TitleColumn).data().toString() == QStringLiteral("扩大签约覆盖面"));
    auto typeCell = [&](int column, const QString &text) {
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, column));
        testutil::typeIntoFocus(text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCoreApplication::processEvents();
    };
    typeCell(TaskTableModel::TargetsColumn, QStringLiteral("签约率≥85%"));
    typeCell(TaskTableModel::LeadColumn, QStringLiteral("区卫健委"));
    typeCell(TaskTableModel::DeadlineColumn, QStringLiteral("年底"));
    CHECK(table->model()->index(0, TaskTableModel::TargetsColumn).data().toString().contains(QStringLiteral("85%")));
    CHECK(table->model()->index(0, TaskTableModel::LeadColumn).data().toString() == QStringLiteral("区卫健委"));
    CHECK(table->model()->index(0, TaskTableModel::DeadlineColumn).data().toString() == QStringLiteral("2027-12-31"));

    // 3. Two rows copied from a spreadsheet, pasted with Ctrl+V.
    QApplication::clipboard()->setText(QStringLiteral("工作任务\t牵头单位\t完成时限\n健康档案更新\t区卫健委\t2027-06-30\n"
                                                      "病历质量督查\t区医保局\t2027年9月30日\n"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
    CHECK(table->model()->rowCount() == 3);
    CHECK(taskCount(planPath) == 3);

    // 4. The print preview (Ctrl+Shift+P) shows the pages, closed with Escape.
    {
        Answers answers;
        int pages = 0;
        answers.then<PdfPreviewDialog>([&](PdfPreviewDialog *d) {
            QCoreApplication::processEvents();
            pages = d->pageCount();
            QTest::keyClick(d, Qt::Key_Escape);
        });
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(answers.allAnswered());
        backTo(w);
        CHECK(pages >= 2);   // the plan's pages and the annex
    }

    // 4b. File ▸ Export ▸ Plan as Word Document, by its Alt letters: the file the leaders edit.
    {
        const QString exported = dir.filePath(QStringLiteral("计划.docx"));
        Answers answers;
        answers.then<QFileDialog>([&](QFileDialog *d) { chooseFile(d, exported); });
        exportBy(w, 'w');
        REQUIRE(answers.allAnswered());
        backTo(w);
        const testutil::Docx word = testutil::readDocx(exported);
        INFO(word.error.toStdString());
        REQUIRE(word.ok);
        QString text;
        for (const testutil::DocxParagraph &p : word.paragraphs)
            text += p.text;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            CHECK(text.contains(table->model()->index(row, 0).data().toString()));
        CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("计划.docx")));
    }

    // 4c. Issued by notice: Plan ▸ Properties (Alt+P S), the notice's page (Alt+N), the box
    //     (Alt+I), the mark, number and copies typed; the PDF (Alt+F E P) opens with the red-headed
    //     notice and ends with the 版记; undone and redone, kept in the file.
    {
        Answers answers;
        answers.then<PlanPropertiesDialog>([](PlanPropertiesDialog *d) {
            QTest::keyClick(d, 'n', Qt::AltModifier);
            auto *issued = d->findChild<QCheckBox *>();
            REQUIRE(issued);
            CHECK(QApplication::focusWidget() == issued);   // the page's first field
            // A button's Alt letter clicks it as a mouse does, after a moment.
            QTest::keyClick(d, 'i', Qt::AltModifier);
            QTRY_VERIFY_WITH_TIMEOUT(issued->isChecked(), 60000);
            QTest::keyClick(d, 'm', Qt::AltModifier);
            testutil::type(QApplication::focusWidget(), QStringLiteral("测试县卫生健康局文件"));
            QTest::keyClick(d, 'u', Qt::AltModifier);
            testutil::type(QApplication::focusWidget(), QStringLiteral("测卫发〔2027〕1号"));
            QTest::keyClick(d, 's', Qt::AltModifier);
            testutil::type(QApplication::focusWidget(), QStringLiteral("县人民政府办公室"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        menu(w, 'p', 's');
        REQUIRE(answers.allAnswered());
        backTo(w);
    }
    {
        const IssueNotice &n = w.document()->plan().info.notice;
        CHECK(n.enabled);
        CHECK(n.issuerMark == QStringLiteral("测试县卫生健康局文件"));
        CHECK(n.number == QStringLiteral("测卫发〔2027〕1号"));
        const QString pdf = dir.filePath(QStringLiteral("通知.pdf"));
        Answers answers;
        answers.then<QFileDialog>([&](QFileDialog *d) { chooseFile(d, pdf); });
        exportBy(w, 'p');
        REQUIRE(answers.allAnswered());
        backTo(w);
        const QList<testutil::PdfPage> pages = testutil::pages(pdf);
        REQUIRE(pages.size() >= 4);
        REQUIRE(pages.first().lines.size() > 2);
        CHECK(pages.first().lines.at(0).text == QStringLiteral("测试县卫生健康局文件"));
        CHECK(pages.first().lines.at(1).text == QStringLiteral("测卫发〔2027〕1号"));
        CHECK(pages.first().text().contains(QStringLiteral("关于印发《2027年卫生健康工作计划》的通知")));
        CHECK(pages.at(1).lines.value(0).text == QStringLiteral("附件1"));
        CHECK(pages.size() % 2 == 0);
        CHECK(pages.last().text().contains(QStringLiteral("抄送：县人民政府办公室。")));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        CHECK_FALSE(w.document()->plan().info.notice.enabled);
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(w.document()->plan().info.notice.enabled);
        auto saved = PlanDocument::open(planPath, PlanStore::Mode::ReadOnly, nullptr);
        REQUIRE(saved);
        CHECK(saved->plan().info.notice == w.document()->plan().info.notice);
    }

    // 5. A Word document imported into the open plan (Ctrl+Shift+I), reviewed, added.
    const QString docx = dir.filePath(QStringLiteral("补充任务.docx"));
    REQUIRE(testutil::writeAll(docx, testutil::makeDocx(testutil::docxParagraph(QStringLiteral("二、医疗质量"))
                                                        + testutil::docxParagraph(QStringLiteral("1.开展病历质量专项检查，抽查率不低于5%。（责任单位：区卫健委）"))
                                                        + testutil::docxParagraph(QStringLiteral("2.推进检查检验结果互认，互认项目达到100项。")))));
    {
        Answers answers;
        answers.then<QFileDialog>([&](QFileDialog *d) { chooseFile(d, docx); });
        answers.then<ImportReviewDialog>([](ImportReviewDialog *d) {
            auto *add = d->findChild<QPushButton *>(QStringLiteral("AddToPlanButton"));
            REQUIRE(add);
            add->click();
        });
        QTest::keyClick(&w, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(answers.allAnswered());
        backTo(w);
    }
    CHECK(taskCount(planPath) == 5);
    CHECK(tree->model()->rowCount() == 2);

    // 6. Rolled forward from this plan, the one open (File ▸ Roll Forward, Alt+F F): no file is
    // asked for last year's; the 2028 plan opens.
    {
        Answers answers;
        answers.then<RollForwardDialog>([](RollForwardDialog *d) { d->accept(); });
        answers.then<QFileDialog>([&](QFileDialog *d) { chooseFile(d, nextPath); });
        answers.then<QMessageBox>([](QMessageBox *box) { box->accept(); });
        menu(w, 'f', 'f');
        REQUIRE(answers.allAnswered());
        backTo(w);
    }
    REQUIRE(w.document());
    CHECK(w.document()->filePath() == QFileInfo(nextPath).absoluteFilePath());
    CHECK(w.document()->plan().info.year == 2028);
    CHECK(taskCount(nextPath) == 5);

    // 7. A progress report on the first task (Ctrl+R): 40 %, shown in its row.
    tree->setFocus();
    tree->setCurrentIndex(tree->model()->index(0, 0));
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, TaskTableModel::TitleColumn));
    {
        Answers answers;
        answers.then<ReportDialog>([](ReportDialog *d) {
            auto *percent = d->findChildren<QAbstractSpinBox *>().first();
            percent->setFocus();
            QTest::keyClick(percent, Qt::Key_A, Qt::ControlModifier);
            testutil::type(percent, QStringLiteral("40"));
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
        REQUIRE(answers.allAnswered());
        backTo(w);
    }
    CHECK(table->model()->index(0, TaskTableModel::ProgressColumn).data().toString().contains(QStringLiteral("40%")));

    // 8. The dashboard (F9) counts the report, and F9 goes back.
    QTest::keyClick(&w, Qt::Key_F9);
    auto *counts = w.findChild<QLabel *>(QStringLiteral("DashboardCounts"));
    REQUIRE(counts);
    CHECK(counts->isVisible());
    CHECK(counts->text().contains(QStringLiteral("5")));
    QTest::keyClick(&w, Qt::Key_F9);
    CHECK(table->isVisible());

    // 9. Return forms out (Plan ▸ Write Return Forms, Alt+P F): period, folder; one filled in and
    //    taken back (Alt+P T), confirmed.
    const QString forms = dir.filePath(QStringLiteral("forms"));
    QDir().mkpath(forms);
    {
        Answers answers;
        answers.then<QInputDialog>([](QInputDialog *d) { d->accept(); });
        answers.then<QFileDialog>([&](QFileDialog *d) { chooseFolder(d, forms); });
        menu(w, 'p', 'f');
        REQUIRE(answers.allAnswered());
        backTo(w);
    }
    const QStringList written = QDir(forms).entryList({QStringLiteral("*.xlsx")}, QDir::Files);
    REQUIRE(!written.isEmpty());
    const QString form = QDir(forms).filePath(written.first());
    REQUIRE(testutil::writeAll(form, testutil::filled(testutil::readAll(form), [](QString xml) {
        xml = testutil::setCell(xml, QStringLiteral("G4"), QStringLiteral("推进中"));
        return testutil::setCell(xml, QStringLiteral("H4"), QStringLiteral("60"));
    })));
    const int reportsBefore = int(w.document()->reports().entries.size());
    {
        Answers answers;
        answers.then<QFileDialog>([&](QFileDialog *d) { chooseFile(d, form); });
        answers.then<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        menu(w, 'p', 't');
        REQUIRE(answers.allAnswered());
        backTo(w);
    }
    CHECK(int(w.document()->reports().entries.size()) == reportsBefore + 1);

    // 10. Closed with Ctrl+W; the welcome page offers the plan again and Enter reopens it whole.
    auto *close = w.findChild<QAction *>(QStringLiteral("CloseAction"));
    REQUIRE(close);
    QTest::keySequence(QApplication::focusWidget() ? QApplication::focusWidget() : &w, close->shortcut());
    REQUIRE(w.document() == nullptr);
    auto *again = w.findChild<QPushButton *>(QStringLiteral("ContinueButton"));
    REQUIRE(again);
    CHECK(again->text().contains(QStringLiteral("2028")));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &w, Qt::Key_Return);
    REQUIRE(w.document());
    CHECK(w.document()->plan().tasks.size() == 5);
    CHECK(w.document()->reports().entries.size() == reportsBefore + 1);
    CHECK(PlanStore::integrityCheck(nextPath) == QStringLiteral("ok"));
    CHECK(PlanStore::integrityCheck(planPath) == QStringLiteral("ok"));
}
