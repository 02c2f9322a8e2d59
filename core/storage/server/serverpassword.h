#pragma once

#include <QString>

class QSqlDatabase;

// A login's password as the server keeps it: a SCRAM-SHA-256 verifier, made on this side by
// libpq (PQencryptPasswordConn, what psql's \password uses) from the password and a random salt.
// Sent in CREATE/ALTER ROLE … PASSWORD, it is all the server, its log (log_statement=ddl, or an
// error's statement) and anyone reading pg_authid ever see: never the password itself.
namespace ap::ServerPassword {

// The verifier for login's password, through db's connection; "" with the reason in error.
QString verifier(QSqlDatabase &db, const QString &login, const QString &password, QString *error);

} // namespace ap::ServerPassword
