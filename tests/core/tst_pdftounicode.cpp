// Exact text from a PDF in fonts that draw a radical and its ideograph, or a control character and
// a space, with one glyph (print/pdftounicode): the ToUnicode maps mended by an incremental update.
#include "print/pdftounicode.h"
#include "print/documentpainter.h"
#include "print/pdfoutput.h"
#include "print/printfonts.h"

#include "../support/pdfpages.h"

#include <QPainter>
#include <QRegularExpression>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ap;
using namespace ap::printlayout;

namespace {

// A PDF as Qt writes one: an object with a ToUnicode map naming U+2F63 (⽣) and U+0001, a trailer.
QByteArray smallPdf()
{
    QByteArray pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
    const QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                            "2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<536B> <2F63> <0001>]\nendbfrange\n"
                            "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    pdf += "2 0 obj\n<< /Type /Font /ToUnicode 3 0 R >>\nendobj\n";
    pdf += "3 0 obj\n<< /Length " + QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap + "\nendstream\nendobj\n";
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 4\n0000000000 65535 f \ntrailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref)
           + "\n%%EOF\n";
    return pdf;
}

} // namespace

TEST_CASE("A map naming radicals is appended again naming the ideographs, nothing before it moved")
{
    const QByteArray pdf = smallPdf();
    const QByteArray mended = mendToUnicode(pdf, {{char16_t(0x2F63), char16_t(0x751F)}, {char16_t(0x0001), char16_t(0x0020)}});
    REQUIRE(mended.size() > pdf.size());
    CHECK(mended.startsWith(pdf));
    const QByteArray update = mended.mid(pdf.size());
    CHECK(update.startsWith("3 0 obj\n"));
    CHECK(update.contains("<0001> <536B>"));
    CHECK(update.contains("<0002> <751F>"));
    CHECK(update.contains("<0003> <0020>"));
    CHECK_FALSE(update.contains("2F63"));
    // The new cross-reference section points at the object and back at the old one.
    const qsizetype objectAt = pdf.size();
    CHECK(update.contains("3 1\n" + QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n"));
    CHECK(update.contains("/Prev " + QByteArray::number(pdf.indexOf("xref\n"))));
    CHECK(mended.endsWith("%%EOF\n"));
    // Nothing to mend, nothing changed.
    CHECK(mendToUnicode(pdf, {}) == pdf);
    CHECK(mendToUnicode(QByteArray("not a pdf"), {{char16_t(0x2F63), char16_t(0x751F)}}) == QByteArray("not a pdf"));
}

TEST_CASE("Every Kangxi radical is named by its ideograph, and a font's shared glyphs by what it draws")
{
    const PrintFonts fonts = PrintFonts::defaults();
    const QHash<char16_t, char16_t> map = radicalIdeographs(fonts.faces());
    CHECK(map.value(0x2F63) == 0x751F);   // ⽣ → 生, by decomposition when no font shares the glyph
    CHECK(map.value(0x2F00) == 0x4E00);
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        INFO(int(it.key()) << " → " << int(it.value()));
        CHECK(((it.value() >= 0x4E00 && it.value() <= 0x9FFF) || (it.value() >= 0x20 && it.value() <= 0x7E)));
    }
}

TEST_CASE("A document printed in the print's fonts reads back as the text that was drawn")
{
    QTemporaryDir dir;
    const PrintFonts fonts = PrintFonts::defaults();
    // Every role's font: the title, headings, text, an annex table and the page numbers.
    PrintedDocument content;
    content.body = {{PrintedParagraph::Role::Title, QStringLiteral("某区2026年卫生健康工作计划")},
                    {PrintedParagraph::Role::Heading1, QStringLiteral("一、人民健康")},
                    {PrintedParagraph::Role::Heading2, QStringLiteral("（一）生活饮用水卫生")},
                    {PrintedParagraph::Role::Body, QStringLiteral("1.人民医院工作。到2026年底，生育服务覆盖率达到95%以上。")}};
    PrintedTable table;
    table.label = QStringLiteral("附件1");
    table.title = QStringLiteral("重点任务分解表");
    table.columns = {{QStringLiteral("序号"), 1}, {QStringLiteral("工作任务"), 4}};
    PrintedTable::Row row;
    row.cells = {QStringLiteral("1"), QStringLiteral("人民生活 As of 2026")};
    table.rows = {row};
    content.annexes << table;
    const QString path = dir.filePath(QStringLiteral("t.pdf"));
    QString error;
    REQUIRE(writePdfFile(path, QStringLiteral("t"), fonts.faces(),
                         [&](QPagedPaintDevice *device) { return DocumentPainter::paint(content, fonts, device) > 0; }, &error));
    QString read = testutil::run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    INFO(read.toStdString());
    read.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const PrintedParagraph &p : content.body)
        CHECK(read.contains(p.text));
    CHECK(read.contains(QStringLiteral("人民生活Asof2026")));
    CHECK(read.contains(QStringLiteral("—1—")));
    CHECK_FALSE(read.contains(QRegularExpression(QStringLiteral("[\\x{2E80}-\\x{2FDF}\\x{0001}-\\x{001F}]"))));
}
