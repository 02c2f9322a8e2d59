#pragma once

#include "planrows.h"

// A whole plan written after what the rows hold (a new plan file from an import or a copy, a plan
// published to a server, a backup), every id assigned anew: departments, sections, tasks and their
// targets and assessment items, the assessment's scheme, then, when given, the reports in the order
// they were entered, the period locks and the assessment's marks and awards, each
// pointed at the new ids. It writes through the rows' own write steps, inside the caller's
// transaction.
namespace ap {

bool writeContent(PlanRows &rows, const PlanData &content, const ReportLog *reports = nullptr);

} // namespace ap
