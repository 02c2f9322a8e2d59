#pragma once

#include "document/plandocument.h"

#include <QTemporaryDir>

#include <memory>

// The bundled sample plan after a year of work, for the year end's tests: every task's year-end
// report for the fourth quarter (its lead department's), in a fixed pattern by the task's place in
// the plan — one in five done beyond its targets, one done exactly on them, one in progress at 80%
// with its figures 90% of the way and a reason, one behind at 50% and 70% of the way with a reason,
// one never reported — and the assessment scheme made from the plan. Written in our own words.
namespace testutil {

// The sample at dir/sample-year.aplan, its year reported and assessed, open for writing.
std::unique_ptr<ap::PlanDocument> openSampleYear(const QTemporaryDir &dir);
// The year's reports (and, unless told not to, the default scheme) added to an open plan (a file or
// a server plan).
void reportSampleYear(ap::PlanDocument &doc, bool makeScheme = true);
// The sample's year reported, without a scheme, at dir/sample-year.aplan; its path (the plan closed).
QString sampleYearFile(const QTemporaryDir &dir);

} // namespace testutil
