#pragma once

#include "domain/serveraddress.h"

#include <QString>

// Passwords typed into the window's login for this run only, by login, server and database:
// never written to settings or to disk. Without one, libpq looks in its own places (PGPASSWORD,
// ~/.pgpass).
namespace ap::ServerCredentials {

void remember(const ServerAddress &address, const QString &password);
QString password(const ServerAddress &address);
void forget(const ServerAddress &address);

} // namespace ap::ServerCredentials
