#include "docxbody.h"

#include "docxxml.h"
#include "paragraphflow.h"
#include "tableflow.h"
#include "tablegeometry.h"
#include "printtext.h"

#include <QColor>
#include <QRawFont>

namespace ap::docx {

using Role = PrintedParagraph::Role;

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
    case Role::IssuerMark: return "APIssuerMark";
    case Role::DocumentNumber: return "APDocumentNumber";
    case Role::Addressee: return "APAddressee";
    case Role::AnnexLabel: return "APAttachmentLabel";
    }
    return "APBody";
}


namespace {

struct ParagraphFormat
{
    bool pageBreakBefore = false;
    bool keepNext = false;
    bool keepNextByStyle = false;   // the style keeps with the next: only a "no" is written
    bool keepLines = false;
    double rightChars = 0;
    double leftChars = 0, hangingChars = 0;
    const Page *sectionEnd = nullptr;   // this paragraph closes a section of these pages
    bool redRule = false;               // the red line of the 版头 under it, 4 mm under its characters
    int halfPoints = 0;                 // the runs' size, when not the style's
    int spaceBefore = -1;               // twips, when not the style's
};

void section(Xml &x, const Page &page, bool grid, bool numbered = true);

void paragraph(Xml &x, const char *style, const QString &text, const ParagraphFormat &f = {})
{
    x.start("w:p");
    x.start("w:pPr");
    x.val("w:pStyle", QLatin1String(style));
    if (f.keepNext && !f.keepNextByStyle)
        x.empty("w:keepNext");
    else if (!f.keepNext && f.keepNextByStyle)
        x.val("w:keepNext", 0);
    if (f.keepLines)
        x.empty("w:keepLines");
    if (f.spaceBefore >= 0)
        x.empty("w:spacing", {{"w:before", QString::number(f.spaceBefore)}});
    if (f.pageBreakBefore)
        x.empty("w:pageBreakBefore");
    if (f.redRule) {
        // 1 pt (0.35 mm), as the print; its distance from the line's foot makes the 4 mm.
        x.start("w:pBdr");
        x.empty("w:bottom", {{"w:val", QStringLiteral("single")}, {"w:sz", QStringLiteral("8")},
                             {"w:space", QStringLiteral("5")}, {"w:color", QStringLiteral("FF0000")}});
        x.end();
    }
    if (f.rightChars > 0)
        x.empty("w:ind", {{"w:right", QString::number(std::lround(f.rightChars * kCharPitch))}});
    else if (f.leftChars > 0)
        x.empty("w:ind", {{"w:left", QString::number(std::lround(f.leftChars * kCharPitch))},
                          {"w:hanging", QString::number(std::lround(f.hangingChars * kCharPitch))}});
    if (f.sectionEnd)
        section(x, *f.sectionEnd, f.sectionEnd == &kPortrait);
    x.end();
    runs(x, text, f.halfPoints);
    x.end();
}

// A section's pages: size, margins, the footers with the page number (an empty one where the
// pages are not numbered: a blank page before the 版记 and the 版记's), and on the body pages
// the document grid of 22 lines × 28 characters.
void section(Xml &x, const Page &page, bool grid, bool numbered)
{
    x.start("w:sectPr");
    x.empty("w:footerReference", {{"w:type", QStringLiteral("default")},
                                  {"r:id", numbered ? QStringLiteral("rIdFooterOdd") : QStringLiteral("rIdFooterNone")}});
    x.empty("w:footerReference", {{"w:type", QStringLiteral("even")},
                                  {"r:id", numbered ? QStringLiteral("rIdFooterEven") : QStringLiteral("rIdFooterNone")}});
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
    x.val("w:vAlign", QStringLiteral("top"));   // as the print has it
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
        x.empty(side, {{"w:w", QString::number(printlayout::table::kCellPad)}, {"w:type", QStringLiteral("dxa")}});
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
    const int total = printlayout::table::kWidth;
    const QList<int> widths = printlayout::table::columnWidths(t);
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

// One run of portrait pages (the notice, or the plan) as the flow sets it (paragraphflow.h): the
// 版头 where there is one, the title, headings and text, the 附件说明, and the organisation over
// the date, each paragraph keeping with the next where the flow says (the styles say it for
// their role; a paragraph that differs says it itself). closeSection: the pages this run's
// last paragraph closes (others follow); breakBefore: it begins a page.
bool paragraphs(Xml &x, const QList<PrintedParagraph> &list, const PrintFonts &fonts, const Page *closeSection,
                bool breakBefore, const std::function<bool()> &step)
{
    QString date;
    for (const PrintedParagraph &q : list)
        if (q.role == Role::Date)
            date = q.text;
    const QList<printlayout::FlowParagraph> flow = printlayout::flowOf(list);
    const int last = int(flow.size()) - 1;
    for (int i = 0; i < flow.size(); ++i) {
        const printlayout::FlowParagraph &p = flow.at(i);
        const Role role = p.blank ? Role::Body : p.role;
        ParagraphFormat f;
        f.sectionEnd = i == last ? closeSection : nullptr;
        f.pageBreakBefore = i == 0 && breakBefore;
        f.keepNext = p.keepWithNext;
        f.keepNextByStyle = printlayout::keepsWithNext(role);
        f.keepLines = p.keepTogether;
        f.redRule = p.redRuleUnder;
        if (p.blank) {
            paragraph(x, "APBody", QString(), f);
            continue;
        }
        if (p.role == Role::IssuerMark) {
            // Its characters' tops 35 mm into the block, as the print has them: a word processor
            // sets a line's baseline its font's ascent under the line's top, the print an ideograph's
            // top 0.88 of its size over the baseline.
            f.halfPoints = issuerMarkHalfPoints(p.text);
            const double points = f.halfPoints / 2.0;
            QRawFont raw = QRawFont::fromFont(fonts.font(PrintFonts::IssuerMark, points));
            raw.setPixelSize(1000);
            const double over = raw.isValid() ? (raw.ascent() / 1000 - 0.88) * points : 0;
            f.spaceBefore = std::max(0, twips(35) - int(std::lround(over * 20)));
        }
        if (p.role == Role::Attachment) {
            // A long name goes on under its own first character.
            const double first = p.attachment == 0 ? 2 : 2 + gridCells(QStringLiteral("附件："));
            f.leftChars = first + gridCells(p.text.left(p.leadIn));
            f.hangingChars = f.leftChars - first;
        }
        if (p.role == Role::Signature) {
            // Centred over the date, whose end is four characters in from the right.
            f.rightChars = std::max(0.0, 4 + (date.isEmpty() ? 0 : (gridCells(date) - gridCells(p.text)) / 2));
        } else if (p.role == Role::Date) {
            f.rightChars = 4;
        }
        // A title broken between its words only (GB/T 9704 7.3.3), as the print breaks it: 2号
        // characters, 20 to the block's width, a Latin letter or digit half of one.
        const QString text = p.role == Role::Title
            ? printlayout::titleLines(p.text, [](const QString &u) { return gridCells(u); }, 20).join(u'\n')
            : p.text;
        paragraph(x, styleOf(p.role), text, f);
        if (p.role == Role::Body && !step())
            return false;
    }
    return true;
}

// The 版记 as a table of full width: 抄送 over 印发机关 and 印发日期, a thick rule above and
// below and a thin one between, one character in on either side.
// lines: the grid lines free on the page it ends (22 on a page of its own); breakBefore: it
// begins a page.
void recordTable(Xml &x, const PrintedRecord &r, int lines, bool breakBefore)
{
    const int free = lines;
    const int total = kPortrait.width - kPortrait.left - kPortrait.right;
    const bool printed = !r.printedBy.isEmpty() || !r.printDate.isEmpty();
    const int em = 280;   // 4号, 14 pt
    // Its foot on the text block's bottom edge, each row a line of the grid: an empty paragraph as
    // high as the block less the table goes first (LibreOffice places a floating table neither by
    // a section's vertical alignment nor by its own position, so the table stays in the flow).
    const double perLine = (156 / 25.4 * 72) / 14 - 2;   // 4号 characters, one in on either side
    const int copyLines = r.copiesTo.isEmpty() ? 0 : std::max(1, int(std::ceil(gridCells(r.copiesTo) / perLine - 1e-9)));
    const int own = copyLines + (printed ? 1 : 0);
    // Some slack for the rules and the paragraph a table is followed by.
    const int spacer = (free >= 22 ? twips(225) : free * kLinePitch) - own * kLinePitch - 80;
    x.start("w:p");
    x.start("w:pPr");
    x.val("w:pStyle", QStringLiteral("APTableEnd"));
    if (breakBefore)
        x.empty("w:pageBreakBefore");
    x.empty("w:spacing", {{"w:before", QStringLiteral("0")}, {"w:after", QStringLiteral("0")},
                          {"w:line", QString::number(spacer)}, {"w:lineRule", QStringLiteral("exact")}});
    x.end();
    x.end();
    x.start("w:tbl");
    x.start("w:tblPr");
    x.empty("w:tblW", {{"w:w", QString::number(total)}, {"w:type", QStringLiteral("dxa")}});
    x.start("w:tblBorders");
    auto border = [&](const char *side, int eighths) {
        x.empty(side, {{"w:val", eighths ? QStringLiteral("single") : QStringLiteral("nil")},
                       {"w:sz", QString::number(eighths)}, {"w:space", QStringLiteral("0")},
                       {"w:color", QStringLiteral("000000")}});
    };
    border("w:top", 8);       // 0.35 mm
    border("w:left", 0);
    border("w:bottom", 8);
    border("w:right", 0);
    border("w:insideH", 6);   // 0.25 mm
    border("w:insideV", 0);
    x.end();
    x.empty("w:tblLayout", {{"w:type", QStringLiteral("fixed")}});
    x.start("w:tblCellMar");
    x.empty("w:left", {{"w:w", QString::number(em)}, {"w:type", QStringLiteral("dxa")}});
    x.empty("w:right", {{"w:w", QString::number(em)}, {"w:type", QStringLiteral("dxa")}});
    x.end();
    x.end();
    x.start("w:tblGrid");
    x.empty("w:gridCol", {{"w:w", QString::number(total / 2)}});
    x.empty("w:gridCol", {{"w:w", QString::number(total - total / 2)}});
    x.end();
    auto cell = [&](int width, int span, const QString &text, const ParagraphFormat &f, const char *jc) {
        x.start("w:tc");
        x.start("w:tcPr");
        x.empty("w:tcW", {{"w:w", QString::number(width)}, {"w:type", QStringLiteral("dxa")}});
        if (span > 1)
            x.val("w:gridSpan", span);
        x.end();
        x.start("w:p");
        x.start("w:pPr");
        x.val("w:pStyle", QStringLiteral("APRecord"));
        if (f.leftChars > 0)
            x.empty("w:ind", {{"w:left", QString::number(std::lround(f.leftChars * em))},
                              {"w:hanging", QString::number(std::lround(f.hangingChars * em))}});
        x.val("w:jc", QLatin1String(jc));
        x.end();
        runs(x, text);
        x.end();
        x.end();
    };
    auto row = [&](int n) {
        x.start("w:tr");
        x.start("w:trPr");
        x.empty("w:cantSplit");
        x.empty("w:trHeight", {{"w:val", QString::number(n * kLinePitch)}, {"w:hRule", QStringLiteral("exact")}});
        x.end();
    };
    if (!r.copiesTo.isEmpty()) {
        row(copyLines);
        ParagraphFormat hanging;   // the names' lines under the first name
        hanging.leftChars = gridCells(QStringLiteral("抄送："));
        hanging.hangingChars = hanging.leftChars;
        cell(total, 2, r.copiesTo, hanging, "left");
        x.end();
    }
    if (printed) {
        row(1);
        cell(total / 2, 1, r.printedBy, {}, "left");
        cell(total - total / 2, 1, r.printDate, {}, "right");
        x.end();
    }
    x.end();
}

} // namespace

QByteArray documentPart(const PrintedDocument &content, const PrintFonts &fonts, RecordPlace place, int linesOnLastPage,
                        const std::function<bool()> &step, bool *stopped)
{
    Xml x;
    x.start("w:document");
    x.attr("xmlns:w", kW);
    x.attr("xmlns:r", kR);
    x.start("w:body");
    const bool annexes = !content.annexes.isEmpty();
    const bool record = !content.record.isEmpty();
    // The 版记 under the text on its last page stays in the text's section; elsewhere it begins one.
    const bool recordHere = record && place == RecordPlace::FootOfLastPage && !annexes;
    const bool recordApart = record && !recordHere;
    if (!paragraphs(x, content.notice, fonts, nullptr, false, step)
        || !paragraphs(x, content.body, fonts, annexes || recordApart ? &kPortrait : nullptr, !content.notice.isEmpty(), step)) {
        *stopped = true;
        return {};
    }
    for (int i = 0; i < content.annexes.size(); ++i) {
        const PrintedTable &t = content.annexes.at(i);
        ParagraphFormat label;
        label.pageBreakBefore = i > 0;   // the first begins with its section
        label.keepNext = true;
        paragraph(x, "APAnnexLabel", t.label, label);
        paragraph(x, "APAnnexTitle", printlayout::TableFlow::titleLines(t.title).join(u'\n'));
        if (!table(x, t, step)) {
            *stopped = true;
            return {};
        }
        // A table is followed by a paragraph; this one takes no room (and closes the landscape
        // pages when the 版记 follows).
        ParagraphFormat end;
        end.sectionEnd = recordApart && i + 1 == content.annexes.size() ? &kLandscape : nullptr;
        paragraph(x, "APTableEnd", QString(), end);
    }
    if (recordHere) {
        // At the foot of the text's last page, an even one.
        recordTable(x, content.record, 22 - linesOnLastPage, false);
        paragraph(x, "APTableEnd", QString());
        section(x, kPortrait, true);
    } else if (recordApart) {
        // On a page of its own, the last, an even one: after a blank page where the text ends on
        // an even one, that page and the 版记's unnumbered (GB/T 9704 7.5).
        const bool blank = place == RecordPlace::AfterBlankPage;
        if (blank)
            paragraph(x, "APBody", QString());
        recordTable(x, content.record, 22, blank);
        paragraph(x, "APTableEnd", QString());
        section(x, kPortrait, true, !blank);
    } else {
        section(x, annexes ? kLandscape : kPortrait, !annexes);
    }
    x.end();
    x.end();
    return x.finish();
}

} // namespace ap::docx
