#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Where a plan lives on a PostgreSQL server, as a clerk or a script writes it:
// postgresql://USER@HOST[:PORT]/DATABASE?plan=NAME[&sslmode=require…]. The other query
// parameters go to libpq as they are; a password is never part of an address (libpq takes it
// from PGPASSWORD or ~/.pgpass, the window from its login dialog).
namespace ap {

struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ap::ServerAddress)
public:
    QString user, host, database, plan;
    int port = 5432;
    QStringList options;   // "sslmode=require", … for libpq

    // Whether text is meant as an address (postgresql:// or postgres://), right or wrong.
    static bool looksLikeAddress(const QString &text);
    // The address in text, or nullopt with a message in error saying what is wrong.
    static std::optional<ServerAddress> parse(const QString &text, QString *error);
    // The address as it is written, for messages (never a password).
    QString toString() const;
};

} // namespace ap
