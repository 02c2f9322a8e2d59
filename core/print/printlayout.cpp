#include "printlayout.h"

#include "wordmeasure.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>

#include <cmath>
#include <utility>

namespace ap::printlayout {

Canvas::Canvas(QPagedPaintDevice *device, const PrintFonts &fonts)
    : m_device(device), m_fonts(fonts), m_dpi(device->logicalDpiY())
{
}

void Canvas::newPage(bool landscape, double numberBottomGap, bool numbered)
{
    if (m_page > 0) {
        drawPageNumber();
        m_device->setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        m_device->newPage();
    } else {
        m_device->setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        m_painter.begin(m_device);
    }
    m_landscape = landscape;
    m_numbered = numbered;
    m_numberTop = numberBottomGap;
    ++m_page;
}

void Canvas::finish()
{
    if (m_painter.isActive()) {
        drawPageNumber();
        m_painter.end();
    }
}

void Canvas::drawPageNumber()
{
    if (!m_numbered)
        return;
    const QFont f = m_fonts.font(PrintFonts::PageNumber, 14);
    const QFontMetricsF fm(f, m_device);
    const QString text = QStringLiteral("— %1 —").arg(m_page);
    const double w = fm.horizontalAdvance(text);
    const double inset = fm.horizontalAdvance(QChar(u'一'));
    const double left = m_landscape ? mm(20) : mm(28);
    const double right = pageWidth() - (m_landscape ? mm(20) : mm(26));
    const double x = (m_page % 2 == 1) ? right - inset - w : left + inset;
    m_painter.setFont(f);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QPointF(x, m_numberTop + fm.ascent()), text);
}

BodyFlow::BodyFlow(Canvas &c)
    : m_c(c), m_left(c.mm(28)), m_top(c.mm(37)), m_width(c.mm(156)), m_pitch(c.mm(225) / 22.0),
      m_charPitch(c.mm(156) / 28.0)
{
}

UnitWidth BodyFlow::gridWidth(const QFont &font) const
{
    const QFontMetricsF fm(font, m_c.device());
    const double pitch = m_charPitch;
    return [fm, pitch](const QString &u) {
        return u.size() == 1 && isFullWidth(u.front()) ? pitch : fm.horizontalAdvance(u);
    };
}

UnitWidth BodyFlow::naturalWidth(const QFont &font) const
{
    const QFontMetricsF fm(font, m_c.device());
    return [fm](const QString &u) { return fm.horizontalAdvance(u); };
}

double BodyFlow::gridChars(const QString &text, const QFont &font) const
{
    const UnitWidth cell = gridWidth(font);
    double w = 0;
    for (const QString &line : joined(breakLines(text, cell, 1e9, 0)))
        for (const QChar c : line)
            w += cell(QString(c));
    return w / m_charPitch;
}

void BodyFlow::start(bool numbered)
{
    m_c.newPage(false, m_top + m_c.mm(225) + m_c.mm(7), numbered);
    m_line = 0;
}

void BodyFlow::skipTo(double y)
{
    m_line = qMax(m_line, int(std::ceil((y - m_top) / m_pitch - 1e-6)));
}

void BodyFlow::paragraph(const QString &text, const QFont &font, double indentChars, Align align,
                   double rightChars, bool onGrid, double restChars)
{
    const Setting s{font, indentChars, align, rightChars, onGrid, restChars};
    const QList<QStringList> lines = layout(text, s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (m_line >= 22)
            start();
        paintLine(lines, i, s);
    }
}

void BodyFlow::paintLine(const QList<QStringList> &lines, qsizetype i, const Setting &s)
{
    const QFontMetricsF fm(s.font, m_c.device());
    const UnitWidth widthOf = s.onGrid ? gridWidth(s.font) : naturalWidth(s.font);
    const double rest = s.align == Left ? s.restChars * m_charPitch : 0;
    const double width = m_width - s.rightChars * m_charPitch - rest;
    const double indent = s.align == Left ? s.indentChars * m_charPitch - rest : 0;
    const QStringList &units = lines.at(i);
    double w = 0;
    for (const QString &u : units)
        w += widthOf(u);
    double x = m_left + rest + (i == 0 ? indent : 0);
    if (s.align == Center)
        x = m_left + (m_width - w) / 2;
    else if (s.align == Right)
        x = m_left + width - w;
    // A full line ends at the block's right edge (a Latin run or a mark kept off the next line
    // leaves it short): the shortfall spread between its units, up to a tenth of a cell each.
    // pdftotext reads a gap of an eighth as a space; a line shorter than the gaps can make up (a
    // rare one, "…为" before "80%）") stays a little short. A line the word processor's measure
    // fits but the grid's cells do not (its Latin runs are narrower there) closes up by as much.
    double gap = 0;
    if (s.align == Left && s.onGrid && units.size() > 1) {
        const double shortBy = (m_left + width + rest) - (x + w);
        const double spaces = double(units.size() - 1);
        if (shortBy < 0)
            gap = shortBy / spaces;
        else if (i + 1 < lines.size())
            gap = qMin(shortBy / spaces, 0.1 * m_charPitch);
    }
    const double baseline = m_top + m_line * m_pitch + (m_pitch + fm.ascent() - fm.descent()) / 2;
    QPainter &p = m_c.painter();
    p.setFont(s.font);
    p.setPen(Qt::black);
    // Each unit at its own place on the grid; glyphs touch, so the text extracts whole.
    for (const QString &u : units) {
        p.drawText(QPointF(x, baseline), u);
        x += widthOf(u) + gap;
    }
    ++m_line;
}

QList<QStringList> BodyFlow::layout(const QString &text, const Setting &s) const
{
    const UnitWidth widthOf = s.onGrid ? gridWidth(s.font) : naturalWidth(s.font);
    const double rest = s.align == Left ? s.restChars * m_charPitch : 0;
    const double width = m_width - s.rightChars * m_charPitch - rest;
    const double indent = s.align == Left ? s.indentChars * m_charPitch - rest : 0;
    if (s.align == Center && !s.onGrid) {
        // A title: broken between its words only, its lines as even as they can be.
        QList<QStringList> lines;
        for (const QString &line : titleLines(text, widthOf, width))
            lines << breakLines(line, widthOf, 1e9, 0);
        return lines;
    }
    if (s.onGrid) {
        // Broken where the Word file's lines break: measured as a word processor measures them
        // (condensed, see docxwriter), a first-line indent in characters of the font's size
        // (Word's firstLineChars), other indents on the grid.
        const WordMeasure word(s.font, m_c.pt(1), kCondensedPoints);
        const double first = s.align == Left ? (s.restChars > 0 ? indent : s.indentChars * m_c.pt(s.font.pointSizeF())) : 0;
        return breakLines(text, word.measure(), width, first);
    }
    return breakLines(text, widthOf, width, indent);
}

void BodyFlow::blankLine()
{
    if (m_line > 0 && m_line < 22)
        ++m_line;
}

TableFlow::TableFlow(Canvas &c, const PrintFonts &fonts, const QList<Column> &columns)
    : m_c(c), m_fonts(fonts), m_columns(columns)
{
    m_left = c.mm(20);
    m_width = c.mm(297 - 40);
    m_bottom = c.mm(210 - 22);
    double total = 0;
    for (const Column &col : columns)
        total += col.weight;
    for (const Column &col : columns)
        m_widths << m_width * col.weight / total;
    m_cellFont = fonts.font(PrintFonts::Table, 12);
    m_headFont = fonts.font(PrintFonts::Heading1, 12);
    m_pad = c.mm(1.5);
    // A header is a word (序时进度, 牵头单位): its column is at least as wide as the header on one line.
    const QFontMetricsF fm(m_headFont, c.device());
    QList<double> least;
    for (const Column &col : columns)
        least << fm.horizontalAdvance(col.header) + 2 * m_pad + c.mm(0.5);
    widenToLeast(m_widths, least);
}

void TableFlow::start(const QString &label, const QString &title)
{
    m_c.newPage(true, m_c.mm(210 - 15));
    double y = m_c.mm(18);
    const QFont labelFont = m_fonts.font(PrintFonts::Heading1, 16);
    const QFontMetricsF lfm(labelFont, m_c.device());
    m_c.painter().setFont(labelFont);
    m_c.painter().drawText(QPointF(m_left, y + lfm.ascent()), label);
    y += lfm.height() + m_c.mm(3);
    const QFont titleFont = m_fonts.font(PrintFonts::Title, 22);
    const QFontMetricsF tfm(titleFont, m_c.device());
    for (const QString &line : titleLines(title, [&tfm](const QString &u) { return tfm.horizontalAdvance(u); }, m_width)) {
        m_c.painter().setFont(titleFont);
        m_c.painter().drawText(QPointF(m_left + (m_width - tfm.horizontalAdvance(line)) / 2, y + tfm.ascent()), line);
        y += tfm.height() * 1.2;
    }
    m_y = y + m_c.mm(3);
    if (!headerPerGroup)
        header();
}

double TableFlow::groupHeight(const QString &text) const
{
    return height(wrap(text, m_headFont, m_width - 2 * m_pad).size(), m_headFont);
}

double TableFlow::rowHeight(const QStringList &cells) const
{
    qsizetype most = 1;
    for (int i = 0; i < m_columns.size(); ++i)
        most = qMax(most, wrap(cells.value(i), m_cellFont, m_widths.at(i) - 2 * m_pad).size());
    return height(most, m_cellFont);
}

void TableFlow::group(const QString &text, bool withHeader, double keepWith)
{
    const QStringList lines = wrap(text, m_headFont, m_width - 2 * m_pad);
    const double h = height(lines.size(), m_headFont);
    // A group row never stands alone at the foot of a page: it goes over with room for what
    // follows it (the groups under it, its first row, and its header row when it has one).
    const double headerSpace = withHeader ? headerHeight() : 0;
    double need = h + headerSpace + (keepWith >= 0 ? keepWith : height(1, m_cellFont));
    // What no page could hold is not kept together (a run of empty sections): the group then
    // only needs room for a line of what follows, or it would start a page of its own every time.
    const double emptyPage = m_bottom - m_c.mm(18) - (withHeader ? 0 : headerHeight());
    if (need > emptyPage)
        need = h + headerSpace + height(1, m_cellFont);
    ensure(need, !withHeader);
    m_group = withHeader ? lines : QStringList();
    drawGroup(lines);
    if (withHeader)
        header();
}

void TableFlow::drawGroup(const QStringList &lines)
{
    const double h = height(lines.size(), m_headFont);
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
    for (int i = 0; i < m_columns.size(); ++i) {
        wrapped << wrap(cells.value(i), m_cellFont, m_widths.at(i) - 2 * m_pad);
        most = qMax(most, int(wrapped.last().size()));
    }
    const double h = height(most, m_cellFont);
    ensure(h);
    double x = m_left;
    for (int i = 0; i < m_columns.size(); ++i) {
        const QColor bg = backgrounds.value(i);
        if (bg.isValid())
            m_c.painter().fillRect(QRectF(x, m_y, m_widths.at(i), h), bg);
        x += m_widths.at(i);
    }
    drawRow(wrapped, m_cellFont, h);
}

double TableFlow::height(qsizetype lines, const QFont &f) const
{
    return lines * QFontMetricsF(f, m_c.device()).lineSpacing() * 1.15 + 2 * m_pad;
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
    for (int i = 0; i < m_columns.size(); ++i)
        wrapped << wrap(m_columns.at(i).header, m_headFont, m_widths.at(i) - 2 * m_pad);
    return wrapped;
}

double TableFlow::headerHeight() const
{
    qsizetype most = 1;
    for (const QStringList &lines : headerLines())
        most = qMax(most, lines.size());
    return height(most, m_headFont);
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
    const double step = fm.lineSpacing() * 1.15;
    for (const QString &line : lines) {
        const double dx = centred ? (width - fm.horizontalAdvance(line)) / 2 : 0;
        p.drawText(QPointF(x + dx, y + (step + fm.ascent() - fm.descent()) / 2), line);
        y += step;
    }
}

QStringList TableFlow::wrap(const QString &text, const QFont &font, double width) const
{
    if (text.isEmpty())
        return {QString()};
    const QFontMetricsF fm(font, m_c.device());
    return joined(breakLines(text, [&fm](const QString &u) { return fm.horizontalAdvance(u); }, width, 0));
}

} // namespace ap::printlayout
