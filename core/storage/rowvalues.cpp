#include "rowvalues.h"

#include "domain/progressreport.h"
#include "rowquery.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace ap::rowvalues {

bool isNumber(const QVariant &v, double lo, double hi)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        break;
    default:
        return false;
    }
    const double x = v.toDouble();
    return std::isfinite(x) && x >= lo && x <= hi;
}

bool isWhole(const QVariant &v, qint64 lo, qint64 hi)
{
    if (v.isNull() || (v.typeId() != QMetaType::Int && v.typeId() != QMetaType::LongLong))
        return false;
    const qint64 x = v.toLongLong();
    return x >= lo && x <= hi;
}

bool isDateOrNone(const QVariant &v)
{
    if (v.isNull())
        return true;
    return v.typeId() == QMetaType::QString && isPlanDate(isoDate(v.toString()));
}

bool isNumber(const RowQuery &q, int c, double lo, double hi)
{
    switch (q.kind(c)) {
    case RowQuery::Kind::Null:
        return true;
    case RowQuery::Kind::Integer:
    case RowQuery::Kind::Real: {
        const double x = q.real(c);
        return std::isfinite(x) && x >= lo && x <= hi;
    }
    default:
        return false;
    }
}

bool isWhole(const RowQuery &q, int c, qint64 lo, qint64 hi)
{
    if (q.kind(c) != RowQuery::Kind::Integer)
        return false;
    const qint64 x = q.integer(c);
    return x >= lo && x <= hi;
}

bool isDateOrNone(const RowQuery &q, int c, QDate *date)
{
    switch (q.kind(c)) {
    case RowQuery::Kind::Null:
        *date = QDate();
        return true;
    case RowQuery::Kind::Text:
        *date = isoDate(q.textView(c));
        return isPlanDate(*date);
    default:
        return false;
    }
}

bool isPlanDate(const QDate &date)
{
    return date.isValid() && date.year() >= 1900 && date.year() <= 2999;
}

QDate isoDate(QAnyStringView text)
{
    const QDate usual = text.visit([](auto view) {
        // A code unit as a number, whatever the view's (a UTF-8 byte, a UTF-16 or Latin-1 unit).
        const auto unit = [&view](int i) -> int {
            if constexpr (std::is_same_v<std::decay_t<decltype(view[i])>, char>)
                return uchar(view[i]);
            else
                return view[i].unicode();
        };
        const auto digit = [&unit](int i) { return unit(i) >= '0' && unit(i) <= '9' ? unit(i) - '0' : -1; };
        if (view.size() != 10 || unit(4) != '-' || unit(7) != '-')
            return QDate();
        int value[8];
        int n = 0;
        for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
            value[n++] = digit(i);
        if (!std::all_of(std::begin(value), std::end(value), [](int d) { return d >= 0; }))
            return QDate();
        return QDate(value[0] * 1000 + value[1] * 100 + value[2] * 10 + value[3], value[4] * 10 + value[5],
                     value[6] * 10 + value[7]);
    });
    return usual.isValid() ? usual : QDate::fromString(text.toString(), Qt::ISODate);
}

bool isPeriodOrNone(const QString &key)
{
    QDate first, last;
    return key.isEmpty() || period::parse(key, &first, &last);
}

bool isOutline(const PlanData &plan)
{
    QSet<Id> reached;
    QList<Id> next = plan.childSections.value(0);
    while (!next.isEmpty()) {
        const Id s = next.takeLast();
        if (!plan.sections.contains(s) || reached.contains(s))
            return false;
        reached.insert(s);
        next += plan.childSections.value(s);
    }
    if (reached.size() != plan.sections.size())
        return false;
    for (auto it = plan.taskSection.cbegin(); it != plan.taskSection.cend(); ++it)
        if (!reached.contains(it.value()))
            return false;
    return true;
}

} // namespace ap::rowvalues
