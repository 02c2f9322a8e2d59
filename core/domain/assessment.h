#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The year-end assessment (年度目标考核) as a plan holds it: the scheme (考核方案 — each task's
// points and scoring rule, the 加分项 and 一票否决 items, the tiers by score) and what the year
// records against it (each unit's 自评 and the bureau's 复核 per task, the bonuses and vetoes
// given). The units assessed are the plan's departments, each on the tasks it leads. Plain values:
// AssessmentEngine scores them, PlanDocument keeps them, the stores write them.
namespace ap {

using Id = qint64;   // (as plan.h has it: the plan holds a scheme)

// How a task's points are earned, from the small set a clerk picks from (评分标准).
enum class ScoringRule {
    Met,            // 达标得满分: every target met (a task without targets: done)
    Proportional,   // 按完成比例得分: points times the share of the targets reached, none below a floor
    Deduction,      // 按差距扣分: a deduction per step of shortfall, up to a cap (扣完为止)
    Done,           // 按是否完成: done is full points, anything else none
    Manual,         // 人工评分: the bureau's 复核 gives the points
};
QString scoringRuleKey(ScoringRule r);   // "met", "proportional", "deduction", "done", "manual"
std::optional<ScoringRule> scoringRuleFromKey(const QString &key);
QList<ScoringRule> scoringRules();

// A task's place in the scheme: its points and how they are earned. The task holds it (Task::
// assessment), so it goes where the task goes: moved, copied, deleted and put back by an undo.
struct AssessmentItem
{
    double points = 0;
    ScoringRule rule = ScoringRule::Proportional;
    double floor = 60;                  // Proportional: below this share reached (%), no points
    double step = 1;                    // Deduction: per this much shortfall (in the target's unit) …
    double deduct = 1;                  // … this many points off
    std::optional<double> cap;          // Deduction: at most this many off; none: the item's points
    QString method;                     // 考核方法: 查阅资料, 现场查看, 核对数据 …

    bool operator==(const AssessmentItem &o) const
    {
        return points == o.points && rule == o.rule && floor == o.floor && step == o.step
            && deduct == o.deduct && cap == o.cap && method == o.method;
    }
    bool operator!=(const AssessmentItem &o) const { return !(*this == o); }
};

// A 加分项 (points for each time it is given, up to a cap) or a 一票否决 item (a unit given it
// scores nothing).
struct AssessmentExtra
{
    enum class Kind { Bonus, Veto };
    Id id = 0;
    Kind kind = Kind::Bonus;
    QString title;
    double points = 0;                  // Bonus: for each time given
    double cap = 0;                     // Bonus: at most this many in all (0: no cap)

    bool operator==(const AssessmentExtra &o) const
    {
        return id == o.id && kind == o.kind && title == o.title && points == o.points && cap == o.cap;
    }
    bool operator!=(const AssessmentExtra &o) const { return !(*this == o); }
};
QString extraKindKey(AssessmentExtra::Kind k);   // "bonus", "veto"
std::optional<AssessmentExtra::Kind> extraKindFromKey(const QString &key);

// A tier of the result (优秀 ≥ 90 …): a unit is in the first whose minimum its score reaches.
struct AssessmentTier
{
    QString name;
    double minScore = 0;

    bool operator==(const AssessmentTier &o) const { return name == o.name && minScore == o.minScore; }
    bool operator!=(const AssessmentTier &o) const { return !(*this == o); }
};

// The plan's part of the scheme (its tasks hold their items).
struct AssessmentScheme
{
    QList<AssessmentExtra> extras;
    QList<AssessmentTier> tiers;        // highest minimum first
    bool published = false;            // the result is issued: 自评 and 复核 are closed

    bool isEmpty() const { return extras.isEmpty() && tiers.isEmpty(); }
    const AssessmentExtra *extra(Id id) const;
    // The tier a score falls in ("" when none has a minimum it reaches).
    QString tierOf(double score) const;
    static QList<AssessmentTier> defaultTiers();   // 优秀 90, 良好 80, 合格 60, 不合格 0

    bool operator==(const AssessmentScheme &o) const
    {
        return extras == o.extras && tiers == o.tiers && published == o.published;
    }
    bool operator!=(const AssessmentScheme &o) const { return !(*this == o); }
};

// The scheme changed in one step (made from the plan, edited in its table): the plan's part and
// the items of the tasks named (nullopt: the task is not assessed).
struct AssessmentChange
{
    AssessmentScheme scheme;
    QHash<Id, std::optional<AssessmentItem>> items;
};

// What a unit says of itself on a task (自评, with a note) and what the bureau settles (复核, with
// the reason when it differs from the computed points).
struct AssessmentMark
{
    Id taskId = 0;
    Id departmentId = 0;
    std::optional<double> selfPoints;
    QString selfNote;
    std::optional<double> reviewPoints;
    QString reviewReason;

    bool isEmpty() const { return !selfPoints && selfNote.isEmpty() && !reviewPoints && reviewReason.isEmpty(); }
    bool operator==(const AssessmentMark &o) const
    {
        return taskId == o.taskId && departmentId == o.departmentId && selfPoints == o.selfPoints
            && selfNote == o.selfNote && reviewPoints == o.reviewPoints && reviewReason == o.reviewReason;
    }
    bool operator!=(const AssessmentMark &o) const { return !(*this == o); }
};

// A bonus or veto item given to a unit: how many times (a veto: any), and why.
struct AssessmentAward
{
    Id extraId = 0;
    Id departmentId = 0;
    double count = 1;
    QString note;

    bool operator==(const AssessmentAward &o) const
    {
        return extraId == o.extraId && departmentId == o.departmentId && count == o.count && note == o.note;
    }
    bool operator!=(const AssessmentAward &o) const { return !(*this == o); }
};

// The year's record against the scheme.
struct AssessmentRecord
{
    QList<AssessmentMark> marks;
    QList<AssessmentAward> awards;

    const AssessmentMark *mark(Id taskId, Id departmentId) const;
    bool operator==(const AssessmentRecord &o) const { return marks == o.marks && awards == o.awards; }
    bool operator!=(const AssessmentRecord &o) const { return !(*this == o); }
};

} // namespace ap
