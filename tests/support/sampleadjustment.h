#pragma once

#include "document/planedits.h"
#include "document/plandocument.h"

#include <catch2/catch.hpp>

// The sample's mid-year adjustment, as the tests of versions use it: the plan saved as 印发版, then
// two targets and a deadline changed, each with its reason.
namespace testutil {

struct SampleAdjustment
{
    ap::PlanVersion issued;
    ap::Id signing = 0;     // 扩大重点人群签约覆盖: 重点人群家庭医生签约率 85% → 80%
    ap::Id screening = 0;   // 癌症早筛早诊早治: 癌症筛查 5 → 6 万人次
    ap::Id training = 0;    // 乡村医生能力轮训: deadline 2026-09-30 → 2026-10-31
};

inline ap::Id sampleTask(const ap::PlanDocument &doc, const QString &title)
{
    for (const ap::Task &t : doc.plan().tasks)
        if (t.title == title)
            return t.id;
    FAIL("the sample has no task " << title.toStdString());
    return 0;
}

inline SampleAdjustment adjustSample(ap::PlanDocument &doc)
{
    using namespace ap;
    SampleAdjustment a;
    REQUIRE(doc.saveVersion(QStringLiteral("印发版"), &a.issued));
    a.signing = sampleTask(doc, QStringLiteral("扩大重点人群签约覆盖"));
    a.screening = sampleTask(doc, QStringLiteral("癌症早筛早诊早治"));
    a.training = sampleTask(doc, QStringLiteral("乡村医生能力轮训"));
    Task signing = doc.plan().tasks.value(a.signing);
    signing.targets[0].value = 80;
    REQUIRE(edits::editTask(doc, signing, QStringLiteral("adjust")));
    Task screening = doc.plan().tasks.value(a.screening);
    screening.targets[0].value = 6;
    REQUIRE(edits::editTask(doc, screening, QStringLiteral("adjust")));
    Task training = doc.plan().tasks.value(a.training);
    training.deadline = QDate(2026, 10, 31);
    REQUIRE(edits::editTask(doc, training, QStringLiteral("adjust")));
    REQUIRE(edits::setAdjustmentReason(doc, a.issued.id, QStringLiteral("task:%1").arg(a.signing), QStringLiteral("按市级下达指标调整")));
    REQUIRE(edits::setAdjustmentReason(doc, a.issued.id, QStringLiteral("task:%1").arg(a.screening), QStringLiteral("筛查资金增加")));
    REQUIRE(edits::setAdjustmentReason(doc, a.issued.id, QStringLiteral("task:%1").arg(a.training), QStringLiteral("培训基地改造延期")));
    return a;
}

} // namespace testutil
