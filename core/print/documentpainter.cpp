#include "documentpainter.h"

#include "officiallayout.h"
#include "printlayout.h"

#include <QFontMetricsF>

namespace ap {

using namespace printlayout;

namespace {

using Role = PrintedParagraph::Role;

// Paints one run of portrait pages (the notice, or the plan) from the flow's current line: the
// 版头 where there is one, the title, headings and text, the 附件说明, and the issuing
// organisation over the date. step() is called per work item and may return false to stop.
bool paintParagraphs(Canvas &canvas, BodyFlow &body, const QList<PrintedParagraph> &paragraphs,
                     const PrintFonts &fonts, const std::function<bool()> &step)
{
    const QFont titleFont = canvas.font(fonts.title, 22);
    const QFont bodyFont = canvas.font(fonts.body, 16);
    const QFont h1 = canvas.font(fonts.heading1, 16);
    const QFont h2 = canvas.font(fonts.heading2, 16);
    QString organisation, date;
    for (const PrintedParagraph &p : paragraphs) {
        if (p.role == Role::Signature)
            organisation = p.text;
        else if (p.role == Role::Date)
            date = p.text;
    }
    // The organisation centred over the date, the date four characters in from the right.
    const double dateChars = body.gridChars(date, bodyFont);
    const double orgChars = body.gridChars(organisation, bodyFont);
    const double orgRight = qMax(0.0, 4 + (dateChars - orgChars) / 2);
    const int signatureLines = (organisation.isEmpty() ? 0 : body.lineCount(organisation, bodyFont, 0, BodyFlow::Right, orgRight))
        + (date.isEmpty() ? 0 : body.lineCount(date, bodyFont, 0, BodyFlow::Right, 4));
    auto firstChars = [&](int n) { return n == 0 ? 2 : 2 + body.gridChars(QStringLiteral("附件："), bodyFont); };
    // The paragraph the signature follows keeps its last two lines on the signature's page, with
    // a blank line at least between: no page of the organisation and date alone (7.3.5.5).
    qsizetype beforeSignature = -1;
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        if (paragraphs.at(i).role != Role::Signature && paragraphs.at(i).role != Role::Date)
            beforeSignature = i;
    int attachments = 0;
    double headBottom = 0;   // the bottom of the 版头 so far; the red line goes 4 mm under it
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const PrintedParagraph &p = paragraphs.at(i);
        if (i == beforeSignature && signatureLines > 0)
            body.keepWithNext(1 + signatureLines);
        if (headBottom > 0 && p.role != Role::DocumentNumber) {
            // The red line, then the title two lines under it (GB/T 9704 7.2.7, 7.3.1).
            const double y = headBottom + canvas.mm(4);
            paintRedLine(canvas, body, y);
            body.skipTo(y + canvas.mm(0.35));
            body.blankLine();
            body.blankLine();
            headBottom = 0;
        }
        switch (p.role) {
        case Role::IssuerMark:
            headBottom = paintIssuerMark(canvas, body, p.text, fonts.title);
            body.skipTo(headBottom);
            break;
        case Role::DocumentNumber: {
            // Two lines under the mark, centred; the red line 4 mm under its characters.
            if (headBottom > 0) {
                body.blankLine();
                body.blankLine();
            }
            body.paragraph(p.text, bodyFont, 0, BodyFlow::Center);
            headBottom = body.lineTop(body.line() - 1) + body.linePitch() / 2 + canvas.pt(8);
            break;
        }
        case Role::Title:
            body.paragraph(p.text, titleFont, 0, BodyFlow::Center, 0, false);
            body.blankLine();
            break;
        case Role::Addressee:
            body.paragraph(p.text, bodyFont, 0);
            break;
        case Role::AnnexLabel:
            // On the first line, top left; the title on the third.
            body.paragraph(p.text, h1, 0);
            body.blankLine();
            break;
        case Role::Heading1:
            body.paragraph(p.text, h1, 2);
            break;
        case Role::Heading2:
            body.paragraph(p.text, h2, 2);
            break;
        case Role::Heading3:
            body.paragraph(p.text, bodyFont, 2);
            break;
        case Role::Body:
            body.paragraph(p.text, bodyFont, 2);
            if (!step())
                return false;
            break;
        case Role::Attachment: {
            // Under the text after a blank line; the name's lines under its first character.
            const double first = firstChars(attachments);
            if (!attachments++)
                body.blankLine();
            body.paragraph(p.text, bodyFont, first, BodyFlow::Left, 0, true,
                           first + body.gridChars(p.text.left(p.leadIn), bodyFont));
            break;
        }
        case Role::Signature:
        case Role::Date:
            break;   // together, after the rest
        }
    }
    // Two blank lines over the organisation and the date for the seal, one where only one is left
    // (GB/T 9704 7.3.5.5 adjusts the spacing rather than leave them a page of their own).
    if (signatureLines > 0) {
        const int left = body.linesLeft();
        const int blanks = left >= 2 + signatureLines ? 2 : left >= 1 + signatureLines ? 1 : 0;
        for (int b = 0; b < blanks; ++b)
            body.blankLine();
        if (blanks == 0)
            body.skipTo(body.lineTop(22));   // not even one blank line left: the next page
        if (!organisation.isEmpty())
            body.paragraph(organisation, bodyFont, 0, BodyFlow::Right, orgRight);
        if (!date.isEmpty())
            body.paragraph(date, bodyFont, 0, BodyFlow::Right, 4);
    }
    return true;
}

} // namespace

int DocumentPainter::paint(const PrintedDocument &content, const PrintFonts &fonts, QPagedPaintDevice *device,
                           const std::function<bool(int, int)> &progress)
{
    const int total = content.steps();
    int done = 0;
    auto step = [&]() { return !progress || progress(++done, total); };

    Canvas canvas(device, fonts);
    BodyFlow body(canvas);
    for (const QList<PrintedParagraph> *part : {&content.notice, &content.body}) {
        if (part->isEmpty())
            continue;
        body.start();
        if (!paintParagraphs(canvas, body, *part, fonts, step))
            return canvas.pages();
    }

    for (const PrintedTable &annex : content.annexes) {
        QList<TableFlow::Column> columns;
        for (const PrintedTable::Column &c : annex.columns)
            columns << TableFlow::Column{c.header, c.weight};
        TableFlow table(canvas, fonts, columns);
        table.headerPerGroup = annex.headerPerGroup;
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
        RecordBlock record(canvas, body, content.record, fonts.body);
        const bool here = canvas.pages() > 0 && !canvas.landscape() && canvas.pages() % 2 == 0
            && body.linesLeft() > record.lines();
        if (!here) {
            const bool blank = canvas.pages() % 2 == 0;
            if (blank)
                body.start(false);
            body.start(!blank);
        }
        record.paint();
    }
    canvas.finish();
    return canvas.pages();
}

} // namespace ap
