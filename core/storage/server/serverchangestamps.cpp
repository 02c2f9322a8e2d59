#include "serverchangestamps.h"

#include "serverversions.h"

namespace ap::ServerChangeStamps {

QStringList upgradeTo10(const ServerNames &names)
{
    const QString s = ServerNames::quoted(names.schema);
    // Fired after the version's own trigger (triggers of one event run in their names' order:
    // "<table>_row_version" before "<table>_stamp"), so that it sees whether the version moved.
    // What a statement sets in these columns itself is never kept.
    QStringList out = {QStringLiteral(
        "CREATE OR REPLACE FUNCTION %1.stamp_change() RETURNS trigger LANGUAGE plpgsql "
        "SET search_path = pg_catalog, pg_temp AS $$ BEGIN "
        "IF TG_OP = 'INSERT' OR NEW.row_version IS DISTINCT FROM OLD.row_version THEN "
        "NEW.changed_by := session_user; NEW.changed_at := now(); "
        "ELSE NEW.changed_by := OLD.changed_by; NEW.changed_at := OLD.changed_at; END IF; "
        "RETURN NEW; END $$").arg(s)};
    // Idempotent: a plan taken back to an older format by hand keeps its columns.
    for (const QString &table : ServerVersions::tables())
        out << QStringLiteral("ALTER TABLE %1.%2 ADD COLUMN IF NOT EXISTS changed_by TEXT, "
                              "ADD COLUMN IF NOT EXISTS changed_at TIMESTAMPTZ")
                   .arg(s, table)
            << QStringLiteral("DROP TRIGGER IF EXISTS %2_stamp ON %1.%2").arg(s, table)
            << QStringLiteral("CREATE TRIGGER %2_stamp BEFORE INSERT OR UPDATE ON %1.%2 FOR EACH ROW "
                              "EXECUTE FUNCTION %1.stamp_change()")
                   .arg(s, table);
    // Who and when are no content: a statement that sets only them moves no version (and, the
    // stamp keeping the last writer's, changes nothing).
    out << ServerVersions::countRowVersion(names.schema, {QStringLiteral("changed_by"), QStringLiteral("changed_at")});
    return out;
}

} // namespace ap::ServerChangeStamps
