#pragma once

#include "domain/progressreport.h"
#include "domain/plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

// Where each task stands on a given day: its status, the progress expected by then (序时进度)
// against the progress reported, each target met or not, and the warning colour the clerk
// acts on. Pure functions of the plan, its reports and the date; nothing is stored.
namespace ap {

// What the clerk acts on, most urgent first in a 通报: 逾期 (a deadline or a step past due and not
// met), 滞后 (behind the expected progress or a steady target's line), 临期 (deadline near),
// 未填报 (no report for the period that is due), 已完成·指标未达标 (reported done with a target
// not met), 正常.
enum class Warning { None, Blue, Yellow, Red, Unreported, DoneUnmet };
QString warningKey(Warning w);         // "none", "blue", "yellow", "red", "unreported", "done_unmet"
QString warningDisplay(Warning w);     // 正常 / 临期 / 滞后 / 逾期 / 未填报 / 已完成·指标未达标
QString warningDocumentText(Warning w);   // the same, in a printed document (always Chinese)

struct TargetResult
{
    Id targetId = 0;
    std::optional<double> actual;      // the latest figure known on the day
    QString actualPeriod;              // the period it was reported for ("" ad hoc)
    bool yearEnd = false;              // the figure is the year's final value
    std::optional<bool> met;           // against the year's value; nullopt: no value or no figure
    TargetMeasure measure = TargetMeasure::Level;   // as resolved (never ByUnit)
    std::optional<TargetStep> stepDue; // the latest step due by the day
    std::optional<bool> stepMet;       // the figure against it; nullopt: no step due or no figure
    std::optional<double> expected;    // what is expected on the day (the step due, or a steady line)
    bool overdue = false;              // a step past due and not met
    bool behind = false;               // below a steady target's line
};

struct TaskResult
{
    Id taskId = 0;
    TaskStatus status = TaskStatus::NotStarted;
    double expected = 0;               // 0..100
    std::optional<double> actual;      // 0..100, nullopt when never reported
    Warning warning = Warning::None;
    std::optional<int> daysLeft;       // to the deadline; negative when overdue
    QList<TargetResult> targets;
    const ProgressReport *latest = nullptr;   // points into the log passed in
    QString periodDue;                 // the last period ended by the day ("" before the first)
    bool reportedForPeriodDue = false; // a report for periodDue is known
};

class StatusEngine
{
    Q_DECLARE_TR_FUNCTIONS(ap::StatusEngine)
public:
    // Rates, shares and indices (%, ‰, 率, 占比, 指数, /10万) are point-in-time; counts add up.
    static bool isCumulative(const Target &target);
    // A target's measure, ByUnit resolved: a level by its unit, else a count with steps expected
    // step by step, or a count with one value growing steadily over the year.
    static TargetMeasure measureOf(const Target &target);
    // actual against a value with the target's comparison.
    static std::optional<bool> meets(const Target &target, const std::optional<double> &value, double actual);
    static std::optional<bool> isMet(const Target &target, double actual);
    // Share of the task's time gone by on asOf: from its start (else 1 January of the plan
    // year) to its deadline (else 31 December of the plan year).
    static double expectedProgress(const Task &task, int planYear, const QDate &asOf);
    // The date a target's year value is due: its own, else the task's deadline, else year end.
    static QDate yearValueDue(const Target &target, const Task &task, int planYear);
    // What a report for a period owes of a target: the step due by the period's end (its date
    // filled in: the year's value's is yearValueDue), else the next step; nullopt without steps' values.
    static std::optional<TargetStep> stepFor(const Target &target, const Task &task, int planYear, const QDate &periodEnd);
    // The last reporting period that has ended by asOf, its last day included ("" when none has in
    // the plan's year or after).
    static QString periodDue(const PlanInfo &info, const QDate &asOf);

    static TaskResult evaluate(const PlanInfo &info, const Task &task, const QList<const ProgressReport *> &current,
                               const QDate &asOf);
    // The day a whole plan is judged on, worked out once: its period due and that period's dates.
    struct Day
    {
        QDate asOf;
        QString periodDue;
        QDate dueFirst, dueLast;
    };
    static Day day(const PlanInfo &info, const QDate &asOf);
    static TaskResult evaluate(const PlanInfo &info, const Task &task, const QList<const ProgressReport *> &current,
                               const Day &day);
    static QList<TaskResult> evaluateAll(const PlanData &plan, const ReportLog &log, const QDate &asOf);

private:
    static TargetResult evaluateTarget(const PlanInfo &info, const Task &task, const Target &target,
                                       const QList<const ProgressReport *> &known, const QDate &asOf);
};

} // namespace ap
