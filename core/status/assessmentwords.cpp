#include "assessmentwords.h"

#include "domain/documentlanguage.h"
#include "domain/targettext.h"

namespace ap {

namespace {

const Target *targetOf(const Task &task, Id id)
{
    for (const Target &t : task.targets)
        if (t.id == id)
            return &t;
    return nullptr;
}

bool hasValues(const Task &task)
{
    for (const Target &t : task.targets)
        if (t.value)
            return true;
    return false;
}

} // namespace

QString AssessmentWords::text(const char *source)
{
    return doclang::text("ap::AssessmentWords", source);
}

QString AssessmentWords::points(double value)
{
    return formatNumber(AssessmentEngine::rounded(value));
}

QString AssessmentWords::rule(const AssessmentItem &item, const Task &task)
{
    const bool measured = hasValues(task);
    switch (item.rule) {
    case ScoringRule::Met:
        return measured ? text(QT_TR_NOOP("Full points when every target is met, none otherwise"))
                        : text(QT_TR_NOOP("Full points when done, none otherwise"));
    case ScoringRule::Proportional:
        return measured ? text(QT_TR_NOOP("Points in proportion to the share of the target reached; none below %1%"))
                              .arg(formatNumber(item.floor))
                        : text(QT_TR_NOOP("Points in proportion to the progress reported; none below %1%"))
                              .arg(formatNumber(item.floor));
    case ScoringRule::Deduction: {
        if (!measured)
            return text(QT_TR_NOOP("Full points when done, none otherwise"));
        QString unit;
        for (const Target &t : task.targets)
            if (t.value) {
                unit = t.unit.trimmed() == QLatin1String("%") ? text(QT_TR_NOOP("percentage point(s)")) : t.unit.trimmed();
                break;
            }
        const QString each = text(QT_TR_NOOP("%1 point(s) off for each %2%3 short"))
                                 .arg(points(item.deduct), formatNumber(item.step), unit);
        return item.cap && *item.cap < item.points
            ? each + text(QT_TR_NOOP(", at most %1 point(s) off")).arg(points(*item.cap))
            : each + text(QT_TR_NOOP(", until none are left"));
    }
    case ScoringRule::Done: return text(QT_TR_NOOP("Full points when done, none otherwise"));
    case ScoringRule::Manual: return text(QT_TR_NOOP("Scored by the assessors"));
    }
    return QString();
}

QString AssessmentWords::figure(const TargetScore &s, const Target &target)
{
    const QString name = target.indicator.trimmed().isEmpty() ? text(QT_TR_NOOP("the target")) : target.indicator.trimmed();
    const QString goal = target.value ? text(QT_TR_NOOP("target %1%2%3"))
                                            .arg(opDisplay(target.op), formatNumber(*target.value), target.unit.trimmed())
                                      : QString();
    if (!s.actual)
        return goal.isEmpty() ? text(QT_TR_NOOP("%1: no figure reported")).arg(name)
                              : text(QT_TR_NOOP("%1: no figure reported (%2)")).arg(name, goal);
    const QString when = s.yearEnd ? text(QT_TR_NOOP("year-end result"))
                       : s.period.isEmpty() ? text(QT_TR_NOOP("latest report"))
                                            : period::documentText(s.period);
    const QString reached = QStringLiteral("%1%2%3").arg(name, formatNumber(*s.actual), target.unit.trimmed());
    return goal.isEmpty() ? text(QT_TR_NOOP("%1 (%2)")).arg(reached, when)
                          : text(QT_TR_NOOP("%1 (%2), %3")).arg(reached, when, goal);
}

QString AssessmentWords::figures(const ItemScore &score, const Task &task)
{
    QStringList parts;
    for (const TargetScore &s : score.targets)
        if (const Target *t = targetOf(task, s.targetId))
            parts << figure(s, *t);
    if (!parts.isEmpty())
        return parts.join(text(QT_TR_NOOP("; ")));
    if (score.taskDone)
        return text(QT_TR_NOOP("Done"));
    if (score.reportedPercent)
        return text(QT_TR_NOOP("Not done (%1% reported)")).arg(formatNumber(*score.reportedPercent));
    return text(QT_TR_NOOP("Not done (no report)"));
}

QString AssessmentWords::loss(const ItemScore &score, const AssessmentItem &item, const Task &task)
{
    if (score.points >= score.available - 1e-9 && !score.pending)
        return QString();
    QStringList why;
    const bool measured = hasValues(task);
    if (score.computed && *score.computed < score.available - 1e-9) {
        QStringList missing;
        for (const TargetScore &s : score.targets)
            if (const Target *t = targetOf(task, s.targetId); t && t->value && !s.actual)
                missing << (t->indicator.trimmed().isEmpty() ? text(QT_TR_NOOP("the target")) : t->indicator.trimmed());
        if (!missing.isEmpty())
            why << text(QT_TR_NOOP("no figure reported for %1")).arg(missing.join(QStringLiteral("、")));
        switch (item.rule) {
        case ScoringRule::Met:
            why << (measured ? text(QT_TR_NOOP("not every target met")) : text(QT_TR_NOOP("not done")));
            break;
        case ScoringRule::Proportional:
            if (!missing.isEmpty() && missing.size() == score.targets.size())
                break;   // nothing reported: said already
            if (score.completion && *score.completion * 100 + 1e-9 < item.floor)
                why << text(QT_TR_NOOP("%1% reached, below the %2% floor"))
                           .arg(formatNumber(AssessmentEngine::rounded(*score.completion * 100)), formatNumber(item.floor));
            else if (score.completion)
                why << text(QT_TR_NOOP("%1% reached")).arg(formatNumber(AssessmentEngine::rounded(*score.completion * 100)));
            break;
        case ScoringRule::Deduction:
            if (!measured) {
                why << text(QT_TR_NOOP("not done"));
                break;
            }
            for (const TargetScore &s : score.targets)
                if (const Target *t = targetOf(task, s.targetId); t && s.actual && s.deducted > 0)
                    why << text(QT_TR_NOOP("%1 %2%3 short, %4 point(s) off"))
                               .arg(t->indicator.trimmed(), formatNumber(AssessmentEngine::rounded(s.shortfall)),
                                    t->unit.trimmed(), points(s.deducted));
            break;
        case ScoringRule::Done: why << text(QT_TR_NOOP("not done")); break;
        case ScoringRule::Manual: break;
        }
    }
    if (score.pending)
        why << text(QT_TR_NOOP("not yet scored by the assessors"));
    if (score.reviewPoints && (!score.computed || std::abs(*score.reviewPoints - *score.computed) > 1e-9))
        why << (score.reviewReason.trimmed().isEmpty() ? text(QT_TR_NOOP("reviewed: %1 point(s)")).arg(points(*score.reviewPoints))
                                                       : text(QT_TR_NOOP("reviewed: %1")).arg(score.reviewReason.trimmed()));
    return why.join(text(QT_TR_NOOP("; ")));
}

} // namespace ap
