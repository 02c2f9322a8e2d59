#include "docxwriter.h"

#include "archive/zipwriter.h"
#include "fs/atomicfile.h"
#include "docxbody.h"
#include "docxxml.h"
#include "paragraphflow.h"
#include "tablegeometry.h"
#include "printtext.h"
#include "wordmeasure.h"

#include <QXmlStreamWriter>

#include <cmath>

namespace ap {

using namespace docx;

namespace {

// One named paragraph style per role: what a clerk restyles in Word once for the whole document.
struct Style
{
    const char *id;
    const char *name;
    PrintFonts::Role role;
    int halfPoints;
    const char *justify;
    bool firstLineIndent;   // two characters
    int outline;            // navigation level, -1 for none
    bool keepNext;
    bool onGrid;            // body lines: the grid's exact pitch
    bool condensed;         // 28 characters of 3号 to a line (the title keeps its own widths)
    bool red = false;
};

const Style kStyles[] = {
    // The title one grid line a line, but not snapped to the grid: LibreOffice gives a line of
    // the grid whose font is taller than the pitch (Noto Serif CJK at 22 pt) two lines.
    {"APTitle", "公文标题", PrintFonts::Title, 44, "center", false, -1, true, false, false},
    {"APHeading1", "一级标题", PrintFonts::Heading1, 32, "both", true, 0, true, true, true},
    {"APHeading2", "二级标题", PrintFonts::Heading2, 32, "both", true, 1, true, true, true},
    {"APHeading3", "三级标题", PrintFonts::Body, 32, "both", true, 2, true, true, true},
    {"APBody", "公文正文", PrintFonts::Body, 32, "both", true, -1, false, true, true},
    {"APAttachment", "附件说明", PrintFonts::Body, 32, "left", false, -1, false, true, true},
    {"APSignature", "发文机关署名", PrintFonts::Body, 32, "right", false, -1, true, true, true},
    {"APDate", "成文日期", PrintFonts::Body, 32, "right", false, -1, false, true, true},
    {"APAnnexLabel", "附件标识", PrintFonts::Heading1, 32, "left", false, -1, true, false, false},
    {"APAnnexTitle", "附件标题", PrintFonts::Title, 44, "center", false, -1, true, false, false},
    {"APTableHeader", "表头", PrintFonts::Heading1, 24, "center", false, -1, false, false, false},
    {"APTableGroup", "表格分组", PrintFonts::Heading1, 24, "left", false, -1, true, false, false},
    {"APTableText", "表格文字", PrintFonts::Table, 24, "left", false, -1, false, false, false},
    {"APPageNumber", "页码", PrintFonts::PageNumber, 28, "left", false, -1, false, false, false},
    // The notice: its 版头 (the mark sized to its text, 35 mm into the block), 主送机关, the plan's
    // "附件1" on its first line, and the 版记 in 4号.
    {"APIssuerMark", "发文机关标志", PrintFonts::IssuerMark, 84, "center", false, -1, true, false, false, true},
    {"APDocumentNumber", "发文字号", PrintFonts::Body, 32, "center", false, -1, true, true, true},
    {"APAddressee", "主送机关", PrintFonts::Body, 32, "both", false, -1, false, true, true},
    {"APAttachmentLabel", "附件序号", PrintFonts::Heading1, 32, "left", false, -1, true, true, true},
    {"APRecord", "版记", PrintFonts::Body, 28, "left", false, -1, false, true, false},
};

// The exact line of an annex's styles (tablegeometry.h), 0 for the others; and the space under it.
int tableLine(const char *id)
{
    using namespace printlayout::table;
    const QByteArray s(id);
    if (s == "APAnnexLabel")
        return kLabelLine;
    if (s == "APAnnexTitle")
        return kTitleLine;
    if (s == "APTableHeader" || s == "APTableGroup" || s == "APTableText")
        return kLine;
    return 0;
}

int afterTableLine(const char *id)
{
    const QByteArray s(id);
    if (s == "APAnnexLabel")
        return printlayout::table::kAfterLabel;
    if (s == "APAnnexTitle")
        return printlayout::table::kAfterTitle;
    return 0;
}

// A paragraph role's style keeps with the next as the flow's rules say (paragraphflow.h); the
// others (tables, annex titles) as the table above says.
bool keepsWithNext(const Style &s)
{
    for (int r = int(PrintedParagraph::Role::Title); r <= int(PrintedParagraph::Role::AnnexLabel); ++r) {
        const auto role = PrintedParagraph::Role(r);
        if (qstrcmp(styleOf(role), s.id) == 0)
            return printlayout::keepsWithNext(role);
    }
    return s.keepNext;
}

// A style's line: the grid's exact pitch on the body pages (the title too, though not snapped to
// the grid), an annex's exact heights (tablegeometry.h), the 发文机关标志 35 mm into the block.
void lineSpacing(Xml &x, const Style &s)
{
    auto spacing = [&x](int before, int after, int line, bool exact) {
        x.empty("w:spacing", {{"w:before", QString::number(before)}, {"w:after", QString::number(after)},
                              {"w:line", QString::number(line)},
                              {"w:lineRule", exact ? QStringLiteral("exact") : QStringLiteral("auto")}});
    };
    const QByteArray id(s.id);
    if (s.onGrid || id == "APTitle")
        spacing(0, 0, kLinePitch, true);
    else if (id == "APIssuerMark")
        spacing(twips(35), 0, 240, false);
    else if (const int exact = tableLine(s.id))
        spacing(0, afterTableLine(s.id), exact, true);
    else if (id == "APPageNumber")
        spacing(0, 0, kPageNumberLine, true);
    else
        spacing(0, 0, 276, false);
}

QByteArray stylesPart(const PrintFonts &f)
{
    Xml x;
    x.start("w:styles");
    x.attr("xmlns:w", kW);
    x.start("w:docDefaults");
    x.start("w:rPrDefault");
    x.start("w:rPr");
    fonts(x, PrintFonts::wordName(PrintFonts::Body, f.body));
    size(x, 32);
    x.empty("w:lang", {{"w:val", QStringLiteral("en-US")}, {"w:eastAsia", QStringLiteral("zh-CN")}});
    x.end();
    x.end();
    x.start("w:pPrDefault");
    x.start("w:pPr");
    // Widow and orphan control, two lines (the flow's rules, see pagination.h).
    x.empty("w:widowControl");
    // No mark hangs past a line's end, as in the print. LibreOffice (7.4) reads this element
    // the other way round from Word: "1" is what turns its hanging punctuation off, and Word
    // hangs marks by default either way.
    x.val("w:overflowPunct", 1);
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
        if (keepsWithNext(s))
            x.empty("w:keepNext");
        // Chinese and Latin letters or digits spaced apart as word processors do by default (and
        // LibreOffice always): the print breaks its lines as if they were (wordmeasure.h).
        if (!s.onGrid)
            x.val("w:snapToGrid", 0);
        lineSpacing(x, s);
        if (s.firstLineIndent)
            x.empty("w:ind", {{"w:firstLineChars", QStringLiteral("200")}, {"w:firstLine", QStringLiteral("640")}});
        x.val("w:jc", QLatin1String(s.justify));
        if (s.outline >= 0)
            x.val("w:outlineLvl", s.outline);
        x.end();
        x.start("w:rPr");
        fonts(x, PrintFonts::wordName(s.role, f.family(s.role)));
        // 0.3 pt narrower than 3号, so that 28 characters fill the 156 mm line and a 29th does
        // not, in Word and in LibreOffice alike. The grid is one of lines only: LibreOffice puts a
        // character wider than a character cell across two cells.
        if (s.red)
            x.val("w:color", QStringLiteral("FF0000"));
        if (s.condensed)
            x.val("w:spacing", -int(std::lround(printlayout::kCondensedPoints * 20)));
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

// The footer of pages that show no number.
QByteArray emptyFooterPart()
{
    Xml x;
    x.start("w:ftr");
    x.attr("xmlns:w", kW);
    x.start("w:p");
    x.start("w:pPr");
    x.val("w:pStyle", QStringLiteral("APPageNumber"));
    x.end();
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

// The fonts by the names a clerk's Word or WPS knows (the 公文 fonts), each with the names to look
// for where it is missing: the Windows name, and the font this machine printed with.
QByteArray fontTablePart(const PrintFonts &f)
{
    Xml x;
    x.start("w:fonts");
    x.attr("xmlns:w", kW);
    QStringList seen;
    for (int r = 0; r < PrintFonts::RoleCount; ++r) {
        const auto role = PrintFonts::Role(r);
        const QString family = f.family(role);
        const QString name = PrintFonts::wordName(role, family);
        if (family.isEmpty() || seen.contains(name))
            continue;
        seen << name;
        x.start("w:font");
        x.attr("w:name", name);
        const QStringList alternates = PrintFonts::wordAlternates(role, family);
        if (!alternates.isEmpty())
            x.val("w:altName", alternates.join(u','));
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
        {"/word/footer3.xml", wml + QStringLiteral("footer+xml")},
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
    // Where the 版记 goes depends on where the text ends: the print's own layout says.
    const DocumentPainter::Layout layout = content.record.isEmpty() ? DocumentPainter::Layout{}
                                                                    : DocumentPainter::layout(content, fonts);
    const QByteArray document = documentPart(content, fonts, layout.record, layout.linesOnLastPage,
                                             [&] { return !progress || progress(++done, total); }, &stopped);
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
                           {QStringLiteral("rIdFooterEven"), kOfficeRel + QStringLiteral("footer"), QStringLiteral("footer2.xml")},
                           {QStringLiteral("rIdFooterNone"), kOfficeRel + QStringLiteral("footer"), QStringLiteral("footer3.xml")}}));
    zip.add(QStringLiteral("word/styles.xml"), stylesPart(fonts));
    zip.add(QStringLiteral("word/settings.xml"), settingsPart());
    zip.add(QStringLiteral("word/fontTable.xml"), fontTablePart(fonts));
    zip.add(QStringLiteral("word/footer1.xml"), footerPart(true));
    zip.add(QStringLiteral("word/footer2.xml"), footerPart(false));
    zip.add(QStringLiteral("word/footer3.xml"), emptyFooterPart());
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
