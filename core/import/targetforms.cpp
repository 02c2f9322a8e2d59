#include "targetforms.h"

#include "importtext.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace ap::importrules::detail {

std::optional<Ratio> ratioAt(const QString &t, int start, int e, double first)
{
    // "医护比不低于1:1.6", "床护比达到1：0.6以上".
    static const QRegularExpression ratio(QStringLiteral("^\\s*:\\s*(\\d+(?:\\.\\d+)?)"));
    const auto m = ratio.match(QStringView(t).mid(e));
    if (!m.hasMatch() || first <= 0)
        return std::nullopt;
    // The 比 names the ratio a comparison word before its terms: 医护比不低于 / 床护比达到.
    const int floor = clauseStart(t, start, false);
    const int bi = int(t.lastIndexOf(QChar(0x6BD4), start - 1));   // 比
    if (bi < floor || start - bi > 6)
        return std::nullopt;
    return Ratio{m.captured(1).toDouble() / first, e + int(m.capturedEnd())};
}

bool isShareGoal(const QString &t, int start, int after)
{
    // "50%以上的县级公立医院达到三级医院服务能力"; "2000户以上的社区" is a qualifier.
    const int floor = clauseStart(t, start, false);
    for (int i = floor; i < start; ++i)
        if (t.at(i).isDigit())
            return false;
    int end = after;
    while (end < t.size() && !isClauseBoundary(t.at(end)))
        ++end;
    static const QRegularExpression reach(QStringLiteral("达到|建成|实现|具备|通过|开展|设立|完成"));
    return reach.match(QStringView(t).mid(after, end - after)).hasMatch();
}

bool isProgrammeCount(const QString &t, int start, int end)
{
    // "实施健康玉屏30项行动", "落实健康安和20项惠民举措" name programmes; "完成10项民生工程" is
    // work to do.
    const int b = skipSpacesBack(t, start);
    if (b == 0 || !isCjk(t.at(b - 1)))
        return false;
    static const QStringList verbs = {QStringLiteral("完成"), QStringLiteral("实施"), QStringLiteral("开展"), QStringLiteral("推进"),
                                      QStringLiteral("启动"), QStringLiteral("落实"), QStringLiteral("建成"), QStringLiteral("新建"),
                                      QStringLiteral("组织"), QStringLiteral("举办"), QStringLiteral("打造"), QStringLiteral("培育"),
                                      QStringLiteral("创建"), QStringLiteral("新增"), QStringLiteral("增加"), QStringLiteral("建设"),
                                      QStringLiteral("推出"), QStringLiteral("制定"), QStringLiteral("出台"), QStringLiteral("修订"),
                                      QStringLiteral("达到"), QStringLiteral("达"), QStringLiteral("超过"), QStringLiteral("不少于"),
                                      QStringLiteral("至少"), QStringLiteral("提供"), QStringLiteral("实现"), QStringLiteral("办好"),
                                      QStringLiteral("办理"), QStringLiteral("解决")};
    if (std::any_of(verbs.cbegin(), verbs.cend(), [&](const QString &v) { return endsWithAt(t, b, v); }))
        return false;
    static const QRegularExpression named(QStringLiteral("^[\\x{4e00}-\\x{9fff}]{0,4}?(行动|举措|措施|工程)"));
    return named.match(QStringView(t).mid(end, 8)).hasMatch();
}

bool spanStatedAsGoal(const QString &t, const QString &unit, int afterUnit, bool comparisonBefore)
{
    static const QStringList spans = {QStringLiteral("岁"), QStringLiteral("周岁"), QStringLiteral("周"), QStringLiteral("个月")};
    if (!comparisonBefore || !spans.contains(unit))
        return false;
    const int after = skipSpaces(t, afterUnit);
    return after >= t.size() || isClauseBoundary(t.at(after));
}

bool workVerbBefore(const QString &t, int at)
{
    static const QRegularExpression verbs(QStringLiteral(
        "新建|新增|创建|建成|建设|完成|开展|举办|培训|招聘|引进|选派|组建|设立|建有|配备|配齐|改造|提供|发放|覆盖|实施|打造|培育|筛查|"
        "检查|督导|随访|接种|救治|资助|补助"));
    const int from = std::max(clauseStart(t, at, false), at - 10);
    return verbs.match(QStringView(t).mid(from, at - from)).hasMatch();
}

} // namespace ap::importrules::detail
