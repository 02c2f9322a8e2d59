#include "importrules.h"
#include "importtext.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace ap::importrules {

using namespace detail;

// ---------------------------------------------------------------------------------------------
// Deadlines

namespace {

// "2025年，全县…下降到27%以下": a bare year opening a sentence that states a quantified goal is the
// goal's date ("2026年是…开局之年", "2027年，中心将…提升服务质量" are none, and neither is a year
// before the plan's own: a review of last year's results).
QDate bareYearDate(const QString &t, int planYear)
{
    static const QRegularExpression sentenceYear(QStringLiteral("(?:^|[。;!?\\n])\\s*(20\\d\\d)\\s*年\\s*,([^。;\\n]*)"));
    static const QRegularExpression goalWords(QStringLiteral("达到|达|提高|提升|降低|下降|降至|控制在|不低于|不少于|不超过|完成|实现|建成|覆盖"));
    static const QRegularExpression digit(QStringLiteral("\\d"));
    QDate latest;
    for (auto it = sentenceYear.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        const int year = m.captured(1).toInt();
        if ((planYear > 0 && year < planYear) || !goalWords.match(m.captured(2)).hasMatch() || !digit.match(m.captured(2)).hasMatch())
            continue;
        if (!latest.isValid() || QDate(year, 12, 31) > latest)
            latest = QDate(year, 12, 31);
    }
    return latest;
}

} // namespace

QDate latestDeadline(const QString &t, int planYear, bool *fromBareYear)
{
    QDate latest;
    bool bare = false;
    if (fromBareYear)
        *fromBareYear = false;
    if (!t.contains(QChar(0x5E74)) && !t.contains(QChar(0x6708)))   // 年 / 月: no date at all
        return latest;
    auto consider = [&](const QDate &d, bool bareYear = false) {
        if (d.isValid() && (!latest.isValid() || d > latest)) {
            latest = d;
            bare = bareYear;
        }
    };
    auto precededBy = [&](int pos, const QStringList &words) {
        const int end = skipSpacesBack(t, pos);
        for (const QString &w : words)
            if (endsWithAt(t, end, w))
                return true;
        return false;
    };
    static const QStringList toWords = {QStringLiteral("到"), QStringLiteral("至"), QStringLiteral("于"),
                                        QStringLiteral("在"), QStringLiteral("截至"), QStringLiteral("截止")};

    static const QRegularExpression fullDate(
        QStringLiteral("(20\\d\\d)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(前|之前|以前|完成)?"));
    for (auto it = fullDate.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(4).isEmpty() || precededBy(int(m.capturedStart()), toWords))
            consider(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    }
    static const QRegularExpression monthEnd(QStringLiteral("(20\\d\\d)\\s*年\\s*(\\d{1,2})\\s*月\\s*(底|末|前|份前|以前)"));
    for (auto it = monthEnd.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        consider(endOfMonth(m.captured(1).toInt(), m.captured(2).toInt()));
    }
    static const QRegularExpression yearEnd(QStringLiteral("(20\\d\\d)\\s*年\\s*(年底|年末|底|末)"));
    for (auto it = yearEnd.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        consider(QDate(m.captured(1).toInt(), 12, 31));
    }
    static const QRegularExpression byYear(QStringLiteral("(?:到|至)\\s*(20\\d\\d)\\s*年(?![\\d底末为是年上下前一二三])"));
    for (auto it = byYear.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() > 0 && t.at(m.capturedStart() - 1).isDigit())
            continue;
        consider(QDate(m.captured(1).toInt(), 12, 31));
    }
    if (const QDate bare = bareYearDate(t, planYear); bare.isValid())
        consider(bare, true);
    static const QRegularExpression part(
        QStringLiteral("(20\\d\\d)\\s*年\\s*(上半年|一季度|第一季度|二季度|第二季度|三季度|第三季度|前三季度)(底|末|前|完成)?"));
    for (auto it = part.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(3).isEmpty() && !precededBy(int(m.capturedStart()), toWords))
            continue;
        const QString p = m.captured(2);
        const int month = p.contains(QStringLiteral("一")) ? 3 : p.contains(QStringLiteral("三")) ? 9 : 6;
        consider(endOfMonth(m.captured(1).toInt(), month));
    }
    if (planYear > 0) {
        static const QRegularExpression monthOnly(QStringLiteral("(?<![\\d年])(\\d{1,2})\\s*月\\s*(底|末)(前)?"));
        for (auto it = monthOnly.globalMatch(t); it.hasNext();) {
            const auto m = it.next();
            consider(endOfMonth(planYear, m.captured(1).toInt()));
        }
        // "年底前完成", "…、9月底、年底": the plan year's end ("去年底", "上年末" are not).
        static const QRegularExpression bareYearEnd(QStringLiteral("(?<![\\d年去上前明])年\\s*(底|末)"));
        if (bareYearEnd.match(t).hasMatch())
            consider(QDate(planYear, 12, 31));
        static const QRegularExpression monthDay(QStringLiteral("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(前|之前|以前)"));
        for (auto it = monthDay.globalMatch(t); it.hasNext();) {
            const auto m = it.next();
            consider(QDate(planYear, m.captured(1).toInt(), m.captured(2).toInt()));
        }
    }
    if (fromBareYear)
        *fromBareYear = bare;
    return latest;
}

QString cadenceWords(const QString &t)
{
    static const QRegularExpression re(QStringLiteral("每(月|季度|季|半年|年|周|旬)"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return QString();
    return m.captured(1) == QStringLiteral("季") ? QStringLiteral("每季度") : m.captured(0);
}

} // namespace ap::importrules
