#pragma once

#include "domain/assessment.h"
#include "domain/plan.h"
#include "domain/progressreport.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

// The year-end scores (年度目标考核) from the year's own figures: each unit (a department, on the
// tasks it leads) scored item by item by the scheme's rules against what the status engine says
// of each target at the year's end — its final value where one was reported, else its latest
// figure, with the period named. Every point is traceable: an item's points come from its rule and
// its targets' figures (or the bureau's 复核), a unit's 百分制 score from its items' points, its
// bonuses and vetoes. Pure functions; nothing is stored.
namespace ap {

// One target as an item's rule read it.
struct TargetScore
{
    Id targetId = 0;
    std::optional<double> actual;       // the figure scored (the year's final value if given)
    QString period;                     // the period it was reported for ("" ad hoc)
    bool yearEnd = false;               // it is the year's final value
    std::optional<bool> met;            // against the year's value
    std::optional<double> completion;   // 0..1: the share of the target reached (Proportional)
    double shortfall = 0;               // how far short, in the target's unit (Deduction)
    double deducted = 0;                // points taken off for it (Deduction)
};

struct ItemScore
{
    Id taskId = 0;
    Id departmentId = 0;
    ScoringRule rule = ScoringRule::Proportional;
    double available = 0;               // the item's points
    std::optional<double> computed;     // by the rule from the figures; none for a manual item
    bool taskDone = false;              // the task's latest report says done
    std::optional<double> reportedPercent;   // its latest report's percent
    std::optional<double> completion;   // Proportional: the share reached, 0..1
    QList<TargetScore> targets;         // in the task's order
    std::optional<double> selfPoints;   // 自评
    QString selfNote;
    std::optional<double> reviewPoints; // 复核
    QString reviewReason;
    double points = 0;                  // what counts: the 复核, else the computed points
    bool pending = false;               // a manual item not yet reviewed (counts as 0)

    double lost() const { return available - points; }
};

struct ExtraScore
{
    Id extraId = 0;
    AssessmentExtra::Kind kind = AssessmentExtra::Kind::Bonus;
    double count = 0;
    double points = 0;                  // a bonus's points after its cap; 0 for a veto
    QString note;
};

struct UnitScore
{
    Id departmentId = 0;
    QList<ItemScore> items;             // in the plan's order
    QList<ExtraScore> extras;
    double available = 0;               // the items' points
    double earned = 0;                  // the items' points that count
    double base = 0;                    // earned on a scale of 100 (百分制)
    double bonus = 0;
    bool vetoed = false;
    double score = 0;                   // base + bonus, 0 when vetoed
    std::optional<double> selfScore;    // the 自评 on a scale of 100, once every item has one
    QString tier;
    int rank = 0;                       // 1 first; equal scores share a rank
};

struct AssessmentResult
{
    QDate asOf;                         // the day the figures are read on (the year's end)
    QList<UnitScore> units;             // ranked, best first (equal scores by registry order)
    int itemCount = 0;                  // the scheme's items
    int pendingCount = 0;               // manual items not yet reviewed
};

class AssessmentEngine
{
public:
    // Points are kept to two decimals, as a 考核得分表 prints them.
    static double rounded(double points);
    // The day a year's assessment reads its figures on: 31 December of the plan's year.
    static QDate yearEnd(const PlanData &plan);
    // Every unit's score; asOf defaults to the year's end.
    static AssessmentResult assess(const PlanData &plan, const ReportLog &log, const QDate &asOf = QDate());
    // A scheme made from the plan in one step: 100 points spread over its top-level sections by
    // weight (equal when none is given), each section's share over its tasks; tasks with targets
    // scored in proportion to what they reached (none below 60%), the others done or not done;
    // the default tiers (or the plan's own), bonuses and vetoes kept. A task without a lead
    // department is left out (no unit answers for it).
    static AssessmentChange defaultScheme(const PlanData &plan, const QHash<Id, double> &sectionWeights = {});
};

} // namespace ap
