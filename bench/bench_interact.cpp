// Interactions in the real window on a large plan (issue "Fast again, and kept fast"): what a
// clerk feels, each measured from the key or command to the window having done it and painted,
// p50 and p99 over repeated runs, on generated plans of 10,000 and 100,000 tasks.
//   bench_interact [SIZES…]     default: 10000 100000
// BENCH_ONLY=switch,type,find,paste,dashboard,assessment,report,preview,import,rollforward runs only those.
// Run under a real X server (bench/run.sh starts Xvfb). Chinese is typed as an input method
// delivers it (tests/support/keyboard.h). Nothing here is asserted.
//   switch section     Down in the outline, until the section's tasks are painted
//   type into a cell   F2 on a task's title, a character, Enter: until the file holds it
//   find as one types  one character more in the Find panel, until its results are painted; then
//                      typing into cells as above with the search left open
//   paste 1,000 rows   Ctrl+V of 1,000 task rows into the table; and Ctrl+Z of it
//   dashboard          F9 to the dashboard (its status tables built and painted), F9 back; then
//                      typing into cells as above with the dashboard built and left
//   assessment         the year end's assessment page (Plan ▸ 年度考核): to it and back; then typing
//   report             Ctrl+R on a task, a percent, OK: from OK until the file has the report
//   preview            Print Preview: from the command until the preview's first page is painted;
//                      Page Down while the rest is laid out; the command until the whole is shown
//   import             File ▸ Import of a 300-page PDF: from its name given until the review is painted
//   rollforward        Roll Forward: until its dialog is painted; and from the new file's name
//                      given until the new plan is open in the window (its summary painted)
#include "generate.h"
#include "stats.h"
#include "../tests/support/keyboard.h"

#include "../tests/support/answers.h"

#include "dialogs/pdfpreviewdialog.h"
#include "dialogs/previewpages.h"
#include "dialogs/importdialog.h"
#include "dialogs/reportdialog.h"
#include "print/planprinter.h"
#include "dialogs/rollforwarddialog.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTimer>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>
#include <functional>

using namespace ap;

namespace {

// One interaction: f sends the events; the time runs until every event it caused (paints
// included) has been handled.
double timed(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    QApplication::processEvents();
    QApplication::sendPostedEvents();
    QApplication::processEvents();
    return t.nsecsElapsed() / 1e6;
}

void report(const char *what, int tasks, const QList<double> &ms)
{
    printf("| %d | %s | %lld | %.1f ms | %.1f ms | %.1f ms |\n", tasks, what, static_cast<long long>(ms.size()),
           bench::percentile(ms, 0.5), bench::percentile(ms, 0.99), bench::percentile(ms, 1.0));
    fflush(stdout);
}

bool wanted(const char *what)
{
    const QByteArray only = qgetenv("BENCH_ONLY");
    return only.isEmpty() || only.split(',').contains(what);
}

// The time on clock when a window of class Window is first painted (-1 until it is): the
// interaction's end for the ones that open a dialog.
template <typename Window>
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer &clock) : m_clock(clock) { qApp->installEventFilter(this); }
    ~FirstPaint() override { qApp->removeEventFilter(this); }
    double ms = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (ms < 0 && event->type() == QEvent::Paint)
            if (auto *w = qobject_cast<QWidget *>(watched); w && qobject_cast<Window *>(w->window()))
                ms = m_clock.nsecsElapsed() / 1e6;
        return false;
    }

private:
    const QElapsedTimer &m_clock;
};

QAction *action(MainWindow &w, const char *name)
{
    return w.findChild<QAction *>(QLatin1String(name));
}

// Ctrl+R on a task, a percent given, OK: from OK until the report is in the file and shown.
void saveReports(MainWindow &w, int tasks)
{
    QTableView *table = w.taskView();
    QList<double> ms;
    QElapsedTimer clock;
    for (int i = 0; i < 20; ++i) {
        table->setFocus();
        // A task of its own each time: a second report on one would be a correction, asked why.
        table->selectionModel()->setCurrentIndex(table->model()->index(i, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QApplication::processEvents();
        testutil::Answers answers;
        answers.then<ReportDialog>([&](ReportDialog *d) {
            if (auto *percent = d->findChild<QDoubleSpinBox *>())
                percent->setValue(10 + i);
            auto *buttons = d->findChild<QDialogButtonBox *>();
            clock.start();
            if (buttons && buttons->button(QDialogButtonBox::Ok)->isEnabled())
                buttons->button(QDialogButtonBox::Ok)->click();
            else
                d->reject();
        });
        QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
        QApplication::processEvents();
        QApplication::sendPostedEvents();
        QApplication::processEvents();
        if (clock.isValid())
            ms << clock.nsecsElapsed() / 1e6;
    }
    report("save a report (OK in the report form; in the file)", tasks, ms);
}

// Print Preview: from the command until its first page is painted; then a page turned (Page Down)
// while the rest is laid out; and from the command until the whole plan is laid out and shown.
void printPreview(MainWindow &w, int tasks)
{
    QList<double> first, turned, whole;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer clock;
        FirstPaint<PdfPreviewDialog> painted(clock);
        testutil::Answers answers;
        answers.then<PdfPreviewDialog>([&](PdfPreviewDialog *d) {
            (void)QTest::qWaitFor([&] { return painted.ms >= 0; }, 60000);
            for (int k = 0; k < 5 && d->state() == PdfPreviewDialog::State::LayingOut; ++k)
                turned << timed([d] { QTest::keyClick(d->pages(), Qt::Key_PageDown); });
            (void)QTest::qWaitFor([d] { return d->state() != PdfPreviewDialog::State::LayingOut; }, 600000);
            whole << clock.nsecsElapsed() / 1e6;
            d->reject();
        });
        clock.start();
        action(w, "PrintPreviewAction")->trigger();
        if (painted.ms >= 0)
            first << painted.ms;
    }
    report("print preview (to its first page painted)", tasks, first);
    report("print preview: Page Down while the rest is laid out", tasks, turned);
    report("print preview: the whole plan laid out and shown", tasks, whole);
}

// Roll Forward of the open plan: its dialog shown; then, once the new file is named, the new plan
// written and open in the window (its summary painted). The last year's plan is opened again after.
void rollForward(MainWindow &w, int tasks, const QString &dir)
{
    const QString last = w.document()->filePath();
    QList<double> dialog, made;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer clock, after;
        FirstPaint<RollForwardDialog> shown(clock);
        FirstPaint<QMessageBox> done(after);
        testutil::Answers answers;
        answers.then<RollForwardDialog>([&](RollForwardDialog *d) {
            (void)QTest::qWaitFor([&] { return shown.ms >= 0; }, 60000);
            d->accept();
        });
        const QString next = dir + QStringLiteral("/next%1-%2.aplan").arg(tasks).arg(i);
        answers.then<QFileDialog>([&](QFileDialog *d) {
            if (auto *name = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(next);
            after.start();
            QTimer::singleShot(0, d, [d] { static_cast<QDialog *>(d)->accept(); });
        });
        answers.then<QMessageBox>([&](QMessageBox *box) {
            (void)QTest::qWaitFor([&] { return done.ms >= 0; }, 60000);
            box->accept();
        });
        clock.start();
        action(w, "RollForwardAction")->trigger();
        if (shown.ms >= 0)
            dialog << shown.ms;
        if (done.ms >= 0)
            made << done.ms;
        w.openFile(last);
        QApplication::processEvents();
    }
    report("roll forward: its dialog shown", tasks, dialog);
    report("roll forward: the new plan written and open", tasks, made);
}

// File ▸ Import of a 300-page PDF (a generated plan's body, 1,550 tasks, as AnnualPlan prints it):
// from the file's name given until the import review is painted (read on a thread of its own).
void importPdf(MainWindow &w, int tasks, const QString &dir)
{
    const QString pdf = dir + QStringLiteral("/import300.pdf");
    if (!QFileInfo::exists(pdf)) {
        const PlanData p = bench::generate(1550, 100);
        const QString path = dir + QStringLiteral("/import300.aplan");
        QString error;
        if (!PlanStore::create(path, p.info, &error, nullptr, &p))
            return;
        const auto doc = PlanDocument::open(path, PlanDocument::Mode::ReadOnly, &error);
        PrintOptions options;
        options.parts = PrintOptions::Plan;
        if (!doc || !PlanPrinter(*doc, options).writePdf(pdf, &error))
            return;
    }
    QList<double> ms;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer clock;
        FirstPaint<ImportReviewDialog> shown(clock);
        testutil::Answers answers;
        answers.then<QFileDialog>([&](QFileDialog *d) {
            if (auto *name = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(pdf);
            clock.start();
            QTimer::singleShot(0, d, [d] { static_cast<QDialog *>(d)->accept(); });
        });
        answers.then<ImportReviewDialog>([&](ImportReviewDialog *d) {
            (void)QTest::qWaitFor([&] { return shown.ms >= 0; }, 60000);
            d->reject();
        });
        action(w, "ImportAction")->trigger();
        if (shown.ms >= 0)
            ms << shown.ms;
    }
    report("import a 300-page PDF (to its review painted)", tasks, ms);
}

void run(int tasks, const QString &dir)
{
    const QString path = dir + QStringLiteral("/plan%1.aplan").arg(tasks);
    {
        const PlanData p = bench::generate(tasks, qMin(500, tasks / 4));
        QString error;
        if (!PlanStore::create(path, p.info, &error, nullptr, &p)) {
            fprintf(stderr, "cannot create the plan: %s\n", qPrintable(error));
            return;
        }
    }
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    w.activateWindow();
    // Keys go to the focused widget of the active window (typing needs it).
    if (!QTest::qWaitForWindowExposed(&w) || !QTest::qWaitForWindowActive(&w) || !w.openFile(path)) {
        fprintf(stderr, "the window did not open the plan, or never became active\n");
        return;
    }
    QApplication::processEvents();
    QTreeView *outline = w.sectionView();
    QTableView *table = w.taskView();
    const int rounds = 60;

    // Switch section: Down through the outline (parts and sections alike), then Up again.
    outline->setFocus();
    outline->setCurrentIndex(outline->model()->index(0, 0));
    QApplication::processEvents();
    QList<double> ms;
    for (int i = 0; i < rounds && wanted("switch"); ++i)
        ms << timed([&] { QTest::keyClick(outline, i < rounds / 2 ? Qt::Key_Down : Qt::Key_Up); });
    if (wanted("switch"))
        report("switch section (Down/Up in the outline)", tasks, ms);

    // Type into a cell until the file has it (each edit is its own transaction, synced).
    auto typeIntoCells = [&](const char *what) {
        outline->setCurrentIndex(outline->model()->index(0, 0, outline->model()->index(0, 0)));
        QApplication::processEvents();
        table->setFocus();
        QList<double> typed;
        for (int i = 0; i < rounds; ++i) {
            table->setCurrentIndex(table->model()->index(i % 20, 0));
            typed << timed([&] {
                QTest::keyClick(table, Qt::Key_F2);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
                testutil::type(QApplication::focusWidget(), QStringLiteral("新"));
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            });
        }
        report(what, tasks, typed);
    };
    if (wanted("type"))
        typeIntoCells("type into a cell (F2, a character, Enter; written to the file)");

    // Find as one types: Ctrl+F, then one character at a time.
    ms.clear();
    const QString words = QStringLiteral("推进落实完善加强提升健全规范深化覆盖率");
    for (int i = 0; i < rounds && wanted("find"); ++i) {
        if (i % 5 == 0) {
            action(w, "FindAction")->trigger();
            QApplication::processEvents();
            if (auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget()))
                edit->clear();
            QApplication::processEvents();
        }
        QWidget *edit = QApplication::focusWidget();
        ms << timed([&] { testutil::type(edit, words.mid(i % words.size(), 1)); });
    }
    if (wanted("find")) {
        report("find as one types (a character more)", tasks, ms);
        // The search left open in the Find panel: what an edit costs now.
        typeIntoCells("type into a cell, a search open in the Find panel");
    }
    table->setFocus();

    // Paste 1,000 rows, and undo it.
    QString rows = QStringLiteral("工作任务\t完成时限\n");
    for (int i = 0; i < 1000; ++i)
        rows += QStringLiteral("粘贴的第%1项工作\t2027-06-30\n").arg(i + 1);
    QList<double> paste, undo;
    for (int i = 0; i < 5 && wanted("paste"); ++i) {
        QApplication::clipboard()->setText(rows);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        paste << timed([&] { QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier); });
        undo << timed([&] { QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier); });
    }
    if (wanted("paste")) {
        report("paste 1,000 rows (Ctrl+V)", tasks, paste);
        report("undo the paste (Ctrl+Z)", tasks, undo);
    }

    // A page to it (built and painted) and back, five times; then typing with it built and left.
    auto pageAndBack = [&](const char *actionName, const char *shown, const char *back, const char *typed) {
        QList<double> to, from;
        for (int i = 0; i < 5; ++i) {
            to << timed([&] { action(w, actionName)->trigger(); });
            from << timed([&] { action(w, actionName)->trigger(); });
        }
        report(shown, tasks, to);
        report(back, tasks, from);
        typeIntoCells(typed);
    };
    if (wanted("dashboard"))
        pageAndBack("DashboardAction", "dashboard shown (F9)", "back from the dashboard (F9)",
                    "type into a cell, the dashboard shown once before");
    if (wanted("assessment"))
        pageAndBack("AssessmentAction", "assessment page shown (the first time builds it)", "back from the assessment page",
                    "type into a cell, the assessment page shown once before");
    if (wanted("report"))
        saveReports(w, tasks);
    if (wanted("preview"))
        printPreview(w, tasks);
    if (wanted("import"))
        importPdf(w, tasks, dir);
    if (wanted("rollforward"))
        rollForward(w, tasks, dir);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << atoi(argv[i]);
    if (sizes.isEmpty())
        sizes = {10000, 100000};
    QTemporaryDir dir;
    printf("platform %s\n\n| tasks | interaction | runs | p50 | p99 | max |\n|---|---|---|---|---|---|\n",
           qPrintable(QGuiApplication::platformName()));
    for (int tasks : sizes)
        run(tasks, dir.path());
    return 0;
}
