#pragma once

#include "printfonts.h"
#include "printtext.h"
#include "wordmeasure.h"

#include <map>
#include <memory>

#include <QColor>
#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QGlyphRun>
#include <QHash>

// The page layout pieces the printed documents share: a canvas that numbers its pages "— N —",
// the GB/T 9704 body flow on the 22 × 28 grid, and the landscape table flow with its header
// repeated on every page. Private to core/print.
namespace ap::printlayout {

// Paints pages on one device in device pixels, and keeps the page count and orientation.
class Canvas
{
public:
    Canvas(QPagedPaintDevice *device, const PrintFonts &fonts);
    ~Canvas() { finish(); }

    double mm(double v) const { return v * m_dpi / 25.4; }
    double pt(double v) const { return v * m_dpi / 72.0; }
    QPainter &painter() { return m_painter; }
    QPaintDevice *device() const { return m_device; }
    // How a word processor measures a line in font (wordmeasure.h), kept for the document:
    // a font's advances are read once.
    const WordMeasure &wordMeasure(const QFont &font, double condensed) const;
    // A piece of text shaped in font as drawText shapes it (fallback faces included), its glyphs
    // placed from (0, baseline 0); kept for the document, as the same characters come again
    // and again. Lines are drawn from these as glyph runs.
    const QList<QGlyphRun> &shaped(const QFont &font, const QString &text) const;
    int pages() const { return m_page; }
    bool landscape() const { return m_landscape; }
    double pageWidth() const { return mm(m_landscape ? 297 : 210); }
    double pageHeight() const { return mm(m_landscape ? 210 : 297); }


    // Starts the next page; the page number of the page before is drawn first. A page that is
    // not numbered (the blank page before the 版记 and the 版记's own) shows none.
    void newPage(bool landscape, double numberBottomGap, bool numbered = true);

    void finish();

private:
    // "— N —" in 4号 under the text block; odd pages to the right, even to the left, one
    // character in from the block's edge.
    void drawPageNumber();

    QPagedPaintDevice *m_device;
    PrintFonts m_fonts;
    // A font's place in m_fontsSeen: the caches' keys. QFont::key() wrote the whole font out as
    // text for every piece shaped or measured (a few per cent of printing a long plan).
    int fontIndex(const QFont &font) const;
    struct ShapedKey
    {
        int font;
        QString text;
        bool operator==(const ShapedKey &o) const { return font == o.font && text == o.text; }
    };
    friend size_t qHash(const ShapedKey &k, size_t seed) { return qHashMulti(seed, k.font, k.text); }

    mutable QList<QFont> m_fontsSeen;
    mutable std::map<std::pair<int, double>, std::unique_ptr<WordMeasure>> m_measures;
    mutable QHash<ShapedKey, QList<QGlyphRun>> m_shaped;
    QPainter m_painter;
    double m_dpi;
    int m_page = 0;
    bool m_landscape = false;
    bool m_numbered = true;
    double m_numberTop = 0;
};

// The body of the document on the 22 × 28 grid of GB/T 9704.
class BodyFlow
{
public:
    explicit BodyFlow(Canvas &c);

    // On the grid a full-width character fills one cell; Latin runs keep their own width.
    UnitWidth gridWidth(const QFont &font) const;
    UnitWidth naturalWidth(const QFont &font) const;
    // How many character cells text takes on one line of the grid.
    double gridChars(const QString &text, const QFont &font) const;

    // A new portrait page at its first line.
    void start(bool numbered = true);

    enum Align { Left, Center, Right };
    // A paragraph on the grid (onGrid) or in the font's own widths (a title). Its first line
    // starts indentChars in, the others restChars in (a hanging indent when larger).
    void paragraph(const QString &text, const QFont &font, double indentChars, Align align = Left,
                   double rightChars = 0, bool onGrid = true, double restChars = 0);

    // How a paragraph sets on the grid: its font and indents, and its lines once broken.
    struct Setting
    {
        QFont font;
        double indentChars = 0;
        Align align = Left;
        double rightChars = 0;
        bool onGrid = true;
        double restChars = 0;
    };
    // The lines paragraph() would give the text, each a list of units.
    QList<QStringList> layout(const QString &text, const Setting &s) const;
    // Line i of lines (laid out by s) on the flow's next line; the page is the caller's.
    void paintLine(const QList<QStringList> &lines, qsizetype i, const Setting &s);

    void blankLine();
    int linesLeft() const { return 22 - m_line; }
    double charPitch() const { return m_charPitch; }
    double linePitch() const { return m_pitch; }
    // The text block in device pixels, and the top of line n (0 to 21) in it.
    double left() const { return m_left; }
    double top() const { return m_top; }
    double width() const { return m_width; }
    double lineTop(int n) const { return m_top + n * m_pitch; }
    int line() const { return m_line; }
    // Goes on at the first line whose top is at or under y (after something placed freely).
    void skipTo(double y);

private:
    Canvas &m_c;
    double m_left, m_top, m_width, m_pitch, m_charPitch;
    int m_line = 0;
};

} // namespace ap::printlayout
