#include "targetrows.h"

#include "sqlvalues.h"

#include "rowquery.h"

namespace ap::targetrows {

QString columns(int schemaVersion)
{
    // Before version 4 no baseline source (all given); before 6 no measure (by unit).
    return QStringLiteral("id, task_id, indicator, op, value, unit, baseline, baseline_year, due_date, %1, %2, %3")
        .arg(schemaVersion >= 4 ? QStringLiteral("baseline_source") : QStringLiteral("''"),
             schemaVersion >= 6 ? QStringLiteral("measure") : QStringLiteral("''"),
             schemaVersion >= 6 ? QStringLiteral("baseline_period") : QStringLiteral("''"));
}

Target read(const RowQuery &q, Id *taskId)
{
    Target t;
    t.id = q.value(0).toLongLong();
    *taskId = q.value(1).toLongLong();
    t.indicator = q.value(2).toString();
    t.op = opFromSymbol(q.value(3).toString()).value_or(TargetOp::AtLeast);
    if (!q.value(4).isNull())
        t.value = q.value(4).toDouble();
    t.unit = q.value(5).toString();
    if (!q.value(6).isNull())
        t.baseline = q.value(6).toDouble();
    if (!q.value(7).isNull())
        t.baselineYear = q.value(7).toInt();
    t.due = sqlvalue::dateFrom(q.value(8));
    t.baselineSource = baselineSourceFromKey(q.value(9).toString());
    t.measure = measureFromKey(q.value(10).toString()).value_or(TargetMeasure::ByUnit);
    t.baselinePeriod = q.value(11).toString();
    return t;
}

} // namespace ap::targetrows
