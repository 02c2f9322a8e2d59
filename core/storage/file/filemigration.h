#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ap::sqlite {

// Brings the plan file open on db from fromVersion to toVersion by our migrations, each step in a
// transaction of its own that also sets the file's user_version: an interrupted upgrade leaves the
// file at the last whole step. A new file is made by the same steps from 0.
bool migrateFile(QSqlDatabase &db, int fromVersion, int toVersion, QString *detail);

} // namespace ap::sqlite
