#include "printlayout.h"

#include "wordmeasure.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QTextLayout>
#include <QPagedPaintDevice>

#include <algorithm>
#include <cmath>
#include <utility>

namespace ap::printlayout {

Canvas::Canvas(QPagedPaintDevice *device, const PrintFonts &fonts)
    : m_device(device), m_fonts(fonts), m_dpi(device->logicalDpiY())
{
}

int Canvas::fontIndex(const QFont &font) const
{
    // A handful of fonts (the roles'), compared as QFont compares them.
    const qsizetype i = m_fontsSeen.indexOf(font);
    if (i >= 0)
        return int(i);
    m_fontsSeen.append(font);
    return int(m_fontsSeen.size() - 1);
}

const WordMeasure &Canvas::wordMeasure(const QFont &font, double condensed) const
{
    const std::pair<int, double> key(fontIndex(font), condensed);
    auto it = m_measures.find(key);
    if (it == m_measures.end())
        it = m_measures.emplace(key, std::make_unique<WordMeasure>(font, pt(1), condensed)).first;
    return *it->second;
}

const QList<QGlyphRun> &Canvas::shaped(const QFont &font, const QString &text) const
{
    ShapedKey key{fontIndex(font), text};
    auto it = m_shaped.find(key);
    if (it != m_shaped.end())
        return *it;
    QTextLayout layout(text, QFont(font, m_device), m_device);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    QList<QGlyphRun> runs = line.isValid() ? line.glyphRuns() : QList<QGlyphRun>();
    const double ascent = line.isValid() ? line.y() + line.ascent() : 0;
    for (QGlyphRun &run : runs) {
        QList<QPointF> positions = run.positions();
        for (QPointF &at : positions)
            at.ry() -= ascent;
        run.setPositions(positions);
    }
    return *m_shaped.insert(std::move(key), runs);
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
    // Each unit at its own place on the grid; glyphs touch, so the text extracts whole. The line
    // goes out as glyph runs: a drawText a unit shaped every character anew and wrote
    // a text object of its own for it into the PDF, which made a page of running text cost
    // several times a page of tables. The glyphs are drawText's own (Canvas::shaped).
    struct Run
    {
        QRawFont font;
        QList<quint32> glyphs;
        QList<QPointF> positions;
    };
    QList<Run> runs;
    for (const QString &u : units) {
        for (const QGlyphRun &piece : m_c.shaped(s.font, u)) {
            // In the order of the text, a run for each change of face: the PDF's text objects
            // then come in reading order, as they did a unit at a time.
            const QRawFont font = piece.rawFont();
            if (runs.isEmpty() || !(runs.last().font == font))
                runs.append(Run{font, {}, {}});
            Run *run = &runs.last();
            run->glyphs += piece.glyphIndexes();
            for (const QPointF &at : piece.positions())
                run->positions << at + QPointF(x, baseline);
        }
        x += widthOf(u) + gap;
    }
    for (const Run &r : std::as_const(runs)) {
        QGlyphRun run;
        run.setRawFont(r.font);
        run.setGlyphIndexes(r.glyphs);
        run.setPositions(r.positions);
        p.drawGlyphRun(QPointF(0, 0), run);
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
        const WordMeasure &word = m_c.wordMeasure(s.font, kCondensedPoints);
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

} // namespace ap::printlayout
