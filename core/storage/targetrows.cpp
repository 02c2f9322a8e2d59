#include "targetrows.h"

#include "rowvalues.h"

#include "repeatedtext.h"
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

Target read(const RowQuery &q, Id *taskId, RepeatedText &repeated)
{
    // Each column read once, as what it becomes (a plan's targets are most of its rows).
    Target t;
    t.id = q.integer(0);
    *taskId = q.integer(1);
    t.indicator = repeated.text(q, 2);
    t.op = opFromSymbol(q.textView(3)).value_or(TargetOp::AtLeast);
    if (q.kind(4) != RowQuery::Kind::Null)
        t.value = q.real(4);
    t.unit = repeated.text(q, 5);
    if (q.kind(6) != RowQuery::Kind::Null)
        t.baseline = q.real(6);
    switch (q.kind(7)) {
    case RowQuery::Kind::Null:
        break;
    case RowQuery::Kind::Integer:   // a plan's (checked by its reader); others as Qt converts them
        if (const qint64 year = q.integer(7); year >= 1900 && year <= 2999) {
            t.baselineYear = int(year);
            break;
        }
        [[fallthrough]];
    default:
        t.baselineYear = q.value(7).toInt();
    }
    t.due = q.kind(8) == RowQuery::Kind::Null ? QDate() : rowvalues::isoDate(q.textView(8));
    t.baselineSource = baselineSourceFromKey(q.textView(9));
    t.measure = measureFromKey(q.textView(10)).value_or(TargetMeasure::ByUnit);
    t.baselinePeriod = repeated.text(q, 11);
    return t;
}

} // namespace ap::targetrows
