#pragma once

#include "domain/plan.h"

#include <QMimeData>

// The drag-and-drop payload of sections and tasks: the plan file's path and the ids, in
// order. Only the same plan accepts a drop, so ids never cross files.
namespace ap::planMime {

inline QString sections() { return QStringLiteral("application/x-annualplan-sections"); }
inline QString tasks() { return QStringLiteral("application/x-annualplan-tasks"); }

QMimeData *encode(const QString &format, const QString &planPath, const QList<Id> &ids);
bool decode(const QMimeData *data, const QString &format, const QString &planPath, QList<Id> *ids);

} // namespace ap::planMime
