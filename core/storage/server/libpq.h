#pragma once

#include <QString>

#include <libpq-fe.h>

namespace ap::LibPq {

// libpq, the PostgreSQL client library, loaded the first time a server is asked for something
// (Qt's QPSQL driver loads it the same way when a server plan is opened). A plan file never needs
// it: linked, it and its Kerberos, LDAP and TLS libraries were resolved at every start, about a
// fifth of the time the program took to reach main(). Only the header's types are used here.
struct Functions
{
    decltype(&PQencryptPasswordConn) encryptPasswordConn = nullptr;
    decltype(&PQerrorMessage) errorMessage = nullptr;
    decltype(&PQfreemem) freemem = nullptr;
    decltype(&PQpingParams) pingParams = nullptr;
};

// The library's functions, or null with *error saying why (not installed, or too old to have one
// of them). Loaded once; safe from any thread.
const Functions *functions(QString *error = nullptr);

} // namespace ap::LibPq
