// The print preview shows the pages of the PDF an export writes, each in its own size and
// orientation: the portrait body pages whole (the issuing organisation, the date and the page
// number included) and the annex pages landscape; for the plan from File ▸ Print Preview and for
// the progress report from the Plan menu alike. A long plan's first pages show at once while the
// whole is laid out on a thread of its own, which the clerk can stop and which closing stops.
#include "shell/mainwindow.h"
#include "dialogs/pdfpreviewdialog.h"
#include "dialogs/previewpages.h"
#include "flows/printflow.h"
#include "storage/file/planstore.h"
#include "print/planprinter.h"
#include "print/bulletinprinter.h"

#include "../support/answers.h"
#include "../support/keyboard.h"
#include "../support/testutil.h"
#include "../../bench/generate.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QThread>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace ap;
using testutil::Answers;

namespace {

// Each page's size in points as pdfinfo (poppler-utils) reads the file.
QList<QSizeF> pdfPageSizes(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                        QStringLiteral("9999"), pdf});
    REQUIRE(p.waitForFinished(30000));
    QList<QSizeF> sizes;
    static const QRegularExpression line(QStringLiteral("^Page +\\d+ size: +([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption);
    auto it = line.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
    while (it.hasNext()) {
        const auto m = it.next();
        sizes << QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    }
    return sizes;
}

// A PDF of count A4 pages, each with its number on it.
bool writePages(const QString &path, int count)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(500, 500), QString::number(i + 1));
    }
    return painter.end();
}

// A generated plan of 200 tasks (more than the preview lays out at once), in dir.
QString longPlanFile(const QTemporaryDir &dir)
{
    const PlanData data = ap::bench::generate(200, 50);
    const QString path = dir.filePath(QStringLiteral("long.aplan"));
    QString error;
    REQUIRE(PlanStore::create(path, data.info, &error, nullptr, &data));
    return path;
}

bool portrait(const QSizeF &s)
{
    return s.height() > s.width();
}

// What a preview showed: each page's size in points and whether its widget stands upright.
struct Shown
{
    QList<QSizeF> sizes;
    QList<bool> upright;
    QString title;
};

Shown snapshot(const PdfPreviewDialog &preview)
{
    Shown s;
    s.title = preview.windowTitle();
    for (int i = 0; i < preview.pageCount(); ++i)
        s.sizes << preview.pageSize(i);
    for (int i = 0; i < preview.pageCount(); ++i)
        s.upright << (preview.pageArea(i).height() > preview.pageArea(i).width());
    return s;
}

// The preview's pages against the exported PDF's: as many, each as wide and as tall, and each
// drawn in the page's orientation.
void samePages(const Shown &shown, const QList<QSizeF> &pdf)
{
    REQUIRE(shown.sizes.size() == pdf.size());
    REQUIRE(shown.upright.size() == pdf.size());
    for (int i = 0; i < pdf.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(std::abs(shown.sizes.at(i).width() - pdf.at(i).width()) < 1.0);
        CHECK(std::abs(shown.sizes.at(i).height() - pdf.at(i).height()) < 1.0);
        CHECK(shown.upright.at(i) == portrait(pdf.at(i)));
    }
}

} // namespace

TEST_CASE("File ▸ Print Preview shows the exported PDF's pages, portrait body and landscape annexes")
{
    QTemporaryDir dir;
    const QString path = testutil::smallPlanFile(dir);
    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    REQUIRE(w.openFile(path));
    const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
    QString error;
    REQUIRE(PlanPrinter(*w.document(), PrintOptions::fromSettings()).writePdf(exported, &error));
    const QList<QSizeF> pdf = pdfPageSizes(exported);
    REQUIRE(pdf.size() >= 3);
    REQUIRE(portrait(pdf.first()));
    REQUIRE_FALSE(portrait(pdf.last()));

    Answers answers;
    Shown shown;
    bool pagedDown = false;
    answers.then<PdfPreviewDialog>([&](PdfPreviewDialog *d) {
        shown = snapshot(*d);
        // Page Down turns the pages at once, without a click on them first.
        auto *pages = d->findChild<QAbstractScrollArea *>(QStringLiteral("PreviewPages"));
        REQUIRE(pages);
        // Once the pages are laid out at the width they fit (the dialog does it on its next turn).
        REQUIRE(QTest::qWaitFor([pages] { return pages->verticalScrollBar()->maximum() > 0; }));
        const int before = pages->verticalScrollBar()->value();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
        pagedDown = pages->verticalScrollBar()->value() > before;
        QTest::keyClick(d, Qt::Key_Escape);
    });
    QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(answers.allAnswered());
    samePages(shown, pdf);
    CHECK(pagedDown);
}

TEST_CASE("The progress report's preview shows its PDF's pages, each in its own orientation")
{
    QTemporaryDir dir;
    const QString path = testutil::smallPlanFile(dir);
    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    REQUIRE(w.openFile(path));
    const PlanInfo &info = w.document()->plan().info;
    Answers answers;
    Shown shown;
    answers.then<QInputDialog>([](QInputDialog *d) { d->accept(); });   // the period offered: the current one
    answers.then<PdfPreviewDialog>([&](PdfPreviewDialog *d) {
        shown = snapshot(*d);
        QTest::keyClick(d, Qt::Key_Escape);
    });
    w.findChild<QAction *>(QStringLiteral("ProgressReportAction"))->trigger();
    REQUIRE(answers.allAnswered());
    // The same report written as its export writes it, for the period the preview is of.
    QString key;
    for (const QString &p : period::ofYear(info.year, info.cadence))
        if (shown.title.contains(period::display(p)) && period::display(p).size() > period::display(key).size())
            key = p;   // the longest that matches: 2026年1月 is part of 2026年11月
    REQUIRE_FALSE(key.isEmpty());
    const QString exported = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    REQUIRE(BulletinPrinter(*w.document(), BulletinPrinter::Kind::Progress, key, QDate(), PrintOptions::fromSettings().fonts)
                .writePdf(exported, &error));
    const QList<QSizeF> pdf = pdfPageSizes(exported);
    REQUIRE_FALSE(pdf.isEmpty());
    CHECK(portrait(pdf.first()));
    samePages(shown, pdf);
}

TEST_CASE("A long document's first pages show at once and the whole takes their place, the page in view staying")
{
    QSemaphore go;
    PdfPreviewDialog preview(QStringLiteral("预览"), [](const QString &path, QString *) { return writePages(path, 3); });
    preview.setWhole([&go](const QString &path, QString *, const PdfPreviewDialog::Progress &progress) {
        progress(1, 12);
        // Held until the test has looked at the first pages (the guard only ends a test that failed).
        if (!go.tryAcquire(1, 60000))
            return false;
        for (int i = 2; i <= 12; ++i)
            if (!progress(i, 12))
                return false;
        return writePages(path, 12);
    });
    QString error;
    REQUIRE(preview.load(&error));
    REQUIRE(testutil::showActive(&preview));
    QApplication::processEvents();
    CHECK(preview.state() == PdfPreviewDialog::State::LayingOut);
    CHECK(preview.pageCount() == 3);
    auto *progress = preview.findChild<QProgressBar *>(QStringLiteral("PreviewLayoutProgress"));
    auto *stop = preview.findChild<QPushButton *>(QStringLiteral("PreviewStopButton"));
    REQUIRE(progress);
    REQUIRE(stop);
    CHECK(progress->isVisible());
    CHECK(stop->isVisible());
    // The first pages are turned by keys while the rest is laid out.
    REQUIRE(QTest::qWaitFor([&] { return preview.pages()->verticalScrollBar()->maximum() > 0; }));
    QTest::keyClick(preview.pages(), Qt::Key_End);
    const int inView = preview.pages()->firstPageInView();
    CHECK(inView >= 1);
    go.release();
    REQUIRE(QTest::qWaitFor([&] { return preview.state() != PdfPreviewDialog::State::LayingOut; }, 60000));
    CHECK(preview.state() == PdfPreviewDialog::State::Complete);
    CHECK(preview.pageCount() == 12);
    CHECK(preview.pages()->firstPageInView() == inView);
    CHECK_FALSE(progress->isVisible());
    CHECK_FALSE(stop->isVisible());
}

TEST_CASE("Stop Laying Out (Alt+S) ends the work and keeps the first pages, saying so")
{
    PdfPreviewDialog preview(QStringLiteral("预览"), [](const QString &path, QString *) { return writePages(path, 2); });
    std::atomic<bool> stopped{false};
    preview.setWhole([&stopped](const QString &, QString *, const PdfPreviewDialog::Progress &progress) {
        while (progress(1, 2))
            QThread::yieldCurrentThread();
        stopped = true;
        return false;
    });
    QString error;
    REQUIRE(preview.load(&error));
    REQUIRE(testutil::showActive(&preview));
    REQUIRE(preview.state() == PdfPreviewDialog::State::LayingOut);
    QTest::keyClick(&preview, Qt::Key_S, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return preview.state() != PdfPreviewDialog::State::LayingOut; }, 60000));
    CHECK(stopped);
    CHECK(preview.state() == PdfPreviewDialog::State::Stopped);
    CHECK(preview.pageCount() == 2);
    auto *status = preview.findChild<QLabel *>(QStringLiteral("PreviewLayoutStatus"));
    REQUIRE(status);
    CHECK(status->isVisible());
    CHECK(status->text().contains(QLatin1Char('2')));
    CHECK(preview.isVisible());
}

TEST_CASE("Closing the preview while the rest is laid out tells the work to stop; the preview does not wait for it")
{
    for (const bool byPrint : {false, true}) {
        INFO("closed by " << (byPrint ? "Print…" : "Esc"));
        auto ended = std::make_shared<std::atomic<bool>>(false);
        auto hold = std::make_shared<QSemaphore>();
        {
            PdfPreviewDialog preview(QStringLiteral("预览"), [](const QString &path, QString *) { return writePages(path, 2); });
            preview.setWhole([ended, hold](const QString &, QString *, const PdfPreviewDialog::Progress &progress) {
                while (progress(1, 2))
                    QThread::yieldCurrentThread();
                // Told to stop; it ends only once the test lets it, after the preview has gone.
                (void)hold->tryAcquire(1, 60000);
                *ended = true;
                return false;
            });
            QString error;
            REQUIRE(preview.load(&error));
            REQUIRE(testutil::showActive(&preview));
            if (byPrint)
                preview.accept();   // what the Print… button does before printing
            else
                QTest::keyClick(&preview, Qt::Key_Escape);
            CHECK_FALSE(preview.isVisible());
        }
        CHECK_FALSE(*ended);   // the preview went while the work still ran
        hold->release();
        REQUIRE(QTest::qWaitFor([ended] { return ended->load(); }, 60000));
    }
}

TEST_CASE("A long plan previewed without its text (an annex alone) shows every page at once")
{
    QTemporaryDir dir;
    const QString path = longPlanFile(dir);
    QString error;
    PrintOptions annexOnly;
    annexOnly.parts = PrintOptions::Annex;
    annexOnly.save();
    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    REQUIRE(w.openFile(path));
    REQUIRE(w.document()->plan().tasks.size() > PrintFlow::kPreviewAtOnce);
    const QString exported = dir.filePath(QStringLiteral("annex.pdf"));
    REQUIRE(PlanPrinter(*w.document(), annexOnly).writePdf(exported, &error));
    const QList<QSizeF> pdf = pdfPageSizes(exported);

    Answers answers;
    Shown shown;
    PdfPreviewDialog::State state = PdfPreviewDialog::State::LayingOut;
    answers.then<PdfPreviewDialog>([&](PdfPreviewDialog *d) {
        state = d->state();
        shown = snapshot(*d);
        QTest::keyClick(d, Qt::Key_Escape);
    });
    QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    PrintOptions().save();
    REQUIRE(answers.allAnswered());
    CHECK(state == PdfPreviewDialog::State::Complete);
    samePages(shown, pdf);
}

TEST_CASE("File ▸ Print Preview of a long plan ends with every page of its exported PDF")
{
    QTemporaryDir dir;
    const QString path = longPlanFile(dir);
    QString error;
    MainWindow w;
    REQUIRE(testutil::showActive(&w));
    REQUIRE(w.openFile(path));
    REQUIRE(w.document()->plan().tasks.size() > PrintFlow::kPreviewAtOnce);
    const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
    REQUIRE(PlanPrinter(*w.document(), PrintOptions::fromSettings()).writePdf(exported, &error));
    const QList<QSizeF> pdf = pdfPageSizes(exported);

    Answers answers;
    Shown shown;
    PdfPreviewDialog::State state = PdfPreviewDialog::State::LayingOut;
    answers.then<PdfPreviewDialog>([&](PdfPreviewDialog *d) {
        CHECK(d->pageCount() > 0);
        REQUIRE(QTest::qWaitFor([d] { return d->state() != PdfPreviewDialog::State::LayingOut; }, 120000));
        state = d->state();
        shown = snapshot(*d);
        QTest::keyClick(d, Qt::Key_Escape);
    });
    QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(answers.allAnswered());
    CHECK(state == PdfPreviewDialog::State::Complete);
    samePages(shown, pdf);
}
