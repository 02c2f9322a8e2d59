#include "printtext.h"

#include <QFontDatabase>

namespace ap::printlayout {

const QString kNoLineStart = QStringLiteral("，。、；：？！）》」』”’〕】…%,.;:?!)");
const QString kNoLineEnd = QStringLiteral("（《「『“‘〔【(");

QString firstInstalled(const QStringList &candidates)
{
    const QStringList families = QFontDatabase::families();
    for (const QString &c : candidates)
        if (families.contains(c, Qt::CaseInsensitive))
            return c;
    return candidates.last();
}

QString chineseDate(const QDate &d)
{
    if (!d.isValid())
        return QString();
    if (d.day() == d.daysInMonth())
        return QStringLiteral("%1年%2月底").arg(d.year()).arg(d.month());
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString withFullStop(QString s)
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

bool isFullWidth(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
           || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6) || u == 0x2014 || u == 0x2026
           || (u >= 0x2018 && u <= 0x201D) || (u >= 0x2460 && u <= 0x24FF) || (u >= 0x3251 && u <= 0x32BF);
}

QList<QStringList> breakLines(const QString &text, const UnitWidth &unitWidth, double width, double firstIndent)
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

QStringList joined(const QList<QStringList> &lines)
{
    QStringList out;
    for (const QStringList &l : lines)
        out << l.join(QString());
    return out;
}

} // namespace ap::printlayout
