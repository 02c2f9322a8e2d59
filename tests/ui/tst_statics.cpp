// Static checks over every window and dialog, as a clerk meets them: Alt+letter reaches one
// thing only (no two visible siblings share a mnemonic, and nothing in the main window takes a
// menu's letter), no label shows a literal "&", and every dialog fits a 1366×768 screen.
#include "dialogs/reportdialog.h"
#include "dialogs/importdialog.h"
#include "shell/mainwindow.h"
#include "dialogs/planpropertiesdialog.h"
#include "dialogs/departmentdialog.h"
#include "dialogs/printsettingsdialog.h"
#include "dialogs/rollforwarddialog.h"
#include "dialogs/tableimportdialog.h"

#include "import/planimport.h"

#include "../support/testutil.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QFileDialog>
#include <QLibraryInfo>
#include <QTextDocumentFragment>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTranslator>

#include <functional>
#include <map>

using namespace ap;

namespace {

// The letter after a single "&" in text ("开始日期(&S)" → 'S'), or 0.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return QChar();
}

// Something Alt+letter reaches in a window: a label's buddy, a button, a group box, a tab.
struct Reach
{
    QChar letter;
    QString what;
};

// A control that is shown takes its letter, enabled or not: a button greyed now (打开佐证材料 before a
// report is chosen) is enabled later, and its Alt+letter must then reach it alone.
bool shown(const QWidget *w, const QWidget *top)
{
    return w->isVisibleTo(top);
}

QList<Reach> reachable(QWidget *top, QStringList *problems)
{
    QList<Reach> out;
    for (QLabel *label : top->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(top) || label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
            continue;
        const QChar m = mnemonic(label->text());
        if (m.isNull())
            continue;
        if (!label->buddy())
            problems->append(QStringLiteral("label “%1” shows its & (no buddy)").arg(label->text()));
        else if (shown(label->buddy(), top))
            out.append({m, QStringLiteral("label “%1”").arg(label->text())});
    }
    for (QAbstractButton *b : top->findChildren<QAbstractButton *>())
        if (shown(b, top) && !mnemonic(b->text()).isNull() && !qobject_cast<QWidget *>(b->parent())->inherits("QToolBar"))
            out.append({mnemonic(b->text()), QStringLiteral("button “%1”").arg(b->text())});
    for (QGroupBox *g : top->findChildren<QGroupBox *>())
        if (shown(g, top) && !mnemonic(g->title()).isNull())
            out.append({mnemonic(g->title()), QStringLiteral("group “%1”").arg(g->title())});
    for (QTabWidget *t : top->findChildren<QTabWidget *>())
        if (shown(t, top))
            for (int i = 0; i < t->count(); ++i)
                if (!mnemonic(t->tabText(i)).isNull())
                    out.append({mnemonic(t->tabText(i)), QStringLiteral("tab “%1”").arg(t->tabText(i))});
    return out;
}

void noDuplicates(const QList<Reach> &items, const QString &where, QStringList *problems)
{
    std::map<QChar, QString> seen;
    for (const Reach &r : items) {
        auto it = seen.find(r.letter);
        if (it != seen.end())
            problems->append(QStringLiteral("%1: Alt+%2 is both %3 and %4").arg(where, r.letter, it->second, r.what));
        else
            seen.emplace(r.letter, r.what);
    }
}

void checkMenu(QMenu *menu, const QString &path, QStringList *problems)
{
    QList<Reach> items;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString name = path + QStringLiteral(" ▸ ") + a->text();
        if (mnemonic(a->text()).isNull())
            problems->append(QStringLiteral("%1 has no Alt letter").arg(name));
        else
            items.append({mnemonic(a->text()), QStringLiteral("“%1”").arg(a->text())});
        if (a->menu())
            checkMenu(a->menu(), name, problems);
    }
    noDuplicates(items, path, problems);
}

// Under zh_CN no English is left in what shows: names of formats and programs, file names and
// keys may stay.
void untranslated(QWidget *top, QStringList *problems)
{
    static const QRegularExpression allowed(QStringLiteral(
        "PDF|ODT|WPS|Word|Excel|CSV|XLSX|TSV|JSON|UTF|GBK|GB18030|docx|xlsx|txt|aplan|csv|pdf|odt|Ctrl|Shift|Alt|Tab|"
        "Enter|Esc|Page|Up|Down|Qt|AnnualPlan|OpenDocument|YYYY|MM|DD|Q[1-4]|\\b[A-Z]\\b|"
        // font names and the folders fonts go into
        "AR PL \\w+ CN|WenQuanYi Zen Hei|Fandol\\w+|FZXiaoBiaoSong\\S*|Noto (Serif|Sans) CJK SC|LXGW WenKai|STZhongsong|"
        "SimHei|SimSun|KaiTi|FangSong|"
        "~/\\.local/share/fonts|/usr/share/fonts"));
    static const QRegularExpression english(QStringLiteral("[A-Za-z]{3,}"));
    static const QRegularExpression fileName(QStringLiteral("[\\w\\-.]+\\.(aplan|pdf|docx|xlsx|csv|txt|odt)\\b"));
    auto check = [&](const QString &where, QString text) {
        text.remove(QLatin1Char('&'));
        text.remove(fileName);
        text.remove(allowed);
        const QRegularExpressionMatch m = english.match(text);
        if (m.hasMatch())
            problems->append(QStringLiteral("%1 shows English: “%2”").arg(where, m.captured(0)));
    };
    for (QLabel *l : top->findChildren<QLabel *>())
        if (l->isVisibleTo(top) && !l->text().isEmpty())
            check(QStringLiteral("label"), QTextDocumentFragment::fromHtml(l->text()).toPlainText());
    for (QAbstractButton *b : top->findChildren<QAbstractButton *>())
        if (b->isVisibleTo(top))
            check(QStringLiteral("button"), b->text());
    for (QGroupBox *g : top->findChildren<QGroupBox *>())
        if (g->isVisibleTo(top))
            check(QStringLiteral("group"), g->title());
    for (QAction *a : top->findChildren<QAction *>())
        if (a->isVisible() && !a->text().isEmpty())
            check(QStringLiteral("menu item"), a->text());
    for (QHeaderView *h : top->findChildren<QHeaderView *>())
        if (h->isVisibleTo(top) && h->model())
            for (int i = 0; i < h->count(); ++i)
                if (!h->isSectionHidden(i))
                    check(QStringLiteral("column header"), h->model()->headerData(i, h->orientation()).toString());
}

// A window's checks: its own mnemonics unique, and for the main window none of them a menu's.
QStringList problemsOf(QWidget *top, const QString &name)
{
    QStringList problems;
    if (QCoreApplication::translate("ap::MainWindow", "&File") != QLatin1String("&File"))
        untranslated(top, &problems);
    QList<Reach> items = reachable(top, &problems);
    if (auto *window = qobject_cast<QMainWindow *>(top)) {
        for (QAction *a : window->menuBar()->actions()) {
            items.append({mnemonic(a->text()), QStringLiteral("menu “%1”").arg(a->text())});
            if (a->menu())
                checkMenu(a->menu(), a->text(), &problems);
        }
    }
    noDuplicates(items, name, &problems);
    return problems;
}

QString samplePlan(const QTemporaryDir &dir)
{
    const PlanData content = testutil::smallPlan();
    const QString path = dir.filePath(QStringLiteral("plan.aplan"));
    QString error;
    REQUIRE(PlanStore::create(path, content.info, &error, nullptr, &content));
    return path;
}

void fitsTheScreen(QWidget *w, const QString &name)
{
    w->adjustSize();
    const QSize hint = w->minimumSizeHint().expandedTo(w->minimumSize());
    INFO(name.toStdString() << ": needs " << hint.width() << "×" << hint.height());
    // 1366×768 less a taskbar and the window's frame.
    CHECK(hint.width() <= 1366);
    CHECK(hint.height() <= 700);
}

// The checks run in English and in Chinese: a translation brings mnemonics of its own ("(&S)").
// As main() installs them: Qt's own texts (qtbase) and ours.
struct Language
{
    QTranslator qt, own;
    explicit Language(bool chinese)
    {
        if (chinese) {
            if (qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qt);
            REQUIRE(own.load(QStringLiteral(ANNUALPLAN_QM)));
            QCoreApplication::installTranslator(&own);
        }
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&own);
        QCoreApplication::removeTranslator(&qt);
    }
};

} // namespace

TEST_CASE("In the main window every Alt letter reaches one thing and no label shows a literal &")
{
    const bool chinese = GENERATE(false, true);
    INFO((chinese ? "zh_CN" : "en"));
    const Language language(chinese);
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    SECTION("on the welcome page")
    {
        const QStringList problems = problemsOf(&window, QStringLiteral("welcome page"));
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    }
    SECTION("with a plan open, Find and Plan Checks shown")
    {
        REQUIRE(window.openFile(samplePlan(dir)));
        for (QDockWidget *d : window.findChildren<QDockWidget *>())
            d->show();
        const QStringList problems = problemsOf(&window, QStringLiteral("main window"));
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    }
    SECTION("with the year end's page shown")
    {
        REQUIRE(window.openFile(samplePlan(dir)));
        QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(window.findChild<QWidget *>(QStringLiteral("AssessmentPage")));
        const QStringList problems = problemsOf(&window, QStringLiteral("year end's page"));
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("Every dialog has one Alt letter per control, no literal &, and fits a 1366×768 screen")
{
    const bool chinese = GENERATE(false, true);
    INFO((chinese ? "zh_CN" : "en"));
    const Language language(chinese);
    QTemporaryDir dir;
    auto doc = PlanDocument::open(samplePlan(dir), PlanStore::Mode::ReadWrite, nullptr);
    REQUIRE(doc);
    const Id task = doc->plan().tasks.keys().first();
    ImportResult imported;
    QString error;
    REQUIRE(PlanImport::readBytes(QStringLiteral("2027年工作计划\n一、基层服务\n1.扩大签约覆盖面，签约率达到85%。\n").toUtf8(),
                                  QStringLiteral("plan.txt"), &imported, &error));
    const QList<QStringList> table = {{QStringLiteral("工作任务"), QStringLiteral("牵头单位"), QStringLiteral("完成时限")},
                                      {QStringLiteral("签约服务"), QStringLiteral("区卫健委"), QStringLiteral("2027年底")}};
    const std::map<QString, std::function<QDialog *()>> dialogs = {
        {QStringLiteral("plan properties"), [&] { return new PlanPropertiesDialog(doc->plan().info); }},
        {QStringLiteral("departments"), [&] { return new DepartmentDialog(doc.get()); }},
        {QStringLiteral("print settings"), [&] { return new PrintSettingsDialog(PrintOptions()); }},
        {QStringLiteral("roll forward"), [&] { return new RollForwardDialog(doc->plan(), doc->reports()); }},
        {QStringLiteral("report"), [&] { return new ReportDialog(*doc, task, QStringLiteral("2026Q2")); }},
        {QStringLiteral("import review"), [&] { return new ImportReviewDialog(imported, QStringLiteral("plan.txt"), true); }},
        {QStringLiteral("table import"), [&] { return new TableImportDialog(table, QStringLiteral("t.csv"), true); }},
        // Qt's own file dialog, as the window opens it where the desktop has none of its own.
        {QStringLiteral("file dialog"), [&] {
             auto *d = new QFileDialog(nullptr, QStringLiteral("打开"), dir.path());
             d->setOption(QFileDialog::DontUseNativeDialog);
             return d;
         }},
    };
    for (const auto &[name, make] : dialogs) {
        std::unique_ptr<QDialog> dialog(make());
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
        const QStringList problems = problemsOf(dialog.get(), name);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
        fitsTheScreen(dialog.get(), name);
    }
}

namespace {

int taskRowsShown(MainWindow &w)
{
    QTableView *table = w.taskView();
    return table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
}

} // namespace

TEST_CASE("At 1366×768 the whole window fits with ten task rows and more, Find open or not, and splitters stay where the clerk put them")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString plan = testutil::samplePlanFile(dir);
    // The screen less a taskbar.
    const QSize screen(1366, 728);
    QList<int> moved;
    {
        MainWindow window;
        window.setWindowState(Qt::WindowNoState);
        window.resize(screen);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openFile(plan));
        QCoreApplication::processEvents();
        INFO("needs " << window.minimumSizeHint().height() << " px, is " << window.height() << " px");
        CHECK(window.minimumSizeHint().height() <= screen.height());
        CHECK(window.minimumSizeHint().width() <= screen.width());
        CHECK(window.height() <= screen.height());
        INFO("task rows shown: " << taskRowsShown(window));
        CHECK(taskRowsShown(window) >= 10);

        // Ctrl+F opens Find and Filter; the window still fits.
        auto *find = window.findChild<QDockWidget *>(QStringLiteral("FindDock"));
        REQUIRE(find);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCoreApplication::processEvents();
        REQUIRE(find->isVisible());
        INFO("with Find: needs " << window.minimumSizeHint().height() << " px, is " << window.height() << " px");
        CHECK(window.minimumSizeHint().height() <= screen.height());
        CHECK(window.height() <= screen.height());
        find->hide();
        QCoreApplication::processEvents();

        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("RightSplitter"));
        REQUIRE(splitter);
        const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
        splitter->setSizes({total / 2, total - total / 2});
        moved = splitter->sizes();
        window.close();
    }
    MainWindow again;
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    REQUIRE(again.openFile(plan));
    const QList<int> restored = again.findChild<QSplitter *>(QStringLiteral("RightSplitter"))->sizes();
    INFO("moved to " << moved.value(0) << "/" << moved.value(1) << ", restored " << restored.value(0) << "/" << restored.value(1));
    REQUIRE(restored.size() == 2);
    // Kept as the clerk left it: the same share of the height (the window may have another size).
    CHECK(std::abs(double(restored.at(0)) / (restored.at(0) + restored.at(1))
                   - double(moved.at(0)) / (moved.at(0) + moved.at(1))) < 0.02);
}

TEST_CASE("In Chinese the menus name the keys as they are labelled: Delete and Shift+Tab")
{
    const Language language(true);
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openFile(samplePlan(dir)));
    static const QRegularExpression qtNames(QStringLiteral("\\bDel\\b|Backtab"));
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu()) {
                walk(a->menu());
                continue;
            }
            const QString keys = a->shortcut().toString(QKeySequence::NativeText);
            INFO(a->text().toStdString() << ": " << keys.toStdString());
            CHECK_FALSE(qtNames.match(keys).hasMatch());
        }
    };
    for (QAction *top : window.menuBar()->actions())
        walk(top->menu());
    CHECK(window.findChild<QAction *>(QStringLiteral("DeleteAction"))->shortcut().toString(QKeySequence::NativeText)
          == QStringLiteral("Delete"));
    CHECK(window.findChild<QAction *>(QStringLiteral("OutdentAction"))->shortcut().toString(QKeySequence::NativeText)
          == QStringLiteral("Shift+Tab"));
}
