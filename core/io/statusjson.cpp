#include "statusjson.h"

#include "document/plandocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ap {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(std::round(*v * 10) / 10) : QJsonValue(QJsonValue::Null);
}

// The steps before the year's value, as dated values.
QJsonArray steps(const Target &target)
{
    QJsonArray out;
    for (const TargetStep &step : target.milestones)
        out.append(QJsonObject{{QStringLiteral("value"), number(step.value)},
                               {QStringLiteral("due"), step.due.isValid() ? QJsonValue(step.due.toString(Qt::ISODate))
                                                                          : QJsonValue(QJsonValue::Null)}});
    return out;
}

QJsonArray targetsOf(const Task &t, const TaskResult &r)
{
    QJsonArray targets;
    for (int i = 0; i < t.targets.size() && i < r.targets.size(); ++i) {
        const Target &target = t.targets.at(i);
        const TargetResult &res = r.targets.at(i);
        targets.append(QJsonObject{{QStringLiteral("indicator"), target.indicator},
                                   {QStringLiteral("op"), opSymbol(target.op)},
                                   {QStringLiteral("value"), number(target.value)},
                                   {QStringLiteral("unit"), target.unit},
                                   {QStringLiteral("actual"), number(res.actual)},
                                   {QStringLiteral("actual_period"), res.actual ? QJsonValue(res.actualPeriod) : QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("year_end"), res.yearEnd},
                                   {QStringLiteral("met"), res.met ? QJsonValue(*res.met) : QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("measure"), measureKey(res.measure)},
                                   {QStringLiteral("steps"), steps(target)},
                                   {QStringLiteral("step_due"), res.stepDue ? QJsonValue(QJsonObject{
                                                                                  {QStringLiteral("value"), number(res.stepDue->value)},
                                                                                  {QStringLiteral("due"), res.stepDue->due.toString(Qt::ISODate)}})
                                                                            : QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("step_met"), res.stepMet ? QJsonValue(*res.stepMet) : QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("overdue"), res.overdue},
                                   {QStringLiteral("expected"), number(res.expected)}});
    }
    return targets;
}

} // namespace

QByteArray StatusJson::write(const PlanDocument &doc, const PlanData &measured, const PlanVersion *version,
                             const QList<TaskResult> &results, const QDate &asOf)
{
    const PlanData &plan = measured;
    QJsonArray tasks;
    QJsonObject counts;
    for (const TaskResult &r : results) {
        const Task &t = *plan.tasks.constFind(r.taskId);
        QJsonArray lead;
        for (Id d : t.departmentIds(DepartmentRole::Lead))
            if (const Department *dep = plan.department(d))
                lead.append(dep->name);
        const QJsonValue lastReport = r.latest ? QJsonValue(r.latest->period.isEmpty()
                                                                ? r.latest->reportDate.toString(Qt::ISODate)
                                                                : r.latest->period)
                                               : QJsonValue(QJsonValue::Null);
        tasks.append(QJsonObject{
            {QStringLiteral("id"), r.taskId},
            {QStringLiteral("label"), doc.taskLabel(r.taskId)},
            {QStringLiteral("section"), plan.sections.value(plan.taskSection.value(r.taskId)).title},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("lead"), lead},
            {QStringLiteral("deadline"),
             t.deadline.isValid() ? QJsonValue(t.deadline.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("status"), statusKey(r.status)},
            {QStringLiteral("expected"), std::round(r.expected * 10) / 10},
            {QStringLiteral("actual"), number(r.actual)},
            {QStringLiteral("warning"), warningKey(r.warning)},
            {QStringLiteral("days_left"), r.daysLeft ? QJsonValue(*r.daysLeft) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("last_report"), lastReport},
            {QStringLiteral("period_due"), r.periodDue.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.periodDue)},
            {QStringLiteral("reported_for_period_due"), r.reportedForPeriodDue},
            {QStringLiteral("targets"), targetsOf(t, r)}});
        counts.insert(warningKey(r.warning), counts.value(warningKey(r.warning)).toInt() + 1);
    }
    const QJsonObject root{{QStringLiteral("plan"), plan.info.title},
                           {QStringLiteral("year"), plan.info.year},
                           {QStringLiteral("date"), asOf.toString(Qt::ISODate)},
                           {QStringLiteral("measured_against"), version ? QJsonValue(version->name) : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("warn_days"), plan.info.warnDays},
                           {QStringLiteral("behind_points"), plan.info.behindPoints},
                           {QStringLiteral("counts"), counts},
                           {QStringLiteral("tasks"), tasks}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ap
