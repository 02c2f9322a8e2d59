#include "documentpainter.h"

#include "officiallayout.h"
#include "pagination.h"
#include "paragraphflow.h"
#include "pdfoutput.h"
#include "printlayout.h"
#include "tableflow.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPdfWriter>

namespace ap {

using namespace printlayout;

namespace {

using Role = PrintedParagraph::Role;

// The 版头 at the top of the first page, from the flow's first paragraph: the mark 35 mm into the
// block, the 发文字号 two lines under it, the red line 4 mm under that. Returns the index of the
// first paragraph after it (0 where there is none).
qsizetype paintHead(Canvas &canvas, BodyFlow &body, const QList<FlowParagraph> &flow, const PrintFonts &fonts)
{
    double headBottom = 0;
    for (qsizetype i = 0; i < flow.size(); ++i) {
        const FlowParagraph &f = flow.at(i);
        if (f.role == Role::IssuerMark && !f.blank) {
            headBottom = paintIssuerMark(canvas, body, f.text, fonts);
            body.skipTo(headBottom);
        } else if (f.role == Role::DocumentNumber && !f.blank) {
            body.paragraph(f.text, fonts.font(PrintFonts::Body, 16), 0, BodyFlow::Center);
            headBottom = body.lineTop(body.line() - 1) + body.linePitch() / 2 + canvas.pt(8);
        } else if (f.blank && headBottom > 0) {
            body.blankLine();   // between the mark and the 发文字号
        } else {
            return i;
        }
        if (f.redRuleUnder) {
            const double y = headBottom + canvas.mm(4);
            paintRedLine(canvas, body, y);
            body.skipTo(y + canvas.mm(0.35));
            return i + 1;
        }
    }
    return flow.size();
}

// How a paragraph of the flow sets on the grid: its font, indents and alignment.
BodyFlow::Setting settingOf(const FlowParagraph &f, const BodyFlow &body, const PrintFonts &fonts, double dateChars)
{
    const QFont bodyFont = fonts.font(PrintFonts::Body, 16);
    BodyFlow::Setting s{bodyFont};
    switch (f.blank ? Role::Body : f.role) {
    case Role::Title:
        return {fonts.font(PrintFonts::Title, 22), 0, BodyFlow::Center, 0, false};
    case Role::Heading1:
        return {fonts.font(PrintFonts::Heading1, 16), 2};
    case Role::Heading2:
        return {fonts.font(PrintFonts::Heading2, 16), 2};
    case Role::Heading3:
    case Role::Body:
        s.indentChars = 2;
        return s;
    case Role::AnnexLabel:
        s.font = fonts.font(PrintFonts::Heading1, 16);   // on the first line, top left; the title on the third
        return s;
    case Role::Attachment: {
        // The name's lines under its first character.
        const double first = f.attachment == 0 ? 2 : 2 + body.gridChars(QStringLiteral("附件："), bodyFont);
        return {bodyFont, first, BodyFlow::Left, 0, true, first + body.gridChars(f.text.left(f.leadIn), bodyFont)};
    }
    case Role::Signature:
        // Centred over the date, whose end is four characters in from the right.
        return {bodyFont, 0, BodyFlow::Right, qMax(0.0, 4 + (dateChars - body.gridChars(f.text, bodyFont)) / 2)};
    case Role::Date:
        return {bodyFont, 0, BodyFlow::Right, 4};
    case Role::DocumentNumber:
        s.align = BodyFlow::Center;
        return s;
    case Role::IssuerMark:
    case Role::Addressee:
        return s;
    }
    return s;
}

// Paints one run of portrait pages (the notice, or the plan) from the flow's current line: the
// 版头 where there is one, then the title, headings and text, the 附件说明, and the issuing
// organisation over the date; every paragraph laid out first, then its pages broken by the
// flow's rules (paragraphflow.h, pagination.h). step() is called per work item painted and may
// return false to stop; keepGoing() now and then while they are laid out, the same.
bool paintParagraphs(Canvas &canvas, BodyFlow &body, const QList<PrintedParagraph> &paragraphs,
                     const PrintFonts &fonts, const std::function<bool()> &step, const std::function<bool()> &keepGoing)
{
    QString date;
    for (const PrintedParagraph &p : paragraphs)
        if (p.role == Role::Date)
            date = p.text;
    const double dateChars = body.gridChars(date, fonts.font(PrintFonts::Body, 16));
    const QList<FlowParagraph> flow = flowOf(paragraphs);
    struct Laid
    {
        BodyFlow::Setting setting;
        QList<QStringList> lines;
        bool workItem;
    };
    QList<Laid> laid;
    QList<FlowItem> items;
    for (qsizetype i = paintHead(canvas, body, flow, fonts); i < flow.size(); ++i) {
        if (i % 64 == 0 && !keepGoing())
            return false;
        const FlowParagraph &f = flow.at(i);
        const BodyFlow::Setting s = settingOf(f, body, fonts, dateChars);
        const QList<QStringList> lines = f.blank ? QList<QStringList>{QStringList()} : body.layout(f.text, s);
        laid << Laid{s, lines, !f.blank && f.role == Role::Body};
        items << FlowItem{int(lines.size()), f.keepWithNext, f.keepTogether};
    }
    const QList<int> starts = paginate(items, body.linesLeft());
    int line = 0;
    qsizetype next = 0;
    for (const Laid &p : std::as_const(laid)) {
        for (qsizetype k = 0; k < p.lines.size(); ++k, ++line) {
            if (next < starts.size() && starts.at(next) == line) {
                body.start();
                ++next;
            }
            body.paintLine(p.lines, k, p.setting);   // a blank line takes its line, at a page's top too
        }
        if (p.workItem && !step())
            return false;
    }
    return true;
}

} // namespace

DocumentPainter::Layout DocumentPainter::layout(const PrintedDocument &content, const PrintFonts &fonts)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    printlayout::setUpPdfWriter(writer);
    Layout out;
    paint(content, fonts, &writer, {}, &out);
    return out;
}

int DocumentPainter::paint(const PrintedDocument &content, const PrintFonts &fonts, QPagedPaintDevice *device,
                           const std::function<bool(int, int)> &progress, Layout *layout)
{
    const int total = content.steps();
    int done = 0;
    auto step = [&]() { return !progress || progress(++done, total); };
    auto keepGoing = [&]() { return !progress || progress(done, total); };

    Canvas canvas(device, fonts);
    BodyFlow body(canvas);
    for (const QList<PrintedParagraph> *part : {&content.notice, &content.body}) {
        if (part->isEmpty())
            continue;
        body.start();
        if (!paintParagraphs(canvas, body, *part, fonts, step, keepGoing))
            return canvas.pages();
    }

    for (const PrintedTable &annex : content.annexes) {
        TableFlow table(canvas, fonts, annex);
        table.start(annex.label, annex.title);
        for (int i = 0; i < annex.rows.size(); ++i) {
            const PrintedTable::Row &r = annex.rows.at(i);
            if (r.group) {
                // Kept on one page with the groups under it and the first row after them.
                double keep = 0;
                int j = i + 1;
                for (; j < annex.rows.size() && annex.rows.at(j).group; ++j)
                    keep += table.groupHeight(annex.rows.at(j).cells.value(0));
                if (j < annex.rows.size())
                    keep += table.rowHeight(annex.rows.at(j).cells);
                table.group(r.cells.value(0), annex.headerPerGroup, keep);
                continue;
            }
            table.row(r.cells, r.backgrounds);
            if (!step())
                return canvas.pages();
        }
    }

    if (!content.record.isEmpty()) {
        // The 版记 goes on the last page, an even one (GB/T 9704 7.4, printed on both sides): at the
        // foot of the text's last page when that is even and has room, else on a page of its own,
        // after a blank page where it would fall on an odd one; that blank page and the 版记's own
        // are not numbered (7.5).
        RecordBlock record(canvas, body, content.record, fonts);
        const bool here = canvas.pages() > 0 && !canvas.landscape() && canvas.pages() % 2 == 0
            && body.linesLeft() > record.lines();
        const bool blank = !here && canvas.pages() % 2 == 0;
        if (layout) {
            layout->record = here ? RecordPlace::FootOfLastPage : blank ? RecordPlace::AfterBlankPage : RecordPlace::NextPage;
            layout->linesOnLastPage = here ? body.line() : 0;
        }
        if (!here) {
            if (blank)
                body.start(false);
            body.start(!blank);
        }
        record.paint();
    }
    canvas.finish();
    if (layout)
        layout->pages = canvas.pages();
    return canvas.pages();
}

bool DocumentPainter::writePdf(const PrintedDocument &content, const PrintFonts &fonts, const QString &path, QString *error,
                               const std::function<bool(int, int)> &progress)
{
    return printlayout::writePdfFile(path, content.title, fonts.faces(), [&](QPagedPaintDevice *device) {
        bool stopped = false;
        paint(content, fonts, device, [&](int done, int total) {
            if (progress && !progress(done, total)) {
                stopped = true;
                return false;
            }
            return true;
        });
        return !stopped;
    }, error);
}

} // namespace ap
