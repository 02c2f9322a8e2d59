#include "importrules.h"
#include "importtext.h"
#include "targetforms.h"

#include "domain/targettext.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace ap::importrules {

using namespace detail;

// ---------------------------------------------------------------------------------------------
// Targets

namespace {

struct Quantity
{
    int start = 0;         // first character of the number
    int end = 0;           // after number, unit and suffix
    int opStart = -1;      // where an explicit comparison word starts, -1 when none
    double value = 0;
    QString unit;
    TargetOp op = TargetOp::AtLeast;
    std::optional<double> baseline;
    std::optional<int> baselineYear;
    QDate due;
    QString indicator;
    bool dropped = false;
};

// Comparison words by their last character, in the order of comparisonWords().
const QHash<QChar, QList<QPair<QString, TargetOp>>> &opsByLastChar()
{
    static const QHash<QChar, QList<QPair<QString, TargetOp>>> table = [] {
        QHash<QChar, QList<QPair<QString, TargetOp>>> t;
        for (const ComparisonWord &w : comparisonWords()) {
            const QString word = QString::fromUtf16(w.word);
            t[word.back()].append({word, w.op});
        }
        return t;
    }();
    return table;
}

std::optional<TargetOp> opBefore(const QString &t, int pos, int floor, int *opStart)
{
    const int end = skipSpacesBack(t, pos);
    if (end <= floor)
        return std::nullopt;
    const auto candidates = opsByLastChar().constFind(t.at(end - 1));
    if (candidates == opsByLastChar().cend())
        return std::nullopt;
    for (const auto &w : *candidates) {
        const QString &word = w.first;
        if (end - word.size() >= floor && endsWithAt(t, end, word)) {
            TargetOp op = w.second;
            if (word == u"至" || word == u"到") {
                // Direction from the verb earlier in the clause: 降低…至 / 提升…至.
                static const QRegularExpression down(QStringLiteral("降|减|缩短|压缩|控制|下降"));
                const QString clause = t.mid(floor, end - floor);
                op = down.match(clause).hasMatch() ? TargetOp::AtMost : TargetOp::AtLeast;
                // A bare 至/到 after a number is a range, never a comparison.
                const int before = end - 1;
                if (before > 0 && t.at(before - 1).isDigit())
                    return std::nullopt;
            }
            if (opStart)
                *opStart = int(end - word.size());
            return op;
        }
    }
    return std::nullopt;
}

double parseNumber(QString digits)
{
    digits.remove(QLatin1Char(','));
    return digits.toDouble();
}

} // namespace

namespace {

const QRegularExpression &baselineParen()
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*\\(\\s*(20\\d\\d)\\s*年\\s*(?:底|末)?\\s*(?:为|是|达|达到)?\\s*(?:(无)|(\\d+(?:\\.\\d+)?))"));
    return re;
}

const QRegularExpression &compareYear()
{
    static const QRegularExpression re(QStringLiteral("(较|比|与)\\s*(20\\d\\d)\\s*年"));
    return re;
}

// One text's goals, found in named steps: the numbers with units and the comparison words before
// them, the Chinese amounts of work, the baselines in brackets, then what qualifies or shares a goal.
class TargetScan
{
public:
    explicit TargetScan(const QString &text)
        : t(text)
        , quoted(quotedMask(text))
    {
    }
    QList<FoundTarget> run();

private:
    // Baselines in brackets, "(2025年为96%)", "(2025年3家)", "(2025年无)": their numbers are
    // never goals; one that does not directly follow its goal ("达到6级(2025年3家)") is given
    // to the goal before it in the same clause.
    struct BaselineParen
    {
        int start, end, year;
        double value;
        bool used = false;
    };
    void readBaselineParens();
    bool inBaselineParen(int at) const;
    // After a goal's number and unit: 以上/以下/以内, and a baseline in brackets right after.
    int scanSuffixAndBaseline(Quantity &q, int pos);
    void scanNumbers();
    bool scanRatio(Quantity &q, int s, int e, bool single);
    void scanChineseAmounts();
    void attachLooseBaselines();
    void dropQualifyingCounts();
    void nameIndicators();
    QList<Quantity> expandShared() const;
    void assignMilestones(QList<Quantity> &goals) const;

    const QString &t;
    const QList<bool> quoted;
    QList<BaselineParen> baselineParens;
    QList<Quantity> found;
};

void TargetScan::readBaselineParens()
{
    static const QRegularExpression paren(
        QStringLiteral("\\(\\s*(20\\d\\d)\\s*年\\s*(?:底|末)?\\s*(?:为|是|达|达到)?\\s*(?:(无)|(\\d+(?:\\.\\d+)?)[^()]{0,8})\\)"));
    for (auto it = paren.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        baselineParens.append({int(m.capturedStart()), int(m.capturedEnd()), m.captured(1).toInt(),
                               m.captured(2).isEmpty() ? parseNumber(m.captured(3)) : 0.0});
    }
}

bool TargetScan::inBaselineParen(int at) const
{
    for (const BaselineParen &b : baselineParens)
        if (at > b.start && at < b.end)
            return true;
    return false;
}

int TargetScan::scanSuffixAndBaseline(Quantity &q, int pos)
{
    pos = skipSpaces(t, pos);
    if (startsWithAt(t, pos, u"及以上") || startsWithAt(t, pos, u"以上")) {
        const int len = startsWithAt(t, pos, u"及以上") ? 3 : 2;
        if (startsWithAt(t, pos + len, u"的") && !(q.unit == QStringLiteral("%") && isShareGoal(t, q.start, pos + len)))
            q.dropped = true;   // "2000户以上的社区": a qualifier
        q.op = TargetOp::AtLeast;
        q.opStart = pos;
        pos += len;
    } else if (startsWithAt(t, pos, u"及以下") || startsWithAt(t, pos, u"以下") || startsWithAt(t, pos, u"以内")) {
        const int len = startsWithAt(t, pos, u"及以下") ? 3 : 2;
        if (startsWithAt(t, pos + len, u"的"))
            q.dropped = true;
        q.op = TargetOp::AtMost;
        q.opStart = pos;
        pos += len;
    } else if (startsWithAt(t, pos, u"内") && q.unit != QStringLiteral("%")) {
        q.op = TargetOp::AtMost;
        q.opStart = pos;
        pos += 1;
    }
    q.end = pos;
    // Baseline in brackets right after: "(2025年为96%)", "(2025年3家)", "(2025年无)".
    const auto b = baselineParen().match(QStringView(t).mid(pos));
    if (b.hasMatch()) {
        const int close = int(t.indexOf(QLatin1Char(')'), pos + b.capturedEnd()));
        if (close >= 0 && close - pos < 40) {
            for (BaselineParen &bp : baselineParens)
                if (bp.start >= pos && bp.start < close)
                    bp.used = true;
            q.baselineYear = b.captured(1).toInt();
            q.baseline = b.captured(2).isEmpty() ? parseNumber(b.captured(3)) : 0.0;
            q.end = close + 1;
        }
    }
    return q.end;

}

void TargetScan::scanNumbers()
{
    static const QRegularExpression number(
        QStringLiteral("(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:\\s*[-~～—–]\\s*(\\d+(?:\\.\\d+)?))?"));
    int pos = 0;
    while (pos < t.size()) {
        const auto m = number.match(t, pos);
        if (!m.hasMatch())
            break;
        const int s = int(m.capturedStart());
        int e = int(m.capturedEnd());
        pos = e;
        // Part of a word or code: PM2.5, 5G, H7N9, 1+N; inside quotes or book titles: a name.
        if (s > 0) {
            const QChar p = t.at(s - 1);
            if ((p.unicode() < 128 && p.isLetter()) || p == QLatin1Char('.') || p == QLatin1Char('/')
                || p == QLatin1Char('+') || p == QLatin1Char('-'))
                continue;
        }
        if (quoted.at(s) || inBaselineParen(s))
            continue;
        Quantity q;
        q.start = s;
        q.value = parseNumber(m.captured(1));
        if (scanRatio(q, s, e, m.captured(2).isEmpty())) {
            pos = q.end;
            found.append(q);
            continue;
        }
        int u = skipSpaces(t, e);
        if (u < t.size() && (t.at(u) == QChar(0x4F59) || t.at(u) == QChar(0x591A)))   // 余 / 多
            ++u;
        UnitMatch unit = matchUnit(t, u);
        if (unit.length == 0 && u < t.size() && t.at(u) == QLatin1Char('/')) {
            // "10/10万": a rate per population.
            static const QRegularExpression per(QStringLiteral("^/\\s*(\\d*\\s*[万千百]?)"));
            const auto pm = per.match(QStringView(t).mid(u));
            if (pm.hasMatch() && pm.capturedLength() > 1) {
                unit.unit = QStringLiteral("/") + pm.captured(1).remove(QLatin1Char(' '));
                unit.length = int(pm.capturedLength());
            }
        }
        if (unit.excluded
            && spanStatedAsGoal(t, unit.unit, u + unit.length, opBefore(t, s, clauseStart(t, s, false), nullptr).has_value()))
            unit.excluded = false;
        if (unit.excluded) {
            pos = u + unit.length;
            continue;
        }
        if (u < t.size() && t.at(u).isLetter() && t.at(u).unicode() < 128)
            continue;   // 5G
        const int clauseFloor = clauseStart(t, s, false);
        // Existing counts, per-capita bases and ordinals qualify; they are not goals.
        {
            const int b = skipSpacesBack(t, s);
            static const QStringList qualifiers = {QStringLiteral("现有"), QStringLiteral("原有"), QStringLiteral("已有"),
                                                   QStringLiteral("共有"), QStringLiteral("现存"), QStringLiteral("每"),
                                                   QStringLiteral("第"), QStringLiteral("前"), QStringLiteral("近"),
                                                   QStringLiteral("过去")};
            bool qualifier = false;
            for (const QString &w : qualifiers)
                if (endsWithAt(t, b, w))
                    qualifier = true;
            if (qualifier && !endsWithAt(t, b, QStringLiteral("提前"))) {
                pos = u + unit.length;
                continue;
            }
        }
        int opStart = -1;
        const auto op = opBefore(t, s, clauseFloor, &opStart);
        if (unit.length == 0) {
            // A bare number is a goal only right after a comparison: 指数达80, 医师数达3.19.
            const bool yearLike = !m.captured(1).contains(QLatin1Char('.')) && q.value >= 1900 && q.value <= 2100;
            if (!op || yearLike || (u < t.size() && isCjk(t.at(u)) && !isSentenceEnd(t.at(u))
                                    && t.at(u) != QChar(0x3001) && !startsWithAt(t, u, u"以")))
                continue;
        }
        q.unit = unit.unit;
        if (op) {
            q.op = *op;
            q.opStart = opStart;
        }
        e = scanSuffixAndBaseline(q, u + unit.length);
        pos = e;
        // "12类55项", "12 类 55 项": a count of kinds and the count of items in them are the
        // programme's measure, not goals.
        if (skipSpaces(t, e) < t.size() && t.at(skipSpaces(t, e)).isDigit())
            q.dropped = true;
        if (const int b = skipSpacesBack(t, s); endsWithAt(t, b, u"类")) {
            const int k = skipSpacesBack(t, b - 1);
            if (k > 0 && t.at(k - 1).isDigit())
                q.dropped = true;
        }
        if (q.unit == QStringLiteral("项") && isProgrammeCount(t, s, q.end))
            q.dropped = true;
        if (const auto c = compareYear().match(t.mid(clauseFloor, s - clauseFloor)); c.hasMatch())
            q.baselineYear = c.captured(2).toInt();
        found.append(q);
    }

}

bool TargetScan::scanRatio(Quantity &q, int s, int e, bool single)
{
    const auto r = single ? ratioAt(t, s, e, q.value) : std::nullopt;
    if (!r)
        return false;
    int opStart = -1;
    if (const auto op = opBefore(t, s, clauseStart(t, s, false), &opStart)) {
        q.op = *op;
        q.opStart = opStart;
    }
    q.value = r->value;
    q.unit.clear();
    scanSuffixAndBaseline(q, r->end);
    return true;
}

void TargetScan::scanChineseAmounts()
{
    static const QRegularExpression chineseQuantity(
        QStringLiteral("([一二两三四五六七八九十百千万]{1,6})\\s*(倍|个|家|名|人次|人|次|项|所|户|例|场)"));
    // Chinese numerals count only as amounts of work: 扩大一倍, 一千个.
    for (auto it = chineseQuantity.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        const QString numeral = m.captured(1);
        const QString unit = m.captured(2);
        const bool big = numeral.size() >= 2 && (numeral.contains(QChar(0x767E)) || numeral.contains(QChar(0x5343))
                                                 || numeral.contains(QChar(0x4E07)));
        if (unit != QStringLiteral("倍") && !big)
            continue;
        if (quoted.at(int(m.capturedStart())))
            continue;
        const auto v = chineseNumberValue(numeral);
        if (!v || *v == 0)
            continue;
        if (m.capturedStart() > 0 && t.at(m.capturedStart() - 1) == QChar(0x6BCF))   // 每
            continue;
        Quantity q;
        q.start = int(m.capturedStart());
        q.value = *v;
        q.unit = unit;
        const int clauseFloor = clauseStart(t, q.start, false);
        int opStart = -1;
        if (const auto op = opBefore(t, q.start, clauseFloor, &opStart)) {
            q.op = *op;
            q.opStart = opStart;
        }
        scanSuffixAndBaseline(q, int(m.capturedEnd()));
        if (const auto c = compareYear().match(t.mid(clauseFloor, q.start - clauseFloor)); c.hasMatch())
            q.baselineYear = c.captured(2).toInt();
        found.append(q);
    }
}

void TargetScan::attachLooseBaselines()
{
    for (const BaselineParen &b : baselineParens) {
        if (b.used)
            continue;
        for (int i = int(found.size()) - 1; i >= 0; --i) {
            Quantity &q = found[i];
            if (q.end > b.start)
                continue;
            bool boundary = false;
            for (int k = q.end; k < b.start && !boundary; ++k)
                boundary = isClauseBoundary(t.at(k)) || t.at(k) == QChar(0x3001);
            if (!boundary && !q.baselineYear) {
                q.baseline = b.value;
                q.baselineYear = b.year;
            }
            break;
        }
    }

}

void TargetScan::dropQualifyingCounts()
{
    // A count before an indicator that has its own rate goal in the same clause qualifies it:
    // "12类55项基本公共卫生服务规范执行率达95%".
    for (int i = 0; i < found.size(); ++i) {
        for (int j = i + 1; j < found.size(); ++j) {
            const Quantity &later = found.at(j);
            bool boundary = false;
            for (int k = found.at(i).end; k < later.start && !boundary; ++k)
                boundary = isClauseBoundary(t.at(k)) || t.at(k) == QChar(0x3001);
            if (boundary)
                break;
            if (later.opStart > found.at(i).end
                && t.mid(found.at(i).end, later.opStart - found.at(i).end).contains(QChar(0x7387))) {   // 率
                found[i].dropped = true;
                break;
            }
        }
    }

}

void TargetScan::nameIndicators()
{
    // Indicators: the words before the comparison, else the words after the unit.
    for (Quantity &q : found) {
        const int from = clauseStart(t, q.start, true);
        const int to = q.opStart >= 0 && q.opStart < q.start ? q.opStart : q.start;
        QString ind = stripFillers(t.mid(from, to - from));
        if (ind.size() <= 2) {
            // "完成50家医疗机构校验": the verb before, the object after the amount.
            int k = q.end;
            while (k < t.size() && !isClauseBoundary(t.at(k)) && t.at(k) != QChar(0x3001))
                ++k;
            const QString after = t.mid(q.end, k - q.end).trimmed();
            if (!after.isEmpty())
                ind = stripFillers(ind + after);
        }
        q.indicator = ind;
    }

}

QList<Quantity> TargetScan::expandShared() const
{
    // 均: "新生儿访视率、0-6岁儿童健康管理率均达99%" is one goal per indicator.
    QList<Quantity> expanded;
    for (const Quantity &q : found) {
        if (q.dropped)
            continue;
        // The comparison word before the number, even where 以上/以下 after it gave the goal
        // its direction ("均达到65%以上").
        int prefixOp = -1;
        opBefore(t, q.start, clauseStart(t, q.start, false), &prefixOp);
        const int opAt = prefixOp >= 0 ? prefixOp : q.opStart >= 0 && q.opStart < q.start ? q.opStart : q.start;
        const int b = skipSpacesBack(t, opAt);
        if (endsWithAt(t, b, u"均") || endsWithAt(t, b, u"都")) {
            const int from = clauseStart(t, b, false);
            const QString list = t.mid(from, b - 1 - from);
            QStringList parts = list.split(QChar(0x3001), Qt::SkipEmptyParts);
            if (parts.size() < 2)
            {
                static const QRegularExpression conjunctions(QStringLiteral("[和及与]"));
                parts = list.split(conjunctions, Qt::SkipEmptyParts);
            }
            if (parts.size() >= 2) {
                for (const QString &p : parts) {
                    Quantity copy = q;
                    copy.indicator = stripFillers(p);
                    expanded.append(copy);
                }
                continue;
            }
        }
        expanded.append(q);
    }

    return expanded;
}

void TargetScan::assignMilestones(QList<Quantity> &goals) const
{
    // 分别: "到2023年底、2024年底、2025年底,数量分别达到5个、10个、15个" are milestones.
    static const QRegularExpression respectively(QStringLiteral("分别"));
    for (auto it = respectively.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        int sentenceStart = int(m.capturedStart());
        while (sentenceStart > 0 && !isSentenceEnd(t.at(sentenceStart - 1)))
            --sentenceStart;
        int sentenceEnd = int(m.capturedEnd());
        while (sentenceEnd < t.size() && !isSentenceEnd(t.at(sentenceEnd)))
            ++sentenceEnd;
        QList<int> members;
        for (int i = 0; i < goals.size(); ++i)
            if (goals.at(i).start > m.capturedStart() && goals.at(i).start < sentenceEnd)
                members.append(i);
        if (members.size() < 2)
            continue;
        // A date after the first may leave its year to the one before: "到2026年6月底、9月底、年底".
        static const QRegularExpression dates(QStringLiteral(
            "(20\\d\\d)\\s*年\\s*(?:(\\d{1,2})\\s*月)?\\s*(?:底|末)?|(?<![\\d年])(\\d{1,2})\\s*月\\s*(?:底|末)"
            "|(?<![\\d年去上前明])年\\s*(?:底|末)"));
        QList<QDate> dues;
        int year = 0;
        const QString before = t.mid(sentenceStart, m.capturedStart() - sentenceStart);
        for (auto d = dates.globalMatch(before); d.hasNext();) {
            const auto dm = d.next();
            if (!dm.captured(1).isEmpty())
                year = dm.captured(1).toInt();
            if (year == 0)
                continue;
            const QString month = dm.captured(2).isEmpty() ? dm.captured(3) : dm.captured(2);
            dues.append(month.isEmpty() ? QDate(year, 12, 31) : endOfMonth(year, month.toInt()));
        }
        if (dues.size() == members.size()) {
            // Milestone dates are not baselines even when their year was compared before.
            for (int k = 0; k < members.size(); ++k)
                goals[members.at(k)].due = dues.at(k);
        }
    }

}

QList<FoundTarget> TargetScan::run()
{
    readBaselineParens();
    scanNumbers();
    scanChineseAmounts();
    std::sort(found.begin(), found.end(), [](const Quantity &a, const Quantity &b) { return a.start < b.start; });
    attachLooseBaselines();
    dropQualifyingCounts();
    nameIndicators();
    QList<Quantity> goals = expandShared();
    assignMilestones(goals);
    QList<FoundTarget> out;
    for (const Quantity &q : goals) {
        FoundTarget f;
        f.target.indicator = q.indicator;
        f.target.op = q.op;
        f.target.value = q.value;
        f.target.unit = q.unit;
        f.target.baseline = q.baseline;
        f.target.baselineYear = q.baselineYear;
        f.target.due = q.due;
        f.start = q.start;
        f.end = q.end;
        f.stated = q.opStart >= 0 || workVerbBefore(t, q.start);
        out.append(f);
    }
    return out;
}


} // namespace

QList<FoundTarget> findTargets(const QString &t)
{
    return TargetScan(t).run();
}

} // namespace ap::importrules
