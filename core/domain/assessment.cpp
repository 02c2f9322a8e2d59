#include "assessment.h"

namespace ap {

QString scoringRuleKey(ScoringRule r)
{
    switch (r) {
    case ScoringRule::Met: return QStringLiteral("met");
    case ScoringRule::Proportional: return QStringLiteral("proportional");
    case ScoringRule::Deduction: return QStringLiteral("deduction");
    case ScoringRule::Done: return QStringLiteral("done");
    case ScoringRule::Manual: return QStringLiteral("manual");
    }
    return QString();
}

QList<ScoringRule> scoringRules()
{
    return {ScoringRule::Met, ScoringRule::Proportional, ScoringRule::Deduction, ScoringRule::Done, ScoringRule::Manual};
}

std::optional<ScoringRule> scoringRuleFromKey(const QString &key)
{
    for (ScoringRule r : scoringRules())
        if (scoringRuleKey(r) == key)
            return r;
    return std::nullopt;
}

QString extraKindKey(AssessmentExtra::Kind k)
{
    return k == AssessmentExtra::Kind::Veto ? QStringLiteral("veto") : QStringLiteral("bonus");
}

std::optional<AssessmentExtra::Kind> extraKindFromKey(const QString &key)
{
    if (key == QLatin1String("bonus"))
        return AssessmentExtra::Kind::Bonus;
    if (key == QLatin1String("veto"))
        return AssessmentExtra::Kind::Veto;
    return std::nullopt;
}

const AssessmentExtra *AssessmentScheme::extra(Id id) const
{
    for (const AssessmentExtra &e : extras)
        if (e.id == id)
            return &e;
    return nullptr;
}

QString AssessmentScheme::tierOf(double score) const
{
    constexpr double eps = 1e-9;
    const AssessmentTier *best = nullptr;
    for (const AssessmentTier &t : tiers)
        if (score + eps >= t.minScore && (!best || t.minScore > best->minScore))
            best = &t;
    return best ? best->name : QString();
}

QList<AssessmentTier> AssessmentScheme::defaultTiers()
{
    return {{QStringLiteral("优秀"), 90}, {QStringLiteral("良好"), 80}, {QStringLiteral("合格"), 60},
            {QStringLiteral("不合格"), 0}};
}

const AssessmentMark *AssessmentRecord::mark(Id taskId, Id departmentId) const
{
    for (const AssessmentMark &m : marks)
        if (m.taskId == taskId && m.departmentId == departmentId)
            return &m;
    return nullptr;
}

} // namespace ap
