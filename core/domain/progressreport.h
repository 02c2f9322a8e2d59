#pragma once

#include "evidence.h"
#include "plan.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Progress reported on a task for one reporting period (月调度 / 季督导), and the periods
// themselves. Reports are never edited: a correction is a new report that supersedes an
// earlier one, with a reason, so the history of what was reported stays in the file.
namespace ap {

enum class TaskStatus { NotStarted, InProgress, Done, Behind, Cancelled };
QString statusKey(TaskStatus s);                              // "not_started", …
std::optional<TaskStatus> statusFromKey(const QString &key);
QString statusDisplay(TaskStatus s);                          // 未开始 / 推进中 / 已完成 / 滞后 / 取消
QString statusDocumentText(TaskStatus s);                     // the same, in a printed document (always Chinese)

struct ProgressReport
{
    Id id = 0;
    Id taskId = 0;
    QString period;                 // "2026Q2", "2026-05", or "" for an ad hoc report
    QDateTime enteredAt;            // UTC
    QDate reportDate;
    TaskStatus status = TaskStatus::NotStarted;
    std::optional<double> percent;  // 0..100
    QString progress;               // 进展情况
    QString problems;               // 存在问题
    QString nextSteps;              // 下步打算
    Id departmentId = 0;            // the reporting department, 0 when not given
    Id supersedesId = 0;            // the report this one corrects
    QString correctionReason;
    QHash<Id, double> actuals;      // target id -> the indicator's figure for the period
    // The figures are the year's final values (年终实绩), not only the period's: given with the
    // year's last period or as a year-end report. Last year's results are read from these.
    bool yearEnd = false;
    // The files it carries (佐证材料), in the order added: their details; their bytes only while
    // the report is being added.
    QList<EvidenceFile> evidence;
    // The login that entered it, as a server plan's server wrote it; empty in a plan file. Not
    // part of the report's content (==): a copy to a file keeps the report, not the login.
    QString enteredBy;
    // The key a server plan's report is sent with (a UUID made when it was typed, ReportOutbox):
    // the server keeps one report per key and login, however often it is sent. Neither content
    // (==) nor kept in a plan file.
    QString requestKey;

    bool operator==(const ProgressReport &o) const
    {
        return id == o.id && taskId == o.taskId && period == o.period && enteredAt == o.enteredAt
            && reportDate == o.reportDate && status == o.status && percent == o.percent && progress == o.progress
            && problems == o.problems && nextSteps == o.nextSteps && departmentId == o.departmentId
            && supersedesId == o.supersedesId && correctionReason == o.correctionReason && actuals == o.actuals
            && yearEnd == o.yearEnd && evidence == o.evidence;
    }
    bool operator!=(const ProgressReport &o) const { return !(*this == o); }
};

struct PeriodLock
{
    QString period;
    bool locked = false;
    QDateTime changedAt;
    QString reason;

    bool operator==(const PeriodLock &o) const
    {
        return period == o.period && locked == o.locked && changedAt == o.changedAt && reason == o.reason;
    }
};

// Reporting periods by the plan's cadence: "2026Q2" (quarter), "2026-05" (month).
namespace period {
QString quarter(int year, int q);
QString month(int year, int m);
QString of(const QDate &date, Cadence cadence);
QList<QString> ofYear(int year, Cadence cadence);
bool parse(const QString &key, QDate *first, QDate *last);   // false when not a period key
QString display(const QString &key);                           // "2026年第二季度", "2026年5月"
QString documentText(const QString &key);                      // the same, in a printed document (always Chinese)
} // namespace period

// The reports of a plan: all entries in the order entered, and the current one per task and
// period (the latest entry that no later entry supersedes).
struct ReportLog
{
    QList<ProgressReport> entries;                 // by id
    QHash<QString, PeriodLock> locks;       // by period
    AssessmentRecord assessment;            // the year-end 自评, 复核 and awards

    // Whether a report for period may no longer be added: its period is locked, or one that
    // overlaps it (a quarter's lock covers its months, a month's its quarter), as the server's
    // lock rule says.
    bool isLocked(const QString &period) const { return lockOn(locks, period) != nullptr; }
    // The lock that closes period in locks (its own, or an overlapping period's); null when none.
    static const PeriodLock *lockOn(const QHash<QString, PeriodLock> &locks, const QString &period);
    // Current entries of a task, oldest period first (ad hoc entries by report date).
    QList<const ProgressReport *> current(Id taskId) const;
    // The same for every task at once, in one pass over the log (for whole-plan status).
    QHash<Id, QList<const ProgressReport *>> currentByTask() const;
    const ProgressReport *latest(Id taskId) const;
    // The entry of id; null when the log has none.
    const ProgressReport *byId(Id id) const;
    const ProgressReport *currentFor(Id taskId, const QString &period) const;
    // The latest actual recorded for a target, with the report that holds it.
    std::optional<double> latestActual(Id taskId, Id targetId, const ProgressReport **from = nullptr) const;
    // The year's final value of a target: from the latest current report marked year-end that
    // gives it; nullopt when none does (then the year has period figures only).
    std::optional<double> yearEndActual(Id taskId, Id targetId, const ProgressReport **from = nullptr) const;
};

} // namespace ap
