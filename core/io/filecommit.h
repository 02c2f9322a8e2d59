#pragma once

#include <QString>

// Files that appear complete or not at all: written under a temporary name beside the target,
// then renamed over it (atomic on one file system). The plan store, the print engine and the
// spreadsheet export all write this way.
namespace ap {

// "<target>.part-<pid>", in the target's folder so the rename stays on one file system.
QString partPath(const QString &target);

// Renames temp over target, replacing it; on failure removes temp and returns false.
bool moveIntoPlace(const QString &temp, const QString &target);

} // namespace ap
