#include "docxreader.h"

#include "importlimits.h"

#include <algorithm>

#include "archive/zipreader.h"

#include "domain/numbering.h"

#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

namespace ap {

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
// Word's "Strict Open XML" saves the same elements under another namespace.
const QString kWStrict = QStringLiteral("http://purl.oclc.org/ooxml/wordprocessingml/main");

bool isWordNamespace(QStringView uri)
{
    return uri == kW || uri == kWStrict;
}

struct Level
{
    int start = 1;
    QString format = QStringLiteral("decimal");
    QString text;
};

struct Numbering
{
    QHash<int, QHash<int, Level>> abstractLevels;   // abstractNumId -> ilvl -> level
    QHash<int, int> numToAbstract;                  // numId -> abstractNumId
    QHash<int, QHash<int, int>> startOverrides;     // numId -> ilvl -> start
};

struct StyleNumbering
{
    int numId = -1;
    int ilvl = -1;
    QString basedOn;
};

QString wVal(const QXmlStreamReader &x)
{
    return x.attributes().value(x.namespaceUri().toString(), QStringLiteral("val")).toString();
}

// A list's first number as Word allows it (0 to 32767): larger ones would make labels of
// billions of letters ("AAAA…").
int listStart(const QString &value)
{
    return std::clamp(value.toInt(), 0, limits::kMaxListStart);
}

Numbering readNumbering(const QByteArray &xml)
{
    Numbering n;
    QXmlStreamReader x(xml);
    int abstractId = -1, ilvl = -1, numId = -1, overrideLevel = -1;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement() || !isWordNamespace(x.namespaceUri()))
            continue;
        const QStringView name = x.name();
        if (name == u"abstractNum") {
            abstractId = x.attributes().value(x.namespaceUri().toString(), QStringLiteral("abstractNumId")).toInt();
            numId = -1;
        } else if (name == u"lvl" && abstractId >= 0 && numId < 0) {
            // Word has nine levels (0-8); anything else is no list of a real document.
            ilvl = x.attributes().value(x.namespaceUri().toString(), QStringLiteral("ilvl")).toInt();
            if (ilvl < 0 || ilvl > 8)
                ilvl = -1;
            else
                n.abstractLevels[abstractId][ilvl] = Level();
        } else if (name == u"start" && ilvl >= 0 && numId < 0) {
            n.abstractLevels[abstractId][ilvl].start = listStart(wVal(x));
        } else if (name == u"numFmt" && ilvl >= 0 && numId < 0) {
            n.abstractLevels[abstractId][ilvl].format = wVal(x);
        } else if (name == u"lvlText" && ilvl >= 0 && numId < 0) {
            n.abstractLevels[abstractId][ilvl].text = wVal(x);
        } else if (name == u"num") {
            numId = x.attributes().value(x.namespaceUri().toString(), QStringLiteral("numId")).toInt();
            abstractId = -1;
            ilvl = -1;
        } else if (name == u"abstractNumId" && numId >= 0) {
            n.numToAbstract.insert(numId, wVal(x).toInt());
        } else if (name == u"lvlOverride" && numId >= 0) {
            overrideLevel = x.attributes().value(x.namespaceUri().toString(), QStringLiteral("ilvl")).toInt();
            if (overrideLevel > 8)
                overrideLevel = -1;
        } else if (name == u"startOverride" && numId >= 0 && overrideLevel >= 0) {
            n.startOverrides[numId][overrideLevel] = listStart(wVal(x));
        }
    }
    return n;
}

QHash<QString, StyleNumbering> readStyles(const QByteArray &xml)
{
    QHash<QString, StyleNumbering> styles;
    QXmlStreamReader x(xml);
    QString current;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement() || !isWordNamespace(x.namespaceUri()))
            continue;
        const QStringView name = x.name();
        if (name == u"style")
            current = x.attributes().value(x.namespaceUri().toString(), QStringLiteral("styleId")).toString();
        else if (name == u"basedOn" && !current.isEmpty())
            styles[current].basedOn = wVal(x);
        else if (name == u"numId" && !current.isEmpty())
            styles[current].numId = wVal(x).toInt();
        else if (name == u"ilvl" && !current.isEmpty())
            styles[current].ilvl = wVal(x).toInt();
    }
    return styles;
}

QString romanNumeral(int n)
{
    static const struct { int v; const char *s; } table[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
                                                           {100, "C"},  {90, "XC"},  {50, "L"},  {40, "XL"},
                                                           {10, "X"},   {9, "IX"},   {5, "V"},   {4, "IV"}, {1, "I"}};
    QString out;
    for (const auto &r : table)
        while (n >= r.v && out.size() < 20) {
            out += QLatin1String(r.s);
            n -= r.v;
        }
    return out;
}

struct ParagraphState
{
    DocxParagraph paragraph;
    int numId = -1;
    int ilvl = -1;
    bool hasNumPr = false;
    bool runBold = false;        // the run being read is bold (w:b in its w:rPr)
    bool boldSoFar = true;       // every character so far was bold
};

} // namespace

QString DocxReader::formatNumber(int n, const QString &f)
{
    if (f == u"decimal" || f == u"decimalZero" || f.isEmpty())
        return QString::number(n);
    if (f.startsWith(u"chineseCounting") || f == u"japaneseCounting" || f == u"chineseLegalSimplified"
        || f == u"taiwaneseCounting" || f == u"ideographDigital")
        return n > 0 && n < 10000 ? chineseNumeral(n) : QString::number(n);
    if (f == u"ideographTraditional") {
        static const QString stems = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
        return n >= 1 && n <= 10 ? QString(stems.at(n - 1)) : QString::number(n);
    }
    if (f == u"decimalFullWidth" || f == u"decimalFullWidth2") {
        QString s = QString::number(n);
        for (QChar &c : s)
            c = QChar(ushort(c.unicode() + 0xFEE0));
        return s;
    }
    if (f.startsWith(u"decimalEnclosedCircle"))
        return circledNumber(n);
    if (f == u"lowerLetter" || f == u"upperLetter") {
        // a … z, aa … zz, aaa … zzz as Word counts; past that a number, not a wall of letters.
        const QChar base = f == u"lowerLetter" ? QLatin1Char('a') : QLatin1Char('A');
        if (n < 1 || n > 26 * 3)
            return QString::number(n);
        return QString(QChar(base.unicode() + (n - 1) % 26)).repeated((n - 1) / 26 + 1);
    }
    if (f == u"upperRoman")
        return romanNumeral(n);
    if (f == u"lowerRoman")
        return romanNumeral(n).toLower();
    if (f == u"bullet" || f == u"none")
        return QString();
    return QString::number(n);
}

bool DocxReader::read(const QByteArray &docx, QList<DocxParagraph> *out, QString *error)
{
    auto fail = [error](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    if (docx.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return fail(tr("The document is password-protected or in the old Word 97–2003 format (.doc). "
                       "Open it in Word or WPS, remove any password and save it as .docx, then import it again."));
    ZipReader zip;
    QString reason;
    if (!zip.open(docx, &reason))
        return fail(reason);
    if (!zip.contains(QStringLiteral("word/document.xml")))
        return fail(tr("The file is a ZIP package but not a Word document (it has no word/document.xml)."));
    QByteArray documentXml, numberingXml, stylesXml;
    if (!zip.read(QStringLiteral("word/document.xml"), &documentXml, &reason))
        return fail(reason);
    if (zip.contains(QStringLiteral("word/numbering.xml")) && !zip.read(QStringLiteral("word/numbering.xml"), &numberingXml, &reason))
        return fail(reason);
    if (zip.contains(QStringLiteral("word/styles.xml")) && !zip.read(QStringLiteral("word/styles.xml"), &stylesXml, &reason))
        return fail(reason);
    const Numbering numbering = readNumbering(numberingXml);
    const QHash<QString, StyleNumbering> styles = readStyles(stylesXml);
    QHash<int, QHash<int, int>> counters;   // abstractNumId -> ilvl -> current value
    QSet<int> startedNums;

    auto label = [&](ParagraphState &s) {
        int numId = s.numId, ilvl = s.ilvl;
        if (!s.hasNumPr) {
            // Numbering inherited from the paragraph style and the styles it is based on.
            QString style = s.paragraph.styleId;
            for (int depth = 0; depth < 10 && !style.isEmpty() && numId < 0; ++depth) {
                const auto it = styles.constFind(style);
                if (it == styles.cend())
                    break;
                if (it->numId >= 0) {
                    numId = it->numId;
                    if (ilvl < 0)
                        ilvl = it->ilvl;
                }
                style = it->basedOn;
            }
        }
        if (numId <= 0 || !numbering.numToAbstract.contains(numId))
            return;
        if (ilvl < 0 || ilvl > 8)
            ilvl = 0;
        const int abstractId = numbering.numToAbstract.value(numId);
        const QHash<int, Level> levels = numbering.abstractLevels.value(abstractId);
        QHash<int, int> &count = counters[abstractId];
        auto startOf = [&](int l) {
            const auto o = numbering.startOverrides.value(numId);
            return o.contains(l) ? o.value(l) : levels.value(l).start;
        };
        if (!startedNums.contains(numId) && numbering.startOverrides.contains(numId)) {
            count.clear();
            startedNums.insert(numId);
        }
        count[ilvl] = count.contains(ilvl) ? count.value(ilvl) + 1 : startOf(ilvl);
        for (int deeper = ilvl + 1; deeper <= 8; ++deeper)
            count.remove(deeper);
        const Level level = levels.value(ilvl);
        if (level.format == u"bullet" || level.format == u"none")
            return;
        QString text = level.text;
        for (int l = 0; l <= 8; ++l) {
            const QString placeholder = QLatin1Char('%') + QString::number(l + 1);
            if (text.contains(placeholder))
                text.replace(placeholder,
                             formatNumber(count.contains(l) ? count.value(l) : startOf(l), levels.value(l).format));
        }
        s.paragraph.numberLabel = text;
        s.paragraph.numberLevel = ilvl;
    };

    // document.xml is by far the largest part. Namespace processing is off for speed; element
    // names are compared with the prefix the document itself binds to the WordprocessingML
    // namespace (almost always "w", but never assumed).
    QXmlStreamReader x(documentXml);
    x.setNamespaceProcessing(false);
    QString prefix;
    bool prefixKnown = false;
    auto qname = [&](const char *local) { return prefix.isEmpty() ? QString::fromLatin1(local) : prefix + QLatin1Char(':') + QLatin1String(local); };
    QString pName, pStyleName, numPrName, ilvlName, numIdName, tName, tabName, brName, crName, hyphenName, delTextName,
        instrTextName, valName, rName, bName;
    QList<ParagraphState> open;
    QList<DocxParagraph> paragraphs;
    bool inNumPr = false;
    long long textChars = 0;
    int paragraphCount = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            if (!prefixKnown) {
                prefixKnown = true;
                // Without namespace processing the declarations are plain attributes: xmlns:w="…".
                for (const QXmlStreamAttribute &a : x.attributes())
                    if (isWordNamespace(a.value()) && a.qualifiedName().startsWith(u"xmlns:"))
                        prefix = a.qualifiedName().mid(6).toString();
                    else if (isWordNamespace(a.value()) && a.qualifiedName() == u"xmlns")
                        prefix.clear();
                pName = qname("p"); pStyleName = qname("pStyle"); numPrName = qname("numPr"); ilvlName = qname("ilvl");
                numIdName = qname("numId"); tName = qname("t"); tabName = qname("tab"); brName = qname("br");
                crName = qname("cr"); hyphenName = qname("noBreakHyphen"); delTextName = qname("delText");
                instrTextName = qname("instrText"); valName = qname("val"); rName = qname("r"); bName = qname("b");
            }
            const QStringView name = x.qualifiedName();
            // A text box or drawing comes twice, as the new form and as the fallback for old
            // readers (WPS writes its 发文机关标志 and signature blocks so): its text is read once.
            if (name.endsWith(u":Fallback")) {
                x.skipCurrentElement();
                continue;
            }
            if (name == pName) {
                if (++paragraphCount > limits::kMaxParagraphs)
                    return fail(tr("The document has more than %1 paragraphs, far more than any plan; it was not "
                                   "imported.").arg(limits::kMaxParagraphs));
                if (open.size() >= 64)
                    return fail(tr("The Word document's text is damaged (paragraphs nested %1 deep).").arg(open.size()));
                open.append(ParagraphState());
            } else if (open.isEmpty()) {
                continue;
            } else if (name == tName) {
                const QString t = x.readElementText(QXmlStreamReader::IncludeChildElements);
                textChars += t.size();
                if (textChars > limits::kMaxTextChars)
                    return fail(tr("The document holds more than %1 million characters of text, far more than any plan; "
                                   "it was not imported.").arg(limits::kMaxTextChars / 1000000));
                ParagraphState &p = open.last();
                p.paragraph.text += t;
                // A bold phrase that opens the paragraph: a work item's lead phrase in Word.
                if (p.boldSoFar && p.runBold)
                    p.paragraph.boldLead = int(p.paragraph.text.size());
                else if (!t.trimmed().isEmpty())
                    p.boldSoFar = false;
            } else if (name == rName) {
                open.last().runBold = false;
            } else if (name == bName) {
                const QStringView v = x.attributes().value(valName);
                open.last().runBold = v.isEmpty() || !(v == u"0" || v == u"false" || v == u"off");
            } else if (name == pStyleName) {
                open.last().paragraph.styleId = x.attributes().value(valName).toString();
            } else if (name == numPrName) {
                inNumPr = true;
                open.last().hasNumPr = true;
            } else if (name == ilvlName && inNumPr) {
                const int level = x.attributes().value(valName).toInt();
                open.last().ilvl = level >= 0 && level <= 8 ? level : 0;
            } else if (name == numIdName && inNumPr) {
                open.last().numId = x.attributes().value(valName).toInt();
            } else if (name == tabName) {
                open.last().paragraph.text += QLatin1Char('\t');
            } else if (name == brName || name == crName) {
                open.last().paragraph.text += QLatin1Char('\n');
            } else if (name == hyphenName) {
                open.last().paragraph.text += QLatin1Char('-');
            } else if (name == delTextName || name == instrTextName) {
                x.skipCurrentElement();
            }
        } else if (x.isEndElement()) {
            const QStringView name = x.qualifiedName();
            if (name == numPrName) {
                inNumPr = false;
            } else if (name == pName && !open.isEmpty()) {
                ParagraphState s = open.takeLast();
                label(s);
                paragraphs.append(s.paragraph);
            }
        }
    }
    if (x.hasError())
        return fail(tr("The Word document's text is damaged (%1 at line %2).").arg(x.errorString()).arg(x.lineNumber()));
    *out = paragraphs;
    return true;
}

} // namespace ap
