// The Word export checked the way Word and WPS read it: the package's parts parsed as XML, and
// its words set against the printed PDF's (poppler-utils).
#include "io/planjson.h"
#include "print/docxwriter.h"
#include "print/planprinter.h"
#include "storage/file/planstore.h"

#include "../support/docxparts.h"
#include "../support/pdfpages.h"
#include "../support/testutil.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

using namespace ap;
using testutil::Docx;
using testutil::DocxParagraph;
using testutil::DocxRow;
using testutil::printedWords;

namespace {

struct Sample
{
    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> doc;
    QString docxPath;
    Docx docx;

    explicit Sample(const PrintOptions &options = PrintOptions{}, bool issuedByNotice = false)
    {
        QString error;
        doc = testutil::openSamplePlan(dir, issuedByNotice);
        docxPath = dir.filePath(QStringLiteral("plan.docx"));
        REQUIRE(PlanPrinter(*doc, options).writeDocx(docxPath, &error));
        docx = testutil::readDocx(docxPath);
        INFO(docx.error.toStdString());
        REQUIRE(docx.ok);
    }
};


// A style's paragraph properties and run fonts, from styles.xml.
struct StyleInfo
{
    QString name, font, size, firstLineChars, justify, outline, spacing, color;
    bool keepNext = false;
};

QHash<QString, StyleInfo> styles(const Docx &d)
{
    QHash<QString, StyleInfo> out;
    QXmlStreamReader r(d.parts.value(QStringLiteral("word/styles.xml")));
    QString id;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        const QString n = r.qualifiedName().toString();
        if (n == QLatin1String("w:style"))
            id = a.value(QLatin1String("w:styleId")).toString();
        else if (id.isEmpty())
            continue;
        else if (n == QLatin1String("w:name"))
            out[id].name = a.value(QLatin1String("w:val")).toString();
        else if (n == QLatin1String("w:rFonts"))
            out[id].font = a.value(QLatin1String("w:eastAsia")).toString();
        else if (n == QLatin1String("w:spacing") && a.hasAttribute(QLatin1String("w:val")))
            out[id].spacing = a.value(QLatin1String("w:val")).toString();
        else if (n == QLatin1String("w:color"))
            out[id].color = a.value(QLatin1String("w:val")).toString();
        else if (n == QLatin1String("w:sz"))
            out[id].size = a.value(QLatin1String("w:val")).toString();
        else if (n == QLatin1String("w:ind"))
            out[id].firstLineChars = a.value(QLatin1String("w:firstLineChars")).toString();
        else if (n == QLatin1String("w:jc"))
            out[id].justify = a.value(QLatin1String("w:val")).toString();
        else if (n == QLatin1String("w:keepNext"))
            out[id].keepNext = true;
        else if (n == QLatin1String("w:outlineLvl"))
            out[id].outline = a.value(QLatin1String("w:val")).toString();
    }
    return out;
}

} // namespace

TEST_CASE("The Word document says what the printed plan says, in the same order")
{
    Sample s;
    const QString pdf = s.dir.filePath(QStringLiteral("plan.pdf"));
    QString error;
    REQUIRE(PlanPrinter(*s.doc, PrintOptions{}).writePdf(pdf, &error));
    QString printedBody, printedAnnex;
    for (const testutil::PdfPage &p : testutil::pages(pdf))
        (p.width < p.height ? printedBody : printedAnnex) += p.text();
    static const QStringList bodyStyles = {QStringLiteral("APTitle"), QStringLiteral("APHeading1"), QStringLiteral("APHeading2"),
                                           QStringLiteral("APHeading3"), QStringLiteral("APBody"), QStringLiteral("APAttachment"), QStringLiteral("APSignature"),
                                           QStringLiteral("APDate")};
    QString body, annex;
    for (const DocxParagraph &p : s.docx.paragraphs)
        (p.table < 0 && bodyStyles.contains(p.style) ? body : annex) += p.text;
    CHECK(printedWords(body) == printedWords(printedBody));
    CHECK(printedWords(body).contains(QStringLiteral("重点人群家庭医生签约率提升至85%（2025年为80%）")));
    // The annex tables: the same cells, row by row (the print wraps them inside their cells).
    CHECK(printedWords(annex).contains(QStringLiteral("附件1")));
    CHECK(printedWords(annex).contains(QStringLiteral("重点任务分解表")));
    CHECK(printedWords(printedAnnex).startsWith(printedWords(annex).left(20)));
}

TEST_CASE("The Word document's pages are GB/T 9704's: A4, its margins and a grid of 22 lines of 28 characters")
{
    Sample s;
    REQUIRE(s.docx.sections.size() == 2);
    const testutil::DocxSection &body = s.docx.sections.first();
    auto mm = [](const QString &twips) { return twips.toDouble() * 25.4 / 1440; };
    CHECK(body.width == 11906);
    CHECK(body.height == 16838);
    CHECK_FALSE(body.landscape);
    CHECK(std::abs(mm(body.margins.value(QStringLiteral("top"))) - 37) < 0.1);
    CHECK(std::abs(mm(body.margins.value(QStringLiteral("left"))) - 28) < 0.1);
    CHECK(std::abs(mm(body.margins.value(QStringLiteral("right"))) - 26) < 0.1);
    CHECK(std::abs(mm(body.margins.value(QStringLiteral("bottom"))) - 35) < 0.1);
    CHECK(body.grid.value(QStringLiteral("type")) == QStringLiteral("lines"));
    // Word's arithmetic: lines = text height / line pitch; a grid of characters, should a clerk
    // switch to one, = text width / (16 pt + charSpace/4096 pt).
    const int textHeight = body.height - body.margins.value(QStringLiteral("top")).toInt()
                           - body.margins.value(QStringLiteral("bottom")).toInt();
    const int textWidth = body.width - body.margins.value(QStringLiteral("left")).toInt()
                          - body.margins.value(QStringLiteral("right")).toInt();
    CHECK(textHeight / body.grid.value(QStringLiteral("linePitch")).toInt() == 22);
    const double pitchTwips = (16 + body.grid.value(QStringLiteral("charSpace")).toDouble() / 4096) * 20;
    CHECK(int(textWidth / pitchTwips + 0.01) == 28);
    // On the grid of lines, 28 characters of 3号 in the body's spacing fill a line and a 29th does not.
    const int advance = 32 * 10 + styles(s.docx).value(QStringLiteral("APBody")).spacing.toInt();
    CHECK(28 * advance <= textWidth);
    CHECK(29 * advance > textWidth);
    // Page numbers: one footer for odd pages (right), one for even (left), both "— PAGE —".
    CHECK(body.footers == (QStringList{QStringLiteral("default"), QStringLiteral("even")}));
    CHECK(s.docx.part(QStringLiteral("word/settings.xml")).contains(QStringLiteral("<w:evenAndOddHeaders/>")));
    const QString odd = s.docx.part(QStringLiteral("word/footer1.xml"));
    const QString even = s.docx.part(QStringLiteral("word/footer2.xml"));
    CHECK(odd.contains(QStringLiteral("w:instr=\" PAGE \"")));
    CHECK(odd.contains(QStringLiteral("<w:jc w:val=\"right\"/>")));
    CHECK(even.contains(QStringLiteral("<w:jc w:val=\"left\"/>")));
    CHECK(odd.contains(QStringLiteral("— </w:t>")));
}

TEST_CASE("Each role has a named style in the chosen font, so a clerk restyles the whole document at once")
{
    PrintOptions o;
    o.fonts.title = QStringLiteral("方正小标宋简体");
    o.fonts.body = QStringLiteral("仿宋_GB2312");
    o.fonts.heading1 = QStringLiteral("黑体");
    o.fonts.heading2 = QStringLiteral("楷体_GB2312");
    Sample s(o);
    const QHash<QString, StyleInfo> st = styles(s.docx);
    CHECK(st.value(QStringLiteral("APTitle")).name == QStringLiteral("公文标题"));
    CHECK(st.value(QStringLiteral("APTitle")).font == QStringLiteral("方正小标宋简体"));
    CHECK(st.value(QStringLiteral("APTitle")).size == QStringLiteral("44"));   // 2号
    CHECK(st.value(QStringLiteral("APBody")).name == QStringLiteral("公文正文"));
    CHECK(st.value(QStringLiteral("APBody")).font == QStringLiteral("仿宋_GB2312"));
    CHECK(st.value(QStringLiteral("APBody")).size == QStringLiteral("32"));    // 3号
    CHECK(st.value(QStringLiteral("APBody")).firstLineChars == QStringLiteral("200"));
    CHECK(st.value(QStringLiteral("APBody")).justify == QStringLiteral("both"));
    CHECK(st.value(QStringLiteral("APHeading1")).font == QStringLiteral("黑体"));
    CHECK(st.value(QStringLiteral("APHeading1")).outline == QStringLiteral("0"));
    CHECK(st.value(QStringLiteral("APHeading2")).font == QStringLiteral("楷体_GB2312"));
    CHECK(st.value(QStringLiteral("APHeading2")).outline == QStringLiteral("1"));
    // Every paragraph of the document has one of these styles.
    for (const DocxParagraph &p : s.docx.paragraphs) {
        INFO(p.text.toStdString());
        CHECK(st.contains(p.style));
    }
    // The headings are the plan's: 一、 in 一级标题, （一） in 二级标题.
    const QList<DocxParagraph> h1 = s.docx.withStyle(QStringLiteral("APHeading1"));
    REQUIRE_FALSE(h1.isEmpty());
    for (const DocxParagraph &p : h1)
        CHECK(QRegularExpression(QStringLiteral("^[一二三四五六七八九十]+、")).match(p.text).hasMatch());
    for (const DocxParagraph &p : s.docx.withStyle(QStringLiteral("APHeading2")))
        CHECK(QRegularExpression(QStringLiteral("^（[一二三四五六七八九十]+）")).match(p.text).hasMatch());
    CHECK(s.docx.part(QStringLiteral("word/fontTable.xml")).contains(QStringLiteral("w:name=\"仿宋_GB2312\"")));
}

TEST_CASE("The organisation stands over the date, the date four characters in from the right, kept on one page")
{
    Sample s;
    const QList<DocxParagraph> date = s.docx.withStyle(QStringLiteral("APDate"));
    const QList<DocxParagraph> org = s.docx.withStyle(QStringLiteral("APSignature"));
    REQUIRE(date.size() == 1);
    REQUIRE(org.size() == 1);
    // Four characters of the grid's pitch (156 mm / 28).
    CHECK(std::abs(date.first().right.toDouble() - 4 * 156 * 1440 / 25.4 / 28) < 1);
    CHECK(org.first().text == s.doc->plan().info.organisation);
    // Centred over the date: the shorter of the two sits further in.
    const bool orgShorter = org.first().text.size() < date.first().text.size();
    CHECK((org.first().right.toInt() > date.first().right.toInt()) == orgShorter);
    int at = 0;
    while (s.docx.paragraphs.at(at).style != QLatin1String("APSignature"))
        ++at;
    CHECK(s.docx.paragraphs.at(at - 1).keepNext);
    CHECK(s.docx.paragraphs.at(at - 2).keepNext);
    CHECK(styles(s.docx).value(QStringLiteral("APSignature")).keepNext);
}

TEST_CASE("The annexes are landscape pages with the header row on every page and rows that do not split")
{
    Sample s;
    REQUIRE(s.docx.sections.size() == 2);
    const testutil::DocxSection &annex = s.docx.sections.last();
    CHECK(annex.landscape);
    CHECK(annex.width == 16838);
    CHECK(annex.height == 11906);
    QSet<int> tables;
    int groups = 0;
    for (const DocxRow &r : s.docx.rows) {
        tables.insert(r.table);
        CHECK(r.cantSplit);
        if (r.span > 1)
            ++groups;
    }
    // 重点任务分解表: one table, one header row. 责任清单: a table for each department, its name and
    // the header row repeated on each of its pages.
    const PrintedDocument content = PlanPrinter(*s.doc, PrintOptions{}).content();
    const int departments = int(std::count_if(content.annexes.last().rows.cbegin(), content.annexes.last().rows.cend(),
                                              [](const PrintedTable::Row &r) { return r.group; }));
    CHECK(departments > 5);
    REQUIRE(tables.size() == 1 + departments);
    for (int t : tables) {
        QList<DocxRow> rows;
        for (const DocxRow &r : s.docx.rows)
            if (r.table == t)
                rows << r;
        REQUIRE(rows.size() > 1);
        const int headers = int(std::count_if(rows.cbegin(), rows.cend(), [](const DocxRow &r) { return r.header; }));
        if (t == 0) {
            CHECK(rows.first().header);
            CHECK(rows.first().cells.first() == QStringLiteral("序号"));
            CHECK(headers == 1);
        } else {
            CHECK(rows.at(0).header);
            CHECK(rows.at(0).span == int(rows.at(1).cells.size()));
            CHECK(rows.at(1).header);
            CHECK(rows.at(1).cells.first() == QStringLiteral("序号"));
            CHECK(headers == 2);
        }
    }
    CHECK(groups >= int(s.doc->plan().sections.size()));
    // A group row goes over with its first row.
    for (const DocxParagraph &p : s.docx.withStyle(QStringLiteral("APTableGroup")))
        CHECK(p.keepNext);
    // The second annex starts a page of its own.
    const QList<DocxParagraph> labels = s.docx.withStyle(QStringLiteral("APAnnexLabel"));
    REQUIRE(labels.size() == 2);
    CHECK(labels.at(0).text == QStringLiteral("附件1"));
    CHECK_FALSE(labels.at(0).pageBreakBefore);   // its section begins a page
    CHECK(labels.at(1).pageBreakBefore);
    // The columns fill the 257 mm between the margins, each at least as wide as its header.
    int sum = 0;
    for (int w : s.docx.gridColumns)
        sum += w;
    CHECK(sum == annex.width - annex.margins.value(QStringLiteral("left")).toInt() - annex.margins.value(QStringLiteral("right")).toInt());
    const DocxRow &header = s.docx.rows.first();
    for (int i = 0; i < header.cells.size(); ++i)
        CHECK(s.docx.gridColumns.value(i) >= header.cells.at(i).size() * 240);
}

TEST_CASE("Without annexes the Word document is one portrait section; without the body, annexes only")
{
    PrintOptions planOnly;
    planOnly.parts = PrintOptions::Plan;
    Sample plan(planOnly);
    REQUIRE(plan.docx.sections.size() == 1);
    CHECK_FALSE(plan.docx.sections.first().landscape);
    CHECK(plan.docx.rows.isEmpty());
    PrintOptions annexOnly;
    annexOnly.parts = PrintOptions::Annex;
    Sample annex(annexOnly);
    REQUIRE(annex.docx.sections.size() == 1);
    CHECK(annex.docx.sections.first().landscape);
    CHECK(annex.docx.withStyle(QStringLiteral("APBody")).isEmpty());
}

TEST_CASE("Text XML cannot carry is left out, a line break stays one, and the same plan makes the same bytes")
{
    QTemporaryDir dir;
    PlanData data = testutil::smallPlan();
    data.tasks[100].description = QStringLiteral("第一行\x01\x08\n第二行 <&> \"引号\"");
    QString error;
    const QString path = dir.filePath(QStringLiteral("p.aplan"));
    REQUIRE(PlanStore::create(path, data.info, &error, nullptr, &data));
    auto doc = PlanDocument::open(path, PlanStore::Mode::ReadOnly, &error);
    REQUIRE(doc);
    const QString out = dir.filePath(QStringLiteral("p.docx"));
    REQUIRE(PlanPrinter(*doc, PrintOptions{}).writeDocx(out, &error));
    const Docx d = testutil::readDocx(out);
    INFO(d.error.toStdString());
    REQUIRE(d.ok);
    bool found = false;
    for (const DocxParagraph &p : d.paragraphs)
        if (p.text.contains(QStringLiteral("第一行"))) {
            found = true;
            INFO(p.text.toStdString());
            CHECK(p.text.contains(QStringLiteral("第一行\n第二行 <&> \"引号\"")));
        }
    CHECK(found);
    const QByteArray again = DocxWriter::build(PlanPrinter(*doc, PrintOptions{}).content(), PrintOptions{}.fonts, &error);
    CHECK(again == testutil::readAll(out));
}

TEST_CASE("A Word export that cannot be written or is cancelled leaves nothing behind")
{
    Sample s;
    QString error;
    const PlanPrinter printer(*s.doc, PrintOptions{});
    CHECK_FALSE(printer.writeDocx(s.dir.filePath(QStringLiteral("no/x.docx")), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFileInfo::exists(s.dir.filePath(QStringLiteral("no"))));
    const QString cancelled = s.dir.filePath(QStringLiteral("cancelled.docx"));
    int calls = 0;
    CHECK_FALSE(printer.writeDocx(cancelled, &error, [&calls](int done, int total) {
        ++calls;
        CHECK(done <= total);
        return done < 3;
    }));
    CHECK(calls == 3);
    CHECK_FALSE(QFileInfo::exists(cancelled));
    CHECK(testutil::listing(s.dir.path()).filter(QStringLiteral("cancelled")).isEmpty());
}

TEST_CASE("The Word document's 附件说明 hangs the annex names under their first character")
{
    Sample s;
    const QList<DocxParagraph> note = s.docx.withStyle(QStringLiteral("APAttachment"));
    REQUIRE(note.size() == 2);
    const QString title = s.doc->plan().info.title;
    CHECK(note.at(0).text == QStringLiteral("附件：1.") + title + QStringLiteral("重点任务分解表"));
    CHECK(note.at(1).text == QStringLiteral("2.") + title + QStringLiteral("责任清单"));
    // After the text and a blank line, before the signature.
    int at = 0;
    while (s.docx.paragraphs.at(at).style != QLatin1String("APAttachment"))
        ++at;
    CHECK(s.docx.paragraphs.at(at - 1).text.isEmpty());
    CHECK(s.docx.paragraphs.at(at - 2).style == QStringLiteral("APBody"));
    CHECK(s.docx.paragraphs.at(at + 2).text.isEmpty());
    const QString xml = s.docx.part(QStringLiteral("word/document.xml"));
    const double cell = 156 * 1440 / 25.4 / 28;
    // 附件： starts two characters in, its name 3 + 1 characters further ("附件：1."); 2. under 1.
    const QRegularExpression ind(QStringLiteral("<w:ind w:left=\"(\\d+)\" w:hanging=\"(\\d+)\"/>"));
    auto it = ind.globalMatch(xml);
    REQUIRE(it.hasNext());
    const auto a = it.next();
    REQUIRE(it.hasNext());
    const auto b = it.next();
    CHECK(std::abs(a.captured(1).toDouble() - a.captured(2).toDouble() - 2 * cell) < 1);
    CHECK(std::abs(a.captured(1).toDouble() - 6 * cell) < 1);
    CHECK(std::abs(b.captured(1).toDouble() - b.captured(2).toDouble() - 5 * cell) < 1);
    CHECK(a.captured(1) == b.captured(1));
}

TEST_CASE("The progress of a Word or PDF export ends at its total: every work item and every table row")
{
    Sample s;
    const PlanPrinter printer(*s.doc, PrintOptions{});
    const PrintedDocument content = printer.content();
    int rows = 0, items = 0;
    for (const PrintedTable &t : content.annexes)
        for (const PrintedTable::Row &r : t.rows)
            rows += r.group ? 0 : 1;
    for (const PrintedParagraph &p : content.body)
        items += p.role == PrintedParagraph::Role::Body ? 1 : 0;
    CHECK(items == int(s.doc->plan().tasks.size()));
    QString error;
    for (bool word : {true, false}) {
        int last = 0, total = -1;
        const auto progress = [&](int done, int of) {
            // One step at a time from 1, or the same again (asked whether to go on while the text
            // is laid out before it is painted); never back, never a step skipped.
            CHECK((done == last || done == last + 1));
            last = done;
            total = of;
            return true;
        };
        const QString out = s.dir.filePath(word ? QStringLiteral("p.docx") : QStringLiteral("p.pdf"));
        const bool written = word ? printer.writeDocx(out, &error, progress) : printer.writePdf(out, &error, progress);
        REQUIRE(written);
        CHECK(total == items + rows);
        CHECK(last == total);
    }
}

TEST_CASE("Issued by notice, the Word document opens with the red 版头, the plan follows as 附件1, the 版记 ends it on an even page")
{
    Sample s(PrintOptions{}, true);
    const PlanInfo &info = s.doc->plan().info;
    QList<DocxParagraph> text;   // the paragraphs with words, outside tables
    for (const DocxParagraph &p : s.docx.paragraphs)
        if (p.table < 0 && !p.text.isEmpty())
            text << p;
    REQUIRE(text.size() > 12);
    CHECK(text.at(0).style == QStringLiteral("APIssuerMark"));
    CHECK(text.at(0).text == info.notice.issuerMark);
    // As large as the block's width allows: 12 characters of at most 156 / 12 mm.
    CHECK(text.at(0).runSize.toInt() > 60);
    CHECK(text.at(0).runSize.toInt() <= 2 * 156 / 12 * 72 / 25.4);
    const auto st = styles(s.docx);
    CHECK(st.value(QStringLiteral("APIssuerMark")).color == QStringLiteral("FF0000"));
    CHECK(st.value(QStringLiteral("APIssuerMark")).name == QStringLiteral("发文机关标志"));
    CHECK(text.at(1).style == QStringLiteral("APDocumentNumber"));
    CHECK(text.at(1).text == info.notice.number);
    CHECK(text.at(1).bottomBorder == QStringLiteral("FF0000"));   // the red line under it
    CHECK(text.at(2).style == QStringLiteral("APTitle"));
    CHECK(QString(text.at(2).text).remove(u'\n') == IssueNotice::titleFor(info.title));
    CHECK(text.at(3).style == QStringLiteral("APAddressee"));
    CHECK(text.at(3).text == info.notice.addressees + QStringLiteral("："));
    CHECK(text.at(4).text == info.notice.textFor(info.title));
    CHECK(text.at(5).text == QStringLiteral("附件：1.") + info.title);
    CHECK(text.at(6).text == QStringLiteral("2.") + info.title + QStringLiteral("重点任务分解表"));
    CHECK(text.at(7).text == QStringLiteral("3.") + info.title + QStringLiteral("责任清单"));
    CHECK(text.at(8).style == QStringLiteral("APSignature"));
    CHECK(text.at(9).style == QStringLiteral("APDate"));
    CHECK(text.at(10).style == QStringLiteral("APAttachmentLabel"));
    CHECK(text.at(10).text == QStringLiteral("附件1"));
    CHECK(text.at(10).pageBreakBefore);
    CHECK(text.at(11).text == info.title);
    CHECK(s.docx.withStyle(QStringLiteral("APSignature")).size() == 1);
    QStringList labels;
    for (const DocxParagraph &p : s.docx.withStyle(QStringLiteral("APAnnexLabel")))
        labels << p.text;
    CHECK(labels == QStringList{QStringLiteral("附件2"), QStringLiteral("附件3")});

    // The 版记: the last section, portrait pages of its own, its table last. The print's text ends
    // on an even page, so a blank page comes first (an empty paragraph, then the table's spacer
    // on the next page), as in the print.
    REQUIRE(s.docx.sections.size() == 3);
    CHECK_FALSE(s.docx.sections.at(0).landscape);
    CHECK(s.docx.sections.at(1).landscape);
    CHECK_FALSE(s.docx.sections.last().landscape);
    CHECK(s.docx.sections.last().start.isEmpty());
    const qsizetype recordAt = s.docx.sections.at(1).paragraphsBefore;
    CHECK(s.docx.paragraphs.at(recordAt).text.isEmpty());
    CHECK(s.docx.paragraphs.at(recordAt + 1).style == QStringLiteral("APTableEnd"));
    CHECK(s.docx.paragraphs.at(recordAt + 1).pageBreakBefore);
    REQUIRE(s.docx.rows.size() > 2);
    const DocxRow &copies = s.docx.rows.at(s.docx.rows.size() - 2);
    const DocxRow &printed = s.docx.rows.last();
    CHECK(copies.cells == QStringList{QStringLiteral("抄送：区人民政府办公室，区疾病预防控制中心。")});
    CHECK(printed.cells == QStringList{info.notice.printedBy, QStringLiteral("2026年1月21日印发")});
}

TEST_CASE("Issued by notice, the Word document says what the print says, notice and 版记 included")
{
    Sample s(PrintOptions{}, true);
    const QString pdf = s.dir.filePath(QStringLiteral("plan.pdf"));
    QString error;
    REQUIRE(PlanPrinter(*s.doc, PrintOptions{}).writePdf(pdf, &error));
    QString printed;
    for (const testutil::PdfPage &p : testutil::pages(pdf))
        if (p.width < p.height)
            printed += p.text();
    QString words;
    for (const DocxParagraph &p : s.docx.paragraphs)
        if (!p.style.startsWith(QStringLiteral("APTable")) && !p.style.startsWith(QStringLiteral("APAnnex")))
            words += p.text;
    // The 版记's cells are APRecord paragraphs in a table; the annex tables are not in the print's portrait pages.
    CHECK(printedWords(words) == printedWords(printed));
}
