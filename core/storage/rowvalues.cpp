#include "rowvalues.h"

#include "domain/progressreport.h"

#include <QSet>

#include <cmath>

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
    if (v.typeId() != QMetaType::QString)
        return false;
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    return d.isValid() && d.year() >= 1900 && d.year() <= 2999;
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
