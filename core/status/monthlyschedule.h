#pragma once

#include "domain/plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// The plan's year month by month (月度安排, 倒排工期): each task's span from its start to its
// deadline, and what falls due in each month — a step of a target ("签约率≥80%") or the task's
// deadline. What the timeline page draws, the 月度工作安排表 prints, the .xlsx holds and the
// dashboard's 本月到期 / 下月到期 lists. A pure function of the plan; dates left out are the
// year's first and last day.
namespace ap {

struct ScheduleItem
{
    enum class Kind { Step, Deadline };
    Kind kind = Kind::Step;
    QDate due;
    QString text;     // a step: "重点人群签约率≥80%"; the deadline: empty
    QString figure;   // a step's figure alone: "≥80%"
};

struct ScheduleRow
{
    Id taskId = 0;
    Id group = 0;          // the top-level section, or the lead department (MonthlySchedule::ByDepartment)
    QDate start, end;      // the span drawn
    QList<ScheduleItem> items;   // by date

    // The items due in month (1–12) of the span's year.
    QList<ScheduleItem> itemsIn(int year, int month) const;
    // Whether the span covers any day of that month.
    bool activeIn(int year, int month) const;
};

class MonthlySchedule
{
    Q_DECLARE_TR_FUNCTIONS(ap::MonthlySchedule)
public:
    enum class Grouping { BySection, ByDepartment };

    // Every task of the plan in the plan's order, grouped (a task led by several departments is
    // under its first lead; one led by none under 0).
    static QList<ScheduleRow> rows(const PlanData &plan, Grouping grouping = Grouping::BySection);
    // One task's row.
    static ScheduleRow row(const PlanData &plan, Id taskId, Grouping grouping = Grouping::BySection);
    // The tasks with an item due in the month (1–12) of year, in the plan's order.
    static QList<Id> dueIn(const PlanData &plan, int year, int month);
    // A month cell's words as the printed table and the .xlsx give them: each step's figure, "完成"
    // for the deadline, the day named unless it is the month's last ("≥80%", "15日前完成"); always
    // Chinese, as the documents are.
    static QString cellText(const ScheduleRow &row, int year, int month);
};

} // namespace ap
