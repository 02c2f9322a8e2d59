#pragma once

#include "domain/checkin.h"
#include "domain/plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

// Where each task stands on a given day: its status, the progress expected by then (序时进度)
// against the progress reported, each target met or not, and the warning colour the clerk
// acts on. Pure functions of the plan, its check-ins and the date; nothing is stored.
namespace ap {

enum class Warning { None, Blue, Yellow, Red };
QString warningKey(Warning w);         // "none", "blue", "yellow", "red"
QString warningDisplay(Warning w);     // 正常 / 临期 / 滞后 / 逾期
QString warningDocumentText(Warning w);   // the same, in a printed document (always Chinese)

struct TargetResult
{
    Id targetId = 0;
    std::optional<double> actual;      // latest reported, to date
    std::optional<bool> met;           // nullopt: no value planned or nothing reported
    bool cumulative = false;           // an amount of work that adds up over the year
    std::optional<double> expected;    // for cumulative targets: planned value × expected progress
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
    const CheckIn *latest = nullptr;   // points into the log passed in
};

class StatusEngine
{
    Q_DECLARE_TR_FUNCTIONS(ap::StatusEngine)
public:
    // Rates, shares and indices (%, ‰, 率, 占比, 指数, /10万) are point-in-time; counts add up.
    static bool isCumulative(const Target &target);
    static std::optional<bool> isMet(const Target &target, double actual);
    // Share of the task's time gone by on asOf: from its start (else 1 January of the plan
    // year) to its deadline (else 31 December of the plan year).
    static double expectedProgress(const Task &task, int planYear, const QDate &asOf);

    static TaskResult evaluate(const PlanInfo &info, const Task &task, const QList<const CheckIn *> &current,
                               const QDate &asOf);
    static QList<TaskResult> evaluateAll(const PlanData &plan, const CheckInLog &log, const QDate &asOf);
};

} // namespace ap
