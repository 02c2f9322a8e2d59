#pragma once

#include "domain/plan.h"

#include <QString>

namespace ap {
class RepeatedText;
class RowQuery;
}

// How a target row is read: the columns asked for and the Target they make. One reading for the
// plan's load and the upgrade that folds older step rows (foldStepRows).
namespace ap::targetrows {

// "id, task_id, indicator, …" for a file or server plan of schemaVersion; columns it lacks are
// read as their defaults.
QString columns(int schemaVersion);
// How many columns columns() names: a column asked for after them is this one.
constexpr int kColumnCount = 12;
// The target of the row q stands on (its steps are read apart), and its task's id. Its
// indicator, unit and period share the texts of the rows read before it (repeated).
Target read(const RowQuery &q, Id *taskId, RepeatedText &repeated);

} // namespace ap::targetrows
