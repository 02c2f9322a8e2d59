#include "docxwriter.h"

#include "archive/zipwriter.h"
#include "fs/atomicfile.h"
#include "printtext.h"

#include <QXmlStreamWriter>

#include <cmath>

namespace ap {

using printlayout::isFullWidth;
using Role = PrintedParagraph::Role;

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kRel = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString kOfficeRel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

int twips(double mm)
{
    return int(std::lround(mm * 1440 / 25.4));
}

// GB/T 9704-2012 on A4 (210 × 297 mm): the text block 156 × 225 mm, 37 mm from the top and
// 28 mm from the left, 22 lines of 28 characters in 3号 (16 pt); the page number 7 mm under the
// block. The annexes: landscape, 20 mm left and right, 18 mm at the top, 22 mm at the bottom,
// the number 15 mm from the foot. The same figures printlayout paints with.
struct Page
{
    int width, height, top, right, bottom, left, footer;
};
const Page kPortrait{twips(210), twips(297), twips(37), twips(210 - 28 - 156), twips(297 - 37 - 225), twips(28),
                     twips(297 - 37 - 225 - 7 - 6)};
const Page kLandscape{twips(297), twips(210), twips(18), twips(20), twips(22), twips(20), twips(15 - 6)};
// The number's line, 6 mm, so that its top falls where the print has it.
const int kPageNumberLine = twips(6);
// 225 mm / 22 lines, rounded down so that 22 lines fit the block.
const int kLinePitch = int(std::floor(225 * 1440 / 25.4 / 22));
// The grid's character pitch, 156 mm / 28, in twips; and as Word keeps it for a grid of lines and
// characters (the default size, 16 pt, plus charSpace/4096 pt), for a clerk who switches to one.
const double kCharPitch = 156 * 1440 / 25.4 / 28;
const int kCharSpace = int(std::lround((156 / 25.4 * 72 / 28 - 16) * 4096));
const int kCellPad = twips(1.5);

// One named paragraph style per role: what a clerk restyles in Word once for the whole document.
struct Style
{
    const char *id;
    const char *name;
    QString PrintFonts::*font;
    int halfPoints;
    const char *justify;
    bool firstLineIndent;   // two characters
    int outline;            // navigation level, -1 for none
    bool keepNext;
    bool onGrid;            // body lines: the grid's exact pitch
    bool condensed;         // 28 characters of 3号 to a line (the title keeps its own widths)
};

const Style kStyles[] = {
    {"APTitle", "公文标题", &PrintFonts::title, 44, "center", false, -1, true, true, false},
    {"APHeading1", "一级标题", &PrintFonts::heading1, 32, "both", true, 0, true, true, true},
    {"APHeading2", "二级标题", &PrintFonts::heading2, 32, "both", true, 1, true, true, true},
    {"APHeading3", "三级标题", &PrintFonts::body, 32, "both", true, 2, true, true, true},
    {"APBody", "公文正文", &PrintFonts::body, 32, "both", true, -1, false, true, true},
    {"APAttachment", "附件说明", &PrintFonts::body, 32, "left", false, -1, false, true, true},
    {"APSignature", "发文机关署名", &PrintFonts::body, 32, "right", false, -1, true, true, true},
    {"APDate", "成文日期", &PrintFonts::body, 32, "right", false, -1, false, true, true},
    {"APAnnexLabel", "附件标识", &PrintFonts::heading1, 32, "left", false, -1, true, false, false},
    {"APAnnexTitle", "附件标题", &PrintFonts::title, 44, "center", false, -1, true, false, false},
    {"APTableHeader", "表头", &PrintFonts::heading1, 24, "center", false, -1, false, false, false},
    {"APTableGroup", "表格分组", &PrintFonts::heading1, 24, "left", false, -1, true, false, false},
    {"APTableText", "表格文字", &PrintFonts::body, 24, "left", false, -1, false, false, false},
    {"APPageNumber", "页码", &PrintFonts::pageNumber, 28, "left", false, -1, false, false, false},
};

const char *styleOf(Role role)
{
    switch (role) {
    case Role::Title: return "APTitle";
    case Role::Heading1: return "APHeading1";
    case Role::Heading2: return "APHeading2";
    case Role::Heading3: return "APHeading3";
    case Role::Body: return "APBody";
    case Role::Attachment: return "APAttachment";
    case Role::Signature: return "APSignature";
    case Role::Date: return "APDate";
    }
    return "APBody";
}

// Characters on the grid: a full-width one fills a cell, a Latin letter or digit half of one.
double gridCells(const QString &text)
{
    double n = 0;
    for (const QChar c : text)
        n += isFullWidth(c) ? 1 : 0.5;
    return n;
}

// Text XML 1.0 can carry: the control characters a pasted description may hold are dropped
// (a carriage return among them; a line feed is a break, see runs).
QString xmlText(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (c.unicode() >= 0x20 || c == u'\t')
            out += c;
    return out;
}

class Xml
{
public:
    Xml() : m_w(&m_bytes) { m_w.writeStartDocument(QStringLiteral("1.0"), true); }

    QXmlStreamWriter &w() { return m_w; }
    void start(const char *name) { m_w.writeStartElement(QLatin1String(name)); }
    void end() { m_w.writeEndElement(); }
    void attr(const char *name, const QString &value) { m_w.writeAttribute(QLatin1String(name), value); }
    void attr(const char *name, int value) { attr(name, QString::number(value)); }
    // An empty element with attributes given as name, value pairs.
    void empty(const char *name, std::initializer_list<std::pair<const char *, QString>> attrs = {})
    {
        m_w.writeEmptyElement(QLatin1String(name));
        for (const auto &a : attrs)
            attr(a.first, a.second);
    }
    void val(const char *name, const QString &value) { empty(name, {{"w:val", value}}); }
    void val(const char *name, int value) { val(name, QString::number(value)); }

    QByteArray finish()
    {
        m_w.writeEndDocument();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_w;
};

void fonts(Xml &x, const QString &family)
{
    x.empty("w:rFonts", {{"w:ascii", family}, {"w:hAnsi", family}, {"w:eastAsia", family}, {"w:cs", family}});
}

void size(Xml &x, int halfPoints)
{
    x.val("w:sz", halfPoints);
    x.val("w:szCs", halfPoints);
}

// Runs of text; a line break inside the text is a break inside the paragraph.
void runs(Xml &x, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = xmlText(lines.at(i));
        x.start("w:r");
        if (i > 0)
            x.empty("w:br");
        if (!line.isEmpty()) {
            x.start("w:t");
            if (line.front().isSpace() || line.back().isSpace())
                x.attr("xml:space", QStringLiteral("preserve"));
            x.w().writeCharacters(line);
            x.end();
        }
        x.end();
    }
}

struct ParagraphFormat
{
    bool pageBreakBefore = false;
    bool keepNext = false;
    double rightChars = 0;
    double leftChars = 0, hangingChars = 0;
    const Page *sectionEnd = nullptr;   // this paragraph closes a section of these pages
};

void section(Xml &x, const Page &page, bool grid);

void paragraph(Xml &x, const char *style, const QString &text, const ParagraphFormat &f = {})
{
    x.start("w:p");
    x.start("w:pPr");
    x.val("w:pStyle", QLatin1String(style));
    if (f.keepNext)
        x.empty("w:keepNext");
    if (f.pageBreakBefore)
        x.empty("w:pageBreakBefore");
    if (f.rightChars > 0)
        x.empty("w:ind", {{"w:right", QString::number(std::lround(f.rightChars * kCharPitch))}});
    else if (f.leftChars > 0)
        x.empty("w:ind", {{"w:left", QString::number(std::lround(f.leftChars * kCharPitch))},
                          {"w:hanging", QString::number(std::lround(f.hangingChars * kCharPitch))}});
    if (f.sectionEnd)
        section(x, *f.sectionEnd, f.sectionEnd == &kPortrait);
    x.end();
    runs(x, text);
    x.end();
}

// A section's pages: size, margins, the footers with the page number, and on the body pages the
// document grid of 22 lines × 28 characters.
void section(Xml &x, const Page &page, bool grid)
{
    x.start("w:sectPr");
    x.empty("w:footerReference", {{"w:type", QStringLiteral("default")}, {"r:id", QStringLiteral("rIdFooterOdd")}});
    x.empty("w:footerReference", {{"w:type", QStringLiteral("even")}, {"r:id", QStringLiteral("rIdFooterEven")}});
    if (page.width > page.height)
        x.empty("w:pgSz", {{"w:w", QString::number(page.width)}, {"w:h", QString::number(page.height)},
                           {"w:orient", QStringLiteral("landscape")}});
    else
        x.empty("w:pgSz", {{"w:w", QString::number(page.width)}, {"w:h", QString::number(page.height)}});
    x.empty("w:pgMar", {{"w:top", QString::number(page.top)}, {"w:right", QString::number(page.right)},
                        {"w:bottom", QString::number(page.bottom)}, {"w:left", QString::number(page.left)},
                        {"w:header", QString::number(twips(15))}, {"w:footer", QString::number(page.footer)},
                        {"w:gutter", QStringLiteral("0")}});
    x.empty("w:cols", {{"w:space", QStringLiteral("425")}});
    if (grid)
        x.empty("w:docGrid", {{"w:type", QStringLiteral("lines")}, {"w:linePitch", QString::number(kLinePitch)},
                              {"w:charSpace", QString::number(kCharSpace)}});
    else
        x.empty("w:docGrid", {{"w:linePitch", QStringLiteral("312")}});
    x.end();
}

QList<int> columnWidths(const PrintedTable &t, int total)
{
    double sum = 0;
    for (const PrintedTable::Column &c : t.columns)
        sum += c.weight;
    QList<double> widths, least;
    for (const PrintedTable::Column &c : t.columns) {
        widths << total * c.weight / (sum > 0 ? sum : 1);
        least << gridCells(c.header) * 240 + 2 * kCellPad + twips(0.5);   // 12 pt a character
    }
    printlayout::widenToLeast(widths, least);
    QList<int> out;
    int used = 0;
    for (int i = 0; i < widths.size(); ++i) {
        out << (i + 1 == widths.size() ? total - used : int(std::lround(widths.at(i))));
        used += out.last();
    }
    return out;
}

QString fill(const QColor &c)
{
    return c.name(QColor::HexRgb).mid(1).toUpper();
}

void cell(Xml &x, int width, int span, const QColor &background, const char *style, const QString &text, bool keepNext)
{
    x.start("w:tc");
    x.start("w:tcPr");
    x.empty("w:tcW", {{"w:w", QString::number(width)}, {"w:type", QStringLiteral("dxa")}});
    if (span > 1)
        x.val("w:gridSpan", span);
    if (background.isValid())
        x.empty("w:shd", {{"w:val", QStringLiteral("clear")}, {"w:color", QStringLiteral("auto")}, {"w:fill", fill(background)}});
    x.val("w:vAlign", QStringLiteral("center"));
    x.end();
    ParagraphFormat f;
    f.keepNext = keepNext;
    paragraph(x, style, text, f);
    x.end();
}

void rowStart(Xml &x, bool header)
{
    x.start("w:tr");
    x.start("w:trPr");
    x.empty("w:cantSplit");
    if (header)
        x.empty("w:tblHeader");
    x.end();
}

void tableStart(Xml &x, int total, const QList<int> &widths)
{
    x.start("w:tbl");
    x.start("w:tblPr");
    x.empty("w:tblW", {{"w:w", QString::number(total)}, {"w:type", QStringLiteral("dxa")}});
    x.val("w:jc", QStringLiteral("center"));
    x.start("w:tblBorders");
    for (const char *side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
        x.empty(side, {{"w:val", QStringLiteral("single")}, {"w:sz", QStringLiteral("4")}, {"w:space", QStringLiteral("0")},
                       {"w:color", QStringLiteral("000000")}});
    x.end();
    x.empty("w:tblLayout", {{"w:type", QStringLiteral("fixed")}});
    x.start("w:tblCellMar");
    for (const char *side : {"w:top", "w:left", "w:bottom", "w:right"})
        x.empty(side, {{"w:w", QString::number(kCellPad)}, {"w:type", QStringLiteral("dxa")}});
    x.end();
    x.end();
    x.start("w:tblGrid");
    for (int w : widths)
        x.empty("w:gridCol", {{"w:w", QString::number(w)}});
    x.end();
}

// One annex table, or with headerPerGroup one table per group (each with its name and header
// row repeated on its pages). A long table is also laid out far faster by LibreOffice in parts:
// its time grows with the square of a table's rows.
bool table(Xml &x, const PrintedTable &t, const std::function<bool()> &step)
{
    const int total = kLandscape.width - kLandscape.left - kLandscape.right;
    const QList<int> widths = columnWidths(t, total);
    const int n = int(widths.size());
    bool open = false;
    auto begin = [&] {
        if (open) {
            x.end();
            paragraph(x, "APTableEnd", QString());   // keeps two tables apart
        }
        tableStart(x, total, widths);
        open = true;
    };
    auto header = [&] {
        rowStart(x, true);
        for (int i = 0; i < n; ++i)
            cell(x, widths.at(i), 1, QColor(245, 245, 245), "APTableHeader", t.columns.at(i).header, false);
        x.end();
    };
    if (!t.headerPerGroup) {
        begin();
        header();
    }
    for (const PrintedTable::Row &r : t.rows) {
        if (r.group) {
            if (t.headerPerGroup)
                begin();
            // A group row goes over the page with its first row (keep with next).
            rowStart(x, t.headerPerGroup);
            cell(x, total, n, QColor(235, 235, 235), "APTableGroup", r.cells.value(0), true);
            x.end();
            if (t.headerPerGroup)
                header();
            continue;
        }
        if (!open)
            begin();
        rowStart(x, false);
        for (int i = 0; i < n; ++i)
            cell(x, widths.at(i), 1, r.backgrounds.value(i), "APTableText", r.cells.value(i), false);
        x.end();
        if (!step())
            return false;
    }
    if (open)
        x.end();
    return true;
}

QByteArray documentPart(const PrintedDocument &content, const std::function<bool()> &step, bool *stopped)
{
    Xml x;
    x.start("w:document");
    x.attr("xmlns:w", kW);
    x.attr("xmlns:r", kR);
    x.start("w:body");
    const bool annexes = !content.annexes.isEmpty();
    // The last paragraph of the body closes the portrait section when annexes follow.
    int lastBody = int(content.body.size()) - 1;
    bool signatureStarted = false;
    int attachments = 0;
    for (int i = 0; i < content.body.size(); ++i) {
        const PrintedParagraph &p = content.body.at(i);
        ParagraphFormat f;
        f.sectionEnd = annexes && i == lastBody ? &kPortrait : nullptr;
        if (p.role == Role::Attachment) {
            // Under the text after a blank line; a long name goes on under its own first character.
            if (!attachments++)
                paragraph(x, "APBody", QString());
            const double first = attachments == 1 ? 2 : 2 + gridCells(QStringLiteral("附件："));
            f.leftChars = first + gridCells(p.text.left(p.leadIn));
            f.hangingChars = f.leftChars - first;
        }
        if ((p.role == Role::Signature || p.role == Role::Date) && !signatureStarted) {
            // Two blank lines above the organisation and the date, kept on one page with them.
            signatureStarted = true;
            ParagraphFormat blank;
            blank.keepNext = true;
            paragraph(x, "APBody", QString(), blank);
            paragraph(x, "APBody", QString(), blank);
        }
        if (p.role == Role::Signature) {
            // Centred over the date, whose end is four characters in from the right.
            QString date;
            for (const PrintedParagraph &q : content.body)
                if (q.role == Role::Date)
                    date = q.text;
            f.rightChars = std::max(0.0, 4 + (date.isEmpty() ? 0 : (gridCells(date) - gridCells(p.text)) / 2));
        } else if (p.role == Role::Date) {
            f.rightChars = 4;
        }
        paragraph(x, styleOf(p.role), p.text, f);
        if (p.role == Role::Title)
            paragraph(x, "APBody", QString());
        if (p.role == Role::Body && !step()) {
            *stopped = true;
            return {};
        }
    }
    for (int i = 0; i < content.annexes.size(); ++i) {
        const PrintedTable &t = content.annexes.at(i);
        ParagraphFormat label;
        label.pageBreakBefore = i > 0;   // the first begins with its section
        label.keepNext = true;
        paragraph(x, "APAnnexLabel", t.label, label);
        paragraph(x, "APAnnexTitle", t.title);
        if (!table(x, t, step)) {
            *stopped = true;
            return {};
        }
        // A table is followed by a paragraph; this one takes no room.
        paragraph(x, "APTableEnd", QString());
    }
    section(x, annexes ? kLandscape : kPortrait, !annexes);
    x.end();
    x.end();
    return x.finish();
}

QByteArray stylesPart(const PrintFonts &f)
{
    Xml x;
    x.start("w:styles");
    x.attr("xmlns:w", kW);
    x.start("w:docDefaults");
    x.start("w:rPrDefault");
    x.start("w:rPr");
    fonts(x, f.body);
    size(x, 32);
    x.empty("w:lang", {{"w:val", QStringLiteral("en-US")}, {"w:eastAsia", QStringLiteral("zh-CN")}});
    x.end();
    x.end();
    x.start("w:pPrDefault");
    x.start("w:pPr");
    // The print fills every line: no widow and orphan control moving lines to the next page.
    x.val("w:widowControl", 0);
    x.end();
    x.end();
    x.end();

    x.start("w:style");
    x.attr("w:type", QStringLiteral("paragraph"));
    x.attr("w:default", 1);
    x.attr("w:styleId", QStringLiteral("Normal"));
    x.val("w:name", QStringLiteral("Normal"));
    x.empty("w:qFormat");
    x.start("w:pPr");
    x.val("w:jc", QStringLiteral("both"));
    x.end();
    // The grid's character pitch is counted from this style's size (LibreOffice reads it here,
    // Word from the defaults above): 3号 in both.
    x.start("w:rPr");
    size(x, 32);
    x.end();
    x.end();

    for (const Style &s : kStyles) {
        x.start("w:style");
        x.attr("w:type", QStringLiteral("paragraph"));
        x.attr("w:customStyle", 1);
        x.attr("w:styleId", QLatin1String(s.id));
        x.val("w:name", QString::fromUtf8(s.name));
        x.val("w:basedOn", QStringLiteral("Normal"));
        x.val("w:next", QLatin1String(s.outline >= 0 || s.id == QByteArrayLiteral("APTitle") ? "APBody" : s.id));
        x.empty("w:qFormat");
        x.start("w:pPr");
        if (s.keepNext)
            x.empty("w:keepNext");
        // No extra space between Chinese and Latin letters or digits: the print has none.
        x.val("w:autoSpaceDE", 0);
        x.val("w:autoSpaceDN", 0);
        if (!s.onGrid)
            x.val("w:snapToGrid", 0);
        if (s.onGrid)
            x.empty("w:spacing", {{"w:before", QStringLiteral("0")}, {"w:after", QStringLiteral("0")},
                                  {"w:line", QString::number(kLinePitch)}, {"w:lineRule", QStringLiteral("exact")}});
        else if (s.id == QByteArrayLiteral("APAnnexTitle"))
            x.empty("w:spacing", {{"w:before", QStringLiteral("0")}, {"w:after", QString::number(twips(3))}});
        else if (s.id == QByteArrayLiteral("APPageNumber"))
            x.empty("w:spacing", {{"w:before", QStringLiteral("0")}, {"w:after", QStringLiteral("0")},
                                  {"w:line", QString::number(kPageNumberLine)}, {"w:lineRule", QStringLiteral("exact")}});
        else
            x.empty("w:spacing", {{"w:before", QStringLiteral("0")}, {"w:after", QStringLiteral("0")},
                                  {"w:line", QStringLiteral("276")}, {"w:lineRule", QStringLiteral("auto")}});
        if (s.firstLineIndent)
            x.empty("w:ind", {{"w:firstLineChars", QStringLiteral("200")}, {"w:firstLine", QStringLiteral("640")}});
        x.val("w:jc", QLatin1String(s.justify));
        if (s.outline >= 0)
            x.val("w:outlineLvl", s.outline);
        x.end();
        x.start("w:rPr");
        fonts(x, f.*s.font);
        // 0.3 pt narrower than 3号, so that 28 characters fill the 156 mm line and a 29th does
        // not, in Word and in LibreOffice alike. The grid is one of lines only: LibreOffice puts a
        // character wider than a character cell across two cells.
        if (s.condensed)
            x.val("w:spacing", -6);
        size(x, s.halfPoints);
        x.end();
        x.end();
    }
    // The paragraph a table must be followed by, one twip high.
    x.start("w:style");
    x.attr("w:type", QStringLiteral("paragraph"));
    x.attr("w:customStyle", 1);
    x.attr("w:styleId", QStringLiteral("APTableEnd"));
    x.val("w:name", QStringLiteral("表后空行"));
    x.val("w:basedOn", QStringLiteral("Normal"));
    x.start("w:pPr");
    x.val("w:snapToGrid", 0);
    x.empty("w:spacing", {{"w:before", QStringLiteral("0")}, {"w:after", QStringLiteral("0")},
                          {"w:line", QStringLiteral("20")}, {"w:lineRule", QStringLiteral("exact")}});
    x.end();
    x.start("w:rPr");
    size(x, 2);
    x.end();
    x.end();
    x.end();
    return x.finish();
}

QByteArray footerPart(bool odd)
{
    Xml x;
    x.start("w:ftr");
    x.attr("xmlns:w", kW);
    x.attr("xmlns:r", kR);
    x.start("w:p");
    x.start("w:pPr");
    x.val("w:pStyle", QStringLiteral("APPageNumber"));
    // One character in from the text block's edge: odd pages to the right, even to the left.
    x.empty("w:ind", odd ? std::initializer_list<std::pair<const char *, QString>>{{"w:right", QStringLiteral("280")}}
                         : std::initializer_list<std::pair<const char *, QString>>{{"w:left", QStringLiteral("280")}});
    x.val("w:jc", odd ? QStringLiteral("right") : QStringLiteral("left"));
    x.end();
    runs(x, QStringLiteral("— "));
    x.start("w:fldSimple");
    x.attr("w:instr", QStringLiteral(" PAGE "));
    runs(x, QStringLiteral("1"));
    x.end();
    runs(x, QStringLiteral(" —"));
    x.end();
    x.end();
    return x.finish();
}

QByteArray settingsPart()
{
    Xml x;
    x.start("w:settings");
    x.attr("xmlns:w", kW);
    x.empty("w:zoom", {{"w:percent", QStringLiteral("100")}});
    x.val("w:defaultTabStop", 420);
    x.empty("w:evenAndOddHeaders");
    // Punctuation keeps its full cell, as on the printed grid.
    x.val("w:characterSpacingControl", QStringLiteral("doNotCompress"));
    x.start("w:compat");
    x.empty("w:compatSetting", {{"w:name", QStringLiteral("compatibilityMode")},
                                {"w:uri", QStringLiteral("http://schemas.microsoft.com/office/word")},
                                {"w:val", QStringLiteral("15")}});
    x.end();
    x.empty("w:themeFontLang", {{"w:val", QStringLiteral("en-US")}, {"w:eastAsia", QStringLiteral("zh-CN")}});
    x.end();
    return x.finish();
}

QByteArray fontTablePart(const PrintFonts &f)
{
    Xml x;
    x.start("w:fonts");
    x.attr("xmlns:w", kW);
    QStringList seen;
    for (const QString &family : {f.title, f.body, f.heading1, f.heading2, f.pageNumber}) {
        if (family.isEmpty() || seen.contains(family))
            continue;
        seen << family;
        x.start("w:font");
        x.attr("w:name", family);
        x.val("w:charset", QStringLiteral("86"));   // GB2312: a Chinese font
        x.val("w:family", QStringLiteral("auto"));
        x.val("w:pitch", QStringLiteral("variable"));
        x.end();
    }
    x.end();
    return x.finish();
}

struct Relationship
{
    QString id, type, target;
};

QByteArray relationships(const QList<Relationship> &rels)
{
    Xml x;
    x.start("Relationships");
    x.attr("xmlns", kRel);
    for (const Relationship &r : rels)
        x.empty("Relationship", {{"Id", r.id}, {"Type", r.type}, {"Target", r.target}});
    x.end();
    return x.finish();
}

QByteArray contentTypes()
{
    Xml x;
    x.start("Types");
    x.attr("xmlns", QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    x.empty("Default", {{"Extension", QStringLiteral("rels")},
                        {"ContentType", QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")}});
    x.empty("Default", {{"Extension", QStringLiteral("xml")}, {"ContentType", QStringLiteral("application/xml")}});
    const QString wml = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
    const std::pair<const char *, QString> overrides[] = {
        {"/word/document.xml", wml + QStringLiteral("document.main+xml")},
        {"/word/styles.xml", wml + QStringLiteral("styles+xml")},
        {"/word/settings.xml", wml + QStringLiteral("settings+xml")},
        {"/word/fontTable.xml", wml + QStringLiteral("fontTable+xml")},
        {"/word/footer1.xml", wml + QStringLiteral("footer+xml")},
        {"/word/footer2.xml", wml + QStringLiteral("footer+xml")},
        {"/docProps/core.xml", QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml")},
        {"/docProps/app.xml", QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml")},
    };
    for (const auto &o : overrides)
        x.empty("Override", {{"PartName", QLatin1String(o.first)}, {"ContentType", o.second}});
    x.end();
    return x.finish();
}

QByteArray corePart(const QString &title)
{
    Xml x;
    x.start("cp:coreProperties");
    x.attr("xmlns:cp", QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
    x.attr("xmlns:dc", QStringLiteral("http://purl.org/dc/elements/1.1/"));
    x.start("dc:title");
    x.w().writeCharacters(xmlText(title));
    x.end();
    x.start("dc:language");
    x.w().writeCharacters(QStringLiteral("zh-CN"));
    x.end();
    x.end();
    return x.finish();
}

QByteArray appPart()
{
    Xml x;
    x.start("Properties");
    x.attr("xmlns", QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
    x.start("Application");
    x.w().writeCharacters(QStringLiteral("AnnualPlan"));
    x.end();
    x.end();
    return x.finish();
}

} // namespace

QByteArray DocxWriter::build(const PrintedDocument &content, const PrintFonts &fonts, QString *error,
                             const std::function<bool(int, int)> &progress)
{
    const int total = content.steps();
    int done = 0;
    bool stopped = false;
    const QByteArray document = documentPart(content, [&] { return !progress || progress(++done, total); }, &stopped);
    if (stopped) {
        if (error)
            *error = tr("The export was cancelled.");
        return {};
    }
    ZipWriter zip;
    zip.add(QStringLiteral("[Content_Types].xml"), contentTypes());
    zip.add(QStringLiteral("_rels/.rels"),
            relationships({{QStringLiteral("rId1"), kOfficeRel + QStringLiteral("officeDocument"), QStringLiteral("word/document.xml")},
                           {QStringLiteral("rId2"),
                            QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                            QStringLiteral("docProps/core.xml")},
                           {QStringLiteral("rId3"), kOfficeRel + QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml")}}));
    zip.add(QStringLiteral("word/document.xml"), document);
    zip.add(QStringLiteral("word/_rels/document.xml.rels"),
            relationships({{QStringLiteral("rId1"), kOfficeRel + QStringLiteral("styles"), QStringLiteral("styles.xml")},
                           {QStringLiteral("rId2"), kOfficeRel + QStringLiteral("settings"), QStringLiteral("settings.xml")},
                           {QStringLiteral("rId3"), kOfficeRel + QStringLiteral("fontTable"), QStringLiteral("fontTable.xml")},
                           {QStringLiteral("rIdFooterOdd"), kOfficeRel + QStringLiteral("footer"), QStringLiteral("footer1.xml")},
                           {QStringLiteral("rIdFooterEven"), kOfficeRel + QStringLiteral("footer"), QStringLiteral("footer2.xml")}}));
    zip.add(QStringLiteral("word/styles.xml"), stylesPart(fonts));
    zip.add(QStringLiteral("word/settings.xml"), settingsPart());
    zip.add(QStringLiteral("word/fontTable.xml"), fontTablePart(fonts));
    zip.add(QStringLiteral("word/footer1.xml"), footerPart(true));
    zip.add(QStringLiteral("word/footer2.xml"), footerPart(false));
    zip.add(QStringLiteral("docProps/core.xml"), corePart(content.title));
    zip.add(QStringLiteral("docProps/app.xml"), appPart());
    QByteArray bytes;
    if (!zip.finish(&bytes, error))
        return {};
    return bytes;
}

bool DocxWriter::write(const PrintedDocument &content, const PrintFonts &fonts, const QString &path, QString *error,
                       const std::function<bool(int, int)> &progress)
{
    const QByteArray bytes = build(content, fonts, error, progress);
    if (bytes.isEmpty())
        return false;
    return fs::writeFile(path, bytes, fs::OutputTarget::Kind::Document, error);
}

} // namespace ap
