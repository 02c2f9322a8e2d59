// The print preview shows the pages of the PDF an export writes, each in its own size and
// orientation: the portrait body pages whole (the issuing organisation, the date and the page
// number included) and the annex pages landscape; for the plan from File ▸ Print Preview and for
// the progress report from the Plan menu alike.
#include "shell/mainwindow.h"
#include "dialogs/pdfpreviewdialog.h"
#include "print/planprinter.h"
#include "print/bulletinprinter.h"

#include "../support/answers.h"
#include "../support/keyboard.h"
#include "../support/testutil.h"

#include <QAction>
#include <QInputDialog>
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
    for (const QWidget *v : preview.findChildren<QWidget *>(QStringLiteral("PreviewPage")))
        s.upright << (v->height() > v->width());
    return s;
}

// The preview's pages against the exported PDF's: as many, each as wide and as tall, and the
// widgets that show them in the page's orientation.
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
        auto *pages = d->findChild<QScrollArea *>(QStringLiteral("PreviewPages"));
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
