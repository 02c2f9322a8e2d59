#pragma once

#include <QString>
#include <QVariantList>

class QSqlDatabase;
class QSqlError;

// Statements a server store runs once (DDL, grants, the registry), apart from the rows'
// prepared ones, and the server's own words for what went wrong.
namespace ap::serversql {

// What the server said, in the program's words with what to do, its own words and SQLSTATE kept
// as details (ServerError).
QString errorText(const QSqlError &e);
// With values bound the statement is prepared; without, it is sent as it is (PostgreSQL prepares
// no SET, CREATE, GRANT or LOCK). False with the server's words in detail.
bool exec(QSqlDatabase &db, const QString &sql, QString *detail, const QVariantList &values = {});
// A single value a query gives; an invalid QVariant (and detail) when it fails or gives none.
QVariant value(QSqlDatabase &db, const QString &sql, QString *detail, const QVariantList &values = {});

} // namespace ap::serversql
