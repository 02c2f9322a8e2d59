#pragma once

#include "domain/plan.h"
#include "planprinter.h"

#include <QDate>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <functional>

// The page layout pieces the printed documents share: a canvas that numbers its pages "— N —",
// the GB/T 9704 body flow on the 22 × 28 grid, and the landscape table flow with its header
// repeated on every page. Private to core/print.
namespace ap::printlayout {

// Closing marks never start a line; opening marks never end one (避头尾).
inline const QString kNoLineStart = QStringLiteral("，。、；：？！）》」』”’〕】…%,.;:?!)");
inline const QString kNoLineEnd = QStringLiteral("（《「『“‘〔【(");

inline QString firstInstalled(const QStringList &candidates)
{
    const QStringList families = QFontDatabase::families();
    for (const QString &c : candidates)
        if (families.contains(c, Qt::CaseInsensitive))
            return c;
    return candidates.last();
}

inline QString chineseDate(const QDate &d)
{
    if (!d.isValid())
        return QString();
    if (d.day() == d.daysInMonth())
        return QStringLiteral("%1年%2月底").arg(d.year()).arg(d.month());
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

inline QString withFullStop(QString s)
{
    s = s.trimmed();
    if (s.isEmpty())
        return s;
    const QChar last = s.back();
    if (last == QChar(u'。') || last == QChar(u'；') || last == QChar(u'！') || last == QChar(u'？'))
        return s;
    if (last == QChar(u'，') || last == QChar(u'、') || last == QChar(u'：') || last == QChar(u';'))
        s.chop(1);
    return s + QStringLiteral("。");
}

// Paints pages on one device in device pixels, and keeps the page count and orientation.
class Canvas
{
public:
    Canvas(QPagedPaintDevice *device, const PrintFonts &fonts)
        : m_device(device), m_fonts(fonts), m_dpi(device->logicalDpiY())
    {
    }
    ~Canvas() { finish(); }

    double mm(double v) const { return v * m_dpi / 25.4; }
    double pt(double v) const { return v * m_dpi / 72.0; }
    QPainter &painter() { return m_painter; }
    QPaintDevice *device() const { return m_device; }
    int pages() const { return m_page; }
    bool landscape() const { return m_landscape; }
    double pageWidth() const { return mm(m_landscape ? 297 : 210); }
    double pageHeight() const { return mm(m_landscape ? 210 : 297); }

    QFont font(const QString &family, double points, double letterSpacing = 0) const
    {
        QFont f(family);
        f.setPointSizeF(points);
        if (letterSpacing != 0)
            f.setLetterSpacing(QFont::AbsoluteSpacing, letterSpacing);
        return f;
    }

    // Starts the next page; the page number of the page before is drawn first.
    void newPage(bool landscape, double numberBottomGap)
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
        m_numberTop = numberBottomGap;
        ++m_page;
    }

    void finish()
    {
        if (m_painter.isActive()) {
            drawPageNumber();
            m_painter.end();
        }
    }

private:
    // "— N —" in 4号 under the text block; odd pages to the right, even to the left, one
    // character in from the block's edge.
    void drawPageNumber()
    {
        const QFont f = font(m_fonts.pageNumber, 14);
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

    QPagedPaintDevice *m_device;
    PrintFonts m_fonts;
    QPainter m_painter;
    double m_dpi;
    int m_page = 0;
    bool m_landscape = false;
    double m_numberTop = 0;
};

// A full-width character: ideographs, kana, full-width forms and Chinese punctuation. On the
// document grid each takes one cell.
inline bool isFullWidth(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
           || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6) || u == 0x2014 || u == 0x2026
           || (u >= 0x2018 && u <= 0x201D) || (u >= 0x2460 && u <= 0x24FF) || (u >= 0x3251 && u <= 0x32BF);
}

using UnitWidth = std::function<double(const QString &)>;

// Breaks text into lines of units no wider than width (the first narrowed by indent). A unit is
// a run of Latin letters and digits, kept whole, or one other character. No line starts with
// closing punctuation or ends with an opening mark.
inline QList<QStringList> breakLines(const QString &text, const UnitWidth &unitWidth, double width, double firstIndent)
{
    QStringList units;
    for (int i = 0; i < text.size();) {
        int j = i + 1;
        auto narrow = [](QChar c) { return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'.' || c == u'%'); };
        if (narrow(text.at(i)))
            while (j < text.size() && narrow(text.at(j)))
                ++j;
        units << text.mid(i, j - i);
        i = j;
    }
    QList<QStringList> lines;
    QStringList current;
    double used = 0;
    double avail = width - firstIndent;
    for (const QString &u : std::as_const(units)) {
        const double w = unitWidth(u);
        if (current.isEmpty() || used + w <= avail + 0.01) {
            current << u;
            used += w;
            continue;
        }
        // u does not fit. Carry units over so the next line starts well and this one ends well.
        QStringList carry{u};
        while (current.size() > 1
               && (kNoLineStart.contains(carry.first().front()) || kNoLineEnd.contains(current.last().back())))
            carry.prepend(current.takeLast());
        lines << current;
        current = carry;
        used = 0;
        for (const QString &c : std::as_const(current))
            used += unitWidth(c);
        avail = width;
    }
    if (!current.isEmpty())
        lines << current;
    return lines;
}

inline QStringList joined(const QList<QStringList> &lines)
{
    QStringList out;
    for (const QStringList &l : lines)
        out << l.join(QString());
    return out;
}

// The body of the document on the 22 × 28 grid of GB/T 9704.
class BodyFlow
{
public:
    explicit BodyFlow(Canvas &c)
        : m_c(c), m_left(c.mm(28)), m_top(c.mm(37)), m_width(c.mm(156)), m_pitch(c.mm(225) / 22.0),
          m_charPitch(c.mm(156) / 28.0)
    {
    }

    // On the grid a full-width character fills one cell; Latin runs keep their own width.
    UnitWidth gridWidth(const QFont &font) const
    {
        const QFontMetricsF fm(font, m_c.device());
        const double pitch = m_charPitch;
        return [fm, pitch](const QString &u) {
            return u.size() == 1 && isFullWidth(u.front()) ? pitch : fm.horizontalAdvance(u);
        };
    }
    UnitWidth naturalWidth(const QFont &font) const
    {
        const QFontMetricsF fm(font, m_c.device());
        return [fm](const QString &u) { return fm.horizontalAdvance(u); };
    }

    void start()
    {
        m_c.newPage(false, m_top + m_c.mm(225) + m_c.mm(7));
        m_line = 0;
    }

    enum Align { Left, Center, Right };
    // A paragraph on the grid (onGrid) or in the font's own widths (a title).
    void paragraph(const QString &text, const QFont &font, double indentChars, Align align = Left,
                   double rightChars = 0, bool onGrid = true)
    {
        const QFontMetricsF fm(font, m_c.device());
        const UnitWidth widthOf = onGrid ? gridWidth(font) : naturalWidth(font);
        const double width = m_width - rightChars * m_charPitch;
        const double indent = align == Left ? indentChars * m_charPitch : 0;
        const QList<QStringList> lines = breakLines(text, widthOf, width, indent);
        for (int i = 0; i < lines.size(); ++i) {
            if (m_line >= 22) {
                m_c.newPage(false, m_top + m_c.mm(225) + m_c.mm(7));
                m_line = 0;
            }
            double w = 0;
            for (const QString &u : lines.at(i))
                w += widthOf(u);
            double x = m_left + (i == 0 ? indent : 0);
            if (align == Center)
                x = m_left + (m_width - w) / 2;
            else if (align == Right)
                x = m_left + width - w;
            const double baseline = m_top + m_line * m_pitch + (m_pitch + fm.ascent() - fm.descent()) / 2;
            QPainter &p = m_c.painter();
            p.setFont(font);
            p.setPen(Qt::black);
            // Each unit at its own place on the grid; glyphs touch, so the text extracts whole.
            for (const QString &u : lines.at(i)) {
                p.drawText(QPointF(x, baseline), u);
                x += widthOf(u);
            }
            ++m_line;
        }
    }

    void blankLine()
    {
        if (m_line > 0 && m_line < 22)
            ++m_line;
    }
    int linesLeft() const { return 22 - m_line; }
    double charPitch() const { return m_charPitch; }

private:
    Canvas &m_c;
    double m_left, m_top, m_width, m_pitch, m_charPitch;
    int m_line = 0;
};

// A landscape annex table with a header row repeated on every page and group rows.
class TableFlow
{
public:
    struct Column
    {
        QString header;
        double weight;
    };

    TableFlow(Canvas &c, const PrintFonts &fonts, const QList<Column> &columns)
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
        m_cellFont = c.font(fonts.body, 12);
        m_headFont = c.font(fonts.heading1, 12);
        m_pad = c.mm(1.5);
    }

    // A new landscape page with the annex label and title, then the header row.
    void start(const QString &label, const QString &title)
    {
        m_c.newPage(true, m_c.mm(210 - 15));
        double y = m_c.mm(18);
        const QFont labelFont = m_c.font(m_fonts.heading1, 16);
        const QFontMetricsF lfm(labelFont, m_c.device());
        m_c.painter().setFont(labelFont);
        m_c.painter().drawText(QPointF(m_left, y + lfm.ascent()), label);
        y += lfm.height() + m_c.mm(3);
        const QFont titleFont = m_c.font(m_fonts.title, 22);
        const QFontMetricsF tfm(titleFont, m_c.device());
        for (const QString &line : joined(breakLines(title, [&tfm](const QString &u) { return tfm.horizontalAdvance(u); },
                                                     m_width, 0))) {
            m_c.painter().setFont(titleFont);
            m_c.painter().drawText(QPointF(m_left + (m_width - tfm.horizontalAdvance(line)) / 2, y + tfm.ascent()), line);
            y += tfm.height() * 1.2;
        }
        m_y = y + m_c.mm(3);
        header();
    }

    void group(const QString &text)
    {
        const QStringList lines = wrap(text, m_headFont, m_width - 2 * m_pad);
        const double h = height(lines.size(), m_headFont);
        ensure(h);
        QPainter &p = m_c.painter();
        p.fillRect(QRectF(m_left, m_y, m_width, h), QColor(235, 235, 235));
        p.setPen(QPen(Qt::black, m_c.pt(0.5)));
        p.drawRect(QRectF(m_left, m_y, m_width, h));
        drawLines(lines, m_headFont, m_left + m_pad, m_y + m_pad, m_width - 2 * m_pad, false);
        m_y += h;
    }

    // A row; backgrounds (optional, per cell) tint cells such as a status colour.
    void row(const QStringList &cells, const QList<QColor> &backgrounds = {})
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

private:
    double height(qsizetype lines, const QFont &f) const
    {
        return lines * QFontMetricsF(f, m_c.device()).lineSpacing() * 1.15 + 2 * m_pad;
    }

    void ensure(double h)
    {
        if (m_y + h <= m_bottom)
            return;
        m_c.newPage(true, m_c.mm(210 - 15));
        m_y = m_c.mm(18);
        header();
    }

    void header()
    {
        QList<QStringList> wrapped;
        int most = 1;
        for (int i = 0; i < m_columns.size(); ++i) {
            wrapped << wrap(m_columns.at(i).header, m_headFont, m_widths.at(i) - 2 * m_pad);
            most = qMax(most, int(wrapped.last().size()));
        }
        const double h = height(most, m_headFont);
        m_c.painter().fillRect(QRectF(m_left, m_y, m_width, h), QColor(245, 245, 245));
        drawRow(wrapped, m_headFont, h, true);
    }

    void drawRow(const QList<QStringList> &cells, const QFont &font, double h, bool centred = false)
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

    void drawLines(const QStringList &lines, const QFont &font, double x, double y, double width, bool centred)
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

    QStringList wrap(const QString &text, const QFont &font, double width) const
    {
        if (text.isEmpty())
            return {QString()};
        const QFontMetricsF fm(font, m_c.device());
        return joined(breakLines(text, [&fm](const QString &u) { return fm.horizontalAdvance(u); }, width, 0));
    }

    Canvas &m_c;
    PrintFonts m_fonts;
    QList<Column> m_columns;
    QList<double> m_widths;
    QFont m_cellFont, m_headFont;
    double m_left = 0, m_width = 0, m_bottom = 0, m_y = 0, m_pad = 0;
};


// Writes a PDF through a temporary file renamed into place: complete or absent. paint returns
// false when the user stopped it. QPdfWriter reports no write errors, so a complete file is
// recognised by its closing %%EOF.
bool writePdfFile(const QString &path, const QString &title, const std::function<bool(QPagedPaintDevice *)> &paint,
                  QString *error);

} // namespace ap::printlayout
