#include "datetext.h"

#include <QRegularExpression>

namespace ap::datetext {

namespace {

QDate lastOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? QDate(year, month, first.daysInMonth()) : QDate();
}

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("一二三四");
    return int(digits.indexOf(c)) + 1;
}

} // namespace

QDate parse(const QString &input, int planYear)
{
    QString t = input.normalized(QString::NormalizationForm_KC).trimmed();
    t.remove(QLatin1Char(' '));
    if (t.isEmpty())
        return QDate();
    QRegularExpressionMatch m;

    // 2027-06-30, 2027/6/30, 2027.6.30, 2027年6月30日 (前/之前 allowed after it).
    static const QRegularExpression full(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(前|之前|以前)?$"));
    if ((m = full.match(t)).hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // 20270630
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if ((m = compact.match(t)).hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // 2027年6月, 2027-06, 2027年6月底: the month's last day, as a deadline means it.
    static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})月?(底|末|份)?(前|之前|以前)?$"));
    if ((m = yearMonth.match(t)).hasMatch())
        return lastOfMonth(m.captured(1).toInt(), m.captured(2).toInt());
    // 6月30日, 6/30, 6-30: in the plan's year.
    static const QRegularExpression monthDay(QStringLiteral("^(\\d{1,2})[-/.月](\\d{1,2})日?(前|之前|以前)?$"));
    if ((m = monthDay.match(t)).hasMatch())
        return QDate(planYear, m.captured(1).toInt(), m.captured(2).toInt());
    // 6月底, 6月末, 6月: the month's last day in the plan's year.
    static const QRegularExpression monthEnd(QStringLiteral("^(\\d{1,2})月(底|末|份)?(前|之前|以前)?$"));
    if ((m = monthEnd.match(t)).hasMatch())
        return lastOfMonth(planYear, m.captured(1).toInt());
    // 年底, 年末, 2027年底, 全年.
    static const QRegularExpression yearEnd(QStringLiteral("^(?:(\\d{4})年)?(年底|年末|底|末|全年)(前|之前|以前)?$"));
    if ((m = yearEnd.match(t)).hasMatch() && (!m.captured(1).isEmpty() || m.captured(2).size() == 2))
        return QDate(m.captured(1).isEmpty() ? planYear : m.captured(1).toInt(), 12, 31);
    // 上半年, 下半年, (2027年)三季度末, 第一季度.
    static const QRegularExpression half(QStringLiteral("^(?:(\\d{4})年)?(上|下)半年(底|末)?(前|之前|以前)?$"));
    if ((m = half.match(t)).hasMatch()) {
        const int year = m.captured(1).isEmpty() ? planYear : m.captured(1).toInt();
        return m.captured(2) == QStringLiteral("上") ? QDate(year, 6, 30) : QDate(year, 12, 31);
    }
    static const QRegularExpression quarter(QStringLiteral("^(?:(\\d{4})年)?第?([一二三四1-4])季度(底|末)?(前|之前|以前)?$"));
    if ((m = quarter.match(t)).hasMatch()) {
        const int year = m.captured(1).isEmpty() ? planYear : m.captured(1).toInt();
        const QChar q = m.captured(2).at(0);
        const int n = q.isDigit() ? q.digitValue() : chineseDigit(q);
        return lastOfMonth(year, n * 3);
    }
    return QDate();
}

QDate parseWithin(const QString &input, int planYear)
{
    const QDate whole = parse(input, planYear);
    if (whole.isValid())
        return whole;
    const QString t = input.normalized(QString::NormalizationForm_KC);
    QRegularExpressionMatch m;
    static const QRegularExpression full(QStringLiteral("(\\d{4})年(\\d{1,2})月(\\d{1,2})日"));
    if ((m = full.match(t)).hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression yearEnd(QStringLiteral("(\\d{4})年(?:底|末)"));
    if ((m = yearEnd.match(t)).hasMatch())
        return QDate(m.captured(1).toInt(), 12, 31);
    static const QRegularExpression month(QStringLiteral("(?:(\\d{4})年)?(\\d{1,2})月(?:底|末|份)?"));
    if ((m = month.match(t)).hasMatch())
        return lastOfMonth(m.captured(1).isEmpty() ? planYear : m.captured(1).toInt(), m.captured(2).toInt());
    return QDate();
}

QString display(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString spoken(const QDate &date)
{
    return date.isValid() ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day()) : QString();
}

} // namespace ap::datetext
