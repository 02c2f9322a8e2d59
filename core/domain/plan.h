#pragma once

#include "assessment.h"
#include "optionalbox.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Plain value types of a plan. They own no resources and know nothing of storage or undo:
// PlanDocument keeps them, commands replace them whole, PlanStore writes them.
namespace ap {

// The longest text a plan's field holds: longer than any a plan needs (its longest notice runs to a
// few thousand characters), so only a paste by mistake or another program's writing reaches it. A
// plan check names such a text; a server plan's CHECK constraints refuse one.
constexpr int kMaxTextLength = 20000;


using Id = qint64;

enum class Cadence { Monthly, Quarterly };
QString cadenceKey(Cadence c);
std::optional<Cadence> cadenceFromKey(const QString &key);

// Comparison a target makes: "签约率 >= 85%".
enum class TargetOp { AtLeast, AtMost, Equal, Above, Below };
QString opSymbol(TargetOp op);                       // ">=", "<=", "=", ">", "<"
std::optional<TargetOp> opFromSymbol(QAnyStringView symbol);
QString opDisplay(TargetOp op);                      // "≥", "≤", "=", ">", "<"

// The notice a plan is issued in (关于印发《…》的通知, GB/T 9704-2012): the 版头 (issuer mark
// in red over the red line, document number), the 主送机关 and text, and the 版记 on the last
// page. The plan then prints as the notice's attachment. Every part is optional.
struct IssueNotice
{
    bool enabled = false;
    QString issuerMark;   // 发文机关标志: "××县卫生健康委员会文件"
    QString number;       // 发文字号: "×卫发〔2026〕5号"
    QString addressees;   // 主送机关, without the closing colon
    QString text;         // the notice's words; empty: noticeText() says the usual sentence
    QString copiesTo;     // 抄送机关, without the closing full stop
    QString printedBy;    // 印发机关
    QDate printDate;      // 印发日期

    bool operator==(const IssueNotice &o) const
    {
        return enabled == o.enabled && issuerMark == o.issuerMark && number == o.number
            && addressees == o.addressees && text == o.text && copiesTo == o.copiesTo && printedBy == o.printedBy
            && printDate == o.printDate;
    }
    bool operator!=(const IssueNotice &o) const { return !(*this == o); }

    // The notice's title and text as they print: "关于印发《title》的通知", and the text given or
    // "现将《title》印发给你们，请结合实际认真贯彻落实。"
    static QString titleFor(const QString &planTitle);
    QString textFor(const QString &planTitle) const;
};

struct PlanInfo
{
    int year = 0;
    QString title;
    QString organisation;
    QDate documentDate;
    Cadence cadence = Cadence::Quarterly;
    int warnDays = 30;              // blue warning: deadline within this many days
    double behindPoints = 10;       // yellow warning: this many points behind expected progress
    IssueNotice notice;

    bool operator==(const PlanInfo &o) const
    {
        return year == o.year && title == o.title && organisation == o.organisation
            && documentDate == o.documentDate && cadence == o.cadence && warnDays == o.warnDays
            && behindPoints == o.behindPoints && notice == o.notice;
    }
    bool operator!=(const PlanInfo &o) const { return !(*this == o); }
};

struct Department
{
    Id id = 0;
    QString name;
    QString shortName;
    int position = 0;

    bool operator==(const Department &o) const
    {
        return id == o.id && name == o.name && shortName == o.shortName && position == o.position;
    }
    bool operator!=(const Department &o) const { return !(*this == o); }
};

// Where a target's baseline comes from: typed (or imported) as a result, last year's final value
// (年终实绩), a figure of one of last year's periods (printed with the period named, never as the
// year's), or only last year's target (a roll forward without a report), which is no result.
enum class BaselineSource { Given, LastYearActual, LastYearPeriod, LastYearTarget };

// One step of a target (节点目标): a value due by a date. A date left out is the year's end.
struct TargetStep
{
    std::optional<double> value;
    QDate due;

    bool operator==(const TargetStep &o) const { return value == o.value && due == o.due; }
    bool operator!=(const TargetStep &o) const { return !(*this == o); }
};

// How an indicator's figure behaves over the year: a level at the time it is read (率, 覆盖率),
// a count that adds up (家, 例) and is expected step by step, or one that grows steadily, so
// that between its steps it is expected on the line joining them. ByUnit leaves it to the
// indicator and unit (StatusEngine::measureOf).
enum class TargetMeasure { ByUnit, Level, Cumulative, Steady };
QString measureKey(TargetMeasure m);                    // "", "level", "cumulative", "steady"
std::optional<TargetMeasure> measureFromKey(QAnyStringView key);

// One quantified goal of a task, an indicator: its year's value (value, due) and the steps due
// before it (milestones, earliest first). A report gives one figure per indicator and period.
struct Target
{
    Id id = 0;
    QString indicator;
    TargetOp op = TargetOp::AtLeast;
    std::optional<double> value;       // the year's value: the last step
    QString unit;
    std::optional<double> baseline;
    std::optional<int> baselineYear;
    BaselineSource baselineSource = BaselineSource::Given;
    QString baselinePeriod;            // LastYearPeriod: the period ("2026Q2", "2026-09") or day it is from
    QDate due;                         // the year's value's date; none: the deadline or year end
    QList<TargetStep> milestones;      // steps before the year's value, by due date
    TargetMeasure measure = TargetMeasure::ByUnit;

    // Every step, the year's value last.
    QList<TargetStep> steps() const;
    bool hasSteps() const { return !milestones.isEmpty(); }

    bool operator==(const Target &o) const
    {
        return id == o.id && indicator == o.indicator && op == o.op && value == o.value && unit == o.unit
            && baseline == o.baseline && baselineYear == o.baselineYear && baselineSource == o.baselineSource
            && baselinePeriod == o.baselinePeriod && due == o.due && milestones == o.milestones
            && measure == o.measure;
    }
    bool operator!=(const Target &o) const { return !(*this == o); }
};

// Stored and exchanged as "" (given), "actual" and "target".
QString baselineSourceKey(BaselineSource s);
BaselineSource baselineSourceFromKey(QAnyStringView key);

enum class DepartmentRole { Lead, Support };

// A task's departments in order; lead ones first by convention, but order is kept as entered.
struct Assignment
{
    Id departmentId = 0;
    DepartmentRole role = DepartmentRole::Lead;

    bool operator==(const Assignment &o) const { return departmentId == o.departmentId && role == o.role; }
    bool operator!=(const Assignment &o) const { return !(*this == o); }
};

// A work item with everything that belongs to it. The section and position are kept by the
// document's tree, not here, so moving a task never touches its value.
struct Task
{
    Id id = 0;
    QString title;
    QString description;
    QDate start;
    QDate deadline;
    QString notes;
    QList<Target> targets;
    QList<Assignment> assignments;
    OptionalBox<AssessmentItem> assessment;     // its points in the year-end assessment, if assessed

    QList<Id> departmentIds(DepartmentRole role) const;
    // Whether department has this role in the task (no list made: asked of every task by filters).
    bool hasDepartment(Id department, DepartmentRole role) const;

    bool operator==(const Task &o) const
    {
        return id == o.id && title == o.title && description == o.description && start == o.start
            && deadline == o.deadline && notes == o.notes && targets == o.targets
            && assignments == o.assignments && assessment == o.assessment;
    }
    bool operator!=(const Task &o) const { return !(*this == o); }
};

// A heading of the plan. Its label (一、(一) 1. …) is derived from its place in the tree.
struct Section
{
    Id id = 0;
    Id parentId = 0;          // 0 for a top-level section
    QString title;
};

// The whole plan in memory: values plus the order of children. Position in a list is the order.
struct PlanData
{
    PlanInfo info;
    QList<Department> departments;              // in registry order
    QHash<Id, Section> sections;
    QHash<Id, QList<Id>> childSections;          // parent id (0 = root) -> ordered section ids
    QHash<Id, Task> tasks;
    QHash<Id, QList<Id>> sectionTasks;           // section id -> ordered task ids
    QHash<Id, Id> taskSection;                   // task id -> section id
    AssessmentScheme assessment;                 // the year-end 考核方案 (empty until made)

    int targetCount() const;
    const Department *department(Id id) const;
    const Department *departmentByName(const QString &name) const;
    int sectionDepth(Id sectionId) const;        // 1 for top level
    int sectionRow(Id sectionId) const;          // index among siblings
    QList<Id> sectionSubtree(Id sectionId) const;  // the section and all descendants, pre-order
    QList<Id> sectionsInOrder() const;           // all sections, document order
};

} // namespace ap
