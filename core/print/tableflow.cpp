#include "tableflow.h"

#include "tablegeometry.h"
#include "wordmeasure.h"

#include <QFontMetricsF>

namespace ap::printlayout {

TableFlow::TableFlow(Canvas &c, const PrintFonts &fonts, const PrintedTable &t)
    : m_c(c), m_fonts(fonts)
{
    auto twips = [&c](double tw) { return c.pt(tw / 20); };
    m_left = c.mm(20);
    m_width = twips(table::kWidth);
    m_bottom = c.mm(210 - 22);
    for (const PrintedTable::Column &col : t.columns)
        m_headers << col.header;
    // A header is a word (序时进度, 牵头单位): its column is at least as wide as the header on one line.
    for (int w : table::columnWidths(t))
        m_widths << twips(w);
    m_cellFont = fonts.font(PrintFonts::Table, 12);
    m_headFont = fonts.font(PrintFonts::Heading1, 12);
    m_pad = twips(table::kCellPad);
    m_line = twips(table::kLine);
    headerPerGroup = t.headerPerGroup;
}

QStringList TableFlow::titleLines(const QString &title)
{
    const double cells = table::kWidth / 20.0 / 22;
    return printlayout::titleLines(title, [](const QString &u) { return gridCells(u); }, cells);
}

void TableFlow::start(const QString &label, const QString &title)
{
    m_c.newPage(true, m_c.mm(210 - 15));
    auto twips = [this](double tw) { return m_c.pt(tw / 20); };
    // Each line of its exact height, the text centred in it, as the Word file's styles have it.
    auto centredIn = [this](const QFontMetricsF &fm, double top, double line) {
        return top + (line + fm.ascent() - fm.descent()) / 2;
    };
    double y = m_c.mm(18);
    const QFont labelFont = m_fonts.font(PrintFonts::Heading1, 16);
    const QFontMetricsF lfm(labelFont, m_c.device());
    m_c.painter().setFont(labelFont);
    m_c.painter().setPen(Qt::black);
    m_c.painter().drawText(QPointF(m_left, centredIn(lfm, y, twips(table::kLabelLine))), label);
    y += twips(table::kLabelLine + table::kAfterLabel);
    const QFont titleFont = m_fonts.font(PrintFonts::Title, 22);
    const QFontMetricsF tfm(titleFont, m_c.device());
    m_c.painter().setFont(titleFont);
    for (const QString &line : titleLines(title)) {
        m_c.painter().drawText(QPointF(m_left + (m_width - tfm.horizontalAdvance(line)) / 2,
                                       centredIn(tfm, y, twips(table::kTitleLine))), line);
        y += twips(table::kTitleLine);
    }
    m_y = y + twips(table::kAfterTitle);
    if (!headerPerGroup)
        header();
}

double TableFlow::groupHeight(const QString &text) const
{
    return height(wrap(text, m_headFont, m_width - 2 * m_pad).size());
}

double TableFlow::rowHeight(const QStringList &cells) const
{
    qsizetype most = 1;
    for (int i = 0; i < m_widths.size(); ++i)
        most = qMax(most, wrap(cells.value(i), m_cellFont, m_widths.at(i) - 2 * m_pad).size());
    return height(most);
}

void TableFlow::group(const QString &text, bool withHeader, double keepWith)
{
    const QStringList lines = wrap(text, m_headFont, m_width - 2 * m_pad);
    const double h = height(lines.size());
    // A group row never stands alone at the foot of a page: it goes over with room for what
    // follows it (the groups under it, its first row, and its header row when it has one).
    const double headerSpace = withHeader ? headerHeight() : 0;
    double need = h + headerSpace + (keepWith >= 0 ? keepWith : height(1));
    // What no page could hold is not kept together (a run of empty sections): the group then
    // only needs room for a line of what follows, or it would start a page of its own every time.
    const double emptyPage = m_bottom - m_c.mm(18) - (withHeader ? 0 : headerHeight());
    if (need > emptyPage)
        need = h + headerSpace + height(1);
    ensure(need, !withHeader);
    m_group = withHeader ? lines : QStringList();
    drawGroup(lines);
    if (withHeader)
        header();
}

void TableFlow::drawGroup(const QStringList &lines)
{
    const double h = height(lines.size());
    QPainter &p = m_c.painter();
    p.fillRect(QRectF(m_left, m_y, m_width, h), QColor(235, 235, 235));
    p.setPen(QPen(Qt::black, m_c.pt(0.5)));
    p.drawRect(QRectF(m_left, m_y, m_width, h));
    drawLines(lines, m_headFont, m_left + m_pad, m_y + m_pad, m_width - 2 * m_pad, false);
    m_y += h;
}

void TableFlow::row(const QStringList &cells, const QList<QColor> &backgrounds)
{
    QList<QStringList> wrapped;
    int most = 1;
    for (int i = 0; i < m_widths.size(); ++i) {
        wrapped << wrap(cells.value(i), m_cellFont, m_widths.at(i) - 2 * m_pad);
        most = qMax(most, int(wrapped.last().size()));
    }
    const double h = height(most);
    ensure(h);
    double x = m_left;
    for (int i = 0; i < m_widths.size(); ++i) {
        const QColor bg = backgrounds.value(i);
        if (bg.isValid())
            m_c.painter().fillRect(QRectF(x, m_y, m_widths.at(i), h), bg);
        x += m_widths.at(i);
    }
    drawRow(wrapped, m_cellFont, h);
}

double TableFlow::height(qsizetype lines) const
{
    return m_c.pt(table::rowHeight(int(lines)) / 20.0);
}

void TableFlow::ensure(double h, bool headerOnNewPage)
{
    if (m_y + h <= m_bottom)
        return;
    m_c.newPage(true, m_c.mm(210 - 15));
    m_y = m_c.mm(18);
    if (!headerOnNewPage)
        return;
    // A group with a header of its own goes on under both: its name and the header row.
    if (!m_group.isEmpty())
        drawGroup(m_group);
    header();
}

QList<QStringList> TableFlow::headerLines() const
{
    QList<QStringList> wrapped;
    for (int i = 0; i < m_widths.size(); ++i)
        wrapped << wrap(m_headers.value(i), m_headFont, m_widths.at(i) - 2 * m_pad);
    return wrapped;
}

double TableFlow::headerHeight() const
{
    qsizetype most = 1;
    for (const QStringList &lines : headerLines())
        most = qMax(most, lines.size());
    return height(most);
}

void TableFlow::header()
{
    const double h = headerHeight();
    m_c.painter().fillRect(QRectF(m_left, m_y, m_width, h), QColor(245, 245, 245));
    drawRow(headerLines(), m_headFont, h, true);
}

void TableFlow::drawRow(const QList<QStringList> &cells, const QFont &font, double h, bool centred)
{
    QPainter &p = m_c.painter();
    double x = m_left;
    for (int i = 0; i < cells.size(); ++i) {
        p.setPen(QPen(Qt::black, m_c.pt(0.5)));
        p.drawRect(QRectF(x, m_y, m_widths.at(i), h));
        drawLines(cells.at(i), font, x + m_pad, m_y + m_pad, m_widths.at(i) - 2 * m_pad, centred);
        x += m_widths.at(i);
    }
    m_y += h;
}

void TableFlow::drawLines(const QStringList &lines, const QFont &font, double x, double y, double width, bool centred)
{
    const QFontMetricsF fm(font, m_c.device());
    QPainter &p = m_c.painter();
    p.setFont(font);
    p.setPen(Qt::black);
    for (const QString &line : lines) {
        const double dx = centred ? (width - fm.horizontalAdvance(line)) / 2 : 0;
        p.drawText(QPointF(x + dx, y + (m_line + fm.ascent() - fm.descent()) / 2), line);
        y += m_line;
    }
}

QStringList TableFlow::wrap(const QString &text, const QFont &font, double width) const
{
    if (text.isEmpty())
        return {QString()};
    // Broken where the Word file's cell breaks it (not condensed, see wordmeasure.h), and where the
    // text itself breaks its lines (the Word file's <w:br/>).
    const WordMeasure &word = m_c.wordMeasure(font, 0);
    if (!text.contains(u'\n'))
        return joined(breakLines(text, word.measure(), width, 0));
    QStringList lines;
    for (const QString &part : text.split(u'\n'))
        lines += part.isEmpty() ? QStringList{QString()} : joined(breakLines(part, word.measure(), width, 0));
    return lines;
}

} // namespace ap::printlayout
