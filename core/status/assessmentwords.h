#pragma once

#include "domain/plan.h"
#include "assessmentengine.h"

#include <QCoreApplication>
#include <QString>

// The assessment's judgements in a 考核细则's and 考核得分表's words, always Chinese (doclang): a
// rule as its 评分标准, an item's figures as its 完成情况 (each figure with the period it is from,
// a missing one said), and why points were lost (扣分原因) — every word follows from the engine's
// numbers, none is added.
namespace ap {

class AssessmentWords
{
    Q_DECLARE_TR_FUNCTIONS(ap::AssessmentWords)
public:
    // "按目标完成比例得分，完成不足60%不得分", "每差1个百分点扣0.5分，最多扣2分" …
    static QString rule(const AssessmentItem &item, const Task &task);
    // "家庭医生签约率86%（年终实绩），目标≥85%" per target; a task without targets: done or not.
    static QString figures(const ItemScore &score, const Task &task);
    // Why points were lost ("" when none were): the rule's reading and the 复核's reason.
    static QString loss(const ItemScore &score, const AssessmentItem &item, const Task &task);
    // The item's points as printed: "8", "7.5".
    static QString points(double value);

private:
    static QString text(const char *source);
    static QString figure(const TargetScore &score, const Target &target);
};

} // namespace ap
