#include "serverfirstpassword.h"

namespace ap::ServerFirstPassword {

QStringList upgradeTo11(const ServerNames &names)
{
    const QString s = ServerNames::quoted(names.schema);
    const QString members = QStringList{ServerNames::quoted(names.editor), ServerNames::quoted(names.reporter),
                                        ServerNames::quoted(names.viewer)}
                                .join(QStringLiteral(", "));
    const QString path = QStringLiteral("SET search_path = pg_catalog, pg_temp");
    return {
        QStringLiteral("ALTER TABLE %1.member ADD COLUMN IF NOT EXISTS password_to_choose BOOLEAN NOT NULL DEFAULT false")
            .arg(s),
        QStringLiteral("CREATE OR REPLACE FUNCTION %1.password_to_choose() RETURNS boolean LANGUAGE sql STABLE "
                       "SECURITY DEFINER %2 AS $$ SELECT coalesce((SELECT password_to_choose FROM %1.member "
                       "WHERE login = session_user), false) $$")
            .arg(s, path),
        QStringLiteral("CREATE OR REPLACE FUNCTION %1.password_chosen() RETURNS void LANGUAGE sql SECURITY DEFINER %2 "
                       "AS $$ UPDATE %1.member SET password_to_choose = false WHERE login = session_user $$")
            .arg(s, path),
        QStringLiteral("REVOKE ALL ON FUNCTION %1.password_to_choose(), %1.password_chosen() FROM PUBLIC").arg(s),
        QStringLiteral("GRANT EXECUTE ON FUNCTION %1.password_to_choose(), %1.password_chosen() TO %2").arg(s, members),
    };
}

} // namespace ap::ServerFirstPassword
