#pragma once

#include "domain/plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// A named version's content (印发版, 调整版): the plan frozen whole — its properties, departments,
// sections, tasks with their targets, steps and departments — with every id kept, for a version is
// compared with the plan by identity. Written as compact JSON compressed with zlib, and read back as
// untrusted input (a plan file comes from anyone): every value is checked as the rows' are, and a
// content that fails is refused whole, never shown in part.
namespace ap::VersionContent {

// The bytes of plan, in parts of at most kPartBytes (each a row of plan_version_part: far below a
// value's limit on any connection).
constexpr int kPartBytes = 1 << 20;
QList<QByteArray> encode(const PlanData &plan);

// The plan the parts hold, in order; false, and what is wrong (in the program's language), when
// they are no version's content or a value in them is out of its bounds.
bool decode(const QList<QByteArray> &parts, PlanData *out, QString *error);

} // namespace ap::VersionContent
