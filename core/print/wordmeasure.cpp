#include "wordmeasure.h"

namespace ap::printlayout {

WordMeasure::WordMeasure(const QFont &font, double pixelsPerPoint, double condensed)
    : m_raw(QRawFont::fromFont(font)), m_condensed(condensed * pixelsPerPoint),
      m_autospace(font.pointSizeF() / 5 * pixelsPerPoint)
{
    m_raw.setPixelSize(font.pointSizeF() * pixelsPerPoint);
}

double WordMeasure::advance(QChar c) const
{
    const auto it = m_advances.constFind(c.unicode());
    if (it != m_advances.constEnd())
        return it.value();
    const QList<quint32> glyphs = m_raw.glyphIndexesForString(QString(c));
    const QList<QPointF> advances = m_raw.advancesForGlyphIndexes(glyphs, QRawFont::UseDesignMetrics);
    const double w = advances.isEmpty() ? 0 : advances.first().x();
    m_advances.insert(c.unicode(), w);
    return w;
}

LineMeasure WordMeasure::measure() const
{
    LineMeasure m;
    m.measureWords = false;
    m.width = [this](const QString &unit) {
        double w = 0;
        for (const QChar c : unit)
            w += advance(c);
        return w - m_condensed * double(unit.size() - 1);
    };
    m.joint = [this](QChar left, QChar right) {
        if (latin(left) == latin(right))
            return -m_condensed;   // one run: the left one is no longer its last character
        const bool spaced = (ideograph(left) && right.isLetterOrNumber()) || (left.isLetterOrNumber() && ideograph(right));
        return spaced ? m_autospace : 0.0;
    };
    return m;
}

} // namespace ap::printlayout
