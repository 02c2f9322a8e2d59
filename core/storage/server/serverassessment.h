#pragma once

#include "servernames.h"

#include <QStringList>

// Server format 6: the year-end assessment (file format 7's tables) under the same boundary as the
// reports. Its changes are told to the plan's windows; every member reads it; editors write all of
// it; a reporter writes only its own unit's 自评 (self_points, self_note) on the tasks its unit
// leads, never the bureau's 复核 or another unit's, and the points it claims are within the task's;
// once the result is published no mark or award changes (a task's removal still takes its marks).
// Numbers finite, texts within kMaxTextLength, as everywhere.
namespace ap::ServerAssessment {

QStringList upgradeTo6(const ServerNames &names);

} // namespace ap::ServerAssessment
