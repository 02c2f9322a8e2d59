#include "documentpainter.h"

#include "printlayout.h"

namespace ap {

using namespace printlayout;

int DocumentPainter::paint(const PrintedDocument &content, const PrintFonts &fonts, QPagedPaintDevice *device,
                               const std::function<bool(int, int)> &progress)
{
    using Role = PrintedParagraph::Role;
    const int total = content.steps();
    int done = 0;
    auto step = [&]() { return !progress || progress(++done, total); };

    Canvas canvas(device, fonts);
    if (!content.body.isEmpty()) {
        BodyFlow body(canvas);
        body.start();
        const QFont titleFont = canvas.font(fonts.title, 22);
        const QFont bodyFont = canvas.font(fonts.body, 16);
        const QFont h1 = canvas.font(fonts.heading1, 16);
        const QFont h2 = canvas.font(fonts.heading2, 16);
        QString organisation, date;
        int attachments = 0;
        for (const PrintedParagraph &p : content.body) {
            switch (p.role) {
            case Role::Title:
                body.paragraph(p.text, titleFont, 0, BodyFlow::Center, 0, false);
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
                    return canvas.pages();
                break;
            case Role::Attachment: {
                // Under the text after a blank line; the name's lines under its first character.
                if (!attachments++)
                    body.blankLine();
                const double first = attachments == 1 ? 2 : 2 + body.gridChars(QStringLiteral("附件："), bodyFont);
                body.paragraph(p.text, bodyFont, first, BodyFlow::Left, 0, true,
                               first + body.gridChars(p.text.left(p.leadIn), bodyFont));
                break;
            }
            case Role::Signature:
                organisation = p.text;
                break;
            case Role::Date:
                date = p.text;
                break;
            }
        }
        // Issuing organisation over the date, the date four characters in from the right.
        if (!organisation.isEmpty() || !date.isEmpty()) {
            if (body.linesLeft() < 4) {
                body.paragraph(QString(), bodyFont, 0);
            }
            body.blankLine();
            body.blankLine();
            const double dateChars = body.gridChars(date, bodyFont);
            const double orgChars = body.gridChars(organisation, bodyFont);
            if (!organisation.isEmpty())
                body.paragraph(organisation, bodyFont, 0, BodyFlow::Right,
                               qMax(0.0, 4 + (dateChars - orgChars) / 2));
            if (!date.isEmpty())
                body.paragraph(date, bodyFont, 0, BodyFlow::Right, 4);
        }
    }

    for (const PrintedTable &annex : content.annexes) {
        QList<TableFlow::Column> columns;
        for (const PrintedTable::Column &c : annex.columns)
            columns << TableFlow::Column{c.header, c.weight};
        TableFlow table(canvas, fonts, columns);
        table.headerPerGroup = annex.headerPerGroup;
        table.start(annex.label, annex.title);
        for (const PrintedTable::Row &r : annex.rows) {
            if (r.group) {
                table.group(r.cells.value(0), annex.headerPerGroup);
                continue;
            }
            table.row(r.cells, r.backgrounds);
            if (!step())
                return canvas.pages();
        }
    }
    canvas.finish();
    return canvas.pages();
}

} // namespace ap
