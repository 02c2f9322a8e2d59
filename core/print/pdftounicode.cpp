#include "pdftounicode.h"

#include <QMutex>
#include <QRawFont>
#include <QRegularExpression>

#include <map>

namespace ap::printlayout {

namespace {

constexpr char16_t kRadicalsFirst = 0x2E80, kRadicalsLast = 0x2FDF;
constexpr char16_t kIdeographsFirst = 0x4E00, kIdeographsLast = 0x9FFF;

// Each code point of [first, last] that the font draws with the glyph of one of [from, to]
// (the lowest such), mapped to it.
void sharedGlyphs(const QRawFont &raw, char16_t first, char16_t last, char16_t from, char16_t to,
                  QHash<char16_t, char16_t> *out)
{
    QString wanted;
    for (char16_t c = from; c <= to; ++c)
        wanted += QChar(c);
    const QList<quint32> wantedGlyphs = raw.glyphIndexesForString(wanted);
    QHash<quint32, char16_t> byGlyph;
    for (int i = 0; i < wantedGlyphs.size(); ++i)
        if (wantedGlyphs.at(i) != 0 && !byGlyph.contains(wantedGlyphs.at(i)))
            byGlyph.insert(wantedGlyphs.at(i), char16_t(from + i));
    QString shadows;
    for (char16_t c = first; c <= last; ++c)
        shadows += QChar(c);
    const QList<quint32> glyphs = raw.glyphIndexesForString(shadows);
    for (int i = 0; i < glyphs.size(); ++i) {
        const auto it = byGlyph.constFind(glyphs.at(i));
        if (glyphs.at(i) != 0 && it != byGlyph.constEnd())
            out->insert(char16_t(first + i), it.value());
    }
}

QHash<char16_t, char16_t> fontShadows(const QFont &font)
{
    QHash<char16_t, char16_t> out;
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return out;
    // A radical drawn as its ideograph (⽣ for 生); a control character drawn as a space or a
    // letter (FandolFang maps U+0001 to its space).
    sharedGlyphs(raw, kRadicalsFirst, kRadicalsLast, kIdeographsFirst, kIdeographsLast, &out);
    sharedGlyphs(raw, 0x0001, 0x001F, 0x0020, 0x007E, &out);
    sharedGlyphs(raw, 0x007F, 0x009F, 0x0020, 0x007E, &out);
    return out;
}

// The CID → Unicode pairs of a ToUnicode map as Qt writes it (bfrange with arrays or a start
// code, bfchar).
bool readPairs(const QByteArray &cmap, std::map<uint, QByteArray> *pairs)
{
    static const QRegularExpression range(QStringLiteral(
        R"(<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:\[([^\]]*)\]|<([0-9A-Fa-f]+)>))"));
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]+)>"));
    static const QRegularExpression block(QStringLiteral(R"(beginbf(range|char)(.*?)endbf\1)"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QString text = QString::fromLatin1(cmap);
    bool any = false;
    for (auto b = block.globalMatch(text); b.hasNext();) {
        const QRegularExpressionMatch m = b.next();
        any = true;
        const QString body = m.captured(2);
        if (m.captured(1) == QLatin1String("char")) {
            QStringList hexes;
            for (auto h = hex.globalMatch(body); h.hasNext();)
                hexes << h.next().captured(1);
            for (int i = 0; i + 1 < hexes.size(); i += 2)
                (*pairs)[hexes.at(i).toUInt(nullptr, 16)] = hexes.at(i + 1).toLatin1();
            continue;
        }
        for (auto r = range.globalMatch(body); r.hasNext();) {
            const QRegularExpressionMatch e = r.next();
            const uint from = e.captured(1).toUInt(nullptr, 16), to = e.captured(2).toUInt(nullptr, 16);
            if (to < from || to - from > 0xFFFF)
                return false;
            if (!e.captured(3).isNull()) {
                uint cid = from;
                for (auto h = hex.globalMatch(e.captured(3)); h.hasNext() && cid <= to; ++cid)
                    (*pairs)[cid] = h.next().captured(1).toLatin1();
            } else {
                const QString start = e.captured(4);
                const uint first = start.toUInt(nullptr, 16);
                for (uint cid = from; cid <= to; ++cid)
                    (*pairs)[cid] = QByteArray::number(first + (cid - from), 16).rightJustified(start.size(), '0').toUpper();
            }
        }
    }
    return any;
}

// The map again, every pair a bfchar entry, the radicals named by their ideographs. Empty when
// no pair names a radical.
QByteArray mended(const QByteArray &cmap, const QHash<char16_t, char16_t> &ideographs)
{
    std::map<uint, QByteArray> pairs;
    if (!readPairs(cmap, &pairs))
        return {};
    bool changed = false;
    for (auto &[cid, unicode] : pairs) {
        if (unicode.size() != 4)
            continue;
        const auto it = ideographs.constFind(char16_t(unicode.toUInt(nullptr, 16)));
        if (it == ideographs.constEnd())
            continue;
        unicode = QByteArray::number(uint(it.value()), 16).rightJustified(4, '0').toUpper();
        changed = true;
    }
    if (!changed)
        return {};
    const qsizetype head = cmap.indexOf("endcodespacerange");
    const qsizetype tail = cmap.indexOf("endcmap");
    if (head < 0 || tail < 0)
        return {};
    QByteArray out = cmap.left(head + qsizetype(qstrlen("endcodespacerange"))) + '\n';
    auto it = pairs.cbegin();
    while (it != pairs.cend()) {
        QByteArray chunk;
        int n = 0;
        for (; it != pairs.cend() && n < 100; ++it, ++n)
            chunk += '<' + QByteArray::number(it->first, 16).rightJustified(4, '0').toUpper() + "> <" + it->second + ">\n";
        out += QByteArray::number(n) + " beginbfchar\n" + chunk + "endbfchar\n";
    }
    out += cmap.mid(tail);
    return out;
}

} // namespace

QHash<char16_t, char16_t> radicalIdeographs(const QList<QFont> &fonts)
{
    // The search covers twenty thousand ideographs a face: done once per face in a run.
    static QMutex mutex;
    static QHash<QString, QHash<char16_t, char16_t>> byFace;
    QHash<char16_t, char16_t> out;
    for (const QFont &font : fonts) {
        const QString face = font.family() + u'/' + QString::number(font.weight()) + u'/' + QString::number(font.style());
        QMutexLocker lock(&mutex);
        auto it = byFace.find(face);
        if (it == byFace.end())
            it = byFace.insert(face, fontShadows(font));
        for (auto r = it->cbegin(); r != it->cend(); ++r)
            out.insert(r.key(), r.value());
    }
    // A radical no font shares a glyph for: its compatibility decomposition (⼀ → 一).
    for (char16_t c = kRadicalsFirst; c <= kRadicalsLast; ++c) {
        const QString d = QChar(c).decomposition();
        if (!out.contains(c) && d.size() == 1 && QChar::decompositionTag(c) == QChar::Compat)
            out.insert(c, d.front().unicode());
    }
    return out;
}

QByteArray mendToUnicode(const QByteArray &pdf, const QHash<char16_t, char16_t> &ideographs)
{
    static const QRegularExpression ref(QStringLiteral(R"(/ToUnicode (\d+) 0 R)"));
    static const QRegularExpression startxref(QStringLiteral(R"(startxref\s+(\d+)\s+%%EOF\s*$)"));
    static const QRegularExpression trailer(QStringLiteral(R"(trailer\s*<<(.*?)>>)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression size(QStringLiteral(R"(/Size (\d+))"));
    const QString latin = QString::fromLatin1(pdf);
    const QRegularExpressionMatch last = startxref.match(latin);
    QRegularExpressionMatch dict;
    for (auto t = trailer.globalMatch(latin); t.hasNext();)
        dict = t.next();
    if (!last.hasMatch() || !dict.hasMatch() || !size.match(dict.captured(1)).hasMatch())
        return pdf;

    // The new maps, by object number.
    std::map<int, QByteArray> objects;
    for (auto r = ref.globalMatch(latin); r.hasNext();) {
        const int number = r.next().captured(1).toInt();
        if (objects.count(number))
            continue;
        const QByteArray head = '\n' + QByteArray::number(number) + " 0 obj";
        const qsizetype at = pdf.indexOf(head);
        const qsizetype lengthAt = pdf.indexOf("/Length ", at);
        const qsizetype streamAt = pdf.indexOf("stream\n", at);
        if (at < 0 || lengthAt < 0 || streamAt < 0 || lengthAt > streamAt)
            continue;
        const int length = pdf.mid(lengthAt + 8, 12).split(' ').first().split('>').first().trimmed().toInt();
        const QByteArray cmap = pdf.mid(streamAt + 7, length);
        const QByteArray fixed = mended(cmap, ideographs);
        if (!fixed.isEmpty())
            objects[number] = fixed;
    }
    if (objects.empty())
        return pdf;

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QByteArray xref = "xref\n0 1\n0000000000 65535 f \n";
    for (const auto &[number, cmap] : objects) {
        xref += QByteArray::number(number) + " 1\n" + QByteArray::number(out.size()).rightJustified(10, '0') + " 00000 n \n";
        out += QByteArray::number(number) + " 0 obj\n<< /Length " + QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap
               + "\nendstream\nendobj\n";
    }
    const qsizetype xrefAt = out.size();
    out += xref;
    static const QRegularExpression prev(QStringLiteral(R"(/Prev\s+\d+)"));
    out += "trailer\n<<" + dict.captured(1).remove(prev).toLatin1().trimmed() + "\n/Prev " + last.captured(1).toLatin1() + " >>\nstartxref\n"
           + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

} // namespace ap::printlayout
