#pragma once

#include "domain/progressreport.h"
#include "domain/plan.h"
#include "planlocation.h"

#include <QCoreApplication>
#include <QHash>

// Starting next year's plan from last year's: the same sections, departments, tasks and
// targets, dates moved on by one year, each target's baseline set from last year and the old
// year in titles and text proposed for replacement, one proposal at a time so each can be
// declined. The old plan is only read.
namespace ap {

// What becomes the baseline of a target whose last year has period figures but no final value
// (年终实绩): its latest figure with the period named ("（2026年上半年为83.2%）"), last year's target
// ("（2026年目标为85%）"), or none. Never a period's figure as the year's.
enum class BaselineChoice { PeriodFigure, LastYearTarget, NoBaseline };
QString baselineChoiceKey(BaselineChoice c);               // "period", "target", "none"
std::optional<BaselineChoice> baselineChoiceFromKey(const QString &key);

// One of last year's targets whose baseline needs the clerk's word: reported in periods, no final value.
struct BaselineReview
{
    Id taskId = 0;                 // last year's task and target
    Id targetId = 0;
    QString task;
    QString indicator;
    QString unit;
    double figure = 0;             // its latest figure
    QString period;                // the period it is from ("2026Q2"), or the report's day for one without
    std::optional<double> lastTarget;   // last year's value of the target
    BaselineChoice choice = BaselineChoice::PeriodFigure;
};

struct RollForwardOptions
{
    int year = 0;                  // the new plan year; 0 means last year + 1
    bool keepTargetValues = true;  // false: targets keep indicator and unit but lose their value
    bool markUnfinished = true;    // tasks last year's reports leave unfinished are marked 延续
    bool dropCompletedOneOff = false;  // leave out tasks with a deadline that were reported done
    // The clerk's word on targets with period figures only, by last year's target id; one not
    // named takes its latest figure with the period named.
    QHash<Id, BaselineChoice> baselineChoices;
};

// What a roll forward did, for the summary the clerk reads at the end.
struct RollForwardStats
{
    int carried = 0;               // marked 延续
    int dropped = 0;               // completed one-off tasks left out
    int baselinesFromActual = 0;   // baselines taken from last year's final values
    int baselinesFromPeriod = 0;   // … from a period's figure, the period named
    int baselinesFromTarget = 0;   // … from last year's target value
    int baselinesLeftOut = 0;      // period figures only, and the clerk chose none
};

// One place where the old year stands in text: "2025年" → "2026年" in a title or description.
struct YearReplacement
{
    enum Field { PlanTitle, SectionTitle, TaskTitle, TaskDescription, TaskNotes };
    Field field;
    Id id = 0;          // section or task id in the new plan (0 for the plan title)
    int position = 0;   // index of the year in the text before any replacement
    QString context;    // a few characters around it, for the preview
    bool accepted = true;
};

class RollForward
{
    Q_DECLARE_TR_FUNCTIONS(ap::RollForward)
public:
    // The new plan, before year replacements, and the replacements it proposes. With last
    // year's reports, baselines prefer the latest recorded actual and task status drives the
    // 延续 mark and the dropping of completed one-off tasks.
    static PlanData build(const PlanData &last, const RollForwardOptions &options, QList<YearReplacement> *proposals);
    static PlanData build(const PlanData &last, const ReportLog &log, const RollForwardOptions &options,
                          QList<YearReplacement> *proposals, RollForwardStats *stats = nullptr);
    // Last year's targets with period figures and no final value, in outline order, each with
    // the choice options makes for it.
    static QList<BaselineReview> review(const PlanData &last, const ReportLog &log,
                                        const RollForwardOptions &options = RollForwardOptions());
    // How the new plan prints the baseline a choice gives: "（2026年上半年为83.2%）", "（2026年目标为85%）", "".
    static QString choiceWords(const BaselineReview &review, BaselineChoice choice, int oldYear);
    // The review as JSON (what rollforward --review prints) and choices read back from it.
    static QByteArray reviewJson(const QList<BaselineReview> &reviews, int oldYear);
    static bool readChoices(const QByteArray &json, QHash<Id, BaselineChoice> *choices, QString *error);
    // One paragraph saying what changed, for the end of the roll forward.
    static QString summary(const PlanData &next, int oldYear, const RollForwardStats &stats,
                           const QList<YearReplacement> &proposals);
    // The note a carried-over task gets.
    static QString carriedNote(int oldYear);
    // Applies the accepted replacements (positions refer to the text as build() left it).
    static void applyReplacements(PlanData *plan, int oldYear, const QList<YearReplacement> &replacements);
    // A date one year on; the last day of a month stays the last day (29 February included).
    static QDate nextYear(const QDate &date);
    // The same date the given number of years on; a month's last day stays the last day.
    static QDate moveYears(const QDate &date, int years);
    // Reads last year's file read-only, builds and writes the new one; summary says what changed.
    static bool run(const PlanLocation &last, const QString &newPath, const RollForwardOptions &options,
                    bool acceptReplacements, QString *summary, QString *error);
};

} // namespace ap
