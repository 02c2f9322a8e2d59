#include "serverfirstpassword.h"

namespace ap::ServerFirstPassword {

QStringList upgradeTo11(const ServerNames &names)
{
    const QString s = ServerNames::quoted(names.schema);
    const QString members = QStringList{ServerNames::quoted(names.editor), ServerNames::quoted(names.reporter),
                                        ServerNames::quoted(names.viewer)}
                                .join(QStringLiteral(", "));
    const QString &path = ServerNames::fixedPath();
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1.member_first_password (login TEXT PRIMARY KEY)").arg(s),
        // (Format 5 granted SELECT on the tables then in the schema; this one is none of theirs.)
        QStringLiteral("REVOKE ALL ON %1.member_first_password FROM PUBLIC, %2").arg(s, members),
        QStringLiteral("CREATE OR REPLACE FUNCTION %1.password_to_choose() RETURNS boolean LANGUAGE sql STABLE "
                       "SECURITY DEFINER %2 AS $$ SELECT EXISTS (SELECT 1 FROM %1.member_first_password "
                       "WHERE login = session_user) $$")
            .arg(s, path),
        QStringLiteral("CREATE OR REPLACE FUNCTION %1.password_chosen() RETURNS void LANGUAGE sql SECURITY DEFINER %2 "
                       "AS $$ DELETE FROM %1.member_first_password WHERE login = session_user $$")
            .arg(s, path),
        QStringLiteral("REVOKE ALL ON FUNCTION %1.password_to_choose(), %1.password_chosen() FROM PUBLIC").arg(s),
        QStringLiteral("GRANT EXECUTE ON FUNCTION %1.password_to_choose(), %1.password_chosen() TO %2").arg(s, members),
    };
}

} // namespace ap::ServerFirstPassword
