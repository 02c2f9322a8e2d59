#include "printtext.h"

#include <QFontDatabase>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

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

double gridCells(const QString &text)
{
    double n = 0;
    for (const QChar c : text)
        n += isFullWidth(c) ? 1 : 0.5;
    return n;
}

QList<QStringList> breakLines(const QString &text, const UnitWidth &unitWidth, double width, double firstIndent)
{
    return breakLines(text, LineMeasure{unitWidth, {}}, width, firstIndent);
}

QList<QStringList> breakLines(const QString &text, const LineMeasure &measure, double width, double firstIndent)
{
    const UnitWidth &unitWidth = measure.width;
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
    const int n = int(units.size());
    auto joint = [&](int i) { return measure.joint ? measure.joint(units.at(i - 1).back(), units.at(i).front()) : 0.0; };
    // No break between units i - 1 and i: a closing mark does not start a line nor an opening one
    // end it (避头尾), nor does a Latin word or number just after a closing mark ("、15000": a
    // word processor breaks such a line before the character the mark follows); a measure word stays with the number it counts (0项, 33家), where asked; a
    // percentage keeps the bracket and the number after it ("85%（2025", UAX #14 LB25).
    static const QString measures = QStringLiteral("项个家人次名所件天年月日条台张份元万亿倍岁户");
    auto joined = [&](int i) {
        const QChar before = units.at(i - 1).back(), after = units.at(i).front();
        return kNoLineStart.contains(after) || kNoLineEnd.contains(before)
               || (kNoLineStart.contains(before) && after.unicode() < 0x80 && after.isLetterOrNumber())
               || (measure.measureWords && measures.contains(after) && before.isDigit())
               || (before == u'%' && kNoLineEnd.contains(after) && i + 1 < n && units.at(i + 1).front().isDigit());
    };
    QList<QStringList> lines;
    int start = 0;
    double used = 0;
    double avail = width - firstIndent;
    for (int i = 0; i < n; ++i) {
        const double w = unitWidth(units.at(i)) + (i > start ? joint(i) : 0.0);
        if (i == start || used + w <= avail + 0.01) {
            used += w;
            continue;
        }
        // Unit i does not fit: the line ends before it, or earlier so that it ends and the next
        // one starts well.
        int at = i;
        while (at > start + 1 && joined(at))
            --at;
        lines << units.mid(start, at - start);
        start = at;
        used = 0;
        for (int k = start; k <= i; ++k)
            used += unitWidth(units.at(k)) + (k > start ? joint(k) : 0.0);
        avail = width;
    }
    if (start < n)
        lines << units.mid(start);
    return lines;
}

QStringList joined(const QList<QStringList> &lines)
{
    QStringList out;
    for (const QStringList &l : lines)
        out << l.join(QString());
    return out;
}

QStringList titleWords(const QString &title)
{
    static const QStringList words = {
        QStringLiteral("工作计划"), QStringLiteral("工作要点"), QStringLiteral("实施方案"), QStringLiteral("进展通报"),
        QStringLiteral("进展情况"), QStringLiteral("年度考核"), QStringLiteral("考核情况"), QStringLiteral("情况"),
        QStringLiteral("卫生健康"), QStringLiteral("委员会"), QStringLiteral("重点任务"), QStringLiteral("分解表"),
        QStringLiteral("责任清单"), QStringLiteral("完成情况表"), QStringLiteral("进展情况表"), QStringLiteral("关于印发"),
        QStringLiteral("的通知")};
    static const QRegularExpression number(QStringLiteral("^(第[一二三四五六七八九十]+季度|[0-9０-９]+(?:[.．][0-9]+)?"
                                                          "(?:年度|年|月|日|季度|项|个|%|％)?)"));
    QStringList units;
    for (int i = 0; i < title.size();) {
        const QRegularExpressionMatch m = number.match(QStringView(title).mid(i));
        if (m.hasMatch() && m.capturedLength() > 0) {
            units << m.captured(0);
            i += int(m.capturedLength());
            continue;
        }
        QString word;
        for (const QString &w : words)
            if (QStringView(title).mid(i).startsWith(w) && w.size() > word.size())
                word = w;
        // A Latin word is one unit, as in running text.
        auto latin = [&](int at) { return at < title.size() && title.at(at).unicode() < 0x80 && title.at(at).isLetterOrNumber(); };
        if (word.isEmpty() && latin(i)) {
            int j = i;
            while (latin(j))
                ++j;
            word = title.mid(i, j - i);
        }
        if (word.isEmpty())
            word = title.mid(i, 1);
        units << word;
        i += int(word.size());
    }
    return units;
}

QStringList titleLines(const QString &title, const UnitWidth &unitWidth, double width)
{
    const QStringList units = titleWords(title);
    const int n = int(units.size());
    QList<double> before{0};   // width of the units before each index
    for (const QString &u : units)
        before << before.last() + unitWidth(u);
    if (before.last() <= width + 0.01)
        return {title};
    auto span = [&](int from, int to) { return before.at(to) - before.at(from); };
    // A break may not put a closing mark at a line's start nor an opening one at its end.
    auto breakable = [&](int at) {
        return at > 0 && at < n && !kNoLineStart.contains(units.at(at).front()) && !kNoLineEnd.contains(units.at(at - 1).back());
    };
    // As few lines as the words allow (greedy), then the breaks that make them most even: the
    // least sum of squared differences from the mean, every line within the width (a single word
    // wider than the width has a line of its own).
    int lines = 1;
    for (int start = 0, i = 1; i <= n; ++i)
        if (span(start, i) > width + 0.01 && i - 1 > start) {
            ++lines;
            start = i - 1;
        }
    const double mean = before.last() / lines;
    const double inf = 1e300;
    // cost[k][i]: the best k lines over the first i units; from[k][i]: where the last began.
    QList<QList<double>> cost(lines + 1, QList<double>(n + 1, inf));
    QList<QList<int>> from(lines + 1, QList<int>(n + 1, -1));
    cost[0][0] = 0;
    for (int k = 1; k <= lines; ++k)
        for (int i = 1; i <= n; ++i)
            for (int j = i - 1; j >= 0; --j) {
                if (cost[k - 1][j] >= inf || (j > 0 && !breakable(j)))
                    continue;
                const double w = span(j, i);
                if (w > width + 0.01 && i - j > 1)
                    break;   // longer lines from further back only get wider
                const double c = cost[k - 1][j] + (w - mean) * (w - mean);
                if (c < cost[k][i]) {
                    cost[k][i] = c;
                    from[k][i] = j;
                }
            }
    if (cost[lines][n] >= inf)   // no break is allowed anywhere: the lines as they come
        return joined(breakLines(title, unitWidth, width, 0));
    QStringList out;
    for (int k = lines, i = n; k > 0; i = from[k][i], --k) {
        QString line;
        for (int u = from[k][i]; u < i; ++u)
            line += units.at(u);
        out.prepend(line);
    }
    return out;
}

void widenToLeast(QList<double> &widths, const QList<double> &least)
{
    double short_ = 0, spare = 0;
    for (int i = 0; i < widths.size(); ++i) {
        short_ += std::max(0.0, least.value(i) - widths.at(i));
        spare += std::max(0.0, widths.at(i) - least.value(i));
    }
    if (short_ <= 0 || spare <= short_)
        return;
    for (int i = 0; i < widths.size(); ++i) {
        if (widths.at(i) < least.value(i))
            widths[i] = least.value(i);
        else
            widths[i] -= (widths.at(i) - least.value(i)) / spare * short_;
    }
}

} // namespace ap::printlayout
