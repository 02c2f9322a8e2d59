// The Word export checked by a real office suite: LibreOffice (headless) lays out the .docx of
// the sample plan as a PDF, and that PDF is set against AnnualPlan's own: the same pages, the
// same words in the same order, the chosen fonts, landscape pages where the annexes are.
#include "io/planjson.h"
#include "print/planprinter.h"
#include "storage/file/planstore.h"

#include "../support/pdfpages.h"
#include "../support/testutil.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>

using namespace ap;

namespace {

struct Exports
{
    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> doc;
    QString ours, theirs;   // AnnualPlan's PDF, LibreOffice's PDF of our .docx
    bool converted = false;

    explicit Exports(bool issuedByNotice = false)
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty()) {
            WARN("LibreOffice (soffice) is not installed: the office check is skipped; scripts/install-deps.sh installs it");
            return;
        }
        QString error;
        doc = testutil::openSamplePlan(dir, issuedByNotice);
        ours = dir.filePath(QStringLiteral("ours.pdf"));
        const QString docx = dir.filePath(QStringLiteral("plan.docx"));
        const PlanPrinter printer(*doc, PrintOptions{});
        REQUIRE(printer.writePdf(ours, &error));
        REQUIRE(printer.writeDocx(docx, &error));
        // A profile of its own, so that no running office and no earlier test shares it.
        QProcess lo;
        lo.setProcessChannelMode(QProcess::MergedChannels);
        lo.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                           QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                           QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo")), docx});
        REQUIRE(lo.waitForFinished(180000));
        INFO(lo.readAll().toStdString());
        theirs = dir.filePath(QStringLiteral("lo/plan.pdf"));
        REQUIRE(QFileInfo::exists(theirs));
        converted = true;
    }
};

int portraitPages(const QList<testutil::PdfPage> &pages)
{
    int n = 0;
    while (n < pages.size() && pages.at(n).width < pages.at(n).height)
        ++n;
    return n;
}

// The words in the order they are drawn (pdftotext -raw), without spaces, page numbers and the
// header rows the tables repeat on each page (the two break their tables on different rows).
QString drawnWords(const QString &pdf, int first, int last, const QStringList &headers)
{
    QString s = testutil::run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(first),
                                                           QStringLiteral("-l"), QString::number(last), pdf, QStringLiteral("-")});
    s = testutil::printedWords(s);
    for (const QString &h : headers)
        s.remove(h);
    return s;
}

QStringList embeddedFonts(const QString &pdf)
{
    QStringList out;
    const QStringList lines = testutil::run(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    for (const QString &l : lines)
        out << l.section(u' ', 0, 0).section(u'+', -1);
    return out;
}

QString postscriptName(const QString &family)
{
    return testutil::run(QStringLiteral("fc-match"), {family, QStringLiteral("--format=%{postscriptname}")}).trimmed();
}

} // namespace

TEST_CASE("LibreOffice lays out the Word export of the sample on the same pages as the print")
{
    Exports e;
    if (!e.converted)
        return;
    const QList<testutil::PdfPage> ours = testutil::pages(e.ours);
    const QList<testutil::PdfPage> theirs = testutil::pages(e.theirs);
    const int oursBody = portraitPages(ours), theirsBody = portraitPages(theirs);
    INFO("body pages: ours " << oursBody << ", LibreOffice " << theirsBody);
    REQUIRE(oursBody > 3);
    CHECK(std::abs(theirsBody - oursBody) <= 0.1 * oursBody);
    // Then only landscape pages, the first of them the annex's.
    for (int i = theirsBody; i < theirs.size(); ++i)
        CHECK(theirs.at(i).width > theirs.at(i).height);
    REQUIRE(theirs.size() > theirsBody);
    CHECK(theirs.at(theirsBody).text().startsWith(QStringLiteral("附件1")));
    CHECK(std::abs(theirs.size() - ours.size()) <= 0.1 * ours.size() + 1);
    // A4: 595 × 842 points.
    CHECK(std::abs(theirs.first().width - 595.3) < 1);
    CHECK(std::abs(theirs.first().height - 841.9) < 1);
}

TEST_CASE("LibreOffice shows the Word export's words in the print's order, in the chosen fonts")
{
    Exports e;
    if (!e.converted)
        return;
    const QList<testutil::PdfPage> ours = testutil::pages(e.ours);
    const QList<testutil::PdfPage> theirs = testutil::pages(e.theirs);
    const int oursBody = portraitPages(ours), theirsBody = portraitPages(theirs);
    const QString body = drawnWords(e.ours, 1, oursBody, {});
    CHECK(drawnWords(e.theirs, 1, theirsBody, {}) == body);
    CHECK(body.contains(QStringLiteral("重点人群家庭医生签约率提升至85%（2025年为80%）")));
    const PrintedDocument content = PlanPrinter(*e.doc, PrintOptions{}).content();
    // What a page top repeats: the header row, and in the 责任清单 a department's name with it.
    QStringList headers;
    for (const PrintedTable &t : content.annexes) {
        QString h;
        for (const PrintedTable::Column &c : t.columns)
            h += c.header;
        if (t.headerPerGroup)
            for (const PrintedTable::Row &r : t.rows)
                if (r.group)
                    headers.prepend(r.cells.value(0) + h);
        headers << h;
    }
    const QString annex = drawnWords(e.ours, oursBody + 1, int(ours.size()), headers);
    CHECK(annex.size() > 1000);
    CHECK(drawnWords(e.theirs, theirsBody + 1, int(theirs.size()), headers) == annex);
    // Every font the print chose is the one LibreOffice used: none was substituted.
    const QStringList used = embeddedFonts(e.theirs);
    const PrintFonts fonts = PrintOptions{}.fonts;
    for (const QString &family : {fonts.title, fonts.body, fonts.heading1, fonts.heading2, fonts.pageNumber}) {
        INFO(family.toStdString() << " → " << postscriptName(family).toStdString() << " in " << used.join(u',').toStdString());
        CHECK(used.contains(postscriptName(family)));
    }
}

TEST_CASE("LibreOffice shows the notice's 版头 and words as the print, and the 版记 at the foot of the last page")
{
    Exports e(true);
    if (!e.converted)
        return;
    const QList<testutil::PdfPage> ours = testutil::pages(e.ours);
    const QList<testutil::PdfPage> theirs = testutil::pages(e.theirs);
    REQUIRE(!theirs.isEmpty());
    REQUIRE(!theirs.first().lines.isEmpty());
    // The mark first, its top 35 mm into the text block as in the print.
    const testutil::Line &mark = theirs.first().lines.first();
    CHECK(mark.text == e.doc->plan().info.notice.issuerMark);
    CHECK(std::abs(mark.yMin - ours.first().lines.first().yMin) < 6 / 25.4 * 72);
    // The notice and the plan in the print's words and order (the landscape annexes between are
    // compared above), and the 版记 on the last page, its lines where the print has them.
    const int oursBody = portraitPages(ours), theirsBody = portraitPages(theirs);
    CHECK(drawnWords(e.theirs, 1, theirsBody, {}) == drawnWords(e.ours, 1, oursBody, {}));
    const testutil::PdfPage &last = theirs.last(), &ourLast = ours.last();
    CHECK(last.width < last.height);
    auto line = [](const testutil::PdfPage &p, const QString &start) -> const testutil::Line * {
        for (const testutil::Line &l : p.lines)
            if (l.text.startsWith(start))
                return &l;
        return nullptr;
    };
    for (const QString &start : {QStringLiteral("抄送："), e.doc->plan().info.notice.printedBy}) {
        const testutil::Line *a = line(last, start), *b = line(ourLast, start);
        INFO(start.toStdString());
        REQUIRE(a);
        REQUIRE(b);
        CHECK(std::abs(a->yMin - b->yMin) < 4 / 25.4 * 72);
        CHECK(std::abs(a->xMin - b->xMin) < 2 / 25.4 * 72);
    }
}
