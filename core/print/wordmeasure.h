#pragma once

#include "printtext.h"

#include <QFont>
#include <QHash>
#include <QRawFont>

// How LibreOffice and Word measure a line of the Word file, so that the print breaks its lines
// where they do and the two agree page for page. Private to core/print.
//
// What they do, as LibreOffice 7.4 lays out our .docx (measured glyph by glyph on its PDFs):
// - every character takes its font's own advance (design metrics, no hinting), and a condensed
//   style (w:spacing) takes its amount off every character but the last of a run of one script
//   (Chinese, or Latin letters, digits and ASCII marks);
// - where an ideograph meets a Latin letter or digit, a fifth of the font's size is put between
//   them (autospace: the Word file leaves it on, as Word has it by default; LibreOffice 7.4
//   would not read w:autoSpaceDE="0" anyway);
// - a measure word may go to the next line without its number;
// - no mark hangs past the end of a line (the Word file turns hanging punctuation off in
//   LibreOffice, see docxwriter).
namespace ap::printlayout {

// The points the Word file's text styles are condensed by, so that 28 characters of 3号 fill the
// 156 mm line and a 29th does not, in Word and LibreOffice alike.
inline constexpr double kCondensedPoints = 0.3;

class WordMeasure
{
public:
    // font at its size; pixelsPerPoint: the device's (the print's device pixels); condensed: the
    // points a condensed style takes off each character (0 for none).
    WordMeasure(const QFont &font, double pixelsPerPoint, double condensed);

    // A unit's width (its characters, condensed but for the last) and the joint between two.
    LineMeasure measure() const;

    // One character's advance, unrounded.
    double advance(QChar c) const;

    static bool latin(QChar c) { return c.unicode() < 0x80; }
    static bool ideograph(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
    }

private:
    QRawFont m_raw;
    double m_condensed;   // device pixels
    double m_autospace;   // device pixels
    mutable QHash<char16_t, double> m_advances;
};

} // namespace ap::printlayout
