#pragma once

#include "printfonts.h"
#include "printtext.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

#include <cmath>
#include <initializer_list>
#include <utility>

// What the parts of a .docx share: the WordprocessingML namespaces, the page figures of
// GB/T 9704 in twips, a small XML writer, and text as runs. Private to core/print.
namespace ap::docx {

inline const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
inline const QString kR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
inline const QString kRel = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
inline const QString kOfficeRel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

inline int twips(double mm)
{
    return int(std::lround(mm * 1440 / 25.4));
}

// GB/T 9704-2012 on A4 (210 × 297 mm): the text block 156 × 225 mm, 37 mm from the top and
// 28 mm from the left, 22 lines of 28 characters in 3号 (16 pt); the page number 7 mm under the
// block. The annexes: landscape, 20 mm left and right, 18 mm at the top, 22 mm at the bottom,
// the number 15 mm from the foot. The same figures printlayout paints with.
struct Page
{
    int width, height, top, right, bottom, left, footer;
};
inline const Page kPortrait{twips(210), twips(297), twips(37), twips(210 - 28 - 156), twips(297 - 37 - 225), twips(28),
                     twips(297 - 37 - 225 - 7 - 6)};
inline const Page kLandscape{twips(297), twips(210), twips(18), twips(20), twips(22), twips(20), twips(15 - 6)};
// The number's line, 6 mm, so that its top falls where the print has it.
inline const int kPageNumberLine = twips(6);
// 225 mm / 22 lines, rounded down so that 22 lines fit the block.
inline const int kLinePitch = int(std::floor(225 * 1440 / 25.4 / 22));
// The grid's character pitch, 156 mm / 28, in twips; and as Word keeps it for a grid of lines and
// characters (the default size, 16 pt, plus charSpace/4096 pt), for a clerk who switches to one.
inline const double kCharPitch = 156 * 1440 / 25.4 / 28;
inline const int kCharSpace = int(std::lround((156 / 25.4 * 72 / 28 - 16) * 4096));

using printlayout::gridCells;

// Text XML 1.0 can carry: the control characters a pasted description may hold are dropped
// (a carriage return among them; a line feed is a break, see runs).
QString xmlText(const QString &s);

class Xml
{
public:
    Xml() : m_w(&m_bytes) { m_w.writeStartDocument(QStringLiteral("1.0"), true); }

    QXmlStreamWriter &w() { return m_w; }
    void start(const char *name) { m_w.writeStartElement(QLatin1String(name)); }
    void end() { m_w.writeEndElement(); }
    void attr(const char *name, const QString &value) { m_w.writeAttribute(QLatin1String(name), value); }
    void attr(const char *name, int value) { attr(name, QString::number(value)); }
    // An empty element with attributes given as name, value pairs.
    void empty(const char *name, std::initializer_list<std::pair<const char *, QString>> attrs = {})
    {
        m_w.writeEmptyElement(QLatin1String(name));
        for (const auto &a : attrs)
            attr(a.first, a.second);
    }
    void val(const char *name, const QString &value) { empty(name, {{"w:val", value}}); }
    void val(const char *name, int value) { val(name, QString::number(value)); }

    QByteArray finish()
    {
        m_w.writeEndDocument();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_w;
};

void fonts(Xml &x, const QString &family);
void size(Xml &x, int halfPoints);
// Runs of text; a line break inside the text is a break inside the paragraph. halfPoints, when
// given, sets their size.
void runs(Xml &x, const QString &text, int halfPoints = 0);

// The size of the 发文机关标志 in half points: as large as 156 mm allows, up to 15 mm (42.5 pt)
// a character, as the print has it.
int issuerMarkHalfPoints(const QString &text);

} // namespace ap::docx
