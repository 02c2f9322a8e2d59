#pragma once

#include <QSqlDatabase>
#include <QString>

// The rows the upgrade to format 6 rewrites: the targets an older plan kept as one row per step
// of an indicator (3家 by June, 6家 by September, 10家 by year end) become one target with steps,
// folded by the rule every way in shares (foldSteps); each report's figure for a folded row moves
// to the target it became part of, so nothing reported is lost.
namespace ap {

// Runs inside the caller's transaction, in SQLite or PostgreSQL; false with detail on failure.
bool foldStepRows(QSqlDatabase &db, QString *detail);

} // namespace ap
