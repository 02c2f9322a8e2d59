#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ap::sqlite {

// Brings the plan file open on db from fromVersion to toVersion by our migrations, each step in a
// transaction of its own that also sets the file's user_version: an interrupted upgrade leaves the
// file at the last whole step. A new file is made by the same steps from 0.
bool migrateFile(QSqlDatabase &db, int fromVersion, int toVersion, QString *detail);
// A new, empty file open on db made a plan file of version: its connection settings (rollback
// journal, full sync, foreign keys), its application_id and every migration up to version.
bool makePlanFile(QSqlDatabase &db, int version, QString *detail);

} // namespace ap::sqlite
