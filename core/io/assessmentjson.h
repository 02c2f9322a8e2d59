#pragma once

#include "status/assessmentengine.h"

#include <QByteArray>

namespace ap {

class PlanDocument;

// The year-end assessment as the JSON "annualplan assess --json" prints: the day its figures are
// read on, and each unit in rank order with its totals (points assessed and earned, the 百分制
// base, bonus, veto, score, tier, self-assessed score) and every item: its task, rule, points
// available, computed, self-assessed, reviewed and counted, the figures it was scored on (each
// with its period) and why points were lost, in the 通报's words. The units' items add up to
// their totals. What is not known is null.
class AssessmentJson
{
public:
    static QByteArray write(const PlanDocument &doc, const AssessmentResult &result);
};

} // namespace ap
