#include "filemigration.h"

#include "planstore.h"
#include "sqliteconnection.h"
#include "storage/schema.h"
#include "storage/sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ap::sqlite {

bool migrateFile(QSqlDatabase &db, int fromVersion, int toVersion, QString *detail)
{
    for (const schema::Migration &m : schema::migrations()) {
        if (m.toVersion <= fromVersion || m.toVersion > toVersion)
            continue;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            if (detail)
                *detail = SqlError::describe(q.lastError());
            return false;
        }
        if (!schema::run(m, db, SqlDialect::sqlite(), detail)
            || !execAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(m.toVersion)}, detail)
            || !q.exec(QStringLiteral("COMMIT"))) {
            if (detail && detail->isEmpty())
                *detail = SqlError::describe(q.lastError());
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}

bool makePlanFile(QSqlDatabase &db, int version, QString *detail)
{
    return execAll(db,
                   {QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("PRAGMA synchronous = FULL"),
                    QStringLiteral("PRAGMA foreign_keys = ON"),
                    QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)},
                   detail)
           && migrateFile(db, 0, version, detail);
}

} // namespace ap::sqlite
