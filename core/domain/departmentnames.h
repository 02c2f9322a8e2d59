#pragma once

#include <QString>
#include <QStringList>

namespace ap {

// Splits "区卫健委、区财政局" into names; accepts 、，, ; ；and new lines, drops repeats.
QStringList splitDepartmentNames(const QString &text);

} // namespace ap
