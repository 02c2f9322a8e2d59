#pragma once

#include "document/versioncomparison.h"

#include <QByteArray>

// A comparison of two states of a plan as JSON, for `annualplan compare --json`: the two states
// (a version's name, time and saver, or "now"), then each change with its key, kind, item, place,
// section, what changed, the parts as they were and are, and the reason typed.
namespace ap::ComparisonJson {

QByteArray write(const VersionComparison &comparison, const PlanVersions &versions);

} // namespace ap::ComparisonJson
