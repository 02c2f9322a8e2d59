#include "officiallayout.h"

#include <QFontMetricsF>

namespace ap::printlayout {

namespace {
// GB/T 9704 6.2 asks for red ink of Y80% M80%; on screen and in a PDF, plain red.
const QColor kRed(255, 0, 0);
}

double paintIssuerMark(Canvas &canvas, const BodyFlow &body, const QString &text, const PrintFonts &fonts)
{
    // As large as the block's width allows, up to 15 mm (42.5 pt) a character.
    double points = 42.5;
    const QFontMetricsF probe(fonts.font(PrintFonts::IssuerMark, points), canvas.device());
    const double natural = probe.horizontalAdvance(text);
    if (natural > body.width())
        points *= body.width() / natural * 0.99;
    const QFont font = fonts.font(PrintFonts::IssuerMark, points);
    const QFontMetricsF fm(font, canvas.device());
    const double top = body.top() + canvas.mm(35);
    const double em = canvas.pt(points);
    QPainter &p = canvas.painter();
    p.setFont(font);
    p.setPen(kRed);
    // An ideograph's em box: its top 0.88 em over the baseline.
    p.drawText(QPointF(body.left() + (body.width() - fm.horizontalAdvance(text)) / 2, top + 0.88 * em), text);
    p.setPen(Qt::black);
    return top + em;
}

void paintRedLine(Canvas &canvas, const BodyFlow &body, double y)
{
    // No width is set by the standard; 0.35 mm, as its thick rules in the 版记.
    canvas.painter().fillRect(QRectF(body.left(), y, body.width(), canvas.mm(0.35)), kRed);
}

RecordBlock::RecordBlock(Canvas &canvas, const BodyFlow &body, const PrintedRecord &record, const PrintFonts &fonts)
    : m_c(canvas), m_body(body), m_record(record), m_font(fonts.font(PrintFonts::Body, 14)), m_em(canvas.pt(14)),
      m_printed(!record.printedBy.isEmpty() || !record.printDate.isEmpty())
{
    const QString label = QStringLiteral("抄送：");
    if (record.copiesTo.startsWith(label)) {
        // One character in on either side; the names go on under the first.
        const QFontMetricsF fm(m_font, canvas.device());
        const double width = body.width() - 2 * m_em - fm.horizontalAdvance(label);
        m_copies = joined(breakLines(record.copiesTo.mid(label.size()),
                                     [&fm](const QString &u) { return fm.horizontalAdvance(u); }, width, 0));
    }
}

void RecordBlock::paint()
{
    const QFontMetricsF fm(m_font, m_c.device());
    QPainter &p = m_c.painter();
    const double pitch = m_body.linePitch();
    const double bottom = m_body.lineTop(22);
    const double top = bottom - lines() * pitch;
    auto rule = [&](double y, double mm) { p.fillRect(QRectF(m_body.left(), y - m_c.mm(mm) / 2, m_body.width(), m_c.mm(mm)), Qt::black); };
    auto baseline = [&](int line) { return top + line * pitch + (pitch + fm.ascent() - fm.descent()) / 2; };
    p.setFont(m_font);
    p.setPen(Qt::black);
    const double left = m_body.left() + m_em;
    const double right = m_body.left() + m_body.width() - m_em;
    const QString label = QStringLiteral("抄送：");
    for (int i = 0; i < m_copies.size(); ++i) {
        if (i == 0)
            p.drawText(QPointF(left, baseline(0)), label);
        p.drawText(QPointF(left + fm.horizontalAdvance(label), baseline(i)), m_copies.at(i));
    }
    if (m_printed) {
        const int line = int(m_copies.size());
        p.drawText(QPointF(left, baseline(line)), m_record.printedBy);
        p.drawText(QPointF(right - fm.horizontalAdvance(m_record.printDate), baseline(line)), m_record.printDate);
        if (line > 0)
            rule(top + line * pitch, 0.25);
    }
    rule(top, 0.35);
    rule(bottom, 0.35);
}

} // namespace ap::printlayout
