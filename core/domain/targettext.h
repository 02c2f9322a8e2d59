#pragma once

#include "plan.h"

// Short, unambiguous text forms of targets for tables and the command line. The full running
// prose of the printed plan ("提升至85%(2025年为80%)") belongs to the print engine.
namespace ap {

// 85 → "85", 99.5 → "99.5", 1.50 → "1.5"; never scientific notation.
QString formatNumber(double value);

// "家庭医生签约率 ≥ 85%" plus "（2025年：80%）" when a baseline is set and "，2026-06-30" when due.
QString targetSummary(const Target &target);

// How a baseline that is only last year's target is printed: said to be the target
// ("（2026年目标为85%）"), or left out. A result is always printed as one ("（2025年为80%）").
enum class BaselineWording { SayTarget, LeaveOutTargets };

// The target as the printed plan words it, always in Chinese because the document is:
// "家庭医生签约率提升至85%（2025年为80%）", "投诉率控制在0.5%以内", "到2026年6月底培训人数达到500人次以上".
QString targetProse(const Target &target, BaselineWording wording = BaselineWording::SayTarget);

// The words a baseline from one of last year's periods is printed with, its period named so it
// never reads as the year's result: "2026年一季度", "2026年上半年", "截至2026年9月", "截至2026年9月15日"
// (a report without a period, by its day). Always Chinese.
QString periodBaselineWords(const QString &periodOrDay);

// Several targets of one task joined with "，".
QString targetsProse(const QList<Target> &targets, BaselineWording wording = BaselineWording::SayTarget);

// True when text (a task's title and description) already states the target: its amount with the
// unit ("95%", "3家"), or the indicator with the bare amount where there is no unit, or, for a
// target without a value, the indicator itself. Such a target is not worded again in print.
bool targetStatedIn(const Target &target, const QString &text);

// A word a target's comparison is written with before its amount ("不低于", "提升至", "控制在", "≥",
// "达" …), listed longest first where one contains another. The importer's finder and the typed
// grammar read the same words with the same meaning.
struct ComparisonWord
{
    const char16_t *word;
    TargetOp op;
};
const QList<ComparisonWord> &comparisonWords();

// Targets typed as text, the one grammar of a task table's cell, the clipboard, an imported table's
// 目标 column and the import review: "签约率≥85%；投诉率≤0.5%" → two targets; a part without a
// comparison is an indicator alone. The comparison is a sign or the words a clerk writes
// ("提升至65%", "不低于90%", "达到500人次以上", "控制在0.5%以内"); a baseline closes a part in
// brackets ("（2026年为60%）", "（基数60%）"). A target with steps lists them with their dates:
// "标准化改造≥3家(6月底)、6家(9月底)、10家(年底)" (the comparison may be left out: at least);
// dates are "6月底", "6月15日", "年底" in year (0: this year) or ISO. doubts, when given, receives
// each part the grammar could not take apart (kept as typed: figures in an indicator alone, a unit
// holding brackets or figures).
QList<Target> parseTargets(const QString &text, int year = 0, QStringList *doubts = nullptr);
// The compact form parseTargets reads, dates in year written short, a baseline the clerk gave in
// brackets: "签约率≥85%（2025年为80%）；投诉率≤0.5%".
QString targetsText(const QList<Target> &targets, int year = 0);
// A target's steps before its year's value, as the target grid's 节点目标 cell says them:
// "3家(6月底)、6家(9月底)"; parseStepsText reads them back (each with its date; the unit may be
// left out), false when a part is no amount with a date. Empty text: no steps.
QString stepsText(const Target &target, int year);
bool parseStepsText(const QString &text, int year, QList<TargetStep> *out);
// Parsed targets that keep the ids, baselines and measures of the old targets with the same
// indicator, so a target's history survives being retyped; the steps and dates are the text's, and
// so is a baseline when the text gives one.
QList<Target> mergeTargets(const QList<Target> &old, QList<Target> parsed);

// The targets text leaves unstated, joined as targetsProse joins them.
QString targetsProseBeyond(const QList<Target> &targets, const QString &text,
                           BaselineWording wording = BaselineWording::SayTarget);

} // namespace ap
