// A clerk's year end in the window, by keyboard (Plan ▸ 年度考核): the scheme made in one step,
// a task's points typed in its row, a unit chosen, its 自评 and the 复核 typed as in a spreadsheet
// (Tab and Enter), points out of range kept in their cell with why, undo, the result notice
// previewed, and the result published, after which nothing is typed in. Each step is read back
// from the plan file itself.
#include "dialogs/pdfpreviewdialog.h"
#include "document/commands.h"
#include "document/plandocument.h"
#include "models/assessmentschememodel.h"
#include "models/assessmentscoremodel.h"
#include "shell/mainwindow.h"
#include "widgets/assessmentpage.h"
#include "widgets/dashboard.h"
#include "widgets/optionaldateedit.h"
#include "widgets/gridview.h"
#include "status/assessmentengine.h"

#include "storage/file/planstore.h"

#include "../../bench/generate.h"
#include "../support/answers.h"
#include "../support/keyboard.h"
#include "../support/sampleyear.h"
#include "../support/testutil.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace ap;

namespace {

// What the plan file holds now.
struct OnDisk
{
    PlanData plan;
    ReportLog log;
    explicit OnDisk(const QString &path)
    {
        auto doc = PlanDocument::open(path, PlanStore::Mode::ReadOnly, nullptr);
        REQUIRE(doc);
        plan = doc->plan();
        log = doc->reports();
    }
    int assessed() const
    {
        int n = 0;
        for (const Task &t : plan.tasks)
            n += t.assessment ? 1 : 0;
        return n;
    }
};

void press(QWidget *to, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : to, key, modifiers);
}

// A button of the page pressed from the keyboard: focused (as Tab reaches it) and Space.
void pressButton(QWidget *page, const char *name)
{
    auto *button = page->findChild<QPushButton *>(QLatin1String(name));
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
}

bool editing(GridView *view)
{
    return view->isEditing();
}

// The plan at path open in window, shown, and its year end's page shown by Ctrl+Shift+A.
AssessmentPage *showYearEndPage(MainWindow &window, const QString &path)
{
    REQUIRE(testutil::showActive(&window));
    REQUIRE(window.openFile(path));
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto *page = window.findChild<AssessmentPage *>();
    REQUIRE(page);
    REQUIRE(page->isVisible());
    return page;
}

} // namespace

TEST_CASE("A clerk's year end by keyboard: scheme, self-assessment and review typed in place, refused points kept, published")
{
    QTemporaryDir dir;
    const QString path = testutil::sampleYearFile(dir);
    MainWindow window;

    // Plan ▸ 年度考核 (Ctrl+Shift+A): with no scheme yet the page opens on the scheme's table.
    AssessmentPage *page = showYearEndPage(window, path);
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("AssessmentTabs"));
    REQUIRE(tabs);
    CHECK(tabs->currentIndex() == 1);
    CHECK(OnDisk(path).assessed() == 0);

    // The page's first button makes the scheme from the plan: every led task has points, 100 in all.
    {
        // Each part's points, asked first: the first part given twice the others' (Tab, typed, Enter).
        testutil::Answers answers;
        answers.then<QDialog>([](QDialog *d) {
            auto *first = d->findChild<QDoubleSpinBox *>(QStringLiteral("PartPoints1"));
            REQUIRE(first);
            first->setFocus();
            first->selectAll();
            testutil::typeIntoFocus(QStringLiteral("40"));
            QTest::keyClick(first, Qt::Key_Return);
        });
        pressButton(page, "MakeSchemeButton");
        REQUIRE(answers.allAnswered());
    }
    REQUIRE(testutil::showActive(&window));   // the window active again once the dialog is gone
    {
        const OnDisk disk(path);
        CHECK(disk.assessed() == 33);
        double sum = 0;
        for (const Task &t : disk.plan.tasks)
            sum += t.assessment ? t.assessment->points : 0;
        CHECK(sum == Approx(100));
        // The first part carries 40 of 120 points typed, a third of the scheme.
        const Id firstPart = disk.plan.childSections.value(0).value(0);
        double part = 0;
        for (Id sid : disk.plan.sectionSubtree(firstPart))
            for (Id tid : disk.plan.sectionTasks.value(sid))
                part += disk.plan.tasks.value(tid).assessment ? disk.plan.tasks.value(tid).assessment->points : 0;
        CHECK(part == Approx(100.0 / 3).margin(0.05));
    }

    // The first task's points typed in its row: Tab from the task to its points, "5", Enter.
    GridView *scheme = page->schemeView();
    scheme->setFocus();
    scheme->setCurrentIndex(scheme->model()->index(0, AssessmentSchemeModel::TaskColumn));
    press(scheme, Qt::Key_Tab);
    REQUIRE(scheme->currentIndex().column() == AssessmentSchemeModel::PointsColumn);
    testutil::typeIntoFocus(QStringLiteral("5"));
    press(scheme, Qt::Key_Return);
    const Id first = static_cast<AssessmentSchemeModel *>(scheme->model())->taskId(0);
    CHECK(OnDisk(path).plan.tasks.value(first).assessment->points == 5);
    // Words that are no number stay in the cell, with why on the status line; Esc drops them.
    press(scheme, Qt::Key_Up);
    testutil::typeIntoFocus(QStringLiteral("abc"));
    press(scheme, Qt::Key_Return);
    CHECK(editing(scheme));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("abc")));
    press(scheme, Qt::Key_Escape);
    CHECK(OnDisk(path).plan.tasks.value(first).assessment->points == 5);

    // The tiers typed on one line: names with their least scores; words that are none are refused.
    auto *tiers = page->findChild<QLineEdit *>(QStringLiteral("TiersEdit"));
    REQUIRE(tiers);
    tiers->setFocus();
    tiers->selectAll();
    testutil::typeIntoFocus(QStringLiteral("优秀95，合格60，不合格0"));
    press(tiers, Qt::Key_Return);
    {
        const OnDisk disk(path);
        REQUIRE(disk.plan.assessment.tiers.size() == 3);
        CHECK(disk.plan.assessment.tiers.at(0).name == QStringLiteral("优秀"));
        CHECK(disk.plan.assessment.tiers.at(0).minScore == 95);
    }
    tiers->selectAll();
    testutil::typeIntoFocus(QStringLiteral("good"));
    press(tiers, Qt::Key_Return);
    CHECK(OnDisk(path).plan.assessment.tiers.size() == 3);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("优秀 90")));

    // To the scores (Ctrl+Tab, past the bonuses' tab), the second unit of the ranking (Down), then into its items.
    QTest::keyClick(tabs->currentWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QTest::keyClick(tabs->currentWidget(), Qt::Key_Tab, Qt::ControlModifier);
    REQUIRE(tabs->currentIndex() == 0);
    QTableWidget *ranking = page->ranking();
    ranking->setFocus();
    ranking->setCurrentCell(0, 1);
    press(ranking, Qt::Key_Down);
    GridView *scores = page->scoreView();
    auto *model = static_cast<AssessmentScoreModel *>(scores->model());
    const Id unit = ranking->item(1, 0)->data(Qt::UserRole).toLongLong();
    REQUIRE(model->unit() == unit);
    REQUIRE(model->rowCount() > 0);
    const Id task = model->taskId(0);
    const double available = OnDisk(path).plan.tasks.value(task).assessment->points;

    // Its 自评, note, 复核 and reason typed in a row: Tab goes from the task to each typed cell.
    scores->setFocus();
    scores->setCurrentIndex(model->index(0, AssessmentScoreModel::TaskColumn));
    press(scores, Qt::Key_Tab);
    REQUIRE(scores->currentIndex().column() == AssessmentScoreModel::SelfColumn);
    testutil::typeIntoFocus(QStringLiteral("2"));
    press(scores, Qt::Key_Tab);
    REQUIRE(scores->currentIndex().column() == AssessmentScoreModel::SelfNoteColumn);
    testutil::typeIntoFocus(QStringLiteral("台账齐全"));
    press(scores, Qt::Key_Tab);
    testutil::typeIntoFocus(QStringLiteral("1.5"));
    press(scores, Qt::Key_Tab);
    REQUIRE(scores->currentIndex().column() == AssessmentScoreModel::ReviewReasonColumn);
    testutil::typeIntoFocus(QStringLiteral("佐证不全"));
    press(scores, Qt::Key_Return);
    {
        const OnDisk disk(path);
        const AssessmentMark *mark = disk.log.assessment.mark(task, unit);
        REQUIRE(mark);
        CHECK(mark->selfPoints == 2);
        CHECK(mark->selfNote == QStringLiteral("台账齐全"));
        CHECK(mark->reviewPoints == 1.5);
        CHECK(mark->reviewReason == QStringLiteral("佐证不全"));
    }
    CHECK(model->data(model->index(0, AssessmentScoreModel::ScoreColumn)).toString() == QStringLiteral("1.5"));

    // More than the task is worth: kept in the cell with why, nothing written; Esc drops it.
    scores->setCurrentIndex(model->index(0, AssessmentScoreModel::SelfColumn));
    testutil::typeIntoFocus(QString::number(available + 10));
    press(scores, Qt::Key_Return);
    CHECK(editing(scores));
    CHECK(window.statusBar()->currentMessage().contains(QString::number(available)));
    press(scores, Qt::Key_Escape);
    CHECK(OnDisk(path).log.assessment.mark(task, unit)->selfPoints == 2);

    // Ctrl+Z takes back the reason, then the review.
    press(scores, Qt::Key_Z, Qt::ControlModifier);
    press(scores, Qt::Key_Z, Qt::ControlModifier);
    {
        const OnDisk disk(path);
        CHECK(disk.log.assessment.mark(task, unit)->reviewPoints == std::nullopt);
        CHECK(disk.log.assessment.mark(task, unit)->selfPoints == 2);
    }

    // A bonus item added (its title typed where the new row opens) and given twice to the unit; a
    // veto item, whose cell takes 1 or nothing.
    tabs->setCurrentIndex(2);
    pressButton(page, "AddBonusButton");
    auto *extras = page->findChild<GridView *>(QStringLiteral("ExtraTable"));
    REQUIRE(extras);
    REQUIRE(editing(extras));
    QApplication::focusWidget()->setProperty("text", QString());
    testutil::typeIntoFocus(QStringLiteral("获省级表彰"));
    press(extras, Qt::Key_Return);
    {
        const OnDisk disk(path);
        REQUIRE(disk.plan.assessment.extras.size() == 1);
        CHECK(disk.plan.assessment.extras.at(0).title == QStringLiteral("获省级表彰"));
        CHECK(disk.plan.assessment.extras.at(0).points == 1);
    }
    auto *awards = page->findChild<GridView *>(QStringLiteral("AwardTable"));
    REQUIRE(awards);
    int unitRow = -1;
    for (int r = 0; r < awards->model()->rowCount(); ++r)
        if (awards->model()->headerData(r, Qt::Vertical).toString() == window.document()->plan().department(unit)->name)
            unitRow = r;
    REQUIRE(unitRow >= 0);
    awards->setFocus();
    awards->setCurrentIndex(awards->model()->index(unitRow, 0));
    testutil::typeIntoFocus(QStringLiteral("2"));
    press(awards, Qt::Key_Return);
    {
        const OnDisk disk(path);
        REQUIRE(disk.log.assessment.awards.size() == 1);
        CHECK(disk.log.assessment.awards.at(0).count == 2);
        for (const UnitScore &u : AssessmentEngine::assess(disk.plan, disk.log).units)
            if (u.departmentId == unit)
                CHECK(u.bonus == 2);
    }
    pressButton(page, "AddVetoButton");
    press(extras, Qt::Key_Return);
    awards->setFocus();
    awards->setCurrentIndex(awards->model()->index(unitRow, 1));
    testutil::typeIntoFocus(QStringLiteral("2"));
    press(awards, Qt::Key_Return);
    CHECK(editing(awards));
    press(awards, Qt::Key_Escape);
    CHECK(OnDisk(path).log.assessment.awards.size() == 1);
    tabs->setCurrentIndex(0);

    // The result notice is previewed; the clerk closes it.
    {
        testutil::Answers answers;
        bool shown = false;
        answers.then<PdfPreviewDialog>([&](PdfPreviewDialog *d) {
            shown = d->windowTitle().contains(QStringLiteral("Notice")) || d->windowTitle().contains(QStringLiteral("通报"));
            d->reject();
        });
        pressButton(page, "BulletinButton");
        REQUIRE(answers.allAnswered());
        CHECK(shown);
    }

    // Publishing, asked first; then no cell opens for typing, and the file says published.
    {
        testutil::Answers answers;
        answers.then<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        pressButton(page, "PublishButton");
        REQUIRE(answers.allAnswered());
    }
    CHECK(OnDisk(path).plan.assessment.published);
    REQUIRE(testutil::showActive(&window));
    scores->setFocus();
    scores->setCurrentIndex(model->index(0, AssessmentScoreModel::SelfColumn));
    testutil::type(scores, QStringLiteral("1"));
    CHECK_FALSE(editing(scores));
    CHECK(OnDisk(path).log.assessment.mark(task, unit)->selfPoints == 2);

    // The dashboard (F9), on the year's last day or later, shows each unit's score, best first.
    QTest::keyClick(&window, Qt::Key_F9);
    auto *dashboard = window.findChild<Dashboard *>();
    REQUIRE(dashboard);
    dashboard->dateEdit()->setDate(QDate(2027, 1, 10));
    QLabel *scoresLine = dashboard->scoresLabel();
    CHECK(scoresLine->isVisible());
    const AssessmentResult result = AssessmentEngine::assess(window.document()->plan(), window.document()->reports());
    REQUIRE(!result.units.isEmpty());
    CHECK(scoresLine->text().contains(window.document()->plan().department(result.units.first().departmentId)->name));
    dashboard->dateEdit()->setDate(QDate(2026, 6, 30));
    CHECK_FALSE(scoresLine->isVisible());
    dashboard->dateEdit()->setDate(QDate(2026, 12, 31));
    CHECK(scoresLine->isVisible());
}

TEST_CASE("The year end's page, once shown and left, costs an edit nothing and shows it when it comes back")
{
    QTemporaryDir dir;
    MainWindow window;
    AssessmentPage *page = showYearEndPage(window, testutil::sampleYearFile(dir));
    QAbstractItemModel *scheme = page->schemeView()->model();
    const int rows = scheme->rowCount();
    REQUIRE(rows > 0);
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);   // back to editing
    REQUIRE_FALSE(page->isVisible());
    // A task's lead department taken away in the editor: the page's models are only dropped.
    PlanDocument *doc = window.document();
    Id led = 0;
    for (const Task &t : doc->plan().tasks)
        if (!t.departmentIds(DepartmentRole::Lead).isEmpty() && !t.assessment)
            led = t.id;
    if (led == 0)
        for (const Task &t : doc->plan().tasks)
            if (!t.departmentIds(DepartmentRole::Lead).isEmpty())
                led = t.id;
    REQUIRE(led != 0);
    Task changed = doc->plan().tasks.value(led);
    const bool listedStill = changed.assessment.has_value();   // an assessed task stays in the scheme
    changed.assignments.clear();
    doc->undoStack()->push(new EditTaskCommand(doc, changed));
    QCoreApplication::processEvents();
    CHECK(scheme->rowCount() == 0);
    // Shown again, it lists what the plan now holds.
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(page->isVisible());
    CHECK(scheme->rowCount() == (listedStill ? rows : rows - 1));
    // While shown, an undo reaches it at once.
    doc->undoStack()->undo();
    CHECK(scheme->rowCount() == rows);

    // A whole part removed while it is away (its tasks go with it, told by the part alone):
    // shown again, the scheme lists what is left; the part back while shown, all of it again.
    auto listed = [doc] {
        int n = 0;
        for (const Task &t : doc->plan().tasks)
            n += !t.departmentIds(DepartmentRole::Lead).isEmpty() || t.assessment ? 1 : 0;
        return n;
    };
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE_FALSE(page->isVisible());
    doc->undoStack()->push(new RemoveSectionCommand(doc, doc->plan().childSections.value(0).value(0)));
    REQUIRE(listed() < rows);
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(page->isVisible());
    CHECK(scheme->rowCount() == listed());
    doc->undoStack()->undo();
    CHECK(scheme->rowCount() == rows);
}

TEST_CASE("The year end's tables come back where the clerk left them after edits made elsewhere")
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1366, 768);
    AssessmentPage *page = showYearEndPage(window, testutil::sampleYearFile(dir));
    GridView *view = page->schemeView();
    QAbstractItemModel *scheme = view->model();
    const int rows = scheme->rowCount();
    REQUIRE(rows > 20);
    // The clerk goes down the scheme by keys to a row near its end, then up a few rows (the
    // current cell no longer at the view's edge: choosing it again alone would not put the same
    // row at the top), in its third column.
    view->setFocus();
    view->setCurrentIndex(scheme->index(0, 0));
    for (int i = 0; i < rows - 3; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right);
    QCoreApplication::processEvents();
    const QModelIndex was = view->currentIndex();
    REQUIRE(was.row() == rows - 6);
    REQUIRE(view->visualRect(was).bottom() < view->viewport()->height() - view->rowHeight(was.row()));
    const QString rowText = scheme->index(was.row(), 0).data().toString() + scheme->index(was.row(), 1).data().toString();
    const int topRow = view->indexAt(QPoint(1, 1)).row();
    REQUIRE(topRow > 0);   // scrolled down
    const QString topText = scheme->index(topRow, 1).data().toString();

    // Back to editing (Ctrl+Shift+A), a task renamed there, and to the year end again.
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE_FALSE(page->isVisible());
    PlanDocument *doc = window.document();
    Task renamed = doc->plan().tasks.value(doc->plan().sectionTasks.value(doc->plan().sectionsInOrder().value(1)).value(0));
    REQUIRE(renamed.id != 0);
    renamed.title += QStringLiteral("（调整）");
    doc->undoStack()->push(new EditTaskCommand(doc, renamed));
    QCoreApplication::processEvents();
    REQUIRE(scheme->rowCount() == 0);   // its rows were let go while away
    QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(page->isVisible());
    QCoreApplication::processEvents();
    REQUIRE(scheme->rowCount() == rows);
    // The same task's cell is current and chosen, the same row at the top.
    const QModelIndex now = view->currentIndex();
    CHECK(now.row() == was.row());
    CHECK(now.column() == was.column());
    CHECK(view->selectionModel()->isSelected(now));
    CHECK(scheme->index(now.row(), 0).data().toString() + scheme->index(now.row(), 1).data().toString() == rowText);
    CHECK(scheme->index(view->indexAt(QPoint(1, 1)).row(), 1).data().toString() == topText);
    // And typing goes on there: the keys move from it.
    QTest::keyClick(view, Qt::Key_Up);
    CHECK(view->currentIndex().row() == was.row() - 1);
}

TEST_CASE("The year end's tables fit the rows in view to their wrapped words, and a row as it comes into view")
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1366, 768);
    AssessmentPage *page = showYearEndPage(window, testutil::sampleYearFile(dir));
    GridView *view = page->schemeView();
    REQUIRE(view->isVisible());
    QCoreApplication::processEvents();
    const int count = view->model()->rowCount();
    REQUIRE(count > 5);
    auto fitted = [view](int row) {
        const auto *asView = static_cast<const QAbstractItemView *>(view);   // public there
        return view->rowHeight(row) == qMax(asView->sizeHintForRow(row), view->verticalHeader()->sectionSizeHint(row));
    };
    const int top = view->rowAt(0);
    REQUIRE(top >= 0);
    CHECK(fitted(top));
    // The last row, out of view, fitted once scrolled to.
    const int last = count - 1;
    const int bottom = view->rowAt(view->viewport()->height() - 1);
    REQUIRE(bottom >= 0);
    REQUIRE(bottom < last);
    CHECK(view->rowHeight(last) == view->verticalHeader()->defaultSectionSize());   // not measured while out of view
    view->scrollTo(view->model()->index(last, 0));
    QCoreApplication::processEvents();
    CHECK(fitted(last));
}

TEST_CASE("A scheme made for more than a thousand assessed tasks says the points it gave, not 100")
{
    // Every task is given at least 0.1 point: 1,200 tasks get 120 in all, and the page says so.
    QTemporaryDir dir;
    const PlanData data = ap::bench::generate(1200, 40);
    const QString path = dir.filePath(QStringLiteral("big.aplan"));
    QString error;
    REQUIRE(PlanStore::create(path, data.info, &error, nullptr, &data));
    MainWindow window;
    AssessmentPage *page = showYearEndPage(window, path);
    QString said;
    QObject::connect(page, &AssessmentPage::message, [&said](const QString &text) {
        if (!text.isEmpty())
            said = text;
    });
    testutil::Answers answers;
    answers.then<QDialog>([](QDialog *d) { QTest::keyClick(d, Qt::Key_Return); });   // each part's weight as offered
    pressButton(page, "MakeSchemeButton");
    REQUIRE(answers.allAnswered());
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("1200 task")));
    CHECK(said.contains(QStringLiteral("120 points in all")));
    CHECK_FALSE(said.contains(QStringLiteral("100 points")));
}
