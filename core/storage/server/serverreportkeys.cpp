#include "serverreportkeys.h"

namespace ap::ServerReportKeys {

QStringList upgradeTo9(const ServerNames &names)
{
    const QString s = ServerNames::quoted(names.schema);
    // entered_by is the server's word (checkin_entered, before the conflict is looked for), so
    // the key is unique within the login that sent it.
    // Idempotent: a plan taken back to an older format by hand keeps its columns.
    return {QStringLiteral("ALTER TABLE %1.checkin ADD COLUMN IF NOT EXISTS request_key TEXT").arg(s),
            QStringLiteral("ALTER TABLE %1.checkin DROP CONSTRAINT IF EXISTS checkin_request_key_form").arg(s),
            QStringLiteral("ALTER TABLE %1.checkin ADD CONSTRAINT checkin_request_key_form CHECK (request_key IS NULL OR "
                           "request_key ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')")
                .arg(s),
            QStringLiteral("ALTER TABLE %1.checkin DROP CONSTRAINT IF EXISTS checkin_request_key_once").arg(s),
            QStringLiteral("ALTER TABLE %1.checkin ADD CONSTRAINT checkin_request_key_once UNIQUE (entered_by, request_key)").arg(s)};
}

} // namespace ap::ServerReportKeys
