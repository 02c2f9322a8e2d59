#pragma once

#include "status/statusengine.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace ap {

class PlanDocument;

// Where every task stands on a day, as the JSON that "annualplan status --json" prints: the plan,
// the day, the warning settings, a count per warning colour, and each task with its status,
// expected and reported progress, warning, days left, last report and targets. Numbers are
// rounded to one decimal; what is not known is null. measured is the plan the results were
// evaluated against (PlanDocument::planInForce), version the version it is from ("measured_against":
// its name, null for the plan now).
struct PlanVersion;
class StatusJson
{
public:
    static QByteArray write(const PlanDocument &doc, const PlanData &measured, const PlanVersion *version,
                            const QList<TaskResult> &results, const QDate &asOf);
};

} // namespace ap
