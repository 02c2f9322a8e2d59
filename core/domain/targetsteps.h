#pragma once

#include "plan.h"

#include <QHash>
#include <QList>

// A target given as several rows of one indicator, each with its own date — as an imported
// "到6月底3家、9月底6家、年底10家", the sample JSON of ../shared/samples or a plan file before
// format 6 gives them — made one target with steps. The one rule for every way in.
namespace ap {

// Rows fold when they share the indicator (not empty), the comparison and the unit, and their
// dates tell them apart: all distinct, at most one left out (that one is the year's end). The
// latest is the year's value and keeps its id; the target stands where its first row stood and
// takes the first baseline given. merged (when given) maps each folded row's id to the id of the
// target it became a step of.
QList<Target> foldSteps(const QList<Target> &targets, QHash<Id, Id> *merged = nullptr);

} // namespace ap
