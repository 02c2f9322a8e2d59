// The Word export checked by a real office suite: LibreOffice (headless) lays out the .docx as a
// PDF, with fontconfig as AnnualPlan's package sets it up (the 公文 font names found among the
// free fonts), and that PDF is set against AnnualPlan's own page for page: the sample plan, the
// sample issued by its notice, a generated plan of 2,000 tasks, a year's report and the 调整对照表 of a
// mid-year adjustment behind its notice. The same
// number of pages, each beginning with the same words; the same words in the same order; the
// chosen fonts; the 版头 and the 版记 where the print has them.
#include "io/planjson.h"
#include "print/adjustmentprinter.h"
#include "print/bulletinprinter.h"
#include "print/planprinter.h"
#include "storage/file/planstore.h"

#include "../../bench/generate.h"
#include "../support/pdfpages.h"
#include "../support/printedwords.h"
#include "../support/sampleadjustment.h"
#include "../support/sampleyear.h"
#include "../support/testutil.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>

using namespace ap;

namespace {

// A document printed as PDF and written as Word, and LibreOffice's PDF of the Word file.
struct Exports
{
    QTemporaryDir dir;
    QString ours, theirs;
    bool converted = false;

    // write(pdf, docx) makes both files.
    explicit Exports(const std::function<void(const QString &, const QString &)> &write)
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty()) {
            WARN("LibreOffice (soffice) is not installed: the office check is skipped; scripts/install-deps.sh installs it");
            return;
        }
        ours = dir.filePath(QStringLiteral("ours.pdf"));
        const QString docx = dir.filePath(QStringLiteral("plan.docx"));
        write(ours, docx);
        // A profile of its own, so that no running office and no earlier test shares it.
        QProcess lo;
        lo.setProcessChannelMode(QProcess::MergedChannels);
        lo.setProcessEnvironment(testutil::officeEnvironment(dir));
        lo.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                           QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                           QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo")), docx});
        REQUIRE(lo.waitForFinished(-1));   // however long it takes (ctest's timeout bounds it)
        INFO(lo.readAll().toStdString());
        theirs = dir.filePath(QStringLiteral("lo/plan.pdf"));
        REQUIRE(QFileInfo::exists(theirs));
        converted = true;
    }
};

Exports planExports(const PlanDocument &doc, const PrintOptions &options = PrintOptions{})
{
    return Exports([&doc, &options](const QString &pdf, const QString &docx) {
        QString error;
        const PlanPrinter printer(doc, options);
        REQUIRE(printer.writePdf(pdf, &error));
        REQUIRE(printer.writeDocx(docx, &error));
    });
}

int portraitPages(const QList<testutil::PdfPage> &pages)
{
    int n = 0;
    while (n < pages.size() && pages.at(n).width < pages.at(n).height)
        ++n;
    return n;
}

// Each page's words in the order they are drawn (pdftotext -raw), without spaces.
QStringList pageWords(const QString &pdf)
{
    const QString all = testutil::run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    QStringList pages = all.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &p : pages)
        p = testutil::printedWords(p);
    return pages;
}

// The print and LibreOffice's layout of the Word file agree page for page: as many pages, each
// beginning with the same words. Where they part, the first page that does is named with both
// beginnings, so that a line broken differently inside a paragraph shows where.
void checkSamePages(const Exports &e)
{
    const QStringList ours = pageWords(e.ours), theirs = pageWords(e.theirs);
    INFO("pages: the print " << ours.size() << ", LibreOffice " << theirs.size());
    CHECK(ours.size() == theirs.size());
    const qsizetype n = std::min(ours.size(), theirs.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString a = ours.at(i).left(30), b = theirs.at(i).left(30);
        if (a == b)
            continue;
        INFO("page " << i + 1 << " begins in the print with “" << a.toStdString() << "”, in LibreOffice with “"
                     << b.toStdString() << "”");
        CHECK(a == b);
        break;
    }
}

// The words in the order they are drawn, without page numbers and the header rows the tables
// repeat on each page.
QString drawnWords(const QString &pdf, int first, int last, const QStringList &headers)
{
    QString s = testutil::run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(first),
                                                           QStringLiteral("-l"), QString::number(last), pdf, QStringLiteral("-")});
    s = testutil::printedWords(s);
    for (const QString &h : headers)
        s.remove(h);
    return s;
}

// A face as a PDF names it, its family and weight: "NotoSerifCJK/Bold" for the print's
// NotoSerifCJKsc-Bold and LibreOffice's NotoSerifCJKjp-Bold-VKana alike (a Noto CJK collection
// shares one CFF table, named after its first face, among its regions), "FandolFang/Regular".
QString face(const QString &postscript)
{
    static const QRegularExpression region(QStringLiteral("(sc|jp|kr|tc|hk)$"), QRegularExpression::CaseInsensitiveOption);
    const QStringList parts = postscript.split(u'-');
    return QString(parts.value(0)).remove(region) + u'/' + parts.value(1);
}

QStringList embeddedFonts(const QString &pdf)
{
    QStringList out;
    const QStringList lines = testutil::run(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    for (const QString &l : lines)
        out << face(l.section(u' ', 0, 0).section(u'+', -1));
    return out;
}

// The first line of a page that starts with start, or none.
const testutil::Line *lineStarting(const testutil::PdfPage &page, const QString &start)
{
    for (const testutil::Line &l : page.lines)
        if (l.text.startsWith(start))
            return &l;
    return nullptr;
}

// A page's lines, the page number left out.
QStringList pageLines(const testutil::PdfPage &page)
{
    static const QRegularExpression number(QStringLiteral("^—\\s*\\d+\\s*—$"));
    QStringList out;
    for (const testutil::Line &l : page.lines)
        if (!number.match(l.text.trimmed()).hasMatch())
            out << QString(l.text).remove(u' ');
    return out;
}

// No page of the print ends with a heading, and none holds only the 附件说明, the organisation
// and the date.
void checkNoLoneHeadingsOrSignature(const QString &pdf, const PrintedDocument &content)
{
    QStringList headings, closing;
    for (const QList<PrintedParagraph> *part : {&content.notice, &content.body})
        for (const PrintedParagraph &p : *part) {
            const QString text = QString(p.text).remove(u' ');
            if (p.role == PrintedParagraph::Role::Heading1 || p.role == PrintedParagraph::Role::Heading2
                || p.role == PrintedParagraph::Role::Heading3)
                headings << text;
            if (p.role == PrintedParagraph::Role::Attachment || p.role == PrintedParagraph::Role::Signature
                || p.role == PrintedParagraph::Role::Date)
                closing << text;
        }
    const QList<testutil::PdfPage> pages = testutil::pages(pdf);
    for (int i = 0; i < pages.size(); ++i) {
        const QStringList lines = pageLines(pages.at(i));
        if (lines.isEmpty() || pages.at(i).width > pages.at(i).height)
            continue;
        INFO("page " << i + 1 << " ends with “" << lines.last().toStdString() << "”");
        CHECK_FALSE(headings.contains(lines.last()));
        bool onlyClosing = true;
        for (const QString &l : lines)
            onlyClosing = onlyClosing && std::any_of(closing.cbegin(), closing.cend(), [&l](const QString &c) { return c.contains(l); });
        CHECK_FALSE(onlyClosing);
    }
}

// The face fontconfig finds for a family, as LibreOffice's is set up (dir holds its file).
QString postscriptName(const QString &family, const QTemporaryDir &dir)
{
    QProcess p;
    p.setProcessEnvironment(testutil::officeEnvironment(dir));
    p.start(QStringLiteral("fc-match"), {family, QStringLiteral("--format=%{postscriptname}")});
    REQUIRE(p.waitForFinished(-1));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("LibreOffice lays out the Word file of the sample on the print's pages, each beginning with the same words")
{
    QTemporaryDir dir;
    const auto doc = testutil::openSamplePlan(dir);
    const Exports e = planExports(*doc);
    if (!e.converted)
        return;
    checkSamePages(e);
    checkNoLoneHeadingsOrSignature(e.ours, PlanPrinter(*doc, PrintOptions{}).content());
    // Portrait pages, then landscape ones, the first of them the annex's, all A4 (595 × 842 points).
    const QList<testutil::PdfPage> theirs = testutil::pages(e.theirs);
    const int body = portraitPages(theirs);
    REQUIRE(body > 3);
    REQUIRE(theirs.size() > body);
    for (int i = body; i < theirs.size(); ++i)
        CHECK(theirs.at(i).width > theirs.at(i).height);
    CHECK(theirs.at(body).text().startsWith(QStringLiteral("附件1")));
    CHECK(std::abs(theirs.first().width - 595.3) < 1);
    CHECK(std::abs(theirs.first().height - 841.9) < 1);
}

TEST_CASE("LibreOffice lays out the Word file of the sample issued by notice on the print's pages, the 版记 on the last")
{
    QTemporaryDir dir;
    const auto doc = testutil::openSamplePlan(dir, true);
    const Exports e = planExports(*doc);
    if (!e.converted)
        return;
    checkSamePages(e);
    checkNoLoneHeadingsOrSignature(e.ours, PlanPrinter(*doc, PrintOptions{}).content());
    const QList<testutil::PdfPage> ours = testutil::pages(e.ours);
    const QList<testutil::PdfPage> theirs = testutil::pages(e.theirs);
    REQUIRE(!theirs.isEmpty());
    REQUIRE(!theirs.first().lines.isEmpty());
    // The mark first, its top 35 mm into the text block as in the print.
    const testutil::Line &mark = theirs.first().lines.first();
    CHECK(mark.text == doc->plan().info.notice.issuerMark);
    CHECK(std::abs(mark.yMin - ours.first().lines.first().yMin) < 6 / 25.4 * 72);
    // The 版记 on the last page, an even one, its lines where the print has them, and neither it
    // nor the blank page before it numbered (GB/T 9704 7.5).
    CHECK(theirs.size() % 2 == 0);
    const testutil::PdfPage &last = theirs.last(), &ourLast = ours.last();
    CHECK(last.width < last.height);
    for (const QString &start : {QStringLiteral("抄送："), doc->plan().info.notice.printedBy}) {
        const testutil::Line *a = lineStarting(last, start), *b = lineStarting(ourLast, start);
        INFO(start.toStdString());
        REQUIRE(a);
        REQUIRE(b);
        CHECK(std::abs(a->yMin - b->yMin) < 4 / 25.4 * 72);
        CHECK(std::abs(a->xMin - b->xMin) < 2 / 25.4 * 72);
    }
    static const QRegularExpression number(QStringLiteral("—\\s*\\d+\\s*—"));
    CHECK_FALSE(number.match(last.text()).hasMatch());
    CHECK_FALSE(number.match(ourLast.text()).hasMatch());
}

TEST_CASE("Issued by notice without its annexes, the 版记 ends the text's last page or one of its own, in Word as in the print")
{
    QTemporaryDir dir;
    const auto doc = testutil::openSamplePlan(dir, true);
    PrintOptions options;
    options.parts = PrintOptions::Plan;
    const Exports e = planExports(*doc, options);
    if (!e.converted)
        return;
    checkSamePages(e);
    const QList<testutil::PdfPage> ours = testutil::pages(e.ours), theirs = testutil::pages(e.theirs);
    REQUIRE(!ours.isEmpty());
    REQUIRE(!theirs.isEmpty());
    CHECK(ours.size() % 2 == 0);
    // The sample's text ends on an even page with room under it: the 版记 is there, in both.
    CHECK(ours.last().lines.size() > 10);
    CHECK(theirs.last().lines.size() > 10);
    const testutil::Line *a = lineStarting(theirs.last(), QStringLiteral("抄送："));
    const testutil::Line *b = lineStarting(ours.last(), QStringLiteral("抄送："));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(std::abs(a->yMin - b->yMin) < 4 / 25.4 * 72);
}

TEST_CASE("LibreOffice lays out the Word file of a 2,000-task plan on the print's pages")
{
    QTemporaryDir dir;
    const PlanData data = ap::bench::generate(2000, 200);
    const QString path = dir.filePath(QStringLiteral("big.aplan"));
    QString error;
    REQUIRE(PlanStore::create(path, data.info, &error, nullptr, &data));
    const auto doc = PlanDocument::open(path, PlanStore::Mode::ReadOnly, &error);
    REQUIRE(doc);
    const Exports e = planExports(*doc);
    if (!e.converted)
        return;
    checkSamePages(e);
}

TEST_CASE("LibreOffice lays out the Word file of a year's report on the print's pages")
{
    QTemporaryDir dir;
    const auto doc = testutil::openSampleYear(dir);
    const BulletinPrinter report(*doc, BulletinPrinter::Kind::Annual, QStringLiteral("2026"), QDate(2026, 12, 31));
    const Exports e([&report](const QString &pdf, const QString &docx) {
        QString error;
        REQUIRE(report.writePdf(pdf, &error));
        REQUIRE(report.writeDocx(docx, &error));
    });
    if (!e.converted)
        return;
    checkSamePages(e);
}

TEST_CASE("LibreOffice shows the Word export's words in the print's order, in the fonts the print chose")
{
    QTemporaryDir dir;
    const auto doc = testutil::openSamplePlan(dir);
    const Exports e = planExports(*doc);
    if (!e.converted)
        return;
    const QList<testutil::PdfPage> ours = testutil::pages(e.ours);
    const QList<testutil::PdfPage> theirs = testutil::pages(e.theirs);
    const int oursBody = portraitPages(ours), theirsBody = portraitPages(theirs);
    const QString body = drawnWords(e.ours, 1, oursBody, {});
    CHECK(drawnWords(e.theirs, 1, theirsBody, {}) == body);
    CHECK(body.contains(QStringLiteral("重点人群家庭医生签约率提升至85%（2025年为80%）")));
    const PrintedDocument content = PlanPrinter(*doc, PrintOptions{}).content();
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
    // Every face the print chose is the one LibreOffice used, found through the 公文 names the
    // Word file gives: none was substituted.
    const QStringList used = embeddedFonts(e.theirs);
    const QStringList printed = embeddedFonts(e.ours);
    const PrintFonts fonts = PrintOptions{}.fonts;
    for (int r = 0; r < PrintFonts::RoleCount; ++r) {
        const auto role = PrintFonts::Role(r);
        if (role == PrintFonts::IssuerMark)
            continue;   // not in a plan issued without its notice
        // The title in bold where a free serif stands in for 小标宋.
        const QString family = fonts.family(role) + (PrintFonts::bold(role, fonts.family(role)) ? QStringLiteral(":bold") : QString());
        const QString expected = face(postscriptName(family, e.dir));
        INFO(family.toStdString() << " → " << expected.toStdString() << "; the print: " << printed.join(u',').toStdString()
                                  << "; LibreOffice: " << used.join(u',').toStdString());
        CHECK(printed.contains(expected));
        CHECK(used.contains(expected));
    }
}

TEST_CASE("LibreOffice lays out the Word file of the adjustment table behind its notice on the print's pages")
{
    testutil::ChineseDocuments chinese(QStringLiteral(ANNUALPLAN_QM));
    QTemporaryDir dir;
    QString error;
    auto doc = PlanDocument::open(testutil::samplePlanFile(dir), PlanDocument::Mode::ReadWrite, &error);
    REQUIRE(doc);
    PlanInfo info = doc->plan().info;
    info.notice.enabled = true;
    info.notice.issuerMark = QStringLiteral("清河区卫生健康委员会文件");
    info.notice.number = QStringLiteral("清卫发〔2026〕31号");
    info.notice.printedBy = QStringLiteral("清河区卫生健康委员会办公室");
    info.notice.printDate = QDate(2026, 7, 21);
    REQUIRE(edits::setPlanInfo(*doc, info));
    const testutil::SampleAdjustment adjusted = testutil::adjustSample(*doc);
    VersionComparison comparison;
    REQUIRE(VersionComparison::make(*doc, adjusted.issued.id, 0, &comparison, &error));
    const AdjustmentPrinter printer(*doc, comparison, AdjustmentPrinter::Cover::Notice, QDate(2026, 7, 20));
    const Exports e([&](const QString &pdf, const QString &docx) {
        REQUIRE(printer.writePdf(pdf, &error));
        REQUIRE(printer.writeDocx(docx, &error));
    });
    if (!e.converted)
        return;
    checkSamePages(e);
    // The notice on a portrait page, the table on a landscape one, its three changes with their reasons.
    const QList<testutil::PdfPage> theirs = testutil::pages(e.theirs);
    REQUIRE(theirs.size() >= 2);
    CHECK(theirs.first().width < theirs.first().height);
    const int table = portraitPages(theirs);
    REQUIRE(table < theirs.size());
    CHECK(theirs.at(table).width > theirs.at(table).height);
    const QString words = testutil::printedWords(theirs.at(table).text());
    for (const char *reason : {"按市级下达指标调整", "筛查资金增加", "培训基地改造延期"})
        CHECK(words.contains(QString::fromUtf8(reason)));
}
