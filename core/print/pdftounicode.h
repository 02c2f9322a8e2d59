#pragma once

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QList>

// Exact text from the fonts that draw a CJK radical and its ideograph with one glyph. Qt's PDF
// writer names each glyph in a font's ToUnicode map by the lowest code point the font maps to it,
// so with Noto CJK or the Fandol fonts a reader extracts "卫⽣" (U+2F63, KANGXI RADICAL LIFE) for
// 卫生 and "⼈⺠" for 人民. The document never holds those radicals: the maps are mended to name the
// ideographs. The same for a control character a font draws as a space (FandolFang's U+0001),
// which a reader would drop. Private to core/print.
namespace ap::printlayout {

// Radical → ideograph, for every radical (U+2E80–U+2FDF) that one of the fonts draws with the glyph
// of an ideograph (U+4E00–U+9FFF), else by its compatibility decomposition; and control character
// → the printable ASCII character a font draws it as.
QHash<char16_t, char16_t> radicalIdeographs(const QList<QFont> &fonts);

// The PDF with every ToUnicode map that names a radical of the map rewritten to name its
// ideograph: the new maps appended as an incremental update (ISO 32000-1 7.5.6), nothing before
// them moved. The PDF as it is when no map names one, or when it cannot be read as Qt writes it.
QByteArray mendToUnicode(const QByteArray &pdf, const QHash<char16_t, char16_t> &ideographs);

} // namespace ap::printlayout
