#include "docxxml.h"

#include "printtext.h"

#include <algorithm>

namespace ap::docx {

QString xmlText(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (c.unicode() >= 0x20 || c == u'\t')
            out += c;
    return out;
}

void fonts(Xml &x, const QString &family)
{
    x.empty("w:rFonts", {{"w:ascii", family}, {"w:hAnsi", family}, {"w:eastAsia", family}, {"w:cs", family}});
}

void size(Xml &x, int halfPoints)
{
    x.val("w:sz", halfPoints);
    x.val("w:szCs", halfPoints);
}

void runs(Xml &x, const QString &text, int halfPoints)
{
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = xmlText(lines.at(i));
        x.start("w:r");
        if (halfPoints > 0) {
            x.start("w:rPr");
            size(x, halfPoints);
            x.end();
        }
        if (i > 0)
            x.empty("w:br");
        if (!line.isEmpty()) {
            x.start("w:t");
            if (line.front().isSpace() || line.back().isSpace())
                x.attr("xml:space", QStringLiteral("preserve"));
            x.w().writeCharacters(line);
            x.end();
        }
        x.end();
    }
}

int issuerMarkHalfPoints(const QString &text)
{
    const double cells = std::max(1.0, gridCells(text));
    const double points = std::min(42.5, 156 / 25.4 * 72 / cells * 0.99);
    return int(std::floor(points * 2));
}

} // namespace ap::docx
