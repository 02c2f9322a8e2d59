#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Where a plan lives on a PostgreSQL server, as a clerk or a script writes it:
// postgresql://USER@HOST[:PORT]/DATABASE?plan=NAME[&sslmode=require…]. Read strictly: only the
// TLS options and connect_timeout go to libpq, with plain values, so that the database and login
// an address shows are the ones it opens; a password is never part of an address (libpq takes it
// from PGPASSWORD or ~/.pgpass, the window from its login dialog). A plan's name is read in
// Unicode's composed form (NFC), trimmed.
namespace ap {

struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ap::ServerAddress)
public:
    QString user, host, database, plan;
    int port = 5432;
    QStringList options;   // "sslmode=require", … for libpq

    // PostgreSQL's longest name, in bytes (longer ones it cuts).
    static constexpr int kMaxNameBytes = 63;

    // Whether text is meant as an address (postgresql:// or postgres://), right or wrong.
    static bool looksLikeAddress(const QString &text);
    // What an address must name: a plan (to open or publish one), or its database only (to
    // prepare the database, or list its plans).
    enum class Needs { Plan, Database };
    // The address in text, or nullopt with a message in error saying what is wrong.
    static std::optional<ServerAddress> parse(const QString &text, QString *error, Needs needs = Needs::Plan);
    // The address as it is written, for messages (never a password).
    QString toString() const;
    // An option's value ("" when the address does not give it).
    QString option(const QString &key) const;
    // Whether the server is this machine (a loopback address, localhost, or a socket folder).
    bool isLoopback() const;
    // Whether a password could go to another machine without TLS: the address itself asks for
    // sslmode disable, allow or prefer (without sslmode a server elsewhere is asked for TLS).
    bool sendsInClear() const;
    // A warning to show before connecting when sendsInClear(), else "".
    QString clearTextWarning() const;
    // What two plan names that look alike have in common: compatibility-composed, white space
    // trimmed and folded, case folded ("qinghe" and "Qinghe " alike).
    static QString planKey(const QString &name);
};

} // namespace ap
