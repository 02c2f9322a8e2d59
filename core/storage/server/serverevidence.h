#pragma once

#include "servernames.h"

#include <QStringList>

// Server format 12: the files reports carry (佐证材料, the plan file's schema 9), under the same
// rights as the reports: every member reads them, an editor adds and removes them, a reporter adds
// them only to a report it entered itself and never in a locked period. The database holds the
// limits itself, whoever writes: a file's kind matches its first bytes, its size and SHA-256 are
// its content's, no file past evidence::kMaxFileBytes, no report with more than
// kMaxFilesPerReport, no plan past kMaxPlanBytes (counted at commit under a lock, so two reporters
// at once cannot both pass it, and files are written in READ COMMITTED only, so each count sees the
// other's). A file, once written, is never changed. Every member reads every file (the policy is
// USING (true), which the guards' own counts rely on).
namespace ap::ServerEvidence {

QStringList upgradeTo12(const ServerNames &names);

} // namespace ap::ServerEvidence
