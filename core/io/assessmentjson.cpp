#include "assessmentjson.h"

#include "document/plandocument.h"
#include "status/assessmentwords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ap {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(AssessmentEngine::rounded(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonObject targetObject(const TargetScore &s, const Task &task)
{
    QString indicator;
    for (const Target &t : task.targets)
        if (t.id == s.targetId)
            indicator = t.indicator;
    return {{QStringLiteral("targetId"), s.targetId},
            {QStringLiteral("indicator"), indicator},
            {QStringLiteral("actual"), number(s.actual)},
            {QStringLiteral("period"), s.period},
            {QStringLiteral("yearEnd"), s.yearEnd},
            {QStringLiteral("met"), s.met ? QJsonValue(*s.met) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("completion"), number(s.completion)},
            {QStringLiteral("shortfall"), AssessmentEngine::rounded(s.shortfall)},
            {QStringLiteral("deducted"), AssessmentEngine::rounded(s.deducted)}};
}

QJsonObject itemObject(const PlanDocument &doc, const ItemScore &i)
{
    const Task &task = *doc.plan().tasks.constFind(i.taskId);
    QJsonArray targets;
    for (const TargetScore &s : i.targets)
        targets.append(targetObject(s, task));
    return {{QStringLiteral("taskId"), i.taskId},
            {QStringLiteral("label"), doc.taskPlace(i.taskId)},
            {QStringLiteral("title"), task.title},
            {QStringLiteral("rule"), scoringRuleKey(i.rule)},
            {QStringLiteral("ruleText"), AssessmentWords::rule(*task.assessment, task)},
            {QStringLiteral("available"), AssessmentEngine::rounded(i.available)},
            {QStringLiteral("computed"), number(i.computed)},
            {QStringLiteral("self"), number(i.selfPoints)},
            {QStringLiteral("selfNote"), i.selfNote},
            {QStringLiteral("review"), number(i.reviewPoints)},
            {QStringLiteral("reviewReason"), i.reviewReason},
            {QStringLiteral("points"), AssessmentEngine::rounded(i.points)},
            {QStringLiteral("pending"), i.pending},
            {QStringLiteral("figures"), AssessmentWords::figures(i, task)},
            {QStringLiteral("lostBecause"), AssessmentWords::loss(i, *task.assessment, task)},
            {QStringLiteral("targets"), targets}};
}

} // namespace

QByteArray AssessmentJson::write(const PlanDocument &doc, const AssessmentResult &result)
{
    const PlanData &plan = doc.plan();
    QJsonArray units;
    for (const UnitScore &u : result.units) {
        QJsonArray items, extras;
        for (const ItemScore &i : u.items)
            items.append(itemObject(doc, i));
        for (const ExtraScore &e : u.extras) {
            const AssessmentExtra *extra = plan.assessment.extra(e.extraId);
            extras.append(QJsonObject{{QStringLiteral("kind"), extraKindKey(e.kind)},
                                      {QStringLiteral("title"), extra ? extra->title : QString()},
                                      {QStringLiteral("count"), e.count},
                                      {QStringLiteral("points"), e.points},
                                      {QStringLiteral("note"), e.note}});
        }
        const Department *d = plan.department(u.departmentId);
        units.append(QJsonObject{{QStringLiteral("departmentId"), u.departmentId},
                                 {QStringLiteral("department"), d ? d->name : QString()},
                                 {QStringLiteral("rank"), u.rank},
                                 {QStringLiteral("score"), u.score},
                                 {QStringLiteral("tier"), u.tier},
                                 {QStringLiteral("available"), u.available},
                                 {QStringLiteral("earned"), u.earned},
                                 {QStringLiteral("base"), u.base},
                                 {QStringLiteral("bonus"), u.bonus},
                                 {QStringLiteral("vetoed"), u.vetoed},
                                 {QStringLiteral("selfScore"), number(u.selfScore)},
                                 {QStringLiteral("items"), items},
                                 {QStringLiteral("extras"), extras}});
    }
    const QJsonObject root{{QStringLiteral("plan"), plan.info.title},
                           {QStringLiteral("year"), plan.info.year},
                           {QStringLiteral("asOf"), result.asOf.toString(Qt::ISODate)},
                           {QStringLiteral("published"), plan.assessment.published},
                           {QStringLiteral("items"), result.itemCount},
                           {QStringLiteral("pending"), result.pendingCount},
                           {QStringLiteral("units"), units}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ap
