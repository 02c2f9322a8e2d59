#include "sampleyear.h"

#include "document/planedits.h"
#include "io/planjson.h"
#include "status/assessmentengine.h"
#include "testutil.h"

#include <catch2/catch.hpp>

namespace testutil {

namespace {

// A figure f of the way to the target's value: for "at most" the same distance on its other side.
double figure(const ap::Target &t, double f)
{
    const double v = t.value.value_or(0);
    const bool atMost = t.op == ap::TargetOp::AtMost || t.op == ap::TargetOp::Below;
    const double x = atMost ? v * (2 - f) : t.op == ap::TargetOp::Equal ? v * std::min(f, 1.0) : v * f;
    // Rates to a tenth; counts (家, 次, 人次) whole.
    const bool rate = t.unit.contains(QLatin1Char('%')) || t.unit.contains(QChar(0x2030)) || t.unit.contains(QStringLiteral("分钟"));
    return rate ? std::round(x * 10) / 10 : std::round(x);
}

} // namespace

void reportSampleYear(ap::PlanDocument &doc, bool makeScheme)
{
    using namespace ap;
    int n = 0;
    for (Id sid : doc.plan().sectionsInOrder())
        for (Id tid : doc.plan().sectionTasks.value(sid)) {
            const Task task = doc.plan().tasks.value(tid);
            const int kind = n++ % 5;
            if (kind == 4)
                continue;   // never reported
            static const double reached[] = {1.05, 1.0, 0.9, 0.7};
            ProgressReport r;
            r.taskId = tid;
            r.period = period::quarter(doc.plan().info.year, 4);
            r.reportDate = QDate(doc.plan().info.year, 12, 28);
            r.departmentId = task.departmentIds(DepartmentRole::Lead).value(0);
            r.yearEnd = true;
            r.status = kind < 2 ? TaskStatus::Done : kind == 2 ? TaskStatus::InProgress : TaskStatus::Behind;
            r.percent = kind < 2 ? 100 : kind == 2 ? 80 : 50;
            r.progress = kind < 2 ? QStringLiteral("已按计划完成全年任务") : QStringLiteral("正在推进");
            r.problems = kind == 2 ? QStringLiteral("配套资金下达较晚") : kind == 3 ? QStringLiteral("专业人员不足") : QString();
            r.nextSteps = kind >= 2 ? QStringLiteral("一季度内完成") : QString();
            for (const Target &t : task.targets)
                if (t.value)
                    r.actuals.insert(t.id, figure(t, reached[kind]));
            INFO(doc.lastError().toStdString());
            REQUIRE(edits::addReport(doc, r) != 0);
        }
    if (!makeScheme)
        return;
    INFO(doc.lastError().toStdString());
    REQUIRE(edits::setAssessment(doc, AssessmentEngine::defaultScheme(doc.plan()), QStringLiteral("考核方案")));
}

namespace {

// The sample written to dir/sample-year.aplan, open for writing.
std::unique_ptr<ap::PlanDocument> openSample(const QTemporaryDir &dir)
{
    ap::PlanData data;
    QString error;
    REQUIRE(ap::PlanJson::read(readAll(sampleJsonPath()), &data, &error));
    const QString path = dir.filePath(QStringLiteral("sample-year.aplan"));
    REQUIRE(ap::PlanStore::create(path, data.info, &error, nullptr, &data));
    auto doc = ap::PlanDocument::open(path, ap::PlanStore::Mode::ReadWrite, &error);
    INFO(error.toStdString());
    REQUIRE(doc);
    return doc;
}

} // namespace

std::unique_ptr<ap::PlanDocument> openSampleYear(const QTemporaryDir &dir)
{
    auto doc = openSample(dir);
    reportSampleYear(*doc);
    doc->undoStack()->clear();
    return doc;
}

QString sampleYearFile(const QTemporaryDir &dir)
{
    auto doc = openSample(dir);
    reportSampleYear(*doc, false);
    return doc->filePath();
}

} // namespace testutil
